import Fluent
import Vapor
import OCOPCore

/// Thư nhắc in (issue 13): the reminder of a certificate as a letter of the commune's People's
/// Committee (Nghị định 30), for producers without e-mail: the same words as the mail, on paper,
/// for the officer to sign and send. The step comes from `?buoc=`, by default the one due today or
/// the opening of the window.
struct ReminderLetterController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.grouped(RequireLoginMiddleware()).get(SiteURL.reminderLetter(recognition: ":id").route, use: letter)
    }

    func letter(req: Request) async throws -> Response {
        guard let id = req.parameters.get("id", as: UUID.self),
              let record = try await RecognitionRecord.query(on: req.db).filter(\.$id == id).with(\.$product, { $0.with(\.$producer) }).first(),
              let recognition = record.recognition else {
            throw Abort(.notFound, reason: "Không tìm thấy giấy chứng nhận.")
        }
        let product = record.product, producer = product.producer
        try req.authorize(.readProducer(id: producer.id!.uuidString, location: producer.location))
        let today = CalendarDay.inVietnam(Date())
        let life = CertificateLife(recognition)
        let step = (try? req.query.get(String.self, at: "buoc")).flatMap(CertificateReminder.init(rawValue:))
            ?? life.reminderDue(on: today, sent: []) ?? .windowOpens
        let due = CertificateReminders.Due(recognitionID: id, recognition: recognition, step: step, product: product)
        let names = try await UnitDirectory.names(for: [product.communeCode, product.provinceCode], on: req.db)
        let template = try await ReminderTemplates.template(step, on: req.db)
        let link = (req.application.settings.publicBaseURL ?? "") + SiteURL.certificateFollowUpList(CertificateReminders.list(for: step)).path
        let values = CertificateReminders.values(due, recipient: producer.name, unitNames: names, link: link)
        let model = ReminderLetterModel(
            communeName: names[product.communeCode] ?? product.communeCode, provinceName: names[product.provinceCode] ?? product.provinceCode,
            day: today, subject: ReminderTemplates.fill(template.subject, values), producerName: producer.name, producerAddress: producer.address,
            paragraphs: Self.letterParagraphs(ReminderTemplates.fill(template.body, values)), step: step, recognitionID: id.uuidString)
        return ReminderLetterView.render(req.pageContext(title: "Thư nhắc: \(step.title)"), model).response()
    }

    /// The mail's paragraphs without its greeting and its closing lines about the system, which a
    /// signed letter replaces with «Kính gửi» and the signature.
    static func letterParagraphs(_ body: String) -> [String] {
        body.components(separatedBy: "\n\n").map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
            .filter { !$0.isEmpty && !$0.hasPrefix("Kính gửi") && !$0.hasPrefix("Thư này do hệ thống") && !$0.hasPrefix("Theo dõi giấy chứng nhận:") }
    }
}
