import Fluent
import Foundation
import OCOPCore

/// The choices of the queue's filter form, drawn from the person's scope: the province and commune
/// (`ScopeUnitChoices`), and for anyone with units the registration rounds and the product sets of
/// their dossiers.
struct DossierQueueOptions {
    typealias Choice = (value: String, label: String)

    var units = ScopeUnitChoices()
    var rounds: [Choice] = []
    var productSets: [Choice] = []

    static func load(scope: ReadScope, filter: DossierQueueFilter, on db: Database) async throws -> DossierQueueOptions {
        var options = DossierQueueOptions()
        guard scope.reachesUnits else { return options }
        let units = try await ScopeUnitChoices.load(scope: scope, chosenProvince: filter.province, on: db)
        options.units = units
        let province = units.province
        let scopeProvinces = Set(scope.locations.compactMap(\.provinceCode))
        let wholeProvinces = Set(scope.locations.filter { $0.communeCode == nil }.compactMap(\.provinceCode))
        let roundProvinces = province.map { [$0] } ?? Array(scopeProvinces)
        let thisYear = CalendarDay.inVietnam(Date()).year
        let rounds = RegistrationRoundRecord.query(on: db).filter(\.$year >= thisYear - 1)
            .sort(\.$year, .descending).sort(\.$opensOn, .descending).sort(\.$name)
        if !scope.everything || province != nil { rounds.filter(\.$provinceCode ~~ roundProvinces) }
        if wholeProvinces.isEmpty && !scope.everything {
            // A commune officer: the province's rounds and their own commune's, not their neighbours'.
            let communes = scope.locations.compactMap(\.communeCode)
            rounds.group(.or) { $0.filter(\.$communeCode == nil).filter(\.$communeCode ~~ communes) }
        }
        options.rounds = try await rounds.range(..<200).all().map { ($0.id!.uuidString, "\($0.name) (\($0.year))") }
        let sets = try await ScopeUnitChoices.productSetNames(scope: scope, on: db)
        options.productSets = sets.map { ($0, $0) }
        return options
    }
}
