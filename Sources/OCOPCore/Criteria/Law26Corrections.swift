/// Đính chính bản chép 26/2026: the corrections of the copy's typos that PROVENANCE lists (each
/// "source shows … probably …"), as data a national officer applies to a new version, one change
/// per defect with its reason. The shipped version 1 keeps the typos; the demo applies these
/// through the same change log the editor writes, and a test checks that they leave no defect.
public struct Law26Correction: Sendable {
    /// The product sets it touches (classification codes, "I.2.b").
    public let productSets: [String]
    /// Lý do: what the copy prints and what the text means, for the history.
    public let reason: String
    let apply: @Sendable (inout ScoringSheet) -> Void

    /// The set with this correction applied to each of its product sets.
    public func applied(to set: CriteriaSet) -> CriteriaSet {
        var set = set
        for g in set.groups.indices {
            for s in set.groups[g].subGroups.indices {
                for p in set.groups[g].subGroups[s].productSets.indices
                where productSets.contains(set.groups[g].subGroups[s].productSets[p].code) {
                    apply(&set.groups[g].subGroups[s].productSets[p].sheet)
                }
            }
        }
        return set
    }

    /// The five corrections of PROVENANCE's table, in its order.
    public static let qd26Copy: [Law26Correction] = [
        Law26Correction(productSets: ["I.2.b"],
                        reason: "Bộ 4, C mục 7 «Có trên 2 chỉ tiêu»: bản chép in 13 điểm, vượt điểm tối đa của mục; văn bản gốc là 3 điểm.") {
            $0.setPoints(3, ofOptionsPrinted: "13")
        },
        Law26Correction(productSets: ["I.5.a"],
                        reason: "Bộ 11, C 6.1.1 «Có rất ít tạp chất, chấp nhận được»: bản chép in 11 điểm; văn bản gốc là 1 điểm.") {
            $0.setPoints(1, ofOptionsPrinted: "11")
        },
        Law26Correction(productSets: ["I.2.b", "I.3.c", "I.4.b", "I.5.a"],
                        reason: "Bộ 4, 7, 10, 11, A 1.2 «Không được cấp giấy chứng nhận chất lượng»: bản chép để trống ô điểm; phương án thấp nhất là 0 điểm.") {
            $0.setPoints(0, ofOptionsPrinted: "")
        },
        Law26Correction(productSets: ["V.1"],
                        reason: "Bộ 23 (Hoa), C mục 9 «Hướng dẫn sử dụng»: ô điểm tối đa của mục in hai số «4» và «1»; điểm tối đa là 4, bằng tổng các tiêu chí của mục.") {
            $0.clearPrintedSectionMaxima()
        },
        Law26Correction(productSets: ["I.1.a", "I.1.b", "I.2.a", "I.2.b", "I.3.a", "I.3.b", "I.3.c", "I.3.d", "I.4.a", "I.4.b", "I.5.a",
                                      "I.5.b", "I.6", "II.1.a", "II.1.b", "II.2.a", "II.2.b", "III.1", "III.2", "III.3", "IV.1", "IV.2"],
                        reason: "Bộ 1–22, Phần A «Ghi nhãn hàng hóa có sử dụng song ngữ»: văn bản chỉ in điểm tối đa (1 điểm), không in phương án; là tiêu chí có/không: Không 0 điểm, Có 1 điểm.") {
            $0.markOptionlessCriteriaYesNo()
        },
    ]
}

extension ScoringSheet {
    /// Gives the options whose points the copy printed as `raw` (unreadable, kept in `sourcePointsRaw`) their points.
    mutating func setPoints(_ points: Points, ofOptionsPrinted raw: String) {
        mapCriteria { criterion in
            func fix(_ options: inout [ScoringOption]) {
                for index in options.indices where options[index].sourcePointsRaw == raw {
                    options[index].points = points
                    options[index].sourcePointsRaw = nil
                }
            }
            fix(&criterion.options)
            for index in criterion.alternatives.indices { fix(&criterion.alternatives[index].options) }
        }
    }

    /// Keeps the section maxima that were read and drops the printed cells that held two numbers.
    mutating func clearPrintedSectionMaxima() {
        for part in parts.indices {
            for section in parts[part].sections.indices where parts[part].sections[section].sourceMaxPointsRaw != nil {
                parts[part].sections[section].sourceMaxPointsRaw = nil
            }
        }
    }

    /// Turns a criterion printed with a maximum and no options into a yes/no criterion.
    mutating func markOptionlessCriteriaYesNo() {
        mapCriteria { criterion in
            guard criterion.allOptions.isEmpty, criterion.subCriteria.isEmpty, let maximum = criterion.declaredMaxPoints else { return }
            criterion = YesNo.criterion(code: criterion.code, text: criterion.text, maximum: maximum, note: criterion.note)
        }
    }

    /// Visits every criterion, sub-criteria included.
    private mutating func mapCriteria(_ body: (inout Criterion) -> Void) {
        func visit(_ criterion: inout Criterion) {
            body(&criterion)
            for index in criterion.subCriteria.indices { visit(&criterion.subCriteria[index]) }
        }
        for part in parts.indices {
            for section in parts[part].sections.indices {
                for index in parts[part].sections[section].criteria.indices { visit(&parts[part].sections[section].criteria[index]) }
            }
        }
    }
}
