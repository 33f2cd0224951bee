import DossierAnalysis
@testable import DossierEngine

/// Three short invented articles about a town's bridge, with hand-made actors and quotes.
/// Two people share the surname Hale; "Varga" alone names the mayor in the second article.
enum Fixtures {
    static func bridge() -> Article {
        var b = ArticleBuilder("""
        Mayor Lena Varga said on Monday that the Old Mill bridge would close in May.

        “The bridge is no longer safe,” Varga said. “We cannot wait for an accident.”

        Councillor Tom Hale said the closure would cut the town in two. Hale called it "a decision taken in a hurry".

        The Transport Agency said repairs would take a year, but the TA gave no cost.

        """)
        let varga = b.actor("Lena Varga", roles: ["Mayor"], aliases: ["Varga", "the mayor"], mentions: ["Lena Varga", "Varga#1"])
        let hale = b.actor("Tom Hale", roles: ["Councillor"], aliases: ["Hale"], mentions: ["Tom Hale", "Hale#1"])
        let agency = b.actor("Transport Agency", .organization, aliases: ["TA"], mentions: ["Transport Agency", "TA"])
        b.actor("Old Mill", .place)
        b.quote(["“The bridge is no longer safe,”", "“We cannot wait for an accident.”"], by: varga, cue: "said", source: "Varga")
        b.quote(["the closure would cut the town in two"], by: hale, cue: "said", source: "Tom Hale", kind: .indirect)
        b.quote(["\"a decision taken in a hurry\""], by: hale, cue: "called it", source: "Hale", kind: .mixed)
        b.quote(["repairs would take a year"], by: agency, cue: "said", source: "Transport Agency", kind: .indirect)
        return b.article("bridge", title: "Old Mill bridge to close in May")
    }

    static func ferry() -> Article {
        var b = ArticleBuilder("""
        Ferry services will double while the bridge is closed, agency director Anna Hale said.

        Varga welcomed the plan. "It is the right answer," Varga said.

        Zoë Brandt, a ferry captain, said the boats were old. Tom Hale said the ferry was too small.

        The TA will publish a timetable next week.

        """)
        let anna = b.actor("Anna Hale", roles: ["agency director"], aliases: ["Hale"], mentions: ["Anna Hale"])
        let varga = b.actor("Varga", mentions: ["Varga"])
        let zoe = b.actor("Zoë Brandt", roles: ["ferry captain"], mentions: ["Zoë Brandt"])
        let tom = b.actor("Tom Hale", mentions: ["Tom Hale"])
        b.actor("TA", .organization, mentions: ["TA"])
        b.quote(["Ferry services will double while the bridge is closed"], by: anna, cue: "said", source: "Anna Hale",
                kind: .indirect)
        b.quote(["\"It is the right answer,\""], by: varga, cue: "said", source: "Varga")
        b.quote(["the boats were old"], by: zoe, cue: "said", source: "Zoë Brandt", kind: .indirect)
        b.quote(["the ferry was too small"], by: tom, cue: "said", source: "Tom Hale", kind: .indirect)
        return b.article("ferry")
    }

    static func river() -> Article {
        var b = ArticleBuilder("""
        Hale said the river was rising faster than in any spring since 1998.

        """)
        let hale = b.actor("Hale", mentions: ["Hale"])
        b.quote(["the river was rising faster than in any spring since 1998"], by: hale, cue: "said", source: "Hale",
                kind: .indirect)
        return b.article("river")
    }

    /// A session holding the given fixture articles.
    static func session(_ articles: [Article] = [bridge(), ferry()], width: Int = 100) -> Session {
        let s = Session(width: width)
        for a in articles { s.workspace.add(a) }
        return s
    }
}
