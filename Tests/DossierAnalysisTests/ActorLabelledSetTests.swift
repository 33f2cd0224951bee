import Testing
@testable import DossierAnalysis

/// Recall and precision (`ActorListScore`) of the actor list on the hand-labelled invented
/// articles of `ActorLabelledSet`, through the whole analyser (adopted speakers included).
/// The floors sit a little under the figures reached; the targets are 0.95 and 0.85.
@Suite struct ActorLabelledSetTests {
    static func score(_ article: ActorLabelledSet.Article, into s: inout ActorListScore) {
        let analysis = Analyzer().analyze(article.text)
        s.add(article: article.name, actors: analysis.actors, expected: article.expected.map { ActorListScore.Expected($0.0, $0.1) })
    }

    /// Each set with its floors (a little under the figures reached) and its history: the first
    /// measurement of each set, before any change made for it, is the honest figure.
    static let sets: [(name: String, articles: [ActorLabelledSet.Article], recall: Double, precision: Double)] = [
        // Reached: recall 52/52 = 1.000, precision 52/52 = 1.000 (before this set was used for
        // tuning: 0.846 and 0.710).
        ("LABELLED SET", ActorLabelledSet.all, recall: 0.98, precision: 0.96),
        // Measured once before any change made for them: recall 14/19 = 0.737, precision
        // 14/16 = 0.875. Their misses then led to general fixes (an "-ing" word before a name at a
        // sentence start, places locating a group's object, a body named once before it acts,
        // acronyms in parentheses): 17/19 = 0.895 and 17/18 = 0.944, no longer an untouched figure.
        // After the untouched set's fixes (acronyms in brackets, "the city of X" as a litigant):
        // 19/19 and 19/19.
        ("HELD-OUT SET", ActorLabelledSet.heldOut, recall: 0.94, precision: 0.94),
        // Measured once before any change made for them: recall 29/38 = 0.763, precision 29/36
        // = 0.806: the honest estimate. Their misses then led to general fixes (connectors inside
        // long organisation names, acronyms in brackets, a capitalised qualifier acting alone,
        // places joined by "and", appositions ending in a field): 38/38 and 38/39, no longer an
        // untouched figure.
        ("UNTOUCHED SET", ActorLabelledSet.untouched, recall: 0.95, precision: 0.95),
        // Measured once before any change made for them: recall 46/49 = 0.939, precision 46/54
        // = 0.852. Their misses then led to general fixes (organisations that "it" refers to,
        // body descriptions resolved to the named body, party-state tags, names with "to", "of"
        // before a body word and a closing number, a country's foreign ministry, a group acting
        // past where it is from, a lead description by role, a party's people as the party): 49/49
        // and 49/49.
        ("DEV5 SET", ActorLabelledSet.dev5, recall: 0.96, precision: 0.96),
        // Written by someone who never ran the analyser or read its code, and never tuned on.
        // Measured before the fifth actor round: recall 58/61 = 0.951, precision 58/75 = 0.773;
        // after it (still untuned for): 58/61 = 0.951 and 58/73 = 0.795, the honest estimate.
        // Then used as a dev set in the sixth round (group names cut before where the group is,
        // "and" inside long body names, "the committee" for the body whose name ends in it, a
        // body or a then-officer described in the lead, indefinite owned things, a capital the
        // article introduces, "a super PAC", a body naming a contest, counted crowds): 60/61 =
        // 0.984 and 60/60 = 1.000, no longer a blind figure.
        ("BLIND2 SET", ActorLabelledSet.blind2, recall: 0.96, precision: 0.97),
        // Written by someone who never ran the analyser or read its code, and never tuned on.
        // Measured after the fifth actor round: recall 72/84 = 0.857, precision 72/88 = 0.818;
        // after the sixth (still untuned for): 73/84 = 0.869 and 73/89 = 0.820. Then two general
        // changes prompted by its misses ("Senate Democrats" as one group, a party-state tag as
        // a quote's source): 74/84 = 0.881 and 74/89 = 0.831, no longer a blind figure. After the
        // seventh round (tuned on real news, this set not looked at): 76/84 = 0.905, 76/90 = 0.844.
        ("BLIND3 SET", ActorLabelledSet.blind3, recall: 0.84, precision: 0.79),
    ]

    @Test(arguments: 0..<6) func recallAndPrecision(_ index: Int) {
        let set = Self.sets[index]
        var s = ActorListScore()
        for article in set.articles { Self.score(article, into: &s) }
        print("""
        ACTOR \(set.name): \(s.summary)
        MISSED: \(s.misses.joined(separator: "; "))
        EXTRA: \(s.extras.joined(separator: "; "))
        TYPE: \(s.mistyped.joined(separator: "; "))
        """)
        #expect(s.recall >= set.recall)
        #expect(s.precision >= set.precision)
    }
}
