/// One worksheet part (`xl/worksheets/sheetN.xml`): frozen header, column widths and formats, cells.
enum SheetXML {
    static func worksheet(_ sheet: Worksheet, isFirst: Bool) -> String {
        var xml = SpreadsheetParts.declaration
        xml += #"<worksheet xmlns="\#(SpreadsheetParts.mainNamespace)" xmlns:r="\#(SpreadsheetParts.relationshipNamespace)">"#
        xml += sheetView(frozenHeader: !sheet.rows.isEmpty, selected: isFirst)
        xml += #"<sheetFormatPr defaultRowHeight="15"/>"#
        let numeric = numericColumns(sheet)
        xml += columns(sheet, numeric: numeric)
        xml += "<sheetData>"
        for (r, row) in sheet.rows.enumerated() {
            xml += #"<row r="\#(r + 1)">"#
            for (c, cell) in row.enumerated() {
                xml += self.cell(cell, reference: CellReference.name(row: r, column: c), header: r == 0)
            }
            xml += "</row>"
        }
        return xml + "</sheetData></worksheet>"
    }

    /// The header row stays visible while scrolling (frozen pane below row 1).
    static func sheetView(frozenHeader: Bool, selected: Bool) -> String {
        var xml = #"<sheetViews><sheetView workbookViewId="0""# + (selected ? #" tabSelected="1""# : "") + ">"
        if frozenHeader {
            xml += #"<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>"#
            xml += #"<selection pane="bottomLeft" activeCell="A2" sqref="A2"/>"#
        }
        return xml + "</sheetView></sheetViews>"
    }

    /// Columns with at least one number below the header; the others get the Text format.
    static func numericColumns(_ sheet: Worksheet) -> Set<Int> {
        var numeric = Set<Int>()
        for row in sheet.rows.dropFirst() {
            for (c, cell) in row.enumerated() {
                if case .number = cell { numeric.insert(c) }
                if case .boolean = cell { numeric.insert(c) }
            }
        }
        return numeric
    }

    /// Width from the longest line in the column (in characters), between 6 and 60; each column also
    /// carries its default format, so rows the user adds behave like the written ones.
    static func columns(_ sheet: Worksheet, numeric: Set<Int>) -> String {
        let count = sheet.rows.map(\.count).max() ?? 0
        guard count > 0 else { return "" }
        var widths = [Int](repeating: 0, count: count)
        for row in sheet.rows {
            for (c, cell) in row.enumerated() {
                let longest = cell.string.split(separator: "\n", omittingEmptySubsequences: false).map(\.count).max() ?? 0
                widths[c] = max(widths[c], longest)
            }
        }
        var xml = "<cols>"
        for (c, width) in widths.enumerated() {
            let style = numeric.contains(c) ? SpreadsheetParts.Style.number : .text
            let shown = min(60, max(6, width + 2))
            xml += #"<col min="\#(c + 1)" max="\#(c + 1)" width="\#(shown)" style="\#(style.rawValue)" customWidth="1"/>"#
        }
        return xml + "</cols>"
    }

    static func cell(_ cell: Cell, reference: String, header: Bool) -> String {
        let textStyle = header ? SpreadsheetParts.Style.header : .text
        let numberStyle = header ? SpreadsheetParts.Style.header : .number
        switch cell {
        case .empty:
            return ""
        case .text(let text):
            if text.isEmpty { return "" }
            return #"<c r="\#(reference)" s="\#(textStyle.rawValue)" t="inlineStr"><is><t xml:space="preserve">\#(XMLText.escape(text))</t></is></c>"#
        case .number(let number):
            return #"<c r="\#(reference)" s="\#(numberStyle.rawValue)"><v>\#(numberLiteral(number))</v></c>"#
        case .boolean(let value):
            return #"<c r="\#(reference)" s="\#(numberStyle.rawValue)" t="b"><v>\#(value ? 1 : 0)</v></c>"#
        }
    }

    /// The shortest decimal that reads back as the same Double ("3", "2.5", "1e-05").
    static func numberLiteral(_ number: Double) -> String {
        if number == number.rounded(), abs(number) < 1e15 { return String(Int64(number)) }
        return "\(number)"
    }
}
