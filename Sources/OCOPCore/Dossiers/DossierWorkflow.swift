/// Quy trình hồ sơ: the one place that decides whether a step may be taken on a dossier, from the
/// producer's draft to the province's reception (procedure after 1489/QĐ-TTg):
///
/// - draft → submit → submitted
/// - submitted, communeAssessed or returnedByProvince → assess → communeAssessed
/// - submitted, communeAssessed or returnedByProvince → returnForSupplement → returned → resubmit → submitted
/// - communeAssessed → forward → forwarded → accept → acceptedByProvince
/// - forwarded → returnToCommune → returnedByProvince
/// - forwarded → eliminate → eliminated (only when the dossier's sheet has elimination rules)
///
/// Checks run in the order a person understands them: role, then scope, then state, then content.
public enum DossierWorkflow {
    /// The actions a role may take in a state, for the buttons of the dossier page.
    public static func availableActions(in state: DossierState, for role: Role) -> [DossierActionKind] {
        DossierActionKind.allCases.filter { $0.role == role && $0.sources.contains(state) }
    }

    /// Applies a step taken by someone holding `role`, or says why not.
    public static func apply(_ action: DossierAction, to state: DossierState, by role: Role) -> Result<DossierTransition, Refusal> {
        let kind = action.kind
        guard role == kind.role else { return .failure(roleRefusal(kind)) }
        guard kind.sources.contains(state) else {
            return .failure(Refusal(
                .state, "Không thể \(kind.verbPhrase) khi hồ sơ đang ở trạng thái «\(state.title)»."))
        }
        let content: (summary: String, details: [String], round: String?)
        switch contentCheck(action) {
        case .failure(let refusal): return .failure(refusal)
        case .success(let value): content = value
        }
        var requests: [SupplementRequest]? = nil
        if case .returnForSupplement(let asked) = action { requests = asked }
        let event = DossierEvent(action: kind, from: state, to: kind.target, actorRole: role, summary: content.summary,
                                 details: content.details, notify: kind.audience, evaluationRoundID: content.round,
                                 requests: requests)
        return .success(DossierTransition(state: kind.target, event: event))
    }

    /// `apply(_:to:by:)` for a person with several grants: the step is taken under the grant of the
    /// required role that covers the dossier (the producer's own grant; an officer's commune or province).
    public static func apply(_ action: DossierAction, to state: DossierState, by grants: [RoleGrant],
                             on dossier: DossierScope) -> Result<DossierTransition, Refusal> {
        if let refusal = personRefusal(action.kind, by: grants, on: dossier) { return .failure(refusal) }
        return apply(action, to: state, by: action.kind.role)
    }

    /// Why this person may not take the step now, before any content is filled in (to open its form
    /// or show its button); nil when they may.
    public static func refusal(_ kind: DossierActionKind, in state: DossierState, by grants: [RoleGrant],
                               on dossier: DossierScope) -> Refusal? {
        if let refusal = personRefusal(kind, by: grants, on: dossier) { return refusal }
        guard kind.sources.contains(state) else {
            return Refusal(.state, "Không thể \(kind.verbPhrase) khi hồ sơ đang ở trạng thái «\(state.title)».")
        }
        return nil
    }

    /// The steps this person may take on the dossier now: the buttons of its page.
    public static func availableActions(in state: DossierState, by grants: [RoleGrant], on dossier: DossierScope) -> [DossierActionKind] {
        DossierActionKind.allCases.filter { refusal($0, in: state, by: grants, on: dossier) == nil }
    }

    private static func personRefusal(_ kind: DossierActionKind, by grants: [RoleGrant], on dossier: DossierScope) -> Refusal? {
        let holding = grants.filter { $0.role == kind.role }
        guard !holding.isEmpty else { return roleRefusal(kind) }
        guard holding.contains(where: { dossier.isCovered(by: $0) }) else {
            return Refusal(.scope, "Hồ sơ này không thuộc phạm vi bạn phụ trách.")
        }
        return nil
    }

