import Foundation
@testable import OCOPCore

/// The shipped document list, communes of the seeds and small builders for the dossier tests.
enum DossierFixtures {
    static var catalogueURL: URL {
        let here = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath()
        return here.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Sources/OCOPApp/Resources/reference/dossier-documents.json")
    }

    /// The 18 types of `dossier-documents.json`.
    static let shippedCatalogue: DossierDocumentCatalogue = try! DossierDocumentCatalogue.decode(Data(contentsOf: catalogueURL))

    /// The shipped list with the self-assessment (19) and three-year report (20).
    static let catalogue = shippedCatalogue.adding([.selfAssessment, .threeYearResults])

    static let requirements = DossierRequirements.standard(from: shippedCatalogue)

    // Hải Phòng (31) communes of seeds 000 and 001.
    static let anKhanh = UnitLocation.commune("11668", inProvince: "31")
    static let vietKhe = UnitLocation.commune("11503", inProvince: "31")
    static let haNoiCommune = UnitLocation.commune("09877", inProvince: "01")

    static func day(_ text: String) -> CalendarDay { CalendarDay(iso: text)! }

    /// The day `count` days after `text`.
    static func day(_ text: String, plus count: Int) -> CalendarDay {
        var day = CalendarDay(iso: text)!
        for _ in 0..<count {
            if day.day < CalendarDay.daysIn(month: day.month, year: day.year) {
                day = CalendarDay(year: day.year, month: day.month, day: day.day + 1)!
            } else if day.month < 12 {
                day = CalendarDay(year: day.year, month: day.month + 1, day: 1)!
            } else {
                day = CalendarDay(year: day.year + 1, month: 1, day: 1)!
            }
        }
        return day
    }

    /// Files for each code, one file each.
    static func present(_ codes: [Int]) -> [Int: [String]] {
        Dictionary(uniqueKeysWithValues: codes.map { ($0, ["file-\($0)"]) })
    }

    static func checklist(_ kind: DossierKind, _ codes: [Int]) -> DossierChecklist {
        DossierChecklist(kind: kind, catalogue: catalogue, requirements: requirements, present: present(codes))
    }

    static let completeNew = checklist(.new, [1, 2, 3, 4, 5, 19])

    static func assessment(_ verdicts: [LocalCriterion: LocalVerdict]) -> CommuneAssessment {
        CommuneAssessment(findings: LocalCriterion.allCases.compactMap { criterion in
            verdicts[criterion].map { CommuneAssessment.Finding(criterion, $0, remark: $0 == .met ? "" : "Ghi chú của xã") }
        })
    }

    static let allMet = assessment(Dictionary(uniqueKeysWithValues: LocalCriterion.allCases.map { ($0, .met) }))
}

/// A ZIP archive written the way Office writes its files (stored entries, local headers, central
/// directory, end record), so that detection is tested on real ZIP structure.
enum TinyZip {
    static func archive(_ entries: [(name: String, content: String)], comment: String = "") -> Data {
        var body = Data(), directory = Data()
        for entry in entries {
            let name = Array(entry.name.utf8), content = Array(entry.content.utf8)
            let crc = crc32(content), offset = UInt32(body.count)
            body += le32(0x0403_4B50) + le16(20) + le16(0) + le16(0) + le16(0) + le16(0)
            body += le32(crc) + le32(UInt32(content.count)) + le32(UInt32(content.count))
            body += le16(UInt16(name.count)) + le16(0) + Data(name) + Data(content)
            directory += le32(0x0201_4B50) + le16(20) + le16(20) + le16(0) + le16(0) + le16(0) + le16(0)
            directory += le32(crc) + le32(UInt32(content.count)) + le32(UInt32(content.count))
            directory += le16(UInt16(name.count)) + le16(0) + le16(0) + le16(0) + le16(0) + le32(0) + le32(offset) + Data(name)
        }
        let commentBytes = Array(comment.utf8)
        let end = le32(0x0605_4B50) + le16(0) + le16(0) + le16(UInt16(entries.count)) + le16(UInt16(entries.count))
            + le32(UInt32(directory.count)) + le32(UInt32(body.count)) + le16(UInt16(commentBytes.count)) + Data(commentBytes)
        return body + directory + end
    }

    static let contentTypes = (name: "[Content_Types].xml", content: "<?xml version=\"1.0\"?><Types/>")
    static let docx = archive([contentTypes, ("_rels/.rels", "<Relationships/>"), ("word/document.xml", "<w:document/>")])
    static let xlsx = archive([contentTypes, ("_rels/.rels", "<Relationships/>"), ("xl/workbook.xml", "<workbook/>"),
                               ("xl/worksheets/sheet1.xml", "<worksheet/>")])

    private static func le16(_ value: UInt16) -> Data { Data([UInt8(value & 0xFF), UInt8(value >> 8)]) }
    private static func le32(_ value: UInt32) -> Data { le16(UInt16(value & 0xFFFF)) + le16(UInt16(value >> 16)) }

    private static func crc32(_ bytes: [UInt8]) -> UInt32 {
        var crc: UInt32 = 0xFFFF_FFFF
        for byte in bytes {
            crc ^= UInt32(byte)
            for _ in 0..<8 { crc = crc & 1 == 1 ? (crc >> 1) ^ 0xEDB8_8320 : crc >> 1 }
        }
        return ~crc
    }
}
