/// Tài liệu của hồ sơ trước: one file of the product's last dossier, with its dates when it has any.
public struct PreviousDocument: Sendable, Codable, Equatable, Hashable {
    public var typeCode: Int
    public var fileID: String
    /// Ngày cấp / ngày ban hành.
    public var issuedOn: CalendarDay?
    /// Ngày hết hiệu lực (the last day of validity), nil for documents without an end.
    public var expiresOn: CalendarDay?

    public init(typeCode: Int, fileID: String, issuedOn: CalendarDay? = nil, expiresOn: CalendarDay? = nil) {
        self.typeCode = typeCode
        self.fileID = fileID
        self.issuedOn = issuedOn
        self.expiresOn = expiresOn
    }

    enum CodingKeys: String, CodingKey { case typeCode, fileID, issuedOn, expiresOn }
}

/// Quy tắc dùng lại: how one document type is treated when a dossier is pre-filled from the last one.
public enum CarryOverRule: Sendable, Codable, Equatable, Hashable {
    /// Dùng lại khi còn hiệu lực: reused unless its expiry date has come. Documents that describe the
    /// producer (organisation, business registration, trademark, story, awards) do not change with
    /// each evaluation, and re-uploading them is what producers complain of most.
    case whileValid
    /// Luôn lập mới, with the reason shown to the producer: documents that speak for this evaluation.
    case alwaysNew(reason: String)
    /// Dùng lại khi cấp trong số tháng gần nhất: results that age although they carry no end date.
    case withinMonths(Int)
}

/// Chính sách dùng lại hồ sơ: the rule of each document type, by code; types not listed follow
/// `defaultRule`. Data, so that a province can make its own choices.
public struct CarryOverPolicy: Sendable, Codable, Equatable, Hashable {
    public var rules: [Int: CarryOverRule]
    public var defaultRule: CarryOverRule

    public init(rules: [Int: CarryOverRule], defaultRule: CarryOverRule = .whileValid) {
        self.rules = rules
        self.defaultRule = defaultRule
    }

    enum CodingKeys: String, CodingKey { case rules, defaultRule }

    public func rule(for code: Int) -> CarryOverRule { rules[code] ?? defaultRule }

    /// The choices for the 1048-era catalogue and the self-assessment and three-year report:
    /// - 1 Phiếu đăng ký, 19 Phiếu tự đánh giá, 20 Báo cáo 03 năm: always new, they are this evaluation's
    ///   own statements (and the criteria set in force may have changed since the last one);
    /// - 5 Sản phẩm mẫu: always new, samples come from current production;
    /// - 9 Phiếu kết quả kiểm tra chỉ tiêu an toàn thực phẩm: reused only within 12 months of issue,
    ///   a test describes a batch, not the product for ever. The 12 months is provincial practice to be
    ///   confirmed by each province, not a national rule;
    /// - every other type, certificates included (6 food-safety eligibility…), while valid.
    public static let standard = CarryOverPolicy(rules: [
        1: .alwaysNew(reason: "Phiếu đăng ký được lập mới cho mỗi lần đánh giá."),
        5: .alwaysNew(reason: "Sản phẩm mẫu phải lấy từ lô sản xuất hiện tại."),
        9: .withinMonths(12),
        DossierDocumentType.selfAssessment.code:
            .alwaysNew(reason: "Chủ thể tự đánh giá lại theo bộ tiêu chí đang áp dụng."),
        DossierDocumentType.threeYearResults.code:
            .alwaysNew(reason: "Báo cáo kết quả phải cập nhật đến thời điểm đánh giá lại."),
    ])
}

