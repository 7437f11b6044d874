import Fluent
import Foundation
import OCOPCore

/// Kiểm nghiệm bổ sung between the rounds: the requests on a meeting's dossiers, from any meeting of
/// the council, so that round 2 sees what round 1 asked and what came back.
enum SupplementaryTests {
    struct Line {
        let id: String
        let product: String
        let requested: String
        let laboratory: String
        let requestedBy: String
        /// "Chưa có kết quả", or the result's remark.
        let status: String
        /// The result document: (download path, file name).
        let result: (url: String, name: String)?
    }

    static func lines(for dossiers: [DossierRecord], on db: Database) async throws -> [Line] {
        guard !dossiers.isEmpty else { return [] }
        let names = Dictionary(uniqueKeysWithValues: dossiers.map { ($0.id!, $0.$product.value?.name ?? "") })
        return try await SupplementaryTestRecord.query(on: db).filter(\.$dossier.$id ~~ dossiers.map { $0.id! }).with(\.$resultFile)
            .sort(\.$createdAt).all().map { test in
                Line(id: test.id!.uuidString, product: names[test.$dossier.id] ?? "", requested: test.requested, laboratory: test.laboratory,
                     requestedBy: test.requestedBy,
                     status: test.resultedAt == nil ? "Chưa có kết quả" : "Đã có kết quả" + (test.resultNote.map { ": \($0)" } ?? ""),
                     result: test.resultFile.map { (SiteURL.testFile(id: test.id!.uuidString).path, $0.fileName) })
            }
    }
}
