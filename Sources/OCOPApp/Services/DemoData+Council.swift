import Fluent
import Vapor
import OCOPCore

/// Hội đồng mẫu: Hải Phòng's council for 2026 (seed 003: materials 3 working days before a meeting)
/// with its chair, secretary and two members from the demo accounts, and the province's first
/// evaluation round, so that a forwarded dossier can be received, scheduled and scored at once.
/// Idempotent: a province that already has a council is left as it is.
extension DemoData {
    static let councilSeats: [(username: String, position: CouncilPosition, agency: String)] = [
        ("hoidong", .chair, "UBND thành phố Hải Phòng"),
        ("thuky", .secretary, "Sở Nông nghiệp và Môi trường"),
        ("uyvien1", .member, "Sở Công Thương"),
        ("uyvien2", .member, "Sở Khoa học và Công nghệ"),
    ]

    static func seedCouncil(on db: Database) async throws {
        guard try await CouncilRecord.query(on: db).filter(\.$provinceCode == haiPhong).first() == nil else { return }
        let council = CouncilRecord()
        council.councilLevel = .province
        council.provinceCode = haiPhong
        council.name = "Hội đồng đánh giá, phân hạng sản phẩm OCOP thành phố Hải Phòng"
        council.decisionNumber = "612/QĐ-UBND"
        council.decisionDate = "2026-03-02"
        council.termFrom = "2026-03-02"
        council.termTo = "2027-12-31"
        council.materialsLeadDays = 3
        council.createdBy = "Dữ liệu mẫu"
        let round = EvaluationRoundRecord()
        round.provinceCode = haiPhong
        round.year = 2026
        round.name = "Đánh giá, phân hạng sản phẩm OCOP năm 2026 – đợt 1"
        round.createdBy = "Dữ liệu mẫu"
        try await db.transaction { tx in
            try await council.create(on: tx)
            try await round.create(on: tx)
            for seat in councilSeats {
                guard let account = try await UserAccount.query(on: tx).filter(\.$username == seat.username).first() else { continue }
                let member = CouncilMemberRecord()
                member.$council.id = council.id!
                member.$account.id = account.id!
                member.fullName = account.fullName
                member.agency = seat.agency
                member.councilPosition = seat.position
                try await member.create(on: tx)
            }
        }
    }
}
