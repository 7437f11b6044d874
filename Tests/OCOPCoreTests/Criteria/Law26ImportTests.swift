import Testing
@testable import OCOPCore

@Suite("Nhập bộ tiêu chí 26/2026")
struct Law26ImportTests {
    var set: CriteriaSet { Law26Fixtures.set }

    @Test func identityPeriodAndMaxima() {
        #expect(set.id == "QD26-2026")
        #expect(set.scope == .national)
        #expect(set.effectiveFrom == CalendarDay(year: 2026, month: 5, day: 22))
        #expect(set.partMaxima.map(\.maxPoints) == [40, 25, 35])
        #expect(set.factGates == [] && set.bonusRules == [])
        #expect(set.status == .draft)
    }

    /// Phụ lục I: 6 ngành → 17 nhóm → 26 product sets, each with its responsible ministry.
    @Test func classificationTree() throws {
        #expect(set.groups.map(\.code) == ["I", "II", "III", "IV", "V", "VI"])
        #expect(set.groups.flatMap(\.subGroups).count == 17)
        #expect(set.productSets.count == 26)
        #expect(set.productSet(code: "I.3.a")?.responsibleAuthority == "Bộ Công Thương")
        #expect(set.productSet(code: "II.2.a")?.responsibleAuthority == "Bộ Y tế")
        #expect(set.productSets.allSatisfy { $0.responsibleAuthority?.isEmpty == false })
        let coffee = try #require(set.groups[0].subGroups.first { $0.code == "I.6" })
        #expect(coffee.productSets.map(\.code) == ["I.6"])
        #expect(Law26Fixtures.imported.remarks.allSatisfy { !$0.contains("Phụ lục I có") && !$0.contains("không có trong cây") })
    }

    @Test func eliminationRulesStayText() throws {
        let vegetables = try #require(set.productSet(code: "I.1.a"))
        #expect(vegetables.sheet.eliminationRules.count == 1)
        #expect(vegetables.sheet.eliminationRules[0].hasPrefix("Hồ sơ bị loại khi"))
    }

    @Test func starMarksBecomeMinimumsPerStar() throws {
        let linkage = try #require(set.productSet(code: "I.1.a")?.sheet.criterion(code: "A.1.5"))
        #expect(linkage.starMinimums.map(\.star) == [.four, .five])
        #expect(linkage.starMinimums.map(\.option.id) == ["3", "4"])
        #expect(linkage.declaredMaxPoints == 3)
    }

    /// Tea "6.1 Ngoại hình" = 6.1.1 + 6.1.2: the heading keeps its printed maximum, the sheet answers the parts.
    @Test func subCriteriaAreNestedAndAnsweredSeparately() throws {
        let tea = try #require(set.productSet(code: "I.5.a"))
        let heading = try #require(tea.sheet.parts[2].sections.flatMap(\.criteria).first { $0.code == "C.6.1" })
        #expect(heading.subCriteria.map(\.code) == ["C.6.1.1", "C.6.1.2"])
        #expect(heading.options.isEmpty && heading.declaredMaxPoints == 4)
        #expect(tea.sheet.criterion(code: "C.6.1") == nil)
        #expect(tea.sheet.criterion(code: "C.6.1.1")?.starMinimums.map(\.star) == [.four])
    }

    @Test func alternativesKeepTheirLetters() throws {
        let service = try #require(set.productSet(code: "VI.1")?.sheet.criterion(code: "C.8"))
        #expect(service.alternatives.map(\.id) == ["a", "b"])
        #expect(service.allOptions.map(\.id) == ["a.1", "a.2", "b.1", "b.2"])
    }

    @Test func pointsPrintedWronglyAreCarriedNotCorrected() throws {
        let honey = try #require(set.productSet(code: "I.2.b"))
        let nutrition = try #require(honey.sheet.criterion(code: "C.7"))
        #expect(nutrition.options[2].sourcePointsRaw == "13")
        #expect(nutrition.options[2].points == .zero)
        #expect(honey.sheet.criterion(code: "A.1.2")?.options[0].sourcePointsRaw == "")
        let flowers = try #require(set.productSet(code: "V.1"))
        #expect(flowers.sheet.parts[2].sections.first { $0.title.hasPrefix("9.") }?.sourceMaxPointsRaw == "4\n1")
        #expect(set.productSet(code: "I.1.a")?.sheet.criterion(code: "A.2.4")?.options == [])
    }
}

