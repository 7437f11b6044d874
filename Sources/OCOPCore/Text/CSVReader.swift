/// Đọc CSV: a small RFC 4180 reader (quoted fields, doubled quotes, commas and line breaks inside
/// quotes) for the reference data and for imports. Rows come back as arrays of fields.
public enum CSVReader {
    public struct Table: Sendable {
        public let header: [String]
        public let rows: [[String]]

        /// The rows as dictionaries keyed by the header, for readable import code.
        public var records: [[String: String]] {
            rows.map { row in
                Dictionary(uniqueKeysWithValues: header.enumerated().map { ($0.element, $0.offset < row.count ? row[$0.offset] : "") })
            }
        }
    }

    public static func parse(_ text: String) -> Table {
        var rows: [[String]] = []
        var row: [String] = []
        var field = ""
        var inQuotes = false
        var iterator = text.unicodeScalars.makeIterator()
        var pending: Unicode.Scalar? = iterator.next()
        while let scalar = pending {
            pending = iterator.next()
            if inQuotes {
                if scalar == "\"" {
                    if pending == "\"" { field.unicodeScalars.append("\""); pending = iterator.next() } else { inQuotes = false }
                } else {
                    field.unicodeScalars.append(scalar)
                }
                continue
            }
            switch scalar {
            case "\"": inQuotes = true
            case ",": row.append(field); field = ""
            case "\r": continue
            case "\n":
                row.append(field); field = ""
                rows.append(row); row = []
            default: field.unicodeScalars.append(scalar)
            }
        }
        if !field.isEmpty || !row.isEmpty { row.append(field); rows.append(row) }
        let header = rows.first.map { $0.map { $0.trimmingPrefix("\u{FEFF}") }.map(String.init) } ?? []
        return Table(header: header, rows: Array(rows.dropFirst()).filter { $0 != [""] })
    }
}
