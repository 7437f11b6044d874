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
