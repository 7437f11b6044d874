import Foundation

/// Chính sách tải tệp lên: which files a dossier accepts, judged by their content and never by their
/// name, since a renamed program ("ho-so.pdf" that is really a Windows executable) must not reach the
/// officers who open dossier files all day.
public struct UploadPolicy: Sendable, Equatable, Hashable {
    /// Dung lượng tối đa của một tệp, in bytes.
    public var maxBytes: Int
    public var allowedTypes: Set<UploadContentType>

    /// 20 MB fits a scanned dossier section at a readable resolution and keeps uploads over rural
    /// mobile connections within a few minutes.
    public static let defaultMaxBytes = 20 * 1_048_576

    public init(maxBytes: Int = UploadPolicy.defaultMaxBytes, allowedTypes: Set<UploadContentType> = Set(UploadContentType.allCases)) {
        self.maxBytes = maxBytes
        self.allowedTypes = allowedTypes
    }

    /// Checks a file: size, then content. `zipEntryNames` may give the archive's entries when the
    /// caller has already read them; otherwise they are read from the bytes.
    public func check(_ data: Data, fileName: String, zipEntryNames: [String]? = nil) -> Result<AcceptedUpload, Refusal> {
        if let refusal = checkSize(data.count, fileName: fileName) { return .failure(refusal) }
        let shown = Self.displayName(fileName)
        switch Self.detect(data, zipEntryNames: zipEntryNames) {
        case .accepted(let type):
            guard allowedTypes.contains(type) else {
                return .failure(Refusal(file: .notAllowed, "Mục này không nhận tệp \(type.title); \(acceptedList)."))
            }
            return .success(AcceptedUpload(contentType: type, size: data.count, fileName: Self.safeFileName(fileName, as: type)))
        case .refused(let reason):
            return .failure(Refusal(file: reason, Self.message(reason, file: shown, accepted: acceptedList)))
        }
    }

    /// The size alone, for refusing before the whole body is read (from Content-Length).
    public func checkSize(_ size: Int, fileName: String) -> Refusal? {
        let shown = Self.displayName(fileName)
        if size == 0 { return Refusal(file: .empty, "Tệp \(shown) rỗng, không có nội dung.") }
        guard size > maxBytes else { return nil }
        return Refusal(file: .tooLarge, "Tệp \(shown) có dung lượng \(DossierText.megabytes(size)), vượt giới hạn "
            + "\(DossierText.megabytes(maxBytes)) cho mỗi tệp. Vui lòng giảm độ phân giải khi quét hoặc tách thành nhiều tệp.")
    }

    private var acceptedList: String {
        "chỉ nhận " + UploadContentType.allCases.filter(allowedTypes.contains).map(\.title).joined(separator: ", ")
    }

    /// Kết quả nhận dạng: a document format, or why the content is not one.
    public enum Detection: Sendable, Equatable, Hashable {
        case accepted(UploadContentType)
        case refused(FileProblem)
    }

