import Foundation
import OCOPCore

/// Bộ tiêu chí dạng Excel: placeholder until the XLSX module lands.
enum CriteriaWorkbook {
    static func read(_ data: Data) throws -> CriteriaSet {
        throw CriteriaFiles.Unreadable(reasons: ["Chưa hỗ trợ nhập tệp Excel."])
    }

    static func data(_ set: CriteriaSet) throws -> Data {
        throw CriteriaFiles.Unreadable(reasons: ["Chưa hỗ trợ xuất tệp Excel."])
    }
}
