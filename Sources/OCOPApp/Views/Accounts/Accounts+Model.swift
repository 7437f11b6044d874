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
    /// One role held, and whether this viewer may take it back.
    struct RoleLine {
        let id: String
        let label: String
        let revocable: Bool
    }

    let roles: [RoleLine]
    var passwordError: String?
    /// The "give another role" form, with this viewer's choices and any errors.
    var grantForm: AccountFormModel
}
