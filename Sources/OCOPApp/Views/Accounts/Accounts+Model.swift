import OCOPCore

/// Danh sách tài khoản trong phạm vi người xem.
struct AccountListModel {
    struct Row {
        let id: String
        let username: String
        let fullName: String
        let roles: String
        let isActive: Bool
    }

    var query: String
    var rows: [Row]
}

/// The new-account form: what was typed, the choices this officer may make, the errors.
struct AccountFormModel {
    var username = ""
    var fullName = ""
    var email = ""
    var role = Role.communeOfficer.rawValue
    var provinceCode = ""
    var communeCode = ""
    var roleChoices: [(value: String, label: String)] = []
    var provinceChoices: [(value: String, label: String)] = []
    var communeChoices: [(value: String, label: String)] = []
    var errors: [String: String] = [:]
}

/// One account with its roles and what the viewer may do to it.
struct AccountDetailModel {
    let id: String
    let username: String
    let fullName: String
    let email: String?
    let isActive: Bool
    let mustChangePassword: Bool
    let roles: [String]
    var passwordError: String?
}
