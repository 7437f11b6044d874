/// Gia hạn đăng ký: a later closing day granted to one producer in one round, e.g. a producer whose
/// business registration was still being amended on the deadline. Recorded with its reason and the
/// officer who granted it because a late dossier "is not compiled" unless someone answers for it.
public struct RegistrationExtension: Sendable, Codable, Equatable, Hashable {
    public var roundID: String
    public var producerID: String
    /// Hạn mới (inclusive); must be after the round's closing day.
    public var newClosingDay: CalendarDay
    /// Lý do gia hạn.
    public var reason: String
    /// Người cho phép: the officer's name and title as they should appear in the audit log.
    public var grantedBy: String
    public var grantedOn: CalendarDay

    public init(roundID: String, producerID: String, newClosingDay: CalendarDay, reason: String, grantedBy: String,
                grantedOn: CalendarDay) {
        self.roundID = roundID
        self.producerID = producerID
        self.newClosingDay = newClosingDay
        self.reason = reason
        self.grantedBy = grantedBy
        self.grantedOn = grantedOn
    }

    enum CodingKeys: String, CodingKey { case roundID, producerID, newClosingDay, reason, grantedBy, grantedOn }

    /// True when the extension belongs to the round and moves its closing day later.
    public func applies(to round: RegistrationRound) -> Bool {
        roundID == round.id && newClosingDay > round.closesOn
    }

    /// What keeps the extension from being granted, in Vietnamese.
    /// `producerCommune`: where the producer is; an extension is only for a producer the round covers.
    public func problems(in round: RegistrationRound, producerCommune: UnitLocation? = nil) -> [String] {
        var problems: [String] = []
        if roundID != round.id { problems.append("Gia hạn không thuộc đợt đăng ký \(DossierText.quoted(round.name)).") }
        if let producerCommune, !round.covers(producerCommune) {
            problems.append("Chủ thể không thuộc địa bàn của đợt đăng ký \(DossierText.quoted(round.name)), không gia hạn được.")
        }
        if newClosingDay <= round.closesOn {
            problems.append("Hạn mới phải sau hạn chót của đợt đăng ký (\(round.closesOn.vietnamese)).")
        }
        if DossierText.isBlank(reason) { problems.append("Phải ghi lý do gia hạn.") }
        if DossierText.isBlank(grantedBy) { problems.append("Phải ghi người cho phép gia hạn.") }
        return problems
    }
}
