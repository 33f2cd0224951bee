import Foundation
import Testing
@testable import DossierEngine

/// Verdicts from what one actor says of the other itself, and the demo's pairs as a reader
/// of its four articles gives them.
@Suite struct PositionVerdictTests {
    /// The verdicts of `line` in a session that loaded one article written to `file`.
    func relations(loading file: String, _ text: String, _ line: String) throws -> [String: String] {
        let folder = TemporaryFolder()
        let s = Session()
        s.out("load " + folder.write(file, text))
        return try relations(s, line)
    }

    /// The text `line` prints in a session that loaded one article written to `file`.
    func data(loading file: String, _ text: String, _ line: String) -> String {
        let folder = TemporaryFolder()
        let s = Session()
        s.out("load " + folder.write(file, text))
        return s.data(line)
    }

    func relations(_ s: Session, _ line: String) throws -> [String: String] { try s.pairRelations(line) }

    @Test func aPairMemberIsNoSharedTopicOfThePair() throws {
        // Brant speaks for Ellison: what each "thinks of Ruth Ellison" is their stance toward
        // each other, read once as such, not a topic they share.
        let text = """
        Senator Ruth Ellison spoke on Monday.

        Ellison spokesman Joe Brant defended her.

        Ellison praised the Harbour Families Association.

        The Harbour Families Association sued Ruth Ellison over the port.
        """
        let r = try relations(loading: "staff.txt", text, "compare Brant Ellison")
        #expect(r["Joe Brant / Ruth Ellison"] == "agree", "\(r)")
        let reason = data(loading: "staff.txt", text, "compare Brant Ellison")
        #expect(reason.contains("backs Ruth Ellison") && !reason.contains("is for Ruth Ellison"), "\(reason)")
    }

    @Test func condemningTheOtherOutweighsAStanceTheyShare() throws {
        let text = """
        The port authority unveiled a plan to expand the harbour on Monday.

        Mayor Ann Kessler welcomed the harbour expansion plan.

        Senator Hugo Brandt also welcomed the harbour expansion plan.

        Brandt condemned Ann Kessler in a speech on Saturday.
        """
        let r = try relations(loading: "outweigh.txt", text, "compare Kessler Brandt")
        #expect(r["Ann Kessler / Hugo Brandt"] == "disagree", "\(r)")
        let reason = data(loading: "outweigh.txt", text, "compare Kessler Brandt")
        #expect(reason.contains("against that"), "the shared stance is still named: \(reason)")
    }

    @Test func praisingTheOtherIsAgreeingAndCondemningIsClashing() throws {
        let folder = TemporaryFolder()
        let s = Session()
        s.out("load " + folder.write("praise.txt", """
        Health Minister Irene Vogel announced a new screening plan on Friday.

        The Doctors' Federation praised Irene Vogel for her courage.

        Senator Hugo Brandt condemned Irene Vogel in a speech on Saturday.
        """))
        let r = try relations(s, "compare Vogel \"Doctors' Federation\" Brandt")
        #expect(r["Irene Vogel / Doctors' Federation"] == "agree", "\(r)")
        #expect(r["Irene Vogel / Hugo Brandt"] == "disagree", "\(r)")
        let reason = s.data("compare Vogel Brandt")
        #expect(reason.contains("opposes Irene Vogel"), "\(reason)")
        #expect(reason.contains("condemned"), "the evidence shows the act: \(reason)")
    }

    @Test func rivalsDisagreeButTwoRivalsOfAThirdAreNotAllies() throws {
        let r = try relations(loading: "primary.txt", """
        Governor Tom Gaddis won the Iowa caucuses on Monday.

        His rival, Senator Ruth Ellison, came second. Gaddis rival Ann Lowe came third.

        Campaign manager Jeff Weaver of the Gaddis campaign said the governor would win New Hampshire.
        """, "compare Gaddis Ellison Lowe")
        #expect(r["Tom Gaddis / Ruth Ellison"] == "disagree", "\(r)")
        #expect(r["Tom Gaddis / Ann Lowe"] == "disagree", "\(r)")
        #expect(r["Ruth Ellison / Ann Lowe"] == "unclear", "\(r)")
    }

    @Test func theStrongerSideCarriesTheVerdictAndTheOtherIsNamed() throws {
        let folder = TemporaryFolder()
        let s = Session()
        s.out("load " + folder.write("offer.txt", """
        Governor Tom Gaddis said he was happy to see Mayor Ann Lowe elected on Monday.

        Lowe rejected Gaddis's offer of a meeting on Tuesday. Lowe also criticized Gaddis in a speech on Wednesday.
        """))
        let r = try relations(s, "compare Gaddis Lowe")
        #expect(r["Tom Gaddis / Ann Lowe"] == "disagree", "\(r)")
        let reason = s.data("compare Gaddis Lowe")
        #expect(reason.contains("against that"), "\(reason)")
    }

