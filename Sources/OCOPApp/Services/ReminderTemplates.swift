import Fluent
import Foundation
import OCOPCore

/// Mẫu thư nhắc hạn (issue 13): the words of each reminder, in Vietnamese, as data an administrator
/// edits (`message_templates`); the defaults below stand until then. A template names the facts of
/// the certificate in braces, `{san_pham}`, filled in for each recipient.
enum ReminderTemplates {
    struct Template: Sendable, Equatable {
        var subject: String
        var body: String
    }

    /// The facts a template may name, with what each one is (shown beside the editor).
    static let placeholders: [(key: String, meaning: String)] = [
        ("nguoi_nhan", "Người nhận (chủ thể hoặc cán bộ)"),
        ("chu_the", "Tên chủ thể"),
        ("san_pham", "Tên sản phẩm"),
        ("so_sao", "Số sao được công nhận"),
        ("so_quyet_dinh", "Số quyết định công nhận"),
        ("ngay_quyet_dinh", "Ngày quyết định công nhận"),
        ("hieu_luc_den", "Giấy chứng nhận có hiệu lực đến hết ngày"),
        ("han_nop_tu", "Ngày đầu của thời hạn nộp hồ sơ đánh giá lại"),
        ("han_nop_den", "Ngày cuối của thời hạn nộp hồ sơ đánh giá lại"),
        ("xa", "Xã, phường của chủ thể"),
        ("tinh", "Tỉnh, thành phố"),
        ("duong_dan", "Đường dẫn đến trang theo dõi giấy chứng nhận"),
    ]

    static let rule = "Theo Điều 7.6 Quyết định số 26/2026/QĐ-TTg, hồ sơ đánh giá, phân hạng lại được nộp không sớm hơn 180 ngày và "
        + "không muộn hơn 120 ngày trước ngày hết hạn của giấy chứng nhận, tức từ ngày {han_nop_tu} đến ngày {han_nop_den}."

    static func defaultTemplate(_ step: CertificateReminder) -> Template {
        let opening = "Kính gửi {nguoi_nhan},\n\nGiấy chứng nhận sản phẩm OCOP {so_sao} sao của sản phẩm «{san_pham}» ({chu_the}, {xa}, {tinh}), "
            + "Quyết định số {so_quyet_dinh} ngày {ngay_quyet_dinh}, có hiệu lực đến hết ngày {hieu_luc_den}.\n\n"
        let closing = "\n\nTheo dõi giấy chứng nhận: {duong_dan}\n\nThư này do hệ thống quản lý Chương trình OCOP gửi tự động; vui lòng không trả lời thư."
        switch step {
        case .windowOpens:
            return Template(subject: "Đến thời hạn nộp hồ sơ đánh giá lại sản phẩm OCOP «{san_pham}»",
                            body: opening + rule + "\n\nĐề nghị chủ thể chuẩn bị hồ sơ và nộp tại Ủy ban nhân dân {xa} trong thời hạn trên." + closing)
        case .windowClosesSoon:
            return Template(subject: "Còn 30 ngày để nộp hồ sơ đánh giá lại sản phẩm OCOP «{san_pham}»",
                            body: opening + rule + "\n\nThời hạn nộp hồ sơ còn 30 ngày. Đề nghị chủ thể hoàn thiện và nộp hồ sơ trước ngày {han_nop_den}." + closing)
        case .windowCloses:
            return Template(subject: "Hôm nay là ngày cuối nộp hồ sơ đánh giá lại sản phẩm OCOP «{san_pham}»",
                            body: opening + rule + "\n\nHôm nay là ngày cuối của thời hạn. Hồ sơ nộp sau hôm nay là nộp muộn; giấy chứng nhận cũ "
                                + "chỉ được kéo dài hiệu lực đến khi có kết quả, không quá 180 ngày sau ngày hết hạn (Điều 12.3)." + closing)
        case .expires:
            return Template(subject: "Giấy chứng nhận sản phẩm OCOP «{san_pham}» đã hết hiệu lực",
                            body: opening + "Từ hôm nay giấy chứng nhận đã hết hiệu lực: sản phẩm không còn được sử dụng biểu trưng "
                                + "«Sản phẩm OCOP Việt Nam». Để được công nhận lại, chủ thể nộp hồ sơ đánh giá, phân hạng tại Ủy ban nhân dân {xa}." + closing)
        }
    }

    /// The template in force for a step: the administrator's, or the default.
    static func template(_ step: CertificateReminder, on db: Database) async throws -> Template {
        if let stored = try await MessageTemplateRecord.find(step.rawValue, on: db) {
            return Template(subject: stored.subject, body: stored.body)
        }
        return defaultTemplate(step)
    }

    /// The names in braces that are not facts a template may name; empty when the text is fine.
    static func unknownPlaceholders(in text: String) -> [String] {
        let known = Set(placeholders.map(\.key))
        var unknown: [String] = []
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "{") {
            guard let close = rest[open...].firstIndex(of: "}") else { break }
            let name = String(rest[rest.index(after: open)..<close])
            if !known.contains(name), !unknown.contains(name) { unknown.append(name) }
            rest = rest[rest.index(after: close)...]
        }
        return unknown
    }

    /// `text` with each `{name}` replaced by its value; a name without a value stays as typed.
    static func fill(_ text: String, _ values: [String: String]) -> String {
        var filled = text
        for (key, value) in values { filled = filled.replacingOccurrences(of: "{\(key)}", with: value) }
        return filled
    }
}
