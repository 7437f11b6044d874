/// What the login page shows: the typed user name kept after a failure, and one message that
/// never says whether the account exists.
struct LoginModel {
    var username = ""
    var next = ""
    var error: String?
    var notice: String?

    static let wrongCredentials = "Tên đăng nhập hoặc mật khẩu không đúng."
    static let sessionExpired = "Phiên làm việc đã hết hạn do không hoạt động. Vui lòng đăng nhập lại."
}
