import Fluent
import Foundation
import OCOPCore
import Vapor

extension CertificatePicker {
    /// The certificates chosen (ids as sent) and those of `scope` whose product's name matches
    /// `search`, with their communes' names, as on `today`.
    static func load(chosen ids: [String], search: String, scope: ReadScope, today: CalendarDay, on db: Database) async throws -> CertificatePicker {
        let chosen = try await RecognitionRecord.chosen(ids, on: db)
        let found = try await RecognitionRecord.search(search, scope: scope, today: today, leavingOut: chosen, on: db)
        let names = try await UnitDirectory.names(for: (chosen + found).map(\.product.communeCode), on: db)
        return CertificatePicker(search: search, chosen: chosen.map { ChosenCertificate($0, names, today: today) },
                                 found: found.map { ChosenCertificate($0, names, today: today) })
    }
}
