import OCOPCore

/// Danh sách chủ thể trong phạm vi người xem, with the sign-ups waiting for the commune.
struct ProducerListModel {
    struct Row {
        let id: String
        let name: String
        let legalForm: String
        let taxCode: String
        let representative: String
        let commune: String
        let status: ProducerStatus
        let productCount: Int
        /// Only in the export.
        var address = ""
        var province = ""
        var phone = ""
        var email = ""
    }

    static let exportHeader = ["STT", "Tên chủ thể", "Loại hình", "Mã số thuế", "Người đại diện", "Địa chỉ", "Xã/phường",
                               "Tỉnh/thành phố", "Số điện thoại", "Thư điện tử", "Số sản phẩm", "Trạng thái"]

    var filter: ProducerListFilter
    var rows: [Row]
    var pending: [Row]
    var units = ScopeUnitChoices()
    var page = 1
    var pageCount = 1
    var total = 0
    var mayCreate: Bool
}

/// The producer form (officer's create and edit, and the public sign-up): what was typed, the errors.
struct ProducerFormModel {
    enum Mode { case create, edit, signUp }

    var mode: Mode
    var action: String
    /// Text fields by name, as typed.
    var values: [String: String] = [:]
    var isWoman = false
    var isEthnicMinority = false
    /// Set on edit: the commune cannot be changed here.
    var fixedCommune: String?
    /// The province and commune lists, when the commune is chosen here.
    var place = CommuneChoices(provinces: [], provinceCode: "", communes: [])
    var errors: [String: String] = [:]

    subscript(_ name: String) -> String { values[name] ?? "" }

    static let legalFormChoices: [(value: String, label: String)] =
        [("", "— Chọn loại hình —")] + ProducerLegalForm.allCases.map { ($0.rawValue, $0.title) }

    init(mode: Mode, action: String, input: ProducerService.Input? = nil) {
        self.mode = mode
        self.action = action
        if let input {
            values = ["name": input.name ?? "", "legalForm": input.legalForm ?? "", "taxCode": input.taxCode ?? "",
                      "representativeName": input.representativeName ?? "", "address": input.address ?? "",
                      "communeCode": input.communeCode ?? "", "phone": input.phone ?? "", "email": input.email ?? ""]
            isWoman = ProducerService.isChecked(input.representativeIsWoman)
            isEthnicMinority = ProducerService.isChecked(input.representativeIsEthnicMinority)
        }
    }
}

/// Một chủ thể: its facts, products, accounts, and what the viewer may do.
struct ProducerDetailModel {
    struct ProductRow {
        let id: String
        let name: String
        let productSet: String
        let latestStar: String
    }

    struct AccountRow {
        let username: String
        let fullName: String
        let isActive: Bool
        /// Whether the reader may give this account a temporary password (its commune's officer).
        var mayResetPassword = false
    }

    let id: String
    let facts: [(label: String, value: String)]
    let status: ProducerStatus
    let rejectionReason: String?
    let products: [ProductRow]
    let accounts: [AccountRow]
    let mayEdit: Bool
    let mayReview: Bool
    var reasonError: String?
    /// A refused password reset: which account, and why.
    var passwordError: (username: String, message: String)?
}
