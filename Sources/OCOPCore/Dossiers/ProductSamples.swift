import Foundation

/// Sản phẩm mẫu (26/2026 Điều 6.2.d): the commune sends the province 05 samples supplied by the
/// producer with each dossier, "trừ nhóm sản phẩm Dịch vụ du lịch cộng đồng, du lịch sinh thái và
/// điểm du lịch" (ngành VI). The commune records their receipt once; a tourism dossier is never asked.
public enum ProductSamples {
    /// How many samples the law asks for.
    public static let count = 5

    /// The dossier is with the commune: the samples come with the producer's papers.
    public static let receivableStates: Set<DossierState> = [.submitted, .communeAssessed, .returnedByProvince]

    /// "05 sản phẩm mẫu", as official documents write the number.
    public static var countText: String { String(format: "%02d sản phẩm mẫu", count) }

    /// "Sản phẩm mẫu" in the list of dossier documents (`dossier-documents.json`).
    public static let documentCode = 5

    /// What the dossier page says in place of an upload under 26/2026: the samples are brought.
    public static var handedInSentence: String {
        "Mang \(countText) đến UBND xã (không tải lên); xã ghi nhận khi nhận đủ (điểm d khoản 2 Điều 6 Quyết định 26/2026/QĐ-TTg)."
    }

    /// Whether a product of this group must send samples. The group is recognised by its name,
    /// which the law fixes, rather than by its code: 26/2026 and 148 number it VI, 1048 did not.
    public static func areRequired(groupName: String?) -> Bool {
        guard let groupName else { return true }
        return !SearchFolding.fold(groupName).contains("du lich")
    }

    /// `areRequired(groupName:)` for a product set of `set` (required when the code is not found).
    public static func areRequired(productSetCode: String, in set: CriteriaSet?) -> Bool {
        let group = set?.groups.first { group in group.subGroups.contains { $0.productSets.contains { $0.code == productSetCode } } }
        return areRequired(groupName: group?.name)
    }

    /// Why a tourism dossier has no samples, for the page and the letter.
    public static let notRequiredText = "Không yêu cầu sản phẩm mẫu (nhóm Dịch vụ du lịch cộng đồng, du lịch sinh thái và điểm du lịch, điểm d khoản 2 Điều 6 Quyết định 26/2026/QĐ-TTg)."

    /// Why the receipt cannot be recorded now, nil when it can.
    public static func refusal(required: Bool, state: DossierState, alreadyRecorded: Bool) -> String? {
        if !required { return notRequiredText }
        if alreadyRecorded { return nil }
        guard receivableStates.contains(state) else {
            return "Chỉ ghi nhận sản phẩm mẫu khi hồ sơ đang ở UBND xã (đã nộp, xã đã đánh giá hoặc tỉnh trả lại xã); hồ sơ đang ở trạng thái «\(state.title)»."
        }
        return nil
    }
}
