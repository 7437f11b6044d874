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

/// The order of the producers and the products lists: by the folded name (a Vietnamese list's A–Z),
/// by commune, or the newest first.
enum ListSort: String, CaseIterable, Sendable {
    case name = "ten"
    case commune = "xa"
    case newest = "moi"

    var title: String {
        switch self {
        case .name: "Theo tên (A–Z)"
        case .commune: "Theo xã/phường"
        case .newest: "Mới thêm trước"
        }
    }
}
