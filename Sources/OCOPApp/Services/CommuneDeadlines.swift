import Fluent
import Foundation
import OCOPCore

/// Thời hạn 15 ngày làm việc của UBND cấp xã (Điều 7.2), read from what the dossier already keeps:
/// the receipt day is the day of `submitted_at`, which the producer's submission and every
/// resubmission after a return set (`DossierService.submit`). A resubmission is a new receipt of
/// the completed dossier, so the limit runs again from it. The clock runs while the dossier is
/// with the commune before forwarding (`submitted`, `communeAssessed`); a dossier the province
/// sent back (`returnedByProvince`) is the province's request, with no statutory limit here.
enum CommuneDeadlines {
    static let runningStates: [DossierState] = [.submitted, .communeAssessed]

    static func deadline(of dossier: DossierRecord, calendar: WorkingDayCalendar) -> CommuneDeadline? {
        guard runningStates.contains(dossier.dossierState), let submitted = dossier.submittedAt else { return nil }
        return CommuneDeadline(receivedOn: .inVietnam(submitted), calendar: calendar)
    }

    /// The dossiers of the person's scope whose limit is near (at most `warningWorkingDays` left) or passed.
    static func counts(for user: CurrentUser, today: CalendarDay, on db: Database) async throws -> (urgent: Int, overdue: Int) {
        let calendar = try await Councils.workingCalendar(on: db)
        let dossiers = try await ScopedList.query(DossierRecord.self, for: user, .dossiers, on: db)
            .filter(\.$state ~~ runningStates).all()
        var urgent = 0, overdue = 0
        for dossier in dossiers {
            guard let status = deadline(of: dossier, calendar: calendar)?.status(on: today, calendar: calendar) else { continue }
            if status.isOverdue { overdue += 1 } else if status.isUrgent { urgent += 1 }
        }
        return (urgent, overdue)
    }

    /// The dashboard's two tiles, for the roles that see communes' dossiers at work.
    static func dashboardStats(_ user: CurrentUser, role: Role, on db: Database) async throws -> [DashboardModel.Stat] {
        guard role == .communeOfficer || role == .provincialOfficer else { return [] }
        let (urgent, overdue) = try await counts(for: user, today: .inVietnam(Date()), on: db)
        return [
            .init(label: "Hồ sơ quá hạn 15 ngày làm việc của xã", value: overdue, url: .dossierQueue(state: .submitted)),
            .init(label: "Hồ sơ sắp hết hạn (còn ≤ \(CommuneDeadline.warningWorkingDays) ngày làm việc)", value: urgent,
                  url: .dossierQueue(state: .submitted)),
        ]
    }

    /// The dossier page's lines about its limits: the commune's 15 working days while they run,
    /// and the transition limit of Điều 12 for a dossier filed before 22/5/2026.
    static func facts(_ dossier: DossierRecord, on db: Database) async throws -> [(String, String)] {
        var facts: [(String, String)] = []
        if runningStates.contains(dossier.dossierState) {
            let calendar = try await Councils.workingCalendar(on: db)
            if let deadline = deadline(of: dossier, calendar: calendar) {
                facts.append(("Hạn xử lý của xã (15 ngày làm việc)", deadline.label(on: .inVietnam(Date()), calendar: calendar)))
            }
        }
        if let limit = try await transitionLimit(dossier, on: db) { facts.append(("Thời hạn chuyển tiếp", limit.explanation)) }
        return facts
    }

    /// Điều 12.2: the day the producer first filed the dossier is its first `submit` step in the
    /// audit log (a resubmission does not make it a new filing).
    static func transitionLimit(_ dossier: DossierRecord, on db: Database) async throws -> TransitionLimit? {
        guard let filed = try await AuditEntry.query(on: db).filter(\.$recordType == "dossier")
            .filter(\.$recordID == dossier.id!.uuidString).filter(\.$action == DossierActionKind.submit.auditAction)
            .sort(\.$at).first()?.at else { return nil }
        return TransitionLimit(kind: dossier.dossierKind, filedOn: .inVietnam(filed))
    }
}

extension CommuneDeadlines {
    /// The queue's cell for one dossier: nil when the limit does not run in its state.
    static func queueCell(_ dossier: DossierRecord, today: CalendarDay, calendar: WorkingDayCalendar) -> DossierQueueModel.Deadline? {
        guard let deadline = deadline(of: dossier, calendar: calendar) else { return nil }
        let status = deadline.status(on: today, calendar: calendar)
        return .init(label: deadline.label(on: today, calendar: calendar), isUrgent: status.isUrgent, isOverdue: status.isOverdue)
    }
}
