/// Phiếu đã biên dịch: a validated sheet turned into flat arrays, so that scoring one filled sheet
/// is a single pass of array reads with no string hashing and no allocation beyond the result.
///
/// Only a sheet without defects compiles: "a sheet that does not add up is defective and must not
/// be used for scoring". Compile once per product set and reuse; the value is immutable and Sendable.
public struct CompiledSheet: Sendable {
    public let criteriaSetID: String
    public let criteriaSetVersion: Int
    public let productSetCode: String
    public let productSetName: String
    /// The source criteria, in sheet order, for messages and advice.
    public let criteria: [Criterion]
    public let parts: [PartMaximum]
    public let starBands: [StarBand]
    public let recognitionThreshold: Star
    public let factGates: [FactGate]
    public let bonusRules: [BonusRule]
    public let maxTotal: Points

    // Per criterion, in sheet order.
    let codeIndex: [String: Int]
    let partOf: [Int]
    let optionStart: [Int]
    let optionCount: [Int]
    /// Index of the criterion an applicability rule looks at, -1 when always applicable.
    let ruleSource: [Int]
    /// Offset into `ruleAllows` of this criterion's rule, a flag per option of the source criterion.
    let ruleAllowsStart: [Int]
    // Per option, flattened over all criteria (global index = optionStart[c] + local index).
    let points: [Int]
    let knockOut: [Bool]
    /// Index of the alternative case the option belongs to, -1 for plain options.
    let caseOf: [Int]
    /// Option ids, flattened like `points`, so that resolving an answer allocates nothing.
    let optionIDs: [String]
    let ruleAllows: [Bool]
    let mandatory: [CompiledMandatory]

    struct CompiledMandatory: Sendable {
        let criterion: Int
        let gatesStar: Star
        /// Offset into `mandatoryAllows` (a flag per option of the criterion), -1 for "more than 0 points".
        let allowsStart: Int
    }
    let mandatoryAllows: [Bool]

    /// A star minimum (26/2026 "dấu sao"): criterion `criterion` must score at least `minPoints`
    /// (the points of its marked option `option`) for the product to be rated `star` or above.
    struct CompiledMinimum: Sendable {
        let criterion: Int
        let star: Star
        let option: Int
        let minPoints: Int
    }
    /// In sheet order, then star; empty for a set without star marks, which then scores as before.
    let minimums: [CompiledMinimum]

    /// Compiles a product set of `set`, or throws its defects (and the set's) when it is not usable.
    public init(_ productSet: ProductSet, in set: CriteriaSet) throws(SheetNotUsable) {
        let defects = CriteriaSetValidator.validate(productSet, in: set)
        guard defects.isEmpty else { throw SheetNotUsable(productSetCode: productSet.code, defects: defects) }
        criteriaSetID = set.id
        criteriaSetVersion = set.version
        productSetCode = productSet.code
        productSetName = productSet.name
        starBands = set.starBands.sorted { $0.lowerBound < $1.lowerBound }
        recognitionThreshold = set.recognitionThreshold
        factGates = set.factGates
        bonusRules = set.bonusRules
        maxTotal = set.maxTotal
        // Parts in the set's order; the sheet's parts are validated to be exactly these.
        parts = set.partMaxima

        var criteria: [Criterion] = [], partOf: [Int] = [], codeIndex: [String: Int] = [:]
        for part in productSet.sheet.parts {
            let partIndex = set.partMaxima.firstIndex { $0.part == part.code }!
            for criterion in part.criteria {
                codeIndex[criterion.code] = criteria.count
                criteria.append(criterion)
                partOf.append(partIndex)
            }
        }
        var optionStart: [Int] = [], optionCount: [Int] = [], points: [Int] = [], knockOut: [Bool] = [], caseOf: [Int] = []
        var optionIDs: [String] = []
        for criterion in criteria {
            optionStart.append(points.count)
            optionCount.append(criterion.allOptions.count)
            optionIDs += criterion.allOptions.map(\.id)
            for option in criterion.options {
                points.append(option.points.hundredths); knockOut.append(option.isKnockOut); caseOf.append(-1)
            }
            for (caseIndex, alternative) in criterion.alternatives.enumerated() {
                for option in alternative.options {
                    points.append(option.points.hundredths); knockOut.append(option.isKnockOut); caseOf.append(caseIndex)
                }
            }
        }
        var ruleSource: [Int] = [], ruleAllowsStart: [Int] = [], ruleAllows: [Bool] = []
        var mandatory: [CompiledMandatory] = [], mandatoryAllows: [Bool] = []
        var minimums: [CompiledMinimum] = []
        for (index, criterion) in criteria.enumerated() {
            if let rule = criterion.appliesWhen, let source = codeIndex[rule.criterionCode] {
                ruleSource.append(source)
                ruleAllowsStart.append(ruleAllows.count)
                ruleAllows += criteria[source].allOptions.map { rule.optionIDs.contains($0.id) }
            } else {
                ruleSource.append(-1)
                ruleAllowsStart.append(-1)
            }
            if let rule = criterion.mandatory {
                if rule.requiredOptionIDs.isEmpty {
                    mandatory.append(CompiledMandatory(criterion: index, gatesStar: rule.gatesStar, allowsStart: -1))
                } else {
                    mandatory.append(CompiledMandatory(criterion: index, gatesStar: rule.gatesStar, allowsStart: mandatoryAllows.count))
                    mandatoryAllows += criterion.allOptions.map { rule.requiredOptionIDs.contains($0.id) }
                }
            }
            for (local, option) in criterion.allOptions.enumerated() {
                guard let star = option.minForStar else { continue }
                minimums.append(CompiledMinimum(criterion: index, star: star, option: local, minPoints: option.points.hundredths))
            }
        }
        self.criteria = criteria
        self.codeIndex = codeIndex
        self.partOf = partOf
        self.optionStart = optionStart
        self.optionCount = optionCount
        self.points = points
        self.knockOut = knockOut
        self.caseOf = caseOf
        self.optionIDs = optionIDs
        self.ruleSource = ruleSource
        self.ruleAllowsStart = ruleAllowsStart
        self.ruleAllows = ruleAllows
        self.mandatory = mandatory
        self.mandatoryAllows = mandatoryAllows
        self.minimums = minimums.sorted { ($0.criterion, $0.star) < ($1.criterion, $1.star) }
    }

