/// Thể thức quyết định công nhận (Nghị định 30/2020/NĐ-CP): who signs and how the signing block
/// reads, and the legal bases the decision cites. Under 26/2026 Điều 6.3.e the Chairman of the
/// provincial People's Committee decides (6.4.e: the Minister for 5★), so the decision is an
/// individual's: "CHỦ TỊCH", or "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH" when a vice-chairman signs for him.
public enum DecisionSignerPosition: String, Sendable, CaseIterable, Codable {
    /// The Chairman (the Minister) signs himself.
    case head = "chu-tich"
    /// A vice-chairman (a deputy minister) signs on his behalf ("ký thay").
    case deputy = "pho-chu-tich"

    /// The choice in the decision form.
    public func title(national: Bool) -> String {
        switch self {
        case .head: national ? "Bộ trưởng" : "Chủ tịch"
        case .deputy: national ? "Thứ trưởng (ký thay Bộ trưởng)" : "Phó Chủ tịch (ký thay Chủ tịch)"
        }
    }

    /// The signing block's lines above the signature.
    public func signingLines(national: Bool) -> [String] {
        switch self {
        case .head: [national ? "BỘ TRƯỞNG" : "CHỦ TỊCH"]
        case .deputy: national ? ["KT. BỘ TRƯỞNG", "THỨ TRƯỞNG"] : ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"]
        }
    }
}

public enum DecisionWording {
    /// The day 26/2026 took effect; a decision signed before it cites 148/QĐ-TTg.
    public static let law26EffectiveDay = CalendarDay(year: 2026, month: 5, day: 22)!

    /// Who the proposal comes from, as most provinces write it (the OCOP office sits in the Sở).
    public static func defaultProposer(national: Bool) -> String {
        national ? "Vụ trưởng Vụ Kinh tế hợp tác và Phát triển nông thôn" : "Giám đốc Sở Nông nghiệp và Môi trường"
    }

    /// "Căn cứ …;" lines then "Theo đề nghị của ….", as the decision prints them.
    /// - Parameters:
    ///   - councilName: the council whose results are recognised;
    ///   - minutesDay: the day of its meeting (or of the written opinions' deadline).
    public static func legalBases(signedOn: CalendarDay, national: Bool, councilName: String, minutesDay: CalendarDay,
                                  proposer: String) -> [String] {
        var lines: [String] = []
        if national {
            lines.append("Căn cứ Nghị định số 35/2025/NĐ-CP ngày 25 tháng 02 năm 2025 của Chính phủ quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Bộ Nông nghiệp và Môi trường;")
        } else {
            lines.append("Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;")
        }
        if signedOn >= law26EffectiveDay {
            lines.append("Căn cứ Quyết định số 26/2026/QĐ-TTg ngày 22 tháng 5 năm 2026 của Thủ tướng Chính phủ ban hành Bộ tiêu chí và quy trình đánh giá, phân hạng sản phẩm mỗi xã một sản phẩm;")
        } else {
            lines.append("Căn cứ Quyết định số 148/QĐ-TTg ngày 24 tháng 02 năm 2023 của Thủ tướng Chính phủ ban hành Bộ tiêu chí và quy trình đánh giá, phân hạng sản phẩm Chương trình mỗi xã một sản phẩm;")
        }
        lines.append("Căn cứ kết quả đánh giá, phân hạng của \(councilName) ngày \(minutesDay.vietnamese);")
        let who = proposer.isEmpty ? defaultProposer(national: national) : proposer
        lines.append("Theo đề nghị của \(who).")
        return lines
    }
}
