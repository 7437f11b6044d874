import Fluent
import Foundation
import NIOCore
import OCOPCore
import Vapor

/// Nhắc hạn xử lý của xã: a notice to the commune's officers when a dossier has at most
/// `CommuneDeadline.warningWorkingDays` working days left, and another when its 15 working days
/// have passed. Generated again and again (at start and every hour) but sent once: each notice has
/// a key (dossier, receipt day, kind) that is unique per account (`notice_key`, M021), so a
/// second run, or a second instance running at the same moment, adds nothing. A resubmission is a
/// new receipt and so earns its own notices.
enum CommuneDeadlineNotices {
    /// Sends the notices due on `today`; returns how many messages were added.
    @discardableResult
    static func run(today: CalendarDay, on db: Database) async throws -> Int {
        let calendar = try await Councils.workingCalendar(on: db)
        let dossiers = try await DossierRecord.query(on: db).filter(\.$state ~~ CommuneDeadlines.runningStates).with(\.$product).all()
        var sent = 0
        for dossier in dossiers {
            guard let deadline = CommuneDeadlines.deadline(of: dossier, calendar: calendar) else { continue }
            let status = deadline.status(on: today, calendar: calendar)
            guard status.isUrgent else { continue }
            let kind = status.isOverdue ? "qua-han" : "sap-het-han"
            let key = "han-xa:\(dossier.id!.uuidString):\(deadline.receivedOn.iso):\(kind)"
            let text = "\(dossier.product.name): " + message(status, deadline)
            let officers = try await Notifications.recipients([.communeOfficers], of: dossier, on: db)
            sent += try await Notifications.send(text, link: SiteURL.dossier(id: dossier.id!.uuidString).path, dossierID: dossier.id,
                                                 to: officers, key: key, on: db)
        }
        return sent
    }

    static func message(_ status: CommuneDeadline.Status, _ deadline: CommuneDeadline) -> String {
        let rule = "hồ sơ tiếp nhận ngày \(deadline.receivedOn.vietnamese), hạn 15 ngày làm việc là ngày \(deadline.dueOn.vietnamese) (Điều 7.2 Quyết định 26/2026/QĐ-TTg)"
        switch status {
        case .overdue:
            return "Đã quá hạn xử lý của xã: \(rule). Vui lòng hoàn thành đánh giá và chuyển hồ sơ lên tỉnh ngay."
        case .onTime(0):
            return "Hôm nay là hạn cuối xử lý của xã: \(rule). Vui lòng đánh giá và chuyển hồ sơ lên tỉnh trong ngày."
        case .onTime(let left):
            return "Còn \(left) ngày làm việc đến hạn xử lý của xã: \(rule). Vui lòng đánh giá và chuyển hồ sơ lên tỉnh."
        }
    }

    /// Runs `run`, and `MeetingOpenNotices.run`, from boot (after a short delay) and every hour until shutdown.
    struct Schedule: LifecycleHandler {
        struct TaskKey: StorageKey { typealias Value = RepeatedTask }

        func didBoot(_ app: Application) throws {
            let db = app.db
            let logger = app.logger
            let loop = app.eventLoopGroup.next()
            app.storage[TaskKey.self] = loop.scheduleRepeatedAsyncTask(initialDelay: .seconds(10), delay: .hours(1)) { _ in
                loop.makeFutureWithTask {
                    // Each kind of notice on its own: one failing does not hold back the other.
                    let today = CalendarDay.inVietnam(Date())
                    do {
                        let sent = try await CommuneDeadlineNotices.run(today: today, on: db)
                        if sent > 0 { logger.info("Đã gửi \(sent) thông báo hạn xử lý của xã.") }
                    } catch {
                        logger.warning("Không gửi được thông báo hạn xử lý của xã: \(error)")
                    }
                    do {
                        let opened = try await MeetingOpenNotices.run(today: today, on: db)
                        if opened > 0 { logger.info("Đã gửi \(opened) thông báo phiên họp mở chấm điểm.") }
                    } catch {
                        logger.warning("Không gửi được thông báo phiên họp mở chấm điểm: \(error)")
                    }
                }
            }
        }

        func shutdownAsync(_ app: Application) async {
            await app.stopRepeatedTask(app.storage[TaskKey.self])
        }
    }
}
