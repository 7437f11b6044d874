/// Bảng bộ tiêu chí: a criteria set as plain tables of text, the shape of the workbook a province
/// fills in by hand in Excel or LibreOffice (GitHub issue 3), and of the browser's grid editor.
///
/// Kept free of any spreadsheet format: the application turns these tables into an .xlsx and back
/// (OCOPSpreadsheet), tests compare them directly. Sheets:
/// - «Bộ tiêu chí»: one property per row (id, version, dates, part maxima, star bands, gates, bonuses);
/// - «Phân loại»: one row per product set, with its group and sub-group, responsible ministry and
///   elimination rule (one more row per further rule);
/// - «Tiêu chí»: one row per scoring option, with its product set, part, section, criterion (and
///   parent criterion for a sub-criterion) and case;
/// - «Hướng dẫn»: how to fill the others (ignored when reading).
///
/// Every field of schema `ocop.criteria-set/2` has a place, and the schema 2 columns are optional,
/// so that a workbook written for schema 1 still reads (as a schema 1 JSON file does). The elimination
/// rules sit on «Phân loại» rather than a sheet of their own: they are one sentence per product set
/// in 26/2026, the browser's classification grid then edits them with no page of its own, and the
/// sheets of a workbook stay the four that provinces (and the checks of exported files) know.
///
/// `make(from:)` then `criteriaSet()` gives back an identical set. Reading refuses only what it cannot
/// read unambiguously, each problem with its sheet, row and a Vietnamese reason; whether the set adds
/// up is `CriteriaSetValidator`'s job. Limits of the round trip, all of them data a validator reports
/// or nobody types: codes and texts are trimmed; an empty note, evidence or elimination rule reads as
/// none; a list of option ids cannot hold an id containing "," or ";"; two neighbouring criteria (or
/// cases, or sub-criteria of one criterion) with the same code read as one (and are refused when their
/// texts differ); a sub-criterion cannot have its parent's code; part codes must be declared in
/// «Bộ tiêu chí»; product set codes must be unique; as in the JSON file, a yes/no criterion whose
/// options are exactly «Không» 0 / «Có» maximum is written without them (they follow from the flag
/// and the maximum), and a yes/no criterion written without options reads with those two; a points
/// cell printed as blank or as spaces only reads back as blank («(trống)»).
///
/// With OCOPSpreadsheet, a workbook is
/// `XLSXWriter.data(tables.sheets.map { Worksheet(name: $0.name, strings: $0.rows, numericColumns: $0.numericColumns) })`
/// and back `CriteriaSetTables(sheets: XLSXReader.read(data).map { .init(name: $0.name, rows: $0.stringRows) })`.
public struct CriteriaSetTables: Equatable, Sendable {
    public var sheets: [Sheet]

    public init(sheets: [Sheet]) { self.sheets = sheets }

    /// Một trang: a name and its rows of text; `rows[0]` is spreadsheet row 1.
    public struct Sheet: Equatable, Sendable {
        public var name: String
        public var rows: [[String]]
        /// 0-based columns whose values are numbers (points), so a spreadsheet can store them as
        /// numbers that Excel adds up; every other column is text ("01" must stay "01").
        public var numericColumns: Set<Int>

        public init(name: String, rows: [[String]], numericColumns: Set<Int> = []) {
            self.name = name
            self.rows = rows
            self.numericColumns = numericColumns
        }
    }

    public static let setSheetName = "Bộ tiêu chí"
    public static let classificationSheetName = "Phân loại"
    public static let criteriaSheetName = "Tiêu chí"
    public static let guideSheetName = "Hướng dẫn"

    /// The sheet with this name, compared without case or diacritics ("Tieu chi" finds «Tiêu chí»).
    public func sheet(named name: String) -> Sheet? {
        let wanted = TableText.fold(name)
        return sheets.first { TableText.fold($0.name) == wanted }
    }
}

/// Lỗi đọc bảng: one thing the reader could not read, located as the user sees it in Excel.
public struct CriteriaTableProblem: Sendable, Equatable, Hashable, CustomStringConvertible {
    public var sheet: String
    /// 1-based spreadsheet row (the header is row 1); nil for the sheet as a whole.
    public var row: Int?
    /// Vietnamese, without the location: "cột «Điểm» phải là số, đang là «ba»".
    public var reason: String

    public init(sheet: String, row: Int?, reason: String) {
        self.sheet = sheet
        self.row = row
        self.reason = reason
    }

    /// "Dòng 14: cột «Điểm» phải là số, đang là «ba»".
    public var message: String {
        guard let row else { return reason.prefix(1).uppercased() + reason.dropFirst() }
        return "Dòng \(row): \(reason)"
    }

    /// "Trang «Tiêu chí», dòng 14: cột «Điểm» phải là số, đang là «ba»".
    public var description: String {
        guard let row else { return "Trang «\(sheet)»: \(reason)" }
        return "Trang «\(sheet)», dòng \(row): \(reason)"
    }
}

/// The tables could not be read; nothing was imported. Lists every problem found (at most
/// `CriteriaTableError.maxProblems`), in sheet and row order.
public struct CriteriaTableError: Error, Sendable, Equatable, CustomStringConvertible {
    public static let maxProblems = 200

    public var problems: [CriteriaTableProblem]

    public init(problems: [CriteriaTableProblem]) { self.problems = problems }

    public var description: String { problems.map(\.description).joined(separator: "\n") }
}
