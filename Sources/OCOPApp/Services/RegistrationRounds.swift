import Fluent
import Foundation
import OCOPCore

/// Đợt đăng ký: opening rounds and granting extensions, each audited; and which rounds a person
/// may see (officers: those touching their unit; producers: those covering their commune).
enum RegistrationRounds {
    static func open(_ round: RegistrationRound, owner: UnitLocation, criteriaSet: (code: String, version: Int),
                     actor: CurrentUser, on db: Database) async throws -> RegistrationRoundRecord {
        let record = RegistrationRoundRecord()
        record.name = round.name
        record.year = round.year
        record.provinceCode = owner.provinceCode ?? ""
        record.communeCode = owner.communeCode
        record.opensOn = round.opensOn.iso
        record.closesOn = round.closesOn.iso
        record.criteriaSetCode = criteriaSet.code
        record.criteriaSetVersion = criteriaSet.version
        record.createdBy = actor.label
        try await db.transaction { tx in
            record.id = UUID()
            var stored = round
            stored.id = record.id!.uuidString
            record.document = String(decoding: try JSONEncoder().encode(stored), as: UTF8.self)
            try await record.create(on: tx)
            try await AuditLog.record(on: tx, actor: actor, action: "round.open", recordType: "registration-round",
                                      recordID: record.id!.uuidString, location: owner, after: stored)
        }
        return record
    }

    /// Grants (or replaces) one producer's extension, checked against the round's rules.
    static func grantExtension(_ grant: RegistrationExtension, round: RegistrationRoundRecord, producer: ProducerRecord,
                               actor: CurrentUser, on db: Database) async throws -> [String] {
        let problems = grant.problems(in: try round.round(),
                                      producerCommune: .commune(producer.communeCode, inProvince: producer.provinceCode))
        guard problems.isEmpty else { return problems }
        let existing = try await RegistrationExtensionRecord.query(on: db)
            .filter(\.$round.$id == round.id!).filter(\.$producerID == producer.id!).first()
        let before = existing?.rule(roundID: round.id!.uuidString)
        let record = existing ?? RegistrationExtensionRecord()
        record.$round.id = round.id!
        record.producerID = producer.id!
        record.newClosingDay = grant.newClosingDay.iso
        record.reason = grant.reason
        record.grantedBy = grant.grantedBy
        record.grantedOn = grant.grantedOn.iso
        try await db.transaction { tx in
            try await record.save(on: tx)
            try await AuditLog.record(on: tx, actor: actor, action: "round.extend", recordType: "registration-round",
                                      recordID: round.id!.uuidString,
                                      location: UnitLocation(provinceCode: producer.provinceCode, communeCode: producer.communeCode),
                                      before: before, after: grant)
        }
        return []
    }

    /// The rounds this person may see, newest first.
    static func visible(to user: CurrentUser, on db: Database) async throws -> [RegistrationRoundRecord] {
        let scope = user.readScope(.producers)
        let locations = scope.everything ? [UnitLocation.nation] : scope.locations
        let producerCommunes = try await ProducerRecord.query(on: db)
            .filter(\.$id ~~ scope.producerIDs.compactMap(UUID.init(uuidString:))).all()
            .map { UnitLocation(provinceCode: $0.provinceCode, communeCode: $0.communeCode) }
        let places = locations + producerCommunes
        guard !places.isEmpty else { return [] }
        let query = RegistrationRoundRecord.query(on: db).sort(\.$year, .descending).sort(\.$closesOn, .descending)
        if !places.contains(.nation) { query.filter(\.$provinceCode ~~ Array(Set(places.compactMap(\.provinceCode)))) }
        return try await query.all().filter { record in
            let round = try record.round()
            return places.contains { place in
                place.communeCode == nil ? place.contains(record.owner) || round.coverage.contains { place.contains($0) } : round.covers(place)
            }
        }
    }
}
