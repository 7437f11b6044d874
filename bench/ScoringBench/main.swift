import Foundation
import OCOPCore

// ocop-bench [N] [path/to/qd1048-2019.json]
//
// Scores N random filled sheets (default 1,000,000) on one thread and prints the rate.
// Sheets are the 20 usable product sets of the shipped 1048 data (the 6 defective ones do not
// compile, by design); when the default file is absent, a synthetic 40/25/35 sheet is used instead.
// Answers are generated in batches outside the timed region; only scoring is timed. A second,
// smaller run scores answer sets keyed by criterion code (the web form's path) for comparison.

/// xorshift64*: fast, deterministic, good enough to spread answers.
struct FastRandom: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
        state ^= state >> 12
        state ^= state << 25
        state ^= state >> 27
        return state &* 2_685_821_657_736_338_717
    }
}

let arguments = CommandLine.arguments
let count = arguments.count > 1 ? Int(arguments[1].replacingOccurrences(of: "_", with: "")) ?? 1_000_000 : 1_000_000
let defaultPath = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath()
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Sources/OCOPApp/Resources/reference/qd1048-2019.json").path
let candidates = arguments.count > 2 ? [arguments[2]] : [defaultPath, "Sources/OCOPApp/Resources/reference/qd1048-2019.json"]

func syntheticSheets() -> [CompiledSheet] {
    var set = CriteriaSet.framework148()
    func part(_ code: String, _ maxPoints: Int) -> SheetPart {
        // Criteria of 5 points with options 0...5, last one taking the remainder.
        let criteria = stride(from: 0, to: maxPoints, by: 5).enumerated().map { index, start in
            Criterion(code: "\(code).\(index + 1)", text: "Tiêu chí \(index + 1)",
                      options: (0...min(5, maxPoints - start)).map { ScoringOption(id: "\($0)", text: "\($0) điểm", points: Points($0)) })
        }
        return SheetPart(code: code, name: code, maxPoints: Points(maxPoints), sections: [SheetSection(title: code, criteria: criteria)])
    }
    set.groups[0].subGroups[0].productSets[0].sheet = ScoringSheet(parts: [part("A", 40), part("B", 25), part("C", 35)])
    return [try! CompiledSheet(set.productSets[0], in: set)]
}

var sheets: [CompiledSheet] = []
var source = "synthetic 40/25/35 sheet"
if arguments.count > 2, !FileManager.default.fileExists(atPath: arguments[2]) {
    print("không tìm thấy tệp \(arguments[2])")
    exit(1)
}
if let path = candidates.first(where: { FileManager.default.fileExists(atPath: $0) }) {
    let imported = try Legacy1048Importer.importSet(contentsOf: URL(fileURLWithPath: path))
    sheets = CompiledSheet.compileAll(imported.criteriaSet).sorted { $0.key < $1.key }.map(\.value)
    source = "\(sheets.count) usable 1048 sheets from \(path)"
} else {
    sheets = syntheticSheets()
}
let criteriaPerSheet = Double(sheets.map(\.criterionCount).reduce(0, +)) / Double(sheets.count)
print("scoring \(count) random filled sheets over \(source) (\(String(format: "%.1f", criteriaPerSheet)) criteria each on average), one thread")

func randomBatch(_ size: Int, _ sheets: [CompiledSheet], _ rng: inout FastRandom) -> [(sheet: Int, answers: IndexedAnswers, facts: ProducerFacts)] {
    (0..<size).map { _ in
        let s = Int.random(in: 0..<sheets.count, using: &rng)
        let choices = sheets[s].criteria.map { Int32(Int.random(in: 0..<$0.allOptions.count, using: &rng)) }
        let bits = rng.next()
        return (s, IndexedAnswers(choices: choices),
                ProducerFacts(hasRegisteredTrademark: bits & 1 == 1, representativeIsWoman: bits & 2 == 2,
                              representativeIsEthnicMinority: bits & 4 == 4))
    }
}

var rng = FastRandom(state: 0x9E37_79B9_7F4A_7C15)
let clock = ContinuousClock()
var elapsed = Duration.zero
var checksum = 0
var starCounts = [Int](repeating: 0, count: 6)
var scored = 0
while scored < count {
    let batch = randomBatch(min(8192, count - scored), sheets, &rng)
    let start = clock.now
    for item in batch {
        let result = try ScoringEngine.score(item.answers, on: sheets[item.sheet], facts: item.facts)
        checksum &+= result.total.hundredths
        starCounts[result.finalStar?.rawValue ?? 0] += 1
    }
    elapsed += clock.now - start
    scored += batch.count
}
let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
print("sheets per second: \(Int(Double(count) / seconds))")
print("  (\(String(format: "%.3f", seconds)) s scoring; final stars eliminated/1★…5★: \(starCounts); checksum \(checksum))")

// The keyed path: AnswerSet by criterion code, as the web form submits it.
let keyedCount = max(1, count / 10)
var keyedElapsed = Duration.zero
var keyedDone = 0
while keyedDone < keyedCount {
    let batch = randomBatch(min(8192, keyedCount - keyedDone), sheets, &rng).map { ($0.sheet, sheets[$0.sheet].answerSet($0.answers), $0.facts) }
    let start = clock.now
    for (sheet, answers, facts) in batch {
        checksum &+= try ScoringEngine.score(answers, on: sheets[sheet], facts: facts).total.hundredths
    }
    keyedElapsed += clock.now - start
    keyedDone += batch.count
}
let keyedSeconds = Double(keyedElapsed.components.seconds) + Double(keyedElapsed.components.attoseconds) / 1e18
print("keyed answer sets (criterion code → option id) per second: \(Int(Double(keyedCount) / keyedSeconds)) over \(keyedCount) sheets")
