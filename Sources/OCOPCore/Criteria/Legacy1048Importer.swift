import Foundation

/// Nhập bộ tiêu chí 1048: turns the shipped transcription of Quyết định 1048/QĐ-TTg (amended by
/// 781/QĐ-TTg) into a `CriteriaSet` with id "QD1048-2019".
///
/// The data is kept as found, defects included: a part that does not add up still does not add up,
/// and the validator says so. What the importer adds is only what can be derived without judgement:
/// - criterion codes from the outline numbering, prefixed by the part: "1.1. Nguồn nguyên liệu" in
///   part A → "A.1.1"; a criterion with no text of its own takes its section's number ("C.7");
/// - option ids by position ("1", "2"...), alternative cases "1", "2"... and their options "2.1";
/// - a knock-out flag only where the note says the evaluation stops ("không đánh giá các bước tiếp
///   theo") *and* an option names the very condition ("... không chấp nhận được"). Other elimination
///   notes ("Bị loại nếu sử dụng toàn bộ nguyên liệu nhập khẩu...") have no matching option and stay notes;
/// - product set codes as ASCII slugs of their names ("che-tuoi-che-bien").
/// The source has no group tree, so all 26 sets sit in one group and sub-group.
/// Anything noteworthy found on the way is returned in `remarks`, in Vietnamese.
public enum Legacy1048Importer {
    public static let criteriaSetID = "QD1048-2019"

    public struct Import: Sendable {
        public var criteriaSet: CriteriaSet
        /// Observations for the person importing, e.g. derived knock-outs and suspicious alternatives.
        public var remarks: [String]
    }

    /// How the numbered items under a criterion are read. The transcription stores "6.1.1 Tạp chất",
    /// "6.1.2 Hình dạng" under the key it uses for choose-one cases; the text scores them all and adds
    /// them (as 148 and 26/2026 print the same sheets). Version 1, shipped first, kept them as cases,
    /// which left tea and coffee short of their part maxima and refused; version 2 reads them as
    /// sub-criteria, so those sheets add up and become usable (issue 11).
    public enum Reading: Sendable {
        /// Version 1: as transcribed (numbered items are alternative cases).
        case asTranscribed
        /// Version 2: numbered items "n.m.k" under criterion "n.m" are additive sub-criteria.
        case numberedCasesAsSubCriteria

        var version: Int { self == .asTranscribed ? 1 : 2 }
        /// 1048 lapsed when 148/QĐ-TTg took effect (24/02/2023); version 1 was shipped without the date.
        var effectiveTo: CalendarDay? { self == .asTranscribed ? nil : CalendarDay(year: 2023, month: 2, day: 23) }
    }

    public static func importSet(contentsOf url: URL, reading: Reading = .asTranscribed) throws -> Import {
        try importSet(from: Data(contentsOf: url), reading: reading)
    }

    public static func importSet(from data: Data, reading: Reading = .asTranscribed) throws -> Import {
        let file = try JSONDecoder().decode(Legacy1048File.self, from: data)
        var remarks: [String] = []
        let productSets = file.productSets.map { entry in
            ProductSet(code: asciiSlug(entry.productSet), name: entry.productSet,
                       sheet: ScoringSheet(parts: entry.parts.map { convert($0, productSet: entry.productSet, reading: reading, remarks: &remarks) }))
        }
        let set = CriteriaSet(
            id: criteriaSetID, version: reading.version,
            name: "Bộ tiêu chí đánh giá, phân hạng sản phẩm OCOP theo Quyết định 1048/QĐ-TTg",
            legalBasis: "Quyết định 1048/QĐ-TTg ngày 21/8/2019, sửa đổi bởi Quyết định 781/QĐ-TTg (2020). Dữ liệu: \(file.criteriaSet); \(file.source)",
            scope: .national, effectiveFrom: CalendarDay(year: 2019, month: 8, day: 21), effectiveTo: reading.effectiveTo, status: .draft,
            partMaxima: partMaxima,
            starBands: StarBand.national, recognitionThreshold: .three,
            factGates: [FactGate(fact: .hasRegisteredTrademark, requiredFrom: .four)],
            bonusRules: [],
            groups: [ProductGroup(code: "QD1048", name: "Các bộ sản phẩm theo Quyết định 1048/QĐ-TTg", subGroups: [
                ProductSubGroup(code: "QD1048.1", name: "Dữ liệu nguồn không phân nhóm", productSets: productSets),
            ])])
        return Import(criteriaSet: set, remarks: remarks)
    }

    /// 1048 fixes the parts of every sheet: A 35, B 25, C 40.
    static let partMaxima = [
        PartMaximum(part: "A", name: "Sản phẩm và sức mạnh cộng đồng", maxPoints: 35),
        PartMaximum(part: "B", name: "Khả năng tiếp thị", maxPoints: 25),
        PartMaximum(part: "C", name: "Chất lượng sản phẩm", maxPoints: 40),
    ]

