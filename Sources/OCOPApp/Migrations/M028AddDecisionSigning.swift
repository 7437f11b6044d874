import Fluent

/// The decision's signing block and its "Theo đề nghị của" (Nghị định 30/2020, issue 12):
/// - `decisions.signer_position`: `DecisionSignerPosition` raw value ("chu-tich", "pho-chu-tich");
///   nil for decisions issued before it, which print as signed for the Chairman, as they did;
/// - `decisions.proposer`: who proposed the decision ("Giám đốc Sở Nông nghiệp và Môi trường"); nil
///   before, printed with the default.
struct M028AddDecisionSigning: AsyncMigration {
    func prepare(on database: Database) async throws {
        // One column per statement: SQLite's ALTER TABLE adds one at a time.
        try await database.schema(DecisionRecord.schema).field("signer_position", .string).update()
        try await database.schema(DecisionRecord.schema).field("proposer", .string).update()
    }

    func revert(on database: Database) async throws {
        try await database.schema(DecisionRecord.schema).deleteField("proposer").update()
        try await database.schema(DecisionRecord.schema).deleteField("signer_position").update()
    }
}
