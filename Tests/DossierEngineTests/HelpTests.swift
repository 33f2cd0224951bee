import Testing
@testable import DossierEngine

/// Help is read from the command specs: every command describes itself fully and correctly.
@Suite struct HelpTests {
    /// The dossier line of an example: the example itself, or the `-c` argument of a shell line
    /// (`dossier -c "…" | jq …`). Shell pipes and redirections mean nothing inside the shell.
    static func dossierLine(_ example: String) throws -> String {
        guard example.contains("dossier -c ") else { return example }
        let words = try LineSplitter().split(example).flatMap { $0 }.map(\.text)
        let c = try #require(words.firstIndex(of: "-c"))
        return words[c + 1]
    }

    @Test func namesAndAliasesAreUnique() {
        let all = CommandRegistry.namesAndAliases
        #expect(Set(all).count == all.count, "duplicates in \(all)")
    }

    @Test func everyCommandHasASummaryAndExamplesThatParse() throws {
        for type in CommandRegistry.all {
            let spec = type.spec
            #expect(!spec.summary.isEmpty && !spec.summary.contains("\n"), "\(spec.name): one-line summary")
            #expect(!spec.examples.isEmpty, "\(spec.name) has no example")
            #expect(HelpCommand.groups.contains(spec.group), "\(spec.name): unknown group \(spec.group)")
            for example in spec.examples {
                let line = try Self.dossierLine(example)
                #expect(!line.contains(" | ") && !line.contains(" > "), "\(spec.name) example '\(example)' pipes inside the shell")
                for words in try LineSplitter().split(line) {
                    let t = try #require(CommandRegistry.lookup(words[0].text), "\(spec.name) example '\(example)'")
                    #expect(throws: Never.self, "\(spec.name) example '\(example)'") {
                        _ = try Invocation.parse(words.dropFirst().map(\.text), spec: t.spec)
                    }
                }
                let commands = try LineSplitter().split(line).map { $0[0].text }
                #expect(commands.contains { CommandRegistry.lookup($0)?.spec.name == spec.name } || line.hasSuffix(" --help"),
                        "\(spec.name) example '\(example)' does not use the command")
            }
        }
    }

    @Test func helpListsEveryCommandByGroup() throws {
        let s = Session()
        let out = s.out("help")
        for type in CommandRegistry.all { #expect(out.contains(type.spec.name + " ")) }
        for group in ["Articles", "Analysis", "Shell"] { #expect(out.contains(group + "\n")) }
        let json = try s.json("help")
        #expect((json["commands"] as? [Any])?.count == CommandRegistry.all.count)
    }

    @Test func helpOfACommandShowsUsageArgumentsOptionsAndExamples() {
        let s = Session()
        let out = s.out("help quotes")
        #expect(out.hasPrefix("quotes — list quotations and reported speech"))
        #expect(out.contains("usage: quotes [-d|--direct] [-i|--indirect] [-g|--grep TEXT] [-a|--article ID] [--dismissed] [ACTOR]"))
        #expect(out.contains("aliases: said"))
        #expect(out.contains("arguments:\n  ACTOR"))
        #expect(out.contains("  -g|--grep TEXT"))
        #expect(out.contains("options of every command:\n  --format FORMAT"))
        #expect(out.contains("examples:\n  quotes\n  quotes Okafor"))
        #expect(s.out("help said") == out, "an alias gives the same help")
    }

    @Test func helpWrapsToTheWidthUnderItsColumns() {
        let s = Session(width: 60)
        let l = lines(s.out("help quotes"))
        #expect(l.allSatisfy { displayWidth($0) <= 60 })
        #expect(l.contains("usage: quotes [-d|--direct] [-i|--indirect] [-g|--grep TEXT]"))
        #expect(l.contains("       [-a|--article ID] [--dismissed] [ACTOR]"))
        let grep = try! #require(l.firstIndex { $0.hasPrefix("  -g|--grep TEXT") })
        #expect(l[grep + 1].hasPrefix(String(repeating: " ", count: 19)) && !l[grep + 1].hasPrefix(String(repeating: " ", count: 20)),
                "an option's help continues under its text")
        #expect(!s.out("help quotes --format json").contains("\n       [-a|"), "machine formats keep the text as it is")
    }

    @Test func helpOfAnUnknownCommandSuggests() {
        let err = Session().failure("help acter")
        #expect(err.contains("no command 'acter'"))
        #expect(err.contains("did you mean actor"))
    }
}
