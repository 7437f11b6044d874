import Fluent
import Vapor
import OCOPCore

/// Đợt đăng ký mẫu: Việt Khê's 2026 registration (seed 001: new products and the expired 3★
/// products to re-evaluate), opened by the commune officer. Its dates are set around the day the
/// demo is seeded, so that a newcomer can register and submit at once. It scores on the newest
/// published version of the 26/2026 set (version 2, corrected by `trunguong`).
/// Idempotent: a commune that already has a round is left as it is.
extension DemoData {
    static func seedRounds(on db: Database, today: CalendarDay = .inVietnam(Date())) async throws {
        let commune = UnitLocation.commune(vietKhe, inProvince: haiPhong)
        guard try await RegistrationRoundRecord.query(on: db).filter(\.$communeCode == vietKhe).first() == nil,
              let account = try await UserAccount.query(on: db).filter(\.$username == "vietkhe").first(),
              let criteria = try await CriteriaSetRecord.query(on: db).filter(\.$code == Law26Importer.criteriaSetID)
                .filter(\.$status == CriteriaSetStatus.published.rawValue).sort(\.$version, .descending).first() else { return }
        let officer = CurrentUser(id: account.id!, username: account.username, fullName: account.fullName,
                                  grants: [RoleGrant(role: .communeOfficer, location: commune)], mustChangePassword: false)
        let round = RegistrationRound(id: "", name: "Đăng ký đánh giá, phân hạng sản phẩm OCOP năm \(today.year) – xã Việt Khê",
                                      year: today.year, kinds: DossierKind.allCases,
                                      opensOn: today.adding(days: -14), closesOn: today.adding(days: 30), coverage: [commune])
        _ = try await RegistrationRounds.open(round, owner: commune, criteriaSet: (criteria.code, criteria.version),
                                              actor: officer, on: db)
    }
}
