/// Đặc điểm chủ thể: a fact about the producer that the set's gates and bonuses depend on. The council
/// records these from the dossier; they are not criteria and are never scored by option.
public enum ProducerFact: String, Sendable, Codable, CaseIterable, Hashable {
    /// Nhãn hiệu đã đăng ký (the product's trademark is registered).
    case hasRegisteredTrademark
    /// Người đại diện theo pháp luật là phụ nữ.
    case representativeIsWoman
    /// Người đại diện theo pháp luật là người dân tộc thiểu số.
    case representativeIsEthnicMinority

    /// What the fact says, in Vietnamese, for explanations.
    public var vietnamese: String {
        switch self {
        case .hasRegisteredTrademark: "có nhãn hiệu đã đăng ký"
        case .representativeIsWoman: "người đại diện là phụ nữ"
        case .representativeIsEthnicMinority: "người đại diện là người dân tộc thiểu số"
        }
    }

    /// The fact denied, for gate explanations: "chưa có nhãn hiệu đã đăng ký".
    public var vietnameseWhenMissing: String {
        switch self {
        case .hasRegisteredTrademark: "chưa có nhãn hiệu đã đăng ký"
        case .representativeIsWoman: "người đại diện không phải là phụ nữ"
        case .representativeIsEthnicMinority: "người đại diện không phải là người dân tộc thiểu số"
        }
    }
}

/// Thông tin chủ thể: the producer facts of one evaluation.
public struct ProducerFacts: Sendable, Codable, Equatable, Hashable {
    public var hasRegisteredTrademark: Bool
    public var representativeIsWoman: Bool
    public var representativeIsEthnicMinority: Bool

    public init(hasRegisteredTrademark: Bool = false, representativeIsWoman: Bool = false,
                representativeIsEthnicMinority: Bool = false) {
        self.hasRegisteredTrademark = hasRegisteredTrademark
        self.representativeIsWoman = representativeIsWoman
        self.representativeIsEthnicMinority = representativeIsEthnicMinority
    }

    public subscript(fact: ProducerFact) -> Bool {
        get {
            switch fact {
            case .hasRegisteredTrademark: hasRegisteredTrademark
            case .representativeIsWoman: representativeIsWoman
            case .representativeIsEthnicMinority: representativeIsEthnicMinority
            }
        }
        set {
            switch fact {
            case .hasRegisteredTrademark: hasRegisteredTrademark = newValue
            case .representativeIsWoman: representativeIsWoman = newValue
            case .representativeIsEthnicMinority: representativeIsEthnicMinority = newValue
            }
        }
    }

    enum CodingKeys: String, CodingKey {
        case hasRegisteredTrademark, representativeIsWoman, representativeIsEthnicMinority
    }
}

/// Điều kiện theo hạng: a producer fact required for a star and above, e.g. "a registered trademark
/// is required for 4★ and above". Data on the set, because provinces and later decisions change it.
public struct FactGate: Sendable, Codable, Equatable, Hashable {
    public var fact: ProducerFact
    /// The lowest star that requires the fact; without it the product stays one star below.
    public var requiredFrom: Star

    public init(fact: ProducerFact, requiredFrom: Star) {
        self.fact = fact
        self.requiredFrom = requiredFrom
    }

    enum CodingKeys: String, CodingKey { case fact, requiredFrom }
}

/// Điểm cộng: points added when a producer fact holds (148: producers whose representative is a woman
/// or an ethnic-minority person). The total with bonuses never exceeds the set's maximum (100).
public struct BonusRule: Sendable, Codable, Equatable, Hashable {
    public var fact: ProducerFact
    public var points: Points
    /// Where the rule comes from, shown to the council.
    public var basis: String

    public init(fact: ProducerFact, points: Points, basis: String = "") {
        self.fact = fact
        self.points = points
        self.basis = basis
    }

    enum CodingKeys: String, CodingKey { case fact, points, basis }
}
