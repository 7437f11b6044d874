import Fluent
import SQLKit

/// Phản ánh về sản phẩm đã công nhận (issue 13): what a consumer, a business, an authority or the
/// press reported about a certified product, the ad hoc inspection planned for it and how it was
/// closed. Open complaints are proposed first for inspection.
struct M036CreateComplaints: AsyncMigration {
    func prepare(on database: Database) async throws {
        try await database.schema(ComplaintRecord.schema)
            .id()
            .field("recognition_id", .uuid, .required, .references(RecognitionRecord.schema, "id"))
            .field("product_id", .uuid, .required, .references(ProductRecord.schema, "id"))
            .field("province_code", .string, .required)
            .field("commune_code", .string, .required)
            .field("received_on", .string, .required)
            .field("source", .string, .required)
            .field("sender", .string, .required)
            .field("content", .string, .required)
            .field("inspection_id", .uuid, .references(InspectionRecord.schema, "id"))
            .field("outcome", .string)
            .field("closed_by", .string)
            .field("closed_at", .datetime)
            .field("created_by", .string, .required)
            .field("created_at", .datetime, .required)
            .create()
        let sql = database as! any SQLDatabase
        try await sql.create(index: "complaints_province_received").on(ComplaintRecord.schema).column("province_code").column("received_on").run()
        try await sql.create(index: "complaints_recognition").on(ComplaintRecord.schema).column("recognition_id").run()
    }

    func revert(on database: Database) async throws {
        try await database.schema(ComplaintRecord.schema).delete()
    }
}
