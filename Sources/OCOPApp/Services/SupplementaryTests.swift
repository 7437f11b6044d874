import Fluent
import Foundation
import OCOPCore
import Vapor

/// Kiểm nghiệm bổ sung between the rounds: the requests on a meeting's dossiers, from any meeting of
/// the council, so that round 2 sees what round 1 asked and what came back. A request is a meeting
/// step (`CouncilSteps`); filing its result is a recorded change (`RecordedChange`): the file's row,
/// the result and its audit entry land together.
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

    /// Records what the council asks to be tested on a dossier of the meeting (the form checked that
    /// it is on the agenda), or the meeting workflow's refusal.
    static func request(_ requested: String, laboratory: String, on dossierID: UUID, at meetingID: UUID, council: CouncilRecord,
                        actor: CurrentUser, on db: Database) async throws -> Result<Void, Refusal> {
        let test = SupplementaryTestRecord()
        test.$meeting.id = meetingID
        test.$dossier.id = dossierID
        test.requested = requested
        test.laboratory = laboratory
        test.requestedBy = actor.label
        let audit = CouncilSteps.Audit(action: "test.request", recordType: "dossier", recordID: dossierID.uuidString,
                                       location: council.location, after: ["requested": requested, "laboratory": laboratory])
        return try await CouncilSteps.run(.requestTest, meetingID: meetingID, actor: actor, on: db) { tx, _ in
            try await test.create(on: tx)
            return CouncilSteps.Done(value: (), audit: audit)
        }
    }

    /// Files the result document of `test` with the secretary's remark (empty: none), or the upload's refusal.
    static func fileResult(_ data: Data, fileName: String, note: String, for test: SupplementaryTestRecord, council: CouncilRecord,
                           actor: CurrentUser, store app: Application, on db: Database) async throws -> Result<StoredFile, Refusal> {
        let stored: StoredFile
        switch try await FileStore.accept(data, fileName: fileName, policy: UploadPolicy(maxBytes: app.settings.uploadMaxBytes),
                                          uploadedBy: actor.label, on: app) {
        case .failure(let refusal): return .failure(refusal)
        case .success(let file): stored = file
        }
        let audit = RecordedChange.Audit(action: "test.result", recordType: "dossier", recordID: test.$dossier.id.uuidString,
                                         location: council.location, after: ["file": stored.fileName, "sha256": stored.sha256])
        return try await RecordedChange.commit(actor: actor, on: db) { tx in
            try await stored.create(on: tx)
            test.$resultFile.id = stored.id
            test.resultNote = note.isEmpty ? nil : note
            test.resultedBy = actor.label
            test.resultedAt = Date()
            try await test.save(on: tx)
            return RecordedChange.Done(value: stored, audit: audit)
        }
    }
}
