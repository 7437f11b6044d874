import Plot

/// Choosing certificates by name for a step that needs them (a revocation, a complaint): those
/// chosen so far, and those a search found, each with a box to add it.
struct CertificatePicker {
    var search: String
    var chosen: [ChosenCertificate]
    var found: [ChosenCertificate]
}

/// The search form of a `CertificatePicker`: it keeps the certificates chosen (and any other
/// field of the step, `hidden`) while the reader searches and adds more.
struct CertificateSearchForm: Component {
    let action: String
    let picker: CertificatePicker
    var hidden: [(name: String, value: String)] = []
    /// "Tìm giấy chứng nhận theo tên sản phẩm".
    let label: String
    /// "Thêm các giấy đã chọn vào quyết định".
    let addLabel: String
    /// What the search is for, for screen readers: "Tìm giấy chứng nhận để thu hồi".
    let purpose: String
    let id: String

    var body: Component {
        Form(url: action, method: .get) {
            for row in picker.chosen { Input(type: .hidden, name: "gcn[]", value: row.id) }
            for field in hidden where !field.value.isEmpty { Input(type: .hidden, name: field.name, value: field.value) }
            Div {
                FormField(label: label, name: "q", value: picker.search, type: .search)
                Button { Text("Tìm") }.attribute(named: "type", value: "submit")
            }.class("search-row")
            if !picker.found.isEmpty {
                ChosenCertificateTable(rows: picker.found, id: "found-list", pick: "gcn[]")
                Button { Text(addLabel) }.attribute(named: "type", value: "submit").id("add-chosen")
            } else if !picker.search.isEmpty {
                Paragraph("Không tìm thấy giấy chứng nhận còn theo dõi nào khớp «\(picker.search)».").class("muted")
            }
        }.attribute(named: "role", value: "search").attribute(named: "aria-label", value: purpose).id(id)
    }
}
