import Fluent
import Vapor
import OCOPCore

/// A dossier with the records every dossier page shows.
struct FoundDossier {
    let dossier: DossierRecord
    let product: ProductRecord
    let producer: ProducerRecord
    let round: RegistrationRoundRecord
}

extension Request {
    /// The dossier `given`, or named by the `:id` path parameter, if the signed-in person may read it (its
    /// producer's representative, an officer whose unit contains its commune, or a council member
    /// once the meeting's materials were sent, unless in conflict); 404 or 403 otherwise.
    func readableDossier(_ given: UUID? = nil) async throws -> FoundDossier {
        guard let id = given ?? parameters.get("id", as: UUID.self),
              let dossier = try await DossierRecord.query(on: db).filter(\.$id == id)
                .with(\.$product).with(\.$producer).with(\.$round).first() else {
            throw Abort(.notFound, reason: "Không tìm thấy hồ sơ.")
        }
        let decision = AccessPolicy().decide(try currentUser.grants, .readDossier(producerID: dossier.producer.id!.uuidString,
                                                                                   location: dossier.location))
        if case .denied(let reason) = decision, !(try await Councils.memberMayRead(try currentUser, dossier: dossier, on: db)) {
            throw Abort(.forbidden, reason: reason)
        }
        return FoundDossier(dossier: dossier, product: dossier.product, producer: dossier.producer, round: dossier.round)
    }

    /// Opens a step's form only for someone who may take it now; otherwise 403 with the reason, or,
    /// when only the state is wrong (the step was already taken), back to the dossier with a message.
    func requireStep(_ kind: DossierActionKind, on found: FoundDossier) throws -> Response? {
        let dossier = found.dossier
        guard let refusal = DossierWorkflow.refusal(kind, in: dossier.dossierState, by: try currentUser.grants, on: dossier.scope) else {
            return nil
        }
        guard refusal.reason == .state else { throw Abort(.forbidden, reason: refusal.message) }
        flash(refusal.message)
        return redirect(to: SiteURL.dossier(id: dossier.id!.uuidString).path)
    }
}

/// A dossier picked in a work queue, with the version the queue showed: "uuid@version". The step
/// is refused with the conflict message if someone changed the dossier since.
struct DossierPick: Hashable {
    let id: UUID
    let version: Int

    init?(_ text: String) {
        let parts = text.split(separator: "@")
        guard parts.count == 2, let id = UUID(uuidString: String(parts[0])), let version = Int(parts[1]) else { return nil }
        self.id = id
        self.version = version
    }

    init(_ dossier: DossierRecord) {
        id = dossier.id!
        version = dossier.version
    }

    var value: String { "\(id.uuidString)@\(version)" }
}

extension Request {
    /// The picked dossiers the person may read, in the order picked; unknown or unreadable ones are
    /// left out (a queue only offers what the person may see).
    func pickedDossiers(_ values: [String]) async throws -> [(FoundDossier, DossierPick)] {
        let picks = values.compactMap(DossierPick.init)
        guard !picks.isEmpty else { return [] }
        let records = try await DossierRecord.query(on: db).filter(\.$id ~~ picks.map(\.id))
            .with(\.$product).with(\.$producer).with(\.$round).all()
        let grants = try currentUser.grants
        return picks.compactMap { pick in
            guard let dossier = records.first(where: { $0.id == pick.id }),
                  AccessPolicy().decide(grants, .readDossier(producerID: dossier.producer.id!.uuidString, location: dossier.location)).isAllowed
            else { return nil }
            return (FoundDossier(dossier: dossier, product: dossier.product, producer: dossier.producer, round: dossier.round), pick)
        }
    }
}

/// A step's form that comes back with the refusal: its messages, and whether someone saved in between.
protocol StepFormModel {
    var dossierID: String { get }
    var errors: [String] { get set }
    var isConflict: Bool { get set }
}

extension Request {
    /// After a step: back to the dossier with `done` as the message, or the form again with the
    /// refusal (409 for a conflict, 422 otherwise) and everything that was typed.
    func finishStep<Model: StepFormModel>(_ outcome: Result<DossierTransition, Refusal>, _ model: Model, done: String,
                                          render: (Model, HTTPStatus) -> Response) -> Response {
        switch outcome {
        case .success:
            flash(done)
            return redirect(to: SiteURL.dossier(id: model.dossierID).path)
        case .failure(let refused):
            var model = model
            model.errors = refused.messages
            model.isConflict = refused.isConflict
            return render(model, refused.isConflict ? .conflict : .unprocessableEntity)
        }
    }
}
