import Foundation

/// Đợt đăng ký: the period in which a commune (or a province, for all its communes) receives OCOP
/// registrations for a year's evaluation, e.g. An Khánh's letter for 2026: new products and expired
/// products to re-evaluate, "trước ngày 30/6/2026"; after that "Phòng Kinh tế không tổng hợp".
///
/// Days are calendar days in Vietnam and both ends are inclusive: the closing day is the last day on
/// which a registration is received. A letter that says "trước ngày 30/6" literally excludes 30/06;
/// the officer who keys the round decides and enters the last day accepted.
public struct RegistrationRound: Sendable, Codable, Equatable, Hashable {
    public var id: String
    /// "Đăng ký đánh giá, phân hạng sản phẩm OCOP năm 2026".
    public var name: String
    /// Năm đánh giá: the evaluation year the registrations are compiled for.
    public var year: Int
    /// The kinds of dossier received, in `DossierKind` order.
    public var kinds: [DossierKind]
    /// Ngày bắt đầu nhận hồ sơ (inclusive).
    public var opensOn: CalendarDay
    /// Hạn chót (inclusive).
    public var closesOn: CalendarDay
    /// Địa bàn: the communes the round covers; a province location covers all its communes.
    public var coverage: [UnitLocation]

    public init(id: String, name: String, year: Int, kinds: [DossierKind], opensOn: CalendarDay, closesOn: CalendarDay,
                coverage: [UnitLocation]) {
        self.id = id
        self.name = name
        self.year = year
        self.kinds = Array(Set(kinds)).sorted()
        self.opensOn = opensOn
        self.closesOn = closesOn
        self.coverage = coverage
    }

    enum CodingKeys: String, CodingKey { case id, name, year, kinds, opensOn, closesOn, coverage }

    /// Where the round stands on a day.
    public enum Phase: String, Sendable, Codable, Hashable {
        case upcoming, open, closed

        public var title: String {
            switch self {
            case .upcoming: "Chưa mở"
            case .open: "Đang nhận hồ sơ"
            case .closed: "Đã kết thúc"
            }
        }
    }

    public func phase(on day: CalendarDay) -> Phase {
        day < opensOn ? .upcoming : day > closesOn ? .closed : .open
    }

    /// What keeps the round from being saved, in Vietnamese.
    public var problems: [String] {
        var problems: [String] = []
        if DossierText.isBlank(name) { problems.append("Chưa nhập tên đợt đăng ký.") }
        if !(2000...9999).contains(year) { problems.append("Năm đánh giá \(year) không hợp lệ.") }
        if kinds.isEmpty { problems.append("Đợt đăng ký phải nhận ít nhất một loại hồ sơ.") }
        if closesOn < opensOn {
            problems.append("Hạn chót \(closesOn.vietnamese) trước ngày bắt đầu nhận hồ sơ \(opensOn.vietnamese).")
        }
        if coverage.isEmpty { problems.append("Đợt đăng ký chưa có địa bàn áp dụng.") }
        if coverage.contains(where: { $0.provinceCode == nil }) {
            problems.append("Địa bàn của đợt đăng ký phải là một tỉnh/thành phố hoặc một xã/phường cụ thể.")
        }
        return problems
    }

    /// True when the commune lies in the round's coverage.
    public func covers(_ commune: UnitLocation) -> Bool {
        coverage.contains { $0.contains(commune) }
    }

    /// The last day a producer may register: the round's closing day, or its extension's when the
    /// extension applies to this round.
    public func lastDay(with extension: RegistrationExtension?) -> CalendarDay {
        guard let grant = `extension`, grant.applies(to: self) else { return closesOn }
        return grant.newClosingDay
    }

    /// Whether a registration of this kind, from a producer in this commune, is received on this day.
    /// An extension only counts for the round it was granted in and only moves the closing day.
    public func admits(_ kind: DossierKind, on day: CalendarDay, commune: UnitLocation,
                       extension: RegistrationExtension? = nil) -> RegistrationDecision {
        let round = DossierText.quoted(name)
        guard covers(commune) else {
            return .refused("Đợt đăng ký \(round) không áp dụng cho xã/phường của chủ thể.")
        }
        guard kinds.contains(kind) else {
            let accepted = kinds.map { $0.title.lowercased() }.joined(separator: ", ")
            return .refused("Đợt đăng ký \(round) không nhận \(kind.dossierPhrase) (chỉ nhận: \(accepted)).")
        }
        guard day >= opensOn else {
            return .refused("Đợt đăng ký \(round) bắt đầu nhận hồ sơ từ ngày \(opensOn.vietnamese).")
        }
        let last = lastDay(with: `extension`)
        guard day <= last else {
            if last == closesOn {
                return .refused("Đợt đăng ký đã kết thúc ngày \(closesOn.vietnamese); hồ sơ nộp muộn không được tổng hợp.")
            }
            return .refused("Thời hạn gia hạn cho chủ thể đã kết thúc ngày \(last.vietnamese); hồ sơ nộp muộn không được tổng hợp.")
        }
        return .allowed
    }

    /// `admits(_:on:commune:extension:)` for an instant, counted as a day in Vietnam.
    public func admits(_ kind: DossierKind, at instant: Date, commune: UnitLocation,
                       extension: RegistrationExtension? = nil) -> RegistrationDecision {
        admits(kind, on: .inVietnam(instant), commune: commune, extension: `extension`)
    }
}

/// Kết quả kiểm tra thời hạn đăng ký: received, or refused with a reason fit to show the producer.
public enum RegistrationDecision: Sendable, Equatable, Hashable {
    case allowed
    case refused(String)

    public var isAllowed: Bool { self == .allowed }

    public var refusal: String? {
        if case .refused(let reason) = self { reason } else { nil }
    }
}
