import Foundation

/// Tệp bộ tiêu chí: the stable JSON envelope for exporting and importing a `CriteriaSet`
/// (described field by field in SCHEMA.md). The envelope names its schema so that a later format
/// can be told apart and migrated instead of being misread.
public struct CriteriaSetDocument: Sendable, Codable, Equatable {
    /// Schema 2 (26/2026) adds star minimums, sub-criteria, yes/no criteria, printed maxima, points
    /// carried as printed when wrong, elimination rules and the responsible ministry. All additions
    /// are optional keys, so a schema 1 document reads unchanged under the schema 2 decoder.
    public static let currentSchema = "ocop.criteria-set/2"
    /// Schemas this build reads: every earlier one stays readable, stored sets are never re-keyed.
    public static let readableSchemas: Set<String> = ["ocop.criteria-set/1", currentSchema]

    public var schema: String
    public var criteriaSet: CriteriaSet

    public init(_ criteriaSet: CriteriaSet) {
        self.schema = Self.currentSchema
        self.criteriaSet = criteriaSet
    }

    enum CodingKeys: String, CodingKey { case schema, criteriaSet }

    /// Pretty-printed with sorted keys, so that exports diff cleanly and the same set always gives the same bytes.
    public static func export(_ set: CriteriaSet) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(CriteriaSetDocument(set))
    }

    /// Reads a document of a readable schema; any other schema is refused with a Vietnamese reason.
    /// The schema is read first, so that a document of another schema is named as such rather than
    /// reported by the first field it lacks.
    public static func load(_ data: Data) throws -> CriteriaSet {
        struct Header: Decodable { let schema: String }
        let header = try JSONDecoder().decode(Header.self, from: data)
        guard readableSchemas.contains(header.schema) else { throw UnsupportedSchema(schema: header.schema) }
        return try JSONDecoder().decode(CriteriaSetDocument.self, from: data).criteriaSet
    }

    public struct UnsupportedSchema: Error, Sendable, Equatable, CustomStringConvertible {
        public var schema: String
        public var description: String { "Định dạng tệp «\(schema)» không được hỗ trợ (cần «\(CriteriaSetDocument.currentSchema)»)" }
    }
}
