import Fluent
import Foundation
import OCOPCore
import SQLKit

/// Cập nhật khi đánh giá lại (QĐ 26/2026 Điều 6.1.c): the producer's answers on the nine topics,
/// stored on the dossier (M027), and the papers with a term that a re-evaluation must bring in force.
/// Submission asks `problems`; the dossier page shows `panel`.
enum ReEvaluationUpdatesService {
    /// Why a re-evaluation may not be submitted yet: each unanswered topic, then each paper with a term
    /// that the last dossier held or this one holds and that is missing or expired.
    static func problems(_ dossier: DossierRecord, on db: Database) async throws -> [String] {
        guard dossier.dossierKind == .reRecognition else { return [] }
        return try dossier.updates.problems + (try await termPaperProblems(dossier, on: db))
    }

    static func termPaperProblems(_ dossier: DossierRecord, on db: Database) async throws -> [String] {
        let catalogue = DossierCatalogue.catalogue
        var current: [Int: CalendarDay?] = [:]
        for document in try await DossierService.current(dossier, on: db) where catalogue[document.typeCode]?.hasTerm == true {
            // The newest file of the type decides (`current` is oldest first).
            current[document.typeCode] = .some(document.validUntilDay)
        }
        var previous = Set<Int>()
        if let id = dossier.previousDossierID, let earlier = try await DossierRecord.find(id, on: db) {
            previous = Set(try await DossierService.current(earlier, on: db).map(\.typeCode))
        }
        return TermPapers.problems(current: current, previous: previous, catalogue: catalogue, on: .inVietnam(Date()))
    }

    /// The panel of a re-evaluation (the form or the answers) or an upgrade (the comparison link); nil otherwise.
    static func panel(_ found: FoundDossier, user: CurrentUser, on db: Database) async throws -> DossierUpdatesPanel? {
        let dossier = found.dossier
        switch dossier.dossierKind {
        case .new:
            return nil
        case .upgrade:
            return DossierUpdatesPanel(dossierID: dossier.id!.uuidString, kind: .upgrade, updates: ReEvaluationUpdates(), mayEdit: false,
                                       termPapers: [], hasPrevious: dossier.previousDossierID != nil)
        case .reRecognition:
            let mayEdit = dossier.dossierState.producerMayEdit && AccessPolicy().decide(
                user.grants, .prepareDossier(producerID: found.producer.id!.uuidString, location: dossier.location)).isAllowed
            return DossierUpdatesPanel(dossierID: dossier.id!.uuidString, kind: .reRecognition, updates: try dossier.updates, mayEdit: mayEdit,
                                       termPapers: try await termPaperProblems(dossier, on: db), hasPrevious: dossier.previousDossierID != nil)
        }
    }

    enum SaveOutcome: Equatable {
        case saved(unanswered: [ReEvaluationTopic], errors: [String])
        case refused(String)
    }

    /// Saves the answers while the dossier is with the producer. The update is conditional on the
    /// state inside the statement, so a submission at the same moment cannot be followed by a change;
    /// saving the same form twice writes the same value (a second click changes nothing).
    static func save(_ fields: [String: String], dossier: DossierRecord, producer: ProducerRecord, actor: CurrentUser,
                     on db: Database) async throws -> SaveOutcome {
        guard dossier.dossierKind == .reRecognition else {
            return .refused("Chỉ hồ sơ đánh giá lại mới cập nhật nội dung theo Điều 6.1.c.")
        }
        guard dossier.dossierState.producerMayEdit else {
            return .refused("Hồ sơ đang ở trạng thái «\(dossier.dossierState.title)», không sửa được nội dung cập nhật.")
        }
        let (updates, errors) = ReEvaluationUpdates.parse(fields)
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let json = String(decoding: try encoder.encode(updates), as: UTF8.self)
        struct NoLongerEditable: Error {}
        do {
            try await db.transaction { tx in
                // As `DossierService.file`: raising the version locks the row, then the state is read
                // inside the transaction, so a submission at the same moment cannot slip between.
                try await (tx as! any SQLDatabase).update(DossierRecord.schema).set("version", to: SQLRaw("version + 1"))
                    .set("re_evaluation_updates", to: json).where("id", .equal, dossier.id!).run()
                guard let current = try await DossierRecord.find(dossier.id!, on: tx), current.dossierState.producerMayEdit else {
                    throw NoLongerEditable()
                }
                try await AuditLog.record(on: tx, actor: actor, action: "dossier.re-evaluation-updates", recordType: "dossier",
                                          recordID: dossier.id!.uuidString, location: producer.location,
                                          after: Dictionary(uniqueKeysWithValues: updates.answers.map {
                                              ($0.key.rawValue, $0.value.unchanged ? "Không thay đổi" : $0.value.description)
                                          }))
            }
        } catch is NoLongerEditable {
            return .refused("Hồ sơ vừa chuyển sang trạng thái khác, không sửa được nội dung cập nhật. Vui lòng tải lại trang.")
        }
        return .saved(unanswered: updates.unanswered, errors: errors)
    }
}
