import Fluent
import Foundation
import OCOPCore

/// Kế hoạch kiểm tra (Điều 9.2): the document that plans inspections for a period, periodic or ad
/// hoc (a complaint, a finding). Its inspections are those whose `plan_id` names it (M035).
final class InspectionPlanRecord: Model, @unchecked Sendable {
    static let schema = "inspection_plans"

    @ID(key: .id) var id: UUID?
    /// "45/KH-SNN", as the issuing office registers it.
    @Field(key: "number") var number: String
    @Field(key: "kind") var kind: InspectionKind
    /// Căn cứ: the annual plan it carries out, or the complaint or finding behind an ad hoc one.
    @Field(key: "reason") var reason: String
    @Field(key: "period_from") var periodFrom: String
    @Field(key: "period_to") var periodTo: String
    /// Đoàn kiểm tra: names and agencies, as typed.
    @Field(key: "team") var team: String
    /// The issuing agency as printed: "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG".
    @Field(key: "agency") var agency: String
    @Field(key: "signer") var signer: String
    /// "GIÁM ĐỐC", "KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC": the lines above the signature.
    @Field(key: "signer_title") var signerTitle: String
    /// The province it covers; nil for the ministry's.
    @OptionalField(key: "province_code") var provinceCode: String?
    @Field(key: "created_by") var createdBy: String
    @Field(key: "created_at") var createdAt: Date

    init() {}

    var period: (from: CalendarDay, to: CalendarDay)? {
        guard let from = CalendarDay(iso: periodFrom), let to = CalendarDay(iso: periodTo) else { return nil }
        return (from, to)
    }
}

extension InspectionPlanRecord: UnitPlacedRecord { static var hasCommune: Bool { false } }
