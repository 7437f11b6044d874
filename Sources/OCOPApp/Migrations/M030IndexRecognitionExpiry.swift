import Fluent
import SQLKit

/// The certificate follow-up lists and the reminder job (issue 13) find recognitions by a range of
/// expiry days; without this index they read every recognition of the country (~18,000).
struct M030IndexRecognitionExpiry: AsyncMigration {
    func prepare(on database: Database) async throws {
        let sql = database as! any SQLDatabase
        try await sql.create(index: "recognitions_expiry").on(RecognitionRecord.schema).column("expiry_date").run()
    }

    func revert(on database: Database) async throws {
        let sql = database as! any SQLDatabase
        try await sql.drop(index: "recognitions_expiry").run()
    }
}
