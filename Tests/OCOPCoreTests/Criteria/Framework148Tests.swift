import Testing
@testable import OCOPCore

@Suite("Khung bộ tiêu chí 148")
struct Framework148Tests {
    let set = CriteriaSet.framework148()

    @Test func structureAsData() {
        #expect(set.id == "QD148-2023")
        #expect(set.partMaxima.map(\.part) == ["A", "B", "C"])
        #expect(set.partMaxima.map(\.maxPoints) == [40, 25, 35])
        #expect(set.maxTotal == 100)
        #expect(set.starBands == StarBand.national)
        #expect(set.recognitionThreshold == .three)
        #expect(set.factGates == [FactGate(fact: .hasRegisteredTrademark, requiredFrom: .four)])
        #expect(Set(set.bonusRules.map(\.fact)) == [.representativeIsWoman, .representativeIsEthnicMinority])
        #expect(set.status == .draft)
        #expect(set.groups.map(\.name) == [
            "Thực phẩm", "Đồ uống", "Dược liệu và sản phẩm từ dược liệu", "Hàng thủ công mỹ nghệ", "Sinh vật cảnh",
            "Dịch vụ du lịch cộng đồng, du lịch sinh thái và điểm du lịch",
        ])
        #expect(set.productSets.map(\.code) == ["I.1.a", "I.2.b", "I.3.c"])
        #expect(set.productSet(code: "I.2.b")?.name == "Mật ong, mật khác và nông sản thực phẩm khác")
        #expect(set.isInForce(on: CalendarDay(year: 2023, month: 2, day: 24)!))
        #expect(!set.isInForce(on: CalendarDay(year: 2023, month: 2, day: 23)!))
    }

    @Test func validatorSaysTheSheetsAreStillEmpty() {
        let report = CriteriaSetValidator.validate(set)
        #expect(report.setDefects.map(\.kind) == [.emptyGroup, .emptyGroup, .emptyGroup, .emptyGroup, .emptyGroup])
        #expect(report.defectiveProductSets == ["I.1.a", "I.2.b", "I.3.c"])
        #expect(report.defects(inProductSet: "I.1.a").map(\.description)
                == ["Bộ sản phẩm «Rau, củ, quả, hạt tươi»: Phiếu đánh giá chưa có phần hoặc tiêu chí nào"])
        var copy = set
        #expect(throws: CriteriaSetTransitionError.self) { try copy.transition(to: .validated) }
    }

    @Test func aProvinceKeysInASheetAndItCompiles() throws {
        var keyed = set
        keyed.groups[0].subGroups[0].productSets[0].sheet = Fixtures.demoSheet
        let compiled = try CompiledSheet(keyed.productSets[0], in: keyed)
        let result = try ScoringEngine.score(Fixtures.maxAnswers, on: compiled, facts: ProducerFacts(hasRegisteredTrademark: true, representativeIsWoman: true))
        #expect(result.total == 100)
        #expect(result.finalStar == .five)
    }
}
