import Vapor

/// What every page shows around its content: who is signed in, the CSRF token for forms,
/// and a one-time message from the previous action.
struct PageContext {
    let title: String
    let user: CurrentUser?
    let csrfToken: String
    let flash: String?
    let path: String
}

extension Request {
    func pageContext(title: String) -> PageContext {
        let flash = hasSession ? session.data[SessionKeys.flash] : nil
        if flash != nil { session.data[SessionKeys.flash] = nil }
        return PageContext(title: title, user: auth.get(CurrentUser.self), csrfToken: csrfToken, flash: flash, path: url.path)
    }

    /// Leaves a message for the next page the user sees.
    func flash(_ message: String) { session.data[SessionKeys.flash] = message }
}