    @Test func aBodyThatBelongsToAnActorIsOnItsSide() throws {
        let r = try relations(loading: "campaign.txt", """
        Governor Tom Gaddis spoke in Iowa on Monday.

        The Gaddis campaign said it raised $3 million. Senator Ruth Ellison said nothing.
        """, "compare Gaddis \"Gaddis campaign\" Ellison")
        #expect(r["Tom Gaddis / Gaddis campaign"] == "agree", "\(r)")
        #expect(r["Gaddis campaign / Ruth Ellison"] == "unclear", "\(r)")
    }

    @Test func aNameNoActorHasCanBeATopic() throws {
        let folder = TemporaryFolder()
        let s = Session()
        s.out("load " + folder.write("media.txt", """
        Governor Tom Gaddis spoke in Iowa on Monday.

        Gaddis lambasted the media's behavior as evidence of a partisan double standard. Senator Ruth Ellison said nothing.
        """))
        let r = try relations(s, "compare Gaddis \"the media\" Ellison")
        #expect(r["Tom Gaddis / the media"] == "disagree", "\(r)")
        #expect(r["the media / Ruth Ellison"] == "unclear", "\(r)")
        // A name that is neither an actor nor a topic is still an error.
        #expect(s.failure("compare Gaddis \"the weather\"").contains("no actor 'the weather'"))
    }

    @Test func wordsTheTextUsesForNoActorAreComparedByWhatIsAimedAtThem() throws {
        let folder = TemporaryFolder()
        let s = Session()
        s.out("load " + folder.write("establishment.txt", """
        Governor Tom Gaddis spoke in Iowa on Monday.

        "I am the worst thing that ever happened to the political establishment," Gaddis said. Gaddis attacked the political establishment again. Senator Ruth Ellison stayed home, by the county fairgrounds.
        """))
        // Named in the text, no actor and no topic: unclear, not an error.
        let fair = try relations(s, "compare Ellison \"the county fairgrounds\"")
        #expect(fair["Ruth Ellison / the county fairgrounds"] == "unclear", "\(fair)")
        let r = try relations(s, "compare Gaddis \"the political establishment\" Ellison")
        #expect(r["Tom Gaddis / the political establishment"] == "disagree", "\(r)")
        #expect(r["the political establishment / Ruth Ellison"] == "unclear", "\(r)")
        // Words the articles never use are still an error.
        #expect(s.failure("compare Gaddis \"the weather\"").contains("no actor 'the weather'"))
    }

    @Test func wordsTypedThatStartAtAStatementsTargetAreWhatItIsAimedAt() throws {
        // The target read is only the start of the words ("Southern"): the typed words begin
        // where it begins, so the criticism is aimed at them.
        let r = try relations(loading: "voters.txt", """
        Governor Tom Gaddis spoke in Iowa on Monday.

        Senator Ruth Ellison has criticized Southern Baptist voters for not supporting her, and said they were wrong.
        """, "compare Ellison \"Southern Baptist voters\"")
        #expect(r["Ruth Ellison / Southern Baptist voters"] == "disagree", "\(r)")
    }

    @Test func aNameTypedWithItsOwnerIsTheActorNamedWithoutIt() throws {
        let r = try relations(loading: "owner.txt", """
        The state Senate took up the adoption bill on Monday.

        The chamber's Republican majority voted in favor of the bill. Harlow Chemicals opposed the bill.
        """, "compare \"Harlow Chemicals\" \"the chamber's Republican majority\"")
        #expect(r.values.first == "disagree", "\(r)")
    }

    @Test func oneWhoSpeaksForTheOtherByRoleAgreesWithIt() throws {
        let r = try relations(loading: "manager.txt", """
        Governor Tom Gaddis spoke in Iowa on Monday.

        Reporter Ana Fields accused Gaddis’s campaign manager, Corey Lane, of grabbing her arm at a rally.
        """, "compare Gaddis Lane Fields")
        #expect(r["Tom Gaddis / Corey Lane"] == "agree", "\(r)")
        #expect(r["Corey Lane / Ana Fields"] == "disagree", "\(r)")
    }

