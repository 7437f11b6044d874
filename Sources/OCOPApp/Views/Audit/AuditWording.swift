import OCOPCore

/// Nhật ký bằng lời (issue 12, "human text only"): an audit entry reads as a sentence — "Lê Văn
/// Hải đã ban hành quyết định công nhận «Số 12/QĐ-UBND»" — never as the stored action code
/// ("decision.issue") and record key ("decision: 583AD01B-…"). The codes stay in the database,
/// where the log is filtered and exported; this is only how a page says them.
enum AuditWording {
    /// What was done, as the words after the actor's name, by stored action code: the dossier's
    /// workflow steps from their kinds (a new kind cannot go without its words), the rest listed.
    static let phrases: [String: String] = Dictionary(uniqueKeysWithValues: DossierActionKind.allCases.map { ($0.auditAction, phrase(of: $0)) })
        .merging(otherPhrases) { step, _ in step }

    private static func phrase(of step: DossierActionKind) -> String {
        switch step {
        case .submit: "đã nộp hồ sơ"
        case .resubmit: "đã nộp lại hồ sơ"
        case .returnForSupplement: "đã trả lại để bổ sung hồ sơ"
        case .assess: "đã đánh giá tiêu chí địa phương của hồ sơ"
        case .forward: "đã chuyển lên tỉnh hồ sơ"
        case .accept: "đã tiếp nhận vào đợt đánh giá hồ sơ"
        case .returnToCommune: "đã trả lại xã hồ sơ"
        case .eliminate: "đã loại hồ sơ"
        }
    }

    private static let otherPhrases: [String: String] = [
        "account.create": "đã tạo tài khoản",
        "account.password": "đã đổi mật khẩu của tài khoản",
        "account.reset-password": "đã đặt lại mật khẩu của tài khoản",
        "account.lock": "đã khóa tài khoản",
        "account.unlock": "đã mở khóa tài khoản",
        "account.grant": "đã cấp vai trò cho tài khoản",
        "account.revoke": "đã thu hồi vai trò của tài khoản",
        "calendar.adjust": "đã điều chỉnh lịch làm việc",
        "calendar.remove": "đã bỏ điều chỉnh lịch làm việc",
        "council.create": "đã thành lập hội đồng",
        "council.member": "đã thêm thành viên vào hội đồng",
        "council.member-refused": "đã từ chối xếp thành viên vào hội đồng",
        "council.conflict": "đã ghi nhận xung đột lợi ích trong hội đồng",
        "criteria.import": "đã nhập bộ tiêu chí",
        "criteria.copy": "đã tạo bản nháp bộ tiêu chí",
        "criteria.update": "đã sửa bộ tiêu chí",
        "criteria.validated": "đã kiểm tra bộ tiêu chí",
        "criteria.published": "đã ban hành bộ tiêu chí",
        "criteria.retired": "đã ngừng áp dụng bộ tiêu chí",
        "decision.issue": "đã ban hành quyết định công nhận",
        "dossier.create": "đã tạo hồ sơ",
        "dossier.delete": "đã xóa hồ sơ nháp",
        "dossier.upload": "đã tải tài liệu lên hồ sơ",
        "dossier.replace": "đã thay tài liệu của hồ sơ",
        "dossier.evidence": "đã thêm minh chứng cho hồ sơ",
        "dossier.evidence-remove": "đã gỡ minh chứng của hồ sơ",
        "dossier.receipt": "đã cấp phiếu tiếp nhận cho hồ sơ",
        "dossier.samples": "đã ghi nhận mẫu sản phẩm của hồ sơ",
        "dossier.self-assess": "đã tự đánh giá hồ sơ",
        "dossier.self-report": "đã lập báo cáo tự đánh giá của hồ sơ",
        "dossier.re-evaluation-updates": "đã kê khai thay đổi khi đánh giá lại của hồ sơ",
        "evaluation-round.create": "đã mở đợt đánh giá",
        "evaluation-round.date": "đã đổi ngày của đợt đánh giá",
        "letter.create": "đã lập công văn chuyển tỉnh",
        "meeting.schedule": "đã lên lịch",
        "meeting.materials": "đã gửi tài liệu",
        "meeting.request": "đã đề nghị họp Hội đồng về",
        "producer.create": "đã tạo chủ thể",
        "producer.sign-up": "đã đăng ký chủ thể",
        "producer.update": "đã sửa thông tin chủ thể",
        "producer.approve": "đã duyệt đăng ký của chủ thể",
        "producer.reject": "đã từ chối đăng ký của chủ thể",
        "product.create": "đã thêm sản phẩm",
        "product.update": "đã sửa sản phẩm",
        "product.photo": "đã thêm ảnh cho sản phẩm",
        "product.photo-remove": "đã gỡ ảnh của sản phẩm",
        "product.recognition": "đã ghi quyết định công nhận cho sản phẩm",
        "round.open": "đã mở đợt đăng ký",
        "round.extend": "đã gia hạn đợt đăng ký",
        "score.submit": "đã nộp phiếu chấm điểm hồ sơ",
        "score.rescore": "đã mở chấm lại phiếu của hồ sơ",
        "test.request": "đã yêu cầu kiểm nghiệm bổ sung cho hồ sơ",
        "test.result": "đã ghi kết quả kiểm nghiệm bổ sung của hồ sơ",
    ]

    /// The words for an action; an action without its words yet reads as a change, never as its code.
    static func phrase(_ action: String) -> String { phrases[action] ?? "đã cập nhật" }

    /// What kind of record it is, when the record's own name could not be found (it was removed).
    static let nouns: [String: String] = [
        "account": "tài khoản", "calendar": "lịch làm việc", "council": "hội đồng", "criteria-set": "bộ tiêu chí",
        "decision": "quyết định", "dossier": "hồ sơ", "evaluation-round": "đợt đánh giá", "forwarding-letter": "công văn",
        "meeting": "phiên họp", "producer": "chủ thể", "product": "sản phẩm", "registration-round": "đợt đăng ký",
    ]

    /// "Lê Văn Hải đã nộp hồ sơ «Mật ong An Sơn»."
    static func sentence(actor: String, action: String, recordType: String, subject: String?) -> String {
        let named = subject.map { " «\($0)»" } ?? (phrases[action] == nil ? " " + (nouns[recordType] ?? "dữ liệu") : "")
        return "\(actor) \(phrase(action))\(named)."
    }
}
