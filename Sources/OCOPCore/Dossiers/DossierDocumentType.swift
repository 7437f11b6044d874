import Foundation

/// Loại tài liệu hồ sơ: one kind of document a dossier may contain, as listed by provincial practice
/// (`dossier-documents.json`: "Phiếu đăng ký", "Giấy đăng ký kinh doanh", …).
/// The code is the number in that list; dossiers store documents under it.
public struct DossierDocumentType: Sendable, Codable, Equatable, Hashable, Identifiable {
    public var code: Int
    public var title: String
    /// What is expected ("Bản sao có công chứng…"), shown under the title in the checklist.
    public var description: String
    /// Bắt buộc: required in every first dossier. Which items a given kind of dossier requires is
    /// decided by `DossierRequirements`, which starts from this flag.
    public var mandatory: Bool
    /// Có thời hạn: the paper is issued for a term (food-safety certificate, quality declaration, test
    /// reports, certificates, trademark), so an upload may say until when it is valid. A business
    /// registration has no term. Optional in the JSON (absent means false), so older lists still load.
    public var hasTerm: Bool

    public var id: Int { code }

    public init(code: Int, title: String, description: String = "", mandatory: Bool = false, hasTerm: Bool = false) {
        self.code = code
        self.title = title
        self.description = description
        self.mandatory = mandatory
        self.hasTerm = hasTerm
    }

    enum CodingKeys: String, CodingKey { case code, title, description, mandatory, hasTerm }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        code = try container.decode(Int.self, forKey: .code)
        title = try container.decode(String.self, forKey: .title)
        description = try container.decodeIfPresent(String.self, forKey: .description) ?? ""
        mandatory = try container.decodeIfPresent(Bool.self, forKey: .mandatory) ?? false
        hasTerm = try container.decodeIfPresent(Bool.self, forKey: .hasTerm) ?? false
    }

    /// Phiếu tự đánh giá: the producer's self-assessment on the scoring sheet. It is not in the
    /// 1048-era list but every dossier needs it (148: producers self-assess before submitting), and
    /// re-recognition needs it by name. When the self-assessment is done on screen, the application
    /// files the saved sheet under this code.
    public static let selfAssessment = DossierDocumentType(
        code: 19, title: "Phiếu tự đánh giá, phân hạng sản phẩm",
        description: "Chủ thể tự chấm điểm sản phẩm theo phiếu đánh giá của bộ sản phẩm", mandatory: false)

    /// Báo cáo kết quả 3 năm: what the product achieved during its recognition, required to be
    /// re-recognised after the 36 months of a certificate.
    public static let threeYearResults = DossierDocumentType(
        code: 20, title: "Báo cáo kết quả sản xuất, kinh doanh sản phẩm trong 03 năm",
        description: "Kết quả sản xuất, kinh doanh, duy trì chất lượng sản phẩm trong thời gian được công nhận",
        mandatory: false)
}

/// Danh mục tài liệu hồ sơ: the list of document types in force, decoded from the JSON format of
/// `dossier-documents.json` (`{"source": …, "documentTypes": [{"code", "title", "description", "mandatory"}]}`),
/// so that a province can change the list without a new release.
public struct DossierDocumentCatalogue: Sendable, Codable, Equatable, Hashable {
    /// Nguồn: where the list comes from, shown to users who ask why a document is required.
    public var source: String
    public var documentTypes: [DossierDocumentType]

    public init(source: String = "", documentTypes: [DossierDocumentType]) {
        self.source = source
        self.documentTypes = documentTypes
    }

    enum CodingKeys: String, CodingKey { case source, documentTypes }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        source = try container.decodeIfPresent(String.self, forKey: .source) ?? ""
        documentTypes = try container.decode([DossierDocumentType].self, forKey: .documentTypes)
    }

    /// Decodes and checks a catalogue; the error names the first problem in Vietnamese.
    public static func decode(_ data: Data) throws(DossierCatalogueError) -> DossierDocumentCatalogue {
        let catalogue: DossierDocumentCatalogue
        do {
            catalogue = try JSONDecoder().decode(DossierDocumentCatalogue.self, from: data)
        } catch {
            throw .unreadable(String(describing: error))
        }
        if let problem = catalogue.problems.first { throw .invalid(problem) }
        return catalogue
    }

    /// What is wrong with the list, in Vietnamese: duplicate codes, codes below 1, blank titles.
    /// A duplicate code would make documents stored under it ambiguous.
    public var problems: [String] {
        var problems: [String] = []
        var seen = Set<Int>()
        if documentTypes.isEmpty { problems.append("Danh mục tài liệu hồ sơ không có loại tài liệu nào.") }
        for type in documentTypes {
            if type.code < 1 { problems.append("Mã loại tài liệu phải từ 1 trở lên (gặp \(type.code)).") }
            if !seen.insert(type.code).inserted { problems.append("Mã loại tài liệu \(type.code) bị trùng.") }
            if DossierText.isBlank(type.title) { problems.append("Loại tài liệu mã \(type.code) chưa có tên.") }
        }
        return problems
    }

    public subscript(code: Int) -> DossierDocumentType? { documentTypes.first { $0.code == code } }

    /// The catalogue with types added where their code is not yet used: how the self-assessment
    /// and three-year report join a 1048-era list without editing it.
    public func adding(_ extra: [DossierDocumentType]) -> DossierDocumentCatalogue {
        var copy = self
        for type in extra where self[type.code] == nil { copy.documentTypes.append(type) }
        return copy
    }

    /// Codes of the types marked mandatory, in list order.
    public var mandatoryCodes: [Int] { documentTypes.filter(\.mandatory).map(\.code) }
}

/// Lỗi danh mục tài liệu: why a catalogue file was refused.
public enum DossierCatalogueError: Error, Sendable, Equatable, CustomStringConvertible {
    case unreadable(String)
    case invalid(String)

    public var message: String {
        switch self {
        case .unreadable(let detail): "Không đọc được danh mục tài liệu hồ sơ (JSON không đúng định dạng): \(detail)"
        case .invalid(let problem): "Danh mục tài liệu hồ sơ không hợp lệ: \(problem)"
        }
    }

    public var description: String { message }
}
