import Fluent
import Foundation
import OCOPCore

/// Hồ sơ bị loại: which elimination rule of its sheet the dossier met and what the province found,
/// shown on the dossier page. The same facts are in the step's audit entry, which nobody can change.
final class DossierEliminationRecord: Model, @unchecked Sendable {
    static let schema = "dossier_eliminations"

    @ID(key: .id) var id: UUID?
    @Parent(key: "dossier_id") var dossier: DossierRecord
    /// The rule's text as the sheet states it ("Hồ sơ bị loại khi: …").
    @Field(key: "rule") var rule: String
    /// Căn cứ: what the officer found.
    @Field(key: "finding") var finding: String
    /// `CurrentUser.label` of the provincial officer.
    @Field(key: "eliminated_by") var eliminatedBy: String
    @Field(key: "eliminated_at") var eliminatedAt: Date

    init() {}
}
