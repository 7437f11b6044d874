import Foundation
import PropertyBased
import Testing
@testable import OCOPCore

@Suite("Phiên bản bản ghi")
struct OptimisticVersionTests {
    @Test("Người lưu sau nhận thông báo xung đột")
    func conflict() throws {
        let loaded = OptimisticVersion(3)
        #expect(try OptimisticVersion.check(loaded: loaded, current: OptimisticVersion(3)).get() == OptimisticVersion(4))
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let at = calendar.date(from: DateComponents(year: 2026, month: 7, day: 5, hour: 3, minute: 32))!
        let result = OptimisticVersion.check(loaded: loaded, current: OptimisticVersion(4),
                                             lastSave: .init(by: "Nguyễn Văn An", at: at))
        guard case .failure(let conflict) = result else {
            Issue.record("a stale save was accepted")
            return
        }
        #expect(conflict.message == "Hồ sơ đã được Nguyễn Văn An cập nhật lúc 10:32 05/07/2026, sau khi bạn mở biểu mẫu. "
            + "Thay đổi của bạn chưa được lưu: vui lòng tải lại trang để xem nội dung mới rồi nhập lại thay đổi.")
        #expect(OptimisticVersion.conflict(lastSave: nil).message
            .hasPrefix("Hồ sơ đã được người khác cập nhật, sau khi bạn mở biểu mẫu."))
        #expect(String(decoding: try JSONEncoder().encode(OptimisticVersion.initial), as: UTF8.self) == "1")
    }

    /// Of two officers who loaded the same version, exactly the first to save succeeds.
    @Test func onlyTheFirstOfTwoSavesPasses() async {
        await propertyCheck(count: 100, input: Gen.int(in: 1...1000)) { start in
            var stored = OptimisticVersion(start)
            let first = OptimisticVersion(start), second = OptimisticVersion(start)
            guard case .success(let saved) = OptimisticVersion.check(loaded: first, current: stored) else {
                Issue.record("first save refused")
                return
            }
            stored = saved
            #expect(stored > first)
            if case .success = OptimisticVersion.check(loaded: second, current: stored) { Issue.record("second save accepted") }
        }
    }
}
