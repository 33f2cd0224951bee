import Foundation
import Testing
import DossierAnalysis
@testable import DossierEngine

/// The labelled sets: invented articles in several styles with the pair relations a reader
/// gives. Prints the accuracy (the figures reported for the positions work: the first set, and
/// the held-out set written before tuning) and holds them to floors so that a regression
/// shows; a wrong verdict counts worse than `unclear`.
@Suite struct PositionEvaluationTests {
    func score(_ set: [PositionFixtures.Labelled]) -> PairLabelScore {
        var r = PairLabelScore()
        for item in set {
            r.add(article: item.name, analysis: Analyzer().analyze(item.text), pairs: item.pairs.map { PairLabelScore.Pair($0.0, $0.1, $0.2) })
        }
        return r
    }

    /// Each set with its floor, below the figures when last raised: 21/21, 12/12, 11/11, 10/12 (the
    /// 2 others: an actor not found), 14/20, 11/12 and 19/20. The held-out set was written before tuning (3/12
    /// then); the untouched one was tuned on by mechanisms only (3/11 before); the blind one was
    /// measured before any work on it (3/12) and then used as a dev set in the fourth round, like
    /// the dev4 set, written and labelled before that round and measured once before it (7/20,
    /// 1 wrong). The fresh4 set came last (5/12, 1 wrong, before its own fixes). None is an honest
    /// estimate any more. The blind2 set was written by someone who never ran the analyser or read
    /// its code, and measured once after the fourth round: 12/20 right, 6 unclear, 1 wrong, 1 actor
    /// not found — the honest estimate then; round 5 used it as a dev set for broad classes
    /// (negation's reach, appositions, lawmakers' and courts' acts, closures): 19/20, 0 wrong, the
    /// St. Agnes Medical Center not found.
    /// The blind3 set, written the same way, measured after round 4 and the fifth actor round:
    /// 6/20 right, 14 unclear, 0 wrong, and the same after round 5; round 6 used it as a dev set
    /// for broad classes (who owns the lead act, appositions and relative clauses before an act,
    /// "praised X as …"): 9/20, 0 wrong. What matters most everywhere is no wrong verdict.
    static let sets: [(name: String, pairs: [PositionFixtures.Labelled], floor: Double)] = [
        ("LABELLED SET", PositionFixtures.set, 0.9),
        ("HELD-OUT SET", PositionFixtures.heldOut, 0.9),
        ("UNTOUCHED SET", PositionFixtures.untouched, 0.9),
        ("BLIND SET", PositionFixtures.blind, 0.8),
        ("DEV4 SET", PositionFixtures.dev4, 0.7),
        ("FRESH4 SET", PositionFixtures.fresh4, 0.8),
        ("BLIND2 SET", PositionFixtures.blind2, 0.9),
        ("BLIND3 SET", PositionFixtures.blind3, 0.4),
    ]

    @Test(arguments: 0..<8) func pairsAreRightOrUnclearNeverWrong(_ index: Int) throws {
        let set = Self.sets[index]
        let r = score(set.pairs)
        print(r.lines.joined(separator: "\n"))
        print("\(set.name): \(r.summary)")
        #expect(r.accuracy >= set.floor, "\(r.lines.joined(separator: "\n"))")
        #expect(r.wrong <= 1, "\(r.lines.joined(separator: "\n"))")
    }
}
