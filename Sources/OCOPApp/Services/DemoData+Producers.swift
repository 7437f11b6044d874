import Fluent
import Vapor
import OCOPCore

/// Chủ thể và sản phẩm mẫu: the three products of seed 001 in Việt Khê, each recognised 3★ by the
/// former Thủy Nguyên district and due for re-evaluation (36 months), a new product being
/// prepared, and two producers of An Khánh (seed 000). The demo account `chuthe` represents the
/// Kỳ Sơn cooperative. Idempotent: a producer whose tax code exists is left as it is.
///
/// The recognitions are dated from the day the demo is seeded so that the re-evaluation window
/// (26/2026 Điều 7.6.a, 12.3) shows each case: Rượu nếp men lá is in its window (expires in 150
/// days: `chuthe` can file it now), Mật ong An Sơn expired 40 days ago (a filing now is late and
/// extends the old certificate), Na bở An Sơn expires in 200 days (a filing now is refused until
/// its window opens in 20 days).
extension DemoData {
    struct DemoProduct {
        let name: String
        /// The product set's code in the 26/2026 set (Phụ lục I), "I.2.b".
        let productSet: String
        let description: String
        let rawMaterialArea: String
        let packaging: String
        let trademark: TrademarkStatus
        let recognition: ProductRecognition?
    }

    struct DemoProducer {
        let input: ProducerService.Input
        let products: [DemoProduct]
    }

    /// The tax code of the producer the demo account `chuthe` represents.
    static let chutheTaxCode = "0201684310"

    /// A 3★ recognition whose certificate expires `days` from today (negative: expired that long ago).
    static func recognition(_ number: String, expiringIn days: Int, today: CalendarDay = .inVietnam(Date())) -> ProductRecognition {
        ProductRecognition(star: .three, decisionNumber: number, decisionDay: today.adding(days: days).addingMonths(-ProductRecognition.validityMonths),
                           issuer: .district)
    }

    static func producer(_ form: ProducerLegalForm, _ name: String, _ taxCode: String, _ representative: String, woman: Bool = false,
                         _ address: String, _ commune: String, _ phone: String, _ products: [DemoProduct]) -> DemoProducer {
        DemoProducer(input: .init(name: name, legalForm: form.rawValue, taxCode: taxCode, representativeName: representative,
                                  representativeIsWoman: woman ? "on" : nil, address: address, communeCode: commune, phone: phone),
                     products: products)
    }

    static var producers: [DemoProducer] { [
        producer(.cooperative, "Hợp tác xã Nông nghiệp Kỳ Sơn", chutheTaxCode, "Hoàng Văn Sơn", "Thôn Kỳ Sơn, xã Việt Khê", vietKhe, "0225 3874 112", [
            DemoProduct(name: "Rượu nếp men lá Kỳ Sơn", productSet: "II.1.a",
                        description: "Rượu nếp cái nấu thủ công bằng men lá truyền thống của thôn Kỳ Sơn, 29–35 độ.",
                        rawMaterialArea: "Nếp cái hoa vàng trồng tại cánh đồng Kỳ Sơn, khoảng 12 ha.",
                        packaging: "Chai thủy tinh 500 ml và 750 ml, nhãn ghi đủ thông tin, tem truy xuất nguồn gốc.",
                        trademark: .registered, recognition: recognition("3756/QĐ-UBND", expiringIn: 150)),
            DemoProduct(name: "Rượu nếp cẩm Kỳ Sơn", productSet: "II.1.b",
                        description: "Sản phẩm mới đang hoàn thiện hồ sơ để tham gia đánh giá, phân hạng năm 2026.",
                        rawMaterialArea: "Nếp cẩm trồng thử nghiệm 2 ha tại thôn Kỳ Sơn.",
                        packaging: "Đang thiết kế bao bì, nhãn mác.", trademark: .applied, recognition: nil),
        ]),
        producer(.householdBusiness, "Hộ kinh doanh Mật ong An Sơn", "0200936727", "Nguyễn Thị Hoa", woman: true,
                 "Thôn An Sơn, xã Việt Khê", vietKhe, "0912 468 351", [
            DemoProduct(name: "Mật ong An Sơn", productSet: "I.2.b",
                        description: "Mật ong hoa nhãn, hoa vải khai thác từ đàn ong nuôi tại chân núi An Sơn.",
                        rawMaterialArea: "350 đàn ong nội nuôi tại thôn An Sơn.",
                        packaging: "Chai 500 ml và 1 lít, tem truy xuất nguồn gốc.", trademark: .registered,
                        recognition: recognition("4521/QĐ-UBND", expiringIn: -40)),
        ]),
        producer(.cooperativeGroup, "Tổ hợp tác trồng na An Sơn", "0202155849", "Phạm Văn Lực", "Thôn An Sơn, xã Việt Khê", vietKhe, "0983 225 714", [
            DemoProduct(name: "Na bở An Sơn", productSet: "I.1.a",
                        description: "Na bở quả to, vị ngọt đậm, trồng trên đất đồi An Sơn.",
                        rawMaterialArea: "25 ha na của 40 hộ thành viên tổ hợp tác.",
                        packaging: "Hộp carton 2 kg và 5 kg có nhãn.", trademark: .applied,
                        recognition: recognition("152/QĐ-UBND", expiringIn: 200)),
        ]),
        producer(.enterprise, "Công ty TNHH Thực phẩm sạch An Khánh", "0202773193", "Vũ Thị Lan", woman: true,
                 "Thôn Đông Hà, xã An Khánh", anKhanh, "0904 317 285", [
            DemoProduct(name: "Giò lụa An Khánh", productSet: "I.3.d",
                        description: "Giò lụa làm thủ công từ thịt lợn nuôi tại địa phương.",
                        rawMaterialArea: "Liên kết với 6 trang trại chăn nuôi trong xã.",
                        packaging: "Gói hút chân không 500 g, nhãn đúng quy định.", trademark: .none, recognition: nil),
        ]),
        producer(.cooperative, "Hợp tác xã Dịch vụ nông nghiệp An Khánh", "0200814567", "Đinh Văn Tâm",
                 "Thôn Tây Hà, xã An Khánh", anKhanh, "0936 552 018", [
            DemoProduct(name: "Rau an toàn An Khánh", productSet: "I.1.a",
                        description: "Rau ăn lá trồng theo quy trình VietGAP.",
                        rawMaterialArea: "18 ha rau của xã viên.",
                        packaging: "Túi, khay có tem truy xuất nguồn gốc.", trademark: .none, recognition: nil),
        ]),
    ] }

