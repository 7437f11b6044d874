import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting
@testable import OCOPApp
@testable import OCOPCore

/// A full set of records of a unit none of the demo accounts works in: Hà Nội (01) and its commune
/// Sóc Sơn (00376), with their own officers, producer, council and members. They are made the way
/// the app makes them (the services the demo data uses, then the pages, as Hà Nội's own people), so
/// that every route of the route-role matrix can be pointed at a real record of another unit.
struct ForeignUnitRecords {
    static let province = "01"
    static let commune = "00376"

    let producer: ProducerRecord
    let product: ProductRecord
    let photo: ProductPhoto
    let registrationRound: RegistrationRoundRecord
    /// Created, nothing else.
    let draft: DossierRecord
    /// Documents, self-assessment, submitted to the commune.
    let submitted: DossierRecord
    /// Assessed by the commune and forwarded to the province, not yet received.
    let forwarded: DossierRecord
    /// Through the commune, the province, a meeting and a decision.
    let decided: DossierRecord
    let document: DossierDocumentRecord
    let letter: ForwardingLetterRecord
    let evaluationRound: EvaluationRoundRecord
    let council: CouncilRecord
    let meeting: MeetingRecord
    let test: SupplementaryTestRecord
    let decision: DecisionRecord
    let certificate: CertificateRecord
    /// The recognition the decision recorded (the certificate's follow-up and reminder letter).
    let recognition: RecognitionRecord
    /// A reminder e-mail about Hà Nội's certificate that could not be sent.
    let mailMessage: MailMessageRecord
    /// A revocation of an imported certificate of Sóc Sơn, with the conclusion's file.
    let revocation: RevocationRecord
    /// A recorded inspection of Hà Nội's certificate, with a photo.
    let inspection: InspectionRecord
    /// The plan that lists that inspection, and a complaint about the same certificate.
    let inspectionPlan: InspectionPlanRecord
    let complaint: ComplaintRecord
    let inspectionPhoto: InspectionPhotoRecord
    /// Hà Nội's commune officer, one of their grants, and one of their notifications.
    let account: UserAccount
    let assignment: RoleAssignment
    let notification: NotificationRecord
    /// A national record (the working calendar) and a national criteria set in draft: no unit's, but
    /// the routes that take them need one.
    let calendarAdjustment: CalendarAdjustmentRecord
    let criteriaDraft: CriteriaSetRecord

    static let accounts: [(username: String, name: String, grant: RoleGrant)] = [
        ("hn.tinh", "Nguyễn Thị Hà", RoleGrant(role: .provincialOfficer, location: .province(province))),
        ("hn.xa", "Trần Văn Sóc", RoleGrant(role: .communeOfficer, location: .commune(commune, inProvince: province))),
        ("hn.hd1", "Lê Thị Thăng", RoleGrant(role: .councilMember, location: .province(province))),
        ("hn.hd2", "Phạm Văn Long", RoleGrant(role: .councilMember, location: .province(province))),
        ("hn.hd3", "Đỗ Thị Tây", RoleGrant(role: .councilMember, location: .province(province))),
    ]

    static let producerName = "Hợp tác xã Nông nghiệp Sóc Sơn"
    static let productNames = ["Chè búp Sóc Sơn", "Gạo nếp cái Sóc Sơn", "Miến dong Sóc Sơn", "Mật ong rừng Sóc Sơn"]
    static let councilName = "Hội đồng đánh giá, phân hạng sản phẩm OCOP thành phố Hà Nội"

