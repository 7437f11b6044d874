/// Mức tối thiểu theo hạng sao: "Dấu sao là yêu cầu tối thiểu phải đạt theo các cấp độ sao"
/// (26/2026, every sheet). A product rated `star` must have chosen, on this criterion, an option
/// worth at least as much as `option`. A minimum for 4★ also holds for 5★ unless 5★ marks a higher
/// option, so the minimum that applies to a star is the highest marked at or below it.
///
/// Derived from the options' `minForStar` marks rather than stored, so that the sheet has one
/// source of truth: the mark printed next to the option.
public struct StarMinimum: Sendable, Equatable, Hashable {
    public var star: Star
    /// The lowest acceptable option (its id and text, for messages).
    public var option: ScoringOption

    public init(star: Star, option: ScoringOption) {
        self.star = star
        self.option = option
    }

    /// "từ 4★ phải đạt ít nhất «Có hợp đồng liên kết trên 75% sản lượng tiêu thụ» (2 điểm)".
    public var vietnamese: String {
        "từ \(star) phải đạt ít nhất «\(option.text)» (\(option.points.vietnamese) điểm)"
    }
}

extension Criterion {
    /// The minimums this criterion marks, lowest star first (one per marked option).
    public var starMinimums: [StarMinimum] {
        allOptions.compactMap { option in option.minForStar.map { StarMinimum(star: $0, option: option) } }
            .sorted { $0.star < $1.star }
    }

    /// True when the criterion carries at least one star mark.
    public var hasStarMinimums: Bool { allOptions.contains { $0.minForStar != nil } }
}

/// Tiêu chí có/không: the two options of a criterion printed without options (0 or the maximum).
public enum YesNo {
    public static let noID = "khong"
    public static let yesID = "co"

    public static func options(maximum: Points) -> [ScoringOption] {
        [ScoringOption(id: noID, text: "Không", points: .zero), ScoringOption(id: yesID, text: "Có", points: maximum)]
    }

    /// A yes/no criterion worth `maximum` when met.
    public static func criterion(code: String, text: String, maximum: Points, note: String? = nil) -> Criterion {
        Criterion(code: code, text: text, note: note, options: options(maximum: maximum),
                  declaredMaxPoints: maximum, isYesNo: true)
    }
}
