import Testing
import DossierAnalysis
@testable import DossierEngine

/// Actors merged across articles, and names typed by a user resolved forgivingly.
@Suite struct ActorDirectoryTests {
    let directory = ActorDirectory([Fixtures.bridge(), Fixtures.ferry()])

    func actor(_ name: String) throws -> GlobalActor {
        try #require(directory.actors.first { $0.name == name }, "no actor \(name) in \(directory.actors.map(\.name))")
    }

    @Test func theSamePersonInTwoArticlesIsOneActor() throws {
        let tom = try actor("Tom Hale")
        #expect(tom.articles == ["bridge", "ferry"])
        #expect(tom.mentionCount == 3)
        #expect(tom.quoteCount == 3)
        #expect(tom.roles == ["Councillor"])
    }

    @Test func aSurnameAloneJoinsTheOnlyPersonWithThatSurname() throws {
        let varga = try actor("Lena Varga")
        #expect(varga.articles == ["bridge", "ferry"], "'Varga' in the ferry article is the mayor")
        #expect(varga.quoteCount == 2)
        #expect(!directory.actors.contains { $0.name == "Varga" })
    }

    @Test func peopleWhoShareASurnameStayApart() throws {
        #expect(try actor("Anna Hale").articles == ["ferry"])
        #expect(try actor("Tom Hale").articles == ["bridge", "ferry"])
    }

    @Test func aSurnameTheArticleKeptApartFromItsNamesakeStaysApart() throws {
        var a = ArticleBuilder("Mr. Obama spoke first. Michelle Obama spoke next.\n")
        a.actor("Obama", .person, mentions: ["Obama"])
        a.actor("Michelle Obama", .person, mentions: ["Michelle Obama"])
        let d = ActorDirectory([a.article("a")])
        #expect(Set(d.actors.map(\.name)) == ["Obama", "Michelle Obama"], "the analysis saw a man and a woman")
    }

    @Test func aSurnameAloneThatFitsTwoPeopleJoinsNeither() throws {
        let d = ActorDirectory([Fixtures.bridge(), Fixtures.ferry(), Fixtures.river()])
        let hale = try #require(d.actors.first { $0.name == "Hale" })
        #expect(hale.articles == ["river"])
        #expect(d.actors.first { $0.name == "Tom Hale" }?.articles == ["bridge", "ferry"])
    }

    @Test func anAcronymAliasJoinsTheOrganisationNamedByIt() throws {
        let agency = try actor("Transport Agency")
        #expect(agency.articles == ["bridge", "ferry"])
        #expect(agency.aliases.contains("TA"))
        #expect(agency.type == .organization)
    }

    @Test func aPersonNeverMergesWithAnOrganisationOfTheSameName() {
        var a = ArticleBuilder("Jordan Ford said yes.\n")
        a.actor("Ford", .person, mentions: ["Ford"])
        var b = ArticleBuilder("Ford said its profits fell.\n")
        b.actor("Ford", .organization, mentions: ["Ford"])
        let d = ActorDirectory([a.article("a"), b.article("b")])
        #expect(d.actors.count == 2)
        #expect(Set(d.actors.map(\.type)) == [.person, .organization])
    }

    @Test func descriptionsNeverMergeAcrossArticlesButNamedCountriesDo() throws {
        var a = ArticleBuilder("Sources on both sides said talks failed. Russia said it was ready.\n")
        a.actor("Sources on both sides", .group, mentions: ["Sources on both sides"])
        a.actor("Russia", .country, mentions: ["Russia"])
        var b = ArticleBuilder("Sources on both sides said the truce held. He flew to Russia.\n")
        b.actor("Sources on both sides", .group, mentions: ["Sources on both sides"])
        b.actor("Russia", .place, mentions: ["Russia"])
        let d = ActorDirectory([a.article("a"), b.article("b")], includePlaces: true)
        #expect(d.actors.filter { $0.name == "Sources on both sides" }.count == 2, "two unnamed groups of sources")
        let russia = try #require(d.actors.first { $0.name == "Russia" })
        #expect(russia.type == .country, "a country that acts somewhere is an actor, not a place")
        #expect(russia.articles == ["a", "b"])
    }

    @Test func aBodyNamedByAQualifiedDescriptionMergesButALoneNounDoesNot() {
        var a = ArticleBuilder("The city council voted 7-4. The company said it would appeal.\n")
        a.actor("city council", .organization, mentions: ["The city council"])
        a.actor("company", .organization, mentions: ["The company"])
        var b = ArticleBuilder("The city council met again. The company declined to comment.\n")
        b.actor("city council", .organization, mentions: ["The city council"])
        b.actor("company", .organization, mentions: ["The company"])
        let d = ActorDirectory([a.article("a"), b.article("b")])
        #expect(d.actors.filter { $0.name == "city council" }.map(\.articles) == [["a", "b"]], "one city council in one story")
        #expect(d.actors.filter { $0.name == "company" }.count == 2, "'the company' may be another company")
    }

    @Test func namesDifferingOnlyInCaseAccentsAndHonorificsMerge() {
        var a = ArticleBuilder("Dr. José Ramos spoke.\n")
        a.actor("Dr. José Ramos", mentions: ["Dr. José Ramos"])
        var b = ArticleBuilder("JOSE RAMOS spoke.\n")
        b.actor("JOSE RAMOS", mentions: ["JOSE RAMOS"])
        let d = ActorDirectory([a.article("a"), b.article("b")])
        #expect(d.actors.count == 1)
        #expect(d.actors[0].refs.count == 2)
    }

