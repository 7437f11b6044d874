import Foundation

/// A value read from the database that the code does not understand (a state, a day, a JSON
/// field). It is an error, never a default: an unknown state once became an editable draft (issue 10).
struct StoredValueError: Error, CustomStringConvertible {
    let table: String
    let column: String
    let value: String

    var description: String { "Giá trị không hợp lệ trong \(table).\(column): «\(value)»" }
}

/// JSON kept in a TEXT column, decoded strictly: a value that does not decode throws.
enum StoredJSON {
    static func decode<T: Decodable>(_ type: T.Type, _ text: String, table: String, column: String) throws -> T {
        do {
            return try JSONDecoder().decode(T.self, from: Data(text.utf8))
        } catch {
            throw StoredValueError(table: table, column: column, value: String(text.prefix(80)))
        }
    }
}
