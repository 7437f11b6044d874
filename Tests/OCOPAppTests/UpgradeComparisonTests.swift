import Fluent
import Foundation
import Testing
import VaporTesting
@testable import OCOPApp
@testable import OCOPCore

/// So sánh nâng hạng (`GET /ho-so/:id/so-sanh`): the upgrade's self-assessment against the council's
/// last result on the previous dossier, criterion by criterion, with the totals and stars.
@Suite("Nâng hạng: so sánh tự đánh giá với kết quả hội đồng lần trước")
struct UpgradeComparisonTests {
    let reEvaluation = ReEvaluationTests()
    let steps = DossiersTests()
    let scoring = ScoringTests()
    var today: CalendarDay { .inVietnam(Date()) }

    /// Criteria answered by one option, not gated, not conditional, with two options of different points.
    func plain(_ productSet: ProductSet) -> [(code: String, best: ScoringOption, lower: ScoringOption)] {
        productSet.sheet.criteria.compactMap { criterion in
            guard criterion.alternatives.isEmpty, criterion.mandatory == nil, criterion.appliesWhen == nil else { return nil }
            let options = criterion.options.filter { !$0.isKnockOut && $0.minForStar == nil }.sorted { $0.points > $1.points }
            guard options.count >= 2, options[0].points > options[1].points else { return nil }
            return (criterion.code, options[0], options[1])
        }
    }