    /// Makes every record; takes a few seconds (about sixty requests).
    static func make(_ app: Application) async throws -> ForeignUnitRecords {
        for account in accounts {
            try await AccountService.create(.init(username: account.username, fullName: account.name, email: nil, password: DemoData.password,
                                                  grants: [account.grant], mustChangePassword: false), actor: nil, on: app, database: app.db)
        }
        let (producer, products, productSet) = try await producerWithProducts(app)
        let registrationRound = try await openRegistration(app)
        let dossiers = DossiersTests(), stage = CommuneStageTests()

        // The representative makes four dossiers and takes three of them to submission.
        let representative = Browser(app)
        try await representative.login("hn.chuthe")
        var made: [DossierRecord] = []
        for product in products {
            try await representative.get(SiteURL.newDossier(product: product.id!.uuidString).path)
            let created = try await representative.post("/ho-so/moi", ["product": product.id!.uuidString, "round": registrationRound.id!.uuidString,
                                                                        "kind": DossierKind.new.rawValue])
            try #require(created.status == .seeOther, "Hà Nội's representative could not create a dossier")
            made.append(try #require(try await DossierRecord.query(on: app.db).filter(\.$product.$id == product.id!).first()))
        }
        let fixture = DossiersTests.Fixture(product: products[0], producer: producer, round: registrationRound, productSet: productSet)
        for dossier in made.dropFirst() {
            for code in 1...5 { try #require(try await dossiers.upload(representative, dossier, code: code).status == .seeOther) }
            try #require(try await dossiers.selfAssess(representative, dossier, fixture).status == .seeOther)
            try await representative.get(SiteURL.dossier(id: dossier.id!.uuidString).path)
            try #require(try await representative.post(stage.path(dossier, "nop"), [:]).status == .seeOther)
        }
        let photoPath = SiteURL.productPhotos(product: products[0].id!.uuidString).path
        try await representative.get(SiteURL.product(id: products[0].id!.uuidString).path)
        try #require(try await representative.upload(photoPath, field: "photo", filename: "anh.png", data: ProductPhotosTests.png,
                                                      contentType: "image/png").status == .seeOther)

        // The commune assesses the last two and forwards them in one letter; the province receives one into a round.
        let commune = Browser(app)
        try await commune.login("hn.xa")
        for dossier in made.suffix(2) { try #require(try await stage.assess(commune, dossier).status == .seeOther) }
        let assessed = [try await stage.reload(made[2], app), try await stage.reload(made[3], app)]
        try #require(try await stage.forward(commune, assessed, number: "77/UBND-KT").status == .seeOther)
        var decided = try await stage.reload(made[3], app)
        let evaluationRound = EvaluationRoundRecord()
        evaluationRound.provinceCode = province
        evaluationRound.year = 2026
        evaluationRound.name = "Đánh giá, phân hạng OCOP 2026 – Hà Nội đợt 1"
        evaluationRound.createdBy = "test"
        try await evaluationRound.create(on: app.db)
        let officer = Browser(app)
        try await officer.login("hn.tinh")
        try await officer.get(SiteURL.dossiers.path)
        try await officer.post(SiteURL.dossierIntake.path, pairs: [
            ("ho-so[]", DossierPick(try await stage.reload(decided, app)).value), ("evaluationRound", evaluationRound.id!.uuidString)])
        decided = try await stage.reload(decided, app)
        try #require(decided.dossierState == .acceptedByProvince, "Hà Nội did not receive its dossier")

        // Hà Nội's council meets, asks for a test, scores, and the province issues the decision.
        let council = try await makeCouncil(app, officer)
        let meetingPath = try await ScoringTests().meeting(app, officer, council: council, round: evaluationRound, dossiers: [decided])
        try await officer.get(meetingPath)
        try #require(try await officer.post("\(meetingPath)/kiem-nghiem", ["dossier": decided.id!.uuidString, "requested": "Chỉ tiêu vi sinh",
                                                                           "laboratory": "Trung tâm Kỹ thuật 1"]).status == .seeOther)
        let test = try #require(try await SupplementaryTestRecord.query(on: app.db).filter(\.$dossier.$id == decided.id!).first())
        try await officer.get(meetingPath)
        try #require(try await officer.upload("/kiem-nghiem/\(test.id!.uuidString)/ket-qua", filename: "ket-qua.pdf",
                                              data: DossiersTests.pdf, contentType: "application/pdf").status == .seeOther)
        let best = DossiersTests().answers(productSet).merging(["tm": "1"]) { $1 }
        try await ScoringTests().scoreAll(app, meetingPath, decided, ["hn.hd1", "hn.hd2", "hn.hd3"], best)
        try await officer.get("\(meetingPath)/ket-qua")
        try #require(try await officer.post("\(meetingPath)/quyet-dinh", ["number": "88/QĐ-UBND", "signedOn": CalendarDay.inVietnam(Date()).iso,
                                                                          "signer": "Nguyễn Thị Hà"]).status == .seeOther)

        let account = try #require(try await UserAccount.query(on: app.db).filter(\.$username == "hn.xa").first())
        let adjustment = CalendarAdjustmentRecord()
        adjustment.day = "2199-01-05"
        adjustment.kind = CalendarAdjustment.Kind.dayOff.rawValue
        adjustment.note = "Ngày điều chỉnh của bảng thử quyền"
        adjustment.createdBy = "test"
        try await adjustment.create(on: app.db)
        let meeting = try #require(try await MeetingRecord.query(on: app.db).filter(\.$council.$id == council.id!).first())
        let decision = try #require(try await DecisionRecord.query(on: app.db).filter(\.$meeting.$id == meeting.id!).first())
        let mail = MailMessageRecord()
        mail.recipientName = Self.producerName
        mail.toAddress = "hoptacxa.socson@example.vn"
        mail.subject = "Đến thời hạn nộp hồ sơ đánh giá lại sản phẩm OCOP"
        mail.body = "Kính gửi Hợp tác xã Nông nghiệp Sóc Sơn"
        mail.status = .failed
        mail.attempts = 5
        mail.provinceCode = Self.province
        mail.communeCode = Self.commune
        mail.createdAt = Date()
        try await mail.create(on: app.db)
        let document = try #require(try await DossierDocumentRecord.query(on: app.db).filter(\.$dossier.$id == made[1].id!).first())
        let revocation = try await revokedCertificate(of: products[1], conclusionFile: document.$file.id, on: app.db)
        let (inspection, inspectionPhoto) = try await recordedInspection(of: decided, photo: document.$file.id, on: app.db)
        let (inspectionPlan, complaint) = try await planAndComplaint(of: inspection, on: app.db)
        return ForeignUnitRecords(
            producer: producer, product: products[0],
            photo: try #require(try await ProductPhoto.query(on: app.db).filter(\.$product.$id == products[0].id!).first()),
            registrationRound: registrationRound,
            draft: try await stage.reload(made[0], app), submitted: try await stage.reload(made[1], app),
            forwarded: try await stage.reload(made[2], app), decided: decided,
            document: try #require(try await DossierDocumentRecord.query(on: app.db).filter(\.$dossier.$id == made[1].id!).first()),
            letter: try #require(try await ForwardingLetterRecord.query(on: app.db).filter(\.$provinceCode == province).first()),
            evaluationRound: evaluationRound, council: council, meeting: meeting,
            test: try #require(try await SupplementaryTestRecord.find(test.id, on: app.db)),
            decision: decision,
            certificate: try #require(try await CertificateRecord.query(on: app.db).filter(\.$decision.$id == decision.id!).first()),
            recognition: try #require(try await RecognitionRecord.query(on: app.db).filter(\.$product.$id == decided.$product.id).first()),
            mailMessage: mail,
            revocation: revocation,
            inspection: inspection, inspectionPlan: inspectionPlan, complaint: complaint, inspectionPhoto: inspectionPhoto,
            account: account,
            assignment: try #require(try await RoleAssignment.query(on: app.db).filter(\.$account.$id == account.id!).first()),
            notification: try #require(try await NotificationRecord.query(on: app.db).filter(\.$account.$id == account.id!).first()),
            calendarAdjustment: adjustment,
            criteriaDraft: try await draftCopy(app, code: "QD1048-2019").0)
    }

    /// Hà Nội's plan listing the inspection, and an open complaint about its certificate.
    private static func planAndComplaint(of inspection: InspectionRecord, on db: Database) async throws -> (InspectionPlanRecord, ComplaintRecord) {
        let plan = InspectionPlanRecord()
        plan.number = "9/KH-SNN"
        plan.kind = .periodic
        plan.reason = "Kế hoạch năm của Hà Nội"
        plan.periodFrom = inspection.plannedOn
        plan.periodTo = inspection.plannedOn
        plan.team = inspection.team
        plan.agency = "Sở Nông nghiệp và Môi trường"
        plan.signer = "Trần Văn Hà"
        plan.signerTitle = "GIÁM ĐỐC"
        plan.provinceCode = province
        plan.createdBy = "test"
        plan.createdAt = Date()
        try await plan.create(on: db)
        inspection.planID = plan.id
        try await inspection.save(on: db)
        let complaint = ComplaintRecord()
        complaint.$recognition.id = inspection.$recognition.id
        complaint.$product.id = inspection.$product.id
        complaint.provinceCode = province
        complaint.communeCode = commune
        complaint.receivedOn = inspection.plannedOn
        complaint.source = .consumer
        complaint.sender = ""
        complaint.content = "Phản ánh của bảng thử quyền"
        complaint.createdBy = "test"
        complaint.createdAt = Date()
        try await complaint.create(on: db)
        return (plan, complaint)
    }

    /// A recorded inspection of the decided dossier's certificate, with one photo.
    private static func recordedInspection(of decided: DossierRecord, photo: UUID, on db: Database) async throws -> (InspectionRecord, InspectionPhotoRecord) {
        let recognition = try #require(try await RecognitionRecord.query(on: db).filter(\.$product.$id == decided.$product.id).first())
        let today = CalendarDay.inVietnam(Date())
        let inspection = InspectionRecord()
        inspection.$recognition.id = recognition.id!
        inspection.$product.id = decided.$product.id
        inspection.provinceCode = province
        inspection.communeCode = commune
        inspection.kind = .periodic
        inspection.reason = "Kế hoạch kiểm tra của Hà Nội"
        inspection.plannedOn = today.iso
        inspection.team = "Sở Nông nghiệp và Môi trường Hà Nội"
        inspection.status = .recorded
        inspection.inspectedOn = today.iso
        inspection.checklist = String(decoding: try JSONEncoder().encode(InspectionItem.allCases.map {
            InspectionRecord.Line(item: $0, verdict: .meets, remark: "")
        }), as: UTF8.self)
        inspection.conclusion = .mustFix
        inspection.findings = "Nhãn thiếu hạn sử dụng"
        inspection.fixDeadline = today.adding(days: 30).iso
        inspection.createdBy = "test"
        inspection.createdAt = Date()
        try await inspection.create(on: db)
        let row = InspectionPhotoRecord()
        row.$inspection.id = inspection.id!
        row.item = .markUse
        row.fileID = photo
        row.uploadedBy = "test"
        row.createdAt = Date()
        try await row.create(on: db)
        return (inspection, row)
    }

    /// An imported 3★ certificate of `product`, revoked by the province on ground b.
    private static func revokedCertificate(of product: ProductRecord, conclusionFile: UUID, on db: Database) async throws -> RevocationRecord {
        let today = CalendarDay.inVietnam(Date())
        let decision = RevocationRecord()
        decision.number = "17/QĐ-UBND"
        decision.signedOn = today.iso
        decision.ground = .criteriaNotMet
        decision.conclusion = "Kết luận kiểm tra số 3/KL-SNN của Sở Nông nghiệp và Môi trường Hà Nội"
        decision.conclusionOn = today.adding(days: -2).iso
        decision.conclusionFileID = conclusionFile
        decision.authority = .province
        decision.provinceCode = province
        decision.signer = "Nguyễn Thị Hà"
        decision.signerPosition = .head
        decision.createdBy = "test"
        decision.createdAt = Date()
        try await decision.create(on: db)
        let recognition = RecognitionRecord(productID: product.id!, ProductRecognition(star: .three, decisionNumber: "1/QĐ-UBND",
                                                                                       decisionDay: today.adding(days: -400), issuer: .province))
        recognition.revocationID = decision.id
        recognition.revokedOn = today.iso
        try await recognition.create(on: db)
        return decision
    }

    /// A cooperative of Sóc Sơn with its representative `hn.chuthe` and four products of a product
    /// set whose sheet can be scored.
    private static func producerWithProducts(_ app: Application) async throws -> (ProducerRecord, [ProductRecord], ProductSet) {
        let input = ProducerService.Input(name: producerName, legalForm: ProducerLegalForm.cooperative.rawValue,
                                          taxCode: "0100109106", representativeName: "Ngô Văn Sơn", address: "Thôn Đông, xã Sóc Sơn",
                                          communeCode: commune, phone: "024 3885 1234")
        guard case .success(let checked) = try await ProducerService.check(input, existingID: nil, on: app.db) else {
            Issue.record("Hà Nội's producer did not pass the producer check")
            throw Abort(.internalServerError)
        }
        let producer = try await ProducerService.create(
            input, checked, status: .active,
            account: .init(username: "hn.chuthe", fullName: "Ngô Văn Sơn", email: nil, password: DemoData.password, grants: [], mustChangePassword: false),
            accountIsActive: true, actor: nil, on: app, database: app.db)
        let record = try #require(try await CriteriaSetRecord.query(on: app.db).filter(\.$code == "QD1048-2019").sort(\.$version, .descending).first())
        let set = try CriteriaStore.load(record)
        for entry in try await ProductSetCatalog.entries(on: app.db) where entry.criteriaSetCode == record.code {
            guard let productSet = set.productSet(code: entry.code), (try? CompiledSheet(productSet, in: set)) != nil else { continue }
            var products: [ProductRecord] = []
            for name in productNames {
                let product = ProductRecord()
                let input = ProductService.Input(name: name, productSet: entry.value, description: "Sản phẩm của HTX Sóc Sơn.",
                                                 rawMaterialArea: "Vùng nguyên liệu 10 ha tại xã Sóc Sơn.", packaging: "Hộp giấy có nhãn.",
                                                 trademarkStatus: TrademarkStatus.registered.rawValue)
                ProductService.fill(product, input, entry, .registered, producer: producer)
                try await ProductService.save(product, before: nil, producer: producer, actor: nil, on: app.db)
                products.append(product)
            }
            return (producer, products, productSet)
        }
        Issue.record("No product set of QD1048-2019 has a sheet that can be scored")
        throw Abort(.internalServerError)
    }

    /// Sóc Sơn's registration round, opened by its commune officer.
    private static func openRegistration(_ app: Application) async throws -> RegistrationRoundRecord {
        let location = UnitLocation.commune(commune, inProvince: province)
        let account = try #require(try await UserAccount.query(on: app.db).filter(\.$username == "hn.xa").first())
        let officer = CurrentUser(id: account.id!, username: account.username, fullName: account.fullName,
                                  grants: [RoleGrant(role: .communeOfficer, location: location)], mustChangePassword: false)
        let criteria = try #require(try await CriteriaSetRecord.query(on: app.db).filter(\.$code == "QD1048-2019").sort(\.$version, .descending).first())
        let round = RegistrationRound(id: "", name: "Đăng ký OCOP năm 2026 – xã Sóc Sơn", year: DossiersTests.day(0).year, kinds: DossierKind.allCases,
                                      opensOn: DossiersTests.day(-10), closesOn: DossiersTests.day(10), coverage: [location])
        return try await RegistrationRounds.open(round, owner: location, criteriaSet: (criteria.code, criteria.version), actor: officer, on: app.db)
    }

    /// Hà Nội's council, set up through its page by the province's officer, with three members.
    private static func makeCouncil(_ app: Application, _ officer: Browser) async throws -> CouncilRecord {
        try await officer.get(SiteURL.councils.path)
        try #require(try await officer.post(SiteURL.councils.path, [
            "name": councilName, "decisionNumber": "501/QĐ-UBND",
            "decisionDate": "2026-03-02", "termFrom": "2026-03-02", "termTo": "2027-12-31", "materialsLeadDays": "3"]).status == .seeOther)
        let council = try #require(try await CouncilRecord.query(on: app.db).filter(\.$provinceCode == province).first())
        for (username, position) in [("hn.hd1", CouncilPosition.chair), ("hn.hd2", .member), ("hn.hd3", .member)] {
            try #require(try await CouncilsTests().addMember(officer, council, username, position).status == .seeOther)
        }
        return council
    }
}

extension ForeignUnitRecords {
    /// Text that only a page showing one of these records contains: names and record ids.
    var markers: [String] {
        [Self.producerName, Self.councilName, account.fullName, letter.number, decision.number, certificate.number]
            + Self.productNames
            + [producer.id, product.id, draft.id, submitted.id, forwarded.id, decided.id, council.id, meeting.id, decision.id, certificate.id,
               letter.id, account.id, test.id, registrationRound.id].map { $0!.uuidString }
    }
}

/// Removes every recognition (and the complaints, inspections and plans that point to them), for tests that lay out
/// their own certificates.
func removeAllRecognitions(_ app: Application) async throws {
    try await ComplaintRecord.query(on: app.db).delete()
    try await InspectionRecord.query(on: app.db).delete()
    try await InspectionPlanRecord.query(on: app.db).delete()
    try await RecognitionRecord.query(on: app.db).delete()
}
