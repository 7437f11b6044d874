import Foundation
@testable import OCOPCore

/// The shipped 26/2026 transcription (`Sources/OCOPApp/Resources/reference/`, copied unchanged from
/// the project's shared data folder), found from this file so tests run from any directory and from
/// a clean checkout, and helpers over its sheets.
enum Law26Fixtures {
    static var dataFolder: URL {
        let here = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath()
        let repository = here.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        return repository.appendingPathComponent("Sources/OCOPApp/Resources/reference")
    }

    static let imported: Law26Importer.Import = try! Law26Importer.importSet(
        criteria: dataFolder.appendingPathComponent("qd26-2026.json"),
        classification: dataFolder.appendingPathComponent("classification-qd26-2026.json"))

    static var set: CriteriaSet { imported.criteriaSet }

    /// What a national officer would do with the one defect PROVENANCE reads as a yes/no criterion
    /// ("Ghi nhãn … song ngữ", printed with a maximum and no options): mark it yes/no. The typos
    /// (13, 11, blank cells, "4/1") are left, so their sheets stay unusable.
    static let corrected: CriteriaSet = {
        var set = Law26Fixtures.set
        for g in set.groups.indices {
            for s in set.groups[g].subGroups.indices {
                for p in set.groups[g].subGroups[s].productSets.indices {
                    var sheet = set.groups[g].subGroups[s].productSets[p].sheet
                    for part in sheet.parts.indices {
                        for section in sheet.parts[part].sections.indices {
                            for c in sheet.parts[part].sections[section].criteria.indices {
                                let criterion = sheet.parts[part].sections[section].criteria[c]
                                guard criterion.allOptions.isEmpty, criterion.subCriteria.isEmpty, let max = criterion.declaredMaxPoints else { continue }
                                sheet.parts[part].sections[section].criteria[c] = YesNo.criterion(code: criterion.code, text: criterion.text, maximum: max, note: criterion.note)
                            }
                        }
                    }
                    set.groups[g].subGroups[s].productSets[p].sheet = sheet
                }
            }
        }
        set.version = 2
        return set
    }()

    static func compiled(_ code: String) throws -> CompiledSheet {
        try CompiledSheet(corrected.productSet(code: code)!, in: corrected)
    }

    /// The best option of every criterion (its case named when it sits in one).
    static func best(_ sheet: CompiledSheet) -> AnswerSet {
        var answers: [String: Answer] = [:]
        for criterion in sheet.criteria { answers[criterion.code] = answer(criterion, criterion.allOptions.max { $0.points < $1.points }!) }
        return AnswerSet(answers)
    }

    static func answer(_ criterion: Criterion, _ option: ScoringOption) -> Answer {
        Answer(optionID: option.id, caseID: criterion.alternatives.first { $0.options.contains(option) }?.id)
    }

    /// `answers` with criterion `code` set to its option `optionID`.
    static func with(_ answers: AnswerSet, _ code: String, _ optionID: String, on sheet: CompiledSheet) -> AnswerSet {
        var changed = answers
        let criterion = sheet.criteria[sheet.index(ofCriterion: code)!]
        changed[code] = answer(criterion, criterion.option(id: optionID)!)
        return changed
    }
}
