import Fluent
import Foundation
import OCOPCore

/// Công văn đề nghị: the commune's letter asking the province to evaluate one or many dossiers.
/// The dossiers point at it (`DossierRecord.forwardingLetterID`); the letter prints on A4.
final class ForwardingLetterRecord: Model, @unchecked Sendable {
    static let schema = "forwarding_letters"

    @ID(key: .id) var id: UUID?
    /// Số hiệu, e.g. "125/UBND-KT"; unique in the commune.
    @Field(key: "number") var number: String
    /// `CalendarDay.iso`.
    @Field(key: "signed_on") var signedOn: String
    /// Người ký: "Nguyễn Văn A".
    @Field(key: "signer") var signer: String
    /// Signed by a vice-chair on the chair's behalf (KT. CHỦ TỊCH / PHÓ CHỦ TỊCH).
    @Field(key: "signer_is_deputy") var signerIsDeputy: Bool
    @Field(key: "province_code") var provinceCode: String
    @Field(key: "commune_code") var communeCode: String
    @Field(key: "created_by") var createdBy: String
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}

    var location: UnitLocation { .commune(communeCode, inProvince: provinceCode) }
    var signedDay: CalendarDay? { CalendarDay(iso: signedOn) }

    /// The lines above the signature, in the administrative form.
    var signerTitle: [String] {
        signerIsDeputy ? ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"] : ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"]
    }
}
