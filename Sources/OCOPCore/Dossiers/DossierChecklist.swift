/// Kiểm tra thành phần hồ sơ: what a dossier of a given kind still lacks, before the producer may
/// submit and when the commune checks the dossier's form.
///
/// Only presence is checked (at least one file under the type's code); whether a document is good
/// enough is the commune's judgement, recorded as a return for supplement.
public struct DossierChecklist: Sendable, Equatable {
    /// Trạng thái một tài liệu bắt buộc.
    public enum Status: Sendable, Equatable, Hashable {
        case present(fileCount: Int)
        case missing
        /// Not required for this dossier, with the reason.
        case waived(String)
    }

    /// One required document and its status.
    public struct Item: Sendable, Equatable, Hashable {
        public var code: Int
        /// Nil when the requirement names a code the catalogue lacks (see `configurationProblems`).
        public var type: DossierDocumentType?
        public var status: Status

        /// The title, or a placeholder naming the code.
        public var title: String { type?.title ?? "Tài liệu mã \(code)" }

        /// "Thiếu «Phiếu đăng ký»: Phiếu đăng ký ý tưởng sản phẩm, đăng ký sản phẩm."
        public var missingMessage: String {
            let detail = type.map(\.description).map(DossierText.trimmed) ?? ""
            return "Thiếu \(DossierText.quoted(title))" + (detail.isEmpty ? "." : ": \(detail).")
        }
    }

    public var kind: DossierKind
    /// Required documents in requirement order.
    public var items: [Item]
    /// Codes with files that the catalogue does not know: kept, but shown to the officer.
    public var unknownCodes: [Int]
    /// Requirements that reference codes absent from the catalogue.
    public var configurationProblems: [String]

    /// - Parameters:
    ///   - present: the dossier's files by document type code; an empty list counts as absent.
    ///   - isServiceProduct: the product belongs to the tourism-service group, which sends no samples.
    ///   - handedIn: documents brought to the commune rather than uploaded, with the sentence that says
    ///     so (26/2026's 05 samples, which the commune records on receipt): not asked of the producer.
    public init(kind: DossierKind, catalogue: DossierDocumentCatalogue, requirements: DossierRequirements,
                present: [Int: [String]], isServiceProduct: Bool = false, handedIn: [Int: String] = [:]) {
        self.kind = kind
        items = requirements.items(for: kind).map { requirement in
            let files = present[requirement.code]?.count ?? 0
            let status: Status
            if files > 0 {
                status = .present(fileCount: files)
            } else if requirement.exceptForServices && isServiceProduct {
                status = .waived("Sản phẩm dịch vụ không phải nộp tài liệu này.")
            } else if let handing = handedIn[requirement.code] {
                status = .waived(handing)
            } else {
                status = .missing
            }
            return Item(code: requirement.code, type: catalogue[requirement.code], status: status)
        }
        unknownCodes = present.filter { !$0.value.isEmpty && catalogue[$0.key] == nil }.map(\.key).sorted()
        configurationProblems = items.filter { $0.type == nil }.map {
            "Tài liệu bắt buộc mã \($0.code) không có trong danh mục tài liệu hồ sơ."
        }
    }

    public var missing: [Item] { items.filter { $0.status == .missing } }

    public var isComplete: Bool { missing.isEmpty }

    /// One line for the dossier page and the submit button's refusal.
    /// "Hồ sơ đăng ký mới còn thiếu 2 tài liệu bắt buộc: Phiếu đăng ký; Sản phẩm mẫu."
    public var summary: String {
        let required = items.filter { if case .waived = $0.status { false } else { true } }.count
        if isComplete {
            return "\(DossierText.sentence(kind.dossierPhrase)) đã đủ \(required)/\(required) tài liệu bắt buộc."
        }
        let names = missing.map(\.title).joined(separator: "; ")
        return "\(DossierText.sentence(kind.dossierPhrase)) còn thiếu \(missing.count) tài liệu bắt buộc: \(names)."
    }

    /// One line per missing document, with what is expected.
    public var missingMessages: [String] { missing.map(\.missingMessage) }
}
