/// Có giá trị đến: the last day a paper with a term is valid, as the producer typed it on upload.
///
/// The day is the paper's own "có giá trị đến" (the last valid day): the paper is still good on that
/// day and expired from the next. A dateless paper is never expired here, as carry-over already treats
/// it (`DossierCarryOver`): most producers will not date what they uploaded before dates existed.
public enum DocumentValidity {
    /// Reads the form field: blank is "no date" (the field is optional), a day typed as
    /// `CalendarDay(typed:)` reads it is the date, anything else is refused with a message that says
    /// what was typed and what is expected, so nothing is saved on a typo.
    public static func parse(_ text: String?) -> Result<CalendarDay?, DocumentValidityError> {
        let trimmed = DossierText.trimmed(text ?? "")
        if trimmed.isEmpty { return .success(nil) }
        if let day = CalendarDay(typed: trimmed) { return .success(day) }
        return .failure(.unreadable(trimmed))
    }

    /// Hết hạn: the last valid day is before `day`.
    public static func isExpired(_ validUntil: CalendarDay?, on day: CalendarDay) -> Bool {
        guard let validUntil else { return false }
        return validUntil < day
    }
}

/// Why a typed validity date was refused.
public enum DocumentValidityError: Error, Sendable, Equatable {
    case unreadable(String)

    public var message: String {
        switch self {
        case .unreadable(let text):
            "Ngày «Có giá trị đến» không hợp lệ («\(text)»). Vui lòng nhập ngày theo dạng ngày/tháng/năm (ví dụ 30/06/2027); tệp chưa được lưu."
        }
    }
}
