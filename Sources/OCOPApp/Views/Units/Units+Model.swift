/// Tra cứu đơn vị hành chính: the search form as typed, and one page of results.
struct UnitsModel {
    struct Row {
        let code: String
        let name: String
        let provinceName: String
        let communeCount: Int?
    }

    var query: String
    var provinceCode: String
    var provinces: [(value: String, label: String)]
    var rows: [Row]
    var total: Int
    var page: Int
    var pageCount: Int
    /// True when listing provinces (no search yet), false when listing communes.
    var listsProvinces: Bool
}

/// One unit's reference page.
struct UnitDetailModel {
    let code: String
    let nameWithType: String
    let kind: String
    let provinceName: String?
    let note: String?
    let communes: [UnitsModel.Row]
    let workspace: SiteURL?
}
