import Fluent
import Vapor
import OCOPCore

/// Dữ liệu mẫu drawn from the seed letters: Hải Phòng (code 31) with its communes Việt Khê
/// (seed 001) and An Khánh (seed 000), their officers, a provincial officer and an administrator.
/// Idempotent: an account that exists is left as it is.
public enum DemoData {
    public static let password = "ocop-demo-2026"
    static let haiPhong = "31"
    package static let vietKhe = "11503"
    static let anKhanh = "11668"

    struct DemoAccount {
        let username: String
        let fullName: String
        let grant: RoleGrant
    }

    static let accounts: [DemoAccount] = [
        DemoAccount(username: "quantri", fullName: "Nguyễn Văn Quản", grant: RoleGrant(role: .administrator, location: .nation)),
        DemoAccount(username: "trunguong", fullName: "Trần Thị Trung", grant: RoleGrant(role: .nationalOfficer, location: .nation)),
        DemoAccount(username: "haiphong", fullName: "Lê Văn Hải", grant: RoleGrant(role: .provincialOfficer, location: .province(haiPhong))),
        DemoAccount(username: "vietkhe", fullName: "Phạm Thị Khê", grant: RoleGrant(role: .communeOfficer, location: .commune(vietKhe, inProvince: haiPhong))),
        DemoAccount(username: "ankhanh", fullName: "Đỗ Văn Khánh", grant: RoleGrant(role: .communeOfficer, location: .commune(anKhanh, inProvince: haiPhong))),
        DemoAccount(username: "hoidong", fullName: "Vũ Thị Hội", grant: RoleGrant(role: .councilMember, location: .province(haiPhong))),
        DemoAccount(username: "thuky", fullName: "Đặng Thị Thư", grant: RoleGrant(role: .councilMember, location: .province(haiPhong))),
        DemoAccount(username: "uyvien1", fullName: "Bùi Văn Ủy", grant: RoleGrant(role: .councilMember, location: .province(haiPhong))),
        DemoAccount(username: "uyvien2", fullName: "Trịnh Thị Viên", grant: RoleGrant(role: .councilMember, location: .province(haiPhong))),
        DemoAccount(username: "chuthe", fullName: "Hoàng Văn Sơn", grant: RoleGrant(role: .producerRepresentative, location: .commune(vietKhe, inProvince: haiPhong))),
    ]

    /// Creates the demo accounts that do not exist yet; returns how many were created.
    @discardableResult
    public static func seed(on app: Application) async throws -> Int {
        var created = 0
        for demo in accounts {
            if try await UserAccount.query(on: app.db).filter(\.$username == demo.username).first() != nil { continue }
            try await AccountService.create(
                .init(username: demo.username, fullName: demo.fullName, email: nil, password: password,
                      grants: [demo.grant], mustChangePassword: false),
                actor: nil, on: app, database: app.db)
            created += 1
        }
        try await seedCriteriaCorrection(on: app.db)
        try await seedProducers(on: app)
        try await seedRounds(on: app.db)
        try await seedCouncil(on: app.db)
        return created
    }

    /// The table printed by `ocop serve --demo` and `ocop seed`.
    public static var accountTable: String {
        let lines = accounts.map { "  \($0.username.padding(toLength: 10, withPad: " ", startingAt: 0))  \($0.grant.role.title)" }
        return (["Tài khoản mẫu (mật khẩu chung: \(password)):"] + lines).joined(separator: "\n")
    }
}
