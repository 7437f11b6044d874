import OCOPCore

/// "Nhận sản phẩm mẫu": the day the commune received the producer's 05 samples; kept when refused.
struct SampleReceiptModel {
    let dossierID: String
    let productName: String
    var receivedOn: String
    var dateError: String?
    var errors: [String] = []
}

/// What the dossier page shows of the commune's 26/2026 papers: the link to Mẫu số 03, the samples
/// and, once eliminated, which rule and why. Loaded once by `add(to:)`, which also drops the
/// elimination step from the buttons when the dossier's sheet states no elimination rule.
struct CommuneFormsPanel {
    /// Mẫu số 03, once the commune has recorded its assessment.
    var mau03Link: String?
    /// "Đã nhận 05 sản phẩm mẫu ngày …", "Chưa nhận …", or why none are asked.
    var samples: String
    /// The reader may record the receipt now (commune officer, dossier with the commune, none yet).
    var mayRecordSamples: Bool
    var elimination: (rule: String, finding: String, by: String, at: String)?
}