    /// Recognises the content by its first bytes (magic numbers) and, for ZIP archives, the entries.
    public static func detect(_ data: Data, zipEntryNames: [String]? = nil) -> Detection {
        let head = [UInt8](data.prefix(8))
        func starts(_ signature: [UInt8]) -> Bool { head.starts(with: signature) }
        if data.isEmpty { return .refused(.empty) }
        if starts(Array("%PDF-".utf8)) { return .accepted(.pdf) }
        if starts([0xFF, 0xD8, 0xFF]) { return .accepted(.jpeg) }
        if starts([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) { return .accepted(.png) }
        if starts([0x50, 0x4B, 0x03, 0x04]) { return officeDocument(zipEntryNames ?? ZipDirectory.entryNames(in: data)) }
        if starts([0x50, 0x4B, 0x05, 0x06]) { return .refused(.archive) }  // an empty ZIP archive
        if starts(Array("MZ".utf8)) || starts([0x7F, 0x45, 0x4C, 0x46]) { return .refused(.executable) }
        if starts(Array("#!".utf8)) { return .refused(.script) }
        if starts([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) { return .refused(.legacyOffice) }
        return .refused(.unsupported)
    }

    /// A Word or Excel file is a ZIP archive with "[Content_Types].xml" and a "word/" or "xl/" part.
    /// Macro-enabled documents (a "vbaProject.bin" part) are refused: macros run code on the officer's
    /// computer, and OCOP forms need none.
    private static func officeDocument(_ names: [String]?) -> Detection {
        guard let names else { return .refused(.damagedArchive) }
        guard names.contains("[Content_Types].xml") else { return .refused(.archive) }
        let word = names.contains { $0.hasPrefix("word/") }, excel = names.contains { $0.hasPrefix("xl/") }
        if names.contains(where: { $0.hasSuffix("vbaProject.bin") }) { return .refused(.macro) }
        switch (word, excel) {
        case (true, false): return .accepted(.docx)
        case (false, true): return .accepted(.xlsx)
        default: return .refused(.archive)
        }
    }

    private static func message(_ reason: FileProblem, file: String, accepted: String) -> String {
        switch reason {
        case .empty: "Tệp \(file) rỗng, không có nội dung."
        case .executable: "Tệp \(file) là chương trình máy tính, không phải tài liệu; hệ thống không nhận."
        case .script: "Tệp \(file) là tệp lệnh (script), không phải tài liệu; hệ thống không nhận."
        case .legacyOffice: "Tệp \(file) là Word/Excel định dạng cũ (.doc, .xls); vui lòng lưu lại thành .docx, .xlsx hoặc PDF rồi tải lên."
        case .macro: "Tệp \(file) có chứa macro; vui lòng lưu lại thành tệp không có macro (.docx, .xlsx) hoặc PDF."
        case .archive: "Tệp \(file) là tệp nén, không phải tài liệu Word/Excel; vui lòng tải lên từng tài liệu."
        case .damagedArchive: "Tệp \(file) bị hỏng, không đọc được; vui lòng lưu lại và tải lên lần nữa."
        case .unsupported, .notAllowed, .tooLarge: "Tệp \(file) không đúng định dạng: \(accepted)."
        }
    }

    /// The name as given, without folders, trimmed and shortened for messages: «ho-so.pdf».
    static func displayName(_ fileName: String) -> String {
        let last = fileName.split(whereSeparator: { $0 == "/" || $0 == "\\" }).last.map(String.init) ?? ""
        let trimmed = DossierText.trimmed(last.filter { !$0.unicodeScalars.contains { $0.properties.generalCategory == .control } })
        return DossierText.quoted(trimmed.count > 60 ? String(trimmed.prefix(57)) + "…" : trimmed)
    }

    /// A name safe to offer for download and to put in an export archive: the uploaded name without
    /// folders, control or reserved characters (`<>:"/\|?*`), leading dots or Windows device names,
    /// at most 150 bytes before the extension, in Unicode NFC so Vietnamese letters stay whole; and
    /// with the extension of the detected content, so "bao-cao.pdf.exe" holding a PDF becomes
    /// "bao-cao.pdf.pdf" and never opens as a program. Files are stored under their id, not this name.
    public static func safeFileName(_ original: String, as type: UploadContentType) -> String {
        var base = original.precomposedStringWithCanonicalMapping
        if let slash = base.lastIndex(where: { $0 == "/" || $0 == "\\" }) { base = String(base[base.index(after: slash)...]) }
        if let dot = base.lastIndex(of: "."), dot != base.startIndex { base = String(base[..<dot]) }
        let reserved = Set("<>:\"/\\|?*")
        base = String(base.map { character -> Character in
            let isControl = character.unicodeScalars.contains { $0.properties.generalCategory == .control || $0.properties.generalCategory == .format }
            return isControl || reserved.contains(character) || character.isWhitespace ? " " : character
        })
        base = base.split(separator: " ").joined(separator: " ")
        while let first = base.first, first == "." || first == " " || first == "-" { base.removeFirst() }
        while let last = base.last, last == "." || last == " " { base.removeLast() }
        while base.utf8.count > 150 { base.removeLast() }
        while let last = base.last, last == "." || last == " " { base.removeLast() }
        let device = base.uppercased()
        if ["CON", "PRN", "AUX", "NUL"].contains(device)
            || (device.count == 4 && (device.hasPrefix("COM") || device.hasPrefix("LPT")) && device.last!.isNumber) {
            base = "_" + base
        }
        if base.isEmpty { base = "tai-lieu" }
        return "\(base).\(type.fileExtension)"
    }
}

/// Tệp được nhận.
public struct AcceptedUpload: Sendable, Equatable, Hashable {
    public var contentType: UploadContentType
    public var size: Int
    /// `UploadPolicy.safeFileName` of the uploaded name.
    public var fileName: String
}
