import Testing
@testable import OCOPCore
@Test func placeholder() { #expect(OCOPCoreVersion.value == "0.1") }
