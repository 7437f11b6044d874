import Fluent
import Vapor
import OCOPCore

/// Sản phẩm: checks, creates and changes a producer's products, each change audited.
enum ProductService {
    /// What a product form sends, as typed.
    struct Input: Content {
        var name: String?
        var productSet: String?
        var description: String?
        var rawMaterialArea: String?
        var packaging: String?
        var trademarkStatus: String?
    }

    struct Snapshot: Codable {
        let name: String
        let criteriaSet: String
        let productSet: String
        let description: String
        let rawMaterialArea: String
        let packaging: String
        let trademarkStatus: String

        init(_ p: ProductRecord) {
            name = p.name; criteriaSet = p.criteriaSetCode; productSet = p.productSetCode; description = p.summary
            rawMaterialArea = p.rawMaterialArea; packaging = p.packaging; trademarkStatus = p.trademark.rawValue
        }
    }

    /// `keeping` is the product's current set (on edit): kept even when it has become unusable, so
    /// that correcting a name does not force a new set on a product the council has not seen yet.
    static func check(_ input: Input, keeping: String? = nil, on db: Database) async throws
        -> Result<(ProductSetCatalog.Entry, TrademarkStatus), FormErrors> {
        var errors: [String: String] = [:]
        if ProducerService.trimmed(input.name).isEmpty { errors["name"] = "Vui lòng nhập tên sản phẩm." }
        let entry = try await ProductSetCatalog.find(input.productSet ?? "", on: db)
        if entry == nil {
            errors["productSet"] = "Vui lòng chọn bộ sản phẩm theo bộ tiêu chí."
        } else if let entry, let defect = entry.defect, entry.value != keeping {
            errors["productSet"] = unusableSet(entry, defect)
        }
        let trademark = TrademarkStatus(rawValue: input.trademarkStatus ?? "")
        if trademark == nil { errors["trademarkStatus"] = "Vui lòng chọn tình trạng nhãn hiệu." }
        guard errors.isEmpty, let entry, let trademark else { return .failure(FormErrors(messages: errors)) }
        return .success((entry, trademark))
    }

    static func unusableSet(_ entry: ProductSetCatalog.Entry, _ defect: String) -> String {
        "Bộ sản phẩm «\(entry.code) · \(entry.name)» (\(entry.criteriaSetName)) đang có lỗi nên chưa chấm điểm được (\(defect)). "
            + "Vui lòng chọn bộ sản phẩm khác, hoặc báo cán bộ quản lý bộ tiêu chí sửa bộ này."
    }

    static func fill(_ record: ProductRecord, _ input: Input, _ entry: ProductSetCatalog.Entry, _ trademark: TrademarkStatus, producer: ProducerRecord) {
        record.$producer.id = producer.id!
        record.name = ProducerService.trimmed(input.name)
        record.criteriaSetCode = entry.criteriaSetCode
        record.productSetCode = entry.code
        record.productSetName = entry.name
        record.summary = ProducerService.trimmed(input.description)
        record.rawMaterialArea = ProducerService.trimmed(input.rawMaterialArea)
        record.packaging = ProducerService.trimmed(input.packaging)
        record.trademark = trademark
        record.provinceCode = producer.provinceCode
        record.communeCode = producer.communeCode
        record.searchKey = SearchFolding.fold("\(record.name) \(producer.name)")
    }

    static func save(_ record: ProductRecord, before: Snapshot?, producer: ProducerRecord, actor: CurrentUser?, on db: Database) async throws {
        try await db.transaction { tx in
            try await record.save(on: tx)
            try await AuditLog.record(on: tx, actor: actor, action: before == nil ? "product.create" : "product.update",
                                      recordType: "product", recordID: "\(producer.taxCode)/\(record.name)",
                                      location: producer.location, before: before, after: Snapshot(record))
        }
    }
}