/// Dùng lại hồ sơ trước: for a re-recognition or upgrade dossier, which documents of the product's
/// last dossier are carried over and which the producer must provide afresh, each with its reason.
///
/// A document is carried over only when the rule of its type allows it on the given day. Pass the
/// day the dossier is prepared; pass a later day (the expected evaluation) to also refresh documents
/// that would expire before the council meets.
public enum DossierCarryOver {
    public static func plan(previous: [PreviousDocument], on day: CalendarDay, kind: DossierKind,
                            catalogue: DossierDocumentCatalogue, requirements: DossierRequirements,
                            policy: CarryOverPolicy = .standard) -> CarryOverPlan {
        let required = Set(requirements.items(for: kind).map(\.code))
        func title(_ code: Int) -> String { catalogue[code]?.title ?? "Tài liệu mã \(code)" }

        var carried: [CarriedDocument] = []
        var refresh: [RefreshItem] = []
        for document in previous {
            switch verdict(document, policy.rule(for: document.typeCode), on: day) {
            case .carry(let reason):
                carried.append(CarriedDocument(document: document, title: title(document.typeCode), reason: reason))
            case .refresh(let reason):
                refresh.append(RefreshItem(typeCode: document.typeCode, title: title(document.typeCode), reason: reason,
                                           isRequired: required.contains(document.typeCode), previous: document))
            }
        }
        // A stale file of a required type is not required afresh when another file of that type is reused.
        let carriedCodes = Set(carried.map(\.document.typeCode))
        for index in refresh.indices where carriedCodes.contains(refresh[index].typeCode) {
            refresh[index].isRequired = false
        }
        // Required types that nothing carried over satisfies and that no item above already names.
        let covered = carriedCodes.union(refresh.map(\.typeCode))
        for item in requirements.items(for: kind) where !covered.contains(item.code) {
            let reason: String
            if case .alwaysNew(let why) = policy.rule(for: item.code) {
                reason = why
            } else {
                reason = "Không có trong hồ sơ trước; cần nộp mới."
            }
            refresh.append(RefreshItem(typeCode: item.code, title: title(item.code), reason: reason, isRequired: true, previous: nil))
        }
        return CarryOverPlan(carried: carried, toRefresh: refresh)
    }

    private enum Verdict { case carry(String), refresh(String) }

    private static func verdict(_ document: PreviousDocument, _ rule: CarryOverRule, on day: CalendarDay) -> Verdict {
        if case .alwaysNew(let reason) = rule { return .refresh(reason) }
        if let expiry = document.expiresOn, expiry <= day {
            return .refresh("Hết hiệu lực ngày \(expiry.vietnamese); cần nộp bản còn hiệu lực.")
        }
        if case .withinMonths(let months) = rule {
            guard let issued = document.issuedOn else {
                return .refresh("Không rõ ngày cấp; cần tài liệu cấp trong \(months) tháng gần nhất.")
            }
            guard issued.addingMonths(months) > day else {
                return .refresh("Cấp ngày \(issued.vietnamese), đã quá \(months) tháng; cần tài liệu mới.")
            }
            return .carry("Cấp ngày \(issued.vietnamese), còn trong thời hạn \(months) tháng.")
        }
        if let expiry = document.expiresOn { return .carry("Còn hiệu lực đến ngày \(expiry.vietnamese).") }
        return .carry("Không có thời hạn hiệu lực; dùng lại từ hồ sơ trước.")
    }
}

/// Kết quả dùng lại hồ sơ.
public struct CarryOverPlan: Sendable, Equatable, Hashable {
    /// Documents pre-filled into the new dossier; the producer may still replace any of them.
    public var carried: [CarriedDocument]
    /// What the producer must provide: documents of the last dossier that cannot be reused, then
    /// required types that the last dossier did not have.
    public var toRefresh: [RefreshItem]

    /// "Dùng lại 7 tài liệu; cần nộp mới 3 tài liệu (3 bắt buộc)."
    public var summary: String {
        let required = toRefresh.filter(\.isRequired).count
        return "Dùng lại \(carried.count) tài liệu; cần nộp mới \(toRefresh.count) tài liệu (\(required) bắt buộc)."
    }
}

/// A document carried over, with why it may be.
public struct CarriedDocument: Sendable, Equatable, Hashable {
    public var document: PreviousDocument
    public var title: String
    public var reason: String
}

/// A document to provide afresh.
public struct RefreshItem: Sendable, Equatable, Hashable {
    public var typeCode: Int
    public var title: String
    public var reason: String
    /// Required for this kind of dossier; otherwise optional evidence that should not be sent stale
    /// (an expired food-safety certificate is a knock-out at the council).
    public var isRequired: Bool
    /// The document it replaces, nil when the last dossier had none.
    public var previous: PreviousDocument?
}
