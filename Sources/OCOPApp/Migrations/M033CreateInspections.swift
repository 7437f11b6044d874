import Fluent
import SQLKit

/// Kiểm tra sau công nhận (issue 13, Điều 9): an inspection of a recognised product, planned then
/// recorded in the field (the checklist with a verdict and remark per item, findings, the deadline
/// to fix, the conclusion), its photos per item, and the producer's answers with their evidence.
struct M033CreateInspections: AsyncMigration {
    func prepare(on database: Database) async throws {
        try await database.schema(InspectionRecord.schema)
            .id()
            .field("recognition_id", .uuid, .required, .references(RecognitionRecord.schema, "id"))
            .field("product_id", .uuid, .required, .references(ProductRecord.schema, "id"))
            .field("province_code", .string, .required)
            .field("commune_code", .string, .required)
            .field("kind", .string, .required)
            .field("reason", .string, .required)
            .field("planned_on", .string, .required)
            .field("team", .string, .required)
            .field("status", .string, .required)
            .field("inspected_on", .string)
            .field("checklist", .string)
            .field("findings", .string)
            .field("conclusion", .string)
            .field("fix_deadline", .string)
            .field("revocation_ground", .string)
            .field("recorded_by", .string)
            .field("recorded_at", .datetime)
            .field("created_by", .string, .required)
            .field("created_at", .datetime, .required)
            .create()
        try await database.schema(InspectionPhotoRecord.schema)
            .id()
            .field("inspection_id", .uuid, .required, .references(InspectionRecord.schema, "id", onDelete: .cascade))
            .field("item", .string, .required)
            .field("file_id", .uuid, .required, .references(StoredFile.schema, "id"))
            .field("uploaded_by", .string, .required)
            .field("created_at", .datetime, .required)
            .create()
        try await database.schema(InspectionAnswerRecord.schema)
            .id()
            .field("inspection_id", .uuid, .required, .references(InspectionRecord.schema, "id", onDelete: .cascade))
            .field("author", .string, .required)
            .field("text", .string, .required)
            .field("file_id", .uuid, .references(StoredFile.schema, "id"))
            .field("created_at", .datetime, .required)
            .create()
        let sql = database as! any SQLDatabase
        try await sql.create(index: "inspections_province_planned").on(InspectionRecord.schema).column("province_code").column("planned_on").run()
        try await sql.create(index: "inspections_product").on(InspectionRecord.schema).column("product_id").run()
        try await sql.create(index: "inspection_photos_inspection").on(InspectionPhotoRecord.schema).column("inspection_id").run()
        try await sql.create(index: "inspection_answers_inspection").on(InspectionAnswerRecord.schema).column("inspection_id").run()
    }

    func revert(on database: Database) async throws {
        try await database.schema(InspectionAnswerRecord.schema).delete()
        try await database.schema(InspectionPhotoRecord.schema).delete()
        try await database.schema(InspectionRecord.schema).delete()
    }
}
