import Fluent
import Vapor
import OCOPCore

/// Đợt đăng ký mẫu: Việt Khê's 2026 registration (seed 001: new products and the expired 3★
/// products to re-evaluate), opened by the commune officer. Its dates are set around the day the
/// demo is seeded, so that a newcomer can register and submit at once. It uses the 1048/2019 sets:
/// the 148/2023 sheets (Phụ lục III) are not keyed in yet, so no 148 product set can be scored.
/// Idempotent: a commune that already has a round is left as it is.
extension DemoData {
    static func seedRounds(on db: Database, today: CalendarDay = .inVietnam(Date())) async throws {
        let commune = UnitLocation.commune(vietKhe, inProvince: haiPhong)
        guard try await RegistrationRoundRecord.query(on: db).filter(\.$communeCode == vietKhe).first() == nil,
              let account = try await UserAccount.query(on: db).filter(\.$username == "vietkhe").first(),
              let criteria = try await CriteriaSetRecord.query(on: db).filter(\.$code == "QD1048-2019")
                .sort(\.$version, .descending).first() else { return }
        let officer = CurrentUser(id: account.id!, username: account.username, fullName: account.fullName,
                                  grants: [RoleGrant(role: .communeOfficer, location: commune)], mustChangePassword: false)
        let round = RegistrationRound(id: "", name: "Đăng ký đánh giá, phân hạng sản phẩm OCOP năm \(today.year) – xã Việt Khê",
                                      year: today.year, kinds: DossierKind.allCases,
                                      opensOn: today.adding(days: -14), closesOn: today.adding(days: 30), coverage: [commune])
        _ = try await RegistrationRounds.open(round, owner: commune, criteriaSet: (criteria.code, criteria.version),
                                              actor: officer, on: db)
    }
}
