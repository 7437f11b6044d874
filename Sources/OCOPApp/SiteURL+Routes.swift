import RoutingKit

/// Routes registered from `SiteURL`: a controller names the page with `:parameter` placeholders,
/// e.g. `routes.get(SiteURL.meeting(id: ":meeting").route, use: show)`, so the route table and
/// every link come from the same case and cannot drift apart (issue 10).
extension SiteURL {
    /// The path's segments as route components (`:name` becomes a parameter), without the query.
    var route: [PathComponent] {
        let path = path.split(separator: "?", maxSplits: 1).first.map(String.init) ?? ""
        return path.split(separator: "/").map { PathComponent(stringLiteral: String($0)) }
    }
}

/// The pages and actions of a meeting under /phien-hop/<id>/….
package enum MeetingPage: String, Sendable, CaseIterable {
    case sendMaterials = "gui-tai-lieu"
    case board = "bang-diem"
    case results = "ket-qua"
    case minutes = "bien-ban"
    case decide = "quyet-dinh"
    case requestTest = "kiem-nghiem"
}
