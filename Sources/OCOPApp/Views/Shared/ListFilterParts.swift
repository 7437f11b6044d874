// The shared parts of the long lists' filter forms: the unit choices and the export links.
import Plot

/// " Tải danh sách: Excel (.xlsx) · CSV": the export of exactly what a list's filter finds.
struct ExportLinks: Component {
    /// The export's address for a format.
    let url: (ListExport.Format) -> String
    /// The filter as a query string (`ListQuery`).
    let query: String

    var body: Component {
        ComponentGroup {
            Text(" Tải danh sách: ")
            Link("Excel (.xlsx)", url: url(.xlsx) + (query.isEmpty ? "" : "?\(query)")).id("export-xlsx")
            Text(" · ")
            Link("CSV", url: url(.csv) + (query.isEmpty ? "" : "?\(query)")).id("export-csv")
        }
    }
}

/// The province and commune choices of a list's filter form (`ScopeUnitChoices`): only those the
/// reader's scope offers, each with «Tất cả».
struct UnitFilterFields: Component {
    let units: ScopeUnitChoices
    let province: String
    let commune: String

    var body: Component {
        ComponentGroup {
            if !units.provinces.isEmpty {
                SelectField(label: "Tỉnh, thành phố", name: "tinh", options: [("", "Tất cả")] + units.provinces, selected: province)
            }
            if !units.communes.isEmpty {
                SelectField(label: "Xã, phường", name: "xa", options: [("", "Tất cả")] + units.communes, selected: commune)
            }
        }
    }
}

/// The box that chooses a row of a list for a step on many rows (receive, revoke, inspect): its
/// value is the row's id, its accessible name says which row.
struct RowPickBox: Component {
    let name: String
    let value: String
    let id: String
    /// "Chọn Mật ong hoa vải Kỳ Sơn".
    let label: String
    var checked = false

    var body: Component {
        Tag("input", [("type", "checkbox"), ("name", name), ("value", value), ("id", id), ("aria-label", label)] + (checked ? [("checked", nil)] : []))
    }
}