    /// Creates the demo producers, products and recognitions that do not exist yet, and binds `chuthe`.
    static func seedProducers(on app: Application) async throws {
        let db = app.db
        let catalog = try await ProductSetCatalog.entries(on: db)
        for demo in producers {
            guard case .success(let checked) = try await ProducerService.check(demo.input, existingID: nil, on: db) else { continue }
            let producer = try await ProducerService.create(demo.input, checked, status: .active, account: nil, accountIsActive: true,
                                                            actor: nil, on: app, database: db)
            for item in demo.products {
                // Classified under 26/2026, the set the demo's rounds score on.
                guard let entry = catalog.first(where: { $0.criteriaSetCode == Law26Importer.criteriaSetID && $0.code == item.productSet }) else { continue }
                let input = ProductService.Input(name: item.name, productSet: entry.value, description: item.description,
                                                 rawMaterialArea: item.rawMaterialArea, packaging: item.packaging,
                                                 trademarkStatus: item.trademark.rawValue)
                let product = ProductRecord()
                ProductService.fill(product, input, entry, item.trademark, producer: producer)
                try await ProductService.save(product, before: nil, producer: producer, actor: nil, on: db)
                if let recognition = item.recognition {
                    try await db.transaction { tx in
                        try await RecognitionRecord(productID: product.id!, recognition).create(on: tx)
                        try await AuditLog.record(on: tx, actor: nil, action: "product.recognition", recordType: "product",
                                                  recordID: "\(producer.taxCode)/\(product.name)", location: producer.location,
                                                  after: recognition)
                    }
                }
            }
        }
        try await bindRepresentative("chuthe", toTaxCode: chutheTaxCode, on: db)
    }

    /// Binds a demo representative account to its producer (once).
    private static func bindRepresentative(_ username: String, toTaxCode taxCode: String, on db: Database) async throws {
        guard let producer = try await ProducerRecord.query(on: db).filter(\.$taxCode == taxCode).first(),
              let account = try await UserAccount.query(on: db).filter(\.$username == username).first() else { return }
        let assignments = try await RoleAssignment.query(on: db).filter(\.$account.$id == account.id!)
            .filter(\.$role == Role.producerRepresentative.rawValue).all()
        for assignment in assignments where assignment.subjectID == nil {
            assignment.subjectID = producer.id!.uuidString
            assignment.communeCode = producer.communeCode
            assignment.provinceCode = producer.provinceCode
            try await assignment.save(on: db)
        }
    }
}
