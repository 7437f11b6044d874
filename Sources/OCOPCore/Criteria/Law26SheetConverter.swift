/// One 26/2026 sheet, part by part, into the project's model: the conversions `Law26Importer`
/// lists, and a remark for everything the person importing should look at.
struct Law26SheetConverter {
    let productSet: String
    private(set) var remarks: [String] = []

    init(productSet: String) { self.productSet = productSet }

    mutating func part(_ part: Law26File.Part) -> SheetPart {
        SheetPart(code: part.code, name: part.name, maxPoints: part.maxPoints,
                  sections: part.sections.map { section($0, part: part.code) })
    }

    private mutating func section(_ section: Law26File.Section, part: String) -> SheetSection {
        var criteria = section.criteria.map { criterion($0, part: part) }
        var raw: String?
        if let note = section.note {
            if let printed = Self.printedCell(in: note) {
                raw = printed
            } else if criteria.count == 1 {
                // A section of one criterion prints its guidance under the section heading.
                criteria[0].note = [note, criteria[0].note].compactMap { $0 }.joined(separator: "\n")
            } else {
                remark("mục \(part).\(section.code) có ghi chú «\(note)» không gắn được với một tiêu chí; chưa đưa vào phiếu.")
            }
        }
        return SheetSection(title: "\(section.code). \(section.section)", criteria: criteria,
                            maxPoints: section.maxPoints, sourceMaxPointsRaw: raw)
    }

    private mutating func criterion(_ entry: Law26File.CriterionEntry, part: String) -> Criterion {
        let code = "\(part).\(entry.code)"
        var criterion = Criterion(code: code, text: entry.text, note: entry.note, declaredMaxPoints: entry.maxPoints)
        criterion.options = (entry.options ?? []).enumerated().map { option($0.element, id: "\($0.offset + 1)") }
        criterion.alternatives = (entry.alternatives ?? []).map { alternative in
            AlternativeCase(id: alternative.label, text: alternative.text,
                            options: alternative.options.enumerated().map { option($0.element, id: "\(alternative.label).\($0.offset + 1)") })
        }
        criterion.subCriteria = (entry.subCriteria ?? []).map { self.criterion($0, part: part) }
        if criterion.options.isEmpty && criterion.alternatives.isEmpty && criterion.subCriteria.isEmpty {
            remark("tiêu chí \(code) «\(entry.text)» không in phương án chấm (tối đa \(entry.maxPoints?.vietnamese ?? "—") điểm); giữ nguyên, cần xác nhận là tiêu chí có/không.")
        }
        for anomaly in entry.anomalies ?? [] {
            remark("tiêu chí \(code): bản chép ghi nhận lỗi của văn bản nguồn: \(anomaly)")
        }
        return criterion
    }

    private func option(_ option: Law26File.Option, id: String) -> ScoringOption {
        let star = option.minForStar.flatMap(Star.init(rawValue:))
        guard let points = option.points else {
            return ScoringOption(id: id, text: option.text, points: .zero, minForStar: star, sourcePointsRaw: option.sourcePointsRaw ?? "")
        }
        return ScoringOption(id: id, text: option.text, points: points, minForStar: star)
    }

    private mutating func remark(_ text: String) { remarks.append("«\(productSet)», \(text)") }

    /// The transcriber's "score cell reads '4\n1'" note: the cell as printed, one line per number.
    static func printedCell(in note: String) -> String? {
        guard note.contains("[transcriber]"), let start = note.range(of: "reads '"),
              let end = note[start.upperBound...].firstIndex(of: "'") else { return nil }
        return note[start.upperBound..<end].replacingOccurrences(of: "\\n", with: "\n")
    }
}
