import Testing
@testable import OCOPCore

@Suite("Kiểm tra bộ tiêu chí")
struct ValidatorTests {
    typealias F = Fixtures

    /// The set with one product set whose sheet is `sheet`.
    func setWith(_ sheet: ScoringSheet, maxima: [Points] = [40, 25, 35]) -> CriteriaSet {
        F.set([ProductSet(code: "x", name: "Bộ X", sheet: sheet)], maxima: maxima)
    }

    func kinds(_ set: CriteriaSet) -> [DefectKind] { CriteriaSetValidator.validate(set).defects.map(\.kind) }

    @Test func demoSetIsValid() {
        #expect(CriteriaSetValidator.validate(F.demoSet).defects == [])
    }

    @Test func partThatDoesNotAddUpSaysWhichPartExpectedAndFound() {
        var sheet = F.demoSheet
        sheet.parts[2] = F.part("C", 28, [F.criterion("C.1", [0, 5]), F.criterion("C.2", [0, 15])])
        let defects = CriteriaSetValidator.validate(setWith(sheet)).defects
        #expect(defects.map(\.message) == [
            "Phần C: điểm tối đa khai báo là 28, khác với 35 theo bộ tiêu chí",
            "Phần C: tổng điểm tối đa của các tiêu chí là 20, khác với 28 đã khai báo",
        ])
        #expect(defects.allSatisfy { $0.location == DefectLocation(productSet: "x", productSetName: "Bộ X", part: "C") })
        #expect(defects[1].description == "Bộ sản phẩm «Bộ X»: Phần C: tổng điểm tối đa của các tiêu chí là 20, khác với 28 đã khai báo")
    }

    @Test func alternativesCountTheirBestCaseOnly() {
        // A.2's cases have maxima 5 and 10: the part adds up with 10, not 15.
        #expect(F.demoSheet.parts[0].criteriaMaximum == Points(40))
        var sheet = F.demoSheet
        sheet.parts[0].maxPoints = 45
        #expect(kinds(setWith(sheet)) == [.partMaxDiffersFromSet, .partSumMismatch])
    }

    @Test func partMaximaOfTheSetMustSumTo100() {
        let set = setWith(F.demoSheet, maxima: [40, 25, 30])
        let defects = CriteriaSetValidator.validate(set).defects
        #expect(defects.first == Defect(.partMaximaSum, "Tổng điểm tối đa các phần của bộ tiêu chí là 95 (A 40, B 25, C 30), phải bằng 100"))
        #expect(defects.map(\.kind).contains(.partMaxDiffersFromSet))
    }

    @Test func emptySheetAndEmptyPart() {
        #expect(kinds(setWith(ScoringSheet())) == [.emptySheet])
        var sheet = F.demoSheet
        sheet.parts[1].sections = []
        #expect(kinds(setWith(sheet)) == [.emptyPart])
    }

    @Test func setWithoutProductSetsAndGroupsWithoutSets() {
        let set = F.set([])
        #expect(kinds(set) == [.noProductSets, .emptyGroup])
    }

    @Test func criterionWithoutOptionsOrWithBothShapes() {
        var sheet = F.demoSheet
        sheet.parts[1].sections[0].criteria.append(Criterion(code: "B.3", text: "Trống"))
        #expect(kinds(setWith(sheet)) == [.criterionWithoutOptions])
        sheet = F.demoSheet
        sheet.parts[1].sections[0].criteria[0].alternatives = [AlternativeCase(id: "1", text: "T", options: [])]
        #expect(Set(kinds(setWith(sheet))) == [.optionsAndAlternatives, .emptyAlternative])
    }

    @Test func duplicateCodesOptionsAndCases() {
        var sheet = F.demoSheet
        sheet.parts[2].sections[0].criteria[2].code = "A.1"
        let defects = CriteriaSetValidator.validate(setWith(sheet)).defects
        #expect(defects == [Defect(.duplicateCriterionCode, "Mã tiêu chí A.1 bị trùng",
                                   at: DefectLocation(productSet: "x", productSetName: "Bộ X", part: "C", criterion: "A.1"))])
        sheet = F.demoSheet
        sheet.parts[0].sections[0].criteria[1].alternatives[1].options[0].id = "1.1"
        sheet.parts[0].sections[0].criteria[1].alternatives[1].id = "1"
        #expect(Set(kinds(setWith(sheet))) == [.duplicateOptionID, .duplicateCaseID])
        sheet = F.demoSheet
        sheet.parts[0].sections[0].criteria[0].code = ""
        #expect(kinds(setWith(sheet)).contains(.emptyCriterionCode))
    }

    @Test func applicabilityRulesMustPointToEarlierExistingCriteriaAndOptions() {
        func withRule(_ rule: ApplicabilityRule, on index: Int) -> [Defect] {
            var sheet = F.demoSheet
            sheet.parts[0].sections[0].criteria[index].appliesWhen = rule
            return CriteriaSetValidator.validate(setWith(sheet)).defects
        }
        #expect(withRule(ApplicabilityRule(criterionCode: "Z.9", optionIDs: ["1"]), on: 3).map(\.message)
                == ["Tiêu chí A.4 chỉ áp dụng theo tiêu chí Z.9, nhưng phiếu không có tiêu chí này"])
        #expect(withRule(ApplicabilityRule(criterionCode: "A.3", optionIDs: ["7"]), on: 3).map(\.message)
                == ["Tiêu chí A.4 chỉ áp dụng khi tiêu chí A.3 chọn phương án «7», nhưng tiêu chí đó không có phương án này"])
        #expect(withRule(ApplicabilityRule(criterionCode: "A.4", optionIDs: ["2"]), on: 0).map(\.kind) == [.applicabilityNotEarlier])
        #expect(withRule(ApplicabilityRule(criterionCode: "A.4", optionIDs: ["2"]), on: 3).map(\.kind) == [.applicabilityNotEarlier])
    }

    @Test func starBandsWithGapOverlapOrPartialCoverage() {
        var set = F.demoSet
        set.starBands[1].upperBound = 45  // 2★ 30–45, 3★ from 50: gap
        #expect(CriteriaSetValidator.validate(set).defects.map(\.message)
                == ["Khung điểm bị hở: từ 45 đến dưới 50 không thuộc hạng sao nào (giữa 2★ và 3★)"])
        set = F.demoSet
        set.starBands[1].lowerBound = Points(hundredths: 3001)  // even a hundredth of a point uncovered is a gap
        #expect(CriteriaSetValidator.validate(set).defects.map(\.message)
                == ["Khung điểm bị hở: từ 30 đến dưới 30,01 không thuộc hạng sao nào (giữa 1★ và 2★)"])
        set = F.demoSet
        set.starBands[3].lowerBound = 65  // 4★ from 65 while 3★ runs to 70: overlap
        #expect(CriteriaSetValidator.validate(set).defects.map(\.message)
                == ["Khung điểm bị chồng lấn: từ 65 đến dưới 70 thuộc cả 3★ và 4★"])
        set = F.demoSet
        set.starBands[0].lowerBound = 10
        set.starBands[4].upperBound = 95
        #expect(CriteriaSetValidator.validate(set).defects.map(\.kind) == [.starBandCoverage, .starBandCoverage])
        set = F.demoSet
        set.starBands = []
        #expect(CriteriaSetValidator.validate(set).defects.map(\.kind) == [.starBandCoverage])
        set = F.demoSet
        set.starBands[2].star = .five
        #expect(CriteriaSetValidator.validate(set).defects.map(\.kind) == [.starBandOrder, .starBandOrder])
        set = F.demoSet
        set.starBands[2].upperBound = 50
        #expect(CriteriaSetValidator.validate(set).defects.map(\.kind).contains(.starBandEmpty))
    }

    @Test func partsMustMatchTheSet() {
        var sheet = F.demoSheet
        sheet.parts[2].code = "D"
        #expect(Set(kinds(setWith(sheet))) == [.unknownPart, .missingPart])
        sheet = F.demoSheet
        sheet.parts.append(sheet.parts[2])
        let found = kinds(setWith(sheet))
        #expect(found.first == .duplicatePart)
        #expect(found.filter { $0 == .duplicateCriterionCode }.count == 3)
    }

    @Test func pointsMandatoryBonusAndPeriod() {
        var sheet = F.demoSheet
        sheet.parts[1].sections[0].criteria[0].options[0].points = Points(-5)
        #expect(kinds(setWith(sheet)) == [.negativePoints])
        sheet = F.demoSheet
        sheet.parts[0].sections[0].criteria[0].mandatory = MandatoryRule(gatesStar: .four, requiredOptionIDs: ["9"])
        #expect(kinds(setWith(sheet)) == [.mandatoryMissingOption])
        var set = F.demoSet
        set.bonusRules = [BonusRule(fact: .representativeIsWoman, points: 0)]
        set.effectiveFrom = CalendarDay(year: 2024, month: 1, day: 1)
        set.effectiveTo = CalendarDay(year: 2023, month: 12, day: 31)
        set.version = 0
        #expect(kinds(set) == [.invalidVersion, .invalidPeriod, .invalidBonus])
    }

    @Test func duplicateProductSetCodes() {
        let set = F.set([ProductSet(code: "x", name: "A", sheet: F.demoSheet), ProductSet(code: "x", name: "B", sheet: F.demoSheet)])
        #expect(kinds(set) == [.duplicateProductSetCode])
        #expect(CriteriaSetValidator.validate(set).defectiveProductSets == ["x"])
    }

    @Test func defectiveSheetDoesNotCompile() {
        var sheet = F.demoSheet
        sheet.parts[1].maxPoints = 20
        let set = setWith(sheet)
        #expect(throws: SheetNotUsable.self) { try CompiledSheet(set.productSets[0], in: set) }
        #expect(CompiledSheet.compileAll(set).isEmpty)
        #expect(CompiledSheet.compileAll(F.demoSet).keys.sorted() == ["demo"])
    }
}