    private static func convert(_ part: Legacy1048File.Part, productSet: String, reading: Reading, remarks: inout [String]) -> SheetPart {
        var sections: [SheetSection] = []
        var caseSumBonus = Points.zero
        var suspicious: [String] = []
        var readAsSubCriteria: [String] = []
        for section in part.sections {
            let heading = splitOutlineNumber(section.section)
            let sectionNumber = heading?.number ?? String(sections.count + 1)
            var criteria: [Criterion] = []
            for (position, entry) in section.criteria.enumerated() {
                let numbered = splitOutlineNumber(entry.text)
                let number: String
                let text: String
                if let numbered, numbered.number.hasPrefix(sectionNumber + ".") {
                    (number, text) = (numbered.number, numbered.rest)
                } else if entry.text.trimmingCharacters(in: .whitespaces).isEmpty && section.criteria.count == 1 {
                    (number, text) = (sectionNumber, heading?.rest ?? section.section)
                } else {
                    (number, text) = ("\(sectionNumber).\(position + 1)", entry.text)
                }
                let code = "\(part.code).\(number)"
                let stops = entry.note.map(announcesKnockOut) ?? false
                var criterion = Criterion(code: code, text: text, note: entry.note)
                criterion.options = (entry.options ?? []).enumerated().map { index, option in
                    makeOption(option, id: "\(index + 1)", knockOut: stops)
                }
                criterion.alternatives = (entry.alternatives ?? []).enumerated().map { caseIndex, alternative in
                    AlternativeCase(id: "\(caseIndex + 1)", text: alternative.text, options: alternative.options.enumerated().map { index, option in
                        makeOption(option, id: "\(caseIndex + 1).\(index + 1)", knockOut: stops)
                    })
                }
                for option in criterion.allOptions where option.isKnockOut {
                    remarks.append("«\(productSet)», tiêu chí \(code): phương án «\(option.text)» được đánh dấu là phương án loại theo ghi chú «\(entry.note ?? "")».")
                }
                let numberedItems = criterion.alternatives.count > 1
                    && criterion.alternatives.allSatisfy({ splitOutlineNumber($0.text)?.number.hasPrefix(number + ".") ?? false })
                if numberedItems, reading == .numberedCasesAsSubCriteria {
                    criterion.subCriteria = criterion.alternatives.map { subCriterion($0, part: part.code) }
                    criterion.alternatives = []
                    readAsSubCriteria.append(code)
                } else if numberedItems {
                    let caseMaxima = criterion.alternatives.map { $0.options.map(\.points).max() ?? .zero }
                    caseSumBonus = caseSumBonus + caseMaxima.reduce(.zero, +) - criterion.maxPoints
                    suspicious.append(code)
                }
                criteria.append(criterion)
            }
            sections.append(SheetSection(title: section.section, criteria: criteria))
        }
        var converted = SheetPart(code: part.code, name: part.name, maxPoints: part.maxPoints, sections: sections)
        // The transcription's per-sheet part maximum was added up with one case chosen per item (tea
        // C 28, coffee C 30); where the items are read as sub-criteria it is the decision's own figure.
        if !readAsSubCriteria.isEmpty, let fixed = partMaxima.first(where: { $0.part == part.code })?.maxPoints, fixed != part.maxPoints {
            converted.maxPoints = fixed
            remarks.append("«\(productSet)», Phần \(part.code): các mục \(readAsSubCriteria.joined(separator: ", ")) được đọc là tiêu chí con cộng điểm; điểm tối đa của phần lấy theo quyết định (\(fixed.vietnamese)) thay cho \(part.maxPoints.vietnamese) của bản chép.")
        }
        if !suspicious.isEmpty {
            remarks.append("«\(productSet)», Phần \(part.code): các trường hợp của tiêu chí \(suspicious.joined(separator: ", ")) được đánh số như tiêu chí con; nếu chấm tất cả chứ không chọn một, tổng điểm tối đa của phần là \(converted.criteriaMaximum + caseSumBonus) thay vì \(converted.criteriaMaximum). Dữ liệu được giữ nguyên, cần đối chiếu văn bản gốc.")
        }
        return converted
    }

    /// A numbered item "6.1.1 Tạp chất" read as the sub-criterion "C.6.1.1", its options renumbered from 1.
    private static func subCriterion(_ item: AlternativeCase, part: String) -> Criterion {
        let numbered = splitOutlineNumber(item.text)
        return Criterion(code: "\(part).\(numbered?.number ?? item.id)", text: numbered?.rest ?? item.text,
                         options: item.options.enumerated().map { index, option in
                             var renumbered = option
                             renumbered.id = "\(index + 1)"
                             return renumbered
                         })
    }

    private static func makeOption(_ option: Legacy1048File.Option, id: String, knockOut stops: Bool) -> ScoringOption {
        ScoringOption(id: id, text: option.text, points: option.points,
                      isKnockOut: stops && option.text.lowercased().contains("không chấp nhận được"))
    }

    /// The note says that the evaluation stops or the product is eliminated.
    static func announcesKnockOut(_ note: String) -> Bool {
        let lower = note.lowercased()
        return lower.contains("không đánh giá các bước tiếp theo")
    }
}