    /// Compiles every usable product set of `set`, keyed by product set code; defective ones are left out.
    public static func compileAll(_ set: CriteriaSet) -> [String: CompiledSheet] {
        var sheets: [String: CompiledSheet] = [:]
        for productSet in set.productSets {
            if let sheet = try? CompiledSheet(productSet, in: set) { sheets[productSet.code] = sheet }
        }
        return sheets
    }

    public var criterionCount: Int { criteria.count }

    /// Position of a criterion in sheet order.
    public func index(ofCriterion code: String) -> Int? { codeIndex[code] }

    /// Resolves an answer set to option indices; unknown criteria, options or mismatched cases are invalid.
    /// Missing answers are not reported here: whether a criterion must be answered depends on the
    /// scoring pass (applicability, knock-outs).
    public func index(_ answers: AnswerSet) throws(AnswerSetError) -> IndexedAnswers {
        var choices = [Int32](repeating: -1, count: criteria.count)
        var invalid: [InvalidAnswer] = []
        for (code, answer) in answers.answers {
            guard let c = codeIndex[code] else {
                invalid.append(InvalidAnswer(criterionCode: code, reason: "phiếu không có tiêu chí này"))
                continue
            }
            let start = optionStart[c]
            guard let global = optionIDs[start..<(start + optionCount[c])].firstIndex(of: answer.optionID) else {
                invalid.append(InvalidAnswer(criterionCode: code, reason: "không có phương án «\(answer.optionID)»"))
                continue
            }
            let local = global - start
            let caseIndex = caseOf[global]
            if caseIndex >= 0 {
                let expected = criteria[c].alternatives[caseIndex].id
                guard let chosen = answer.caseID else {
                    invalid.append(InvalidAnswer(criterionCode: code, reason: "chưa chọn trường hợp"))
                    continue
                }
                guard chosen == expected else {
                    invalid.append(InvalidAnswer(criterionCode: code,
                        reason: "phương án «\(answer.optionID)» không thuộc trường hợp «\(chosen)»"))
                    continue
                }
            }
            choices[c] = Int32(local)
        }
        if !invalid.isEmpty {
            throw AnswerSetError(invalid: invalid.sorted { (codeIndex[$0.criterionCode] ?? .max, $0.criterionCode) < (codeIndex[$1.criterionCode] ?? .max, $1.criterionCode) })
        }
        return IndexedAnswers(choices: choices)
    }

    /// The answer set that `choices` stands for (the inverse of `index(_:)`).
    public func answerSet(_ indexed: IndexedAnswers) -> AnswerSet {
        var answers: [String: Answer] = [:]
        for (c, choice) in indexed.choices.enumerated() where choice >= 0 && Int(choice) < optionCount[c] {
            let criterion = criteria[c]
            let caseIndex = caseOf[optionStart[c] + Int(choice)]
            answers[criterion.code] = Answer(optionID: criterion.allOptions[Int(choice)].id,
                                             caseID: caseIndex >= 0 ? criterion.alternatives[caseIndex].id : nil)
        }
        return AnswerSet(answers)
    }

    /// The star whose band holds `total` (the top band includes its upper bound).
    public func bandStar(for total: Points) -> Star {
        for band in starBands where total >= band.lowerBound && total < band.upperBound { return band.star }
        if let top = starBands.last, total >= top.upperBound { return top.star }
        return starBands.first?.star ?? .one
    }

    /// Lowest total of a star's band, nil when the set has no band for it.
    public func lowerBound(of star: Star) -> Points? { starBands.first { $0.star == star }?.lowerBound }
}

/// Phiếu không dùng được: a product set whose sheet (or set) has defects, so it cannot be used for scoring.
public struct SheetNotUsable: Error, Sendable, Equatable, CustomStringConvertible {
    public var productSetCode: String
    public var defects: [Defect]

    public var description: String {
        "Không thể dùng phiếu «\(productSetCode)» để chấm điểm: " + defects.map(\.message).joined(separator: "; ")
    }
}
