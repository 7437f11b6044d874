import Foundation

/// The shape of the shipped 1048/781 transcription (`qd1048-2019.json`), exactly as found:
/// product sets → parts → sections → criteria, each criterion with `options` or `alternatives`.
/// Kept private to the importer; the project's own format is `CriteriaSet` (see SCHEMA.md).
struct Legacy1048File: Decodable {
    var criteriaSet: String
    var source: String
    var productSets: [ProductSetEntry]

    struct ProductSetEntry: Decodable {
        var productSet: String
        var parts: [Part]
    }

    struct Part: Decodable {
        var code: String
        var name: String
        var maxPoints: Points
        var sections: [Section]
    }

    struct Section: Decodable {
        var section: String
        var criteria: [CriterionEntry]
    }

    struct CriterionEntry: Decodable {
        var text: String
        var note: String?
        var options: [Option]?
        var alternatives: [Alternative]?
    }

    struct Alternative: Decodable {
        var text: String
        var options: [Option]
    }

    struct Option: Decodable {
        var text: String
        var points: Points
    }
}

/// Leading outline numbering of a heading: "6.2.Hình dạng" → ("6.2", "Hình dạng"); "7. TÍNH ĐỘC ĐÁO" → ("7", "TÍNH ĐỘC ĐÁO").
func splitOutlineNumber(_ text: String) -> (number: String, rest: String)? {
    let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
    guard let first = trimmed.first, first.isASCII, first.isNumber else { return nil }
    let prefix = trimmed.prefix { ($0.isASCII && $0.isNumber) || $0 == "." }
    var number = String(prefix)
    while number.hasSuffix(".") { number.removeLast() }
    let rest = trimmed.dropFirst(prefix.count).trimmingCharacters(in: .whitespacesAndNewlines)
    return (number, rest)
}

/// ASCII code from a Vietnamese name: "Chè tươi, chế biến" → "che-tuoi-che-bien".
func asciiSlug(_ text: String) -> String {
    let folded = text.replacingOccurrences(of: "đ", with: "d").replacingOccurrences(of: "Đ", with: "D")
        .folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil).lowercased()
    var slug = ""
    for scalar in folded.unicodeScalars {
        if scalar.isASCII, CharacterSet.alphanumerics.contains(scalar) {
            slug.unicodeScalars.append(scalar)
        } else if !slug.isEmpty, !slug.hasSuffix("-") {
            slug += "-"
        }
    }
    while slug.hasSuffix("-") { slug.removeLast() }
    return slug
}
