import Foundation
import OCOPCore

/// What an audit entry changed, as lines a person reads (issue 12, "human text only"): the stored
/// before and after are JSON for the machine (filters, exports, a restore); a page shows each field
/// by its Vietnamese name with its old and new value, enumerations by their titles, dates as
/// dd/mm/yyyy, and leaves out what only a machine reads (record ids, checksums, notice audiences).
enum AuditDetails {
    struct Line: Equatable {
        let label: String
        /// Nil when the entry records no earlier value (a creation).
        let before: String?
        /// Nil when the entry records no later value (a deletion).
        let after: String?
    }

    static func lines(before: String?, after: String?) -> [Line] {
        let old = flatten(parse(before)), new = flatten(parse(after))
        if let event = new["summary"] { return eventLines(event, new) }
        let keys = Set(old.keys).union(new.keys).filter { labels[$0] != nil }
        return keys.sorted { order($0) < order($1) }.compactMap { key in
            let was = old[key].map { shown(key, $0) }, now = new[key].map { shown(key, $0) }
            if was == now, !old.isEmpty { return nil }
            return Line(label: labels[key]!, before: was, after: now)
        }
    }

    /// A dossier's workflow step: what it said, its details, the state it moved from and to.
    private static func eventLines(_ summary: String, _ event: [String: String]) -> [Line] {
        var lines = [Line(label: "Nội dung", before: nil, after: summary)]
        let details = event.filter { $0.key.hasPrefix("details.") }.sorted { order($0.key) < order($1.key) }
        lines += details.map { Line(label: "Chi tiết", before: nil, after: $0.value) }
        if let from = event["from"], let to = event["to"] {
            lines.append(Line(label: "Trạng thái", before: shown("state", from), after: shown("state", to)))
        }
        return lines
    }

    // MARK: - Reading the JSON

    /// Any JSON value: the stored before and after are whatever each service encoded.
    private indirect enum Value: Decodable {
        case text(String), bool(Bool), number(Double), list([Value]), object([String: Value]), null

        init(from decoder: any Decoder) throws {
            let container = try decoder.singleValueContainer()
            if container.decodeNil() { self = .null }
            else if let bool = try? container.decode(Bool.self) { self = .bool(bool) }
            else if let number = try? container.decode(Double.self) { self = .number(number) }
            else if let text = try? container.decode(String.self) { self = .text(text) }
            else if let list = try? container.decode([Value].self) { self = .list(list) }
            else { self = .object(try container.decode([String: Value].self)) }
        }

        var isPlain: Bool {
            switch self { case .list, .object: false; default: true }
        }

        var text: String {
            switch self {
            case .text(let text): text
            case .bool(let bool): bool ? "true" : "false"
            case .number(let number): number == number.rounded() ? String(Int(number)) : String(number).replacingOccurrences(of: ".", with: ",")
            case .null: ""
            case .list(let values): values.map(\.text).joined(separator: "; ")
            case .object: ""
            }
        }
    }

    private static func parse(_ json: String?) -> Value? {
        guard let data = json?.data(using: .utf8) else { return nil }
        return try? JSONDecoder().decode(Value.self, from: data)
    }

    /// "location.communeCode" → "00001"; a list of plain values joins into one ("a; b"), a list of
    /// objects and the event's details number their members ("details.0", "details.1").
    private static func flatten(_ value: Value?, prefix: String = "") -> [String: String] {
        switch value {
        case .object(let object):
            return object.reduce(into: [:]) { result, item in
                result.merge(flatten(item.value, prefix: prefix.isEmpty ? item.key : "\(prefix).\(item.key)")) { $1 }
            }
        case .list(let list) where !list.allSatisfy(\.isPlain) || prefix == "details":
            return list.enumerated().reduce(into: [:]) { result, item in
                result.merge(flatten(item.element, prefix: "\(prefix).\(item.offset)")) { $1 }
            }
        case nil:
            return [:]
        case let some?:
            return prefix.isEmpty ? [:] : [prefix: some.text]
        }
    }

