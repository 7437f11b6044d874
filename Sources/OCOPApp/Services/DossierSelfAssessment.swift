import Fluent
import Foundation
import OCOPCore

/// Tự đánh giá: the producer's self-assessment on the sheet of the product's product set, in the
/// criteria set version copied from the round (the dossier keeps it for ever). Scored by
/// `SheetTrial`, so the result and the path to the next star match the public "Thử chấm".
enum DossierSelfAssessment {
    struct Sheet {
        let set: CriteriaSet
        let productSet: ProductSet
        let outcome: SheetTrial.Outcome
        let answers: AnswerSet
        let facts: ProducerFacts

        /// Every applicable criterion answered on a usable sheet.
        var isComplete: Bool {
            !answers.answers.isEmpty && outcome.unusable.isEmpty && outcome.missing.isEmpty && outcome.invalid.isEmpty
                && outcome.result != nil
        }
    }

    /// The sheet, or why there is none, in Vietnamese.
    static func sheet(_ dossier: DossierRecord, product: ProductRecord, answers: AnswerSet? = nil, facts: ProducerFacts? = nil,
                      on db: Database) async throws -> Result<Sheet, Refusal> {
        let set: CriteriaSet, productSet: ProductSet
        switch productSheet(dossier, product: product, in: try await criteriaSet(of: dossier, on: db)) {
        case .failure(let refusal): return .failure(refusal)
        case .success(let found): (set, productSet) = found
        }
        let answers = try answers ?? dossier.answers
        let facts = try facts ?? dossier.facts ?? ProducerFacts(hasRegisteredTrademark: product.trademark == .registered)
        let outcome = SheetTrial.evaluate(productSet, in: set, answers: answers, facts: facts)
        return .success(Sheet(set: set, productSet: productSet, outcome: outcome, answers: answers, facts: facts))
    }

    /// The criteria set version the dossier keeps (copied from its round), nil when it is gone.
    static func criteriaSet(of dossier: DossierRecord, on db: Database) async throws -> CriteriaSet? {
        try await CriteriaSetRecord.query(on: db).filter(\.$code == dossier.criteriaSetCode)
            .filter(\.$version == dossier.criteriaSetVersion).first().map(CriteriaStore.load)
    }

    /// The sheet of the product's product set in `set` (the dossier's criteria set), or why there is
    /// none; no scoring, for callers that load the set once for many dossiers (the council's board).
    static func productSheet(_ dossier: DossierRecord, product: ProductRecord, in set: CriteriaSet?) -> Result<(CriteriaSet, ProductSet), Refusal> {
        guard let set else {
            return .failure(Refusal(.content, "Không tìm thấy bộ tiêu chí \(dossier.criteriaSetCode) phiên bản \(dossier.criteriaSetVersion) của đợt đăng ký."))
        }
        guard let productSet = set.productSet(code: product.productSetCode) else {
            return .failure(Refusal(.content, "Bộ tiêu chí \(set.name) (phiên bản \(set.version)) của đợt đăng ký không có bộ sản phẩm «\(product.productSetCode)» của sản phẩm; vui lòng liên hệ UBND xã."))
        }
        return .success((set, productSet))
    }

    /// What still keeps the self-assessment from being complete, one line each.
    static func problems(_ sheet: Result<Sheet, Refusal>) -> [String] {
        switch sheet {
        case .failure(let problem): return [problem.message]
        case .success(let sheet):
            if !sheet.outcome.unusable.isEmpty { return ["Phiếu đánh giá của bộ sản phẩm có lỗi nên chưa dùng để tự đánh giá được."] }
            if sheet.answers.answers.isEmpty { return ["Chưa tự đánh giá sản phẩm."] }
            var lines: [String] = []
            if !sheet.outcome.missing.isEmpty {
                lines.append("Phiếu tự đánh giá còn \(sheet.outcome.missing.count) tiêu chí chưa chọn: \(sheet.outcome.missing.joined(separator: ", ")).")
            }
            if !sheet.outcome.invalid.isEmpty {
                lines.append("Phiếu tự đánh giá có trả lời không hợp lệ: \(sheet.outcome.invalid.joined(separator: "; ")).")
            }
            return lines
        }
    }

    /// One line for the dossier page, the ZIP index and the commune's report: the result, or what is missing.
    static func summary(_ sheet: Result<Sheet, Refusal>) -> String {
        let problems = problems(sheet)
        guard case .success(let value) = sheet, let result = value.outcome.result, problems.isEmpty else {
            return problems.joined(separator: " ")
        }
        return "Đã tự đánh giá: \(result.explanation)"
    }

    /// "86 điểm – 4★", for lists and letters.
    static func shortSummary(_ sheet: Result<Sheet, Refusal>) -> String {
        guard problems(sheet).isEmpty, case .success(let value) = sheet, let result = value.outcome.result else {
            return "Chưa tự đánh giá đủ"
        }
        return "\(result.total.vietnamese) điểm – " + (result.finalStar.map { "\($0)" } ?? "chưa đạt hạng")
    }
}
