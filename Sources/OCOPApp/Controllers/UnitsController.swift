import Fluent
import SQLKit
import Vapor
import OCOPCore

/// Tra cứu đơn vị hành chính: public reference pages of provinces and communes.
struct UnitsController: RouteCollection {
    static let pageSize = 50

    func boot(routes: any RoutesBuilder) throws {
        routes.get(SiteURL.units.route, use: list)
        routes.get(SiteURL.unit(code: ":code").route, use: detail)
        routes.get(SiteURL.communeOptions.route, use: communeOptions)
    }

    func list(req: Request) async throws -> Response {
        let query = ((try? req.query.get(String.self, at: "q")) ?? "").trimmingCharacters(in: .whitespaces)
        let provinceCode = (try? req.query.get(String.self, at: "tinh")) ?? ""
        let page = max(1, (try? req.query.get(Int.self, at: "trang")) ?? 1)
        let provinces = try await AdminUnit.query(on: req.db).filter(\.$level == .province).sort(\.$name).all()
        let provinceNames = Dictionary(uniqueKeysWithValues: provinces.map { ($0.id!, $0.nameWithType) })
        var model = UnitsModel(query: query, provinceCode: provinceCode,
                               provinces: provinces.map { ($0.id!, $0.nameWithType) },
                               rows: [], total: 0, page: page, pageCount: 1, listsProvinces: query.isEmpty && provinceCode.isEmpty)

        if model.listsProvinces {
            let counts = try await communeCounts(on: req.db)
            model.rows = provinces.map { .init(code: $0.id!, name: $0.nameWithType, provinceName: "", communeCount: counts[$0.id!] ?? 0) }
            model.total = provinces.count
        } else {
            let search = AdminUnit.query(on: req.db).filter(\.$level == .commune)
            for word in SearchFolding.fold(query).split(separator: " ") {
                search.filter(\.$searchKey ~~ String(word))
            }
            if !provinceCode.isEmpty { search.filter(\.$provinceCode == provinceCode) }
            let result = try await search.sort(\.$name).paginate(PageRequest(page: page, per: Self.pageSize))
            model.rows = result.items.map { .init(code: $0.id!, name: $0.nameWithType, provinceName: provinceNames[$0.provinceCode] ?? "", communeCount: nil) }
            model.total = result.metadata.total
            model.pageCount = max(1, result.metadata.pageCount)
        }
        return UnitsView.render(req.pageContext(title: "Đơn vị hành chính"), model).response()
    }

    func detail(req: Request) async throws -> Response {
        guard let code = req.parameters.get("code"), let unit = try await AdminUnit.find(code, on: req.db) else {
            throw Abort(.notFound, reason: "Không có đơn vị hành chính với mã này.")
        }
        let isProvince = unit.level == .province
        let province = isProvince ? nil : try await AdminUnit.find(unit.provinceCode, on: req.db)
        let communes = isProvince
            ? try await AdminUnit.query(on: req.db).filter(\.$provinceCode == code).filter(\.$level == .commune).sort(\.$name).all()
            : []
        let mayOpen = req.auth.get(CurrentUser.self).map {
            AccessPolicy().decide($0.grants, .openUnitWorkspace(unit.location)).isAllowed
        } ?? false
        let model = UnitDetailModel(
            code: code, nameWithType: unit.nameWithType, kind: Self.kindTitle(unit.kind),
            provinceName: province?.nameWithType, note: unit.note,
            communes: communes.map { .init(code: $0.id!, name: $0.nameWithType, provinceName: "", communeCount: nil) },
            workspace: mayOpen ? (isProvince ? .provinceWorkspace(code: code) : .communeWorkspace(code: code)) : nil)
        return UnitsView.renderDetail(req.pageContext(title: unit.nameWithType), model).response()
    }

    private func communeCounts(on db: Database) async throws -> [String: Int] {
        struct Row: Decodable { let province_code: String; let n: Int }
        let rows = try await (db as! any SQLDatabase).select()
            .column("province_code").column(SQLFunction("COUNT", args: SQLLiteral.all), as: "n")
            .from(AdminUnit.schema).where("level", .equal, "commune").groupBy("province_code")
            .all(decoding: Row.self)
        return Dictionary(uniqueKeysWithValues: rows.map { ($0.province_code, $0.n) })
    }

    static func kindTitle(_ kind: String) -> String {
        ["tinh": "Tỉnh", "thanh-pho": "Thành phố trực thuộc trung ương", "xa": "Xã", "phuong": "Phường", "dac-khu": "Đặc khu"][kind] ?? kind
    }

    struct CommuneOption: Content {
        let code: String
        let name: String
    }

    /// The communes of `?tinh=` in the producer form's order (`CommuneChoices`); an unknown province has none.
    func communeOptions(req: Request) async throws -> [CommuneOption] {
        let province = (try? req.query.get(String.self, at: "tinh")) ?? ""
        return try await CommuneChoices.communes(of: province, on: req.db).map { CommuneOption(code: $0.value, name: $0.label) }
    }
}
