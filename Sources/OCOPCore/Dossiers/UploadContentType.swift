/// Định dạng tệp được nhận: the document formats a dossier accepts. Scans and photos of papers come
/// as PDF, JPEG or PNG; forms filled on a computer as Word or Excel.
public enum UploadContentType: String, Sendable, Codable, CaseIterable, Hashable {
    case pdf, jpeg, png, docx, xlsx

    public var mimeType: String {
        switch self {
        case .pdf: "application/pdf"
        case .jpeg: "image/jpeg"
        case .png: "image/png"
        case .docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
        case .xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        }
    }

    /// The extension given to the stored and downloaded file, whatever the uploaded name said.
    public var fileExtension: String {
        switch self {
        case .jpeg: "jpg"
        default: rawValue
        }
    }

    public var title: String {
        switch self {
        case .pdf: "PDF"
        case .jpeg: "ảnh JPEG"
        case .png: "ảnh PNG"
        case .docx: "Word (.docx)"
        case .xlsx: "Excel (.xlsx)"
        }
    }
}
