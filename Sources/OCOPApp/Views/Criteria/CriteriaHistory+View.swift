import Foundation
import Plot
import OCOPCore

/// Lịch sử phiên bản: every version of the set's code with its status and defects, and under each
/// the corrections saved into it (the cells, the reason, who and when), so that a reader sees both
/// the copy as shipped and what a national officer changed in it, and why.
struct CriteriaHistoryView: Component {
    let model: CriteriaDetailModel

    var body: Component {
        Tag("section", [("id", "history"), ("aria-labelledby", "history-title")]) {
            H2("Lịch sử phiên bản").id("history-title")
            Div {
                Tag("table", [("class", "data-table")]) {
                    Tag("thead") {
                        Tag("tr") {
                            for header in ["Phiên bản", "Trạng thái", "Hiệu lực", "Lỗi", "Sửa đổi và lý do"] {
                                Tag("th", [("scope", "col")]) { Text(header) }
                            }
                        }
                    }
                    Tag("tbody") {
                        for version in model.history { row(version) }
                    }
                }
            }.class("table-wrap")
        }
    }

    private func row(_ version: CriteriaChanges.Version) -> Component {
        let record = version.record
        let set = try? CriteriaStore.load(record)
        let current = record.id?.uuidString == model.recordID
        return Tag("tr", [("data-version", String(record.version))] + (current ? [("aria-current", "true")] : [])) {
            Tag("th", [("scope", "row")]) {
                if current { Text("Phiên bản \(record.version) (đang xem)") }
                else { Link("Phiên bản \(record.version)", url: SiteURL.criteriaSet(id: record.id!.uuidString).path) }
            }
            Tag("td") { Text(CriteriaSetStatus(rawValue: record.status)?.vietnamese ?? record.status) }
            Tag("td") { Text("\(set?.effectiveFrom?.vietnamese ?? "—") – \(set?.effectiveTo?.vietnamese ?? "nay")") }
            Tag("td") { Text(String(record.defectCount)) }
            Tag("td") {
                if version.changes.isEmpty {
                    Text(record.version == 1 ? "Bản đầu tiên" : "Không có sửa đổi được ghi")
                } else {
                    Tag("ol", [("class", "changes")]) {
                        for change in version.changes {
                            ListItem {
                                Tag("strong", [("class", "reason")]) { Text(change.reason.isEmpty ? "(không ghi lý do)" : change.reason) }
                                Text(" — \(change.changedBy), \(CalendarDay.inVietnam(change.changedAt).vietnamese)")
                                List(change.cells.split(separator: "\n").map(String.init)) { Text($0) }.class("cells")
                            }
                        }
                    }
                }
            }
        }
    }
}
