/// Loại hồ sơ: why a product is put forward. The kind decides which documents are required
/// (`DossierRequirements`) and what may be reused from the product's last dossier (`DossierCarryOver`).
public enum DossierKind: String, Sendable, Codable, CaseIterable, Hashable, Comparable {
    /// Đăng ký mới: a product evaluated for the first time.
    case new
    /// Đánh giá lại: re-recognition of a product whose certificate (36 months) has expired or is about to.
    case reRecognition
    /// Nâng hạng: a recognised product asking for a higher star; it takes the full procedure.
    case upgrade

    public var title: String {
        switch self {
        case .new: "Đăng ký mới"
        case .reRecognition: "Đánh giá lại"
        case .upgrade: "Nâng hạng"
        }
    }

    /// The kind in a sentence: "hồ sơ đánh giá lại".
    public var dossierPhrase: String {
        switch self {
        case .new: "hồ sơ đăng ký mới"
        case .reRecognition: "hồ sơ đánh giá lại"
        case .upgrade: "hồ sơ nâng hạng"
        }
    }

    private var rank: Int { DossierKind.allCases.firstIndex(of: self)! }
    public static func < (lhs: DossierKind, rhs: DossierKind) -> Bool { lhs.rank < rhs.rank }
}
