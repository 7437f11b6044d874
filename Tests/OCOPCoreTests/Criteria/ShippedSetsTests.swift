import Foundation
import Testing
@testable import OCOPCore

/// The sets issue 11 ships besides 26/2026's first version: its corrected reading (PROVENANCE's
/// corrections, one by one), the unofficial 148 copy and 1048 read with numbered items as sub-criteria.
@Suite("Bộ tiêu chí kèm theo: bản đính chính 26/2026, bản chép 148, 1048 đọc tiêu chí con")
struct ShippedSetsTests {
    static let unofficial148: CriteriaSet = try! Law26Importer.importSet(
        criteria: Law26Fixtures.dataFolder.appendingPathComponent("qd148-2023-unofficial.json"),
        classification: Law26Fixtures.dataFolder.appendingPathComponent("classification-qd26-2026.json"),
        edition: .qd148Unofficial).criteriaSet
    static let legacySubCriteria: CriteriaSet = try! Legacy1048Importer.importSet(
        contentsOf: Fixtures.legacy1048URL, reading: .numberedCasesAsSubCriteria).criteriaSet

    @Test func theFiveCorrectionsLeaveNoDefect() {
        let corrected = Law26Correction.qd26Copy.reduce(Law26Fixtures.set) { $1.applied(to: $0) }
        #expect(CriteriaSetValidator.validate(corrected).defects.map(\.message) == [])
        #expect(CompiledSheet.compileAll(corrected).count == 26)
    }

    /// Each correction removes the defects of its own product sets and no other: a reason is attached
    /// to exactly the change it explains.
    @Test func eachCorrectionFixesOnlyItsProductSets() {
        var set = Law26Fixtures.set
        for correction in Law26Correction.qd26Copy {
            let before = CriteriaSetValidator.validate(set)
            let after = CriteriaSetValidator.validate(correction.applied(to: set))
            let fixed = Set(before.defects.map(\.message)).subtracting(after.defects.map(\.message))
            #expect(!fixed.isEmpty, "\(correction.reason)")
            #expect(Set(after.defects.map(\.message)).isSubset(of: before.defects.map(\.message)))
            let touched = Set(before.defects.filter { fixed.contains($0.message) }.compactMap(\.location.productSet))
            #expect(touched.isSubset(of: correction.productSets), "\(correction.reason)")
            set = correction.applied(to: set)
        }
    }

    @Test func honeyNutritionGetsThreePoints() throws {
        let corrected = Law26Correction.qd26Copy[0].applied(to: Law26Fixtures.set)
        let honey = try #require(corrected.productSet(code: "I.2.b"))
        let option = try #require(honey.sheet.criteria.flatMap(\.allOptions).first { $0.text == "Có trên 2 chỉ tiêu" })
        #expect(option.points == 3 && option.sourcePointsRaw == nil)
    }

    @Test func unofficial148IsLabelledAndDated() throws {
        let set = Self.unofficial148
        #expect(set.id == "QD148-2023")
        #expect(set.isUnofficialCopy && set.name.hasSuffix("(bản chép không chính thức)"))
        #expect(set.legalBasis.contains("KHÔNG CHÍNH THỨC"))
        #expect(set.effectiveFrom == CalendarDay(year: 2023, month: 2, day: 24))
        #expect(set.effectiveTo == CalendarDay(year: 2026, month: 7, day: 21))
        #expect(set.productSets.count == 26)
        #expect(set.productSets.allSatisfy { $0.responsibleAuthority == nil })
        #expect(set.partMaxima.map(\.maxPoints) == [40, 25, 35])
        #expect(!Law26Fixtures.set.isUnofficialCopy)
    }

    /// PROVENANCE: 20 of 26 sets add up; tea, herbal tea, coffee (Part C), set 7 ("Mùi"), sets 17, 18 ("l", "t").
    @Test func unofficial148DefectsAreTheListedOnes() {
        let report = CriteriaSetValidator.validate(Self.unofficial148)
        #expect(report.setDefects.isEmpty)
        #expect(Set(report.defectiveProductSets) == ["I.3.c", "I.5.a", "I.5.b", "I.6", "II.2.b", "III.1"])
        #expect(report.defects(inProductSet: "II.2.b").contains { $0.message.contains("l") })
    }

    @Test func legacy1048TeaAddsUpWhenNumberedItemsAreSubCriteria() throws {
        let set = Self.legacySubCriteria
        #expect(set.version == 2 && set.effectiveTo == CalendarDay(year: 2023, month: 2, day: 23))
        let tea = try #require(set.productSets.first { $0.name == "Chè tươi, chế biến" })
        let looks = try #require(tea.sheet.parts.flatMap(\.sections).flatMap(\.criteria).first { $0.code == "C.6.1" })
        #expect(looks.alternatives.isEmpty && looks.subCriteria.count > 1)
        #expect(looks.subCriteria.allSatisfy { $0.code.hasPrefix("C.6.1.") })
        let report = CriteriaSetValidator.validate(set)
        #expect(report.defects(inProductSet: tea.code).map(\.message) == [])
        let before = CriteriaSetValidator.validate(Fixtures.legacy1048.criteriaSet)
        #expect(report.defectiveProductSets.count < before.defectiveProductSets.count)
        #expect(Set(report.defectiveProductSets).isSubset(of: before.defectiveProductSets))
    }
}
