import Foundation
import Testing
@testable import OCOPCore

@Suite("Lược đồ ocop.criteria-set/2")
struct SchemaV2Tests {
    /// Export → load gives back the same set, with every schema 2 feature the real data uses:
    /// minimums, sub-criteria, alternatives, points printed wrongly, section maxima, elimination rules.
    @Test func the26SetRoundTrips() throws {
        for set in [Law26Fixtures.set, Law26Fixtures.corrected] {
            let data = try CriteriaSetDocument.export(set)
            #expect(try CriteriaSetDocument.load(data) == set)
        }
    }

    @Test func theFileSaysWhatWasPrinted() throws {
        let text = String(decoding: try CriteriaSetDocument.export(Law26Fixtures.corrected), as: UTF8.self)
        #expect(text.contains("\"schema\" : \"ocop.criteria-set/2\""))
        #expect(text.contains("\"points\" : null"))
        #expect(text.contains("\"sourcePointsRaw\" : \"13\""))
        #expect(text.contains("\"minForStar\" : 4"))
        #expect(text.contains("\"subCriteria\""))
        #expect(text.contains("\"yesNo\" : true"))
        #expect(text.contains("\"eliminationRules\""))
        #expect(text.contains("\"responsibleAuthority\" : \"Bộ Y tế\""))
    }

    /// A yes/no criterion is stored as its flag and maximum; its two options come back on load.
    @Test func yesNoIsStoredShort() throws {
        let json = #"{"code": "A.2.4", "text": "Ghi nhãn song ngữ", "maxPoints": 1, "yesNo": true}"#
        let criterion = try JSONDecoder().decode(Criterion.self, from: Data(json.utf8))
        #expect(criterion == YesNo.criterion(code: "A.2.4", text: "Ghi nhãn song ngữ", maximum: 1))
        #expect(criterion.options.map(\.points) == [0, 1])
        let encoded = String(decoding: try JSONEncoder().encode(criterion), as: UTF8.self)
        #expect(!encoded.contains("\"options\""))
    }

    /// Documents written before schema 2 still load, unchanged.
    @Test func schema1StillLoads() throws {
        let set = Fixtures.legacy1048.criteriaSet
        let text = String(decoding: try CriteriaSetDocument.export(set), as: UTF8.self)
        let old = Data(text.replacingOccurrences(of: "\"ocop.criteria-set/2\"", with: "\"ocop.criteria-set/1\"").utf8)
        #expect(String(decoding: old, as: UTF8.self).contains("ocop.criteria-set/1"))
        #expect(try CriteriaSetDocument.load(old) == set)
        // A set without schema 2 features writes no schema 2 key.
        for key in ["minForStar", "subCriteria", "yesNo", "sourcePointsRaw", "eliminationRules", "responsibleAuthority"] {
            #expect(!text.contains("\"\(key)\""), "\(key)")
        }
    }

    @Test func nullPointsNeedTheirPrintedText() {
        let json = #"{"id": "1", "text": "Có trên 2 chỉ tiêu", "points": null}"#
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(ScoringOption.self, from: Data(json.utf8)) }
    }
}
