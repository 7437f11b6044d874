import Fluent
import Vapor
import OCOPCore

/// Mẫu số 01 (26/2026 Điều 6.1, Phụ lục III): the producer's registration form, printed from the
/// dossier, its producer and product, with the receipt numbers the commune and the province gave
/// it. Readable by whoever may read the dossier (its producer, the officers of its unit).
struct RegistrationFormController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        let dossiers = routes.grouped(RequireLoginMiddleware())
        dossiers.get(SiteURL.dossierAction(id: ":id", action: "mau-01").route, use: mau01)
    }

    func mau01(req: Request) async throws -> Response {
        let found = try await req.readableDossier()
        let model = try await Self.model(found, on: req.db)
        return Mau01View.render(req.pageContext(title: "Mẫu số 01: \(found.product.name)"), model).response()
    }

    static func model(_ found: FoundDossier, on db: Database) async throws -> Mau01Model {
        let dossier = found.dossier, producer = found.producer, product = found.product
        let names = try await UnitDirectory.names(for: [dossier.communeCode, dossier.provinceCode], on: db)
        let set = try await DossierSelfAssessment.criteriaSet(of: dossier, on: db)
        let receipts = try await RegistrationReceipts.receipts(of: dossier.id!, on: db)
        let samplesRequired = ProductSamples.areRequired(productSetCode: product.productSetCode, in: set)
        var samples = ProductSamples.notRequiredText
        if samplesRequired {
            samples = ProductSamples.countText
            if let received = try await DossierSamples.receipt(of: dossier.id!, on: db) {
                samples += " (UBND xã đã nhận ngày \(received.receivedDay?.vietnamese ?? received.receivedOn))"
            }
        }
        let taxCode = DossierText.trimmed(producer.taxCode)
        return Mau01Model(
            dossierID: dossier.id!.uuidString, provinceName: names[dossier.provinceCode] ?? dossier.provinceCode,
            year: found.round.year, producerName: producer.name,
            legalFormAndTaxCode: [producer.legalFormTitle, taxCode.isEmpty ? "" : "mã số thuế \(taxCode)"].filter { !$0.isEmpty }.joined(separator: ", "),
            representative: producer.representativeName,
            representativeFacts: (producer.representativeIsWoman ? "Nữ" : "Nam") + ", "
                + (producer.representativeIsEthnicMinority ? "dân tộc thiểu số" : "dân tộc Kinh"),
            address: producer.address, phone: nonBlank(producer.phone), email: nonBlank(producer.email),
            productName: product.name, classification: Mau01Model.classification(of: product.productSetCode, in: set),
            kind: dossier.dossierKind, samples: samples,
            place: UnitNames.shortName(names[dossier.communeCode] ?? ""),
            signedOn: dossier.submittedAt.map(CalendarDay.inVietnam),
            receipts: ReceiptDesk.allCases.map { desk in
                let receipt = receipts[desk]
                return Mau01Model.Receipt(desk: desk, number: receipt?.number, receivedOn: receipt?.receivedDay, receivedBy: receipt?.receivedBy)
            })
    }

    private static func nonBlank(_ text: String?) -> String? {
        guard let text = text.map(DossierText.trimmed), !text.isEmpty else { return nil }
        return text
    }
}
