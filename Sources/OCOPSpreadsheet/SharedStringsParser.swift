import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// `xl/sharedStrings.xml`: Excel and LibreOffice store each distinct text once and cells point to it
/// by index. An entry is plain (`<si><t>…</t></si>`) or rich text whose runs are concatenated
/// (`<si><r><rPr/><t>Phần </t></r><r><t>A</t></r></si>`); phonetic guides (`<rPh>`) are not text.
final class SharedStringsParser: XMLPartParser {
    private(set) var strings: [String] = []
    private var item = RichText()
    private var inItem = false

    override func start(_ name: Substring, attributes: [String: String], parser: XMLParser) {
        if name == "si" {
            inItem = true
            item = RichText()
        } else if inItem {
            item.start(name)
        }
    }

    override func end(_ name: Substring, parser: XMLParser) {
        if name == "si" {
            strings.append(item.value)
            inItem = false
        } else if inItem {
            item.end(name)
        }
    }

    override func text(_ string: String) { item.characters(string) }
}

/// The text of a string item (`<si>` or `<is>`): every `<t>` outside phonetic runs, in order,
/// with Office's `_xHHHH_` escapes decoded.
struct RichText {
    private(set) var value = ""
    private var buffer = ""
    private var collecting = false
    private var phoneticDepth = 0

    mutating func start(_ element: Substring) {
        switch element {
        case "rPh": phoneticDepth += 1
        case "t" where phoneticDepth == 0:
            collecting = true
            buffer = ""
        default: break
        }
    }

    mutating func end(_ element: Substring) {
        switch element {
        case "rPh": phoneticDepth = max(0, phoneticDepth - 1)
        case "t" where collecting:
            value += XMLText.decodeOfficeEscapes(buffer)
            collecting = false
        default: break
        }
    }

    mutating func characters(_ string: String) {
        if collecting { buffer += string }
    }
}
