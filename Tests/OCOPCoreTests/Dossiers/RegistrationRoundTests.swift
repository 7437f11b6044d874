import Foundation
import PropertyBased
import Testing
@testable import OCOPCore

@Suite("Đợt đăng ký")
struct RegistrationRoundTests {
    typealias F = DossierFixtures

    /// Seed 000: An Khánh receives new and re-evaluation registrations until 30/6/2026.
    static let anKhanh2026 = RegistrationRound(
        id: "AK-2026", name: "Đăng ký đánh giá, phân hạng sản phẩm OCOP năm 2026", year: 2026,
        kinds: [.reRecognition, .new, .new], opensOn: F.day("2026-06-01"), closesOn: F.day("2026-06-30"),
        coverage: [F.anKhanh])

    static let extensionToJuly10 = RegistrationExtension(
        roundID: "AK-2026", producerID: "p1", newClosingDay: F.day("2026-07-10"),
        reason: "Đang điều chỉnh giấy đăng ký kinh doanh", grantedBy: "Nguyễn Mạnh Cường, Trưởng phòng Kinh tế",
        grantedOn: F.day("2026-06-29"))

    let round = anKhanh2026

    @Test("Nhận hồ sơ từ ngày mở đến hết ngày 30/06/2026")
    func window() {
        #expect(round.kinds == [.new, .reRecognition])
        #expect(round.problems.isEmpty)
        #expect(round.admits(.new, on: F.day("2026-06-01"), commune: F.anKhanh).isAllowed)
        #expect(round.admits(.reRecognition, on: F.day("2026-06-30"), commune: F.anKhanh).isAllowed)
        #expect(round.admits(.new, on: F.day("2026-07-01"), commune: F.anKhanh)
            == .refused("Đợt đăng ký đã kết thúc ngày 30/06/2026; hồ sơ nộp muộn không được tổng hợp."))
        #expect(round.admits(.new, on: F.day("2026-05-31"), commune: F.anKhanh).refusal
            == "Đợt đăng ký «Đăng ký đánh giá, phân hạng sản phẩm OCOP năm 2026» bắt đầu nhận hồ sơ từ ngày 01/06/2026.")
        #expect(round.phase(on: F.day("2026-05-31")) == .upcoming)
        #expect(round.phase(on: F.day("2026-06-30")) == .open)
        #expect(round.phase(on: F.day("2026-07-01")).title == "Đã kết thúc")
    }

    @Test("Ngoài địa bàn hoặc sai loại hồ sơ thì bị từ chối")
    func coverageAndKind() {
        #expect(round.admits(.new, on: F.day("2026-06-15"), commune: F.vietKhe).refusal
            == "Đợt đăng ký «Đăng ký đánh giá, phân hạng sản phẩm OCOP năm 2026» không áp dụng cho xã/phường của chủ thể.")
        #expect(round.admits(.upgrade, on: F.day("2026-06-15"), commune: F.anKhanh).refusal
            == "Đợt đăng ký «Đăng ký đánh giá, phân hạng sản phẩm OCOP năm 2026» không nhận hồ sơ nâng hạng (chỉ nhận: đăng ký mới, đánh giá lại).")
        var provinceWide = round
        provinceWide.coverage = [.province("31")]
        #expect(provinceWide.admits(.new, on: F.day("2026-06-15"), commune: F.vietKhe).isAllowed)
        #expect(!provinceWide.admits(.new, on: F.day("2026-06-15"), commune: F.haNoiCommune).isAllowed)
    }

    @Test("Ngày tính theo giờ Việt Nam: 06:00 ngày 01/07 là muộn dù giờ UTC vẫn là 30/06")
    func vietnamDay() throws {
        let utc = TimeZone(identifier: "UTC")!
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = utc
        let lateInVietnam = calendar.date(from: DateComponents(year: 2026, month: 6, day: 30, hour: 23))!
        let lastMinute = calendar.date(from: DateComponents(year: 2026, month: 6, day: 30, hour: 16, minute: 59))!
        #expect(CalendarDay.inVietnam(lateInVietnam) == F.day("2026-07-01"))
        #expect(!round.admits(.new, at: lateInVietnam, commune: F.anKhanh).isAllowed)
        #expect(round.admits(.new, at: lastMinute, commune: F.anKhanh).isAllowed)
    }

    @Test("Gia hạn cho một chủ thể: có lý do, người cho phép, chỉ dời hạn chót")
    func extensions() {
        let grant = Self.extensionToJuly10
        #expect(grant.problems(in: round).isEmpty)
        #expect(round.admits(.new, on: F.day("2026-07-10"), commune: F.anKhanh, extension: grant).isAllowed)
        #expect(round.admits(.new, on: F.day("2026-07-11"), commune: F.anKhanh, extension: grant)
            == .refused("Thời hạn gia hạn cho chủ thể đã kết thúc ngày 10/07/2026; hồ sơ nộp muộn không được tổng hợp."))
        // An extension does not open the round early nor change its commune or kinds.
        #expect(!round.admits(.new, on: F.day("2026-05-20"), commune: F.anKhanh, extension: grant).isAllowed)
        #expect(!round.admits(.upgrade, on: F.day("2026-07-05"), commune: F.anKhanh, extension: grant).isAllowed)
        // An extension of another round, or one that moves nothing, does not count.
        var other = grant
        other.roundID = "VK-2026"
        #expect(round.lastDay(with: other) == F.day("2026-06-30"))
        #expect(!round.admits(.new, on: F.day("2026-07-05"), commune: F.anKhanh, extension: other).isAllowed)
        let empty = RegistrationExtension(roundID: "VK-2026", producerID: "p1", newClosingDay: F.day("2026-06-30"),
                                          reason: " ", grantedBy: "", grantedOn: F.day("2026-06-29"))
        #expect(empty.problems(in: round) == [
            "Gia hạn không thuộc đợt đăng ký «Đăng ký đánh giá, phân hạng sản phẩm OCOP năm 2026».",
            "Hạn mới phải sau hạn chót của đợt đăng ký (30/06/2026).",
            "Phải ghi lý do gia hạn.",
            "Phải ghi người cho phép gia hạn.",
        ])
    }

    @Test("Đợt đăng ký khai báo sai bị báo lỗi")
    func invalidRound() {
        let bad = RegistrationRound(id: "x", name: "", year: 26, kinds: [], opensOn: F.day("2026-07-01"),
                                    closesOn: F.day("2026-06-30"), coverage: [.nation])
        #expect(bad.problems == [
            "Chưa nhập tên đợt đăng ký.",
            "Năm đánh giá 26 không hợp lệ.",
            "Đợt đăng ký phải nhận ít nhất một loại hồ sơ.",
            "Hạn chót 30/06/2026 trước ngày bắt đầu nhận hồ sơ 01/07/2026.",
            "Địa bàn của đợt đăng ký phải là một tỉnh/thành phố hoặc một xã/phường cụ thể.",
        ])
        let json = try? JSONEncoder().encode(round)
        #expect(json.flatMap { try? JSONDecoder().decode(RegistrationRound.self, from: $0) } == round)
    }

    /// The days admitted are exactly opening day through the last day (extended or not).
    @Test func admittedDaysAreOneInterval() async {
        await propertyCheck(count: 300, input: Gen.int(in: 0...120), Gen.int(in: 0...20), Gen.bool) { offset, extra, extended in
            let day = F.day("2026-05-01", plus: offset)
            var grant = Self.extensionToJuly10
            grant.newClosingDay = F.day("2026-06-30", plus: extra + 1)
            let decision = round.admits(.new, on: day, commune: F.anKhanh, extension: extended ? grant : nil)
            let last = extended ? grant.newClosingDay : round.closesOn
            #expect(decision.isAllowed == (round.opensOn <= day && day <= last), "\(day)")
        }
    }

    /// Adding months keeps the day when the month has it and never overshoots the month.
    @Test func addingMonths() async {
        #expect(F.day("2026-01-31").addingMonths(1) == F.day("2026-02-28"))
        #expect(F.day("2024-01-31").addingMonths(1) == F.day("2024-02-29"))
        #expect(F.day("2026-03-15").addingMonths(-3) == F.day("2025-12-15"))
        #expect(F.day("2023-02-24").addingMonths(36) == F.day("2026-02-24"))
        await propertyCheck(count: 300, input: Gen.int(in: 0...3000), Gen.int(in: -48...48)) { offset, months in
            let day = F.day("2020-01-01", plus: offset)
            let moved = day.addingMonths(months)
            #expect((moved.year * 12 + moved.month) - (day.year * 12 + day.month) == months)
            #expect(moved.day == min(day.day, CalendarDay.daysIn(month: moved.month, year: moved.year)))
            #expect(months >= 0 ? moved >= day : moved <= day)
        }
    }
}
