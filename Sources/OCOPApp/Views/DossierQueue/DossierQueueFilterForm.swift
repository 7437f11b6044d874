import Plot
import OCOPCore

/// Tìm và lọc hồ sơ: a GET form, so a filtered list is a link an officer can bookmark or send. Only
/// the choices the person's scope allows are shown; the state stays as chosen by the tabs.
struct DossierQueueFilterForm: Component {
    let filter: DossierQueueFilter
    let options: DossierQueueOptions

    var body: Component {
        Form(url: SiteURL.dossiers.path, method: .get) {
            if let state = filter.state { Input(type: .hidden, name: "trang-thai", value: state.rawValue) }
            if let outcome = filter.outcome { Input(type: .hidden, name: "ket-qua", value: outcome.rawValue) }
            Div {
                FormField(label: "Tìm theo tên sản phẩm, chủ thể (gõ có dấu hoặc không dấu)", name: "q", value: filter.text, type: .search)
                UnitFilterFields(units: options.units, province: filter.province, commune: filter.commune)
                if !options.rounds.isEmpty {
                    SelectField(label: "Đợt đăng ký", name: "dot", options: [("", "Tất cả")] + options.rounds, selected: filter.round)
                }
                SelectField(label: "Loại hồ sơ", name: "loai",
                            options: [("", "Tất cả")] + DossierKind.allCases.map { ($0.rawValue, $0.title) }, selected: filter.kind?.rawValue ?? "")
                if options.productSets.count > 1 {
                    SelectField(label: "Bộ sản phẩm", name: "bo", options: [("", "Tất cả")] + options.productSets, selected: filter.productSet)
                }
                SelectField(label: "Sắp xếp", name: "sap-xep",
                            options: DossierQueueFilter.Sort.allCases.map { ($0.rawValue, $0.title) }, selected: filter.sort.rawValue)
                Button { Text("Lọc") }.attribute(named: "type", value: "submit")
                if filter.narrowsBeyondState || filter.sort != .commune {
                    Link("Bỏ lọc", url: SiteURL.dossiers.path + "?" + DossierQueueFilter(state: filter.state, outcome: filter.outcome).queryString())
                        .id("clear-filter")
                }
            }.class("search-row")
        }.attribute(named: "role", value: "search").attribute(named: "aria-label", value: "Tìm và lọc hồ sơ").id("queue-filter")
    }
}
