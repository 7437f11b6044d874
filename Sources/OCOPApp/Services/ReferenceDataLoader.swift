import Fluent
import OCOPCore

/// Loads the 34 provinces and 3,321 communes once. Running it again adds only what is missing,
/// so a restart or a second `seed` never duplicates a unit.
enum ReferenceDataLoader {
    static func loadAdministrativeUnits(on database: Database) async throws -> Int {
        let provinces = CSVReader.parse(try ResourceFiles.reference("provinces.csv")).records
        let communes = CSVReader.parse(try ResourceFiles.reference("communes.csv")).records
        let expected = provinces.count + communes.count
        if try await AdminUnit.query(on: database).count() == expected { return 0 }

        let existing = Set(try await AdminUnit.query(on: database).all(\.$id))
        let units = provinces.map { row in
            AdminUnit(code: row["code"]!, name: row["name"]!, nameWithType: row["name_with_type"]!, kind: row["type"]!,
                      level: .province, provinceCode: row["code"]!, note: row["note"].flatMap { $0.isEmpty ? nil : $0 })
        } + communes.map { row in
            AdminUnit(code: row["code"]!, name: row["name"]!, nameWithType: row["name_with_type"]!, kind: row["type"]!,
                      level: .commune, provinceCode: row["province_code"]!, note: row["note"].flatMap { $0.isEmpty ? nil : $0 })
        }
        let missing = units.filter { !existing.contains($0.id!) }
        try await database.transaction { transaction in
            for chunk in stride(from: 0, to: missing.count, by: 200) {
                try await Array(missing[chunk..<min(chunk + 200, missing.count)]).create(on: transaction)
            }
        }
        return missing.count
    }
}
