import OCOPCore

/// Huy hiệu OCOP (issue 13): a small SVG a shop embeds in its web page, drawn from the certificate's
/// state at each request, so a revoked or expired product stops showing the mark by itself.
enum MarkBadge {
    /// "OCOP ★★★★ · Còn hiệu lực" on green, or the reason on grey. `star` nil: the number is unknown.
    static func svg(number: String, star: Star?, status: CertificateStatus?, mayUseMark: Bool) -> String {
        let stars = star.map { String(repeating: "★", count: $0.rawValue) } ?? ""
        let state = status.map { mayUseMark ? "Còn hiệu lực" : $0.title.prefix(1).uppercased() + $0.title.dropFirst() }
            ?? "Không tìm thấy giấy chứng nhận"
        let label = mayUseMark ? "Sản phẩm OCOP \(stars) – giấy chứng nhận \(number) còn hiệu lực"
            : "Giấy chứng nhận OCOP \(number): \(state.lowercased())"
        let fill = mayUseMark ? "#1f6f43" : "#5b6570"
        return """
        <svg xmlns="http://www.w3.org/2000/svg" width="260" height="44" viewBox="0 0 260 44" role="img" aria-label="\(escaped(label))">\
        <title>\(escaped(label))</title>\
        <rect width="260" height="44" rx="6" fill="\(fill)"/>\
        <text x="12" y="19" font-family="Arial, sans-serif" font-size="14" font-weight="700" fill="#fff">OCOP \(stars)</text>\
        <text x="12" y="36" font-family="Arial, sans-serif" font-size="11" fill="#fff">\(escaped(state)) · \(escaped(number))</text>\
        </svg>
        """
    }

    /// XML text and attribute escaping.
    static func escaped(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }
}
