import OCOPCore

/// Mẫu số 01 (26/2026 Phụ lục III): "Phiếu đăng ký tham gia đánh giá, phân hạng sản phẩm OCOP",
/// the producer's registration form, filled from what the system holds. A value it does not hold
/// stays nil and prints as the form's dotted line, to be written by hand, never guessed.
struct Mau01Model {
    /// One of the form's two boxes for the authorities: the number once the desk received the dossier.
    struct Receipt {
        let desk: ReceiptDesk
        let number: String?
        let receivedOn: CalendarDay?
        let receivedBy: String?
    }

    let dossierID: String
    let provinceName: String
    let year: Int
    let producerName: String
    /// "Hợp tác xã, mã số thuế 0201234567".
    let legalFormAndTaxCode: String
    let representative: String
    /// "Nữ, dân tộc thiểu số": what the producer's record says of the representative.
    let representativeFacts: String
    /// Chức vụ: not held by the system.
    let representativePosition: String? = nil
    let address: String
    let phone: String?
    let email: String?
    let productName: String
    /// "Ngành …; Nhóm …; Phân nhóm …": the path of the product set in the dossier's criteria set.
    let classification: [String]
    let kind: DossierKind
    /// "05 sản phẩm mẫu", the tourism sentence, or the receipt's day.
    let samples: String
    /// "Việt Khê", before the date of the signature.
    let place: String
    /// The day the producer submitted, as the form's date; nil before submission.
    let signedOn: CalendarDay?
    let receipts: [Receipt]

    /// The three boxes of item 4, in the form's order, with the form's own words.
    static let kinds: [(kind: DossierKind, label: String)] = [(.new, "Lần đầu"), (.upgrade, "Nâng hạng"), (.reRecognition, "Đánh giá lại")]

    /// "Ngành: …", "Nhóm: …", "Phân nhóm: …" for the product set `code` of `set` (26/2026 Phụ lục I:
    /// the Roman numeral is the ngành, the Arabic number the nhóm, the letter the phân nhóm, which is
    /// the sheet's bộ sản phẩm). Empty when the set or the code is not found.
    static func classification(of code: String, in set: CriteriaSet?) -> [String] {
        for group in set?.groups ?? [] {
            for subGroup in group.subGroups {
                guard let productSet = subGroup.productSets.first(where: { $0.code == code }) else { continue }
                // Sets before 26/2026 (1048) have no Phụ lục I tree, only a placeholder group: the
                // product set is all they say, and the form's ngành and nhóm stay to be written by hand.
                guard isAnnexCode(group.code) else { return ["Bộ sản phẩm: \(productSet.name)"] }
                return ["Ngành: \(group.code). \(group.name)", "Nhóm: \(subGroup.code) \(subGroup.name)",
                        "Phân nhóm (bộ sản phẩm): \(productSet.code) \(productSet.name)"]
            }
        }
        return []
    }

    /// "I" … "VI": a ngành of Phụ lục I.
    private static func isAnnexCode(_ code: String) -> Bool {
        !code.isEmpty && code.allSatisfy { "IVX".contains($0) }
    }
}
