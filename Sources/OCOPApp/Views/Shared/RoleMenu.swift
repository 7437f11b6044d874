import OCOPCore

/// The menu each role sees. Links a role may not use are not shown; the policy still guards the
/// pages themselves.
enum RoleMenu {
    struct Item { let label: String; let url: SiteURL }

    static func items(for user: CurrentUser?) -> [Item] {
        guard let user else {
            return [Item(label: "Trang chủ", url: .home), Item(label: "Sản phẩm OCOP", url: .publicResults), Item(label: "Bộ tiêu chí", url: .criteria),
                    Item(label: "Đơn vị hành chính", url: .units), Item(label: "Đăng ký chủ thể", url: .producerSignUp),
                    Item(label: "Đăng nhập", url: .login)]
        }
        var items = [Item(label: "Bảng điều khiển", url: .dashboard)]
        if let grant = user.grants.first(where: { $0.role == .communeOfficer }), let code = grant.location.communeCode {
            items.append(Item(label: "Xã của tôi", url: .communeWorkspace(code: code)))
        }
        if let grant = user.grants.first(where: { $0.role == .provincialOfficer }), let code = grant.location.provinceCode {
            items.append(Item(label: "Tỉnh của tôi", url: .provinceWorkspace(code: code)))
        }
        if user.isOfficer {
            items.append(Item(label: "Chủ thể", url: .producers))
            items.append(Item(label: "Sản phẩm", url: .products))
        } else if user.grants.contains(where: { $0.role == .producerRepresentative && $0.subjectID != nil }) {
            items.append(Item(label: "Sản phẩm của tôi", url: .products))
        }
        if user.isOfficer || user.holds(.producerRepresentative) {
            items.append(Item(label: "Đợt đăng ký", url: .rounds))
            items.append(Item(label: "Hồ sơ", url: .dossiers))
        }
        if user.holds(.provincialOfficer) || user.holds(.nationalOfficer) || user.holds(.administrator) {
            items.append(Item(label: "Đợt đánh giá", url: .evaluationRounds))
        }
        if user.holds(.provincialOfficer) || user.holds(.nationalOfficer) || user.holds(.administrator) || user.holds(.councilMember) {
            items.append(Item(label: "Hội đồng", url: .councils))
            items.append(Item(label: "Lịch làm việc", url: .workingCalendar))
        }
        items.append(Item(label: "Sản phẩm OCOP", url: .publicResults))
        items.append(Item(label: "Bộ tiêu chí", url: .criteria))
        items.append(Item(label: "Đơn vị hành chính", url: .units))
        if user.holds(.administrator) || user.holds(.provincialOfficer) {
            items.append(Item(label: "Tài khoản", url: .accounts))
        }
        if user.isOfficer { items.append(Item(label: "Nhật ký", url: .audit)) }
        items.append(Item(label: "Đổi mật khẩu", url: .changePassword))
        return items
    }
}
