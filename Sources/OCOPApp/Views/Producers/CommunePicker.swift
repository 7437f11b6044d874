import Plot

/// Tỉnh rồi xã: the province list, then the communes of the chosen province (`CommuneChoices`).
/// app.js refills the commune list when the province changes; without it, the form comes back with
/// the province's communes and keeps what was typed.
struct CommunePicker: Component {
    let place: CommuneChoices
    let commune: String
    let error: String?

    var body: Component {
        Div {
            Div {
                Tag("label", [("for", "f-provinceCode")]) { Text("Tỉnh, thành phố") }
                SelectBox(id: "f-provinceCode", name: "provinceCode",
                          options: [("", "— Chọn tỉnh, thành phố —")] + place.provinces, selected: place.provinceCode,
                          attributes: [("data-communes", SiteURL.communeOptions.path), ("data-commune-select", "f-communeCode")])
            }.class("field")
            Div {
                Tag("label", [("for", "f-communeCode")]) { Text("Xã, phường") }
                SelectBox(id: "f-communeCode", name: "communeCode", options: [("", Self.prompt(place))] + place.communes,
                          selected: commune, describedBy: error == nil ? "f-communeCode-hint" : "f-communeCode-error f-communeCode-hint",
                          attributes: [("required", nil)])
                Paragraph("Theo danh mục đơn vị hành chính từ 01/07/2025. Chọn tỉnh, thành phố trước; nếu danh sách xã, phường chưa hiện, "
                    + "bấm nút gửi: trang hiện các xã, phường của tỉnh đã chọn và giữ những gì bạn đã nhập.")
                    .class("hint").id("f-communeCode-hint")
                if let error { Paragraph(error).class("error").id("f-communeCode-error") }
            }.class(error == nil ? "field" : "field has-error")
        }
    }

    static func prompt(_ place: CommuneChoices) -> String {
        place.provinceCode.isEmpty ? "— Chọn tỉnh, thành phố trước —" : "— Chọn xã, phường —"
    }
}
