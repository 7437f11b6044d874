import Foundation

/// A list's filter as a query string, for its pager, its export links and a link an officer sends:
/// empty values left out, every value percent-encoded but the unreserved characters (RFC 3986), so
/// `&` and `+` in a typed search stay in it.
enum ListQuery {
    static func string(_ pairs: [(String, String)]) -> String {
        pairs.filter { !$0.1.isEmpty }
            .map { "\($0.0)=\($0.1.addingPercentEncoding(withAllowedCharacters: valueCharacters) ?? "")" }
            .joined(separator: "&")
    }

    private static let valueCharacters = CharacterSet(charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")
}
