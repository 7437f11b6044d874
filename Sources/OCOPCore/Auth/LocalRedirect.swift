import Foundation

/// Where a person may be sent after signing in (`?tiep=`): only a path of this site, never another
/// host. Browsers are lenient ("/\t/evil.example" and "/\\evil.example" lead elsewhere), so the
/// rule is strict: printable ASCII only, one leading slash, and a first segment that is one of the
/// site's own routes.
public enum LocalRedirect {
    /// `raw` if it is safe to redirect to, else nil. `routeSegments`: the first path segments of
    /// the site's GET routes ("san-pham", "ho-so" …).
    public static func target(_ raw: String?, routeSegments: Set<String>) -> String? {
        guard let raw, raw.utf8.count <= 2048, raw.hasPrefix("/"), !raw.hasPrefix("//") else { return nil }
        guard raw.unicodeScalars.allSatisfy({ (0x21...0x7E).contains($0.value) && $0 != "\\" }) else { return nil }
        guard let decoded = raw.removingPercentEncoding,
              !decoded.hasPrefix("//"), !decoded.contains("\\"),
              !decoded.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) else { return nil }
        guard let components = URLComponents(string: raw), components.scheme == nil, components.host == nil else { return nil }
        let path = components.percentEncodedPath
        if path == "/" { return raw }
        guard let first = path.split(separator: "/", omittingEmptySubsequences: false).dropFirst().first,
              routeSegments.contains(String(first)) else { return nil }
        return raw
    }
}
