import Testing
@testable import DossierAnalysis

/// Staff and allies named by what they are for someone: "a spokesman for X", "an adviser to
/// X", "chose X as her running mate", "X is a donor who backs Y", "a Clinton delegate".
@Suite struct StatementStaffRelationTests {
    @Test func aSpokesmanForOrAnAdviserToSomeoneIsOnTheirSide() {
        let text = "Senator Ruth Ellison spoke in Iowa. Governor Tom Gaddis spoke too.\n\n"
            + "Ann Lowe, a senior adviser to Ruth Ellison, said the race was close. "
            + "Mark Pruitt is a spokesman for Governor Tom Gaddis."
        #expect(toward("Ellison", by: "Lowe", in: text).first?.stance == .pro, "\(statements(text))")
        #expect(toward("Gaddis", by: "Pruitt", in: text).first?.stance == .pro, "\(statements(text))")
        // A rival "for" a prize has no owner there.
        let prize = "Senator Ruth Ellison spoke.\n\nGaddis, a rival for the Republican Party nomination, spoke too."
        #expect(toward("Republican", by: "Gaddis", in: prize).isEmpty, "\(statements(prize))")
    }

    @Test func theNameBeforeAsIsTheOneTheNounNames() {
        let text = "Senator Ruth Ellison spoke in Iowa.\n\nRuth Ellison chose Governor Tom Gaddis as her running mate on Friday."
        #expect(toward("Ellison", by: "Gaddis", in: text).first?.stance == .pro, "\(statements(text))")
        #expect(toward("Gaddis", by: "Gaddis", in: text).isEmpty, "\(statements(text))")
    }

    @Test func whatTheNounAfterACopulaDoesIsTheSubjectsAct() {
        let text = "Governor Tom Gaddis spoke in Iowa.\n\nMark Pruitt is a longtime donor who backs Mr. Gaddis."
        #expect(toward("Gaddis", by: "Pruitt", in: text).first?.stance == .pro, "\(statements(text))")
        #expect(!statements(text).contains { $0.actor.contains("donor") }, "\(statements(text))")
    }

    @Test func aDonorFundraiserOrDelegateOfSomeoneIsOnTheirSide() {
        let cast = "Senator Ruth Ellison spoke in Iowa. Governor Tom Gaddis spoke too.\n\n"
        let text = cast + "Ann Lowe, a Ruth Ellison delegate from Ohio, said the race was close. "
            + "Mark Pruitt, a top Gaddis fundraiser, was there."
        #expect(toward("Ellison", by: "Lowe", in: text).first?.stance == .pro, "\(statements(text))")
        #expect(toward("Gaddis", by: "Pruitt", in: text).first?.stance == .pro, "\(statements(text))")
        // After "to", the name that heads the phrase owns the noun, not a name qualifying it.
        let head = cast + "The firm is owned by Carl Brandt, a major donor to Ellison rival Tom Gaddis."
        #expect(toward("Gaddis", by: "Brandt", in: head).first?.stance == .pro, "\(statements(head))")
        #expect(!toward("Ellison", by: "Brandt", in: head).contains { $0.stance == .pro }, "\(statements(head))")
    }

    @Test func aFounderOrASuperPACIsOnItsOwnersSide() {
        let cast = "Governor Tom Gaddis spoke in Iowa. The Harbor Project held a rally. The Harbor Fund ran ads.\n\n"
        let text = cast + "Ann Lowe, a co-founder of the Harbor Project, said the race was close. "
            + "The Harbor Fund is Gaddis's super PAC."
        #expect(toward("Harbor", by: "Lowe", in: text).first?.stance == .pro, "\(statements(text))")
        #expect(toward("Gaddis", by: "Harbor Fund", in: text).first?.stance == .pro, "\(statements(text))")
        // A body owns its founder named after it; "super" before anything but "PAC" is no tie.
        let body = cast + "Harbor Project founder Ann Lowe spoke. Carl Brandt, Gaddis's super star, spoke too."
        #expect(toward("Harbor", by: "Lowe", in: body).first?.stance == .pro, "\(statements(body))")
        #expect(toward("Gaddis", by: "Brandt", in: body).isEmpty, "\(statements(body))")
    }

    @Test func aTieClaimedBySomeoneElseIsNoFact() {
        let cast = "Governor Tom Gaddis spoke in Iowa. The Harbor Project held a rally. Ann Lowe ran a shop.\n\n"
        let claimed = cast + "Gaddis said Lowe was the founder of the Harbor Project."
        #expect(toward("Harbor", by: "Lowe", in: claimed).isEmpty, "\(statements(claimed))")
        let stated = cast + "Lowe was the founder of the Harbor Project."
        #expect(toward("Harbor", by: "Lowe", in: stated).first?.stance == .pro, "\(statements(stated))")
    }

    @Test func theirNamesNoSinglePersonAsOwner() {
        let text = "Senator Ruth Ellison spoke in Iowa.\n\n"
            + "The Harbor brothers run a network. But some of their supporters, like Carl Brandt, stayed home."
        #expect(toward("Ellison", by: "Brandt", in: text).isEmpty, "\(statements(text))")
    }
}

/// The author of a plan is for it; whom an object is for is not the object.
@Suite struct StatementPlanAuthorTests {
    @Test func whoUnveilsAPlanIsForItAndItsCriticsAgainstThem() {
        let text = "Governor Tom Gaddis unveiled a plan to close the prison on Tuesday.\n\nSenator Ruth Ellison derided the plan as a mess."
        let s = statements(text)
        #expect(s.contains { $0.actor == "Tom Gaddis" && $0.stance == .pro && ($0.target ?? "").contains("plan") }, "\(s)")
        #expect(s.contains { $0.actor == "Ruth Ellison" && $0.stance == .against && ($0.target ?? "").contains("plan") }, "\(s)")
    }

    @Test func whomAnObjectIsForIsNotTheObject() {
        let text = "Governor Tom Gaddis and Senator Ruth Ellison spoke.\n\nGaddis unveiled a new nickname for Ellison on Sunday."
        #expect(toward("Ellison", by: "Gaddis", in: text).isEmpty, "\(statements(text))")
        // "blames the media for Gaddis's flap": the media are blamed, not Gaddis.
        let blame = "Governor Tom Gaddis, Mayor Ann Lowe and Senator Ray Pruitt spoke.\n\nLowe blames Pruitt for Gaddis's flap."
        #expect(toward("Pruitt", by: "Lowe", in: blame).first?.stance == .against, "\(statements(blame))")
        #expect(toward("Gaddis", by: "Lowe", in: blame).isEmpty, "\(statements(blame))")
    }
}
