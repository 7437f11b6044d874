import Fluent

/// Councils (Hội đồng đánh giá, phân hạng) with their members and advisory team, declared and
/// recorded conflicts of interest, meetings with their agenda, and the working-day calendar's
/// yearly adjustments. Detected conflicts are not stored: they are read from the members' roles
/// whenever needed, so a role given later is seen at once.
struct M012CreateCouncils: AsyncMigration {
    func prepare(on database: Database) async throws {
        try await database.schema(CouncilRecord.schema)
            .id()
            .field("level", .string, .required)
            .field("province_code", .string)
            .field("name", .string, .required)
            .field("decision_number", .string, .required)
            .field("decision_date", .string, .required)
            .field("term_from", .string, .required)
            .field("term_to", .string, .required)
            .field("materials_lead_days", .int, .required)
            .field("created_by", .string, .required)
            .field("created_at", .datetime)
            .create()
        try await database.schema(CouncilMemberRecord.schema)
            .id()
            .field("council_id", .uuid, .required, .references(CouncilRecord.schema, "id", onDelete: .cascade))
            .field("account_id", .uuid, .required, .references(UserAccount.schema, "id"))
            .field("full_name", .string, .required)
            .field("agency", .string, .required)
            .field("position", .string, .required)
            .field("created_at", .datetime)
            // A person sits once in a council: a second "add" finds the first.
            .unique(on: "council_id", "account_id")
            .create()
        try await database.schema(ConflictRecord.schema)
            .id()
            .field("member_id", .uuid, .required, .references(CouncilMemberRecord.schema, "id", onDelete: .cascade))
            .field("dossier_id", .uuid, .required, .references(DossierRecord.schema, "id"))
            .field("kind", .string, .required)
            .field("source", .string, .required)
            .field("note", .custom("TEXT"), .required)
            .field("recorded_by", .string, .required)
            .field("created_at", .datetime)
            .unique(on: "member_id", "dossier_id", "kind")
            .create()
        try await database.schema(MeetingRecord.schema)
            .id()
            .field("council_id", .uuid, .required, .references(CouncilRecord.schema, "id"))
            .field("evaluation_round_id", .uuid, .required, .references(EvaluationRoundRecord.schema, "id"))
            .field("round", .int, .required)
            .field("day", .string, .required)
            .field("time", .string, .required)
            .field("place", .string, .required)
            .field("materials_sent_on", .string)
            .field("materials_sent_by", .string)
            .field("created_by", .string, .required)
            .field("created_at", .datetime)
            .create()
        try await database.schema(MeetingItemRecord.schema)
            .id()
            .field("meeting_id", .uuid, .required, .references(MeetingRecord.schema, "id", onDelete: .cascade))
            .field("dossier_id", .uuid, .required, .references(DossierRecord.schema, "id"))
            .field("position", .int, .required)
            .unique(on: "meeting_id", "dossier_id")
            .create()
        try await database.schema(CalendarAdjustmentRecord.schema)
            .id()
            .field("day", .string, .required)
            .field("kind", .string, .required)
            .field("note", .string, .required)
            .field("created_by", .string, .required)
            .field("created_at", .datetime)
            .unique(on: "day")
            .create()
    }

    func revert(on database: Database) async throws {
        for schema in [CalendarAdjustmentRecord.schema, MeetingItemRecord.schema, MeetingRecord.schema, ConflictRecord.schema,
                       CouncilMemberRecord.schema, CouncilRecord.schema] {
            try await database.schema(schema).delete()
        }
    }
}
