import Foundation

/// Nhập bộ tiêu chí 26/2026: turns the shipped transcription of Quyết định 26/2026/QĐ-TTg
/// (Phụ lục II, 26 sheets) and its classification (Phụ lục I) into a national `CriteriaSet`
/// "QD26-2026", in force from 22/5/2026.
///
/// As with 1048, the data is kept as found: points the source prints wrongly stay unusable
/// (`sourcePointsRaw`), the criterion printed without options stays without options, the section
/// maximum printed as two numbers keeps both, and the validator refuses those sheets with the
/// reason, until a national officer issues a corrected version. Derived without judgement:
/// - codes: part + printed number ("A" + "1.5" → "A.1.5", sub-criterion "C.6.1.1");
/// - option ids by position ("1", "2"…); alternative cases by their printed letter ("a", "b") and
///   their options "a.1", "a.2"…;
/// - star minimums from the printed marks (`minForStar`), sub-criteria as additive, alternatives as choose-one;
/// - the tree ngành → nhóm → bộ sản phẩm (the phân nhóm, or the nhóm when it has none) with the
///   responsible ministry of each product set.
/// The data's own anomaly notes are passed on in `remarks`.
public enum Law26Importer {
    public static let criteriaSetID = "QD26-2026"

    /// Which decision's transcription is read. The unofficial 148 copy has the same shape and the
    /// same 26 product sets in the same order (its product sets carry 26/2026's classification codes),
    /// so one reader serves both; what differs is the set's identity, dates and parts, and that only
    /// 26/2026 names a responsible ministry per product set (148's copy only repeats 26/2026's).
    public enum Edition: Sendable {
        /// Quyết định 26/2026/QĐ-TTg, in force from 22/5/2026.
        case qd26
        /// Quyết định 148/QĐ-TTg, from an unofficial transcription: labelled so wherever its name shows.
        case qd148Unofficial

        public var criteriaSetID: String {
            switch self {
            case .qd26: Law26Importer.criteriaSetID
            case .qd148Unofficial: "QD148-2023"
            }
        }

        var name: String {
            switch self {
            case .qd26: "Bộ tiêu chí đánh giá, phân hạng sản phẩm OCOP theo Quyết định 26/2026/QĐ-TTg"
            case .qd148Unofficial: "Bộ tiêu chí đánh giá, phân hạng sản phẩm OCOP theo Quyết định 148/QĐ-TTg (bản chép không chính thức)"
            }
        }

        /// 148/QĐ-TTg replaced 1048 from 24/02/2023 and lapsed when 26/2026 took over its dossiers (21/7/2026).
        var period: (from: CalendarDay?, to: CalendarDay?) {
            switch self {
            case .qd26: (CalendarDay(year: 2026, month: 5, day: 22), nil)
            case .qd148Unofficial: (CalendarDay(year: 2023, month: 2, day: 24), CalendarDay(year: 2026, month: 7, day: 21))
            }
        }

        func legalBasis(_ file: Law26File) -> String {
            switch self {
            case .qd26:
                "Quyết định 26/2026/QĐ-TTg ngày 22/5/2026 (Phụ lục I: phân loại; Phụ lục II: phiếu đánh giá). Dữ liệu: \(file.criteriaSet), chép từ \(file.source.repo) \(file.source.place) @ \(file.source.commit)"
            case .qd148Unofficial:
                "Quyết định 148/QĐ-TTg ngày 24/02/2023 (Phụ lục III). Bản chép KHÔNG CHÍNH THỨC, chưa đối chiếu với văn bản gốc: \(file.criteriaSet), từ \(file.source.repo) \(file.source.place) @ \(file.source.commit)"
            }
        }
    }

    public struct Import: Sendable {
        public var criteriaSet: CriteriaSet
        /// Observations for the person importing, in Vietnamese (typos carried over, notes placed).
        public var remarks: [String]
    }

    public static func importSet(criteria: URL, classification: URL, edition: Edition = .qd26) throws -> Import {
        try importSet(criteria: Data(contentsOf: criteria), classification: Data(contentsOf: classification), edition: edition)
    }

    public static func importSet(criteria: Data, classification: Data, edition: Edition = .qd26) throws -> Import {
        let file = try JSONDecoder().decode(Law26File.self, from: criteria)
        let tree = try JSONDecoder().decode(Law26ClassificationFile.self, from: classification)
        var remarks: [String] = []
        var sheets: [String: (name: String, sheet: ScoringSheet)] = [:]
        for entry in file.productSets {
            var converter = Law26SheetConverter(productSet: entry.productSet)
            let sheet = ScoringSheet(parts: entry.parts.map { converter.part($0) }, eliminationRules: entry.eliminationRules ?? [])
            remarks += converter.remarks
            sheets[entry.classification.code] = (entry.productSet, sheet)
        }
        let authorities = Dictionary(tree.productSets.map { ($0.classificationCode, $0.coQuanChuTriQuanLy2026) }) { first, _ in first }
        var placed = Set<String>()
        func productSet(_ code: String, fallbackName: String, authority: String?) -> ProductSet? {
            guard let found = sheets[code] else {
                remarks.append("Phụ lục I có «\(code) \(fallbackName)» nhưng Phụ lục II không có phiếu đánh giá cho mã này.")
                return nil
            }
            placed.insert(code)
            return ProductSet(code: code, name: found.name, sheet: found.sheet,
                              responsibleAuthority: edition == .qd26 ? (authorities[code] ?? nil) ?? authority : nil)
        }
        let groups = tree.tree.map { branch in
            ProductGroup(code: branch.code, name: branch.name, subGroups: branch.groups.map { group in
                let members: [ProductSet]
                if let subGroups = group.subGroups, !subGroups.isEmpty {
                    members = subGroups.compactMap { productSet($0.code, fallbackName: $0.name, authority: $0.coQuanChuTriQuanLy) }
                } else {
                    members = [productSet(group.code, fallbackName: group.name, authority: group.coQuanChuTriQuanLy)].compactMap { $0 }
                }
                return ProductSubGroup(code: group.code, name: group.name, productSets: members)
            })
        }
        for code in sheets.keys.sorted() where !placed.contains(code) {
            remarks.append("Phiếu «\(code) \(sheets[code]!.name)» không có trong cây phân loại của Phụ lục I.")
        }
        let set = CriteriaSet(
            id: edition.criteriaSetID, version: 1, name: edition.name, legalBasis: edition.legalBasis(file),
            scope: .national, effectiveFrom: edition.period.from, effectiveTo: edition.period.to, status: .draft,
            partMaxima: [
                PartMaximum(part: "A", name: "Sản phẩm và sức mạnh của cộng đồng", maxPoints: 40),
                PartMaximum(part: "B", name: "Khả năng tiếp thị", maxPoints: 25),
                PartMaximum(part: "C", name: "Chất lượng sản phẩm", maxPoints: 35),
            ],
            // The registered trademark is a star minimum of the IP criterion itself, the women /
            // ethnic-minority / disability point an ordinary criterion: no fact gate, no bonus.
            starBands: StarBand.national, recognitionThreshold: .three, factGates: [], bonusRules: [],
            groups: groups)
        return Import(criteriaSet: set, remarks: remarks)
    }
}
