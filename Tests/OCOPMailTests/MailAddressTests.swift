import Testing
@testable import OCOPMail

@Suite("MailAddress validation")
struct MailAddressTests {
    @Test("accepts ordinary ASCII addresses", arguments: [
        "a@b.vn", "ocop-noreply@ocop.example.vn", "first.last+tag@sub.example.com", "x_y@127.0.0.1",
    ])
    func acceptsValid(_ address: String) throws {
        let parsed = try MailAddress(address, name: "Tên có dấu")
        #expect(parsed.address == address)
    }

    @Test("rejects anything that could inject commands or headers", arguments: [
        "", "no-at-sign", "two@@example.vn", "a@b@c.vn", "@example.vn", "user@",
        "a b@example.vn", "a@example.vn\r\nRCPT TO:<evil@x.vn>", "a@example.vn\n", "a\r@example.vn",
        "<a@example.vn>", "a@example.vn>", "nguyễn@ocop.vn", "a@ví-dụ.vn", "a,b@example.vn",
        "a@example.vn\t", ".a@example.vn", "a@example.vn.",
    ])
    func rejectsInvalid(_ address: String) {
        #expect(throws: SMTPError.invalidAddress(address)) {
            try MailAddress(address)
        }
    }

    @Test func emptyNameBecomesNil() throws {
        #expect(try MailAddress("a@b.vn", name: "").name == nil)
    }
}
