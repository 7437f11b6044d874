/// Thành phần hồ sơ bắt buộc theo loại hồ sơ: which document types each kind of dossier must contain.
///
/// Data, not code, because the requirement differs by kind and provinces tighten it:
/// - new: the five items the list marks mandatory (registration form, business plan, organisation,
///   business registration, product samples) and the self-assessment;
/// - upgrade: the same, since upgrading "takes the full procedure";
/// - re-recognition: registration form, self-assessment and the report on the three years of
///   recognition, and nothing else (DOMAIN: "registration + self-assessment + results of the 3 years"),
///   which spares the producer the hundreds of pages of a first dossier.
public struct DossierRequirements: Sendable, Codable, Equatable, Hashable {
    /// Yêu cầu của một loại hồ sơ.
    public struct KindRule: Sendable, Codable, Equatable, Hashable {
        public var kind: DossierKind
        public var items: [Item]
        /// Căn cứ: why these items, shown to producers and officers.
        public var basis: String

        public init(kind: DossierKind, items: [Item], basis: String = "") {
            self.kind = kind
            self.items = items
            self.basis = basis
        }

        enum CodingKeys: String, CodingKey { case kind, items, basis }
    }

    /// One required document type.
    public struct Item: Sendable, Codable, Equatable, Hashable {
        public var code: Int
        /// Not required for service products (group "Dịch vụ du lịch cộng đồng…"): the list says
        /// "05 đơn vị sản phẩm (trừ sản phẩm dịch vụ)" for samples.
        public var exceptForServices: Bool

        public init(code: Int, exceptForServices: Bool = false) {
            self.code = code
            self.exceptForServices = exceptForServices
        }

        enum CodingKeys: String, CodingKey { case code, exceptForServices }
    }

    public var rules: [KindRule]

    public init(rules: [KindRule]) { self.rules = rules }

    enum CodingKeys: String, CodingKey { case rules }

    /// The items of a kind; empty when the kind has no rule (every document then optional).
    public func items(for kind: DossierKind) -> [Item] {
        rules.first { $0.kind == kind }?.items ?? []
    }

    public func basis(for kind: DossierKind) -> String {
        rules.first { $0.kind == kind }?.basis ?? ""
    }

    /// The practice described above, built from a catalogue's mandatory flags so that a province
    /// that marks another item mandatory changes new and upgrade dossiers with it.
    /// - Parameters:
    ///   - registrationFormCode: the code of "Phiếu đăng ký", the one item of a first dossier that
    ///     re-recognition also needs.
    ///   - productSampleCode: the code of "Sản phẩm mẫu", waived for service products.
    public static func standard(from catalogue: DossierDocumentCatalogue, registrationFormCode: Int = 1,
                                productSampleCode: Int = 5) -> DossierRequirements {
        let selfAssessment = DossierDocumentType.selfAssessment.code
        let full = catalogue.mandatoryCodes.map { Item(code: $0, exceptForServices: $0 == productSampleCode) }
            + [Item(code: selfAssessment)]
        return DossierRequirements(rules: [
            KindRule(kind: .new, items: full,
                     basis: "Các tài liệu bắt buộc của danh mục hồ sơ và phiếu tự đánh giá (QĐ 148/QĐ-TTg)."),
            KindRule(kind: .reRecognition,
                     items: [Item(code: registrationFormCode), Item(code: selfAssessment), Item(code: DossierDocumentType.threeYearResults.code)],
                     basis: "Đánh giá lại khi giấy chứng nhận hết hạn: phiếu đăng ký, phiếu tự đánh giá và báo cáo kết quả 03 năm."),
            KindRule(kind: .upgrade, items: full,
                     basis: "Nâng hạng thực hiện đầy đủ quy trình như đăng ký mới."),
        ])
    }

    /// Required codes that the catalogue does not define, in Vietnamese: a configuration error that
    /// would leave producers facing a requirement they cannot see.
    public func problems(against catalogue: DossierDocumentCatalogue) -> [String] {
        rules.flatMap { rule in
            rule.items.filter { catalogue[$0.code] == nil }.map {
                "\(rule.kind.title): tài liệu bắt buộc mã \($0.code) không có trong danh mục tài liệu hồ sơ."
            }
        }
    }
}
