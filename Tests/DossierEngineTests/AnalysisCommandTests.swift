import Foundation
import DossierAnalysis
import Testing
@testable import DossierEngine

/// actors, actor, quotes over hand-made analyses.
@Suite struct AnalysisCommandTests {
    let s = Fixtures.session()

    func records(_ line: String, _ key: String) throws -> [[String: Any]] {
        try #require(try s.json(line)[key] as? [[String: Any]])
    }

    @Test func actorsAreSortedByMentionsAndFiltered() throws {
        let all = try records("actors", "actors")
        #expect(all.map { $0["name"] as? String } == ["Lena Varga", "Tom Hale", "Transport Agency", "Anna Hale", "Zoë Brandt"])
        #expect(all[0]["mentions"] as? Int == 4)
        #expect(all[0]["articles"] as? Int == 2)
        let orgs = try records("actors --type org", "actors")
        #expect(orgs.map { $0["name"] as? String } == ["Transport Agency"])
        let byName = try records("actors --sort name", "actors").map { $0["name"] as? String }
        #expect(byName == ["Anna Hale", "Lena Varga", "Tom Hale", "Transport Agency", "Zoë Brandt"])
        let byQuotes = try records("actors --sort quotes", "actors").map { $0["name"] as? String }
        #expect(byQuotes.first == "Tom Hale")
        #expect(s.failure("actors --type planet").contains("unknown actor type 'planet'"))
    }

    @Test func speakingKeepsOnlyQuotedActorsAndAllAddsPlaces() throws {
        var quiet = ArticleBuilder("The Harbour Board met but said nothing.\n")
        quiet.actor("Harbour Board", .organization)
        s.workspace.add(quiet.article("quiet"))
        let speaking = try records("actors --speaking", "actors").compactMap { $0["name"] as? String }
        #expect(!speaking.contains("Harbour Board"))
        #expect(speaking.contains("Anna Hale"))
        #expect(try records("actors", "actors").contains { $0["name"] as? String == "Harbour Board" })
        #expect(!(try records("actors", "actors")).contains { $0["name"] as? String == "Old Mill" })
        #expect(try records("actors --all", "actors").contains { $0["name"] as? String == "Old Mill" })
        #expect(try records("actors --type place", "actors").map { $0["name"] as? String } == ["Old Mill"])
    }

    @Test func actorTableShowsRolesAndCounts() {
        let l = lines(s.out("actors"))
        #expect(l[0].split(separator: " ", omittingEmptySubsequences: true) == ["NAME", "TYPE", "ROLES", "MENTIONS", "QUOTES", "ARTICLES"])
        #expect(l[1].split(separator: " ", omittingEmptySubsequences: true) == ["Lena", "Varga", "person", "Mayor", "4", "2", "2"])
    }

    @Test func actorProfileHasAliasesRolesMentionsInContextAndQuotes() throws {
        let json = try s.json("actor varga")
        let profile = try #require(json["actor"] as? [String: Any])
        #expect(profile["name"] as? String == "Lena Varga")
        #expect(profile["roles"] as? [String] == ["Mayor"])
        #expect((profile["aliases"] as? [String])?.contains("Varga") == true)
        #expect(profile["articles"] as? [String] == ["bridge", "ferry"])
        let mentions = try #require(json["mentions"] as? [[String: Any]])
        #expect(mentions.count == 4)
        #expect(mentions[0]["context"] as? String == "Mayor [Lena Varga] said on Monday that the Old Mill bridge would…")
        #expect(mentions[0]["paragraph"] as? Int == 1)
        let quotes = try #require(json["quotes"] as? [[String: Any]])
        #expect(quotes.map { $0["id"] as? String } == ["bridge:q1", "ferry:q2"])
    }

    @Test func actorProfileTableHasHeaderFieldsAndTitledSections() {
        let out = s.out("actor Tom Hale --context 20")
        #expect(out.contains("name        Tom Hale"))
        #expect(out.contains("Mentions of Tom Hale"))
        #expect(out.contains("What Tom Hale said"))
        #expect(out.contains("[Tom Hale]"))
    }

