import Plot
import OCOPCore

/// "So sánh với kết quả lần trước": the upgrade dossier's self-assessment beside the last council
/// result, criterion by criterion, with what rose, fell or stayed, and the totals and stars.
enum UpgradeComparisonView {
    static func render(_ context: PageContext, _ model: UpgradeComparison.Model) -> HTML {
        Layout.page(context) {
            Paragraph { Link("← Về hồ sơ", url: SiteURL.dossier(id: model.dossierID).path) }
            if let reason = model.unavailable {
                Paragraph(reason).class("bad").id("comparison-unavailable")
            } else {
                Paragraph("Kết quả lần trước: \(model.meeting) (bộ tiêu chí \(model.previousSet)). Tự đánh giá lần này: bộ tiêu chí \(model.currentSet).")
                    .class("lead").id("comparison-basis")
                if let other = model.otherSet { Paragraph(other).class("bad").id("comparison-other-set") }
                Table(header: TableRow {
                    TableHeaderCell("Mã"); TableHeaderCell("Tiêu chí"); TableHeaderCell("Điểm tối đa")
                    TableHeaderCell("Hội đồng lần trước"); TableHeaderCell("Tự đánh giá lần này"); TableHeaderCell("So sánh")
                }) {
                    for row in model.rows {
                        TableRow {
                            TableCell(row.code); TableCell(row.text); TableCell(row.maxPoints.vietnamese)
                            TableCell(row.council?.vietnamese ?? "—"); TableCell(row.mine?.vietnamese ?? "—")
                            TableCell(row.trend.title).class(Self.tone(row.trend))
                        }.id("cmp-\(row.code)")
                    }
                    TableRow {
                        TableCell { Tag("strong") { Text("Tổng điểm") } }; TableCell(""); TableCell("")
                        TableCell(model.councilTotal?.vietnamese ?? "—"); TableCell(model.mineTotal?.vietnamese ?? "—")
                        TableCell(model.totalTrend.title).class(Self.tone(model.totalTrend))
                    }.id("cmp-total")
                    TableRow {
                        TableCell { Tag("strong") { Text("Hạng sao") } }; TableCell(""); TableCell("")
                        TableCell(model.councilStar.map { "\($0)" } ?? "—"); TableCell(model.mineStar.map { "\($0)" } ?? "—")
                        TableCell(Self.starTrend(model).title).class(Self.tone(Self.starTrend(model)))
                    }.id("cmp-star")
                }.class("table").id("comparison")
            }
        }
    }

    static func starTrend(_ model: UpgradeComparison.Model) -> UpgradeComparison.Trend {
        guard let before = model.councilStar, let after = model.mineStar else { return .unknown }
        return after > before ? .rose : after < before ? .fell : .same
    }

    static func tone(_ trend: UpgradeComparison.Trend) -> String {
        switch trend {
        case .rose: "ok"
        case .fell: "bad"
        case .same, .unknown: "muted"
        }
    }
}
