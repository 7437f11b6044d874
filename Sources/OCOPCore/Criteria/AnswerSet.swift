/// Phương án đã chọn cho một tiêu chí: the option picked, and for a criterion with alternative
/// cases the case it belongs to (asked separately so a mis-click between cases is caught).
public struct Answer: Sendable, Codable, Equatable, Hashable {
    public var optionID: String
    public var caseID: String?

    public init(optionID: String, caseID: String? = nil) {
        self.optionID = optionID
        self.caseID = caseID
    }

    enum CodingKeys: String, CodingKey { case optionID = "option", caseID = "case" }
}

/// Phiếu chấm đã điền: one evaluator's answers on one sheet, criterion code → answer.
/// The same shape serves the producer's self-assessment and each council member's sheet.
public struct AnswerSet: Sendable, Codable, Equatable, Hashable, ExpressibleByDictionaryLiteral {
    public var answers: [String: Answer]

    public init(_ answers: [String: Answer] = [:]) { self.answers = answers }

    public init(dictionaryLiteral elements: (String, Answer)...) {
        self.answers = Dictionary(elements, uniquingKeysWith: { _, last in last })
    }

    public subscript(code: String) -> Answer? {
        get { answers[code] }
        set { answers[code] = newValue }
    }

    /// JSON: a plain object `{"A.1.1": {"option": "3"}, "C.6.1": {"option": "2.1", "case": "2"}}`.
    public init(from decoder: any Decoder) throws {
        answers = try decoder.singleValueContainer().decode([String: Answer].self)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(answers)
    }
}

/// Phiếu chấm đã đối chiếu: the answers resolved against one compiled sheet: for each criterion in sheet order, the index of
/// the chosen option among `Criterion.allOptions`, or -1 when unanswered. This is what the engine
/// scores with plain array reads; `CompiledSheet.index(_:)` builds it from an `AnswerSet`.
public struct IndexedAnswers: Sendable, Equatable, Hashable {
    public var choices: [Int32]

    public init(choices: [Int32]) { self.choices = choices }
}

/// Lỗi phiếu chấm: why an answer set cannot be scored: unanswered applicable criteria, or answers that do not fit.
public struct AnswerSetError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Applicable criteria without an answer, in sheet order.
    public var missing: [String]
    /// Answers that name an unknown criterion, option or case.
    public var invalid: [InvalidAnswer]

    public init(missing: [String] = [], invalid: [InvalidAnswer] = []) {
        self.missing = missing
        self.invalid = invalid
    }

    public var isEmpty: Bool { missing.isEmpty && invalid.isEmpty }

    /// "Chưa chấm các tiêu chí: A.1.2, C.7. Trả lời không hợp lệ: B.4.1 (không có phương án «9»)."
    public var message: String {
        var sentences: [String] = []
        if !missing.isEmpty {
            sentences.append("Chưa chấm các tiêu chí: \(missing.joined(separator: ", ")).")
        }
        if !invalid.isEmpty {
            let listed = invalid.map { "\($0.criterionCode) (\($0.reason))" }.joined(separator: ", ")
            sentences.append("Trả lời không hợp lệ: \(listed).")
        }
        return sentences.joined(separator: " ")
    }

    public var description: String { message }
}

/// Trả lời không hợp lệ: one answer that does not fit the sheet, with the reason in Vietnamese.
public struct InvalidAnswer: Sendable, Equatable, Hashable {
    public var criterionCode: String
    public var reason: String

    public init(criterionCode: String, reason: String) {
        self.criterionCode = criterionCode
        self.reason = reason
    }
}
