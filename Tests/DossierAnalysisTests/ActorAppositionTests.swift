import Testing
@testable import DossierAnalysis

/// Names in apposition, organisations named after what they are, people "of" an organisation,
/// and the words that are no actors by themselves.
@Suite struct ActorAppositionTests {
    func actors(_ text: String) -> Analysis { Analyzer().analyze(text) }

    @Test func aDescriptionBeforeANameIsThatPersonsRole() {
        let a = actors("""
        The Foreign Minister of Ostrava, Lena Marchetti, condemned the offensive on Sunday.

        The company said profits rose. Its chairman, Thomas Ekdahl, said the board was pleased. A company spokeswoman, Elena Sorensen, declined to comment.
        """)
        let lena = a.actors.first { $0.name == "Lena Marchetti" }
        #expect(lena?.roles == ["Foreign Minister"])
        #expect(lena?.affiliation == "Ostrava")
        #expect(a.actors.first { $0.name == "Thomas Ekdahl" }?.roles == ["chairman"])
        #expect(a.actors.first { $0.name == "Elena Sorensen" }?.roles == ["company spokeswoman"])
        let names = a.actors.map(\.name)
        #expect(!names.contains("chairman") && !names.contains("spokeswoman") && !names.contains("Foreign Minister of Ostrava"), "\(names)")
    }

    @Test func theHolderOfARoleSpeaksNotTheBodyBeforeIt() {
        let a = actors("""
        Residents' group Quiet Skies condemned the decision.

        "The runway will destroy our homes," said Quiet Skies chair Maria Delgado.
        """)
        let maria = a.actors.first { $0.name == "Maria Delgado" }
        #expect(maria?.roles == ["chair"])
        #expect(maria?.affiliation == "Quiet Skies")
        #expect(a.actors.first { $0.name == "Quiet Skies" }?.type == .organization)
        let quote = a.quotes.first { a.text[$0.content[0]].contains("runway") }
        #expect(quote?.speaker == maria?.id)
    }

    @Test func aPersonOfAnOrganisationIsOnePersonWithThatAffiliation() {
        let a = actors("""
        Priya Raman of the campaign group Friends of Kestrel Bay said the campaigners wanted the same thing. Raman called on the mayor to meet the group.
        """)
        let priya = a.actors.filter { $0.name.contains("Priya Raman") }
        #expect(priya.count == 1)
        #expect(priya.first?.type == .person)
        #expect(priya.first?.name == "Priya Raman")
        #expect(priya.first?.affiliation == "Friends of Kestrel Bay")
    }

    @Test func namesAfterANounForAnOrganisationAreOrganisations() {
        let a = actors("""
        Rail operator Deutsche Bahn said trains would be diverted. The French drinks group Maison Albret signed the deal, and Maison Albret said it was pleased.
        Halvorsen Group agreed to buy Brightline Logistics. Halvorsen shares rose, and Brightline's board backed the offer.
        """)
        for name in ["Deutsche Bahn", "Maison Albret", "Halvorsen Group", "Brightline Logistics"] {
            #expect(a.actors.first { $0.name == name }?.type == .organization, "\(name)")
        }
        #expect(a.actors.filter { $0.name.contains("Maison Albret") }.count == 1)
        #expect(!a.actors.contains { $0.name == "Halvorsen" || $0.name == "Brightline" })
    }

    @Test func loneCommonNounsThatSayNothingAreNoActors() {
        let a = actors("""
        Councillor Tom Reed said his group would table a motion and that the panel had not met. He said someone had leaked the report to members.

        Campaigners said the vote was a disgrace.
        """)
        let names = a.actors.map(\.name)
        for generic in ["group", "panel", "someone", "members"] { #expect(!names.contains(generic), "\(names)") }
        #expect(a.actors.contains { $0.name == "Campaigners" && $0.type == .group })
    }

    @Test func aSourceAroundANameIsOneMentionAndDrIsNoRole() {
        let a = actors("""
        "The evidence is clear," said Dr. Ana Ferreira, director of the Coastal Ecology Institute at the University of Carrick.
        """)
        let ana = a.actors.first { $0.name == "Ana Ferreira" }
        #expect(ana?.roles == ["director"])
        #expect(ana?.affiliation == "Coastal Ecology Institute")
        #expect(ana?.mentions.count == 1)
    }

    @Test func aLeadDescriptionIsThePersonNamedLater() {
        let a = actors("""
        A federal judge on Friday blocked the city's ban on short-term rentals.

        Judge Miriam Oduya of the US District Court said the ordinance went too far.
        """)
        let judge = a.actors.filter { $0.type == .person }
        #expect(judge.map(\.name) == ["Miriam Oduya"])
        #expect(judge.first?.aliases.contains("a federal judge") == true)
    }

    @Test func aBareRoleJoinedToATitledNameIsThatPersonsRole() {
        let a = actors("""
        Former prosecutor and Port Carrick Mayor Helen Okafor, who backs the terminal, criticised the delay on Tuesday.
        """)
        #expect(!a.actors.contains { $0.name.lowercased().contains("prosecutor") }, "\(a.actors.map(\.name))")
        #expect(a.actors.contains { $0.name == "Helen Okafor" })
    }
}
