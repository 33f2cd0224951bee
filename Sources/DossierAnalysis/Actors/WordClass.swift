/// What a single word can be for the actor finder, from the embedded lexicons: one bit set per
/// word, looked up once per token.
struct WordClass: OptionSet, Sendable, Hashable {
    let rawValue: UInt64

    static let stop = WordClass(rawValue: 1 << 0)          // never a name by itself
    static let month = WordClass(rawValue: 1 << 1)
    static let day = WordClass(rawValue: 1 << 2)
    static let personNoun = WordClass(rawValue: 1 << 3)    // official, spokesman, senator
    static let title = WordClass(rawValue: 1 << 4)         // may stand before a name
    static let leader = WordClass(rawValue: 1 << 5)        // chief, head, president
    static let male = WordClass(rawValue: 1 << 6)
    static let female = WordClass(rawValue: 1 << 7)
    static let groupNoun = WordClass(rawValue: 1 << 8)     // officials, sources, forces
    static let roleModifier = WordClass(rawValue: 1 << 9)  // former, senior, military
    static let dropModifier = WordClass(rawValue: 1 << 10) // eastern, self-proclaimed
    static let placeNoun = WordClass(rawValue: 1 << 11)    // city, capital, border
    static let orgNoun = WordClass(rawValue: 1 << 12)      // newspaper, campaign, ministry
    static let speech = WordClass(rawValue: 1 << 13)
    static let action = WordClass(rawValue: 1 << 14)
    static let aux = WordClass(rawValue: 1 << 15)
    static let past = WordClass(rawValue: 1 << 16)
    static let third = WordClass(rawValue: 1 << 17)
    static let base = WordClass(rawValue: 1 << 18)
    static let ing = WordClass(rawValue: 1 << 19)
    static let det = WordClass(rawValue: 1 << 20)
    static let poss = WordClass(rawValue: 1 << 21)
    static let quant = WordClass(rawValue: 1 << 22)
    static let prep = WordClass(rawValue: 1 << 23)
    static let loc = WordClass(rawValue: 1 << 24)
    static let particle = WordClass(rawValue: 1 << 25)
    static let connector = WordClass(rawValue: 1 << 26)
    static let adverb = WordClass(rawValue: 1 << 27)
    static let agent = WordClass(rawValue: 1 << 28)
    static let pronoun = WordClass(rawValue: 1 << 29)
    static let courtesy = WordClass(rawValue: 1 << 30)     // Mr., Sen., Gov.: abbreviated titles
    static let cue = WordClass(rawValue: 1 << 31)          // Ministry, Times, City, War
    static let firstName = WordClass(rawValue: 1 << 32)
    static let epithet = WordClass(rawValue: 1 << 33)      // candidate, mogul: a public figure's part
    static let kin = WordClass(rawValue: 1 << 34)          // husband, daughter
    static let share = WordClass(rawValue: 1 << 35)        // majority, third: a part of a group
    static let actNoun = WordClass(rawValue: 1 << 36)      // criticism, cheers: "… from X" acts
    static let contest = WordClass(rawValue: 1 << 37)      // race, seat: "Senate race"
    static let prizeVerb = WordClass(rawValue: 1 << 38)    // hold, win: "hold the White House"
    static let prizeNoun = WordClass(rawValue: 1 << 39)    // control: "control of the Senate"
    static let degree = WordClass(rawValue: 1 << 40)       // more, most: "the more liberal backers"
    static let collective = WordClass(rawValue: 1 << 41)   // crowd, audience: the people at hand
    static let stanceGroup = WordClass(rawValue: 1 << 42)  // critics, conservatives: a group by its stance
    static let placeSet = WordClass(rawValue: 1 << 43)     // countries, states: places counted together
    static let office = WordClass(rawValue: 1 << 44)       // senator, governor: an office held for a place
    static let bodyPeople = WordClass(rawValue: 1 << 45)   // members, hopefuls, bid: "House members", "White House bid"

    /// A verb form that shows its subject speaking or acting when it follows it.
    static let finiteVerb: WordClass = [.past, .third, .aux]
    static let verb: WordClass = [.speech, .action, .aux]
}
