import Fluent
import SQLKit

/// Phiếu chấm của thành viên: one row per member, dossier, meeting and version. A submitted sheet is
/// locked in the database itself: a trigger refuses to change or delete it on both engines, so not
/// even an administrator with database access through the application can alter a member's score.
/// A rescore after discussion is a new row with the next version; the old one stays.
struct M013CreateMemberScores: AsyncMigration {
    func prepare(on database: Database) async throws {
        try await database.schema(MemberScoreRecord.schema)
            .id()
            .field("meeting_id", .uuid, .required, .references(MeetingRecord.schema, "id"))
            .field("dossier_id", .uuid, .required, .references(DossierRecord.schema, "id"))
            .field("member_id", .uuid, .required, .references(CouncilMemberRecord.schema, "id"))
            .field("version", .int, .required)
            .field("status", .string, .required)
            .field("answers", .custom("TEXT"), .required)
            .field("facts", .custom("TEXT"), .required)
            .field("total_hundredths", .int)
            .field("remark", .custom("TEXT"), .required)
            .field("updated_at", .datetime, .required)
            .field("submitted_at", .datetime)
            .unique(on: "meeting_id", "dossier_id", "member_id", "version")
            .create()
        let sql = database as! any SQLDatabase
        if sql.dialect.name == "sqlite" {
            for event in ["UPDATE", "DELETE"] {
                try await sql.raw("""
                    CREATE TRIGGER member_scores_locked_\(unsafeRaw: event.lowercased()) BEFORE \(unsafeRaw: event) ON member_scores
                    WHEN OLD.status = 'submitted' BEGIN SELECT RAISE(ABORT, 'a submitted score is locked'); END
                    """).run()
            }
        } else {
            try await sql.raw("""
                CREATE OR REPLACE FUNCTION member_scores_locked() RETURNS trigger AS $$
                BEGIN
                  IF OLD.status = 'submitted' THEN RAISE EXCEPTION 'a submitted score is locked'; END IF;
                  IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
                  RETURN NEW;
                END; $$ LANGUAGE plpgsql
                """).run()
            try await sql.raw("""
                CREATE TRIGGER member_scores_no_change BEFORE UPDATE OR DELETE ON member_scores
                FOR EACH ROW EXECUTE FUNCTION member_scores_locked()
                """).run()
        }
    }

    func revert(on database: Database) async throws {
        try await database.schema(MemberScoreRecord.schema).delete()
    }
}
