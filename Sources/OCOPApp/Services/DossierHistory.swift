import Fluent
import Foundation
import OCOPCore

/// Quá trình xử lý hồ sơ: the dossier's history read from its audit entries, which nobody can edit:
/// who created it, filed which file, saved the self-assessment, and every workflow step with its
/// reasons and comments. The latest return's requests are shown beside the documents they concern.
struct DossierHistory {
    struct Entry {
        let at: Date
        let actor: String
        let title: String
        let lines: [String]
        /// The workflow step, when the entry is one.
        let event: DossierEvent?
    }

    let entries: [Entry]

    static func load(_ dossier: DossierRecord, on db: Database) async throws -> DossierHistory {
        let rows = try await AuditEntry.query(on: db).filter(\.$recordType == "dossier").filter(\.$recordID == dossier.id!.uuidString)
            .sort(\.$at).sort(\.$id).all()
        return DossierHistory(entries: rows.map(entry))
    }

    /// The most recent step of this kind, if the dossier went through it.
    func latest(_ kind: DossierActionKind) -> DossierEvent? {
        entries.last { $0.event?.action == kind }?.event
    }

    /// What the commune asked for when it last returned the dossier, by document code (nil: the dossier as a whole).
    func openRequests(in state: DossierState) -> [SupplementRequest] {
        guard state == .returned else { return [] }
        return latest(.returnForSupplement)?.requests ?? []
    }

    /// The documents of `requests` replaced or filed since the commune returned the dossier: those
    /// requests are answered (the producer sees "Đã bổ sung" instead of the request).
    func answeredCodes(_ requests: [SupplementRequest], current: [DossierDocumentRecord]) -> Set<Int> {
        guard let returnedAt = entries.last(where: { $0.event?.action == .returnForSupplement })?.at else { return [] }
        let asked = Set(requests.compactMap(\.documentCode))
        return Set(current.filter { asked.contains($0.typeCode) && $0.uploadedAt > returnedAt }.map(\.typeCode))
    }

    private static func entry(_ row: AuditEntry) -> Entry {
        let after = row.after.map { Data($0.utf8) }
        if let kind = DossierActionKind.allCases.first(where: { $0.auditAction == row.action }),
           let data = after, let event = try? JSONDecoder().decode(DossierEvent.self, from: data) {
            return Entry(at: row.at, actor: row.actorName, title: kind.title, lines: [event.summary] + event.details, event: event)
        }
        let fields = after.flatMap { try? JSONDecoder().decode([String: String].self, from: $0) } ?? [:]
        let document = fields["type"].flatMap(Int.init).flatMap { DossierCatalogue.catalogue[$0]?.title } ?? "Tài liệu"
        let title: String
        var lines: [String] = []
        switch row.action {
        case "dossier.create":
            title = "Lập hồ sơ"
            if let carried = fields["carriedOver"], !carried.isEmpty { lines = ["Dùng lại từ hồ sơ trước: \(carried)"] }
        case "dossier.upload":
            title = "Tải lên tài liệu"
            lines = ["\(document): \(fields["file"] ?? "")"]
        case "dossier.replace":
            title = "Thay tài liệu"
            lines = ["\(document): \(fields["file"] ?? "")"]
        case "dossier.self-assess": title = "Lưu phiếu tự đánh giá"
        case "dossier.samples":
            title = "Nhận sản phẩm mẫu"
            lines = ["Đã nhận \(fields["quantity"] ?? "") sản phẩm mẫu ngày \(fields["receivedOn"].flatMap(CalendarDay.init(iso:))?.vietnamese ?? "")."]
        case "dossier.receipt":
            title = fields["desk"] == ReceiptDesk.province.rawValue ? "Tỉnh cấp số tiếp nhận phiếu đăng ký" : "UBND xã cấp số tiếp nhận phiếu đăng ký"
            lines = ["Phiếu số \(fields["number"] ?? ""), ngày nhận \(fields["receivedOn"].flatMap(CalendarDay.init(iso:))?.vietnamese ?? "")."]
        case "dossier.self-report": title = "Lưu báo cáo tự đánh giá (Mẫu số 02)"
        case "dossier.evidence":
            title = "Tải lên minh chứng"
            lines = ["Tiêu chí \(fields["criterion"] ?? ""): \(fields["file"] ?? "")"]
        case "dossier.evidence-remove":
            title = "Gỡ minh chứng"
            lines = ["Tiêu chí \(fields["criterion"] ?? ""): \(fields["file"] ?? "")"]
        default: title = row.action
        }
        return Entry(at: row.at, actor: row.actorName, title: title, lines: lines, event: nil)
    }
}
