import Foundation

/// One file in a ZIP's central directory.
struct ZipEntry {
    var name: String
    var method: UInt16
    var crc32: UInt32
    var compressedSize: UInt64
    var uncompressedSize: UInt64
    var localHeaderOffset: UInt64
}

/// The central directory of a ZIP file (PKWARE APPNOTE 4.3), ZIP64 included, parsed with every
/// offset and length checked against the data: a corrupted upload gives `notXLSX`, never a crash.
enum ZipDirectory {
    static func entries(_ bytes: ByteReader) throws(XLSXError) -> [ZipEntry] {
        guard let end = endRecord(bytes) else { throw .notXLSX }
        var count = UInt64(bytes.uint16(end + 10) ?? 0)
        var size = UInt64(bytes.uint32(end + 12) ?? 0)
        var offset = UInt64(bytes.uint32(end + 16) ?? 0)
        if count == 0xFFFF || size == 0xFFFF_FFFF || offset == 0xFFFF_FFFF {
            guard end >= 20, bytes.uint32(end - 20) == 0x0706_4B50, let record64 = bytes.uint64(end - 12).flatMap({ Int(exactly: $0) }),
                  bytes.uint32(record64) == 0x0606_4B50,
                  let c = bytes.uint64(record64 + 32), let s = bytes.uint64(record64 + 40), let o = bytes.uint64(record64 + 48) else {
                throw .notXLSX
            }
            (count, size, offset) = (c, s, o)
        }
        guard let start = Int(exactly: offset), let length = Int(exactly: size), start <= bytes.count,
              length <= bytes.count - start else { throw .notXLSX }
        var entries: [ZipEntry] = []
        var position = start
        let limit = start + length
        while entries.count < count, position + 46 <= limit {
            guard bytes.uint32(position) == 0x0201_4B50, var entry = parseEntry(bytes, at: position),
                  let nameLength = bytes.uint16(position + 28), let extraLength = bytes.uint16(position + 30),
                  let commentLength = bytes.uint16(position + 32) else { throw .notXLSX }
            let extraStart = position + 46 + Int(nameLength)
            guard extraStart + Int(extraLength) <= limit else { throw .notXLSX }
            applyZIP64(bytes, extra: extraStart..<(extraStart + Int(extraLength)), to: &entry)
            entries.append(entry)
            position = extraStart + Int(extraLength) + Int(commentLength)
        }
        return entries
    }

    /// Where the entry's data begins, after its local header; nil when out of bounds.
    static func dataStart(of entry: ZipEntry, in bytes: ByteReader) -> Int? {
        guard let offset = Int(exactly: entry.localHeaderOffset), bytes.uint32(offset) == 0x0403_4B50,
              let nameLength = bytes.uint16(offset + 26), let extraLength = bytes.uint16(offset + 28) else { return nil }
        let start = offset + 30 + Int(nameLength) + Int(extraLength)
        return start <= bytes.count ? start : nil
    }

    /// The end-of-central-directory record, searched backwards over the longest possible comment.
    private static func endRecord(_ bytes: ByteReader) -> Int? {
        guard bytes.count >= 22 else { return nil }
        let lowest = max(0, bytes.count - 22 - 65_535)
        var position = bytes.count - 22
        while position >= lowest {
            if bytes.uint32(position) == 0x0605_4B50 { return position }
            position -= 1
        }
        return nil
    }

    private static func parseEntry(_ bytes: ByteReader, at position: Int) -> ZipEntry? {
        guard let flags = bytes.uint16(position + 8), flags & 1 == 0,  // bit 0: encrypted entry
              let method = bytes.uint16(position + 10), let crc = bytes.uint32(position + 16),
              let compressed = bytes.uint32(position + 20), let uncompressed = bytes.uint32(position + 24),
              let nameLength = bytes.uint16(position + 28), let offset = bytes.uint32(position + 42),
              let name = bytes.slice(position + 46, Int(nameLength)) else { return nil }
        return ZipEntry(name: String(decoding: name, as: UTF8.self), method: method, crc32: crc,
                        compressedSize: UInt64(compressed), uncompressedSize: UInt64(uncompressed),
                        localHeaderOffset: UInt64(offset))
    }

    /// The ZIP64 extra field (id 1) holds, in this order, the sizes and offset that did not fit in 32 bits.
    private static func applyZIP64(_ bytes: ByteReader, extra: Range<Int>, to entry: inout ZipEntry) {
        var position = extra.lowerBound
        while position + 4 <= extra.upperBound {
            guard let id = bytes.uint16(position), let length = bytes.uint16(position + 2) else { return }
            let body = position + 4
            if id == 1 {
                var field = body
                func next() -> UInt64? {
                    guard field + 8 <= min(body + Int(length), extra.upperBound), let value = bytes.uint64(field) else { return nil }
                    field += 8
                    return value
                }
                if entry.uncompressedSize == 0xFFFF_FFFF, let value = next() { entry.uncompressedSize = value }
                if entry.compressedSize == 0xFFFF_FFFF, let value = next() { entry.compressedSize = value }
                if entry.localHeaderOffset == 0xFFFF_FFFF, let value = next() { entry.localHeaderOffset = value }
                return
            }
            position = body + Int(length)
        }
    }
}

/// Little-endian reads that return nil instead of trapping outside the data.
struct ByteReader {
    let data: Data
    var count: Int { data.count }

    func slice(_ offset: Int, _ length: Int) -> Data? {
        guard offset >= 0, length >= 0, offset <= data.count, length <= data.count - offset else { return nil }
        let start = data.startIndex + offset
        return data.subdata(in: start..<(start + length))
    }

    private func value(_ offset: Int, _ width: Int) -> UInt64? {
        guard offset >= 0, offset <= data.count - width else { return nil }
        var result: UInt64 = 0
        for index in (0..<width).reversed() {
            result = result << 8 | UInt64(data[data.startIndex + offset + index])
        }
        return result
    }

    func uint16(_ offset: Int) -> UInt16? { value(offset, 2).map { UInt16($0) } }
    func uint32(_ offset: Int) -> UInt32? { value(offset, 4).map { UInt32($0) } }
    func uint64(_ offset: Int) -> UInt64? { value(offset, 8) }
}
