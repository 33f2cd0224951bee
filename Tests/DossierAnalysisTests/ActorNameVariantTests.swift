import Testing
@testable import DossierAnalysis

/// Other names of a person named in full: a nickname, a compound surname, a name whose letters
/// were read in the wrong encoding, and a person by her title after a verb that is also a body's
/// noun. Paragraphs written for these tests.
@Suite struct ActorNameVariantTests {
    func actors(_ text: String) -> [Actor] { Analyzer().analyze(text).actors }

    @Test func aNicknameIsThePersonOfThatFirstName() {
        let a = actors("""
        Senator Bernard Tull spoke in Iowa. "This debate with Crazy Bernard will be brilliant," Harlan Voss said.
        """)
        #expect(a.first { $0.name == "Bernard Tull" }?.aliases.contains("Crazy Bernard") == true, "\(a.map { ($0.name, $0.aliases) })")
        #expect(!a.contains { $0.name == "Crazy Bernard" })
    }

    @Test func aNameGivenWithAkaIsTheSamePerson() {
        let a = actors("""
        The singer worked with producer Dale Fenwick, aka Copper Fox, on the album. "Copper Fox heard every song," Mara Quill said. Copper Fox said the record was done.
        """)
        #expect(a.filter { $0.name.contains("Fox") || $0.name.contains("Fenwick") }.count == 1, "\(a.map(\.name))")
        #expect(!a.contains { $0.name.hasPrefix("aka") || $0.name.hasPrefix("Aka") }, "\(a.map(\.name))")
    }

    @Test func aFormerNameThenKnownAsIsTheSamePerson() {
        let a = actors("""
        The files came from Anna Roark - then known as Adam Roark - in 2011. Anna Roark said she would appeal, and Harlan Voss said he would not.
        """)
        #expect(a.filter { $0.name.contains("Roark") }.count == 1, "\(a.map(\.name))")
    }

    @Test func aNameAfterAnAliasNounIsThePersonOfTheSentence() {
        let a = actors("""
        Former Rep. Harlan Voss resigned in 2011. Voss ran for mayor in 2013, and he lost after a scandal in which he used the alias Carlos Lane. Mara Quill said he should quit.
        """)
        #expect(!a.contains { $0.name == "Carlos Lane" }, "\(a.map(\.name))")
        #expect(a.first { $0.name == "Harlan Voss" }?.aliases.contains("Carlos Lane") == true, "\(a.map { ($0.name, $0.aliases) })")
    }

    @Test func aLessCommonFirstNameStillOpensAPersonsName() {
        // A bio line at an op-ed's end: the name is there once and only "is" something.
        let a = actors("The ticket lacks principle.\n\nNorman Pike, a delegate from California, is coordinator of the network.")
        #expect(a.contains { $0.name == "Norman Pike" && $0.type == .person }, "\(a.map(\.name))")
    }

    @Test func aCompoundSurnameIsThePersonNamedInFull() {
        let a = actors("""
        Harlan Voss met President Enrique Peña Nieto on Wednesday. Peña Nieto said the talks were open.
        """)
        #expect(a.filter { $0.name.contains("Nieto") }.count == 1, "\(a.map(\.name))")
    }

    @Test func lettersReadInTheWrongEncodingStayInTheWord() {
        let doc = Segmenter().segment(ArticleText("He met President Enrique PeÃ±a Nieto."))
        let words = doc.tokens.map { doc.text[$0.span] }
        #expect(words.contains("PeÃ±a"), "\(words)")
        let a = actors("Harlan Voss met President Enrique PeÃ±a Nieto on Wednesday. PeÃ±a Nieto said the talks were open.")
        #expect(a.filter { $0.name.contains("Nieto") }.count == 1, "\(a.map(\.name))")
    }

    @Test func aTitledPersonAfterAVerbIsNoBody() {
        let a = actors("""
        Lena Marsh spoke on Monday. He said Harlan Voss could force Mrs. Marsh to spend money in Ohio.
        """)
        #expect(!a.contains { $0.type == .organization && $0.name.contains("Marsh") }, "\(a.map { ($0.name, $0.type) })")
    }

    @Test func aBodysNounAfterAModalAndAnAdverbIsAVerb() {
        // "force" is also a noun for a military body; after "will likely" or "to" it is a verb
        // and the name after it is the person already named, not a body called "Marsh".
        for text in ["Lena Marsh spoke on Monday. The ruling will likely force Marsh to raise more money, an analyst said.",
                     "Lena Marsh spoke on Monday. Donors hope to force Marsh out of the race, an analyst said."] {
            let a = actors(text)
            #expect(!a.contains { $0.type == .organization && $0.name.contains("Marsh") }, "\(a.map { ($0.name, $0.type) })")
            #expect(a.filter { $0.name.contains("Marsh") }.count == 1, "\(a.map(\.name))")
        }
    }

    @Test func aShortFormOfAFirstNameIsTheSamePerson() {
        let a = actors("""
        Sen. Chuck Harlan voted against the bill on Monday. “Sen. Charles Harlan has no spine,” an editorial said. Harlan said he would not change his mind.
        """)
        #expect(a.filter { $0.name.contains("Harlan") }.count == 1, "\(a.map(\.name))")
        let b = actors("""
        Peter Dalby spoke on Monday. Pete Dalby has hosted the show since 2012. “Pete has changed,” his co-host said.
        """)
        #expect(b.filter { $0.name.contains("Pete") }.count == 1, "\(b.map(\.name))")
    }

    @Test func aDescriptiveWordBeforeAFirstNameIsNoPartOfTheName() {
        let a = actors("""
        The group was founded by DJ Maya Brooks in 2006. Maya Brooks said on Tuesday that it would grow.
        """)
        #expect(a.filter { $0.name.contains("Brooks") }.count == 1, "\(a.map(\.name))")
        // An unknown word alone may be a first name the list lacks.
        let b = actors("On Monday, Tavon Lee Marsh said that he would run.")
        #expect(b.map(\.name).contains("Tavon Lee Marsh"), "\(b.map(\.name))")
    }
}
