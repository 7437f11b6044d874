/// Chủ thể sản phẩm OCOP: the producer who owns products and files dossiers. Only what the dossier
/// rules need; contact details and the like belong to the application's record.
public struct Producer: Sendable, Codable, Equatable, Hashable {
    public var id: String
    /// Tên chủ thể, as on the business registration.
    public var name: String
    public var legalForm: ProducerLegalForm
    public var taxCode: TaxCode
    /// The commune where the producer is registered; it files its dossiers with this commune.
    public var location: UnitLocation
    /// Người đại diện theo pháp luật.
    public var representative: Representative

    public init(id: String, name: String, legalForm: ProducerLegalForm, taxCode: TaxCode, location: UnitLocation,
                representative: Representative) {
        self.id = id
        self.name = name
        self.legalForm = legalForm
        self.taxCode = taxCode
        self.location = location
        self.representative = representative
    }

    /// Người đại diện: the facts about the representative that 148's bonuses depend on.
    public struct Representative: Sendable, Codable, Equatable, Hashable {
        public var fullName: String
        public var isWoman: Bool
        public var isEthnicMinority: Bool

        public init(fullName: String, isWoman: Bool = false, isEthnicMinority: Bool = false) {
            self.fullName = fullName
            self.isWoman = isWoman
            self.isEthnicMinority = isEthnicMinority
        }
    }

    /// The facts the scoring engine reads (`ProducerFacts`), for one product: the trademark belongs to
    /// the product, the representative's facts to the producer. Filled in once here so that the council
    /// does not key them again for every product.
    public func facts(productHasRegisteredTrademark: Bool) -> ProducerFacts {
        ProducerFacts(hasRegisteredTrademark: productHasRegisteredTrademark,
                      representativeIsWoman: representative.isWoman,
                      representativeIsEthnicMinority: representative.isEthnicMinority)
    }

    /// What keeps the record from being saved, in Vietnamese; empty when it may be saved.
    public var problems: [String] {
        var problems: [String] = []
        if DossierText.isBlank(name) { problems.append("Chưa nhập tên chủ thể.") }
        if DossierText.isBlank(representative.fullName) { problems.append("Chưa nhập họ tên người đại diện theo pháp luật.") }
        if let problem = legalForm.problem(with: taxCode) { problems.append(problem) }
        if location.provinceCode == nil || location.communeCode == nil {
            problems.append("Chủ thể phải thuộc đúng một xã/phường.")
        }
        return problems
    }
}
