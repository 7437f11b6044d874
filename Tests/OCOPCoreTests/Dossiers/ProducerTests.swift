import Testing
@testable import OCOPCore

@Suite("Chủ thể")
struct ProducerTests {
    @Test("Loại hình chủ thể có tên tiếng Việt và dạng mã số thuế phù hợp")
    func legalForms() throws {
        #expect(ProducerLegalForm.allCases.map(\.title) == ["Doanh nghiệp", "Hợp tác xã", "Tổ hợp tác", "Hộ kinh doanh"])
        let personal = try TaxCode("031085012345")
        #expect(ProducerLegalForm.householdBusiness.problem(with: personal) == nil)
        #expect(ProducerLegalForm.cooperative.problem(with: personal)
            == "Hợp tác xã không dùng số định danh cá nhân (12 số) làm mã số thuế; vui lòng nhập mã số thuế 10 số ghi trên giấy đăng ký.")
        #expect(ProducerLegalForm.enterprise.problem(with: try TaxCode("0300588569")) == nil)
    }

    @Test("Thông tin người đại diện chuyển thành ProducerFacts của bộ tiêu chí")
    func facts() throws {
        let producer = Producer(id: "p1", name: "HTX Mật ong An Sơn", legalForm: .cooperative, taxCode: try TaxCode("0100233488"),
                                location: DossierFixtures.vietKhe,
                                representative: .init(fullName: "Nguyễn Thị Hoa", isWoman: true))
        #expect(producer.problems.isEmpty)
        #expect(producer.facts(productHasRegisteredTrademark: true)
            == ProducerFacts(hasRegisteredTrademark: true, representativeIsWoman: true, representativeIsEthnicMinority: false))
        var broken = producer
        broken.name = " "
        broken.location = .province("31")
        broken.taxCode = try TaxCode("031085012345")
        #expect(broken.problems == [
            "Chưa nhập tên chủ thể.",
            "Hợp tác xã không dùng số định danh cá nhân (12 số) làm mã số thuế; vui lòng nhập mã số thuế 10 số ghi trên giấy đăng ký.",
            "Chủ thể phải thuộc đúng một xã/phường.",
        ])
    }
}
