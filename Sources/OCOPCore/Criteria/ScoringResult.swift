/// Kết quả chấm điểm: the total, the star and every reason the star is what it is.
///
/// The council must be able to read why a product got its star (a 4★ score held at 3★ for want of a
/// registered trademark is the most common dispute), so the result carries the band star, each
/// binding gate and a Vietnamese explanation, not just a number.
public struct ScoringResult: Sendable, Codable, Equatable {
    public var productSetCode: String
    /// Điểm từng phần, in the set's part order.
    public var partTotals: [PartTotal]
    /// Tổng điểm các tiêu chí, before bonus.
    public var baseTotal: Points
    /// Điểm cộng actually added (after the cap at the set's maximum).
    public var bonus: Points
    /// Tổng điểm: base + bonus, never above the set's maximum.
    public var total: Points
    /// Hạng theo thang điểm: the star of the band holding `total`.
    public var bandStar: Star
    /// Hạng sau điều kiện: the star after gates; nil when the product is eliminated (knock-out, or a
    /// mandatory criterion that gates 1★).
    public var finalStar: Star?
    public var recognitionThreshold: Star
    /// The gates that lowered the star, strictest last.
    public var caps: [StarCap]
    /// The knock-out that stopped the evaluation, if any.
    public var knockOut: KnockOutEvent?

    /// Được công nhận: final star at or above the threshold (3★).
    public var isRecognised: Bool { finalStar.map { $0 >= recognitionThreshold } ?? false }

    enum CodingKeys: String, CodingKey {
        case productSetCode, partTotals, baseTotal, bonus, total, bandStar, finalStar, recognitionThreshold, caps, knockOut
    }
}

/// Điểm của một phần.
public struct PartTotal: Sendable, Codable, Equatable, Hashable {
    public var part: String
    public var points: Points
    public var maxPoints: Points

    enum CodingKeys: String, CodingKey { case part, points, maxPoints }
}

/// Một điều kiện làm hạ hạng: a gate that held the star below the band star.
public struct StarCap: Sendable, Codable, Equatable, Hashable {
    public enum Reason: Sendable, Codable, Equatable, Hashable {
        /// Tiêu chí bắt buộc not met.
        case mandatoryCriterion(code: String)
        /// Producer fact missing (e.g. no registered trademark).
        case missingFact(ProducerFact)
        /// Star minimum not reached: the criterion's answer is below `required`, the option marked
        /// for `gatedStar`. The chosen option is left out so that members' caps compare equal.
        case belowMinimum(code: String, required: String)
    }

    public var reason: Reason
    /// The star the gate is required for.
    public var gatedStar: Star
    /// The highest star the gate allows (one below `gatedStar`); nil means no star at all.
    public var allowedStar: Star?

    /// "chưa có nhãn hiệu đã đăng ký (bắt buộc từ 4★)".
    public var vietnamese: String {
        switch reason {
        case .mandatoryCriterion(let code):
            "tiêu chí bắt buộc \(code) chưa đạt (yêu cầu để đạt từ \(gatedStar))"
        case .missingFact(let fact):
            "\(fact.vietnameseWhenMissing) (bắt buộc từ \(gatedStar))"
        case let .belowMinimum(code, required):
            "tiêu chí \(code) chưa đạt mức tối thiểu của \(gatedStar) («\(required)»)"
        }
    }
}

/// Bị loại: the knock-out option chosen and the criteria left unscored after it.
public struct KnockOutEvent: Sendable, Codable, Equatable, Hashable {
    public var criterionCode: String
    public var optionID: String
    public var optionText: String
    /// Criteria after the knock-out, not scored.
    public var unscoredCriteria: [String]

    enum CodingKeys: String, CodingKey { case criterionCode, optionID = "option", optionText, unscoredCriteria }
}
