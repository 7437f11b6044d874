import Foundation

/// Mục lục tệp ZIP: the names of the entries of a ZIP archive, read from its central directory.
///
/// Word and Excel files are ZIP archives; which one a file is shows only in its entry names
/// ("word/document.xml", "xl/workbook.xml"). Reading the central directory needs no decompression,
/// so it stays within Foundation. ZIP64 archives and archives split over several disks are not
/// read (nil): an Office file under the upload limit is neither.
enum ZipDirectory {
    static func entryNames(in data: Data) -> [String]? {
        data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) -> [String]? in
            let bytes = raw.bindMemory(to: UInt8.self)
            func u16(_ at: Int) -> Int { Int(bytes[at]) | Int(bytes[at + 1]) << 8 }
            func u32(_ at: Int) -> Int { u16(at) | u16(at + 2) << 16 }

            // End of central directory: 22 bytes plus a comment of at most 65 535 bytes, at the end.
            let count = bytes.count
            guard count >= 22 else { return nil }
            var end = -1
            var position = count - 22
            while position >= max(0, count - 22 - 65_535) {
                if u32(position) == 0x0605_4B50 { end = position; break }
                position -= 1
            }
            guard end >= 0, u16(end + 4) == 0, u16(end + 6) == 0 else { return nil }
            let entries = u16(end + 10)
            let directorySize = u32(end + 12), directoryOffset = u32(end + 16)
            guard directoryOffset + directorySize <= end else { return nil }

            var names: [String] = []
            var cursor = directoryOffset
            for _ in 0..<entries {
                guard cursor + 46 <= end, u32(cursor) == 0x0201_4B50 else { return nil }
                let nameLength = u16(cursor + 28), extraLength = u16(cursor + 30), commentLength = u16(cursor + 32)
                let nameStart = cursor + 46
                guard nameStart + nameLength <= end else { return nil }
                names.append(String(decoding: bytes[nameStart..<nameStart + nameLength], as: UTF8.self))
                cursor = nameStart + nameLength + extraLength + commentLength
            }
            return names
        }
    }
}
