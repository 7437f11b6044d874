import Foundation

/// Đọc bảng tính: reads the values of every sheet of an .xlsx written by Excel, LibreOffice,
/// openpyxl or `XLSXWriter`, in tab order with the names the user sees.
///
/// The parts are found the way the Open Packaging Conventions say (package relationships → workbook
/// → its relationships), not by guessing file names, because LibreOffice and others name them
/// differently. Anything that is not a readable workbook is refused with a Vietnamese reason; the
/// reader never returns a partial result.
public enum XLSXReader {
    /// How much a package may expand in memory. An upload is small, but deflate compresses a run of
    /// zeros about a thousand times, so the expanded size is what must be bounded.
    public struct Limits: Sendable, Equatable {
        /// Largest single part (one sheet, the shared strings), uncompressed.
        public var maxPartBytes: Int
        /// All parts read, together.
        public var maxTotalBytes: Int

        public init(maxPartBytes: Int = 50 * 1_048_576, maxTotalBytes: Int = 200 * 1_048_576) {
            self.maxPartBytes = maxPartBytes
            self.maxTotalBytes = maxTotalBytes
        }

        public static let standard = Limits()
    }

    public static func read(_ data: Data, limits: Limits = .standard) throws(XLSXError) -> [Worksheet] {
        var package = try ZipPackage(data, limits: limits)
        let workbookPath = try locateWorkbook(&package)

        let workbook = WorkbookParser()
        try workbook.run(try package.read(workbookPath), part: workbookPath)
        guard !workbook.sheets.isEmpty else { throw .notXLSX }

        let folder = directory(of: workbookPath)
        let relationshipsPath = (folder.isEmpty ? "" : folder + "/") + "_rels/" + fileName(of: workbookPath) + ".rels"
        let relationships = RelationshipsParser()
        try relationships.run(try package.read(relationshipsPath), part: relationshipsPath)
        let targets = Dictionary(relationships.relationships.map { ($0.id, RelationshipsParser.resolve($0.target, from: folder)) },
                                 uniquingKeysWith: { first, _ in first })
        func part(ofType type: String) -> String? {
            relationships.relationships.first { $0.type == type }.map { RelationshipsParser.resolve($0.target, from: folder) }
        }

        var sharedStrings: [String] = []
        if let path = part(ofType: "sharedStrings"), package.contains(path) {
            let parser = SharedStringsParser()
            try parser.run(try package.read(path), part: path)
            sharedStrings = parser.strings
        }
        var dateStyles = Set<Int>()
        if let path = part(ofType: "styles"), package.contains(path) {
            let parser = StylesParser()
            try parser.run(try package.read(path), part: path)
            dateStyles = parser.dateStyles
        }

        var sheets: [Worksheet] = []
        for sheet in workbook.sheets {
            guard let path = targets[sheet.relationshipID] else {
                throw .damaged(part: workbookPath, reason: "không tìm thấy nội dung của trang «\(sheet.name)»")
            }
            let parser = SheetParser(sharedStrings: sharedStrings, dateStyles: dateStyles, date1904: workbook.date1904)
            try parser.run(try package.read(path), part: path)
            sheets.append(Worksheet(name: sheet.name, rows: parser.rows))
        }
        return sheets
    }

    /// The main part named by the package relationships, or the conventional path when a generator
    /// left the relationships out. An OpenDocument package is recognised to say what to do with it.
    private static func locateWorkbook(_ package: inout ZipPackage) throws(XLSXError) -> String {
        if package.contains("_rels/.rels") {
            let parser = RelationshipsParser()
            try parser.run(try package.read("_rels/.rels"), part: "_rels/.rels")
            if let main = parser.relationships.first(where: { $0.type == "officeDocument" }) {
                let path = RelationshipsParser.resolve(main.target, from: "")
                if package.contains(path), path.lowercased().hasSuffix(".xml") { return path }
            }
        }
        if package.contains("xl/workbook.xml") { return "xl/workbook.xml" }
        if package.contains("mimetype"), let mimetype = try? package.read("mimetype"),
           String(decoding: mimetype, as: UTF8.self).contains("opendocument") {
            throw .openDocument
        }
        throw .notXLSX
    }

    private static func directory(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "" }
        return String(path[..<slash])
    }

    private static func fileName(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return path }
        return String(path[path.index(after: slash)...])
    }
}
