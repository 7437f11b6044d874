import Fluent
import Foundation
import OCOPCore

/// Hồ sơ: one product's dossier for one registration round. The rules (kinds, states, checklist,
/// workflow) live in OCOPCore/Dossiers; this row keeps the state, the version that makes saves
/// conditional, the producer's self-assessment and the criteria set copied from the round, which the
/// dossier keeps for ever.
package final class DossierRecord: Model, @unchecked Sendable {
    package static let schema = "dossiers"

    @ID(key: .id) package var id: UUID?
    @Parent(key: "product_id") var product: ProductRecord
    @Parent(key: "producer_id") var producer: ProducerRecord
    @Parent(key: "round_id") var round: RegistrationRoundRecord
    /// `DossierKind` raw value.
    @Field(key: "kind") var dossierKind: DossierKind
    /// `DossierState` raw value.
    /// Stored as its raw value; a value this version does not know fails to decode, so it can never
    /// become a state the producer may edit (issue 10: it used to fall back to draft).
    @Field(key: "state") var state: DossierState
    /// `OptimisticVersion`: raised by every change of state or answers.
    @Field(key: "version") var version: Int
    /// Copies of the producer's commune, for scoped lists without a join.
    @Field(key: "province_code") var provinceCode: String
    @Field(key: "commune_code") var communeCode: String
    @Field(key: "criteria_set_code") var criteriaSetCode: String
    @Field(key: "criteria_set_version") var criteriaSetVersion: Int
    /// `AnswerSet` JSON of the self-assessment, nil until first saved.
    @OptionalField(key: "self_assessment") var selfAssessment: String?
    /// `ProducerFacts` JSON saved with the self-assessment.
    @OptionalField(key: "producer_facts") var producerFacts: String?
    /// The product's earlier dossier whose documents were carried over.
    @OptionalField(key: "previous_dossier_id") var previousDossierID: UUID?
    @Field(key: "created_by") var createdBy: String
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @OptionalField(key: "submitted_at") var submittedAt: Date?
    /// `CommuneAssessment` JSON: the commune's verdicts on the four local criteria, nil until assessed.
    @OptionalField(key: "commune_assessment") var communeAssessment: String?
    @OptionalField(key: "assessed_by") var assessedBy: String?
    @OptionalField(key: "assessed_at") var assessedAt: Date?
    /// Số of the commune's assessment report ("45/BC-UBND"), typed with the assessment (M029).
    @OptionalField(key: "commune_report_number") var communeReportNumber: String?
    /// The commune's letter that forwarded the dossier to the province.
    @OptionalField(key: "forwarding_letter_id") var forwardingLetterID: UUID?
    /// The province's evaluation round that received the dossier.
    @OptionalField(key: "evaluation_round_id") var evaluationRoundID: UUID?
    /// A re-evaluation's filing against its certificate's window, set when first submitted (M022).
    @OptionalField(key: "filing_phase") var filingPhase: ReEvaluationFilingPhase?
    /// `CalendarDay.iso` of the expiry of the certificate being re-evaluated, set with `filingPhase`.
    @OptionalField(key: "certificate_expires_on") var certificateExpiresOn: String?
    /// `ReEvaluationUpdates` JSON (M027): a re-evaluation's answers on what changed since recognition.
    @OptionalField(key: "re_evaluation_updates") var reEvaluationUpdates: String?
    @Children(for: \.$dossier) var documents: [DossierDocumentRecord]

    package init() {}

    var dossierState: DossierState { state }
    var location: UnitLocation { .commune(communeCode, inProvince: provinceCode) }
    var scope: DossierScope { DossierScope(producerID: $producer.id.uuidString, location: location) }

    /// The JSON columns, decoded. A value that does not decode is an error (`StoredValueError`),
    /// never an empty sheet that the next save would write over the stored one.
    var answers: AnswerSet {
        get throws { try selfAssessment.map { try StoredJSON.decode(AnswerSet.self, $0, table: Self.schema, column: "self_assessment") } ?? AnswerSet() }
    }

    var assessment: CommuneAssessment? {
        get throws { try communeAssessment.map { try StoredJSON.decode(CommuneAssessment.self, $0, table: Self.schema, column: "commune_assessment") } }
    }

    var updates: ReEvaluationUpdates {
        get throws {
            try reEvaluationUpdates.map { try StoredJSON.decode(ReEvaluationUpdates.self, $0, table: Self.schema, column: "re_evaluation_updates") }
                ?? ReEvaluationUpdates()
        }
    }

    var facts: ProducerFacts? {
        get throws { try producerFacts.map { try StoredJSON.decode(ProducerFacts.self, $0, table: Self.schema, column: "producer_facts") } }
    }
}

/// Tài liệu hồ sơ: one file filed under a document type of a dossier. A replacement adds a row and
/// sets `replacedAt` on the old one, so the dossier's history shows every file ever filed.
final class DossierDocumentRecord: Model, @unchecked Sendable {
    static let schema = "dossier_documents"

    @ID(key: .id) var id: UUID?
    @Parent(key: "dossier_id") var dossier: DossierRecord
    /// `DossierDocumentType.code`.
    @Field(key: "type_code") var typeCode: Int
    @Parent(key: "file_id") var file: StoredFile
    @Field(key: "uploaded_by") var uploadedBy: String
    @Field(key: "uploaded_at") var uploadedAt: Date
    @OptionalField(key: "replaced_at") var replacedAt: Date?
    /// The document of the earlier dossier this one was carried over from, when it was.
    @OptionalField(key: "carried_from") var carriedFrom: UUID?
    /// `CalendarDay.iso` of the last day the paper is valid ("Có giá trị đến", M027), nil when undated.
    @OptionalField(key: "valid_until") var validUntil: String?

    init() {}

    var validUntilDay: CalendarDay? { validUntil.flatMap(CalendarDay.init(iso:)) }

    /// Hết hạn today (Vietnam's day): an expired paper counts as missing where its type is required.
    func isExpired(on day: CalendarDay = .inVietnam(Date())) -> Bool { DocumentValidity.isExpired(validUntilDay, on: day) }
}
