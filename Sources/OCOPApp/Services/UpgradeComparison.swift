import Fluent
import Foundation
import OCOPCore

/// So sánh nâng hạng: an upgrade dossier's self-assessment against the last council result of the
/// product's previous dossier, criterion by criterion in the sheet's order. Producers ask to move from
/// 3★ to 4★ without redoing everything (DOMAIN); this shows where the points are to be won and whether
/// the claim is a rise the council will have to check.
///
/// The council's side of a criterion is the mean of the points its counted members gave in their
/// latest submitted sheets (advisors are never counted, as on the board); its total and star are the
/// verdict of the meeting (`MeetingResult`), so the page says what the decision said.
enum UpgradeComparison {
    enum Trend: Equatable {
        case rose, fell, same, unknown

        var title: String {
            switch self {
            case .rose: "Tăng"
            case .fell: "Giảm"
            case .same: "Giữ nguyên"
            case .unknown: "—"
            }
        }
    }

    struct Row {
        let code: String
        let text: String
        let maxPoints: Points
        let council: Points?
        let mine: Points?
        var trend: Trend { UpgradeComparison.trend(from: council, to: mine) }
    }

    struct Model {
        let dossierID: String
        let product: String
        var currentSet = ""
        var previousSet = ""
        /// Why there is nothing to compare (not an upgrade, no previous result), when so.
        var unavailable: String?
        /// The previous dossier was scored on another criteria set: only totals and stars are compared.
        var otherSet: String?
        var meeting = ""
        var rows: [Row] = []
        var mineTotal: Points?
        var mineStar: Star?
        var councilTotal: Points?
        var councilStar: Star?
        var totalTrend: Trend { UpgradeComparison.trend(from: councilTotal, to: mineTotal) }
    }

    static func trend(from before: Points?, to after: Points?) -> Trend {
        guard let before, let after else { return .unknown }
        return after > before ? .rose : after < before ? .fell : .same
    }

    /// The points of one answer on a criterion: the option's, looked up in the case it names.
    static func points(_ criterion: Criterion, _ answer: Answer?) -> Points? {
        guard let answer else { return nil }
        if let caseID = answer.caseID, let alternative = criterion.alternatives.first(where: { $0.id == caseID }) {
            return alternative.options.first { $0.id == answer.optionID }?.points
        }
        return criterion.options.first { $0.id == answer.optionID }?.points
            ?? criterion.alternatives.lazy.compactMap { $0.options.first { $0.id == answer.optionID }?.points }.first
    }

    static func load(_ found: FoundDossier, on db: Database) async throws -> Model {
        let dossier = found.dossier
        var model = Model(dossierID: dossier.id!.uuidString, product: found.product.name)
        guard dossier.dossierKind == .upgrade else {
            model.unavailable = "Trang so sánh chỉ dành cho hồ sơ nâng hạng."
            return model
        }
        model.currentSet = "\(dossier.criteriaSetCode) phiên bản \(dossier.criteriaSetVersion)"
        guard let previousID = dossier.previousDossierID,
              let previous = try await DossierRecord.query(on: db).filter(\.$id == previousID).with(\.$product).first() else {
            model.unavailable = "Sản phẩm không có hồ sơ trước để so sánh."
            return model
        }
        model.previousSet = "\(previous.criteriaSetCode) phiên bản \(previous.criteriaSetVersion)"
        guard let last = try await lastMeeting(of: previous, on: db) else {
            model.unavailable = "Hồ sơ trước của sản phẩm chưa có kết quả chấm của Hội đồng."
            return model
        }
        let (meeting, council) = last
        guard let row = try await ScoringBoard.result(meeting: meeting, council: council, on: db).row(dossierID: previousID.uuidString) else {
            model.unavailable = "Hồ sơ trước của sản phẩm chưa có kết quả chấm của Hội đồng."
            return model
        }
        model.meeting = "\(council.name), phiên họp ngày \(meeting.meetingDay?.vietnamese ?? meeting.day)"
        model.councilTotal = row.verdict?.outcome.mean
        model.councilStar = row.verdict?.star
        let mine = try await DossierSelfAssessment.sheet(dossier, product: found.product, on: db)
        let sheet = try? mine.get()
        model.mineTotal = sheet?.outcome.result?.total
        model.mineStar = sheet?.outcome.result?.finalStar
        guard previous.criteriaSetCode == dossier.criteriaSetCode else {
            model.otherSet = "Hồ sơ trước được chấm theo bộ tiêu chí \(model.previousSet), khác bộ tiêu chí của hồ sơ này (\(model.currentSet)): chỉ so sánh tổng điểm và hạng sao."
            return model
        }
        guard let sheet else { return model }
        // The counted members' latest submitted sheets, one per member.
        let seats = try await CouncilMemberRecord.query(on: db).filter(\.$council.$id == council.id!).all()
        let counted = Set(seats.filter { $0.councilPosition.isCouncilMember }.compactMap(\.id))
        let scores = try await MemberScoreRecord.query(on: db).filter(\.$meeting.$id == meeting.id!)
            .filter(\.$dossier.$id == previousID).filter(\.$status == MemberScoreRecord.Status.submitted.rawValue).all()
        var latest: [UUID: MemberScoreRecord] = [:]
        for score in scores where counted.contains(score.$member.id) {
            if (latest[score.$member.id]?.version ?? .min) < score.version { latest[score.$member.id] = score }
        }
        let councilAnswers = try latest.values.map { try $0.answerSet }
        let previousSheet = try await DossierSelfAssessment.criteriaSet(of: previous, on: db)?.productSet(code: previous.product.productSetCode)?.sheet
        model.rows = sheet.productSet.sheet.criteria.map { criterion in
            var council: Points?
            if let old = previousSheet?.criterion(code: criterion.code) {
                let given = councilAnswers.compactMap { points(old, $0[criterion.code]) }
                if !given.isEmpty {
                    let sum = given.reduce(0) { $0 + $1.hundredths }
                    council = Points(hundredths: (sum * 2 + given.count) / (given.count * 2))
                }
            }
            return Row(code: criterion.code, text: criterion.text, maxPoints: criterion.maxPoints, council: council,
                       mine: points(criterion, sheet.answers[criterion.code]))
        }
        return model
    }

    /// The meeting that decided the dossier, else the latest meeting that had it on its agenda.
    private static func lastMeeting(of dossier: DossierRecord, on db: Database) async throws -> (MeetingRecord, CouncilRecord)? {
        if let decided = try await Decisions.decidedMeeting(for: dossier.id!, on: db) { return (decided, decided.council) }
        let items = try await MeetingItemRecord.query(on: db).filter(\.$dossier.$id == dossier.id!).all()
        let meetings = try await MeetingRecord.query(on: db).filter(\.$id ~~ items.map(\.$meeting.id)).with(\.$council).all()
        guard let last = meetings.max(by: { ($0.day, $0.createdAt ?? .distantPast) < ($1.day, $1.createdAt ?? .distantPast) }) else { return nil }
        return (last, last.council)
    }
}
