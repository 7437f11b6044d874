import Testing
@testable import OCOPCore

@Suite("Vòng đời bộ tiêu chí")
struct LifecycleTests {
    @Test func validSetGoesThroughEveryState() throws {
        var set = Fixtures.demoSet
        #expect(set.status == .draft)
        try set.transition(to: .validated)
        try set.transition(to: .draft)
        try set.transition(to: .validated)
        try set.transition(to: .published)
        try set.transition(to: .retired)
        #expect(set.status == .retired)
    }

    @Test func illegalTransitionsAreRefused() {
        var set = Fixtures.demoSet
        #expect(throws: CriteriaSetTransitionError.illegal(from: .draft, to: .published)) { try set.transition(to: .published) }
        #expect(set.status == .draft)
        set.status = .published
        #expect(throws: CriteriaSetTransitionError.illegal(from: .published, to: .draft)) { try set.transition(to: .draft) }
        set.status = .retired
        for target in CriteriaSetStatus.allCases {
            #expect(throws: CriteriaSetTransitionError.self) { try set.transition(to: target) }
        }
        let error = CriteriaSetTransitionError.illegal(from: .draft, to: .published)
        #expect(error.message == "Không thể chuyển bộ tiêu chí từ trạng thái «dự thảo» sang «đã ban hành»")
    }

    @Test func defectiveSetCannotBeValidatedNorPublished() {
        var set = Fixtures.demoSet
        set.partMaxima[2].maxPoints = 30
        do {
            try set.transition(to: .validated)
            Issue.record("a defective set was validated")
        } catch {
            guard case let .defective(target, defects) = error else { Issue.record("wrong error \(error)"); return }
            #expect(target == .validated)
            #expect(defects.map(\.kind).contains(.partMaximaSum))
            #expect(error.message.hasPrefix("Không thể chuyển sang «đã kiểm tra»: bộ tiêu chí còn 2 lỗi"))
        }
        // A set that became defective after validation cannot be published either.
        set.status = .validated
        #expect(throws: CriteriaSetTransitionError.self) { try set.transition(to: .published) }
        #expect(set.status == .validated)
    }
}