    @Test("Từng tiêu chí theo thứ tự phiếu: tăng, giảm, giữ nguyên; tổng điểm và hạng sao; bộ tiêu chí khác chỉ so sánh tổng")
    func comparison() async throws {
        try await withTestApp { app in
            // The previous dossier: a re-evaluation decided by written opinions.
            let (previous, round) = try await reEvaluation.received(app, expiringIn: 150)
            let (meetingPath, officer) = try await reEvaluation.writtenRound(app, previous, round)
            var councilForm = try await reEvaluation.sheet(previous, app)
            let product = try #require(try await ProductRecord.find(previous.$product.id, on: app.db))
            let productSet = try (try await DossierSelfAssessment.sheet(previous, product: product, on: app.db)).get().productSet
            let candidates = plain(productSet)
            try #require(candidates.count >= 3)
            let rose = candidates[0], fell = candidates[1], same = candidates[2]
            councilForm["c-" + rose.code] = rose.lower.id
            try await scoring.scoreAll(app, meetingPath, previous, ["hoidong", "thanhvien2", "thanhvien3"], councilForm)
            try await officer.get("\(meetingPath)/ket-qua")
            #expect(try await officer.post("\(meetingPath)/quyet-dinh", ["number": "90/QĐ-UBND", "signedOn": today.iso, "signer": "Lê Văn Hải"]).status == .seeOther)

            // The upgrade, in a new round, self-assessed with one criterion lower than the council gave.
            let base = try await steps.fixture(app)
            let f = DossiersTests.Fixture(product: product, producer: base.producer, round: base.round, productSet: productSet)
            let producer = Browser(app)
            try await producer.login("chuthe")
            #expect(try await steps.create(producer, f, kind: .upgrade).status == .seeOther)
            let upgrade = try #require(try await DossierRecord.query(on: app.db).filter(\.$round.$id == base.round.id!).first())
            #expect(upgrade.dossierKind == .upgrade && upgrade.previousDossierID == previous.id)
            let assessPath = SiteURL.dossierAction(id: upgrade.id!.uuidString, action: "tu-danh-gia").path
            let assessPage = try await producer.get(assessPath).body.string
            let version = try #require(assessPage.range(of: #"name="version" value="(\d+)""#, options: .regularExpression)
                .map { String(assessPage[$0]).filter(\.isNumber) })
            var mine = steps.answers(productSet)
            mine["c-" + fell.code] = fell.lower.id
            mine["version"] = version
            #expect(try await producer.post(assessPath, mine).status == .seeOther)

            let dossierPage = try await producer.get(SiteURL.dossier(id: upgrade.id!.uuidString).path).body.string
            #expect(dossierPage.contains(#"id="upgrade-comparison-link""#))
            let page = try await producer.get(SiteURL.dossierAction(id: upgrade.id!.uuidString, action: "so-sanh").path)
            #expect(page.status == .ok)
            let html = page.body.string
            func row(_ code: String) -> String? {
                guard let start = html.range(of: #"<tr id="cmp-\#(code)">"#) else { return nil }
                return html[start.lowerBound...].range(of: "</tr>").map { String(html[start.lowerBound..<$0.upperBound]) }
            }
            #expect(row(rose.code)?.hasSuffix("<td>\(rose.lower.points.vietnamese)</td><td>\(rose.best.points.vietnamese)</td><td class=\"ok\">Tăng</td></tr>") == true)
            #expect(row(fell.code)?.hasSuffix("<td>\(fell.best.points.vietnamese)</td><td>\(fell.lower.points.vietnamese)</td><td class=\"bad\">Giảm</td></tr>") == true)
            #expect(row(same.code)?.hasSuffix("<td>\(same.best.points.vietnamese)</td><td>\(same.best.points.vietnamese)</td><td class=\"muted\">Giữ nguyên</td></tr>") == true)
            // One row per criterion, in the sheet's order.
            let codes = productSet.sheet.criteria.map(\.code)
            let positions = codes.compactMap { html.range(of: #"<tr id="cmp-\#($0)">"#)?.lowerBound }
            #expect(positions.count == codes.count && positions == positions.sorted())
            // Totals: the council's mean (the decision's) and the self-assessment's.
            let upgradeSheet = try (try await DossierSelfAssessment.sheet(try #require(try await DossierRecord.find(upgrade.id, on: app.db)),
                                                                          product: product, on: app.db)).get()
            let mineTotal = try #require(upgradeSheet.outcome.result?.total)
            let meeting = try #require(try await Decisions.decidedMeeting(for: previous.id!, on: app.db))
            let verdict = try #require(try await ScoringBoard.result(meeting: meeting, council: meeting.council, on: app.db)
                .row(dossierID: previous.id!.uuidString)?.verdict)
            let councilTotal = try #require(verdict.outcome.mean)
            let trend = mineTotal > councilTotal ? #"<td class="ok">Tăng</td>"# : mineTotal < councilTotal ? #"<td class="bad">Giảm</td>"# : #"<td class="muted">Giữ nguyên</td>"#
            #expect(row("total")?.hasSuffix("<td>\(councilTotal.vietnamese)</td><td>\(mineTotal.vietnamese)</td>\(trend)</tr>") == true)
            #expect(row("star") != nil)

            // Outsiders: another commune's officer is refused.
            let other = Browser(app)
            try await other.login("ankhanh")
            #expect(try await other.get(SiteURL.dossierAction(id: upgrade.id!.uuidString, action: "so-sanh").path).status == .forbidden)

            // Scored last time on another set: totals and star only.
            let stored = try #require(try await DossierRecord.find(previous.id, on: app.db))
            let dossierWas = stored.criteriaSetCode
            stored.criteriaSetCode = "QD1048-2022"
            try await stored.save(on: app.db)
            let other1048 = try await producer.get(SiteURL.dossierAction(id: upgrade.id!.uuidString, action: "so-sanh").path).body.string
            #expect(other1048.contains("Hồ sơ trước được chấm theo bộ tiêu chí QD1048-2022 phiên bản \(stored.criteriaSetVersion)"))
            #expect(other1048.contains("chỉ so sánh tổng điểm và hạng sao"))
            #expect(!other1048.contains(#"<tr id="cmp-\#(rose.code)">"#) && other1048.contains(#"<tr id="cmp-total">"#))
            #expect(dossierWas != "QD1048-2022")
        }
    }
}
