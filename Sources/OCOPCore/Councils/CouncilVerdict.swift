/// Kết quả của Hội đồng cho một hồ sơ: the mean of the members' totals, the star after the gates,
/// and why, from the members' submitted sheets.
///
/// The star is the band of the mean; a gate (a mandatory criterion not met, no registered trademark
/// for 4★) lowers it when a majority of the sheets found it, since the gates are facts about the
/// product on which the members should agree; a knock-out found by a majority eliminates the
/// product. A provincial council recognises at most 4★: a mean in the 5★ band is recognised 4★ and
/// proposed to the national council, which alone recognises 5★.
public struct CouncilVerdict: Sendable, Equatable {
    public var outcome: CouncilOutcome
    /// Nil while the result is not conclusive (quorum, spread) or when the product is eliminated.
    public var star: Star?
    public var caps: [StarCap]
    public var knockedOut: Bool
    public var recognitionThreshold: Star
    /// Đề nghị cấp trung ương: the mean reaches the 5★ band at a provincial council.
    public var proposedToNational: Bool
    /// Vietnamese, one paragraph, for the results list, the minutes and the result letter.
    public var explanation: String

    public var isRecognised: Bool { star.map { $0 >= recognitionThreshold } ?? false }

    public static func decide(sheet: CompiledSheet, level: CouncilLevel, members: [CouncilMember],
                              results: [(memberID: String, result: ScoringResult)], rules: CouncilRules = CouncilRules()) -> CouncilVerdict {
        let outcome = CouncilAggregation.aggregate(members: members, scores: results.map { MemberScore(memberID: $0.memberID, total: $0.result.total) },
                                                   rules: rules)
        var verdict = CouncilVerdict(outcome: outcome, star: nil, caps: [], knockedOut: false, recognitionThreshold: sheet.recognitionThreshold,
                                     proposedToNational: false, explanation: "")
        guard let mean = outcome.mean, outcome.isConclusive else {
            verdict.explanation = (["Chưa có kết quả."] + outcome.messages).joined(separator: " ")
            return verdict
        }
        let counted = results.map(\.result)
        let majority = counted.count / 2 + 1
        let scored = "Điểm trung bình \(mean.vietnamese) của \(counted.count) thành viên"
        if counted.filter({ $0.knockOut != nil }).count >= majority {
            verdict.knockedOut = true
            verdict.explanation = "\(scored); đa số thành viên xác định sản phẩm bị loại (tiêu chí loại trừ), không xếp hạng."
            return verdict
        }
        let band = sheet.bandStar(for: mean)
        var star = band
        if level == .province, star == .five {
            star = .four
            verdict.proposedToNational = true
        }
        let capCounts = Dictionary(grouping: counted.flatMap(\.caps), by: { $0 }).mapValues(\.count)
        verdict.caps = capCounts.filter { $0.value >= majority && $0.key.gatedStar <= star }.map(\.key)
            .sorted { ($0.allowedStar?.rawValue ?? 0) > ($1.allowedStar?.rawValue ?? 0) }
        // The strictest gate decides (caps are sorted loosest first); one that allows no star eliminates.
        let final: Star? = verdict.caps.last.map { cap in cap.allowedStar.map { min(star, $0) } } ?? star
        verdict.star = final
        var text = "\(scored): \(band) theo thang điểm"
        if verdict.proposedToNational { text += "; Hội đồng cấp tỉnh công nhận tối đa 4★ và đề nghị cấp trung ương đánh giá 5★" }
        for cap in verdict.caps { text += "; hạ hạng vì \(cap.vietnamese) (theo đa số phiếu)" }
        if let final = verdict.star {
            text += final >= verdict.recognitionThreshold ? ". Đề nghị công nhận \(final)." : ". Đạt \(final), chưa đủ điều kiện công nhận (từ \(verdict.recognitionThreshold))."
        } else {
            text += ". Không xếp hạng."
        }
        verdict.explanation = text
        return verdict
    }
}
