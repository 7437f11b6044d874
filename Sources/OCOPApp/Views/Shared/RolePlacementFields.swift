import Plot

/// The three fields that place a role: role, province, commune.
struct RolePlacementFields: Component {
    let model: AccountFormModel

    var body: Component {
        ComponentGroup {
            SelectField(label: "Vai trò", name: "role", options: model.roleChoices, selected: model.role, error: model.errors["role"])
            SelectField(label: "Tỉnh, thành phố", name: "provinceCode", options: model.provinceChoices, selected: model.provinceCode,
                        error: model.errors["provinceCode"])
            SelectField(label: "Xã, phường (cho cán bộ xã và đại diện chủ thể)", name: "communeCode",
                        options: [("", "— Không áp dụng —")] + model.communeChoices, selected: model.communeCode,
                        error: model.errors["communeCode"])
        }
    }
}
