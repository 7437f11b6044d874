import OCOPCore
import Vapor

/// `ocop jobs run [--dry-run]`: the day's jobs once, for cron (`JOBS_HOUR=off` on the servers). A dry
/// run prints the reminders due today and sends nothing.
struct JobsCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Argument(name: "action", help: "run: chạy việc hằng ngày một lần")
        var action: String
        @Flag(name: "dry-run", help: "Chỉ liệt kê các thư nhắc đến hạn, không ghi, không gửi")
        var dryRun: Bool
    }

    var help: String { "Chạy việc hằng ngày: nhắc hạn giấy chứng nhận và gửi thư trong nhật ký thư." }

    func run(using context: CommandContext, signature: Signature) async throws {
        guard signature.action == "run" else {
            throw Abort(.badRequest, reason: "Lệnh không rõ: \(signature.action). Dùng: ocop jobs run [--dry-run]")
        }
        try await prepareDatabase(context.application)
        let report = try await DailyJobs.run(context.application, dryRun: signature.dryRun)
        if signature.dryRun {
            context.console.print("Chạy thử: \(report.due.count) thư nhắc đến hạn hôm nay (không ghi, không gửi).")
            for due in report.due {
                context.console.print("- \(due.productName) (\(due.producerName)): \(due.step.title); hết hạn \(due.recognition.expiryDay.vietnamese)")
            }
        } else {
            context.console.print(report.summary)
        }
    }
}
