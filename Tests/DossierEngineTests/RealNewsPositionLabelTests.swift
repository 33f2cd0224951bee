import Foundation
import Testing
import DossierAnalysis
@testable import DossierEngine

/// The pair verdicts of `compare` on real news: training-split articles (US political news,
/// 2016) whose pairs of actors were labelled agree, disagree or unclear by readers who never
/// ran the analyser (`Tests/Labels/positions-part0/1/3/4/5/6/7/8/9.txt`, the dev set of the stances toward
/// actors). The texts stay in ../shared; the suite is skipped when it is absent.
/// The floors sit a little under the figures reached; the target is 80% right, with unclear
/// preferred to a wrong verdict.
@Suite struct RealNewsPositionLabelTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    static let corpus = root.deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("shared/corpus/polnear-train/text")
    static var available: Bool { FileManager.default.fileExists(atPath: corpus.path) }

    /// Each dev file with its floor and history. Before the stances toward actors: part0
    /// 23/63, part1 13/63, part3 18/60 (part3 labelled after most of the work: 20/60 and 3 wrong
    /// when first measured). After (these are the dev set, no honest estimate): 31/63, 23/63
    /// and 25/60, at most one wrong in each. Ninth positions round (relative clauses, fighting,
    /// rebuttal words, leads with a margin, 'you' said to someone): 32/63, 31/63, 28/60.
    /// Part 4, a fresh check until then (24/66, 2 wrong), joined the dev set on 2026-12-06; after
    /// that day's round (passives, money, staff, 'and', op-ed authors, words the text uses for
    /// no actor): 33/63, 33/63, 31/60 and 26/66 (3 wrong).
    /// Part 5, a fresh check until then (23/73, 5 wrong), joined the dev set on 2026-12-07;
    /// after that day's round (rivals faced or ousted, words rejected from an actor, 'pro-X' and
    /// 'anti-X', continued turns, a full name typed for a person named by one name): 26/73 (5
    /// wrong, every actor found), the other dev files unchanged.
    /// Parts 6 and 7, fresh checks until then (30/84, 4 wrong; 33/91, 4 wrong), joined the dev
    /// set in the second round of 2026-12-07; after it (contests won by a margin, pronoun
    /// subjects of actions, staff of a principal's campaign, 'the X campaign' as a noun): 33/84
    /// (4 wrong) and 33/91 (3 wrong), the other dev files unchanged.
    /// After round 13 (contests between names, staff "for" someone, inquiries and suits, replies,
    /// false subjects and passives removed): part4 28/66 (3 wrong), part5 27/73 (4), part6 38/84
    /// (3), part7 38/91 (1), parts 0, 1 and 3 unchanged.
    /// Round 14: "Hillary Clinton" typed no longer finds the Bill Clinton of an article that
    /// calls her "Secretary Clinton" only (the analysis joins that to Bill): part0 33 → 31/63.
    /// Parts 8 and 9, fresh checks until then (35/92, 5 wrong; 40/99, 4 wrong), joined the dev
    /// set in round 14; after it (second verbs, polls, judgements received, races "against",
    /// direct stances outweighing shared topics): part5 28/73 (3 wrong), part7 39/91, part8
    /// 40/92 (2 wrong), part9 40/99 (5 wrong).
    /// Round 15 (verbs of reproach, staff compounds, shared subjects, phrasal acts, pressure,
    /// "Sens." as a title): part5 31/73 (3 wrong), part6 41/84, part7 44/91, part8 43/92 (2
    /// wrong), part9 43/99 (5 wrong); parts 0, 1, 3 and 4 unchanged.
    /// Round 16 (acts told in passing, staff on their principal's side, one actor chosen over
    /// another, pro-/anti- compounds between dashes, calls for a boycott of someone): part5 33/73,
    /// part6 42/84, part7 46/91, part8 45/92; wrong unchanged, the others unchanged.
    /// Round 17 (staff of a seat of office, shares in one sentence, rivals with no owner, a
    /// quoted "him" for the sentence's opening "he"; epithets now reach their person, which
    /// turned one pair of part7 wrong): part4 30/66, part6 44/84, part7 48/91 (2 wrong), part9
    /// 44/99 (4 wrong); the others unchanged.
    /// Round 18 (support withheld with a bare "not" is no attack, a campaign or race with no
    /// owner, staff with no owner joined to a person, "served as … for", placings "behind",
    /// coming under fire): part5 34/73, part6 45/84, part7 49/91 (1 wrong), part8 46/92, part9
    /// 46/99; the others unchanged.
    /// Round 19 (donors and delegates on their candidate's side, a name typed with its owner, a
    /// first verb's object ending at "and"): part4 31/66, part6 46/84; the others unchanged.
    /// Round 20 (a group's listed members share its act, families as "the Clintons", "jumped on
    /// X's remark", an apposition with a cue noun; the attribution model retrained, which reads
    /// "Trump welcomed Khan's election" in part9 and turns a labelled disagreement mixed): part4
    /// 32/66, part6 47/84, part7 52/91, part9 45/99 (5 wrong); the others unchanged.
    /// Round 21 (a speaker's own stance verb opening its quote, typed words matching where a target
    /// starts, a stance given up since yielding to the one taken now, one actor more found in
    /// part6): part0 33/63, part3 32/60, part6 48/84, part9 46/99 (4 wrong); the others unchanged.
    /// Round 22 (a concession judges nobody, "spoke out in favor of X", titled names joined by
    /// "and" share a judgement): part6 49/84, part8 47/92 (1 wrong); the others unchanged.
    static let files: [(name: String, floor: Double, wrong: Int)] = [
        ("positions-part0.txt", 0.50, 2), ("positions-part1.txt", 0.51, 2), ("positions-part3.txt", 0.51, 2),
        ("positions-part4.txt", 0.45, 3), ("positions-part5.txt", 0.45, 4),
        ("positions-part6.txt", 0.56, 3), ("positions-part7.txt", 0.55, 1),
        ("positions-part8.txt", 0.49, 2), ("positions-part9.txt", 0.45, 4),
    ]

    @Test(.enabled(if: available, "needs ../shared/corpus/polnear-train/text"), arguments: 0..<9)
    func pairsAreRightOrUnclear(_ index: Int) throws {
        let file = Self.files[index]
        let raw = try String(contentsOf: Self.root.appendingPathComponent("Labels").appendingPathComponent(file.name), encoding: .utf8)
        var score = PairLabelScore()
        for (id, pairs) in LabelFile(raw).pairLists {
            let text = try String(contentsOf: Self.corpus.appendingPathComponent(id + ".txt"), encoding: .utf8)
            score.add(article: id, analysis: Analyzer().analyze(text), pairs: pairs)
        }
        print(score.lines.filter { $0.hasSuffix("<--") }.joined(separator: "\n"))
        print("REAL NEWS \(file.name): \(score.summary)")
        #expect(score.accuracy >= file.floor, "\(score.summary)")
        #expect(score.wrong <= file.wrong, "\(score.lines.filter { $0.hasSuffix("<--") }.joined(separator: "\n"))")
    }
}
