import Foundation

/// Files shipped inside the app bundle (see `Resources/reference/PROVENANCE.md`).
enum ResourceFiles {
    static var root: URL {
        Bundle.module.url(forResource: "Resources", withExtension: nil) ?? Bundle.module.bundleURL.appendingPathComponent("Resources")
    }
    static var publicDirectory: String { root.appendingPathComponent("Public").path + "/" }

    static func reference(_ name: String) throws -> String {
        try String(contentsOf: root.appendingPathComponent("reference").appendingPathComponent(name), encoding: .utf8)
    }
}