    // MARK: - Words

    /// The value as read: enumerations by title, yes/no, dates dd/mm/yyyy, an empty value as "—".
    private static func shown(_ key: String, _ value: String) -> String {
        if value.isEmpty { return "—" }
        if value == "true" { return "có" }
        if value == "false" { return "không" }
        switch key {
        case "state": return DossierState(rawValue: value)?.title ?? value
        case "kind": return DossierKind(rawValue: value)?.title ?? value
        case "legalForm": return ProducerLegalForm(rawValue: value)?.title ?? value
        case "trademarkStatus": return TrademarkStatus(rawValue: value)?.title ?? value
        case "status": return ProducerStatus(rawValue: value)?.title ?? value
        case "roles", "role":
            return value.split(separator: ";").map { part in
                let role = part.trimmingCharacters(in: .whitespaces).split(separator: "@").first.map(String.init) ?? ""
                return Role(rawValue: role)?.title ?? role
            }.joined(separator: "; ")
        default:
            if let day = CalendarDay(iso: value) { return day.vietnamese }
            return value
        }
    }

    /// The fields a page shows, by the keys the services store; a key not listed is not shown (an
    /// id, a checksum, who is notified).
    static let labels: [String: String] = Dictionary(uniqueKeysWithValues: orderedLabels)

    private static let orderedLabels: [(String, String)] = [
        ("name", "Tên"), ("fullName", "Họ tên"), ("username", "Tên đăng nhập"), ("product", "Sản phẩm"), ("round", "Đợt"),
        ("kind", "Loại hồ sơ"), ("number", "Số"), ("year", "Năm"), ("signedOn", "Ngày ký"), ("day", "Ngày"), ("time", "Giờ"),
        ("place", "Địa điểm"), ("dossiers", "Số hồ sơ"), ("recognised", "Số sản phẩm được công nhận"), ("sentOn", "Ngày gửi"),
        ("receivedOn", "Ngày nhận"), ("desk", "Nơi tiếp nhận"), ("member", "Thành viên"), ("version", "Phiên bản"),
        ("total", "Tổng điểm"), ("reason", "Lý do"), ("note", "Ghi chú"), ("requested", "Nội dung đề nghị kiểm nghiệm"),
        ("laboratory", "Đơn vị kiểm nghiệm"), ("criterion", "Tiêu chí"), ("type", "Loại tài liệu"), ("file", "Tệp"),
        ("descriptions", "Số nội dung đã mô tả"), ("answers", "Số tiêu chí đã trả lời"),
        ("legalForm", "Loại hình"), ("taxCode", "Mã số thuế"), ("representative", "Người đại diện"),
        ("representativeIsWoman", "Người đại diện là phụ nữ"), ("representativeIsEthnicMinority", "Người đại diện là người dân tộc thiểu số"),
        ("address", "Địa chỉ"), ("phone", "Số điện thoại"), ("email", "Thư điện tử"), ("status", "Trạng thái"),
        ("rejectionReason", "Lý do từ chối"), ("criteriaSet", "Bộ tiêu chí"), ("productSet", "Bộ sản phẩm"),
        ("description", "Mô tả"), ("rawMaterialArea", "Vùng nguyên liệu"), ("packaging", "Bao bì, nhãn mác"),
        ("trademarkStatus", "Nhãn hiệu"), ("isActive", "Đang hoạt động"), ("roles", "Vai trò"), ("role", "Vai trò"),
    ]

    private static func order(_ key: String) -> String {
        let position = orderedLabels.firstIndex { $0.0 == key } ?? orderedLabels.count
        return String(format: "%03d", position) + key.split(separator: ".").map { part in
            Int(part).map { String(format: "%04d", $0) } ?? String(part)
        }.joined(separator: ".")
    }
}
