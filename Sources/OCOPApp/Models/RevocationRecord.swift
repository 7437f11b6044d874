import Fluent
import Foundation
import OCOPCore

/// Quyết định thu hồi giấy chứng nhận (Điều 8): its number and day, the ground (a–e, đ), the
/// conclusion it rests on (a text naming it, its day, and the scanned document when uploaded), the
/// authority (province for 3★/4★, national for 5★). Its certificates are the recognitions whose
/// `revocation_id` names it (M032).
final class RevocationRecord: Model, @unchecked Sendable {
    static let schema = "revocations"

    @ID(key: .id) var id: UUID?
    @Field(key: "number") var number: String
    @Field(key: "signed_on") var signedOn: String
    @Field(key: "ground") var ground: RevocationGround
    /// "Kết luận kiểm tra số 12/KL-SNN ngày 02/12/2026 của Sở Nông nghiệp và Môi trường".
    @Field(key: "conclusion") var conclusion: String
    @Field(key: "conclusion_on") var conclusionOn: String
    @OptionalField(key: "conclusion_file_id") var conclusionFileID: UUID?
    @Field(key: "authority") var authority: RevocationAuthority
    /// The province whose chairman signs; nil for the minister's.
    @OptionalField(key: "province_code") var provinceCode: String?
    @Field(key: "signer") var signer: String
    @Field(key: "signer_position") var signerPosition: DecisionSignerPosition
    @Field(key: "created_by") var createdBy: String
    @Field(key: "created_at") var createdAt: Date
    /// The inspection record the decision rests on, when it came from one (M037).
    @OptionalField(key: "inspection_id") var inspectionID: UUID?

    init() {}

    var signedDay: CalendarDay? { CalendarDay(iso: signedOn) }
    var conclusionDay: CalendarDay? { CalendarDay(iso: conclusionOn) }
    var deadline: RevocationDeadline? { conclusionDay.map(RevocationDeadline.init(conclusionOn:)) }
}
