import OCOPCore

/// Danh sách sản phẩm trong phạm vi người xem.
struct ProductListModel {
    struct Row {
        let id: String
        let name: String
        let producerID: String
        let producerName: String
        let productSet: String
        let latestStar: String
        var commune = ""
        var province = ""
        /// Only in the export.
        var trademark = ""
    }

    static let exportHeader = ["STT", "Tên sản phẩm", "Chủ thể", "Xã/phường", "Tỉnh/thành phố", "Bộ sản phẩm", "Nhãn hiệu",
                               "Công nhận gần nhất"]

    var filter: ProductListFilter
    var rows: [Row]
    var page = 1
    var pageCount = 1
    var total = 0
    var units = ScopeUnitChoices()
    /// The product sets of the scope's products, for the filter (an officer's list only).
    var productSets: [String] = []
    /// The producers a representative adds products for.
    var ownProducers: [(id: String, name: String)] = []
}

/// The product form: what was typed, the product-set choices, the errors.
struct ProductFormModel {
    var action: String
    var producerName: String
    var values: [String: String] = [:]
    var productSetChoices: [(value: String, label: String)] = []
    /// The product's stored set, on edit: offered even when it has become unusable.
    var currentProductSet: String?
    var errors: [String: String] = [:]
    var isNew: Bool

    subscript(_ name: String) -> String { values[name] ?? "" }

    static let trademarkChoices: [(value: String, label: String)] = TrademarkStatus.allCases.map { ($0.rawValue, $0.title) }

    init(action: String, producerName: String, isNew: Bool, input: ProductService.Input? = nil) {
        self.action = action
        self.producerName = producerName
        self.isNew = isNew
        if let input {
            values = ["name": input.name ?? "", "productSet": input.productSet ?? "", "description": input.description ?? "",
                      "rawMaterialArea": input.rawMaterialArea ?? "", "packaging": input.packaging ?? "",
                      "trademarkStatus": input.trademarkStatus ?? TrademarkStatus.none.rawValue]
        }
    }
}

/// Một sản phẩm: its facts and its history (recognitions now; dossiers and certificates later).
struct ProductDetailModel {
    struct RecognitionRow {
        let star: String
        let decisionNumber: String
        let decisionDate: String
        let expiryDate: String
        let issuer: String
        let isValid: Bool
    }

    let id: String
    let producerID: String
    let producerName: String
    let facts: [(label: String, value: String)]
    let recognitions: [RecognitionRow]
    let mayEdit: Bool
    /// Ảnh sản phẩm: (photo id, file name).
    var photos: [(id: String, name: String)] = []
    /// Why the last upload was refused.
    var photoError: String?
    /// The producer's representative may open a dossier ("Tạo hồ sơ") for the product.
    var mayPrepareDossier = false
    /// The product's dossiers, newest first: (id, round, kind, state).
    var dossiers: [(id: String, round: String, kind: String, state: String)] = []
    /// Đánh giá lại: when to file, or the extension a late filing gives (`ReEvaluationFiling.productNote`).
    var reEvaluation: String?
}
