/// Lỗi bảng tính: why a workbook could not be read or written, said in Vietnamese for the person
/// who uploaded or asked for the file (`description`).
public enum XLSXError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Not a ZIP package, or a ZIP package without a SpreadsheetML workbook.
    case notXLSX
    /// An OLE compound file: an old .xls workbook, or an .xlsx protected by a password (Excel encrypts those).
    case legacyOrEncrypted
    /// An OpenDocument spreadsheet (.ods) saved by LibreOffice in its own format.
    case openDocument
    /// A workbook part is missing or not readable XML.
    case damaged(part: String, reason: String)
    /// A part expands beyond the reader's limit: refused before it fills the memory (a "ZIP bomb").
    case tooLarge(part: String, limitBytes: Int)
    /// The writer was given a sheet name Excel refuses; `reason` comes from `Worksheet.nameProblem`.
    case invalidSheetName(String, reason: String)
    case duplicateSheetName(String)
    case noSheets
    /// More than Excel's 32,767 characters in one cell.
    case cellTooLong(sheet: String, reference: String)
    /// NaN or infinity, which a cell cannot hold.
    case invalidNumber(sheet: String, reference: String)
    /// More rows or columns than a sheet can have (1,048,576 × 16,384).
    case sheetTooBig(sheet: String)
    /// The ZIP library failed while writing.
    case packaging(String)

    public var description: String {
        switch self {
        case .notXLSX:
            "Tệp không phải bảng tính Excel (.xlsx) hợp lệ."
        case .legacyOrEncrypted:
            "Tệp không phải bảng tính Excel (.xlsx) hợp lệ: đây là tệp Excel cũ (.xls) hoặc tệp có đặt mật khẩu. Hãy mở tệp, bỏ mật khẩu nếu có và lưu lại dưới dạng .xlsx."
        case .openDocument:
            "Tệp không phải bảng tính Excel (.xlsx) hợp lệ: đây là tệp OpenDocument (.ods). Hãy lưu lại dưới dạng Excel (.xlsx)."
        case .damaged(let part, let reason):
            "Tệp bảng tính bị hỏng (phần «\(part)»): \(reason)."
        case .tooLarge(let part, let limit):
            "Tệp bảng tính quá lớn: phần «\(part)» vượt quá \(limit / 1_048_576) MB khi giải nén."
        case .invalidSheetName(let name, let reason):
            "Tên trang «\(name)» không hợp lệ: \(reason)."
        case .duplicateSheetName(let name):
            "Tên trang «\(name)» bị trùng."
        case .noSheets:
            "Bảng tính phải có ít nhất một trang."
        case .cellTooLong(let sheet, let reference):
            "Trang «\(sheet)», ô \(reference): nội dung dài quá 32.767 ký tự."
        case .invalidNumber(let sheet, let reference):
            "Trang «\(sheet)», ô \(reference): giá trị số không hợp lệ."
        case .sheetTooBig(let sheet):
            "Trang «\(sheet)» có quá nhiều dòng hoặc cột."
        case .packaging(let reason):
            "Không tạo được tệp bảng tính: \(reason)."
        }
    }
}