/// Each defect PROVENANCE.md lists for the 26/2026 copy is found and said in Vietnamese.
@Suite("Lỗi của bản chép 26/2026")
struct Law26DefectTests {
    let report = CriteriaSetValidator.validate(Law26Fixtures.set)

    func defects(_ code: String, _ kind: DefectKind) -> [Defect] {
        report.defects(inProductSet: code).filter { $0.kind == kind }
    }

    @Test func theSetItselfIsSound() {
        #expect(report.setDefects == [])
    }

    /// Set 4 "Mật ong…", C §7 "Có trên 2 chỉ tiêu" printed 13 under a 3-point criterion.
    @Test func honeyNutritionAboveItsMaximum() {
        #expect(defects("I.2.b", .optionAboveMaximum).map(\.message) == [
            "Tiêu chí C.7: phương án «Có trên 2 chỉ tiêu»: văn bản nguồn ghi 13 điểm, vượt điểm tối đa 3 của tiêu chí (có thể do in sai); cần cán bộ sửa điểm",
        ])
        #expect(defects("I.2.b", .criterionMaxMismatch).map(\.message) == [
            "Tiêu chí C.7: điểm tối đa in trên phiếu là 3, nhưng phương án cao nhất được 1 điểm",
        ])
        #expect(defects("I.2.b", .sectionSumMismatch).count == 1)
        #expect(defects("I.2.b", .partSumMismatch).map(\.location.part) == ["C"])
    }

    /// Set 11 "Chè", C 6.1.1 "Có rất ít tạp chất" printed 11 under a 2-point sub-criterion.
    @Test func teaForeignMatterAboveItsMaximum() {
        let found = defects("I.5.a", .optionAboveMaximum)
        #expect(found.map(\.location.criterion) == ["C.6.1.1"])
        #expect(found.first?.message.contains("ghi 11 điểm, vượt điểm tối đa 2") == true)
    }

    /// Sets 4, 7, 10, 11, A 1.2 "Không được cấp giấy chứng nhận chất lượng": blank points.
    @Test func blankPointsInFourSets() {
        for code in ["I.2.b", "I.3.c", "I.4.b", "I.5.a"] {
            #expect(defects(code, .optionWithoutPoints).map(\.message) == [
                "Tiêu chí A.1.2: phương án «Không được cấp giấy chứng nhận chất lượng» không có điểm trong văn bản nguồn (ô điểm để trống); cần cán bộ nhập điểm",
            ], "\(code)")
        }
    }

    /// Set 23 "Hoa", C §9: the section maximum is printed as "4" and "1".
    @Test func flowersSectionMaximumUnclear() {
        let found = defects("V.1", .sectionMaximumUnclear)
        #expect(found.count == 1)
        #expect(found.first?.message.hasPrefix("Phần C, mục «9. HƯỚNG DẪN SỬ DỤNG") == true)
        #expect(found.first?.message.contains("ghi «4» và «1», không rõ là bao nhiêu điểm (đang tạm lấy 4)") == true)
    }

    /// Sets 1–22, A "Ghi nhãn … song ngữ": printed with a maximum and no options.
    @Test func bilingualLabelWithoutOptionsIn22Sets() {
        let sets = Law26Fixtures.set.productSets
        for (index, productSet) in sets.enumerated() {
            let found = defects(productSet.code, .criterionWithoutOptions)
            if index < 22 {
                #expect(found.count == 1, "\(productSet.name)")
                #expect(found.first?.message.hasSuffix("chưa có phương án chấm nào (phiếu chỉ in điểm tối đa 1; nếu là tiêu chí có/không, cần ghi rõ để chấm 0 hoặc 1 điểm)") == true)
            } else {
                #expect(found.isEmpty, "\(productSet.name)")
            }
        }
    }

    /// Nothing else is wrong: once the yes/no criterion is marked, every set compiles but the four
    /// with typos in points and the one with the unclear section maximum.
    @Test func onlyTheListedDefects() {
        #expect(Set(report.defects.map(\.kind)) == [
            .optionAboveMaximum, .criterionMaxMismatch, .sectionSumMismatch, .partSumMismatch,
            .optionWithoutPoints, .sectionMaximumUnclear, .criterionWithoutOptions,
        ])
        let compiled = CompiledSheet.compileAll(Law26Fixtures.corrected)
        #expect(Set(Law26Fixtures.corrected.productSets.map(\.code)).subtracting(compiled.keys) == ["I.2.b", "I.3.c", "I.4.b", "I.5.a", "V.1"])
        #expect(CompiledSheet.compileAll(Law26Fixtures.set).keys.sorted() == ["V.2", "V.3", "VI.1"])
    }
}
