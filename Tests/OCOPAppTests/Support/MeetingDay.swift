import Fluent
import Foundation
import Vapor
@testable import OCOPApp
@testable import OCOPCore

/// Time passes in a test: the day of the meeting at `meetingPath` arrives. Its day becomes today and
/// the day its materials were sent moves back by as much, so the working-day rule still holds and
/// members may submit their sheets (sheets are submitted from the meeting's day, issue 10).
func meetingDayArrives(_ app: Application, meetingPath: String) async throws {
    guard let id = UUID(uuidString: String(meetingPath.split(separator: "/").last ?? "")),
          let meeting = try await MeetingRecord.find(id, on: app.db), let day = meeting.meetingDay else {
        throw Abort(.notFound, reason: "no meeting at \(meetingPath)")
    }
    let today = CalendarDay.inVietnam(Date())
    let shift = day.days(to: today)
    meeting.day = today.iso
    meeting.materialsSentOn = meeting.materialsSentDay.map { $0.adding(days: shift).iso }
    try await meeting.save(on: app.db)
}
