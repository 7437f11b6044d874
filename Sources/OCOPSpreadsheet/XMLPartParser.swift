import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Base of the part parsers: runs Foundation's `XMLParser` (libxml2 on Linux) and turns any failure
/// into `XLSXError.damaged` naming the part.
///
/// Namespaces are ignored and names compared by their local part ("x:row" is "row"): Excel, LibreOffice
/// and "Strict Open XML" files use different prefixes and namespace URIs for the same elements.
/// Parts with a DOCTYPE are refused outright: SpreadsheetML never has one, and entity declarations
/// are how an XML file expands into gigabytes ("billion laughs").
class XMLPartParser: NSObject, XMLParserDelegate {
    /// Set by a subclass that finds the content unusable; parsing stops and the reason is thrown.
    var failure: String?
    /// Open elements and whether a root was seen: FoundationXML on Linux reports a document cut off
    /// in the middle as parsed, so completeness is checked here.
    private var depth = 0
    private var sawRoot = false

    func run(_ data: Data, part: String) throws(XLSXError) {
        if data.range(of: Data("<!DOCTYPE".utf8)) != nil || data.range(of: Data("<!ENTITY".utf8)) != nil {
            throw .damaged(part: part, reason: "có khai báo DOCTYPE/ENTITY không được phép")
        }
        let parser = XMLParser(data: data)
        parser.shouldProcessNamespaces = false
        parser.shouldResolveExternalEntities = false
        parser.delegate = self
        let ok = parser.parse()
        if let failure { throw .damaged(part: part, reason: failure) }
        if !ok {
            throw .damaged(part: part, reason: "XML không đọc được (dòng \(parser.lineNumber))")
        }
        guard sawRoot, depth == 0 else { throw .damaged(part: part, reason: "XML không đầy đủ") }
    }

    // Overridden by the part parsers. The delegate methods below must live in this class: on Linux
    // XMLParserDelegate's methods have default implementations in a protocol extension, so a subclass's
    // own `parser(_:didStartElement:…)` would never be called.

    /// An element starts; `name` is its local name.
    func start(_ name: Substring, attributes: [String: String], parser: XMLParser) {}
    func end(_ name: Substring, parser: XMLParser) {}
    func text(_ string: String) {}

    final func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                      qualifiedName: String?, attributes: [String: String] = [:]) {
        depth += 1
        sawRoot = true
        start(Self.local(elementName), attributes: attributes, parser: parser)
    }

    final func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
        depth -= 1
        end(Self.local(elementName), parser: parser)
    }

    final func parser(_ parser: XMLParser, foundCharacters string: String) { text(string) }

    final func parser(_ parser: XMLParser, foundCDATA block: Data) { text(String(decoding: block, as: UTF8.self)) }

    func fail(_ parser: XMLParser, _ reason: String) {
        if failure == nil { failure = reason }
        parser.abortParsing()
    }

    /// "x:row" → "row".
    static func local(_ name: String) -> Substring {
        guard let colon = name.lastIndex(of: ":") else { return Substring(name) }
        return name[name.index(after: colon)...]
    }

    /// The attribute whose local name is `name`, whatever its prefix ("r:id", "ns2:id").
    static func attribute(_ name: String, in attributes: [String: String]) -> String? {
        if let value = attributes[name] { return value }
        return attributes.first { local($0.key) == name }?.value
    }
}