    @Test func offsetsOutsideTheTextDoNotCrashTheProfile() throws {
        var b = ArticleBuilder("Short text.\n")
        b.actor("Ghost", mentions: [])
        var article = b.article("odd")
        article.analysis.actors[0].mentions = [DossierAnalysis.Span(5, 500), DossierAnalysis.Span(900, 950), DossierAnalysis.Span(3, 1)]
        let s = Session()
        s.workspace.add(article)
        let mentions = try #require(try s.json("actor Ghost")["mentions"] as? [[String: Any]])
        #expect(mentions.count == 3)
        #expect((mentions[0]["context"] as? String)?.hasSuffix("[text.]") == true)
    }

    @Test func quotesListSpeakerCueArticleParagraphAndText() throws {
        let quotes = try records("quotes", "quotes")
        #expect(quotes.count == 8)
        let split = quotes[0]
        #expect(split["speaker"] as? String == "Lena Varga")
        #expect(split["cue"] as? String == "said")
        #expect(split["article"] as? String == "bridge")
        #expect(split["paragraph"] as? Int == 2)
        #expect(split["text"] as? String == "“The bridge is no longer safe,” … “We cannot wait for an accident.”")
        #expect(split["kind"] as? String == "direct")
        #expect((split["content"] as? [[Int]])?.count == 2)
        let l = lines(s.out("quotes"))
        #expect(l[0].split(separator: " ", omittingEmptySubsequences: true) == ["SPEAKER", "CUE", "QUOTE", "¶", "WHAT", "WAS", "SAID"])
    }

    @Test func anUnresolvedSpeakerShowsTheWordsThatNameIt() throws {
        var b = ArticleBuilder("A senior official, speaking on condition of anonymity, said talks had stalled.\n")
        b.quote(["talks had stalled"], by: nil, cue: "said", source: "A senior official", kind: .indirect)
        let s = Session()
        s.workspace.add(b.article("anon"))
        #expect(lines(s.out("quotes"))[1].hasPrefix("(A senior official)  said"))
        let record = try #require(try s.json("quotes")["quotes"] as? [[String: Any]]).first
        #expect(record?["speaker"] is NSNull, "the data says nobody was resolved")
        #expect(record?["source"] as? String == "A senior official")
    }

    @Test func quotesOfOneActorUseTheForgivingNameMatch() throws {
        let tom = try records("quotes tom", "quotes")
        #expect(tom.map { $0["id"] as? String } == ["bridge:q2", "bridge:q3", "ferry:q4"])
        #expect(s.out("quotes tom").hasPrefix("Quotes of Tom Hale"))
        #expect(s.failure("quotes hale").contains("could be Tom Hale"))
    }

    @Test func directIndirectGrepAndArticleFilter() throws {
        let direct = try records("quotes --direct", "quotes")
        #expect(direct.map { $0["id"] as? String } == ["bridge:q1", "bridge:q3", "ferry:q2"], "mixed quotes have marks too")
        let indirect = try records("quotes -i", "quotes")
        #expect(indirect.count == 5)
        #expect(indirect.allSatisfy { $0["direct"] as? Bool == false })
        let grep = try records("quotes --grep 'RIGHT answer'", "quotes")
        #expect(grep.map { $0["id"] as? String } == ["ferry:q2"])
        let ferry = try records("quotes --article fer", "quotes")
        #expect(ferry.count == 4)
        let both = try records("quotes Tom Hale --article ferry --indirect", "quotes")
        #expect(both.map { $0["id"] as? String } == ["ferry:q4"])
        #expect(s.failure("quotes --direct --indirect").contains("exclude each other"))
    }

    @Test func quotesFromAnArticleOutOfScopeAreRefused() {
        _ = s.out("use bridge")
        #expect(s.failure("quotes --article ferry").contains("article 'ferry' is not in scope"))
    }
}
