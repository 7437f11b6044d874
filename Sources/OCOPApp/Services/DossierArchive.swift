import Foundation
import OCOPCore
import ZIPFoundation

/// Tải hồ sơ: the whole dossier as one ZIP for the officers who read it, with an index
/// ("00-MUC-LUC.txt") listing each document, its file in the archive, who filed it and its SHA-256,
/// what is still missing and the self-assessment result, so the ZIP stands on its own when printed.
enum DossierArchive {
    struct Entry {
        let code: Int
        let title: String
        let fileName: String
        let uploadedBy: String
        let uploadedAt: Date
        let sha256: String
        let bytes: Data
    }

    /// A file of Mẫu số 02's annex: evidence the producer attached to one criterion.
    struct Evidence {
        let criterion: String
        let fileName: String
        let uploadedBy: String
        let uploadedAt: Date
        let sha256: String
        let bytes: Data
    }

    static func data(header: [(String, String)], entries: [Entry], checklist: DossierChecklist, selfAssessment: String,
                     evidence: [Evidence] = []) throws -> Data {
        let archive = try Archive(data: Data(), accessMode: .create, pathEncoding: nil)
        var lines = ["MỤC LỤC HỒ SƠ OCOP", ""] + header.map { "\($0.0): \($0.1)" } + ["", checklist.summary, "", "TÀI LIỆU:"]
        var used = Set<String>()
        for (index, entry) in entries.enumerated() {
            var path = String(format: "%02d-%02d-", entry.code, index + 1) + entry.fileName
            while !used.insert(path).inserted { path = "x" + path }
            lines.append("\(path)")
            lines.append("   \(entry.code). \(entry.title) — \(entry.uploadedBy), \(VietnameseFormat.dateTime(entry.uploadedAt)); SHA-256 \(entry.sha256)")
            try add(archive, path, entry.bytes)
        }
        if entries.isEmpty { lines.append("(chưa có tài liệu)") }
        let missing = checklist.missing.map(\.missingMessage)
        if !missing.isEmpty { lines += ["", "CÒN THIẾU:"] + missing }
        lines += ["", "TỰ ĐÁNH GIÁ:", selfAssessment, ""]
        if !evidence.isEmpty {
            // Mẫu số 02's annex, under its own folder so a criterion's files stay together.
            lines += ["MINH CHỨNG THEO TIÊU CHÍ (phụ lục Mẫu số 02):"]
            for (index, file) in evidence.enumerated() {
                var path = "minh-chung/\(file.criterion)-" + String(format: "%02d-", index + 1) + file.fileName
                while !used.insert(path).inserted { path = "minh-chung/x" + path.dropFirst("minh-chung/".count) }
                lines.append(path)
                lines.append("   Tiêu chí \(file.criterion) — \(file.uploadedBy), \(VietnameseFormat.dateTime(file.uploadedAt)); SHA-256 \(file.sha256)")
                try add(archive, path, file.bytes)
            }
            lines.append("")
        }
        try add(archive, "00-MUC-LUC.txt", Data(lines.joined(separator: "\r\n").utf8))
        guard let data = archive.data else { throw Archive.ArchiveError.unwritableArchive }
        return data
    }

    private static func add(_ archive: Archive, _ path: String, _ bytes: Data) throws {
        try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(bytes.count), compressionMethod: .deflate) { position, size in
            bytes.subdata(in: Int(position)..<(Int(position) + size))
        }
    }
}
