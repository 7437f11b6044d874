import Foundation
import OCOPCore

/// Reads an uploaded criteria file by its content, not its name: a JSON document starts with "{",
/// an XLSX workbook is a ZIP ("PK"). Anything else is refused with a Vietnamese reason.
enum CriteriaFiles {
    struct Unreadable: Error { let reasons: [String] }

    static func read(_ data: Data) throws -> CriteriaSet {
        let head = data.prefix(64).drop { $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 || $0 == 0xEF || $0 == 0xBB || $0 == 0xBF }
        if head.first == UInt8(ascii: "{") {
            do {
                return try CriteriaSetDocument.load(data)
            } catch let error as CriteriaSetDocument.UnsupportedSchema {
                throw Unreadable(reasons: [error.description])
            } catch let error as DecodingError {
                throw Unreadable(reasons: [describe(error)])
            }
        }
        // "PK" is a ZIP (an .xlsx); D0 CF 11 E0 is an old .xls or a password-protected workbook,
        // which the reader names precisely.
        if data.starts(with: [0x50, 0x4B, 0x03, 0x04]) || data.starts(with: [0xD0, 0xCF, 0x11, 0xE0]) {
            return try CriteriaWorkbook.read(data)
        }
        throw Unreadable(reasons: ["Tệp không phải JSON hay bảng tính Excel (.xlsx). Hãy tải tệp mẫu từ trang một bộ tiêu chí."])
    }

    /// A JSON decoding error as a person can act on it: where in the document, and what is wrong.
    private static func describe(_ error: DecodingError) -> String {
        func path(_ context: DecodingError.Context) -> String {
            let items = context.codingPath.map { $0.intValue.map { "[\($0 + 1)]" } ?? ".\($0.stringValue)" }.joined()
            return items.isEmpty ? "gốc tài liệu" : items
        }
        switch error {
        case .keyNotFound(let key, let context): return "Thiếu trường «\(key.stringValue)» tại \(path(context))."
        case .typeMismatch(_, let context), .valueNotFound(_, let context): return "Giá trị sai kiểu tại \(path(context)): \(context.debugDescription)"
        case .dataCorrupted(let context): return "Tệp JSON hỏng tại \(path(context)): \(context.debugDescription)"
        @unknown default: return "Tệp JSON không đọc được."
        }
    }
}
