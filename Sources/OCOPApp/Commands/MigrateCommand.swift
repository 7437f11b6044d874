import Vapor

/// `ocop migrate`: brings the schema up to date and loads the administrative units. Additive and
/// safe to run again; `serve` does the same at start.
struct MigrateDatabaseCommand: AsyncCommand {
    struct Signature: CommandSignature {}
    var help: String { "Tạo/cập nhật cấu trúc cơ sở dữ liệu và nạp danh mục đơn vị hành chính (chạy lại không sao)." }

    func run(using context: CommandContext, signature: Signature) async throws {
        try await prepareDatabase(context.application)
        context.console.print("Cơ sở dữ liệu đã sẵn sàng.")
    }
}