    @Test func placesAreLeftOutUnlessAskedFor() {
        #expect(!directory.actors.contains { $0.name == "Old Mill" })
        let all = ActorDirectory([Fixtures.bridge()], includePlaces: true)
        #expect(all.actors.contains { $0.name == "Old Mill" && $0.type == .place })
    }

    // MARK: - Resolving typed names

    @Test func fullNamesAliasesAndCaseResolve() throws {
        #expect(try directory.resolve("Lena Varga").name == "Lena Varga")
        #expect(try directory.resolve("lena varga").name == "Lena Varga")
        #expect(try directory.resolve("ta").name == "Transport Agency")
        #expect(try directory.resolve("Mrs Varga").name == "Lena Varga")
    }

    @Test func accentsDoNotCount() throws {
        #expect(try directory.resolve("zoe brandt").name == "Zoë Brandt")
        #expect(try directory.resolve("Brandt").name == "Zoë Brandt")
    }

    @Test func aUniqueSurnameOrPrefixResolves() throws {
        #expect(try directory.resolve("varga").name == "Lena Varga")
        #expect(try directory.resolve("Bran").name == "Zoë Brandt")
        #expect(try directory.resolve("transp").name == "Transport Agency")
        #expect(try directory.resolve("t hale").name == "Tom Hale", "each typed word starts a word of the name")
    }

    @Test func aFullerNameFindsThePersonAnArticleCallsByOneName() throws {
        let text = "Hillary spoke in Ohio on Monday. “We will win,” Hillary said. Governor Tom Gaddis disagreed."
        let d = ActorDirectory([Article(id: "a", analysis: Analyzer().analyze(text))])
        #expect(try d.resolve("Hillary Clinton").name == "Hillary", "\(d.actors.map(\.name))")
    }

    @Test func aFullerNameSkipsAPersonWithAnotherFirstName() throws {
        var b = ArticleBuilder("Mr. Nolan spoke. Clara Nolan, his wife, and Mrs. Nolan's aide spoke too.\n")
        b.actor("Nolan", .person, mentions: ["Nolan"])
        b.actor("Clara Nolan", .person, aliases: ["Nolan"], mentions: ["Clara Nolan"])
        let d = ActorDirectory([b.article("a")])
        #expect(try d.resolve("Peter Nolan").name == "Nolan", "Clara Nolan is called 'Nolan' too, but she is not Peter")
    }

    @Test func aRoleFindsItsActorWhenNoNameMatches() throws {
        #expect(try directory.resolve("mayor").name == "Lena Varga")
        #expect(try directory.resolve("the Mayor").name == "Lena Varga")
        #expect(try directory.resolve("ferry captain").name == "Zoë Brandt")
    }

    @Test func pronounsAreNotShownAsAliases() {
        var b = ArticleBuilder("Rita Moss spoke. She left.\n")
        b.actor("Rita Moss", aliases: ["She", "Moss"], mentions: ["Rita Moss"])
        let d = ActorDirectory([b.article("a")])
        #expect(d.actors[0].aliases == ["Moss"])
    }

    @Test func anAmbiguousNameIsAnErrorNamingTheCandidates() {
        let e = #expect(throws: DossierError.self) { try directory.resolve("hale") }
        #expect(e?.message == "'hale' could be Tom Hale (Councillor), Anna Hale (agency director)")
        #expect(e?.hint == "type more of the name, e.g. \"Tom Hale\"")
    }

    @Test func aSurnameIsAmbiguousEvenWhenOneActorIsNamedByItAlone() throws {
        let d = ActorDirectory([Fixtures.bridge(), Fixtures.ferry(), Fixtures.river()])
        let e = #expect(throws: DossierError.self) { try d.resolve("Hale") }
        #expect(e?.message == "'Hale' could be Tom Hale (Councillor), Anna Hale (agency director), Hale (person)")
        #expect(try d.resolve("Tom Hale").articles == ["bridge", "ferry"])
    }

    @Test func anUnknownNameSuggestsTheNearestOnes() {
        let e = #expect(throws: DossierError.self) { try directory.resolve("Vraga") }
        #expect(e?.message == "no actor 'Vraga' in scope")
        #expect(e?.hint == "did you mean \"Lena Varga\"?")
        #expect(throws: DossierError.self) { try directory.resolve("Nobody At All") }
    }
}

/// A name typed exactly as an actor's one-word name finds it, even when a longer name holds it.
@Suite struct ActorDirectoryExactNameTests {
    @Test func aOneWordFullNameWinsOverALongerNameHoldingIt() throws {
        var a = ArticleBuilder("Harbourleaks said no. A Harbourleaks activist said yes.\n")
        a.actor("Harbourleaks", .organization, mentions: ["Harbourleaks"])
        a.actor("Harbourleaks activist", .person, mentions: ["Harbourleaks activist"])
        let d = ActorDirectory([a.article("a")])
        #expect(try d.resolve("Harbourleaks").name == "Harbourleaks")
        #expect(try d.resolve("harbourleaks activist").name == "Harbourleaks activist")
    }

    @Test func aSurnameFindsThePersonBeforeABodyNamedAfterThem() throws {
        var a = ArticleBuilder("Tom Gaddis spoke. Gaddis University said no.\n")
        a.actor("Tom Gaddis", .person, mentions: ["Tom Gaddis"])
        a.actor("Gaddis University", .organization, mentions: ["Gaddis University"])
        let d = ActorDirectory([a.article("a")])
        #expect(try d.resolve("Gaddis").name == "Tom Gaddis")
    }
}
