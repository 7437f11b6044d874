/// Quy tắc mật khẩu: what a new password must satisfy, with the reason in Vietnamese.
public enum PasswordRules {
    public static let minimumLength = 10

    /// Nil when acceptable, else the message to show next to the field.
    public static func problem(password: String, username: String) -> String? {
        if password.count < minimumLength {
            return "Mật khẩu phải có ít nhất \(minimumLength) ký tự."
        }
        if password.lowercased() == username.lowercased() {
            return "Mật khẩu không được trùng với tên đăng nhập."
        }
        if password.allSatisfy(\.isNumber) {
            return "Mật khẩu không được chỉ gồm chữ số."
        }
        return nil
    }
}