    @Test func attackingAnActorIsStandingAgainstItsPosition() throws {
        let folder = TemporaryFolder()
        let s = Session()
        s.out("load " + folder.write("levy.txt", """
        The city council approved on Monday a new levy on hotel rooms to pay for a convention centre.

        Councillor Ada Moreno voted for the levy.

        The Hotel Association said the levy would drive visitors away.

        Businessman Karl Fenwick condemned Ada Moreno in a radio interview on Tuesday.
        """))
        let r = try relations(s, "compare Fenwick \"Hotel Association\" Moreno")
        #expect(r["Karl Fenwick / Hotel Association"] == "agree", "\(r)")
        #expect(s.data("compare Fenwick \"Hotel Association\"").contains("opposing Ada Moreno"))
    }

    @Test func aSpokespersonByRoleTakesTheStanceOfWhomTheySpeakFor() throws {
        let folder = TemporaryFolder()
        let s = Session()
        s.out("load " + folder.write("tower.txt", """
        The planning board of Eastwick approved on Monday a plan for a 30-storey tower by the river.

        Mayor Ruth Ingram praised the decision, saying it would bring hundreds of jobs.

        The Riverside Tenants Association opposed the plan.

        Association chair Nora Blake said tenants had not been asked.

        Town historian Felix Grant said the riverbank was first built on in 1820.
        """))
        let r = try relations(s, "compare Ingram Blake Grant")
        #expect(r["Ruth Ingram / Nora Blake"] == "disagree", "\(r)")
        #expect(r["Ruth Ingram / Felix Grant"] == "unclear", "a historian speaks for no one: \(r)")
        let reason = s.data("compare Ingram Blake")
        #expect(reason.contains("Nora Blake (for Riverside Tenants Association)"), "\(reason)")
    }

    @Test func backingAnActorIsStandingWhereItStands() throws {
        let folder = TemporaryFolder()
        let s = Session()
        s.out("load " + folder.write("pact.txt", """
        Ostmark on Tuesday withdrew from the river pact with its neighbour Lavria.

        Lavrian Foreign Minister Ana Petrov said the withdrawal was reckless.

        Finland backed Ostmark.

        Chile said it was watching closely.
        """))
        let r = try relations(s, "compare Finland Petrov Chile")
        #expect(r["Finland / Ana Petrov"] == "disagree", "\(r)")
        #expect(r["Finland / Chile"] == "unclear", "\(r)")
        let reason = s.data("compare Finland Petrov")
        #expect(reason.contains("Finland (backing Ostmark)"), "\(reason)")
    }

    @Test func demoPairsAreWhatAReaderSays() throws {
        let s = Session()
        s.out("demo")
        let r = try relations(s, "compare Okafor Raman Lindqvist Ferreira Wojcik")
        #expect(r["Helen Okafor / Priya Raman"] == "disagree", "\(r)")
        #expect(r["Helen Okafor / Marcus Lindqvist"] == "agree", "\(r)")
        #expect(r["Helen Okafor / Tomasz Wojcik"] == "agree", "\(r)")
        #expect(r["Priya Raman / Marcus Lindqvist"] == "disagree", "\(r)")
        #expect(r["Priya Raman / Ana Ferreira"] == "agree", "\(r)")
        #expect(r["Marcus Lindqvist / Ana Ferreira"] == "disagree", "\(r)")
        #expect(r["Marcus Lindqvist / Tomasz Wojcik"] == "agree", "\(r)")
        #expect(r["Ana Ferreira / Tomasz Wojcik"] == "disagree", "\(r)")
        // Reported speech is shown with its verb.
        let okafor = s.data("positions Okafor")
        #expect(okafor.contains("called the delay reckless"), "\(okafor)")
        // The topic they clash on is named after the project, not after an actor.
        let topics = s.data("topics")
        #expect(!lines(topics).contains { $0.range(of: #"^t[0-9]+ +Marcus Lindqvist"#, options: .regularExpression) != nil },
                "no topic named after an actor who targets himself: \(topics)")
    }

    @Test func aStanceGivenUpSinceYieldsToTheOneTakenNow() throws {
        let text = """
        City news

        Mayor Dana Holt won the city election in May.

        Governor Carl Moody had initially welcomed Holt's election. On Tuesday, Moody criticised Holt for raising taxes.
        """
        let r = try Session.pairRelations(ofArticle: text, "compare Moody Holt")
        #expect(r["Carl Moody / Dana Holt"] == "disagree", "\(r)")
        // Alone, a stance given up still tells where one stood.
        let once = try Session.pairRelations(ofArticle: text.replacingOccurrences(of: " On Tuesday, Moody criticised Holt for raising taxes.", with: ""), "compare Moody Holt")
        #expect(once["Carl Moody / Dana Holt"] == "agree", "\(once)")
    }
}
