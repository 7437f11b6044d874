/// Từ chối: why a step, a save or an upload was refused, in Vietnamese for the person who clicked.
/// The one refusal type of the system (issue 10 found five: dossier steps, dossier problems, step
/// errors, uploads and version conflicts), so that a controller shows every refusal the same way
/// and a caller can tell a conflict (reload the page) from a rule (change what you typed).
public struct Refusal: Error, Sendable, Equatable, Hashable, CustomStringConvertible {
    public enum Reason: String, Sendable, Codable, Hashable {
        /// The person's role may not take this step.
        case role
        /// The record is outside the person's commune, province, producer or council.
        case scope
        /// The step does not apply in the record's state.
        case state
        /// The content fails its rule (missing documents, deadline, incomplete sheet, a date…).
        case content
        /// Somebody saved the record after the form was opened: reload, then redo.
        case conflict
        /// An uploaded file failed its check (`file` says which).
        case file
    }

    public var reason: Reason
    /// One or more sentences; a batch step lists one per record.
    public var messages: [String]
    /// For `.file`: which check refused the upload.
    public var file: FileProblem?

    public init(_ reason: Reason, _ message: String) {
        self.init(reason, [message])
    }

    public init(_ reason: Reason, _ messages: [String]) {
        self.reason = reason
        self.messages = messages
        self.file = nil
    }

    /// An upload refused by its check.
    public init(file problem: FileProblem, _ message: String) {
        self.init(.file, [message])
        file = problem
    }

    public var message: String { messages.joined(separator: " ") }
    public var isConflict: Bool { reason == .conflict }
    public var description: String { message }

    /// The same refusal with every message prefixed, e.g. with the product's name in a batch.
    public func prefixed(_ prefix: String) -> Refusal {
        var copy = self
        copy.messages = messages.map { prefix + $0 }
        return copy
    }
}

/// Which check an uploaded file failed.
public enum FileProblem: String, Sendable, Codable, Hashable {
    case empty, tooLarge, executable, script, legacyOffice, macro, archive, damagedArchive, unsupported, notAllowed
}
