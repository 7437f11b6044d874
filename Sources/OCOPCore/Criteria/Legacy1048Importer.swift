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

    public static func importSet(contentsOf url: URL) throws -> Import {
        try importSet(from: Data(contentsOf: url))
    }

    public static func importSet(from data: Data) throws -> Import {
        let file = try JSONDecoder().decode(Legacy1048File.self, from: data)
        var remarks: [String] = []
        let productSets = file.productSets.map { entry in
            ProductSet(code: asciiSlug(entry.productSet), name: entry.productSet,
                       sheet: ScoringSheet(parts: entry.parts.map { convert($0, productSet: entry.productSet, remarks: &remarks) }))
        }
        let set = CriteriaSet(
            id: criteriaSetID, version: 1,
            name: "Bộ tiêu chí đánh giá, phân hạng sản phẩm OCOP theo Quyết định 1048/QĐ-TTg",
            legalBasis: "Quyết định 1048/QĐ-TTg ngày 21/8/2019, sửa đổi bởi Quyết định 781/QĐ-TTg (2020). Dữ liệu: \(file.criteriaSet); \(file.source)",
            scope: .national, effectiveFrom: CalendarDay(year: 2019, month: 8, day: 21), effectiveTo: nil, status: .draft,
            partMaxima: [
                PartMaximum(part: "A", name: "Sản phẩm và sức mạnh cộng đồng", maxPoints: 35),
                PartMaximum(part: "B", name: "Khả năng tiếp thị", maxPoints: 25),
                PartMaximum(part: "C", name: "Chất lượng sản phẩm", maxPoints: 40),
            ],
            starBands: StarBand.national, recognitionThreshold: .three,
            factGates: [FactGate(fact: .hasRegisteredTrademark, requiredFrom: .four)],
            bonusRules: [],
            groups: [ProductGroup(code: "QD1048", name: "Các bộ sản phẩm theo Quyết định 1048/QĐ-TTg", subGroups: [
                ProductSubGroup(code: "QD1048.1", name: "Dữ liệu nguồn không phân nhóm", productSets: productSets),
            ])])
        return Import(criteriaSet: set, remarks: remarks)
    }

    private static func convert(_ part: Legacy1048File.Part, productSet: String, remarks: inout [String]) -> SheetPart {
        var sections: [SheetSection] = []
        var caseSumBonus = Points.zero
        var suspicious: [String] = []
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
                if criterion.alternatives.count > 1,
                   criterion.alternatives.allSatisfy({ splitOutlineNumber($0.text)?.number.hasPrefix(number + ".") ?? false }) {
                    let caseMaxima = criterion.alternatives.map { $0.options.map(\.points).max() ?? .zero }
                    caseSumBonus = caseSumBonus + caseMaxima.reduce(.zero, +) - criterion.maxPoints
                    suspicious.append(code)
                }
                criteria.append(criterion)
            }
            sections.append(SheetSection(title: section.section, criteria: criteria))
        }
        let converted = SheetPart(code: part.code, name: part.name, maxPoints: part.maxPoints, sections: sections)
        if !suspicious.isEmpty {
            remarks.append("«\(productSet)», Phần \(part.code): các trường hợp của tiêu chí \(suspicious.joined(separator: ", ")) được đánh số như tiêu chí con; nếu chấm tất cả chứ không chọn một, tổng điểm tối đa của phần là \(converted.criteriaMaximum + caseSumBonus) thay vì \(converted.criteriaMaximum). Dữ liệu được giữ nguyên, cần đối chiếu văn bản gốc.")
        }
        return converted
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
