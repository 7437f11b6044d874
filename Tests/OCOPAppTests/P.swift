import Testing
import VaporTesting
@testable import OCOPApp
@Test func placeholder() { #expect(true) }
