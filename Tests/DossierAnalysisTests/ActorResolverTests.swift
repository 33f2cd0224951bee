import Testing
@testable import DossierAnalysis

@Suite struct ActorResolverTests {
    @Test func acronymsMergeWithTheirExpansions() {
        let f = ActorFixture("""
        The United Nations said on Tuesday it would send observers. A UN official said the team would arrive next week.
        The National Farmers Alliance said it would sue the state. NFA lawyers filed papers on Friday, and the NFA said it expected a ruling soon.
        """)
        let un = f.actor("United Nations")
        #expect(un?.type == .organization)
        #expect(un?.aliases.contains("UN") == true)
        let nfa = f.actor("National Farmers Alliance")
        #expect(nfa?.aliases.contains("NFA") == true)
        #expect(nfa?.mentions.count == 3)
        #expect(!f.actorNames.contains("NFA"))
    }

    @Test func capitalsAndDemonymsActForTheirGovernments() {
        let f = ActorFixture("""
        Washington said on Friday it would impose new sanctions. Moscow warned that it would respond, and the Kremlin said the measures were illegal.
        The Chinese government called for calm. Protesters gathered in Washington and in Moscow.
        """)
        let us = f.actor("United States")
        #expect(us?.type == .country)
        #expect(us?.aliases == ["Washington"])
        let russia = f.actor("Russia")
        #expect(Set(russia?.aliases ?? []) == ["Moscow", "Kremlin"])
        #expect(f.actor("China")?.type == .country)
        #expect(f.place("Washington") != nil)
        #expect(f.place("Moscow") != nil)
        #expect(!f.actorNames.contains("Washington"))
    }

    @Test func countriesThatOnlyLocateArePlaces() {
        let f = ActorFixture("""
        Russia called for an immediate ceasefire in Libya. Thousands of people have fled Libya since April, and Tripoli remains without power.
        Fighting was reported in the eastern city of Benghazi and south of Libya’s capital.
        """)
        #expect(f.actor("Russia")?.type == .country)
        #expect(f.actor("Libya") == nil)
        #expect(f.place("Libya")?.mentions.count == 3)
        #expect(f.place("Tripoli") != nil)
        #expect(f.place("Benghazi") != nil)
    }

