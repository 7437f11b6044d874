/// Người nhận thông báo: who hears of a step of the workflow in the application.
public enum DossierAudience: String, Sendable, Codable, CaseIterable, Hashable {
    /// The producer's representatives.
    case producer
    /// The officers of the dossier's commune.
    case communeOfficers
    /// The officers of the dossier's province.
    case provincialOfficers
    /// The secretaries of the province's councils, who prepare the meetings of the dossiers the
    /// province receives into an evaluation round.
    case councilSecretaries

    public var title: String {
        switch self {
        case .producer: "Chủ thể"
        case .communeOfficers: "Cán bộ cấp xã"
        case .provincialOfficers: "Cán bộ cấp tỉnh"
        case .councilSecretaries: "Thư ký Hội đồng"
        }
    }
}

/// Sự kiện hồ sơ: what one step did, written to the audit log (`action` and the event as the "after"
/// snapshot) and turned into in-app notifications for `notify`. Who acted and when is added by the
/// application, which knows the account and the clock.
public struct DossierEvent: Sendable, Codable, Equatable, Hashable {
    public var action: DossierActionKind
    public var from: DossierState
    public var to: DossierState
    public var actorRole: Role
    /// One Vietnamese sentence: "UBND xã trả lại hồ sơ để bổ sung (2 nội dung)."
    public var summary: String
    /// The reasons, findings or round, one line each.
    public var details: [String]
    public var notify: [DossierAudience]
    /// The evaluation round, for `accept`.
    public var evaluationRoundID: String?
    /// What the commune asked for, per document, for `returnForSupplement`: the producer's page shows
    /// each request beside its document.
    public var requests: [SupplementRequest]?

    public init(action: DossierActionKind, from: DossierState, to: DossierState, actorRole: Role, summary: String,
                details: [String] = [], notify: [DossierAudience], evaluationRoundID: String? = nil,
                requests: [SupplementRequest]? = nil) {
        self.action = action
        self.from = from
        self.to = to
        self.actorRole = actorRole
        self.summary = summary
        self.details = details
        self.notify = notify
        self.evaluationRoundID = evaluationRoundID
        self.requests = requests
    }

    enum CodingKeys: String, CodingKey { case action, from, to, actorRole, summary, details, notify, evaluationRoundID, requests }

    /// The audit log's stable verb: "dossier.forward".
    public var auditAction: String { action.auditAction }

    /// The notification text: the summary followed by the details.
    public var notificationText: String {
        ([summary] + details.map { "– \($0)" }).joined(separator: "\n")
    }
}

/// Chuyển trạng thái: the new state of an accepted step and its event.
public struct DossierTransition: Sendable, Equatable, Hashable {
    public var state: DossierState
    public var event: DossierEvent
}
