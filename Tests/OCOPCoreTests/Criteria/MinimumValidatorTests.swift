import Testing
@testable import OCOPCore

/// The validator on the shapes schema 2 adds, on hand-built sheets.
@Suite("Kiểm tra lược đồ 2")
struct MinimumValidatorTests {
    func defects(_ criterion: Criterion, filler: Points) -> [Defect] {
        let sheet = ScoringSheet(parts: [
            Fixtures.part("A", 40, [criterion, Fixtures.criterion("A.9", [0, filler])]),
            Fixtures.part("B", 25, [Fixtures.criterion("B.1", [0, 25])]),
            Fixtures.part("C", 35, [Fixtures.criterion("C.1", [0, 35])]),
        ])
        let set = Fixtures.set([ProductSet(code: "x", name: "Thử", sheet: sheet)])
        return CriteriaSetValidator.validate(set.productSets[0], in: set)
    }

    @Test func twoMarksForOneStar() {
        var criterion = Fixtures.criterion("A.1", [0, 5, 10])
        criterion.options[1].minForStar = .four
        criterion.options[2].minForStar = .four
        #expect(defects(criterion, filler: 30).map(\.kind) == [.minimumDuplicateStar])
    }

    @Test func aHigherStarAskingForLess() {
        var criterion = Fixtures.criterion("A.1", [0, 5, 10])
        criterion.options[2].minForStar = .four
        criterion.options[1].minForStar = .five
        let found = defects(criterion, filler: 30)
        #expect(found.map(\.kind) == [.minimumsOutOfOrder])
        #expect(found.first?.message == "Tiêu chí A.1: mức tối thiểu cho 5★ («Phương án 2», 5 điểm) thấp hơn mức cho 4★ («Phương án 3», 10 điểm)")
    }

    @Test func subCriteriaAddUpToTheirHeading() {
        let heading = Criterion(code: "A.1", text: "Ngoại hình", declaredMaxPoints: 12,
                                subCriteria: [Fixtures.criterion("A.1.1", [0, 5]), Fixtures.criterion("A.1.2", [0, 5])])
        let found = defects(heading, filler: 30)
        #expect(found.map(\.kind) == [.criterionMaxMismatch])
        #expect(found.first?.message == "Tiêu chí A.1: điểm tối đa in trên phiếu là 12, nhưng tổng điểm tối đa các tiêu chí con là 10")
        var withOptions = heading
        withOptions.declaredMaxPoints = 10
        #expect(defects(withOptions, filler: 30) == [])
        withOptions.options = [Fixtures.option("1", 0)]
        #expect(defects(withOptions, filler: 30).map(\.kind) == [.subCriteriaAndOptions])
    }

    @Test func aYesNoCriterionNeedsItsTwoOptions() {
        #expect(defects(YesNo.criterion(code: "A.1", text: "Song ngữ", maximum: 1), filler: 39) == [])
        var broken = YesNo.criterion(code: "A.1", text: "Song ngữ", maximum: 1)
        broken.options[1].points = 2
        #expect(defects(broken, filler: 38).map(\.kind) == [.yesNoShape, .optionAboveMaximum, .criterionMaxMismatch])
    }

    @Test func aSectionMaximumThatDoesNotAddUp() {
        var sheet = Fixtures.demoSheet
        sheet.parts[1].sections[0].maxPoints = 20
        let set = Fixtures.set([ProductSet(code: "demo", name: "Thử", sheet: sheet)])
        let found = CriteriaSetValidator.validate(set.productSets[0], in: set)
        #expect(found.map(\.message) == ["Phần B, mục «Mục B»: tổng điểm tối đa của các tiêu chí là 25, khác với 20 in trên phiếu"])
    }
}
