/// The change-password form: errors per field; passwords are never echoed back.
struct ChangePasswordModel {
    var errors: [String: String] = [:]
    var mustChange = false
}
