import Vapor

/// `ocop seed`: the demo accounts of Hải Phòng, Việt Khê and An Khánh. Running it twice creates
/// nothing twice.
struct SeedCommand: AsyncCommand {
    struct Signature: CommandSignature {}
    var help: String { "Nạp dữ liệu mẫu (Hải Phòng, xã Việt Khê, xã An Khánh) và in các tài khoản mẫu." }

    func run(using context: CommandContext, signature: Signature) async throws {
        try await prepareDatabase(context.application)
        let created = try await DemoData.seed(on: context.application)
        context.console.print("Đã tạo \(created) tài khoản mẫu mới.")
        context.console.print(DemoData.accountTable)
    }
}
