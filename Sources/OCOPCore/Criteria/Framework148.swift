extension CriteriaSet {
    /// Khung Bộ tiêu chí theo Quyết định 148/QĐ-TTg (24/02/2023): the structure in force, as data.
    ///
    /// What the decision fixes and this framework holds: part maxima A 40 / B 25 / C 35, the star
    /// bands, recognition from 3★, a registered trademark for 4★ and above, bonus points for producers
    /// whose representative is a woman or an ethnic-minority person, and the six product groups.
    /// What it does not hold: the Phụ lục III scoring sheets, which are not available to the project;
    /// a province keys them in or imports them, so every sheet here is empty and the set is a draft
    /// that the validator refuses until the sheets exist. Only the sub-groups and product sets named
    /// in the project's domain notes are listed (I.1.a, I.2.b, I.3.c); the others are keyed in with
    /// their sheets. The bonus values (1 point each) must be checked against the decision's text before
    /// publication; they are data, so a province corrects them without a code change.
    public static func framework148() -> CriteriaSet {
        CriteriaSet(
            id: "QD148-2023", version: 1,
            name: "Bộ tiêu chí đánh giá, phân hạng sản phẩm OCOP theo Quyết định 148/QĐ-TTg",
            legalBasis: "Quyết định 148/QĐ-TTg ngày 24/02/2023 của Thủ tướng Chính phủ (Phụ lục I: phân loại; Phụ lục III: phiếu đánh giá)",
            scope: .national, effectiveFrom: CalendarDay(year: 2023, month: 2, day: 24), effectiveTo: nil, status: .draft,
            partMaxima: [
                PartMaximum(part: "A", name: "Sản phẩm và sức mạnh cộng đồng", maxPoints: 40),
                PartMaximum(part: "B", name: "Khả năng tiếp thị", maxPoints: 25),
                PartMaximum(part: "C", name: "Chất lượng sản phẩm", maxPoints: 35),
            ],
            starBands: StarBand.national, recognitionThreshold: .three,
            factGates: [FactGate(fact: .hasRegisteredTrademark, requiredFrom: .four)],
            bonusRules: [
                BonusRule(fact: .representativeIsWoman, points: 1,
                          basis: "Quyết định 148/QĐ-TTg: điểm cộng cho chủ thể có người đại diện là phụ nữ (giá trị cần đối chiếu văn bản)"),
                BonusRule(fact: .representativeIsEthnicMinority, points: 1,
                          basis: "Quyết định 148/QĐ-TTg: điểm cộng cho chủ thể có người đại diện là người dân tộc thiểu số (giá trị cần đối chiếu văn bản)"),
            ],
            groups: [
                ProductGroup(code: "I", name: "Thực phẩm", subGroups: [
                    ProductSubGroup(code: "I.1", name: "Phân nhóm I.1", productSets: [
                        ProductSet(code: "I.1.a", name: "Rau, củ, quả, hạt tươi"),
                    ]),
                    ProductSubGroup(code: "I.2", name: "Phân nhóm I.2", productSets: [
                        ProductSet(code: "I.2.b", name: "Mật ong, mật khác và nông sản thực phẩm khác"),
                    ]),
                    ProductSubGroup(code: "I.3", name: "Phân nhóm I.3", productSets: [
                        ProductSet(code: "I.3.c", name: "Chế biến từ rau, củ, quả, hạt"),
                    ]),
                ]),
                ProductGroup(code: "II", name: "Đồ uống"),
                ProductGroup(code: "III", name: "Dược liệu và sản phẩm từ dược liệu"),
                ProductGroup(code: "IV", name: "Hàng thủ công mỹ nghệ"),
                ProductGroup(code: "V", name: "Sinh vật cảnh"),
                ProductGroup(code: "VI", name: "Dịch vụ du lịch cộng đồng, du lịch sinh thái và điểm du lịch"),
            ])
    }
}
