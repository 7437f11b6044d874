import Fluent
import Foundation
import OCOPCore

/// Phiên họp: one meeting of a council for an evaluation round, with its agenda of dossiers and the
/// day the materials were sent to the members (the working-day rule is checked against it).
final class MeetingRecord: Model, @unchecked Sendable {
    static let schema = "meetings"

    @ID(key: .id) var id: UUID?
    @Parent(key: "council_id") var council: CouncilRecord
    @Parent(key: "evaluation_round_id") var evaluationRound: EvaluationRoundRecord
    /// `MeetingRound` raw value.
    @Field(key: "round") var meetingRound: MeetingRound
    /// `CalendarDay.iso`.
    @Field(key: "day") var day: String
    /// "08:00".
    @Field(key: "time") var time: String
    @Field(key: "place") var place: String
    @OptionalField(key: "materials_sent_on") var materialsSentOn: String?
    @OptionalField(key: "materials_sent_by") var materialsSentBy: String?
    @Field(key: "created_by") var createdBy: String
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    /// At a meeting or by written opinions (M022); by written opinions `day` is the day set for the opinions.
    @Field(key: "procedure") var procedure: CouncilProcedure
    @Children(for: \.$meeting) var items: [MeetingItemRecord]

    init() {}

    var meetingDay: CalendarDay? { CalendarDay(iso: day) }
    var materialsSentDay: CalendarDay? { materialsSentOn.flatMap(CalendarDay.init(iso:)) }

    /// "Phiên họp ngày …", or "Lấy ý kiến bằng văn bản, hạn …": how pages, notices and the log name it.
    var title: String {
        let day = meetingDay?.vietnamese ?? self.day
        return procedure == .writtenOpinions ? "Lấy ý kiến bằng văn bản, hạn \(day)" : "Phiên họp ngày \(day)"
    }
}

/// One dossier on a meeting's agenda, in order.
final class MeetingItemRecord: Model, @unchecked Sendable {
    static let schema = "meeting_items"

    @ID(key: .id) var id: UUID?
    @Parent(key: "meeting_id") var meeting: MeetingRecord
    @Parent(key: "dossier_id") var dossier: DossierRecord
    @Field(key: "position") var position: Int

    init() {}
}

/// Ngày nghỉ, ngày làm bù: a day the government moves each year, keyed in by an administrator.
final class CalendarAdjustmentRecord: Model, @unchecked Sendable {
    static let schema = "calendar_adjustments"

    @ID(key: .id) var id: UUID?
    @Field(key: "day") var day: String
    /// `CalendarAdjustment.Kind` raw value.
    @Field(key: "kind") var kind: String
    @Field(key: "note") var note: String
    @Field(key: "created_by") var createdBy: String
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}
}
