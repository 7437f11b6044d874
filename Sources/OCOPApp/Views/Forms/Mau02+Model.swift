import Foundation
import OCOPCore

/// Mẫu số 02 (26/2026 Phụ lục III): "Báo cáo tự đánh giá về sản phẩm", assembled from the
/// producer's record, the product, the self-assessment on the dossier's sheet, the producer's
/// report (`SelfReport`) and the evidence attached to each criterion. Also the model of the form
/// where the producer writes the report (`editable`).
struct Mau02Model {
    /// One criterion of Part III, in the sheet's order.
    struct Row {
        let code: String
        let text: String
        let section: String
        let maxPoints: String
        /// The option the producer chose and its points; nil when not chosen yet.
        let chosen: (text: String, points: String)?
        let description: String
        let evidence: [(id: String, name: String)]
        /// What Mẫu 02's table asks as evidence for this kind of criterion.
        let needs: [SelfAssessmentEvidence.Row]
    }

    let dossierID: String
    let productName: String
    let producerName: String
    let legalForm: String
    let address: String
    let phone: String?
    let email: String?
    let representative: String
    let gender: String
    let ethnicity: String
    let taxCode: String
    let productSummary: String
    let packaging: String
    let hasRegisteredTrademark: Bool
    let kind: DossierKind
    var report: SelfReport
    /// "Bộ tiêu chí …, phiên bản …: I.2.b Mật ong …", or why there is no sheet.
    let sheetTitle: String
    var rows: [Row]
    /// "86 điểm – 4★", or what is missing.
    let total: String
    /// The place and the producer's submission day, for the signature.
    let place: String
    let signedOn: CalendarDay?
    /// The form for writing the report and attaching evidence (the producer, dossier editable).
    var editable = false
    var errors: [String] = []
    /// A refused upload: the criterion and the message.
    var uploadError: (criterion: String, message: String)?

    /// Part III's rows from the dossier's sheet and answers, with descriptions and evidence.
    static func rows(_ sheet: DossierSelfAssessment.Sheet, report: SelfReport, evidence: [CriterionEvidenceRecord]) -> [Row] {
        sheet.productSet.sheet.parts.flatMap { part in
            part.sections.flatMap { section in
                section.scoredCriteria.map { criterion in
                    Row(code: criterion.code, text: criterion.text, section: "\(part.code). \(section.displayTitle)",
                        maxPoints: criterion.maxPoints.vietnamese,
                        chosen: chosen(criterion, sheet.answers[criterion.code]),
                        description: report.descriptions[criterion.code] ?? "",
                        evidence: evidence.filter { $0.criterionCode == criterion.code }.map { ($0.id!.uuidString, $0.file.fileName) },
                        needs: SelfAssessmentEvidence.rows(criterion: criterion.text, section: section.title))
                }
            }
        }
    }

    private static func chosen(_ criterion: Criterion, _ answer: Answer?) -> (text: String, points: String)? {
        guard let answer else { return nil }
        let options = answer.caseID.flatMap { id in criterion.alternatives.first { $0.id == id }?.options } ?? criterion.options
        guard let option = options.first(where: { $0.id == answer.optionID }) else { return nil }
        return (option.text, option.points.vietnamese)
    }
}
