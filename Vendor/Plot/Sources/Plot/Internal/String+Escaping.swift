/**
*  Plot
*  Copyright (c) John Sundell 2019
*  MIT license, see LICENSE file for details
*
*  OCOP patch (see Vendor/README.md): upstream Plot 0.14.0 left attribute values unescaped and
*  kept anything that looked like an entity in text ("&lt;" stayed "&lt;"). Both are escaped here,
*  strictly and in one place, so a value typed by a person is shown exactly as typed and can never
*  close an attribute or open an element.
*/

internal extension String {
    /// Text content: `&`, `<`, `>` become entities; NUL (which HTML parsers replace anyway)
    /// becomes U+FFFD so it cannot cut the text.
    func escaped() -> String {
        escapedForHTML(quotes: false)
    }

    /// An attribute value, always written between double quotes: quotes are escaped too.
    func escapedAttributeValue() -> String {
        escapedForHTML(quotes: true)
    }

    private func escapedForHTML(quotes: Bool) -> String {
        var result = ""
        result.reserveCapacity(utf8.count)
        for scalar in unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"" where quotes: result += "&quot;"
            case "'" where quotes: result += "&#39;"
            case "\u{0}": result += "\u{FFFD}"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
