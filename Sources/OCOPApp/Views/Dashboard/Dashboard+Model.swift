import Foundation

/// Bảng điều khiển: the landing page of each role, with counts read from the database.
struct DashboardModel {
    struct Stat {
        let label: String
        let value: Int
        var url: SiteURL?
    }

    var roleTitle: String
    var scopeName: String
    var stats: [Stat]
    var links: [(label: String, url: SiteURL)]
    var recentActivity: [AuditRow]
    var note: String?
    /// A council member's meetings and sheets (`CouncilWork`).
    var councilWork: [CouncilWork.Meeting] = []
}

/// One line of the audit log as pages show it.
struct AuditRow {
    let at: Date
    let actor: String
    let action: String
    let record: String
    let unit: String?
    let before: String?
    let after: String?

    init(_ entry: AuditEntry, unitNames: [String: String]) {
        at = entry.at
        actor = entry.actorName
        action = AuditRow.actionTitles[entry.action] ?? entry.action
        record = "\(entry.recordType): \(entry.recordID)"
        unit = (entry.communeCode ?? entry.provinceCode).flatMap { unitNames[$0] }
        before = entry.before
        after = entry.after
    }

    /// Vietnamese names of the audited actions.
    static let actionTitles: [String: String] = [
        "account.create": "Tạo tài khoản",
        "account.password": "Đổi mật khẩu",
        "account.reset-password": "Đặt lại mật khẩu",
        "account.lock": "Khóa tài khoản",
        "account.unlock": "Mở khóa tài khoản",
        "account.grant": "Cấp vai trò",
        "account.revoke": "Thu hồi vai trò",
        "criteria.import": "Nhập bộ tiêu chí",
        "criteria.copy": "Tạo bản nháp bộ tiêu chí",
        "criteria.update": "Sửa bộ tiêu chí",
        "criteria.validated": "Kiểm tra bộ tiêu chí",
        "criteria.published": "Ban hành bộ tiêu chí",
        "criteria.retired": "Ngừng áp dụng bộ tiêu chí",
        "producer.create": "Tạo chủ thể",
        "producer.sign-up": "Đăng ký chủ thể",
        "producer.update": "Sửa thông tin chủ thể",
        "producer.approve": "Duyệt đăng ký chủ thể",
        "producer.reject": "Từ chối đăng ký chủ thể",
        "product.create": "Thêm sản phẩm",
        "product.update": "Sửa sản phẩm",
        "product.recognition": "Ghi quyết định công nhận",
    ]
}
