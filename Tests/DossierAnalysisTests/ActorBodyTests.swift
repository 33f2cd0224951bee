import Testing
@testable import DossierAnalysis

/// Organisations the name alone does not reveal, descriptions of bodies, and the tags and
/// labels around names that are not actors. Paragraphs written for these tests.
@Suite struct ActorBodyTests {
    @Test func aNameThatItAndItsReferToIsAnOrganisation() throws {
        let f = ActorFixture("""
        Lakeside Rowing reports record year

        Lakeside Rowing said on Friday that it had signed 400 new members. Its treasurer, Paula Grant, said the club would buy two boats.
        """)
        #expect(f.actor("Lakeside Rowing")?.type == .organization)
        #expect(f.actor("Paula Grant")?.affiliation == "Lakeside Rowing")
    }

    @Test func aPersonWithoutAKnownFirstNameStaysAPersonWhenHeOrSheFollows() throws {
        let f = ActorFixture("""
        Talks resume

        Okonkwo Ebuka said on Friday that he would resume talks. He said it was time.
        """)
        #expect(f.actor("Okonkwo Ebuka")?.type == .person)
    }

    @Test func theCompanyFindsAFirmNamedWithoutACompanyWord() throws {
        let f = ActorFixture("""
        Shipyard cuts jobs

        Shares in Brennock Marine fell on Monday after Brennock Marine said it would cut 300 jobs. The company said its order book had halved, and it blamed steel prices.
        """)
        let firm = try #require(f.actor("Brennock Marine"))
        #expect(firm.type == .organization)
        #expect(firm.aliases.contains("the company"))
        #expect(f.actorNames.filter { $0 == "company" }.isEmpty)
    }

    @Test func bodyDescriptionsResolveToTheNamedBodyOfAFittingKind() throws {
        let f = ActorFixture("""
        Bloc and alliance respond

        The European Union said on Monday it would send observers. The bloc also promised aid. The Pacific Dockworkers Association rejected the offer, and the union said its members would strike.
        """)
        #expect(f.actor("European Union")?.aliases.contains("the bloc") == true)
        #expect(f.actor("Pacific Dockworkers Association")?.aliases.contains("the union") == true)
        #expect(!f.actorNames.contains("bloc") && !f.actorNames.contains("union"))
    }

    @Test func aBodysExecutiveIsTheOrganisationJustNamed() throws {
        let f = ActorFixture("""
        Commission to act

        The European Commission said it was studying the plan. A Commission spokesman, Karl Weber, said the EU executive would reply next week.
        """)
        #expect(!f.actorNames.contains("EU executive"))
        #expect(f.actor("European Commission")?.aliases.contains("the EU executive") == true)
    }

    @Test func apostrophesInsideOrganisationNamesKeepOneName() throws {
        let f = ActorFixture("""
        Fares protest

        The Carrington Commuters' Forum said the rise was unfair. The Harbour Residents’ Association said it would join the protest.
        """)
        #expect(f.actor("Carrington Commuters' Forum")?.type == .organization)
        #expect(f.actor("Harbour Residents’ Association")?.type == .organization)
    }

    @Test func organisationNamesWithToOfAndANumber() throws {
        let f = ActorFixture("""
        Press freedom

        The Committee to Protect Journalists said two reporters were held. The Fraternal Order of Police Lodge 12 said it backed the officers. Members of Steelworkers District 9 voted to strike.
        """)
        #expect(f.actor("Committee to Protect Journalists")?.type == .organization)
        #expect(f.actor("Fraternal Order of Police Lodge 12")?.type == .organization)
    }

    @Test func partyStateTagsAreAffiliationsNotActors() throws {
        let f = ActorFixture("""
        Budget vote

        Sen. Mara Quinn, D-Ore., said the bill was cruel. Rep. Dale Porter (R-N.Y.) said it was fair.
        """)
        #expect(f.actor("Mara Quinn")?.affiliation == "Democratic Party")
        #expect(f.actor("Dale Porter")?.affiliation == "Republican Party")
        #expect(!f.actorNames.contains { $0.contains("-") })
    }

    @Test func capitalisedLabelsAreNotActors() throws {
        let f = ActorFixture("""
        Senate passes bill

        The Senate passed the bill on Tuesday.

        FULL TEXT.

        UPDATE: The House said it would vote on Friday.
        """)
        #expect(!f.actorNames.contains("TEXT") && !f.actorNames.contains("FULL TEXT") && !f.actorNames.contains("UPDATE"))
    }

    @Test func aForeignMinistrySpeaksForItsCountry() throws {
        let f = ActorFixture("""
        Moscow responds

        Russia's Foreign Ministry said the sanctions were illegal. Moscow would respond, spokeswoman Irina Lebedeva said.
        """)
        #expect(!f.actorNames.contains("Foreign Ministry"))
        #expect(f.actor("Russia")?.aliases.contains("Foreign Ministry") == true)
    }

    @Test func aGroupActsPastWhereItIsFrom() throws {
        let f = ActorFixture("""
        Plant strike

        The Machinists Union of Brennock called a vote. Machinists at Brennock Marine voted on Sunday to strike.
        """)
        #expect(f.actor("Machinists")?.type == .group)
    }

    @Test func aBodysNameBeforeATitleAndANameIsThePersonsAffiliation() throws {
        let f = ActorFixture("""
        Mosque vandalised

        Council on Muslim Community Affairs Executive Director Nadim Farouk said the attack was a hate crime.
        """)
        let person = try #require(f.actor("Nadim Farouk"))
        #expect(person.affiliation == "Council on Muslim Community Affairs")
        #expect(person.roles == ["Executive Director"])
    }

    @Test func aPartysPeopleAreTheParty() throws {
        let f = ActorFixture("""
        Tax vote

        The GOP unveiled its tax plan on Monday. Republicans said it would cut taxes for families, while Democrats said it favoured the rich.
        """)
        let party = try #require(f.actor("Republican Party"))
        #expect(party.aliases.contains("Republicans"))
        #expect(f.actor("Democrats")?.type == .group, "no Democratic Party named: the group stays")
    }

    @Test func aPersonDescribedInTheLeadByWhereTheyServeIsTheOneWithThatRole() throws {
        let f = ActorFixture("""
        Deputy suspended

        A Carrick County sheriff's deputy was suspended on Monday after a crash. Deputy Alan Moss said he had not been drinking.
        """)
        #expect(f.actor("Alan Moss")?.aliases.contains { $0.hasSuffix("deputy") } == true)
        #expect(f.actorNames.count == 1, "\(f.actorNames)")
    }

    @Test func aNameAfterPlaceBasedIsAFirm() {
        // "Raleigh-based Quillon": what is based somewhere is an organisation, named without the place.
        let a = Analyzer().analyze("Some drug makers weighed their deals. Raleigh-based Quillon and Oslo-based Vennor called off their merger on Friday, saying the new rules made it too costly.")
        #expect(a.actors.contains { $0.name == "Quillon" && $0.type == .organization }, "\(a.actors.map { ($0.name, $0.type) })")
        #expect(!a.actors.contains { $0.name.contains("-based") || $0.type == .person }, "\(a.actors.map { ($0.name, $0.type) })")
    }
}
