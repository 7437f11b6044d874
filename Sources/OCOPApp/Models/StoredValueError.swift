/// A value read from the database that the code does not understand (a state, a day, a JSON
/// field). It is an error, never a default: an unknown state once became an editable draft (issue 10).
struct StoredValueError: Error, CustomStringConvertible {
    let table: String
    let column: String
    let value: String

    var description: String { "Giá trị không hợp lệ trong \(table).\(column): «\(value)»" }
}
