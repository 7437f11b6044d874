import Fluent
import Vapor
import OCOPCore

/// Chủ thể OCOP: the commune officer registers producers of the commune (optionally with the
/// representative's account) and reviews public sign-ups; provincial and national officers read;
/// a producer representative reads and edits only their own producer. The list is
/// `ProducerListController`.
struct ProducersController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        let producers = routes.grouped(RequireLoginMiddleware())
        producers.get(SiteURL.newProducer.route, use: newForm)
        producers.post(SiteURL.newProducer.route, use: create)
        producers.get(SiteURL.producer(id: ":id").route, use: detail)
        producers.get(SiteURL.producerAction(id: ":id", action: "sua").route, use: editForm)
        producers.post(SiteURL.producerAction(id: ":id", action: "sua").route, use: update)
        producers.post(SiteURL.producerAction(id: ":id", action: "duyet").route, use: approve)
        producers.post(SiteURL.producerAction(id: ":id", action: "tu-choi").route, use: reject)
    }

    /// The optional account fields of the officer's form and the sign-up.
    struct AccountFields: Content {
        var accountUsername: String?
        var accountEmail: String?
        var accountPassword: String?

        var isEmpty: Bool { (accountUsername ?? "").trimmingCharacters(in: .whitespaces).isEmpty && (accountPassword ?? "").isEmpty }
    }

    func newForm(req: Request) async throws -> Response {
        let commune = Self.ownCommune(try req.currentUser)
        try req.authorize(.createProducer(commune ?? .nation))
        var model = ProducerFormModel(mode: .create, action: SiteURL.newProducer.path)
        model.values["communeCode"] = commune?.communeCode ?? ""
        model.place = try await CommuneChoices.load(provinceCode: nil, communeCode: commune?.communeCode,
                                                    onlyProvince: commune?.provinceCode, on: req.db)
        return ProducerFormView.render(req.pageContext(title: "Thêm chủ thể"), model).response()
    }

    func create(req: Request) async throws -> Response {
        let user = try req.currentUser
        let input = try req.content.decode(ProducerService.Input.self)
        let fields = try req.content.decode(AccountFields.self)
        var model = ProducerFormModel(mode: .create, action: SiteURL.newProducer.path, input: input)
        model.values["accountUsername"] = fields.accountUsername ?? ""
        model.values["accountEmail"] = fields.accountEmail ?? ""
        model.place = try await CommuneChoices.load(provinceCode: input.provinceCode, communeCode: input.communeCode,
                                                    onlyProvince: Self.ownCommune(user)?.provinceCode, on: req.db)
        if let commune = try await AdminUnit.find(ProducerService.trimmed(input.communeCode), on: req.db), commune.level == .commune {
            try req.authorize(.createProducer(commune.location))
        } else {
            try req.authorize(.createProducer(Self.ownCommune(user) ?? .nation))
        }
        let account = fields.isEmpty ? nil : Self.newAccount(fields, fullName: input.representativeName, mustChange: true)
        return try await Self.register(req, input, model, account: account, status: .active) { producer in
            req.flash(account == nil ? "Đã tạo chủ thể \(producer.name)." : "Đã tạo chủ thể \(producer.name) và tài khoản \(account!.username).")
            return req.redirect(to: SiteURL.producer(id: producer.id!.uuidString).path)
        }
    }

    /// Checks and creates a producer (and its account); a second registration of the same tax code,
    /// even a retried POST that passes the check at the same moment, gets the field message.
    static func register(_ req: Request, _ input: ProducerService.Input, _ model: ProducerFormModel, account: AccountService.NewAccount?,
                         status: ProducerStatus, done: (ProducerRecord) throws -> Response) async throws -> Response {
        var model = model
        var errors: [String: String] = [:]
        let checked = try await ProducerService.check(input, existingID: nil, on: req.db)
        if case .failure(let failure) = checked { errors = failure.messages }
        if let account {
            let accountErrors = try await AccountService.validate(account, on: req.db)
            if let message = accountErrors["username"] { errors["accountUsername"] = message }
            if let message = accountErrors["password"] { errors["accountPassword"] = message }
            if let message = accountErrors["email"] { errors["accountEmail"] = message }
        }
        if model.mode == .signUp { errors = Self.withoutRevealingTaken(errors) }
        guard errors.isEmpty, case .success(let values) = checked else {
            model.errors = errors
            return ProducerFormView.render(req.pageContext(title: model.mode == .signUp ? "Đăng ký chủ thể OCOP" : "Thêm chủ thể"), model)
                .response(status: .unprocessableEntity)
        }
        do {
            let producer = try await ProducerService.create(input, values, status: status, account: account,
                                                            accountIsActive: status == .active, actor: req.auth.get(CurrentUser.self),
                                                            on: req.application, database: req.db)
            return try done(producer)
        } catch let error as any DatabaseError where error.isConstraintFailure {
            if model.mode == .signUp {
                model.errors = ["taxCode": Self.signUpRefused, "accountUsername": Self.signUpRefused]
            } else if try await ProducerService.isTaken(values.taxCode, except: nil, on: req.db) {
                model.errors["taxCode"] = ProducerService.duplicateTaxCode
            } else {
                model.errors["accountUsername"] = AccountService.usernameTaken
            }
            return ProducerFormView.render(req.pageContext(title: model.mode == .signUp ? "Đăng ký chủ thể OCOP" : "Thêm chủ thể"), model)
                .response(status: .unprocessableEntity)
        }
    }

    /// The public sign-up never says which tax codes or user names exist: either being taken gives
    /// the same words on both fields (issue 9). Officers registering a producer still get the precise message.
    static let signUpRefused = "Không đăng ký mới được với mã số thuế và tên đăng nhập này. Hãy chọn tên đăng nhập khác; "
        + "nếu chủ thể đã được đăng ký trước đây, vui lòng liên hệ cán bộ OCOP của xã."

    static func withoutRevealingTaken(_ errors: [String: String]) -> [String: String] {
        guard errors["taxCode"] == ProducerService.duplicateTaxCode || errors["accountUsername"] == AccountService.usernameTaken else { return errors }
        var errors = errors
        errors["taxCode"] = signUpRefused
        errors["accountUsername"] = signUpRefused
        return errors
    }

    func detail(req: Request) async throws -> Response {
        let producer = try await readableProducer(req)
        return try await renderDetail(req, producer, reasonError: nil, status: .ok)
    }

    func editForm(req: Request) async throws -> Response {
        let producer = try await editableProducer(req)
        var model = ProducerFormModel(mode: .edit, action: SiteURL.producerAction(id: producer.id!.uuidString, action: "sua").path,
                                      input: .init(name: producer.name, legalForm: producer.legalForm, taxCode: producer.taxCode,
                                                   representativeName: producer.representativeName,
                                                   representativeIsWoman: producer.representativeIsWoman ? "on" : nil,
                                                   representativeIsEthnicMinority: producer.representativeIsEthnicMinority ? "on" : nil,
                                                   address: producer.address, communeCode: producer.communeCode,
                                                   phone: producer.phone, email: producer.email))
        model.fixedCommune = try await UnitDirectory.describe(producer.location, on: req.db)
        return ProducerFormView.render(req.pageContext(title: "Sửa: \(producer.name)"), model).response()
    }

    func update(req: Request) async throws -> Response {
        let producer = try await editableProducer(req)
        var input = try req.content.decode(ProducerService.Input.self)
        input.communeCode = producer.communeCode
        var model = ProducerFormModel(mode: .edit, action: SiteURL.producerAction(id: producer.id!.uuidString, action: "sua").path, input: input)
        model.fixedCommune = try await UnitDirectory.describe(producer.location, on: req.db)
        switch try await ProducerService.check(input, existingID: producer.id, on: req.db) {
        case .failure(let errors):
            model.errors = errors.messages
        case .success(let checked):
            do {
                try await ProducerService.update(producer, input, checked, actor: try req.currentUser, on: req.db)
                req.flash("Đã lưu thông tin chủ thể.")
                return req.redirect(to: SiteURL.producer(id: producer.id!.uuidString).path)
            } catch let error as any DatabaseError where error.isConstraintFailure {
                model.errors["taxCode"] = ProducerService.duplicateTaxCode
            }
        }
        return ProducerFormView.render(req.pageContext(title: "Sửa: \(producer.name)"), model).response(status: .unprocessableEntity)
    }

    func approve(req: Request) async throws -> Response {
        let producer = try await pendingProducer(req)
        try await ProducerService.approve(producer, actor: try req.currentUser, on: req.db)
        req.flash("Đã duyệt đăng ký của \(producer.name). Người đại diện đã có thể đăng nhập.")
        return req.redirect(to: SiteURL.producer(id: producer.id!.uuidString).path)
    }

    func reject(req: Request) async throws -> Response {
        let producer = try await pendingProducer(req)
        let reason = ProducerService.trimmed(try? req.content.get(String.self, at: "reason"))
        guard !reason.isEmpty else {
            return try await renderDetail(req, producer, reasonError: "Vui lòng ghi lý do từ chối để chủ thể biết cần bổ sung gì.", status: .unprocessableEntity)
        }
        try await ProducerService.reject(producer, reason: reason, actor: try req.currentUser, on: req.db)
        req.flash("Đã từ chối đăng ký của \(producer.name).")
        return req.redirect(to: SiteURL.producer(id: producer.id!.uuidString).path)
    }

    // MARK: - Helpers

    static func find(_ req: Request, parameter: String = "id") async throws -> ProducerRecord {
        guard let id = req.parameters.get(parameter, as: UUID.self), let producer = try await ProducerRecord.find(id, on: req.db) else {
            throw Abort(.notFound, reason: "Không tìm thấy chủ thể.")
        }
        return producer
    }

    private func readableProducer(_ req: Request) async throws -> ProducerRecord {
        let producer = try await Self.find(req)
        try req.authorize(.readProducer(id: producer.id!.uuidString, location: producer.location))
        return producer
    }

    private func editableProducer(_ req: Request) async throws -> ProducerRecord {
        let producer = try await Self.find(req)
        try req.authorize(.editProducer(id: producer.id!.uuidString, location: producer.location))
        return producer
    }

    private func pendingProducer(_ req: Request) async throws -> ProducerRecord {
        let producer = try await Self.find(req)
        try req.authorize(.reviewProducerSignUp(producer.location))
        guard producer.producerStatus == .pending else {
            throw Abort(.conflict, reason: "Đăng ký này đã được xử lý (\(producer.producerStatus.title.lowercased())).")
        }
        return producer
    }

    /// The representative's account as the form describes it (its grant is added when the producer exists).
    static func newAccount(_ fields: AccountFields, fullName: String?, mustChange: Bool) -> AccountService.NewAccount {
        AccountService.NewAccount(username: (fields.accountUsername ?? "").trimmingCharacters(in: .whitespaces).lowercased(),
                                  fullName: ProducerService.trimmed(fullName), email: fields.accountEmail,
                                  password: fields.accountPassword ?? "", grants: [], mustChangePassword: mustChange)
    }

    /// The producer's page; `passwordError` is a refused password reset: (account, message).
    func renderDetail(_ req: Request, _ producer: ProducerRecord, reasonError: String?,
                      passwordError: (username: String, message: String)? = nil, status: HTTPStatus) async throws -> Response {
        let user = try req.currentUser
        let policy = AccessPolicy()
        let id = producer.id!.uuidString
        let products = try await producer.$products.query(on: req.db).with(\.$recognitions).sort(\.$name).all()
        let accounts = try await ProducerService.accounts(of: producer, on: req.db)
        let place = try await UnitDirectory.describe(producer.location, on: req.db)
        let facts: [(label: String, value: String)] = [
            ("Loại hình", producer.legalFormTitle),
            ("Mã số thuế", producer.taxCode),
            ("Người đại diện theo pháp luật", producer.representativeName),
            ("Đặc điểm người đại diện", representativeFacts(producer)),
            ("Địa chỉ", producer.address),
            ("Xã, phường", place),
            ("Số điện thoại", producer.phone ?? "—"),
            ("Thư điện tử", producer.email ?? "—"),
        ]
        let model = ProducerDetailModel(
            id: id, facts: facts, status: producer.producerStatus, rejectionReason: producer.rejectionReason,
            products: products.map { product in
                .init(id: product.id!.uuidString, name: product.name, productSet: product.productSetLabel(),
                      latestStar: ProductsController.latestRecognition(product.recognitions))
            },
            accounts: accounts.map { account in
                .init(username: account.username, fullName: account.fullName, isActive: account.isActive,
                      mayResetPassword: policy.decide(user.grants, .resetRepresentativePassword(
                        producerID: id, location: producer.location, holding: account.assignments.compactMap(\.grant))).isAllowed)
            },
            mayEdit: policy.decide(user.grants, .editProducer(id: id, location: producer.location)).isAllowed,
            mayReview: policy.decide(user.grants, .reviewProducerSignUp(producer.location)).isAllowed,
            reasonError: reasonError, passwordError: passwordError)
        return ProducerDetailView.render(req.pageContext(title: producer.name), model).response(status: status)
    }

    private func representativeFacts(_ producer: ProducerRecord) -> String {
        let facts = [producer.representativeIsWoman ? "Phụ nữ" : nil, producer.representativeIsEthnicMinority ? "Người dân tộc thiểu số" : nil]
            .compactMap { $0 }
        return facts.isEmpty ? "—" : facts.joined(separator: ", ")
    }

    /// The commune a new producer is placed in: the signed-in commune officer's (the policy then
    /// decides whether they may create it there).
    static func ownCommune(_ user: CurrentUser) -> UnitLocation? {
        user.homeUnit { .createProducer($0) }
    }
}
