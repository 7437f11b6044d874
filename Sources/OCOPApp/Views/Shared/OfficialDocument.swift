import Plot
import OCOPCore

/// Văn bản hành chính: the frame of a Vietnamese administrative document (Nghị định 30/2020/NĐ-CP):
/// the issuing agency and number on the left, the national motto on the right, place and date,
/// the title and subject, the body, and the signature block. Prints on A4; the commune's report,
/// its forwarding letter and later the council's minutes and decisions share it.
struct OfficialDocument: Component {
    /// "UBND THÀNH PHỐ HẢI PHÒNG".
    var parentAgency: String
    /// "ỦY BAN NHÂN DÂN XÃ VIỆT KHÊ".
    var agency: String
    /// "Số: 125/UBND-KT"; empty for a document without a number.
    var number: String
    /// "Việt Khê, ngày 05 tháng 07 năm 2026".
    var placeAndDate: String
    /// "BÁO CÁO", "CÔNG VĂN": empty for a letter whose subject line says it.
    var title: String
    /// "Kết quả đánh giá cấp xã …" or "V/v đề nghị …".
    var subject: String
    /// "TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH".
    var signerTitle: [String]
    var signerName: String
    /// Nơi nhận, one line each.
    var recipients: [String]
    var content: Component
    /// A second signature on the left, for a document two people sign (biên bản: the secretary who
    /// wrote it on the left, the chair on the right, Nghị định 30 Phụ lục I); nơi nhận then goes below.
    var leftSigner: (title: [String], name: String)? = nil

    var body: Component {
        Tag("article", [("class", "official"), ("id", "official-document")]) {
            Div {
                Div {
                    Paragraph(parentAgency)
                    Paragraph(agency).class("agency")
                    if !number.isEmpty { Paragraph(number).id("doc-number") }
                }
                Div {
                    Paragraph("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM").class("motto")
                    Paragraph("Độc lập - Tự do - Hạnh phúc").class("motto-sub")
                }
            }.class("masthead")
            Paragraph(placeAndDate).class("place-date")
            if !title.isEmpty { Paragraph(title).class("doc-title") }
            Paragraph(subject).class("doc-subject")
            content
            Div {
                if let leftSigner {
                    Self.sign(leftSigner.title, leftSigner.name).id("left-sign")
                } else {
                    recipientList
                }
                Self.sign(signerTitle, signerName).id("main-sign")
            }.class("signature")
            if leftSigner != nil { recipientList }
        }
    }

    private var recipientList: Component {
        Div {
            if !recipients.isEmpty {
                Paragraph { Tag("strong") { Tag("em") { Text("Nơi nhận:") } } }
                List(recipients) { Text($0) }
            }
        }.class("recipients")
    }

    private static func sign(_ title: [String], _ name: String) -> Component {
        Div {
            for line in title { Paragraph(line).class("agency") }
            Paragraph(name).class("name")
        }.class("sign")
    }

    /// "Số: ……/BC-UBND": the number of a document whose number the văn thư writes when it is signed
    /// (the unit's register counts every document it sends, not only this system's), dotted like the
    /// printed forms rather than a gap that reads as a fault.
    static func unnumbered(_ symbol: String) -> String { "Số: ……/\(symbol)" }

    /// "ngày 05 tháng 07 năm 2026", as administrative documents write dates.
    static func longDate(_ day: CalendarDay) -> String {
        let parts = day.vietnamese.split(separator: "/")
        return "ngày \(parts[0]) tháng \(parts[1]) năm \(parts[2])"
    }
}

/// The bar above a printable document: back to where it came from, and print (hidden on paper).
struct PrintBar: Component {
    let backLabel: String
    let backURL: String

    var body: Component {
        Paragraph {
            Link(backLabel, url: backURL)
            Text(" ")
            Button { Text("In (A4)") }.attribute(named: "type", value: "button").attribute(named: "data-print", value: "true")
        }.class("screen-only actions")
    }
}