    private static func contentCheck(_ action: DossierAction) -> Result<(summary: String, details: [String], round: String?), Refusal> {
        switch action {
        case let .submit(checklist, registration):
            if let reason = registration.refusal { return .failure(Refusal(.content, reason)) }
            if let refusal = incomplete(checklist) { return .failure(refusal) }
            return .success(("Chủ thể đã nộp \(checklist.kind.dossierPhrase) cho UBND xã.", [], nil))
        case .resubmit(let checklist):
            if let refusal = incomplete(checklist) { return .failure(refusal) }
            return .success(("Chủ thể đã nộp lại hồ sơ sau khi bổ sung.", [], nil))
        case .returnForSupplement(let requests):
            guard !requests.isEmpty else {
                return .failure(Refusal(.content, "Phải nêu ít nhất một nội dung cần bổ sung."))
            }
            guard requests.allSatisfy({ !DossierText.isBlank($0.reason) && !DossierText.isBlank($0.item) }) else {
                return .failure(Refusal(.content, "Mỗi nội dung cần bổ sung phải ghi rõ tài liệu và lý do."))
            }
            return .success(("UBND xã trả lại hồ sơ để bổ sung (\(requests.count) nội dung).", requests.map(\.line), nil))
        case let .assess(assessment, policy):
            let problems = assessment.problems
            guard problems.isEmpty else {
                return .failure(Refusal(.content, "Chưa thể ghi nhận đánh giá: " + problems.joined(separator: " ")))
            }
            let details = LocalCriterion.allCases.compactMap { criterion -> String? in
                guard let finding = assessment.findings.first(where: { $0.criterion == criterion }) else { return nil }
                let remark = DossierText.trimmed(finding.remark)
                return "\(criterion.title): \(finding.verdict.title)" + (remark.isEmpty ? "" : " – \(remark)")
            }
            return .success((assessment.summary(policy: policy), details, nil))
        case let .forward(assessment, policy):
            if case .mayNotForward(let reasons) = assessment.forwarding(policy: policy) {
                return .failure(Refusal(.content, "Chưa thể chuyển tỉnh: " + reasons.joined(separator: " ")))
            }
            return .success(("UBND xã đã chuyển hồ sơ lên UBND tỉnh, đề nghị đánh giá, phân hạng.", [assessment.summary(policy: policy)], nil))
        case .accept(let roundID):
            let round = DossierText.trimmed(roundID)
            guard !round.isEmpty else {
                return .failure(Refusal(.content, "Phải chọn đợt đánh giá để tiếp nhận hồ sơ."))
            }
            return .success(("UBND tỉnh đã tiếp nhận hồ sơ vào đợt đánh giá, phân hạng.", [], round))
        case .returnToCommune(let reasons):
            let lines = reasons.map(DossierText.trimmed)
            guard !lines.isEmpty, !lines.contains(where: \.isEmpty) else {
                return .failure(Refusal(.content, "Phải ghi rõ lý do trả lại hồ sơ cho xã."))
            }
            return .success(("UBND tỉnh trả lại hồ sơ cho UBND xã (\(lines.count) nội dung).", lines, nil))
        case .eliminate(let elimination):
            let problems = elimination.problems
            guard problems.isEmpty else { return .failure(Refusal(.content, problems.joined(separator: " "))) }
            return .success((elimination.summary, elimination.details, nil))
        }
    }

    private static func roleRefusal(_ kind: DossierActionKind) -> Refusal {
        Refusal(.role, "Chỉ \(kind.role.title.lowercased()) được \(kind.verbPhrase).")
    }

    private static func incomplete(_ checklist: DossierChecklist) -> Refusal? {
        checklist.isComplete ? nil : Refusal(.content, "Chưa thể nộp: \(checklist.summary)")
    }
}

/// Phạm vi hồ sơ: whose dossier it is and where, for checking that a grant covers it.
public struct DossierScope: Sendable, Codable, Equatable, Hashable {
    public var producerID: String
    /// The producer's commune, with which the dossier is filed.
    public var location: UnitLocation

    public init(producerID: String, location: UnitLocation) {
        self.producerID = producerID
        self.location = location
    }

    enum CodingKeys: String, CodingKey { case producerID, location }

    /// A producer's representative acts on the producer's own dossiers only; an officer on the
    /// dossiers of the commune or province the grant is held at.
    public func isCovered(by grant: RoleGrant) -> Bool {
        switch grant.role {
        case .producerRepresentative: grant.subjectID == producerID
        case .communeOfficer: grant.location.communeCode != nil && grant.location.contains(location)
        case .provincialOfficer: grant.location.provinceCode != nil && grant.location.contains(location)
        case .administrator, .nationalOfficer, .councilMember: false
        }
    }
}
