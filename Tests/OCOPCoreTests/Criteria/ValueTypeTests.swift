import Foundation
import Testing
@testable import OCOPCore

@Suite("Điểm, ngày, JSON")
struct ValueTypeTests {
    @Test func pointsUseTheVietnameseDecimalComma() {
        #expect(Points(82).vietnamese == "82")
        #expect(Points(hundredths: 8250).vietnamese == "82,5")
        #expect(Points(hundredths: 8225).vietnamese == "82,25")
        #expect(Points(hundredths: 8205).vietnamese == "82,05")
        #expect(Points(hundredths: -150).vietnamese == "-1,5")
    }

    @Test func pointsAddExactly() throws {
        // 0.1 + 0.2 as Doubles is not 0.3; decoded into Points it is.
        let parts = try JSONDecoder().decode([Points].self, from: Data("[0.1, 0.2]".utf8))
        #expect(parts[0] + parts[1] == Points(hundredths: 30))
        #expect(Points(35) - Points(hundredths: 50) == Points(hundredths: 3450))
    }

    @Test func pointsJSONIsAPlainNumberWithAtMostTwoDecimals() throws {
        let encoded = try JSONEncoder().encode([Points(3), Points(hundredths: 255), Points(hundredths: 5)])
        #expect(String(decoding: encoded, as: UTF8.self) == "[3,2.55,0.05]")
        #expect(try JSONDecoder().decode([Points].self, from: Data("[3, 2.55, 0.1, 82.5]".utf8))
                == [Points(3), Points(hundredths: 255), Points(hundredths: 10), Points(hundredths: 8250)])
        #expect(throws: DecodingError.self) { try JSONDecoder().decode([Points].self, from: Data("[2.555]".utf8)) }
    }

    @Test func calendarDays() throws {
        #expect(CalendarDay(year: 2024, month: 2, day: 29) != nil)
        #expect(CalendarDay(year: 2023, month: 2, day: 29) == nil)
        #expect(CalendarDay(year: 1900, month: 2, day: 29) == nil)
        #expect(CalendarDay(iso: "2023-02-24")?.vietnamese == "24/02/2023")
        #expect(CalendarDay(iso: "2023-2-24") == nil)
        #expect(CalendarDay(year: 2023, month: 2, day: 24)! < CalendarDay(year: 2023, month: 3, day: 1)!)
        #expect(throws: DecodingError.self) { try JSONDecoder().decode([CalendarDay].self, from: Data("[\"2023-13-01\"]".utf8)) }
    }

    @Test func scopeAndDocumentEnvelope() throws {
        var set = Fixtures.demoSet
        set.scope = .province(code: "31")
        let data = try CriteriaSetDocument.export(set)
        let text = String(decoding: data, as: UTF8.self)
        #expect(text.contains("\"schema\" : \"ocop.criteria-set/2\""))
        #expect(text.contains("\"provinceCode\" : \"31\""))
        #expect(text.contains("\"knockOut\" : true"))
        #expect(try CriteriaSetDocument.load(data) == set)
        let other = Data(text.replacingOccurrences(of: "ocop.criteria-set/2", with: "ocop.criteria-set/9").utf8)
        #expect(throws: CriteriaSetDocument.UnsupportedSchema(schema: "ocop.criteria-set/9")) { try CriteriaSetDocument.load(other) }
    }

    @Test func handKeyedJSONMayOmitEmptyParts() throws {
        let json = """
        {"code": "B.5.2", "text": "Trình bày câu chuyện", "options": [{"id": "1", "text": "Có", "points": 2}],
         "appliesWhen": {"criterion": "B.5.1", "options": ["2"]}, "mandatory": {"gatesStar": 4}}
        """
        let criterion = try JSONDecoder().decode(Criterion.self, from: Data(json.utf8))
        #expect(criterion.alternatives.isEmpty)
        #expect(criterion.options[0].isKnockOut == false)
        #expect(criterion.appliesWhen == ApplicabilityRule(criterionCode: "B.5.1", optionIDs: ["2"]))
        #expect(criterion.mandatory == MandatoryRule(gatesStar: .four))
    }

    @Test func answerSetJSON() throws {
        let answers: AnswerSet = ["A.2": Answer(optionID: "2.2", caseID: "2")]
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        #expect(String(decoding: try encoder.encode(answers), as: UTF8.self) == #"{"A.2":{"case":"2","option":"2.2"}}"#)
        #expect(try JSONDecoder().decode(AnswerSet.self, from: encoder.encode(answers)) == answers)
    }
}
