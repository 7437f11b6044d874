import Foundation
import Testing
@testable import OCOPCore

@Suite("Văn bản tiếng Việt: tìm không dấu, định dạng, CSV")
struct TextTests {
    @Test("Gấp dấu và chữ hoa", arguments: [
        ("Xã Việt Khê", "xa viet khe"), ("Mật ong An Sơn", "mat ong an son"), ("ĐẶC KHU  Côn Đảo", "dac khu con dao"),
        ("Rượu nếp men lá Kỳ Sơn", "ruou nep men la ky son"),
    ])
    func folding(input: String, expected: String) {
        #expect(SearchFolding.fold(input) == expected)
    }

    @Test("Tìm theo từ, không theo thứ tự")
    func matching() {
        let folded = SearchFolding.fold("Mật ong An Sơn")
        #expect(SearchFolding.matches(query: "mat ong an son", in: folded))
        #expect(SearchFolding.matches(query: "SON mật", in: folded))
        #expect(!SearchFolding.matches(query: "na bo", in: folded))
    }

    @Test("Số có dấu chấm ngăn cách hàng nghìn, ngày dd/MM/yyyy giờ Việt Nam")
    func formats() {
        #expect(VietnameseFormat.integer(3321) == "3.321")
        #expect(VietnameseFormat.integer(18000000) == "18.000.000")
        #expect(VietnameseFormat.integer(-45) == "-45")
        #expect(VietnameseFormat.integer(0) == "0")
        // 17:30 UTC on 30/06/2026 is already 01/07/2026 in Hà Nội.
        let date = Date(timeIntervalSince1970: 1_782_840_600)
        #expect(VietnameseFormat.date(date) == "01/07/2026")
        #expect(VietnameseFormat.dateTime(date) == "00:30 01/07/2026")
    }

    @Test("CSV: ngoặc kép, dấu phẩy và xuống dòng trong ô, BOM")
    func csv() {
        let table = CSVReader.parse("\u{FEFF}code,name,note\r\n01,\"Hà Nội\",\"a, \"\"b\"\"\nc\"\n02,Huế,\n")
        #expect(table.header == ["code", "name", "note"])
        #expect(table.rows.count == 2)
        #expect(table.rows[0] == ["01", "Hà Nội", "a, \"b\"\nc"])
        #expect(table.records[1]["name"] == "Huế")
        #expect(table.records[1]["note"] == "")
    }

    @Test("Quy tắc mật khẩu")
    func passwords() {
        #expect(PasswordRules.problem(password: "ngan", username: "a") != nil)
        #expect(PasswordRules.problem(password: "vietkhe123", username: "VIETKHE123") != nil)
        #expect(PasswordRules.problem(password: "1234567890", username: "a") != nil)
        #expect(PasswordRules.problem(password: "mat-khau-tot-2026", username: "vietkhe") == nil)
    }
}

@Suite("Chống dò mật khẩu")
struct LoginThrottleTests {
    let throttle = LoginThrottle(maxFailures: 3, lockDuration: 600, delayPerFailure: 0.5, maxDelay: 1)
    let now = Date(timeIntervalSince1970: 1_800_000_000)

    @Test("Chậm dần rồi khóa, hết khóa thì thử lại được")
    func slowsThenLocks() {
        #expect(throttle.verdict(failures: 0, lockedUntil: nil, now: now) == .attempt(delay: 0))
        #expect(throttle.verdict(failures: 1, lockedUntil: nil, now: now) == .attempt(delay: 0.5))
        #expect(throttle.verdict(failures: 2, lockedUntil: nil, now: now) == .attempt(delay: 1))
        #expect(throttle.verdict(failures: 9, lockedUntil: nil, now: now) == .attempt(delay: 1))
        let first = throttle.recordFailure(failures: 0, now: now)
        #expect(first.failures == 1 && first.lockedUntil == nil)
        let third = throttle.recordFailure(failures: 2, now: now)
        #expect(third.failures == 0)
        #expect(third.lockedUntil == now.addingTimeInterval(600))
        #expect(throttle.verdict(failures: 0, lockedUntil: third.lockedUntil, now: now.addingTimeInterval(599)) == .locked(until: third.lockedUntil!))
        #expect(throttle.verdict(failures: 0, lockedUntil: third.lockedUntil, now: now.addingTimeInterval(601)) == .attempt(delay: 0))
    }
}
