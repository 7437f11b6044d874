import Fluent
import Vapor
import OCOPCore

/// Đợt đăng ký mẫu: Việt Khê's 2026 registration (seed 001: new products and the expired 3★
/// products to re-evaluate), opened by the commune officer. Its dates are set around the day the
/// demo is seeded, so that a newcomer can register and submit at once. It scores on the newest
/// published version of the 26/2026 set (version 2, corrected by `trunguong`).
/// An Khánh's round is seed 000's letter: registration for 2026–2030, new products and expired ones
/// to re-evaluate, "trước ngày 30/6/2026" (so the last day is 29/6), on the same set; it is closed
/// by the time the demo runs, as in the field.
/// Idempotent: a commune that already has a round is left as it is.
extension DemoData {
    static func seedRounds(on db: Database, today: CalendarDay = .inVietnam(Date())) async throws {
        guard let criteria = try await CriteriaSetRecord.query(on: db).filter(\.$code == Law26Importer.criteriaSetID)
            .filter(\.$status == CriteriaSetStatus.published.rawValue).sort(\.$version, .descending).first() else { return }
        try await openRound(RegistrationRound(id: "", name: "Đăng ký đánh giá, phân hạng sản phẩm OCOP năm \(today.year) – xã Việt Khê",
                                              year: today.year, kinds: DossierKind.allCases,
                                              opensOn: today.adding(days: -14), closesOn: today.adding(days: 30),
                                              coverage: [.commune(vietKhe, inProvince: haiPhong)]),
                            commune: vietKhe, officer: "vietkhe", criteria: criteria, on: db)
        if let opens = CalendarDay(year: 2026, month: 6, day: 1), let closes = CalendarDay(year: 2026, month: 6, day: 29) {
            try await openRound(RegistrationRound(id: "", name: "Đăng ký đánh giá, phân hạng sản phẩm OCOP giai đoạn 2026–2030 – xã An Khánh",
                                                  year: 2026, kinds: [.new, .reRecognition], opensOn: opens, closesOn: closes,
                                                  coverage: [.commune(anKhanh, inProvince: haiPhong)]),
                                commune: anKhanh, officer: "ankhanh", criteria: criteria, on: db)
        }
    }

    private static func openRound(_ round: RegistrationRound, commune code: String, officer username: String,
                                  criteria: CriteriaSetRecord, on db: Database) async throws {
        let commune = UnitLocation.commune(code, inProvince: haiPhong)
        guard try await RegistrationRoundRecord.query(on: db).filter(\.$communeCode == code).first() == nil,
              let account = try await UserAccount.query(on: db).filter(\.$username == username).first() else { return }
        let officer = CurrentUser(id: account.id!, username: account.username, fullName: account.fullName,
                                  grants: [RoleGrant(role: .communeOfficer, location: commune)], mustChangePassword: false)
        _ = try await RegistrationRounds.open(round, owner: commune, criteriaSet: (criteria.code, criteria.version), actor: officer, on: db)
    }
}
