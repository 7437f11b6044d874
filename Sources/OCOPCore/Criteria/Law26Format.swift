import Foundation

/// The shape of the shipped 26/2026 transcription (`qd26-2026.json`, Phụ lục II) and of its
/// classification (`classification-qd26-2026.json`, Phụ lục I), exactly as found (see the data's
/// PROVENANCE.md). Only the keys the importer uses are read; derived keys of the transcription
/// (`mandatory`, `mandatoryFromStar`, `derivedMinPointsForStar`, `validation`) are ignored because
/// the project derives them itself from the printed star marks.
struct Law26File: Decodable {
    var criteriaSet: String
    var decision: String
    var source: Source
    var productSets: [ProductSetEntry]

    struct Source: Decodable {
        var repo: String
        /// 26/2026: the one HTML file transcribed; the 148 copy names its CSV files in `paths`.
        var path: String?
        var paths: String?
        var commit: String

        /// Where in the repository the text was taken from.
        var place: String { path ?? paths ?? "" }
    }

    struct ProductSetEntry: Decodable {
        var setNo: Int
        var productSet: String
        var classification: Classification
        var eliminationRules: [String]?
        var parts: [Part]
    }

    struct Classification: Decodable {
        var code: String
        var coQuanChuTriQuanLy: String?
    }

    struct Part: Decodable {
        var code: String
        var name: String
        var maxPoints: Points
        var sections: [Section]
    }

    struct Section: Decodable {
        var code: String
        var section: String
        var maxPoints: Points?
        var note: String?
        var criteria: [CriterionEntry]
    }

    struct CriterionEntry: Decodable {
        var code: String
        var text: String
        var maxPoints: Points?
        var note: String?
        var options: [Option]?
        var subCriteria: [CriterionEntry]?
        var alternatives: [Alternative]?
        var anomalies: [String]?
    }

    struct Alternative: Decodable {
        var label: String
        var text: String
        var options: [Option]
    }

    struct Option: Decodable {
        var text: String
        /// Null where the source prints the points wrongly; then `sourcePointsRaw` says what it prints.
        var points: Points?
        var minForStar: Int?
        var sourcePointsRaw: String?
    }
}

/// Phụ lục I: ngành (I–VI) → nhóm (I.1) → phân nhóm (I.1.a); a nhóm without phân nhóm is itself a product set.
struct Law26ClassificationFile: Decodable {
    var decision: String
    var tree: [Branch]
    var productSets: [ProductSetEntry]

    struct Branch: Decodable {
        var code: String
        var name: String
        var groups: [Group]
    }

    struct Group: Decodable {
        var code: String
        var name: String
        var subGroups: [SubGroup]?
        var coQuanChuTriQuanLy: String?
    }

    struct SubGroup: Decodable {
        var code: String
        var name: String
        var coQuanChuTriQuanLy: String?
    }

    struct ProductSetEntry: Decodable {
        var setNo: Int
        var classificationCode: String
        var productSet2026: String
        var coQuanChuTriQuanLy2026: String?
    }
}
