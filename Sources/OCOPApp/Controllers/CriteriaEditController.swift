import Fluent
import Vapor
import OCOPCore

/// Soạn, nhập, ban hành bộ tiêu chí: national officers for national sets, provincial officers for
/// their province's local variants. A published version never changes; a change is a new draft.
struct CriteriaEditController: RouteCollection {
    let uploadBodyLimit: Int

    func boot(routes: any RoutesBuilder) throws {
        let criteria = routes.grouped(RequireLoginMiddleware())
        criteria.get(SiteURL.criteriaImport.route, use: importForm)
        criteria.upload(SiteURL.criteriaImport.route, limit: uploadBodyLimit, use: importFile)
        criteria.post(SiteURL.criteriaAction(id: ":id", action: "sao-chep").route, use: copy)
        criteria.post(SiteURL.criteriaAction(id: ":id", action: "ban-hanh").route, use: { try await transition($0, to: .published, done: "Đã ban hành bộ tiêu chí.") })
        criteria.post(SiteURL.criteriaAction(id: ":id", action: "ngung").route, use: { try await transition($0, to: .retired, done: "Đã ngừng áp dụng bộ tiêu chí.") })
    }

    func importForm(req: Request) async throws -> Response {
        try req.authorize(.editCriteria(provinceCode: try editableProvince(req)))
        return CriteriaImportView.render(req.pageContext(title: "Nhập bộ tiêu chí"), CriteriaImportModel()).response()
    }

    func importFile(req: Request) async throws -> Response {
        let user = try req.currentUser
        try req.authorize(.editCriteria(provinceCode: try editableProvince(req)))
        let upload = (file: try req.multipartForm().file(named: "file"), name: "file")
        var model = CriteriaImportModel(fileName: upload.file?.filename)
        guard let file = upload.file, file.data.readableBytes > 0 else {
            model.errors = ["Vui lòng chọn một tệp."]
            return CriteriaImportView.render(req.pageContext(title: "Nhập bộ tiêu chí"), model).response(status: .unprocessableEntity)
        }
        var set: CriteriaSet
        do {
            set = try CriteriaFiles.read(Data(buffer: file.data))
        } catch let error as CriteriaFiles.Unreadable {
            model.errors = error.reasons
            return CriteriaImportView.render(req.pageContext(title: "Nhập bộ tiêu chí"), model).response(status: .unprocessableEntity)
        }
        if case .province(let code) = set.scope {
            try req.authorize(.editCriteria(provinceCode: code))
        } else {
            try req.authorize(.editCriteria(provinceCode: nil))
        }
        set.status = .draft
        do {
            let record = try await CriteriaStore.insert(set, actor: user, action: "criteria.import", on: req.db)
            req.flash("Đã nhập bộ tiêu chí \(set.id) phiên bản \(set.version) dưới dạng bản nháp.")
            return req.redirect(to: SiteURL.criteriaSet(id: record.id!.uuidString).path)
        } catch let refusal as CriteriaStore.Refusal {
            model.errors = [refusal.message]
            return CriteriaImportView.render(req.pageContext(title: "Nhập bộ tiêu chí"), model).response(status: .unprocessableEntity)
        }
    }

    /// A new draft version. A provincial officer's copy of a national set becomes their province's
    /// local variant (code suffixed with the province code), as provinces adopt their own criteria.
    func copy(req: Request) async throws -> Response {
        let user = try req.currentUser
        let (record, source) = try await CriteriaController.find(req)
        var draft = source
        let policy = AccessPolicy()
        if !policy.decide(user.grants, .editCriteria(provinceCode: record.provinceCode)).isAllowed,
           record.provinceCode == nil, let province = try editableProvince(req) {
            draft.scope = .province(code: province)
            draft.id = "\(source.id)-\(province)"
        }
        let province: String? = { if case .province(let code) = draft.scope { return code } else { return nil } }()
        try req.authorize(.editCriteria(provinceCode: province))
        draft.version = try await CriteriaStore.nextVersion(of: draft.id, on: req.db)
        draft.status = .draft
        let created = try await CriteriaStore.insert(draft, actor: user, action: "criteria.copy", on: req.db)
        req.flash("Đã tạo bản nháp \(draft.id) phiên bản \(draft.version).")
        return req.redirect(to: SiteURL.criteriaSet(id: created.id!.uuidString).path)
    }

    func transition(_ req: Request, to target: CriteriaSetStatus, done: String) async throws -> Response {
        let (record, set) = try await CriteriaController.find(req)
        try req.authorize(.editCriteria(provinceCode: record.provinceCode))
        do {
            try await CriteriaStore.transition(record, to: target, actor: try req.currentUser, on: req.db)
            req.flash(done)
            return req.redirect(to: SiteURL.criteriaSet(id: record.id!.uuidString).path)
        } catch let refusal as CriteriaStore.Refusal {
            var model = try await CriteriaController.detailModel(req, record, set)
            model.importErrors = [refusal.message]
            return CriteriaDetailView.render(req.pageContext(title: set.name), model).response(status: .unprocessableEntity)
        }
    }

    /// The province whose criteria this user may edit, nil for a national editor.
    private func editableProvince(_ req: Request) throws -> String? {
        let user = try req.currentUser
        // National editors (and the administrator, who acts for no unit) edit the national sets.
        return user.homeUnit { .editCriteria(provinceCode: $0.provinceCode) }?.provinceCode
    }
}
