/// Cập nhật khi đánh giá lại (QĐ 26/2026 Điều 6.1.c): a re-evaluation dossier updates "những nội dung
/// mới và kết quả sau thời gian sản phẩm OCOP được công nhận" on nine topics, and adds evidence of the
/// legal papers with a term. Each topic is answered "Không thay đổi" or with a description of what
/// changed; the dossier is not submitted until each one is answered, because the council decides a
/// re-evaluation from written opinions (Điều 7.6) and has only these answers to see what changed.
public enum ReEvaluationTopic: String, Sendable, Codable, CaseIterable, Hashable {
    case rawMaterials, technology, packaging, labelling, qualityDeclaration, periodicTests, market, output, revenue

    /// The words of Điều 6.1.c.
    public var title: String {
        switch self {
        case .rawMaterials: "Nguyên liệu"
        case .technology: "Công nghệ sử dụng"
        case .packaging: "Bao bì"
        case .labelling: "Nhãn mác"
        case .qualityDeclaration: "Công bố chất lượng"
        case .periodicTests: "Các phiếu kiểm nghiệm định kỳ"
        case .market: "Thị trường tiêu thụ"
        case .output: "Sản lượng"
        case .revenue: "Doanh thu"
        }
    }
}

/// One topic's answer.
public struct ReEvaluationAnswer: Sendable, Codable, Equatable, Hashable {
    /// "Không thay đổi" ticked.
    public var unchanged: Bool
    /// What changed, when something did.
    public var description: String

    public init(unchanged: Bool, description: String = "") {
        self.unchanged = unchanged
        self.description = description
    }

    enum CodingKeys: String, CodingKey { case unchanged, description }

    /// Answered: "Không thay đổi", or a description that says something.
    public var isAnswered: Bool { unchanged || !DossierText.isBlank(description) }
}

/// The answers of one dossier, stored as JSON on the dossier (M027). Topics not yet answered are absent.
public struct ReEvaluationUpdates: Sendable, Codable, Equatable, Hashable {
    public var answers: [ReEvaluationTopic: ReEvaluationAnswer]

    public init(answers: [ReEvaluationTopic: ReEvaluationAnswer] = [:]) { self.answers = answers }

    enum CodingKeys: String, CodingKey { case answers }

    // Keys by raw value, so the stored JSON reads {"answers": {"rawMaterials": {...}}} and a topic
    // this version does not know is dropped rather than failing the whole dossier page.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let raw = try container.decodeIfPresent([String: ReEvaluationAnswer].self, forKey: .answers) ?? [:]
        answers = Dictionary(uniqueKeysWithValues: raw.compactMap { key, value in ReEvaluationTopic(rawValue: key).map { ($0, value) } })
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(Dictionary(uniqueKeysWithValues: answers.map { ($0.key.rawValue, $0.value) }), forKey: .answers)
    }

    public subscript(topic: ReEvaluationTopic) -> ReEvaluationAnswer? { answers[topic] }

    /// Topics not yet answered, in the order of Điều 6.1.c.
    public var unanswered: [ReEvaluationTopic] {
        ReEvaluationTopic.allCases.filter { answers[$0]?.isAnswered != true }
    }

    public var isComplete: Bool { unanswered.isEmpty }

    /// The refusal at submission, one line per topic: "Chưa cập nhật «Nguyên liệu»: chọn «Không thay đổi» hoặc mô tả nội dung mới."
    public var problems: [String] {
        unanswered.map { "Chưa cập nhật \(DossierText.quoted($0.title)) (Điều 6.1.c QĐ 26/2026): chọn «Không thay đổi» hoặc mô tả nội dung mới." }
    }

    /// Reads the panel's form: for each topic `<raw>-status` ("unchanged" or "changed") and
    /// `<raw>-text`. A topic marked changed without a description stays unanswered, and the error says so;
    /// what was typed is kept either way, so a half-filled form loses nothing.
    public static func parse(_ fields: [String: String]) -> (updates: ReEvaluationUpdates, errors: [String]) {
        var answers: [ReEvaluationTopic: ReEvaluationAnswer] = [:]
        var errors: [String] = []
        for topic in ReEvaluationTopic.allCases {
            let status = fields["\(topic.rawValue)-status"] ?? ""
            let text = DossierText.trimmed(fields["\(topic.rawValue)-text"] ?? "")
            switch status {
            case "unchanged":
                answers[topic] = ReEvaluationAnswer(unchanged: true)
            case "changed":
                answers[topic] = ReEvaluationAnswer(unchanged: false, description: text)
                if text.isEmpty { errors.append("\(topic.title): đã chọn «Có thay đổi», vui lòng mô tả nội dung mới.") }
            default:
                if !text.isEmpty { answers[topic] = ReEvaluationAnswer(unchanged: false, description: text) }
            }
        }
        return (ReEvaluationUpdates(answers: answers), errors)
    }
}

/// Giấy tờ pháp lý có thời hạn (Điều 6.1.c, "bổ sung minh chứng các giấy tờ pháp lý có thời hạn"):
/// in a re-evaluation each paper with a term that the product had (in the last dossier) or has now must
/// be there and in force. One line per paper that is not; empty when all are.
public enum TermPapers {
    /// - Parameters:
    ///   - current: the dossier's current file of each type with a term, with its validity date (nil: not dated).
    ///   - previous: the type codes with a term that the product's last dossier held.
    public static func problems(current: [Int: CalendarDay?], previous: Set<Int>, catalogue: DossierDocumentCatalogue,
                                on day: CalendarDay) -> [String] {
        let codes = Set(current.keys).union(previous).filter { catalogue[$0]?.hasTerm == true }.sorted()
        return codes.compactMap { code in
            let title = DossierText.quoted(catalogue[code]?.title ?? "Tài liệu mã \(code)")
            guard let validity = current[code] else {
                return "Thiếu \(title): hồ sơ trước có giấy tờ này; đánh giá lại cần bản còn hiệu lực (Điều 6.1.c QĐ 26/2026)."
            }
            if let until = validity, DocumentValidity.isExpired(until, on: day) {
                return "\(title) đã hết hạn ngày \(until.vietnamese); cần nộp bản còn hiệu lực (Điều 6.1.c QĐ 26/2026)."
            }
            return nil
        }
    }
}
