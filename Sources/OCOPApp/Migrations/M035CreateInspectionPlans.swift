import Fluent
import SQLKit

/// Kế hoạch kiểm tra (issue 13, Điều 9.2): the document a province (or the ministry) issues for a
/// period — its number, basis, period, team and signer — and the inspections it lists point to it,
/// so the plan prints with its products and shows how far it has got.
struct M035CreateInspectionPlans: AsyncMigration {
    func prepare(on database: Database) async throws {
        try await database.schema(InspectionPlanRecord.schema)
            .id()
            .field("number", .string, .required)
            .field("kind", .string, .required)
            .field("reason", .string, .required)
            .field("period_from", .string, .required)
            .field("period_to", .string, .required)
            .field("team", .string, .required)
            .field("agency", .string, .required)
            .field("signer", .string, .required)
            .field("signer_title", .string, .required)
            .field("province_code", .string)
            .field("created_by", .string, .required)
            .field("created_at", .datetime, .required)
            .create()
        try await database.schema(InspectionRecord.schema).field("plan_id", .uuid, .references(InspectionPlanRecord.schema, "id")).update()
        let sql = database as! any SQLDatabase
        try await sql.create(index: "inspection_plans_province_period").on(InspectionPlanRecord.schema).column("province_code").column("period_from").run()
        try await sql.create(index: "inspections_plan").on(InspectionRecord.schema).column("plan_id").run()
    }

    func revert(on database: Database) async throws {
        let sql = database as! any SQLDatabase
        try await sql.drop(index: "inspections_plan").run()
        try await database.schema(InspectionRecord.schema).deleteField("plan_id").update()
        try await database.schema(InspectionPlanRecord.schema).delete()
    }
}
