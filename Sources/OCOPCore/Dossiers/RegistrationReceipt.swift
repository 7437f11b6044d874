/// Phiếu số of Mẫu số 01 (26/2026 Phụ lục III): the commune and the province each give the
/// registration form a number when they receive the dossier, "số/PĐK-(Mã tỉnh)-(Mã xã)-(Năm)".
/// Numbers run per desk (the commune, or the province) and year, from 1, with no gap: the
/// application draws them from a counter row in the same transaction as the step that receives.
public enum ReceiptDesk: String, Sendable, Codable, CaseIterable, Hashable {
    /// Dành cho Ủy ban nhân dân cấp xã: the commune, when its officer takes the dossier up.
    case commune
    /// Dành cho cơ quan quản lý OCOP cấp tỉnh: the province, at its intake.
    case province

    /// The heading of the form's box for this desk.
    public var boxTitle: String {
        switch self {
        case .commune: "DÀNH CHO ỦY BAN NHÂN DÂN CẤP XÃ"
        case .province: "DÀNH CHO CƠ QUAN QUẢN LÝ OCOP CẤP TỈNH"
        }
    }

    /// The unit whose sequence the number belongs to: the dossier's commune, or its province.
    public func deskCode(communeCode: String, provinceCode: String) -> String {
        self == .commune ? communeCode : provinceCode
    }
}

public enum RegistrationReceiptNumber {
    /// "001/PĐK-31-11311-2026": the sequence with at least three digits, then the form's suffix.
    /// Both desks print the dossier's province and commune, as the form's two boxes do.
    public static func format(sequence: Int, provinceCode: String, communeCode: String, year: Int) -> String {
        let digits = String(sequence)
        let padded = String(repeating: "0", count: max(0, 3 - digits.count)) + digits
        return "\(padded)/PĐK-\(provinceCode)-\(communeCode)-\(year)"
    }
}
