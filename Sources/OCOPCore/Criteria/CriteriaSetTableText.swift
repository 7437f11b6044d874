import Foundation

/// How values are written in the criteria-set tables and read back from what an officer typed.
/// Writing gives one canonical form; reading also accepts the usual variants (decimal comma,
/// dates as dd/mm/yyyy or yyyy-mm-dd, "x"/"có" for yes, labels without diacritics).
enum TableText {
    /// A value that could not be read; `reason` is Vietnamese and names the column.
    struct Invalid: Error { var reason: String }

    /// Lower case, no diacritics, "đ" → "d", single spaces: "Tiêu  Chí" → "tieu chi".
    static func fold(_ text: String) -> String {
        let plain = text.replacingOccurrences(of: "đ", with: "d").replacingOccurrences(of: "Đ", with: "D")
            .folding(options: [.diacriticInsensitive, .caseInsensitive, .widthInsensitive], locale: nil).lowercased()
        return plain.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    static func trim(_ text: String) -> String { text.trimmingCharacters(in: .whitespacesAndNewlines) }

    // MARK: Points

    /// "2.5", "-0.25", "40": a decimal point, so that a spreadsheet can store it as a number.
    static func points(_ points: Points) -> String {
        let sign = points.hundredths < 0 ? "-" : ""
        let magnitude = points.hundredths.magnitude
        let whole = magnitude / 100, fraction = magnitude % 100
        if fraction == 0 { return "\(sign)\(whole)" }
        if fraction % 10 == 0 { return "\(sign)\(whole).\(fraction / 10)" }
        return "\(sign)\(whole).\(fraction < 10 ? "0" : "")\(fraction)"
    }

    /// Reads "2.5" or "2,5" (at most two decimals, trailing zeros ignored), "-1".
    static func points(_ text: String, column: String) throws(Invalid) -> Points {
        guard !trim(text).isEmpty else { throw Invalid(reason: "cột «\(column)» bị trống") }
        var rest = Substring(trim(text))
        let negative = rest.hasPrefix("-")
        if negative { rest = rest.dropFirst() }
        let parts = rest.split(separator: rest.contains(",") ? "," : ".", maxSplits: 1, omittingEmptySubsequences: false)
        let whole = parts.first ?? ""
        var fraction = parts.count > 1 ? parts[1] : ""
        let digits = { (s: Substring) in s.allSatisfy { $0.isASCII && $0.isNumber } }
        guard !rest.isEmpty, digits(whole), digits(fraction), whole.count <= 9, !(whole.isEmpty && fraction.isEmpty),
              parts.count == 1 || !fraction.isEmpty else {
            throw Invalid(reason: "cột «\(column)» phải là số, đang là «\(trim(text))»")
        }
        while fraction.hasSuffix("0") { fraction = fraction.dropLast() }
        guard fraction.count <= 2 else {
            throw Invalid(reason: "cột «\(column)» chỉ được có tối đa 2 chữ số thập phân, đang là «\(trim(text))»")
        }
        let hundredths = (Int(whole) ?? 0) * 100 + (Int(fraction.padding(toLength: 2, withPad: "0", startingAt: 0)) ?? 0)
        return Points(hundredths: negative ? -hundredths : hundredths)
    }

    // MARK: Cells as printed (schema 2)

    /// What «… in trên văn bản» holds when the source printed an empty cell: a blank table cell
    /// already means "nothing to report", so the empty print needs a word of its own.
    static let printedBlank = "(trống)"

    /// The printed text of a points cell, "" when there is none to report.
    static func printed(_ raw: String?) -> String {
        guard let raw else { return "" }
        return trim(raw).isEmpty ? printedBlank : raw
    }

    /// Blank → nil (nothing printed wrongly); «(trống)» → "" (the source left the cell empty).
    static func printed(_ text: String) -> String? {
        let value = trim(text)
        if value.isEmpty { return nil }
        return fold(value) == fold(printedBlank) ? "" : value
    }

    // MARK: Stars, whole numbers, yes/no

    /// "3", "3★", "3 sao".
    static func star(_ text: String, column: String) throws(Invalid) -> Star {
        guard !trim(text).isEmpty else { throw Invalid(reason: "cột «\(column)» bị trống") }
        var value = fold(text)
        for suffix in ["★", "sao", "*"] where value.hasSuffix(suffix) { value = trim(String(value.dropLast(suffix.count))) }
        guard let number = Int(value), let star = Star(rawValue: number) else {
            throw Invalid(reason: "cột «\(column)» phải là hạng sao từ 1 đến 5, đang là «\(trim(text))»")
        }
        return star
    }

    static func integer(_ text: String, column: String) throws(Invalid) -> Int {
        guard !trim(text).isEmpty else { throw Invalid(reason: "cột «\(column)» bị trống") }
        guard let value = Int(trim(text)) else {
            throw Invalid(reason: "cột «\(column)» phải là số nguyên, đang là «\(trim(text))»")
        }
        return value
    }

    /// Blank, "không", "0", "FALSE" → false; "x", "có", "1", "TRUE" → true.
    static func flag(_ text: String, column: String) throws(Invalid) -> Bool {
        switch fold(text) {
        case "", "khong", "0", "false", "no", "n": return false
        case "x", "co", "1", "true", "yes", "y", "loai": return true
        default: throw Invalid(reason: "cột «\(column)» phải là «x» (có) hoặc để trống, đang là «\(trim(text))»")
        }
    }

    // MARK: Days

    /// "24/02/2023", as Vietnamese documents write dates.
    static func day(_ day: CalendarDay?) -> String { day?.vietnamese ?? "" }

    /// Blank → nil; "24/02/2023", "24/2/2023" or "2023-02-24" (what a date cell reads as).
    static func day(_ text: String, column: String) throws(Invalid) -> CalendarDay? {
        let value = trim(text)
        if value.isEmpty { return nil }
        if let day = CalendarDay(iso: value) { return day }
        let parts = value.split(separator: "/", omittingEmptySubsequences: false)
        if parts.count == 3, parts[2].count == 4, (1...2).contains(parts[0].count), (1...2).contains(parts[1].count),
           let d = Int(parts[0]), let m = Int(parts[1]), let y = Int(parts[2]),
           let day = CalendarDay(year: y, month: m, day: d) {
            return day
        }
        throw Invalid(reason: "cột «\(column)» phải là ngày dạng dd/mm/yyyy, đang là «\(value)»")
    }

    // MARK: Lists and labels

    /// Option ids: "2, 3".
    static func ids(_ ids: [String]) -> String { ids.joined(separator: ", ") }

    /// "2, 3" or "2; 3" → ["2", "3"].
    static func ids(_ text: String) -> [String] {
        text.split(whereSeparator: { $0 == "," || $0 == ";" }).map { trim(String($0)) }.filter { !$0.isEmpty }
    }

    /// A producer fact by its Vietnamese wording or its JSON name.
    static func fact(_ text: String, column: String) throws(Invalid) -> ProducerFact {
        let value = fold(text)
        if let fact = ProducerFact.allCases.first(where: { fold($0.vietnamese) == value || fold($0.rawValue) == value }) {
            return fact
        }
        let known = ProducerFact.allCases.map { "«\($0.vietnamese)»" }.joined(separator: ", ")
        throw Invalid(reason: "cột «\(column)»: không rõ đặc điểm chủ thể «\(trim(text))»; dùng một trong: \(known)")
    }

    static func status(_ text: String, column: String) throws(Invalid) -> CriteriaSetStatus {
        let value = fold(text)
        if value.isEmpty { return .draft }
        if let status = CriteriaSetStatus.allCases.first(where: { fold($0.vietnamese) == value || $0.rawValue == value }) {
            return status
        }
        throw Invalid(reason: "cột «\(column)»: trạng thái «\(trim(text))» không hợp lệ; dùng dự thảo, đã kiểm tra, đã ban hành hoặc hết hiệu lực")
    }

    static let national = "Toàn quốc"
    static let province = "Tỉnh"

    /// «Toàn quốc», or «Tỉnh» with the province code in the next column.
    static func scope(_ text: String, provinceCode: String, column: String) throws(Invalid) -> CriteriaScope {
        switch fold(text) {
        case "", fold(national), "national": return .national
        case fold(province), "province":
            let code = trim(provinceCode)
            guard !code.isEmpty else { throw Invalid(reason: "phạm vi «Tỉnh» cần mã tỉnh ở cột «Giá trị 2»") }
            return .province(code: code)
        default:
            throw Invalid(reason: "cột «\(column)»: phạm vi «\(trim(text))» không hợp lệ; dùng «Toàn quốc» hoặc «Tỉnh»")
        }
    }
}
