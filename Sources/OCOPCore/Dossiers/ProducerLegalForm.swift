/// Loại hình chủ thể OCOP: the legal forms that may own an OCOP product (148/QĐ-TTg: doanh nghiệp,
/// hợp tác xã, tổ hợp tác, hộ sản xuất có đăng ký kinh doanh). Reports count producers by this form,
/// so it is a closed list rather than free text.
public enum ProducerLegalForm: String, Sendable, Codable, CaseIterable, Hashable {
    /// Doanh nghiệp (enterprise: company, private enterprise…).
    case enterprise
    /// Hợp tác xã (cooperative), including cooperative unions.
    case cooperative
    /// Tổ hợp tác (cooperative group).
    case cooperativeGroup
    /// Hộ kinh doanh (household business with business registration).
    case householdBusiness

    /// The name shown to users and printed in reports.
    public var title: String {
        switch self {
        case .enterprise: "Doanh nghiệp"
        case .cooperative: "Hợp tác xã"
        case .cooperativeGroup: "Tổ hợp tác"
        case .householdBusiness: "Hộ kinh doanh"
        }
    }

    /// The shapes of tax code a producer of this form can hold. Only household businesses use an
    /// individual's identification number (Thông tư 86/2024/TT-BTC, from 01/07/2025); a legal person
    /// always has a 10-digit code, and a branch of it a 13-digit one.
    public var acceptedTaxCodeKinds: Set<TaxCode.Kind> {
        switch self {
        case .householdBusiness: [.tenDigit, .branch, .personalIdentifier]
        case .enterprise, .cooperative, .cooperativeGroup: [.tenDigit, .branch]
        }
    }

    /// Why a tax code does not fit this legal form, or nil when it does.
    public func problem(with taxCode: TaxCode) -> String? {
        guard !acceptedTaxCodeKinds.contains(taxCode.kind) else { return nil }
        return "\(title) không dùng \(taxCode.kind.vietnamese) làm mã số thuế; vui lòng nhập mã số thuế 10 số ghi trên giấy đăng ký."
    }
}
