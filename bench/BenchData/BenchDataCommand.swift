import OCOPApp
import Vapor

/// `ocop-bench-data` (its own executable, not a command of `ocop`): fills the configured database
/// with a national-scale synthetic dataset (producers in every commune, products, recognitions,
/// officer accounts, dossiers with their registration rounds and forwarding letters, the
/// notifications of their steps, audit entries) for the page benchmark (`scripts/bench`).
/// Deterministic for a given seed; refuses to run twice on the same database.
struct BenchDataCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Option(name: "producers", help: "Số chủ thể (mặc định 9000).")
        var producers: Int?
        @Option(name: "products", help: "Số sản phẩm (mặc định 18000).")
        var products: Int?
        @Option(name: "accounts", help: "Số tài khoản cán bộ cấp xã (mặc định 4000).")
        var accounts: Int?
        @Option(name: "audit", help: "Số dòng nhật ký thao tác (mặc định 200000).")
        var audit: Int?
        @Option(name: "dossiers", help: "Số hồ sơ (mặc định 15000; tối đa hai hồ sơ cho mỗi sản phẩm).")
        var dossiers: Int?
        @Option(name: "notifications", help: "Số thông báo tối đa (mặc định 50000; không vượt quá số thông báo mà các bước của hồ sơ đã gửi).")
        var notifications: Int?
        @Option(name: "seed", help: "Hạt giống ngẫu nhiên (mặc định 2026).")
        var seed: UInt64?
    }

    var help: String {
        "Tạo dữ liệu giả lập quy mô toàn quốc để đo hiệu năng (chủ thể, sản phẩm, công nhận, tài khoản cán bộ, hồ sơ, thông báo, nhật ký). Chỉ dùng cho cơ sở dữ liệu thử."
    }

    func run(using context: CommandContext, signature: Signature) async throws {
        let app = context.application
        try await prepareDatabase(app)
        let size = BenchData.Size(producers: signature.producers ?? 9000, products: signature.products ?? 18000,
                                  accounts: signature.accounts ?? 4000, audit: signature.audit ?? 200_000,
                                  dossiers: signature.dossiers ?? 15_000, notifications: signature.notifications ?? 50_000)
        guard size.producers > 0, size.products >= 0, size.accounts >= 0, size.audit >= 0, size.dossiers >= 0, size.notifications >= 0 else {
            throw BenchDataRefused(description: "Số lượng phải là số không âm và có ít nhất một chủ thể.")
        }
        if try await BenchData.alreadyGenerated(on: app.db) {
            throw BenchDataRefused(description: "Cơ sở dữ liệu này đã có dữ liệu đo hiệu năng (bench-data đã chạy trước đó); "
                + "không tạo thêm. Hãy dùng một DATA_DIR hoặc DATABASE_URL mới.")
        }
        let started = Date()
        let counts = try await BenchData.generate(size, seed: signature.seed ?? 2026, on: app) { line in
            context.console.print(line)
        }
        let seconds = Date().timeIntervalSince(started)
        context.console.print(String(format: "Đã tạo %d chủ thể, %d sản phẩm, %d quyết định công nhận, %d tài khoản, %d hồ sơ, %d thông báo, "
                                     + "%d dòng nhật ký trong %.1f giây.", counts.producers, counts.products, counts.recognitions,
                                     counts.accounts + counts.provincialOfficers, counts.dossiers, counts.notifications, counts.audit, seconds))
    }
}

/// Why `bench-data` refuses to run; `ocop-bench-data` prints it as one line ("Lỗi: …") and exits with status 1.
struct BenchDataRefused: Error, CustomStringConvertible {
    let description: String
}
