import Foundation
import ZIPFoundation

/// Packs parts into an in-memory ZIP, deflated, with a fixed date (2020-01-01) so that the same
/// parts always give the same bytes. Also used by the tests to build workbooks from literal XML.
enum ZipWriter {
    private static let fixedDate = Date(timeIntervalSince1970: 1_577_836_800)

    static func archive(_ parts: [(path: String, bytes: Data)]) throws(XLSXError) -> Data {
        do {
            let archive = try Archive(data: Data(), accessMode: .create, pathEncoding: nil)
            for (path, bytes) in parts {
                try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(bytes.count),
                                     modificationDate: fixedDate, compressionMethod: .deflate) { position, size in
                    bytes.subdata(in: Int(position)..<(Int(position) + size))
                }
            }
            guard let data = archive.data else { throw XLSXError.packaging("không lấy được dữ liệu nén") }
            return data
        } catch let error as XLSXError {
            throw error
        } catch {
            throw .packaging(String(describing: error))
        }
    }
}
