import Plot
import OCOPCore

enum DashboardView {
    static func render(_ context: PageContext, _ model: DashboardModel) -> HTML {
        Layout.page(context) {
            Paragraph {
                Span(model.roleTitle).class("badge")
                Text(" " + model.scopeName)
            }.class("scope-line").id("dashboard-scope")
            if let note = model.note { Paragraph(note).class("notice") }
            Tag("ul", [("class", "stats"), ("aria-label", "Số liệu")]) {
                for stat in model.stats {
                    ListItem {
                        Span(VietnameseFormat.integer(stat.value)).class("stat-value")
                        if let url = stat.url {
                            Link(stat.label, url: url.path).class("stat-label")
                        } else {
                            Span(stat.label).class("stat-label")
                        }
                    }.class("stat")
                }
            }
            if !model.councilWork.isEmpty { CouncilWorkList(meetings: model.councilWork) }
            if let followUp = model.followUp { FollowUpSummary(followUp: followUp) }
            if !model.links.isEmpty {
                H2("Việc thường làm")
                List(model.links) { link in Link(link.label, url: link.url.path) }.class("quick-links")
            }
            H2("Hoạt động gần đây")
            AuditTable(rows: model.recentActivity, showDetails: false)
        }
    }
}

/// "Giấy chứng nhận cần theo dõi": the four lists' counts, then the certificates whose window is
/// open, the ones to remind first.
struct FollowUpSummary: Component {
    let followUp: DashboardModel.FollowUp

    var body: Component {
        Div {
            H2(followUp.ownOnly ? "Giấy chứng nhận của bạn cần theo dõi" : "Giấy chứng nhận cần theo dõi")
            Tag("ul", [("class", "stats"), ("aria-label", "Số giấy chứng nhận theo danh sách")]) {
                for list in CertificateFollowUpList.allCases {
                    ListItem {
                        Span(VietnameseFormat.integer(followUp.counts[list] ?? 0)).class("stat-value")
                        Link(list.title, url: SiteURL.certificateFollowUpList(list).path).class("stat-label")
                    }.class("stat").id("follow-up-\(list.rawValue)")
                }
            }
            if !followUp.firstOpen.isEmpty {
                H3("Đang trong thời hạn nộp hồ sơ đánh giá lại")
                CertificateFollowUpTable(rows: followUp.firstOpen)
                if (followUp.counts[.windowOpen] ?? 0) > followUp.firstOpen.count {
                    Paragraph { Link("Xem cả danh sách", url: SiteURL.certificateFollowUpList(.windowOpen).path) }
                }
            }
        }.id("follow-up-summary")
    }
}

/// "Phiếu chấm điểm của bạn": each meeting the member sits in, what they can do now, and their sheets.
struct CouncilWorkList: Component {
    let meetings: [CouncilWork.Meeting]

    var body: Component {
        Div {
            H2("Phiếu chấm điểm của bạn")
            for meeting in meetings {
                Article {
                    H3 { Link("\(meeting.title) — \(meeting.council)", url: SiteURL.meeting(id: meeting.id).path) }
                    Paragraph(meeting.status).class("meeting-status")
                    Tag("ul", [("class", "sheet-list")]) {
                        for sheet in meeting.sheets {
                            ListItem {
                                if let url = sheet.url { Link("Phiếu chấm: \(sheet.product)", url: url) } else { Span(sheet.product) }
                                Text(" — ")
                                Span(sheet.status).class("sheet-status")
                            }
                        }
                    }
                }.class("council-meeting").id("meeting-\(meeting.id)")
            }
        }.id("council-work")
    }
}

/// The audit log as a table, on the dashboard and on the log page.
struct AuditTable: Component {
    let rows: [AuditRow]
    let showDetails: Bool

    var body: Component {
        if rows.isEmpty {
            Paragraph("Chưa có hoạt động nào.").class("muted")
        } else {
            Div {
                Table(header: TableRow {
                    TableHeaderCell("Thời gian")
                    TableHeaderCell("Nội dung")
                    TableHeaderCell("Đơn vị")
                    if showDetails { TableHeaderCell("Thay đổi") }
                }) {
                    for row in rows {
                        TableRow {
                            TableCell(VietnameseFormat.dateTime(row.at))
                            TableCell(row.sentence).class("audit-sentence")
                            TableCell(row.unit ?? "—")
                            if showDetails {
                                TableCell { AuditChangeList(lines: row.changes) }
                            }
                        }
                    }
                }.class("data-table")
            }.class("table-wrap")
        }
    }
}

/// An entry's changes: "Tên: Chè Shan tuyết → Chè Shan tuyết Suối Giàng", one field per line.
struct AuditChangeList: Component {
    let lines: [AuditDetails.Line]

    var body: Component {
        if lines.isEmpty {
            Text("")
        } else {
            Tag("ul", [("class", "audit-changes")]) {
                for line in lines {
                    ListItem {
                        Span(line.label + ": ").class("muted")
                        switch (line.before, line.after) {
                        case let (before?, after?) where before != after:
                            Tag("del") { Text(before) }
                            Text(" → ")
                            Tag("ins") { Text(after) }
                        case let (_, after?):
                            Text(after)
                        case let (before?, nil):
                            Tag("del") { Text(before) }
                        case (nil, nil):
                            Text("—")
                        }
                    }
                }
            }
        }
    }
}
