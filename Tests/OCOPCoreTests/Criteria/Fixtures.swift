import Foundation
@testable import OCOPCore

/// Small hand-built sets for unit tests, and the path of the shipped 1048 data.
enum Fixtures {
    static func option(_ id: String, _ points: Points, _ text: String? = nil, knockOut: Bool = false) -> ScoringOption {
        ScoringOption(id: id, text: text ?? "Phương án \(id)", points: points, isKnockOut: knockOut)
    }

    /// Options "1", "2", ... with the given points.
    static func criterion(_ code: String, _ points: [Points], appliesWhen: ApplicabilityRule? = nil,
                          mandatory: MandatoryRule? = nil) -> Criterion {
        Criterion(code: code, text: "Tiêu chí \(code)",
                  options: points.enumerated().map { option("\($0.offset + 1)", $0.element) },
                  appliesWhen: appliesWhen, mandatory: mandatory)
    }

    static func part(_ code: String, _ max: Points, _ criteria: [Criterion]) -> SheetPart {
        SheetPart(code: code, name: "Phần \(code)", maxPoints: max, sections: [SheetSection(title: "Mục \(code)", criteria: criteria)])
    }

    static func set(_ productSets: [ProductSet], maxima: [Points] = [40, 25, 35],
                    factGates: [FactGate] = [FactGate(fact: .hasRegisteredTrademark, requiredFrom: .four)],
                    bonusRules: [BonusRule] = []) -> CriteriaSet {
        CriteriaSet(
            id: "TEST", version: 1, name: "Bộ tiêu chí thử", legalBasis: "Kiểm thử",
            partMaxima: zip(["A", "B", "C"], maxima).map { PartMaximum(part: $0, name: "Phần \($0)", maxPoints: $1) },
            factGates: factGates, bonusRules: bonusRules,
            groups: [ProductGroup(code: "I", name: "Thực phẩm", subGroups: [
                ProductSubGroup(code: "I.1", name: "Phân nhóm thử", productSets: productSets),
            ])])
    }

    /// A valid 40/25/35 sheet exercising every feature:
    /// A.1 mandatory for 3★ (must score > 0) · A.2 alternative cases · A.4 applies only when A.3 = "2" ·
    /// B.2 has a half-point option · C.1 has a knock-out option.
    static let demoSheet = ScoringSheet(parts: [
        part("A", 40, [
            criterion("A.1", [0, 5, 10], mandatory: MandatoryRule(gatesStar: .three)),
            Criterion(code: "A.2", text: "Tiêu chí có hai trường hợp", alternatives: [
                AlternativeCase(id: "1", text: "Sản xuất tại chỗ", options: [option("1.1", 0), option("1.2", 5)]),
                AlternativeCase(id: "2", text: "Thuê gia công", options: [option("2.1", 2), option("2.2", 10)]),
            ]),
            criterion("A.3", [0, 10]),
            criterion("A.4", [0, 10], appliesWhen: ApplicabilityRule(criterionCode: "A.3", optionIDs: ["2"])),
        ]),
        part("B", 25, [
            criterion("B.1", [0, 5, 10, 15]),
            criterion("B.2", [0, Points(hundredths: 250), 10]),
        ]),
        part("C", 35, [
            Criterion(code: "C.1", text: "Tạp chất lạ", options: [
                option("1", 0, "Có tạp chất, không chấp nhận được", knockOut: true),
                option("2", 3, "Có rất ít tạp chất, chấp nhận được"),
                option("3", 5, "Sạch, không có tạp chất"),
            ]),
            criterion("C.2", [0, 10, 15]),
            criterion("C.3", [0, 5, 15]),
        ]),
    ])

    static let demoSet = set([ProductSet(code: "demo", name: "Bộ sản phẩm thử", sheet: demoSheet)],
                             bonusRules: [BonusRule(fact: .representativeIsWoman, points: 1),
                                          BonusRule(fact: .representativeIsEthnicMinority, points: 1)])

    static var demoCompiled: CompiledSheet { try! CompiledSheet(demoSet.productSets[0], in: demoSet) }

    /// Every criterion at its best option: 100 points.
    static let maxAnswers: AnswerSet = [
        "A.1": Answer(optionID: "3"), "A.2": Answer(optionID: "2.2", caseID: "2"), "A.3": Answer(optionID: "2"),
        "A.4": Answer(optionID: "2"), "B.1": Answer(optionID: "4"), "B.2": Answer(optionID: "3"),
        "C.1": Answer(optionID: "3"), "C.2": Answer(optionID: "3"), "C.3": Answer(optionID: "3"),
    ]

    /// `maxAnswers` with some answers replaced.
    static func answers(_ changes: [String: Answer?]) -> AnswerSet {
        var answers = maxAnswers
        for (code, answer) in changes { answers[code] = answer }
        return answers
    }

    /// The shipped 1048 transcription, found from this file so tests run from any directory.
    static var legacy1048URL: URL {
        let here = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath()
        return here.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Sources/OCOPApp/Resources/reference/qd1048-2019.json")
    }

    static let legacy1048: Legacy1048Importer.Import = try! Legacy1048Importer.importSet(contentsOf: legacy1048URL)
}
