import Vapor
import OCOPCore

/// One dossier's line in the results list, the minutes and the decision.
struct ResultLine {
    let dossierID: String
    let product: String
    let producer: String
    let commune: String
    let mean: String
    let star: String
    let recognised: Bool
    let proposedToNational: Bool
    let explanation: String
    /// The members' remarks, "Name: remark".
    let remarks: [String]
    /// The certificate, once the decision is issued: (id, number).
    var certificate: (id: String, number: String)?
    /// Whether the reader may open the certificate and the result letter (a council member may not).
    var mayOpenDocuments = true
}

/// Kết quả phiên họp: the results list (printable), the minutes' link, and the decision form.
struct MeetingResultsModel {
    let meetingID: String
    let councilName: String
    let agency: String
    let parentAgency: String
    /// Where the list is dated: the province, not the meeting's room.
    let locality: String
    let day: CalendarDay
    let lines: [ResultLine]
    let decision: (id: String, number: String)?
    /// Whether the reader may open the decision (the secretary, a council member, may not).
    var mayOpenDecision = true
    let mayIssue: Bool
    /// The national council's meeting: the Minister decides.
    var national = false
    var form = DecisionDraft()
    var errors: [String: String] = [:]
    var refusals: [String] = []
}

/// Biên bản họp Hội đồng.
struct MinutesModel {
    let meetingID: String
    let councilName: String
    let parentAgency: String
    /// "Số: 02/BB-HĐ", the council's own register.
    let number: String
    /// Where the minutes are dated ("Hải Phòng"); `place` is the room the meeting sat in.
    let locality: String
    let day: CalendarDay
    let time: String
    let place: String
    let round: String
    let present: [String]
    let absent: [String]
    let conflicts: [String]
    let lines: [ResultLine]
    let chair: String
    let secretary: String
    /// A re-evaluation decided by written opinions (Điều 7.6): no meeting took place, the minutes say so.
    var procedure: CouncilProcedure = .meeting
}

/// Quyết định công nhận, printable.
/// What the decision form holds: the draft that is previewed, then issued as it stands.
struct DecisionDraft: Content, Equatable {
    var number = ""
    var signedOn = ""
    var signer = ""
    /// `DecisionSignerPosition` raw value.
    var signerPosition = DecisionSignerPosition.deputy.rawValue
    var proposer = ""

    init(number: String = "", signedOn: String = "", signer: String = "") {
        (self.number, self.signedOn, self.signer) = (number, signedOn, signer)
    }

    /// Missing fields keep their defaults: a post without a position is signed "KT. CHỦ TỊCH", as
    /// decisions were before the form asked.
    init(from decoder: any Decoder) throws {
        let form = try decoder.container(keyedBy: CodingKeys.self)
        number = try form.decodeIfPresent(String.self, forKey: .number) ?? ""
        signedOn = try form.decodeIfPresent(String.self, forKey: .signedOn) ?? ""
        signer = try form.decodeIfPresent(String.self, forKey: .signer) ?? ""
        signerPosition = try form.decodeIfPresent(String.self, forKey: .signerPosition) ?? DecisionSignerPosition.deputy.rawValue
        proposer = try form.decodeIfPresent(String.self, forKey: .proposer) ?? ""
    }
}

/// Quyết định công nhận, printable: issued, or a draft previewed before it is issued.
struct DecisionModel {
    /// Nil for a draft.
    let id: String?
    let meetingID: String
    let number: String
    let signedOn: CalendarDay
    let signer: String
    /// "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH".
    let signingLines: [String]
    /// "ỦY BAN NHÂN DÂN THÀNH PHỐ HẢI PHÒNG".
    let agency: String
    /// "CHỦ TỊCH ỦY BAN NHÂN DÂN THÀNH PHỐ HẢI PHÒNG": who decides, above the legal bases.
    let decides: String
    /// "Chủ tịch UBND thành phố Hải Phòng", for the appendix's reference line.
    let decidesShort: String
    let place: String
    let legalBases: [String]
    let national: Bool
    let lines: [ResultLine]
    /// Set on a preview: the form that issues the draft as shown.
    var draft: DecisionDraft?
}

/// Giấy chứng nhận, printable, with its QR code.
struct CertificateModel {
    let id: String
    let number: String
    let product: String
    let producer: String
    let address: String
    let star: Star
    let decisionNumber: String
    let decisionDay: CalendarDay
    let expiryDay: CalendarDay
    let issuer: String
    /// "Hải Phòng, ngày 12 tháng 08 năm 2026": where and when the decision granting it was signed.
    let placeAndDate: String
    /// The decision's signing block: "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH" (or "CHỦ TỊCH", "BỘ TRƯỞNG" …).
    let signingLines: [String]
    let signer: String
    let verifyURL: String
    let qrSVG: String
    let status: CertificateStatus
}

/// Tra cứu giấy chứng nhận (public).
struct VerificationModel {
    let found: Bool
    let number: String
    var product = ""
    var producer = ""
    var star = ""
    var decision = ""
    var validity = ""
    var status: CertificateStatus?
    /// "Quyết định số … ngày … (điểm b khoản 1 Điều 8 …)" once revoked.
    var revocation: String?
    /// Whether the product may bear the «Sản phẩm OCOP Việt Nam» mark today (3★+, valid, not revoked).
    var mayUseMark = false
    /// The badge's full address, for the line a shop pastes.
    var badgeURL = ""
}
