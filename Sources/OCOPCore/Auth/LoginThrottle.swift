import Foundation

/// Chống dò mật khẩu: repeated failed logins for one user name are slowed, then locked for a
/// while. The rule is the same whether the account exists or not, so the answer never tells
/// an attacker which names are real.
public struct LoginThrottle: Sendable {
    public var maxFailures: Int
    public var lockDuration: TimeInterval
    /// Extra wait per earlier failure, capped at `maxDelay`.
    public var delayPerFailure: TimeInterval
    public var maxDelay: TimeInterval

    public init(maxFailures: Int = 5, lockDuration: TimeInterval = 15 * 60,
                delayPerFailure: TimeInterval = 0.3, maxDelay: TimeInterval = 2) {
        self.maxFailures = maxFailures
        self.lockDuration = lockDuration
        self.delayPerFailure = delayPerFailure
        self.maxDelay = maxDelay
    }

    public enum Verdict: Equatable, Sendable {
        /// Try the password, after waiting this long.
        case attempt(delay: TimeInterval)
        /// Refuse without checking the password.
        case locked(until: Date)
    }

    public func verdict(failures: Int, lockedUntil: Date?, now: Date) -> Verdict {
        if let lockedUntil, lockedUntil > now { return .locked(until: lockedUntil) }
        let counted = lockedUntil == nil ? failures : 0
        return .attempt(delay: min(Double(counted) * delayPerFailure, maxDelay))
    }

    /// The record after one more failure: the count grows; reaching the maximum starts a lock
    /// and resets the count so that the next window starts afresh.
    public func recordFailure(failures: Int, now: Date) -> (failures: Int, lockedUntil: Date?) {
        let next = failures + 1
        return next >= maxFailures ? (0, now.addingTimeInterval(lockDuration)) : (next, nil)
    }

    public static func lockedMessage(until: Date) -> String {
        "Đăng nhập tạm thời bị khóa do nhập sai nhiều lần. Vui lòng thử lại sau \(VietnameseFormat.dateTime(until))."
    }
}
