import Fluent
import Foundation
import OCOPCore

/// Bảng điểm của Thư ký: for each dossier of a meeting, each member's state (not scored, drafting,
/// submitted with the total), the mean, the spread flag, the quorum and the council's verdict.
/// Conflicted members are listed as such and left out of the quorum; advisors' sheets are shown
/// but never counted.
enum ScoringBoard {
    struct MemberLine {
        let name: String
        let position: String
        let status: String
        let counted: Bool
    }

    struct Row {
        let dossierID: String
        let product: String
        let members: [MemberLine]
        let verdict: CouncilVerdict?
        let unusable: String?
        /// "Name: remark" from the counted members' submitted sheets.
        let remarks: [String]
    }

    static func rows(meeting: MeetingRecord, council: CouncilRecord, on db: Database) async throws -> [Row] {
        let items = try await MeetingItemRecord.query(on: db).filter(\.$meeting.$id == meeting.id!)
            .with(\.$dossier) { $0.with(\.$product) }.sort(\.$position).all()
        let dossiers = items.map(\.dossier)
        let members = try await CouncilMemberRecord.query(on: db).filter(\.$council.$id == council.id!).all()
            .sorted { ($0.councilPosition, $0.fullName) < ($1.councilPosition, $1.fullName) }
        let conflicts = try await Councils.conflicts(in: council, dossiers: dossiers, on: db)
        let sheets = try await MemberScoreRecord.query(on: db).filter(\.$meeting.$id == meeting.id!).all()
        var rows: [Row] = []
        for dossier in dossiers {
            let conflicted = Set(conflicts.filter { $0.dossierID == dossier.id!.uuidString }.map(\.memberID))
            var lines: [MemberLine] = []
            var eligible: [CouncilMember] = []
            var results: [(memberID: String, result: ScoringResult)] = []
            var remarks: [String] = []
            let sheetResult = try await DossierSelfAssessment.sheet(dossier, product: dossier.product, on: db)
            for member in members {
                let seatID = member.id!.uuidString
                let own = sheets.filter { $0.$dossier.id == dossier.id && $0.$member.id == member.id }.sorted { $0.version > $1.version }
                let counted = member.councilPosition.isCouncilMember && !conflicted.contains(seatID)
                if counted { eligible.append(CouncilMember(id: seatID, name: member.fullName, isChair: member.councilPosition == .chair)) }
                let status: String
                if conflicted.contains(seatID) {
                    status = "Xung đột lợi ích – không chấm"
                } else if let submitted = own.first(where: \.isSubmitted) {
                    status = "Đã nộp: \(submitted.total?.vietnamese ?? "?") điểm" + (submitted.version > 1 ? " (chấm lại lần \(submitted.version - 1))" : "")
                        + (own.first?.isSubmitted == false ? "; đang chấm lại" : "")
                    if counted && !submitted.remark.isEmpty { remarks.append("\(member.fullName): \(submitted.remark)") }
                    if counted, case .success(let base) = sheetResult {
                        let outcome = SheetTrial.evaluate(base.productSet, in: base.set, answers: try submitted.answerSet, facts: try submitted.producerFacts)
                        if let result = outcome.result { results.append((seatID, result)) }
                    }
                } else {
                    status = own.isEmpty ? "Chưa chấm" : "Đang chấm (nháp)"
                }
                lines.append(.init(name: member.fullName, position: member.councilPosition.title, status: status, counted: counted))
            }
            var verdict: CouncilVerdict?
            var unusable: String?
            switch sheetResult {
            case .failure(let problem): unusable = problem.message
            case .success(let base):
                do {
                    let compiled = try CompiledSheet(base.productSet, in: base.set)
                    let rules = CouncilRules(chairRequired: eligible.contains(where: \.isChair))
                    verdict = CouncilVerdict.decide(sheet: compiled, level: council.councilLevel, members: eligible, results: results, rules: rules)
                } catch {
                    unusable = "Phiếu đánh giá của bộ sản phẩm có lỗi nên không dùng để chấm được."
                }
            }
            rows.append(Row(dossierID: dossier.id!.uuidString, product: dossier.product.name, members: lines, verdict: verdict, unusable: unusable,
                            remarks: remarks))
        }
        return rows
    }
}
