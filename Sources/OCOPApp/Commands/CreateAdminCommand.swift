import Vapor
import OCOPCore

/// `ocop create-admin --username NAME --name "Họ tên"`: the first administrator of an installation.
/// The password comes from `OCOP_ADMIN_PASSWORD` or is asked for without echo.
struct CreateAdminCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Option(name: "username", short: "u", help: "Tên đăng nhập của quản trị viên")
        var username: String?
        @Option(name: "name", short: "n", help: "Họ và tên")
        var name: String?
    }

    var help: String { "Tạo tài khoản quản trị hệ thống (mật khẩu lấy từ OCOP_ADMIN_PASSWORD hoặc nhập khi được hỏi)." }

    func run(using context: CommandContext, signature: Signature) async throws {
        let app = context.application
        try await prepareDatabase(app)
        let username = signature.username ?? context.console.ask("Tên đăng nhập:")
        let name = signature.name ?? context.console.ask("Họ và tên:")
        let password = Environment.get("OCOP_ADMIN_PASSWORD") ?? context.console.ask("Mật khẩu:", isSecure: true)
        do {
            try await AccountService.create(
                .init(username: username, fullName: name, email: nil, password: password,
                      grants: [RoleGrant(role: .administrator, location: .nation)], mustChangePassword: false),
                actor: nil, on: app, database: app.db)
            context.console.print("Đã tạo quản trị viên \(username.lowercased()).")
        } catch let errors as FormErrors {
            for message in errors.messages.values.sorted() { context.console.error(message) }
            throw DatabaseUnavailable(description: "Không tạo được tài khoản quản trị.")
        }
    }
}
