import Fluent
import Foundation
import OCOPCore

/// Quyết định công nhận kết quả đánh giá, phân hạng: issued from a meeting's conclusive results.
final class DecisionRecord: Model, @unchecked Sendable {
    static let schema = "decisions"

    @ID(key: .id) var id: UUID?
    @Parent(key: "meeting_id") var meeting: MeetingRecord
    /// Nil for the national council's decisions.
    @OptionalField(key: "province_code") var provinceCode: String?
    /// "2156/QĐ-UBND".
    @Field(key: "number") var number: String
    /// `CalendarDay.iso`: the certificates run 36 months from it.
    @Field(key: "signed_on") var signedOn: String
    @Field(key: "signer") var signer: String
    /// `DecisionSignerPosition` raw value; nil for decisions issued before M028.
    @OptionalField(key: "signer_position") var signerPositionValue: String?
    /// "Theo đề nghị của …"; nil before M028.
    @OptionalField(key: "proposer") var proposer: String?
    @Field(key: "created_by") var createdBy: String
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @Children(for: \.$decision) var certificates: [CertificateRecord]

    init() {}

    /// Decisions issued before the position was asked for were printed "KT. CHỦ TỊCH".
    var signerPosition: DecisionSignerPosition { signerPositionValue.flatMap(DecisionSignerPosition.init(rawValue:)) ?? .deputy }

    var signedDay: CalendarDay? { CalendarDay(iso: signedOn) }
}

/// Giấy chứng nhận: one recognised product of a decision. `verifyCode` is the secret part of the QR
/// link, so that a certificate number alone (printed, guessable) does not reveal the page's data
/// twice: the public page shows the certificate only with its code.
final class CertificateRecord: Model, @unchecked Sendable {
    static let schema = "certificates"

    @ID(key: .id) var id: UUID?
    @Parent(key: "decision_id") var decision: DecisionRecord
    @Parent(key: "dossier_id") var dossier: DossierRecord
    @Parent(key: "product_id") var product: ProductRecord
    @Field(key: "number") var number: String
    @Field(key: "star") var star: Int
    @Field(key: "mean_hundredths") var meanHundredths: Int
    @Field(key: "decision_day") var decisionDay: String
    @Field(key: "verify_code") var verifyCode: String
    @OptionalField(key: "revoked_at") var revokedAt: Date?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}

    var certificate: Certificate? {
        guard let star = Star(rawValue: star), let day = CalendarDay(iso: decisionDay) else { return nil }
        return Certificate(number: number, recognition: ProductRecognition(star: star, decisionNumber: "", decisionDay: day,
                                                                           issuer: star == .five ? .national : .province),
                           revoked: revokedAt != nil)
    }
}
