/// Closed word classes read around a cue (see `cue_context_words.txt`).
struct CueWordClass: OptionSet, Sendable {
    let rawValue: UInt32
    static let pronoun = CueWordClass(rawValue: 1 << 0)
    static let det = CueWordClass(rawValue: 1 << 1)
    static let aux = CueWordClass(rawValue: 1 << 2)
    static let adverb = CueWordClass(rawValue: 1 << 3)
    static let time = CueWordClass(rawValue: 1 << 4)
    static let clause = CueWordClass(rawValue: 1 << 5)
    static let prep = CueWordClass(rawValue: 1 << 6)
    static let neg = CueWordClass(rawValue: 1 << 7)
    static let that = CueWordClass(rawValue: 1 << 8)
    static let to = CueWordClass(rawValue: 1 << 9)
    static let comp = CueWordClass(rawValue: 1 << 10)
    /// First word of a cue phrase (`according` in "according to").
    static let phraseStart = CueWordClass(rawValue: 1 << 11)
    /// A form of a cue verb.
    static let cueVerb = CueWordClass(rawValue: 1 << 12)
    /// A form of "be" (is, was, were, been…): before a participle it makes a passive.
    static let be = CueWordClass(rawValue: 1 << 13)
    /// A poll or survey (In a new poll, …).
    static let survey = CueWordClass(rawValue: 1 << 14)

    static let byName: [String: CueWordClass] = [
        "pronoun": .pronoun, "det": .det, "aux": .aux, "adverb": .adverb, "time": .time, "clause": .clause,
        "prep": .prep, "neg": .neg, "that": .that, "to": .to, "comp": .comp, "survey": .survey,
    ]
}

/// How a cue verb takes its content (the frames of the cue lexicon files).
struct CueFrames: OptionSet, Sendable {
    let rawValue: UInt16
    static let speech = CueFrames(rawValue: 1 << 0)
    static let cognition = CueFrames(rawValue: 1 << 1)
    static let stance = CueFrames(rawValue: 1 << 2)
    static let obj = CueFrames(rawValue: 1 << 3)
    static let to = CueFrames(rawValue: 1 << 4)
    static let np = CueFrames(rawValue: 1 << 5)
    static let weak = CueFrames(rawValue: 1 << 6)
    /// The base and -s forms are often nouns (a pledge, the reports).
    static let noun = CueFrames(rawValue: 1 << 7)
}

enum VerbForm: UInt8, Sendable { case base, third, past, gerund }

/// What the attributor knows about one word: its classes, and its cue-verb reading if any.
struct WordInfo: Sendable {
    var classes: CueWordClass = []
    var frames: CueFrames = []
    var form: VerbForm = .base
    /// Index into `CueLexicon.lemmas` (for cue verbs).
    var lemma: UInt16 = 0
}

/// What a cue phrase does (see `cue_phrases.txt`).
enum PhraseRole: UInt8, Sendable {
    /// The source follows (according to X).
    case source
    /// A cue by itself after a source (X pointed out that …).
    case cue
    /// Extends the cue verb before it (said in a statement).
    case after
    /// A noun of stance or speech owned by its source (Pence's call for …, his criticism of …).
    case noun
}

/// The cue lexicons, parsed once per process into key tables.
struct CueLexicon: Sendable {
    let words: KeyTable<WordInfo>
    let phrases: KeyTable<PhraseRole>
    let lemmas: [String]
    let maxPhraseLength: Int

    static let shared = CueLexicon()

    init() {
        var pairs: [(UInt64, WordInfo)] = []
        var lemmas: [String] = []
        var lemmaIndex: [String: UInt16] = [:]
        func verbs(_ bytes: [UInt8], _ kind: CueFrames) {
            for line in Lexicon(bytes: bytes).entries {
                let parts = line.split(separator: ";", maxSplits: 1)
                let forms = parts[0].split(separator: " ").map(String.init)
                var frames = kind
                if parts.count > 1 {
                    for f in parts[1].split(separator: " ") {
                        switch f {
                        case "obj": frames.insert(.obj)
                        case "to": frames.insert(.to)
                        case "np": frames.insert(.np)
                        case "weak": frames.insert(.weak)
                        case "noun": frames.insert(.noun)
                        default: break
                        }
                    }
                }
                guard let base = forms.first else { continue }
                let id: UInt16
                if let old = lemmaIndex[base] { id = old } else {
                    id = UInt16(lemmas.count); lemmaIndex[base] = id; lemmas.append(base)
                }
                for (n, f) in forms.enumerated() {
                    let form: VerbForm = n == 0 ? .base : (f.hasSuffix("ing") ? .gerund : (n == 1 ? .third : .past))
                    pairs.append((WordKey.of(f), WordInfo(classes: .cueVerb, frames: frames, form: form, lemma: id)))
                }
            }
        }
        verbs(PackageResources.cue_speech_verbs_txt, .speech)
        verbs(PackageResources.cue_cognition_verbs_txt, .cognition)
        verbs(PackageResources.cue_stance_verbs_txt, .stance)
        for line in Lexicon(bytes: PackageResources.cue_context_words_txt).entries {
            let parts = line.split(separator: ";").map { $0.trimmingSpaces }
            guard parts.count == 2, let c = CueWordClass.byName[parts[1]] else { continue }
            pairs.append((WordKey.of(parts[0]), WordInfo(classes: c)))
        }
        for be in ["is", "was", "were", "are", "be", "been", "being", "'re", "am", "'m"] {
            pairs.append((WordKey.of(be), WordInfo(classes: .be)))
        }
        var phrasePairs: [(UInt64, PhraseRole)] = []
        var longest = 1
        for line in Lexicon(bytes: PackageResources.cue_phrases_txt).entries {
            let parts = line.split(separator: ";").map { $0.trimmingSpaces }
            guard parts.count == 2 else { continue }
            let role: PhraseRole = parts[1] == "source" ? .source : parts[1] == "after" ? .after : parts[1] == "noun" ? .noun : .cue
            let words = parts[0].split(separator: " ").map(String.init)
            longest = max(longest, words.count)
            phrasePairs.append((WordKey.phrase(words), role))
            pairs.append((WordKey.of(words[0]), WordInfo(classes: .phraseStart)))
        }
        words = KeyTable(pairs) { a, b in
            var m = a
            m.classes.formUnion(b.classes)
            if a.classes.contains(.cueVerb) && b.classes.contains(.cueVerb) {
                m.frames.formUnion(b.frames)
            } else if b.classes.contains(.cueVerb) {
                m.frames = b.frames; m.form = b.form; m.lemma = b.lemma
            }
            return m
        }
        phrases = KeyTable(phrasePairs) { a, _ in a }
        self.lemmas = lemmas
        maxPhraseLength = longest
    }
}

extension Substring {
    var trimmingSpaces: String {
        var s = self
        while s.first == " " || s.first == "\t" { s.removeFirst() }
        while s.last == " " || s.last == "\t" { s.removeLast() }
        return String(s)
    }
}
