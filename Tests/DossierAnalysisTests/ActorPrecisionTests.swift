import Testing
@testable import DossierAnalysis

/// Phrases that must not become extra actors: group nouns with where they are or what they
/// have, long body names holding "and", descriptions of a body already named, things owned by a
/// body. Paragraphs written for these tests.
@Suite struct ActorPrecisionTests {
    @Test func peopleInGeneralAreNoActor() {
        // "people" with only a vague word before it says nobody in particular; "Young people" do.
        let a = Analyzer().analyze("""
        Harlan Voss won the county on Tuesday. More people voted for Voss than for his rival, and people posted photos of the lines. Even people who backed the rival praised him. Young people said they would come back in the fall.
        """).actors
        #expect(!a.contains { $0.name.lowercased().hasSuffix("people") && $0.name != "Young people" }, "\(a.map(\.name))")
        #expect(a.contains { $0.name == "Young people" }, "\(a.map(\.name))")
    }

    @Test func aGroupsNameStopsBeforeWhereItIsAndWhatItHas() throws {
        let f = ActorFixture("""
        Turnout falls

        Pollster Anna Kerr said that voters in the district have lately favored outsiders. On Monday, analysts on a conference call said costs rose. The alliance, which has no troops in the region, said it was watching. The ministry said it would supply its militia with rifles.
        """)
        let names = f.actorNames
        #expect(!names.contains { $0.hasSuffix("in the district") || $0.hasSuffix("in the region") })
        #expect(!names.contains { $0.contains("conference") || $0.contains("rifles") })
        #expect(names.contains("voters") && names.contains("analysts"))
    }

    @Test func aGroupKeepsAPlaceNameAndItsSourcesPhrase() throws {
        let actors = Analyzer().analyze("""
        Grain prices climb

        CHICAGO (Plainfield Wire) — Traders in Chicago and Toronto said prices would stay high. Sources on both sides said talks would resume. The exchange will review its rules in July, according to two people briefed on the plans.
        """).actors
        let names = actors.map(\.name)
        #expect(names.contains("Traders in Chicago and Toronto"))
        #expect(names.contains("Sources on both sides"))
        #expect(names.contains("two people briefed on the plans"))
    }

    @Test func anAndInsideALongBodyNameKeepsOneName() throws {
        let f = ActorFixture("""
        Talks stall

        No new talks have been scheduled, the National Arbitration and Conciliation Board said on Monday.
        """)
        #expect(f.actor("National Arbitration and Conciliation Board")?.type == .organization)
        #expect(f.actor("Conciliation Board") == nil)
        #expect(f.actor("National Arbitration") == nil)
    }

    @Test func theBodysLastWordIsTheNamedBody() throws {
        let f = ActorFixture("""
        Primary

        The Western States Fundraising Committee has not endorsed anyone. A spokesman said the committee would back the winner.
        """)
        #expect(f.actor("Western States Fundraising Committee")?.aliases.contains("the committee") == true)
        #expect(!f.actorNames.contains("committee"))
    }

    @Test func aBodyDescribedInTheHeadlineIsTheOneNamedInTheLead() throws {
        let f = ActorFixture("""
        Frankfurt council approves tram plan

        FRANKFURT — The Frankfurt City Council voted 50-21 on Tuesday to approve the plan.
        """)
        // The headline's place stays in the description ("Frankfurt council").
        #expect(f.actor("Frankfurt City Council")?.aliases.contains { $0.hasSuffix("council") } == true)
        #expect(!f.actorNames.contains("council"))
    }

    @Test func aThingOneOfAKindOwnedByABodyIsNoActor() throws {
        let f = ActorFixture("""
        League bid

        The city hopes to land an NHL expansion team. The NHL said it had no timetable.
        """)
        #expect(!f.actorNames.contains("NHL expansion team"))
        #expect(f.actor("National Hockey League") != nil || f.actor("NHL") != nil)
    }

    @Test func aFormerOfficerDescribedInTheLeadIsTheThenOfficerNamedLater() throws {
        let f = ActorFixture("""
        Former Millbrook officer charged in shooting

        MILLBROOK — A former Millbrook police officer was charged Friday with manslaughter, the county prosecutor announced. Video showed then-Officer Paul Dane firing six times. Dane, 40, was fired in May.
        """)
        let dane = try #require(f.actor("Paul Dane"))
        #expect(dane.aliases.contains("a former Millbrook police officer"))
        #expect(!f.actorNames.contains { $0.lowercased().contains("former millbrook") })
    }

    @Test func anAbbreviationAfterAIsAKindOfBodyNotOne() throws {
        let f = ActorFixture("""
        Ad money

        Granite Future, a super PAC allied with the senator, has reserved $2 million in advertising. Its president, Dana Holt, said the group would spend more.
        """)
        #expect(f.actor("PAC") == nil)
        #expect(f.actor("Dana Holt")?.affiliation != "PAC")
    }

    @Test func aCapitalIntroducedByTheArticleSpeaksForItsCountry() throws {
        let f = ActorFixture("""
        Rebels advance

        Rebels in Velmora advanced to within 30 miles of the capital, Stenhaven, on Friday. Velmora's foreign minister accused foreign fighters of joining them. Stenhaven has rejected two mediation offers since May.
        """)
        let country = try #require(f.actor("Velmora"))
        #expect(country.type == .country)
        #expect(country.aliases.contains("Stenhaven"))
        #expect(f.owner(of: "Stenhaven", occurrence: 2)?.name == "Velmora")
        #expect(f.owner(of: "Stenhaven", occurrence: 1) == nil)
        #expect(f.place("Stenhaven") != nil)
    }

    @Test func aBodyNamingAContestDoesNotAct() throws {
        let f = ActorFixture("""
        Mayor enters Vermont Senate race

        Mayor Jo Lind said on Monday that she would run.
        """)
        #expect(f.actor("Vermont Senate") == nil)
    }

    @Test func aCountedCrowdThatActsIsAnActorAndSomeonesPeopleAreNot() throws {
        let actors = Analyzer().analyze("""
        Protest

        The union, which represents the city's roughly 500 drivers, called the plan unfair. On Friday evening, about 300 protesters marched to City Hall. More than 40,000 people have left the region.
        """).actors
        let names = actors.map(\.name)
        #expect(names.contains("protesters"))
        #expect(!names.contains("drivers") && !names.contains("people"))
    }

    @Test func aQualifiedPartyGroupIsOneGroupAndTheBarePluralJoinsIt() throws {
        let f = ActorFixture("""
        Shutdown looms

        Senate Democrats said on Friday the spending bill was dead on arrival. Democrats want the health money restored, Sen. Laura Kemp said. Across the Capitol, Speaker Tom Eads said the House would vote anyway.
        """)
        #expect(f.actor("Senate Democrats")?.type == .group)
        #expect(f.actor("Democrats") == nil)
        #expect(f.actor("Senate Democrats")?.mentions.count == 2)
    }

    @Test func aPartyTagBeforeARelativeClauseIsThePoliticianNotASpeaker() throws {
        let analysis = Analyzer().analyze("""
        Lawmakers press agency

        Rep. Sylvia Garza, D-Texas, who wrote to the agency in April, said the delays were unacceptable.
        """)
        #expect(!analysis.actors.contains { $0.name.contains("D-Texas") })
        let garza = try #require(analysis.actors.first { $0.name == "Sylvia Garza" })
        #expect(analysis.quotes.contains { $0.speaker == garza.id })
    }
}
