@testable import OCOPCore

/// Star marks for random sets: on some criteria, one option per star from 3★ to 5★, each worth at
/// least the one below, as the validator requires.
enum RandomMinimums {
    static func mark(_ set: CriteriaSet, rng: inout SplitMix64) -> CriteriaSet {
        var set = set
        for g in set.groups.indices {
            for s in set.groups[g].subGroups.indices {
                for p in set.groups[g].subGroups[s].productSets.indices {
                    for part in set.groups[g].subGroups[s].productSets[p].sheet.parts.indices {
                        for section in set.groups[g].subGroups[s].productSets[p].sheet.parts[part].sections.indices {
                            for c in set.groups[g].subGroups[s].productSets[p].sheet.parts[part].sections[section].criteria.indices
                            where Int.random(in: 0..<3, using: &rng) == 0 {
                                mark(&set.groups[g].subGroups[s].productSets[p].sheet.parts[part].sections[section].criteria[c], rng: &rng)
                            }
                        }
                    }
                }
            }
        }
        return set
    }

    /// Marks options of a plain criterion (not its cases) for rising stars with non-decreasing points.
    static func mark(_ criterion: inout Criterion, rng: inout SplitMix64) {
        guard criterion.alternatives.isEmpty, !criterion.options.isEmpty else { return }
        let byPoints = criterion.options.indices.sorted { (criterion.options[$0].points, $0) < (criterion.options[$1].points, $1) }
        var floor = Int.random(in: 0..<byPoints.count, using: &rng)
        for star in [Star.three, .four, .five] where Bool.random(using: &rng) {
            criterion.options[byPoints[floor]].minForStar = star
            floor = Int.random(in: floor..<byPoints.count, using: &rng)
            if criterion.options[byPoints[floor]].minForStar != nil { break }
        }
    }
}
