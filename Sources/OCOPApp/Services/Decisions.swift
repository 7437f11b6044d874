import Fluent
import Foundation
import OCOPCore

/// Quyết định công nhận: issued once per meeting from its results. Every dossier of the agenda must
/// have a conclusive result (quorum met, spread within the limit), or nothing is issued and the
/// reasons are listed (by written opinions, also the reasons to meet instead). Recognised products get a certificate, numbered per province and year, and a
/// recognition in their history; the others a result letter. One council step (`CouncilSteps`).
enum Decisions {
    struct Input {
        var number: String
        var signedOn: CalendarDay
        var signer: String
        var signerPosition: DecisionSignerPosition = .deputy
        /// "Theo đề nghị của …"; empty: the default (`DecisionWording.defaultProposer`).
        var proposer: String = ""
    }

    /// Issues the decision and its certificates as one council step: refused before the meeting's
    /// day, dated before the meeting or its last sheet, or while a result is not conclusive. The
    /// results are read after the meeting is locked, so no sheet can change them in between.
    static func issue(_ input: Input, meeting: MeetingRecord, council: CouncilRecord, actor: CurrentUser,
                      on db: Database) async throws -> Result<DecisionRecord, Refusal> {
        if let existing = try await DecisionRecord.query(on: db).filter(\.$meeting.$id == meeting.id!).first() { return .success(existing) }
        let meetingID = meeting.id!
        return try await CouncilSteps.run(.decide(signedOn: input.signedOn), meetingID: meetingID, actor: actor, on: db) { tx, _ in
            let result = try await ScoringBoard.result(meeting: meeting, council: council, on: tx)
            let rows = result.rows
            // By written opinions a spread or a member's request means a meeting, not a decision.
            let problems = try await WrittenOpinionRound.decisionProblems(result, meeting: meeting, on: tx)
            guard problems.isEmpty else { throw Refusal(.content, problems) }
            let decision = DecisionRecord()
            decision.id = UUID()
            decision.$meeting.id = meetingID
            decision.provinceCode = council.provinceCode
            decision.number = input.number
            decision.signedOn = input.signedOn.iso
            decision.signer = input.signer
            decision.signerPositionValue = input.signerPosition.rawValue
            decision.proposer = input.proposer.isEmpty ? DecisionWording.defaultProposer(national: council.provinceCode == nil) : input.proposer
            decision.createdBy = actor.label
            try await decision.create(on: tx)
            let notices = try await certify(rows, decision: decision, input: input, council: council, on: tx)
            let recognised = rows.filter { $0.verdict?.isRecognised == true }.count
            return CouncilSteps.Done(value: decision,
                                     audit: .init(action: "decision.issue", recordType: "decision", recordID: decision.id!.uuidString, location: council.location,
                                                  after: ["number": input.number, "signedOn": input.signedOn.iso, "recognised": String(recognised),
                                                          "dossiers": String(rows.count)]),
                                     notices: notices)
        }
    }

    /// Why the decision could not be issued now, read without writing: what `issue` would refuse,
    /// so that a draft is previewed only when it can be issued as shown. Empty when it may.
    static func problems(meeting: MeetingRecord, council: CouncilRecord, signedOn: CalendarDay, on db: Database,
                         today: CalendarDay = .inVietnam(Date())) async throws -> [String]? {
        let facts = try await CouncilSteps.facts(of: meeting.id!, on: db)
        if let refusal = MeetingWorkflow.refusal(.decide(signedOn: signedOn), facts, today: today) { return refusal.messages }
        let result = try await ScoringBoard.result(meeting: meeting, council: council, on: db)
        return try await WrittenOpinionRound.decisionProblems(result, meeting: meeting, on: db)
    }

    /// Cấp giấy chứng nhận: a certificate (numbered per province and year) and a recognition for each
    /// recognised product; for every dossier the message its producer and commune receive.
    private static func certify(_ rows: [MeetingResult.Row], decision: DecisionRecord, input: Input, council: CouncilRecord,
                                on tx: Database) async throws -> [CouncilSteps.Notice] {
        let prefix = Certificate.prefix(provinceCode: council.provinceCode, year: input.signedOn.year)
        var sequence = try await CertificateRecord.query(on: tx).filter(\.$number >= prefix).filter(\.$number < prefix + "~").count()
        var notices: [CouncilSteps.Notice] = []
        for row in rows {
            guard let verdict = row.verdict, let dossierID = UUID(uuidString: row.dossierID),
                  let dossier = try await DossierRecord.find(dossierID, on: tx) else { continue }
            let product = try await dossier.$product.get(on: tx)
            if let star = verdict.star, verdict.isRecognised {
                sequence += 1
                let certificate = CertificateRecord()
                certificate.$decision.id = decision.id!
                certificate.$dossier.id = dossierID
                certificate.$product.id = product.id!
                certificate.number = Certificate.number(provinceCode: council.provinceCode, year: input.signedOn.year, sequence: sequence)
                certificate.star = star.rawValue
                certificate.meanHundredths = verdict.outcome.mean?.hundredths ?? 0
                certificate.decisionDay = input.signedOn.iso
                certificate.verifyCode = verifyCode()
                try await certificate.create(on: tx)
                let issuer: RecognitionIssuer = council.councilLevel == .national ? .national : .province
                try await RecognitionRecord(productID: product.id!, ProductRecognition(star: star, decisionNumber: input.number,
                                                                                       decisionDay: input.signedOn, issuer: issuer)).create(on: tx)
            }
            let text = verdict.isRecognised
                ? "\(product.name): được công nhận \(verdict.star!) theo Quyết định số \(input.number) ngày \(input.signedOn.vietnamese)."
                : "\(product.name): có kết quả đánh giá, phân hạng. \(verdict.explanation)"
            notices.append(.init(text: text, link: SiteURL.dossier(id: row.dossierID).path, dossierID: dossierID,
                                 to: try await Notifications.recipients([.producer, .communeOfficers], of: dossier, on: tx)))
        }
        return notices
    }

    /// The meeting that decided this dossier (a decision was issued on its results), with its council.
    static func decidedMeeting(for dossierID: UUID, on db: Database) async throws -> MeetingRecord? {
        guard let item = try await MeetingItemRecord.query(on: db).filter(\.$dossier.$id == dossierID)
                .join(DecisionRecord.self, on: \MeetingItemRecord.$meeting.$id == \DecisionRecord.$meeting.$id).first() else { return nil }
        return try await MeetingRecord.query(on: db).filter(\.$id == item.$meeting.id).with(\.$council).first()
    }

    /// 12 hex digits from the system's secure generator: the secret half of a certificate's QR link.
    static func verifyCode() -> String {
        var generator = SystemRandomNumberGenerator()
        return (0..<6).map { _ in String(format: "%02X", UInt8.random(in: 0...255, using: &generator)) }.joined()
    }
}
