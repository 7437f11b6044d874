/// Thao tác trên hồ sơ: a step of the workflow with what the step needs to be checked.
///
/// The payloads carry the facts the rules depend on (the checklist, the registration deadline, the
/// assessment), so that no caller can move a dossier without having asked the questions.
public enum DossierAction: Sendable, Equatable {
    /// Nộp hồ sơ: the producer submits a draft; refused when documents are missing or the round
    /// does not admit the registration (deadline, commune, kind).
    case submit(checklist: DossierChecklist, registration: RegistrationDecision)
    /// Trả lại bổ sung: the commune sends the dossier back, saying what to add or correct per item.
    case returnForSupplement([SupplementRequest])
    /// Nộp lại: the producer resubmits a returned dossier. The round's deadline does not apply again:
    /// the registration was received in time and the commune itself asked for the supplement.
    case resubmit(checklist: DossierChecklist)
    /// Đánh giá tiêu chí địa phương: the commune records its assessment (complete, see `CommuneAssessment.problems`).
    case assess(CommuneAssessment, policy: CommuneForwardingPolicy = .standard)
    /// Chuyển tỉnh: the commune forwards the dossier with its recorded assessment.
    case forward(CommuneAssessment, policy: CommuneForwardingPolicy = .standard)
    /// Tiếp nhận: the province receives the dossier into an evaluation round.
    case accept(evaluationRoundID: String)
    /// Trả lại xã: the province sends the dossier back to the commune with its reasons.
    case returnToCommune(reasons: [String])
    /// Loại hồ sơ: the province eliminates the dossier under one of its sheet's elimination rules.
    case eliminate(DossierElimination)

    public var kind: DossierActionKind {
        switch self {
        case .submit: .submit
        case .returnForSupplement: .returnForSupplement
        case .resubmit: .resubmit
        case .assess: .assess
        case .forward: .forward
        case .accept: .accept
        case .returnToCommune: .returnToCommune
        case .eliminate: .eliminate
        }
    }
}

/// The action without its payload: what buttons to show, what the audit log records.
public enum DossierActionKind: String, Sendable, Codable, CaseIterable, Hashable {
    case submit, returnForSupplement, resubmit, assess, forward, accept, returnToCommune, eliminate

    /// The button's label.
    public var title: String {
        switch self {
        case .submit: "Nộp hồ sơ"
        case .returnForSupplement: "Trả lại để bổ sung"
        case .resubmit: "Nộp lại hồ sơ"
        case .assess: "Đánh giá tiêu chí địa phương"
        case .forward: "Chuyển tỉnh"
        case .accept: "Tiếp nhận hồ sơ"
        case .returnToCommune: "Trả lại xã"
        case .eliminate: "Loại hồ sơ"
        }
    }

    /// The action inside a sentence: "Chỉ cán bộ cấp xã được …", "Không thể … khi …".
    var verbPhrase: String {
        switch self {
        case .submit: "nộp hồ sơ"
        case .returnForSupplement: "trả lại hồ sơ để bổ sung"
        case .resubmit: "nộp lại hồ sơ"
        case .assess: "đánh giá tiêu chí địa phương"
        case .forward: "chuyển hồ sơ lên tỉnh"
        case .accept: "tiếp nhận hồ sơ"
        case .returnToCommune: "trả lại hồ sơ cho xã"
        case .eliminate: "loại hồ sơ"
        }
    }

    /// The stable verb of the audit log, in the style of "account.create".
    public var auditAction: String { "dossier.\(rawValue)" }

    /// The only role that may take the action. Administrators and national officers may not: every
    /// step is an act of the producer or of the responsible commune or province, and the audit log
    /// must show that person.
    public var role: Role {
        switch self {
        case .submit, .resubmit: .producerRepresentative
        case .returnForSupplement, .assess, .forward: .communeOfficer
        // Elimination is decided where the dossier is checked against its sheet, at the province's
        // intake (Điều 7.3.a); the commune, which cannot score, returns a dossier for supplements.
        case .accept, .returnToCommune, .eliminate: .provincialOfficer
        }
    }

    /// The states the action may start from.
    public var sources: Set<DossierState> {
        switch self {
        case .submit: [.draft]
        case .resubmit: [.returned]
        // The commune may return or (re)assess while the dossier is with it, including after the
        // province sent it back.
        case .returnForSupplement, .assess: [.submitted, .communeAssessed, .returnedByProvince]
        // Forwarding needs an assessment recorded since the last change: after a return by the
        // province the commune assesses again, so the same dossier does not bounce unchanged.
        case .forward: [.communeAssessed]
        case .accept, .returnToCommune, .eliminate: [.forwarded]
        }
    }

    public var target: DossierState {
        switch self {
        case .submit, .resubmit: .submitted
        case .returnForSupplement: .returned
        case .assess: .communeAssessed
        case .forward: .forwarded
        case .accept: .acceptedByProvince
        case .returnToCommune: .returnedByProvince
        case .eliminate: .eliminated
        }
    }

    /// Who hears of the step. The one who acted is not told what they just did.
    public var audience: [DossierAudience] {
        switch self {
        case .submit, .resubmit: [.communeOfficers]
        case .returnForSupplement, .assess: [.producer]
        case .forward: [.producer, .provincialOfficers]
        case .accept: [.producer, .communeOfficers, .councilSecretaries]
        case .returnToCommune: [.communeOfficers]
        case .eliminate: [.producer, .communeOfficers]
        }
    }
}

/// Yêu cầu bổ sung: one thing the commune asks the producer to add or correct.
public struct SupplementRequest: Sendable, Codable, Equatable, Hashable {
    /// The document type concerned, nil for the dossier as a whole.
    public var documentCode: Int?
    /// What the request is about as the producer sees it: a document's title or "Hồ sơ".
    public var item: String
    public var reason: String

    public init(documentCode: Int? = nil, item: String, reason: String) {
        self.documentCode = documentCode
        self.item = item
        self.reason = reason
    }

    /// A request about one document of the catalogue.
    public init(_ type: DossierDocumentType, reason: String) {
        self.init(documentCode: type.code, item: type.title, reason: reason)
    }

    enum CodingKeys: String, CodingKey { case documentCode, item, reason }

    /// "«Phiếu đăng ký»: thiếu chữ ký và dấu của chủ thể".
    public var line: String { "\(DossierText.quoted(item)): \(DossierText.trimmed(reason))" }
}
