import Fluent
import Foundation
import NIOCore
import Testing
import Vapor
import VaporTesting
@testable import OCOPApp
import OCOPCore

/// Several instances on one database (issue 10, item 7): what belongs to a person is in the database,
/// so a second application on the same database honours the first one's session and CSRF token, and
/// per-person limits count every request whichever instance (or however many at once) handled it.
@Suite("Trạng thái chung của nhiều máy chủ")
struct SharedStateTests {
    @Test("Đăng nhập ở máy chủ thứ nhất, tiếp tục ở máy chủ thứ hai với cùng cookie và mã CSRF")
    func sessionCarriesOverToAnotherInstance() async throws {
        try await withTestApp { first in
            let second = try await Application.make(.testing)
            do {
                try configure(second, settings: first.settings)
                let person = Browser(first)
                try await person.login("vietkhe")
                #expect(try await person.get(SiteURL.dashboard.path).status == .ok)
                let elsewhere = Browser(second)
                elsewhere.cookie = person.cookie
                #expect(try await elsewhere.get(SiteURL.dashboard.path).status == .ok)
                #expect(elsewhere.csrfToken != nil && elsewhere.csrfToken == person.csrfToken)
                // A form with the token, accepted by the other instance: signing out ends the session everywhere.
                #expect(try await elsewhere.post(SiteURL.logout.path, [:]).status == .seeOther)
                #expect(try await person.get(SiteURL.dashboard.path).status == .seeOther)
            } catch {
                try? await second.asyncShutdown()
                throw error
            }
            try await second.asyncShutdown()
        }
    }

    @Test("Nhiều lần đăng nhập sai cùng lúc: lần nào cũng được đếm")
    func simultaneousFailuresAllCount() async throws {
        try await withTestApp { app in
            let throttle = LoginThrottle(maxFailures: 100, lockDuration: 60, delayPerFailure: 0)
            try await withThrowingTaskGroup(of: Void.self) { group in
                for _ in 0..<5 {
                    group.addTask { try await LoginAttempts.recordFailure("dong-thoi", throttle: throttle, on: app.db) }
                }
                try await group.waitForAll()
            }
            #expect(try await LoginAttempt.find("dong-thoi", on: app.db)?.failures == 5)
            let locking = LoginThrottle(maxFailures: 6, lockDuration: 60, delayPerFailure: 0)
            let locked = try await LoginAttempts.recordFailure("dong-thoi", throttle: locking, on: app.db)
            #expect(locked.failures == 0 && locked.lockedUntil != nil)
        }
    }

    @Test("Địa chỉ người gửi: proxy trên máy này được tin về X-Forwarded-For, máy khác thì không")
    func clientAddressBehindLocalProxy() async throws {
        let app = try await Application.make(.testing)
        func request(peer: String, forwarded: String?) throws -> Request {
            var headers = HTTPHeaders()
            if let forwarded { headers.add(name: "X-Forwarded-For", value: forwarded) }
            return Request(application: app, method: .POST, url: "/dang-ky-chu-the", headers: headers,
                           remoteAddress: try SocketAddress(ipAddress: peer, port: 40000), on: app.eventLoopGroup.next())
        }
        #expect(try request(peer: "127.0.0.1", forwarded: "203.0.113.5, 198.51.100.7").clientAddress == "198.51.100.7")
        #expect(try request(peer: "127.0.0.1", forwarded: nil).clientAddress == "127.0.0.1")
        #expect(try request(peer: "203.0.113.9", forwarded: "198.51.100.7").clientAddress == "203.0.113.9")
        try await app.asyncShutdown()
    }
}
