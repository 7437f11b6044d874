import Foundation
import ZIPFoundation

/// The ZIP container of an uploaded .xlsx, read defensively.
///
/// Why not ZIPFoundation's `Archive`: its in-memory reader traps (crashes the server) when a
/// corrupted header points past the end of the data, and its inflate loop never ends on a truncated
/// stream. So the container is parsed here with every offset checked, and only ZIPFoundation's
/// `Data.decompress` (zlib) is used, fed one padded chunk so that it can neither read past the data
/// nor wait for more.
///
/// Every part is expanded in memory, so a small upload that expands to gigabytes (a "ZIP bomb") is
/// stopped while it expands: the declared size is checked first, then the bytes actually produced.
struct ZipPackage {
    private let data: Data
    /// Part names are case-insensitive in the Open Packaging Conventions.
    private var entries: [String: ZipEntry] = [:]
    private let limits: XLSXReader.Limits
    private var remaining: Int

    init(_ data: Data, limits: XLSXReader.Limits) throws(XLSXError) {
        let ole: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]
        if data.count >= 8, Array(data.prefix(8)) == ole { throw .legacyOrEncrypted }
        let bytes = ByteReader(data: data)
        guard data.count >= 22, bytes.uint32(0) == 0x0403_4B50 else { throw .notXLSX }
        self.data = data
        self.limits = limits
        self.remaining = limits.maxTotalBytes
        for entry in try ZipDirectory.entries(bytes) where !entry.name.hasSuffix("/") {
            let key = Self.key(entry.name)
            if entries[key] == nil { entries[key] = entry }
        }
    }

    private static func key(_ path: String) -> String {
        var path = path
        while path.hasPrefix("/") { path.removeFirst() }
        return path.lowercased()
    }

    func contains(_ path: String) -> Bool { entries[Self.key(path)] != nil }

    /// The part's bytes; throws `tooLarge` past the per-part limit or the package's total budget.
    mutating func read(_ path: String) throws(XLSXError) -> Data {
        guard let entry = entries[Self.key(path)] else { throw .damaged(part: path, reason: "thiếu phần này") }
        let limit = min(limits.maxPartBytes, remaining)
        guard entry.uncompressedSize <= UInt64(limit) else { throw .tooLarge(part: path, limitBytes: limits.maxPartBytes) }
        let bytes = ByteReader(data: data)
        guard let start = ZipDirectory.dataStart(of: entry, in: bytes),
              let end = Int(exactly: entry.compressedSize).map({ start + $0 }), end <= data.count else {
            throw .damaged(part: path, reason: "dữ liệu nén bị cắt cụt")
        }
        let compressed = data.subdata(in: (data.startIndex + start)..<(data.startIndex + end))
        let output: Data
        switch entry.method {
        case 0:
            output = compressed
        case 8:
            output = try inflate(compressed, limit: limit, part: path)
        default:
            throw .damaged(part: path, reason: "phương thức nén \(entry.method) không được hỗ trợ")
        }
        guard output.count == entry.uncompressedSize, output.crc32(checksum: 0) == entry.crc32 else {
            throw .damaged(part: path, reason: "dữ liệu nén bị hỏng")
        }
        remaining -= output.count
        return output
    }

    /// Raw deflate through zlib. The whole stream is handed over in one chunk padded with zeros to the
    /// buffer size ZIPFoundation assumes; a stream that still wants input after it is truncated.
    private func inflate(_ compressed: Data, limit: Int, part: String) throws(XLSXError) -> Data {
        let bufferSize = max(65_536, compressed.count + 1024)
        var output = Data()
        do {
            _ = try Data.decompress(size: Int64(compressed.count), bufferSize: bufferSize, skipCRC32: true,
                                    provider: { position, _ in
                guard position == 0 else { throw Truncated() }
                return compressed + Data(count: bufferSize - compressed.count)
            }, consumer: { chunk in
                output.append(chunk)
                if output.count > limit { throw Overflow() }
            })
        } catch is Overflow {
            throw .tooLarge(part: part, limitBytes: limits.maxPartBytes)
        } catch {
            throw .damaged(part: part, reason: "dữ liệu nén bị hỏng")
        }
        return output
    }

    private struct Overflow: Error {}
    private struct Truncated: Error {}
}
