import Foundation
import PropertyBased
import Testing
@testable import OCOPCore

@Suite("Mã số thuế")
struct TaxCodeTests {
    /// Published codes: Viettel, Vinamilk, and the examples of python-stdnum's vn.mst.
    @Test("Mã số thuế thật được chấp nhận", arguments: ["0100109106", "0300588569", "0100233488", "0100112437", "0312687878"])
    func realCodes(code: String) throws {
        let taxCode = try TaxCode(code)
        #expect(taxCode.normalized == code)
        #expect(taxCode.kind == .tenDigit)
    }

    @Test("Khoảng trắng, dấu chấm được bỏ; mã đơn vị phụ thuộc có dấu gạch ngang")
    func normalisation() throws {
        #expect(try TaxCode(" 01.00.112.437 ").normalized == "0100112437")
        #expect(try TaxCode("0312 68 78 78 - 001").normalized == "0312687878-001")
        #expect(try TaxCode("0314409058-002").kind == .branch)
        #expect(try TaxCode("0314409058002").normalized == "0314409058-002")
        #expect(try TaxCode("0314409058\u{00A0}-\u{00A0}002").parentCode == "0314409058")
        #expect(try TaxCode("001085012345").kind == .personalIdentifier)
    }

    @Test("Lỗi được nói bằng tiếng Việt")
    func errors() {
        #expect(throws: TaxCodeError.empty) { try TaxCode("  ") }
        #expect(throws: TaxCodeError.wrongLength(digits: 9)) { try TaxCode("010023348") }
        #expect(throws: TaxCodeError.wrongLength(digits: 11)) { try TaxCode("01002334881") }
        #expect(throws: TaxCodeError.invalidCharacters("01OO233488")) { try TaxCode("01OO233488") }
        #expect(throws: TaxCodeError.invalidCharacters("0100233488--001")) { try TaxCode("0100233488--001") }
        #expect(throws: TaxCodeError.checkDigit("0100233480")) { try TaxCode("0100233480") }
        #expect(throws: TaxCodeError.checkDigit("0100233480")) { try TaxCode("0100233480-001") }
        #expect(throws: TaxCodeError.zeroBranch) { try TaxCode("0100233488-000") }
        #expect(throws: TaxCodeError.zeroSequence) { try TaxCode("0100000000") }
        #expect(throws: TaxCodeError.wrongLength(digits: 12)) { try TaxCode("0100233488-01") }
        #expect(TaxCodeError.checkDigit("0100233480").message
            == "Mã số thuế 0100233480 không đúng: chữ số kiểm tra (chữ số thứ 10) không khớp. Vui lòng đối chiếu lại với giấy đăng ký kinh doanh.")
        #expect(TaxCodeError.wrongLength(digits: 9).message.hasPrefix("Mã số thuế phải gồm 10 chữ số"))
        // Arabic-Indic digits are digits to Swift, not to the tax authority.
        #expect(throws: TaxCodeError.invalidCharacters("٠١٠٠٢٣٣٤٨٨")) { try TaxCode("٠١٠٠٢٣٣٤٨٨") }
    }

    @Test("Chữ số kiểm tra: 10 − (Σ chữ số × trọng số mod 11); không có khi kết quả là 10")
    func checkDigitFormula() {
        #expect(TaxCode.checkDigit(for: "010023348") == 8)
        #expect(TaxCode.checkDigit(for: "030058856") == 9)
        // 1×31 + 1×13 = 44 ≡ 0 (mod 11): the formula gives 10, no digit fits.
        #expect(TaxCode.checkDigit(for: "100001000") == nil)
        #expect(TaxCode.checkDigit(for: "12345") == nil)
    }

    @Test("JSON: chuỗi chuẩn hoá; chuỗi sai bị từ chối")
    func codable() throws {
        let data = try JSONEncoder().encode(try TaxCode("0314 409 058-002"))
        #expect(String(decoding: data, as: UTF8.self) == "\"0314409058-002\"")
        #expect(try JSONDecoder().decode(TaxCode.self, from: data).normalized == "0314409058-002")
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(TaxCode.self, from: Data("\"0100233480\"".utf8)) }
    }

    /// Every nine digits with a check digit give exactly one valid code, however it is spaced.
    @Test func exactlyOneCheckDigitIsValid() async {
        await propertyCheck(count: 300, input: Gen.int(in: 0...9).array(of: 9), Gen.int(in: 0...9)) { digits, spaceAt in
            let nine = digits.map(String.init).joined()
            guard nine.dropFirst(2) != "0000000" else { return }
            let valid = (0...9).filter { TaxCode.validated(nine + String($0)) != nil }
            if let check = TaxCode.checkDigit(for: nine) {
                #expect(valid == [check])
                var spaced = nine + String(check)
                spaced.insert(" ", at: spaced.index(spaced.startIndex, offsetBy: spaceAt))
                #expect(TaxCode.validated(spaced)?.normalized == nine + String(check))
                #expect(TaxCode.validated(nine + String(check) + "-" + String(format: "%03d", spaceAt + 1))?.kind == .branch)
            } else {
                #expect(valid.isEmpty)
            }
        }
    }

    /// A slip of one digit is always caught: the weights are distinct and below 11, so changing one digit changes
    /// the sum by a non-multiple of 11.
    @Test func singleDigitSlipsAreCaught() async {
        await propertyCheck(count: 300, input: Gen.int(in: 0...9).array(of: 9), Gen.int(in: 0...8), Gen.int(in: 1...9)) { digits, position, delta in
            let nine = digits.map(String.init).joined()
            guard nine.dropFirst(2) != "0000000", let check = TaxCode.checkDigit(for: nine) else { return }
            var slipped = digits
            slipped[position] = (slipped[position] + delta) % 10
            let code = slipped.map(String.init).joined() + String(check)
            guard code.dropFirst(2).prefix(7) != "0000000" else { return }
            #expect(TaxCode.validated(code) == nil, "\(nine)\(check) → \(code)")
        }
    }
}
