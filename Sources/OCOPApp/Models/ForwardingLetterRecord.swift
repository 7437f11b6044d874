import Fluent
import Foundation
import OCOPCore

/// Công văn đề nghị: the commune's letter asking the province to evaluate one or many dossiers.
/// The dossiers point at it (`DossierRecord.forwardingLetterID`); the letter prints on A4.
package final class ForwardingLetterRecord: Model, @unchecked Sendable {
    package static let schema = "forwarding_letters"

    @ID(key: .id) package var id: UUID?
    /// Số hiệu, e.g. "125/UBND-KT"; unique in the commune.
    @Field(key: "number") package var number: String
    /// `CalendarDay.iso`.
    @Field(key: "signed_on") package var signedOn: String
    /// Người ký: "Nguyễn Văn A".
    @Field(key: "signer") package var signer: String
    /// Signed by a vice-chair on the chair's behalf (KT. CHỦ TỊCH / PHÓ CHỦ TỊCH).
    @Field(key: "signer_is_deputy") package var signerIsDeputy: Bool
    @Field(key: "province_code") package var provinceCode: String
    @Field(key: "commune_code") package var communeCode: String
    @Field(key: "created_by") package var createdBy: String
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    package init() {}

    var location: UnitLocation { .commune(communeCode, inProvince: provinceCode) }
    var signedDay: CalendarDay? { CalendarDay(iso: signedOn) }

    /// The lines above the signature, in the administrative form.
    var signerTitle: [String] { Self.signerTitle(deputy: signerIsDeputy) }

    /// The signing block of a commune's letter, signed for the People's Committee.
    static func signerTitle(deputy: Bool) -> [String] {
        deputy ? ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"] : ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"]
    }
}