    @Test func groupsAndListedGovernments() {
        let f = ActorFixture("""
        Sources on both sides said the talks had stalled. A unity government source said the fighting had moved closer to the capital.
        Earlier, the governments of France, Italy and the US called on all parties to stop. The three governments said in a statement that there was no military solution.
        """)
        #expect(f.actor("Sources on both sides")?.type == .group)
        #expect(f.actor("unity government source")?.type == .person)
        let three = f.actor("governments of France, Italy and the US")
        #expect(three?.type == .group)
        #expect(three?.aliases.contains("the three governments") == true)
        for country in ["France", "Italy", "United States"] { #expect(f.actor(country)?.type == .country) }
    }

    @Test func surnamesJoinTheFullNameAndTwoClintonsStayApart() {
        let f = ActorFixture("""
        Hillary Clinton campaigned in Ohio on Monday. Clinton told supporters that the economy was her priority.
        Former President Bill Clinton joined her in Cleveland, where Mr. Clinton spoke about trade. Mrs. Clinton later said she was grateful.
        """)
        let hillary = f.actor("Hillary Clinton"), bill = f.actor("Bill Clinton")
        #expect(hillary?.mentions.count == 3)
        #expect(bill?.mentions.count == 2)
        #expect(f.owner(of: "Mrs. Clinton")?.name == "Hillary Clinton")
        #expect(f.owner(of: "Mr. Clinton")?.name == "Bill Clinton")
        #expect(f.owner(of: "Clinton told")?.name == "Hillary Clinton")
        #expect(bill?.roles == ["Former President"])
        #expect(hillary?.aliases.contains("Clinton") == true)
    }

    @Test func aCourtesyTitleChoosesTheSpouseTheAppositionGaveAGender() {
        // Neither first name is in the name lists: "his wife" is what says which one is a woman.
        let f = ActorFixture("""
        Zarif Hadani and his wife, Laleh Hadani, spoke at the convention. Mrs. Hadani wrote an essay on Sunday.
        Since Thursday, Mr. Hadani has led a public campaign against the ban.
        """)
        #expect(f.owner(of: "Mrs. Hadani")?.name == "Laleh Hadani", "\(f.actorNames)")
        #expect(f.owner(of: "Mr. Hadani")?.name == "Zarif Hadani", "\(f.actorNames)")
    }

    @Test func aNameMisspeltByOneLetterIsTheSamePerson() {
        let f = ActorFixture("""
        Senator Hillary Rodwell spoke in Ohio. Later, Hilary Rodwell said the bill was dead. Mayor Steve Sweeney agreed, and Sweeny said so on the radio.
        The Clintons and Senator Mark Clinton were not there.
        """)
        #expect(f.table.actors.filter { $0.name.contains("Rodwell") }.count == 1, "\(f.actorNames)")
        #expect(f.owner(of: "Sweeny")?.name == "Steve Sweeney", "\(f.actorNames)")
        #expect(f.owner(of: "Clintons")?.name != "Mark Clinton", "\(f.actorNames)")
        #expect(ResolverState.oneSlipApart("Kiedis", "Keidis") && !ResolverState.oneSlipApart("Obama", "Osama"))
    }

    @Test func aSurnameBeforeTheFullNameStillJoinsIt() {
        let f = ActorFixture("Obama Defends Trade Deal\nPresident Barack Obama defended the deal on Monday. Obama said it would create jobs.")
        #expect(f.actor("Barack Obama")?.mentions.count == 3)
        #expect(f.actor("Barack Obama")?.roles == ["President"])
        #expect(f.actorNames == ["Barack Obama"])
    }

    @Test func possessiveAndLoyalGroupsMergeUnderTheirLeader() {
        let f = ActorFixture("""
        Forces loyal to commander Khalifa Haftar launched an offensive on Thursday. Haftar’s forces said they had taken the airport.
        UN envoy Ghassan Salame met Haftar a day after his troops advanced. The press office of Haftar’s forces said the talks were useful.
        """)
        let forces = f.actor("Forces loyal to Khalifa Haftar")
        #expect(forces?.type == .group)
        #expect(forces?.affiliation == "Khalifa Haftar")
        let aliases = Set(forces?.aliases ?? [])
        #expect(aliases.contains("Haftar’s forces") && aliases.contains("his troops"))
        let office = f.actor("press office of Haftar’s forces")
        #expect(office?.type == .organization)
        #expect(office?.affiliation == "Khalifa Haftar")
    }

    @Test func actorsAreNumberedByFirstAppearance() {
        let f = ActorFixture("Senator Ann Lee spoke first. The Acme Corporation replied, and Lee answered again.")
        #expect(f.table.actors.map(\.id) == ["a1", "a2"])
        #expect(f.actorNames == ["Ann Lee", "Acme Corporation"])
        #expect(f.table.actors[0].firstMention == 8)
    }

    @Test func aSurnameTheTitleGivesToAnotherPersonIsNotTheOneNamedInFull() {
        let f = ActorFixture("""
        President Nolan hosted a dinner on Monday. Mr. Nolan said he was pleased, and Mr. Nolan thanked the guests.
        His wife, Clara Nolan, greeted them. Mrs. Nolan said the night was long.
        """)
        let clara = f.actor("Clara Nolan")
        #expect(clara?.mentions.count == 3, "\(f.actorNames)")
        #expect(clara?.roles.contains("President") == false)
        let him = f.actor("Nolan")
        #expect(him?.mentions.count == 3, "President Nolan and Mr. Nolan are the same man: \(f.actorNames)")
    }
}
