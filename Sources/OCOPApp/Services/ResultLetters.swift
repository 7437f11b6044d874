import Fluent
import Foundation
import OCOPCore

/// Thư thông báo kết quả: a product below 3★ gets its score and the path to the next star, read on
/// the submitted sheet closest to the council's mean (the sheet most like the council's judgement).
enum ResultLetters {
    static func advice(_ found: FoundDossier, meeting: MeetingRecord, verdict: CouncilVerdict, on db: Database) async throws -> String {
        guard let mean = verdict.outcome.mean, case .success(let base) = try await DossierSelfAssessment.sheet(found.dossier, product: found.product, on: db)
        else { return "" }
        let sheets = try await MemberScoreRecord.query(on: db).filter(\.$meeting.$id == meeting.id!).filter(\.$dossier.$id == found.dossier.id!)
            .filter(\.$status == MemberScoreRecord.Status.submitted.rawValue).all()
        guard let closest = sheets.min(by: { abs(($0.totalHundredths ?? 0) - mean.hundredths) < abs(($1.totalHundredths ?? 0) - mean.hundredths) }) else {
            return ""
        }
        let outcome = SheetTrial.evaluate(base.productSet, in: base.set, answers: try closest.answerSet, facts: try closest.producerFacts)
        return outcome.advice?.summary ?? ""
    }
}

/// The letter's content.
struct ResultLetterModel {
    let dossierID: String
    let product: String
    let producer: String
    let provinceName: String
    let day: CalendarDay
    let explanation: String
    let advice: String
    /// The members' remarks, for the producer to improve the product.
    let remarks: [String]
}
