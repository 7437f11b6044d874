/// Names of the values kept in the server-side session (table `_fluent_sessions`).
enum SessionKeys {
    static let cookieName = "ocop-session"
    static let accountID = "uid"
    /// Seconds since 1970 of the last request, for the inactivity timeout.
    static let lastSeen = "seen"
    /// Seconds since 1970 of the sign-in, for the absolute lifetime and for ending the sessions that
    /// began before a password change.
    static let signedInAt = "since"
    static let csrfToken = "csrf"
    /// A one-time message shown on the next page ("Đã đổi mật khẩu.").
    static let flash = "flash"
}
