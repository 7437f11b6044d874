import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// `_rels/*.rels`: which part plays which role. Types are matched by their last path segment
/// ("…/worksheet"), the same in transitional and strict files.
final class RelationshipsParser: XMLPartParser {
    struct Relationship { var id: String, type: String, target: String }
    private(set) var relationships: [Relationship] = []

    override func start(_ name: Substring, attributes: [String: String], parser: XMLParser) {
        guard name == "Relationship", attributes["TargetMode"] != "External",
              let id = attributes["Id"], let type = attributes["Type"], let target = attributes["Target"] else { return }
        relationships.append(Relationship(id: id, type: String(type.split(separator: "/").last ?? ""), target: target))
    }

    /// `target` as a package path, relative to the folder of the part that owns the relationships.
    static func resolve(_ target: String, from folder: String) -> String {
        let decoded = target.removingPercentEncoding ?? target
        let joined = decoded.hasPrefix("/") ? decoded : (folder.isEmpty ? decoded : folder + "/" + decoded)
        var segments: [Substring] = []
        for segment in joined.split(separator: "/") {
            if segment == "." { continue }
            if segment == ".." { if !segments.isEmpty { segments.removeLast() }; continue }
            segments.append(segment)
        }
        return segments.joined(separator: "/")
    }
}

/// `xl/workbook.xml`: the sheets in tab order with their names, and the date system.
final class WorkbookParser: XMLPartParser {
    private(set) var sheets: [(name: String, relationshipID: String)] = []
    /// Dates count from 1904-01-01 instead of 1900 (old Mac workbooks).
    private(set) var date1904 = false

    override func start(_ name: Substring, attributes: [String: String], parser: XMLParser) {
        switch name {
        case "sheet":
            guard let sheetName = attributes["name"], let id = Self.attribute("id", in: attributes) else {
                return fail(parser, "trang tính thiếu tên hoặc liên kết")
            }
            sheets.append((sheetName, id))
        case "workbookPr":
            let value = attributes["date1904"]?.lowercased()
            date1904 = value == "1" || value == "true"
        default:
            break
        }
    }
}

/// `xl/styles.xml`, read only to know which cell formats show a date: Excel stores a typed date as
/// a day count, and only the format tells it apart from a number.
final class StylesParser: XMLPartParser {
    private var customFormats: [Int: String] = [:]
    private var cellFormatIDs: [Int] = []
    private var inCellXfs = false

    /// Indexes (the `s` attribute of a cell) of the formats that show a date.
    var dateStyles: Set<Int> {
        Set(cellFormatIDs.indices.filter { ExcelDate.isDateFormat(id: cellFormatIDs[$0], code: customFormats[cellFormatIDs[$0]]) })
    }

    override func start(_ name: Substring, attributes: [String: String], parser: XMLParser) {
        switch name {
        case "numFmt":
            if let id = attributes["numFmtId"].flatMap({ Int($0) }), let code = attributes["formatCode"] { customFormats[id] = code }
        case "cellXfs":
            inCellXfs = true
        case "xf" where inCellXfs:
            cellFormatIDs.append(attributes["numFmtId"].flatMap { Int($0) } ?? 0)
        default:
            break
        }
    }

    override func end(_ name: Substring, parser: XMLParser) {
        if name == "cellXfs" { inCellXfs = false }
    }
}
