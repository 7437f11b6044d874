import Testing
@testable import OCOPCore

@Suite("Tổng hợp điểm hội đồng")
struct CouncilAggregationTests {
    let members = [
        CouncilMember(id: "c", name: "Chủ tịch", isChair: true),
        CouncilMember(id: "m1", name: "Thành viên 1"), CouncilMember(id: "m2", name: "Thành viên 2"),
        CouncilMember(id: "m3", name: "Thành viên 3"),
    ]

    func scores(_ totals: [String: Points]) -> [MemberScore] {
        totals.sorted { $0.key < $1.key }.map { MemberScore(memberID: $0.key, total: $0.value) }
    }

    @Test func meanIsRoundedToTwoDecimalsHalfUp() {
        let third = CouncilAggregation.aggregate(members: Array(members.prefix(3)), scores: scores(["c": 80, "m1": 80, "m2": 81]))
        #expect(third.mean == Points(hundredths: 8033))
        let twoThirds = CouncilAggregation.aggregate(members: Array(members.prefix(3)), scores: scores(["c": 80, "m1": 81, "m2": 81]))
        #expect(twoThirds.mean == Points(hundredths: 8067))
        let half = CouncilAggregation.aggregate(members: Array(members.prefix(2)), scores: scores(["c": 80, "m1": Points(hundredths: 8001)]))
        #expect(half.mean == Points(hundredths: 8001))  // 80,005 → 80,01
        #expect(half.isConclusive)
        #expect(half.messages.last == "Điểm trung bình của hội đồng: 80,01")
        #expect(CouncilAggregation.roundedDivision(-5, 2) == -3)
    }

    @Test func spreadAboveTheLimitNamesTheOutliers() {
        let atLimit = CouncilAggregation.aggregate(members: members, scores: scores(["c": 70, "m1": 75, "m2": 80, "m3": 78]))
        #expect(atLimit.spread == 10)
        #expect(!atLimit.spreadExceeded)
        #expect(atLimit.outliers.isEmpty)

        let wide = CouncilAggregation.aggregate(members: members, scores: scores(["c": 78, "m1": 62, "m2": 80, "m3": 79]))
        #expect(wide.spread == 18)
        #expect(wide.spreadExceeded)
        #expect(wide.outliers.map(\.id) == ["m1"])  // median 78,5; m1 is 16,5 away
        #expect(!wide.isConclusive)
        #expect(wide.messages.contains("Điểm các thành viên chênh nhau 18 điểm, vượt mức cho phép (10 điểm); cần thảo luận và chấm lại (lệch nhiều nhất so với trung vị: Thành viên 1)"))
        #expect(wide.spreadLimit == 10)

        let strict = CouncilAggregation.aggregate(members: members, scores: scores(["c": 70, "m1": 75, "m2": 80, "m3": 78]),
                                                  rules: CouncilRules(maxSpread: Points(hundredths: 999)))
        #expect(strict.spreadExceeded)
        #expect(strict.outliers.map(\.id) == ["c"])
        #expect(strict.messages.contains { $0.contains("vượt mức cho phép (9,99 điểm)") }) // the province's own limit, not a fixed 10
    }

    @Test func tiesAtTheSameDistanceAreAllNamed() {
        let outcome = CouncilAggregation.aggregate(members: Array(members.prefix(3)), scores: scores(["c": 60, "m1": 75, "m2": 90]))
        #expect(outcome.outliers.map(\.id) == ["c", "m2"])
    }

    @Test func quorumNeedsThreeQuartersAndTheChair() {
        let seven = (1...7).map { CouncilMember(id: "m\($0)", name: "TV \($0)", isChair: $0 == 1) }
        let five = CouncilAggregation.aggregate(members: seven, scores: (1...5).map { MemberScore(memberID: "m\($0)", total: 70) })
        #expect(five.quorum.required == 6)
        #expect(!five.quorum.isMet)
        #expect(five.quorum.message == "Không đủ điều kiện họp: chỉ có 5/7 thành viên chấm điểm, cần ít nhất 6")
        let six = CouncilAggregation.aggregate(members: seven, scores: (1...6).map { MemberScore(memberID: "m\($0)", total: 70) })
        #expect(six.quorum.isMet)
        #expect(six.quorum.message == "Đủ số lượng: 6/7 thành viên chấm điểm, có chủ tịch hội đồng")
        let noChair = CouncilAggregation.aggregate(members: seven, scores: (2...7).map { MemberScore(memberID: "m\($0)", total: 70) })
        #expect(!noChair.quorum.isMet)
        #expect(noChair.quorum.message == "Không đủ điều kiện họp: chủ tịch hội đồng chưa chấm điểm")
        #expect(!noChair.isConclusive)
        let eight = (1...8).map { CouncilMember(id: "m\($0)", name: "TV \($0)", isChair: $0 == 1) }
        #expect(CouncilAggregation.aggregate(members: eight, scores: []).quorum.required == 6)
        #expect(CouncilAggregation.aggregate(members: [], scores: []).mean == nil)
    }

    @Test func strangersAndSecondSheetsAreReportedNotCounted() {
        let outcome = CouncilAggregation.aggregate(members: members, scores: [
            MemberScore(memberID: "c", total: 80), MemberScore(memberID: "m1", total: 80), MemberScore(memberID: "m2", total: 80),
            MemberScore(memberID: "x", total: 10), MemberScore(memberID: "m1", total: 20),
        ])
        #expect(outcome.mean == 80)
        #expect(outcome.problems == [
            "Điểm của «x» không được tính: không phải thành viên hội đồng",
            "Thành viên 1 có nhiều hơn một phiếu điểm; chỉ tính phiếu đầu tiên",
        ])
        #expect(outcome.quorum.isMet)
        #expect(!outcome.isConclusive)
    }
}
