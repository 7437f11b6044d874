/// Trạng thái hồ sơ: where a dossier stands between the producer, the commune and the province.
/// Each state but the last sits in exactly one role's work queue (OpenCRVS-style "cần xử lý").
public enum DossierState: String, Sendable, Codable, CaseIterable, Hashable {
    /// Nháp: the producer is still preparing it.
    case draft
    /// Đã nộp: with the commune, waiting for its check and assessment.
    case submitted
    /// Trả lại bổ sung: the commune sent it back to the producer with what to add or correct.
    case returned
    /// Xã đã đánh giá: the commune has recorded its assessment of the local criteria.
    case communeAssessed
    /// Đã chuyển tỉnh: with the province, waiting to be received into an evaluation round.
    case forwarded
    /// Tỉnh tiếp nhận: received by the province into an evaluation round; the council takes over.
    case acceptedByProvince
    /// Tỉnh trả lại xã: the province sent it back to the commune with its reasons.
    case returnedByProvince
    /// Bị loại: the province found at intake that the dossier meets one of its sheet's elimination
    /// rules ("Hồ sơ bị loại khi …"); it leaves the flow and sits in no queue.
    case eliminated

    public var title: String {
        switch self {
        case .draft: "Nháp"
        case .submitted: "Đã nộp"
        case .returned: "Trả lại bổ sung"
        case .communeAssessed: "Xã đã đánh giá"
        case .forwarded: "Đã chuyển tỉnh"
        case .acceptedByProvince: "Tỉnh tiếp nhận"
        case .returnedByProvince: "Tỉnh trả lại xã"
        case .eliminated: "Bị loại"
        }
    }

    /// Whose queue the dossier is in: the role expected to act next. Nil once the province has
    /// received it, when the evaluation round's own steps take over, and once it is eliminated.
    public var awaitingRole: Role? {
        switch self {
        case .draft, .returned: .producerRepresentative
        case .submitted, .communeAssessed, .returnedByProvince: .communeOfficer
        case .forwarded: .provincialOfficer
        case .acceptedByProvince, .eliminated: nil
        }
    }

    /// The producer may change documents only while the dossier is with them; afterwards every
    /// change must come through a return, so that the commune assesses what the province receives.
    public var producerMayEdit: Bool { self == .draft || self == .returned }
}
