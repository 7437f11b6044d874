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
        let workspaces = AccessPolicy().homeUnits(user.grants, where: { .openUnitWorkspace($0) })
        if let code = workspaces.lazy.compactMap(\.communeCode).first {
            items.append(Item(label: "Xã của tôi", url: .communeWorkspace(code: code)))
        }
        if let code = workspaces.first(where: { $0.communeCode == nil })?.provinceCode {
            items.append(Item(label: "Tỉnh của tôi", url: .provinceWorkspace(code: code)))
        }
        let producers = user.readScope(.producers)
        if producers.reachesUnits {
            items.append(Item(label: "Chủ thể", url: .producers))
            items.append(Item(label: "Sản phẩm", url: .products))
            items.append(Item(label: "Theo dõi chứng nhận", url: .certificateFollowUp))
            items.append(Item(label: "Kiểm tra sau công nhận", url: .inspections))
            if user.readScope(.complaints).reachesUnits { items.append(Item(label: "Phản ánh về sản phẩm", url: .complaints)) }
            items.append(Item(label: "Thu hồi chứng nhận", url: .revocations))
        } else if !producers.isEmpty {
            items.append(Item(label: "Sản phẩm của tôi", url: .products))
            items.append(Item(label: "Chứng nhận của tôi", url: .certificateFollowUp))
        }
        if !user.readScope(.dossiers).isEmpty {
            items.append(Item(label: "Đợt đăng ký", url: .rounds))
            items.append(Item(label: "Hồ sơ", url: .dossiers))
        }
        // Those who open rounds; a commune's officers meet the rounds when they forward dossiers.
        if user.readScope(.evaluationRounds).everything || user.homeUnit(where: { .manageEvaluationRound($0) }) != nil {
            items.append(Item(label: "Đợt đánh giá", url: .evaluationRounds))
        }
        // Councils are read by the officers of their province and by those seated on them, whose
        // council member's grant is the sign of a seat (the seat itself is checked by the page).
        if user.readScope(.councils).reachesUnits || user.grants.contains(where: { $0.role == .councilMember }) {
            items.append(Item(label: "Hội đồng", url: .councils))
            items.append(Item(label: "Lịch làm việc", url: .workingCalendar))
        }
        items.append(Item(label: "Sản phẩm OCOP", url: .publicResults))
        items.append(Item(label: "Bộ tiêu chí", url: .criteria))
        items.append(Item(label: "Đơn vị hành chính", url: .units))
        if user.may(.administerAccounts) { items.append(Item(label: "Tài khoản", url: .accounts)) }
        if user.readScope(.auditEntries).reachesUnits {
            items.append(Item(label: "Nhật ký", url: .audit))
            items.append(Item(label: "Nhật ký thư", url: .mailLog))
        }
        items.append(Item(label: "Đổi mật khẩu", url: .changePassword))
        return items
    }
}
