/// Lộ trình lên hạng: what a producer must change to reach the next star.
///
/// Producers' main complaint is redoing everything to move from 3★ to 4★; the advice names the few
/// criteria worth working on, the conditions that are not about points (a registered trademark, a
/// mandatory criterion, a knock-out to remove), and how many points each change brings.
public struct NextStarAdvice: Sendable, Equatable {
    public enum Outcome: Sendable, Equatable {
        /// Already at the top star: nothing to climb.
        case alreadyAtTop
        /// The target can be reached: `requiredSteps` plus any one of `suggestions`.
        case reachable
        /// Even the best option on every criterion would not reach the target.
        case unreachable(bestTotal: Points)
        /// The knock-out stopped the evaluation, so the criteria after it must be scored before advising.
        case needsFullEvaluation
    }

    public var outcome: Outcome
    public var current: ScoringResult
    public var targetStar: Star?
    /// Steps every path needs: fix a knock-out, meet a mandatory criterion or a star minimum, obtain a producer fact.
    public var requiredSteps: [RequiredStep]
    /// Alternative sets of improvements, best first: fewest criteria changed, then fewest points added.
    public var suggestions: [Suggestion]

    /// One paragraph in Vietnamese.
    public var summary: String {
        switch outcome {
        case .alreadyAtTop:
            return "Sản phẩm đã ở hạng cao nhất (\(current.finalStar?.description ?? ""))."
        case .needsFullEvaluation:
            return "Sản phẩm bị loại; cần: " + requiredSteps.map(\.vietnamese).joined(separator: "; ")
                + ". Sau đó phải chấm các tiêu chí còn lại để xác định lộ trình lên hạng."
        case .unreachable(let best):
            return "Không thể đạt \(targetStar?.description ?? "") với phiếu này: kể cả đạt điểm cao nhất ở mọi tiêu chí đang áp dụng, tổng điểm chỉ là \(best.vietnamese)."
        case .reachable:
            var lines: [String] = ["Để đạt \(targetStar?.description ?? ""):"]
            lines += requiredSteps.map { "• Bắt buộc: \($0.vietnamese)" }
            for (index, suggestion) in suggestions.enumerated() {
                lines.append("• Cách \(index + 1): \(suggestion.vietnamese)")
            }
            return lines.joined(separator: "\n")
        }
    }
}

/// Điều kiện bắt buộc: a step not chosen for its points but required by a gate.
public enum RequiredStep: Sendable, Equatable, Hashable {
    /// Obtain a producer fact, e.g. register the trademark for 4★.
    case fact(ProducerFact, forStar: Star)
    /// Meet a mandatory criterion for the target star.
    case mandatory(ImprovementStep, forStar: Star)
    /// Leave the knock-out option.
    case removeKnockOut(ImprovementStep)
    /// Reach the star minimum of a criterion (26/2026 "dấu sao") required for `forStar`.
    case minimum(ImprovementStep, forStar: Star)

    public var vietnamese: String {
        switch self {
        case let .fact(fact, star):
            switch fact {
            case .hasRegisteredTrademark: "đăng ký nhãn hiệu cho sản phẩm (bắt buộc từ \(star))"
            default: "cần \(fact.vietnamese) (bắt buộc từ \(star))"
            }
        case let .mandatory(step, star): "đạt tiêu chí bắt buộc \(step.vietnamese) (yêu cầu từ \(star))"
        case let .removeKnockOut(step): "khắc phục tiêu chí loại \(step.vietnamese)"
        case let .minimum(step, star): "đạt mức tối thiểu của \(star) ở tiêu chí \(step.vietnamese)"
        }
    }
}

/// Bước cải thiện: one criterion moved from one option to another: "C.7 → từ «Trung bình» sang «Độc đáo», +3 điểm".
public struct ImprovementStep: Sendable, Equatable, Hashable {
    public var criterionCode: String
    public var fromOptionID: String
    public var fromText: String
    public var toOptionID: String
    public var toText: String
    /// Net change of the total (dependent criteria included).
    public var gain: Points

    public var vietnamese: String {
        let sign = gain >= .zero ? "+" : ""
        return "\(criterionCode) → từ «\(fromText)» sang «\(toText)», \(sign)\(gain.vietnamese) điểm"
    }
}

/// Cách lên hạng: one way to the target: a few improvements and where they lead.
public struct Suggestion: Sendable, Equatable, Hashable {
    public var steps: [ImprovementStep]
    public var gain: Points
    public var resultingTotal: Points
    public var resultingStar: Star

    public var vietnamese: String {
        steps.map(\.vietnamese).joined(separator: "; ") + " (tổng \(resultingTotal.vietnamese) điểm, \(resultingStar))"
    }
}
