/// Trang làm việc của đơn vị: who works for the unit and what happened there lately.
struct WorkspaceModel {
    struct Person {
        let username: String
        let fullName: String
        let role: String
        let isActive: Bool
    }

    struct CommuneRow {
        let code: String
        let name: String
        let officers: Int
    }

    let unitName: String
    let parentName: String?
    let people: [Person]
    let communes: [CommuneRow]
    let recentActivity: [AuditRow]
}
