import Testing
@testable import DossierEngine

/// Help is read from the command specs: every command describes itself fully and correctly.
@Suite struct HelpTests {
    /// The dossier part of an example: up to a shell pipe or redirection; nil for a shell line.
    static func dossierLine(_ example: String) -> String? {
        if example.hasPrefix("cat ") { return nil }
        var line = example
        for sep in [" | ", " > "] { if let r = line.range(of: sep) { line = String(line[..<r.lowerBound]) } }
        return line
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
                guard let line = Self.dossierLine(example) else { continue }
                for words in try LineSplitter().split(line) {
                    let t = try #require(CommandRegistry.lookup(words[0].text), "\(spec.name) example '\(example)'")
                    #expect(throws: Never.self, "\(spec.name) example '\(example)'") {
                        _ = try Invocation.parse(words.dropFirst().map(\.text), spec: t.spec)
                    }
                }
                #expect(example.hasPrefix(spec.name) || spec.aliases.contains { example.hasPrefix($0) }
                        || example.contains(" \(spec.name)") || example.contains("'\(spec.name)") || example.hasSuffix(" --help"),
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
        #expect(out.contains("usage: quotes [-d|--direct] [-i|--indirect] [-g|--grep TEXT] [-a|--article ID] [ACTOR]"))
        #expect(out.contains("aliases: said"))
        #expect(out.contains("arguments:\n  ACTOR"))
        #expect(out.contains("  -g|--grep TEXT"))
        #expect(out.contains("options of every command:\n  --format FORMAT"))
        #expect(out.contains("examples:\n  quotes\n  quotes Okafor"))
        #expect(s.out("help said") == out, "an alias gives the same help")
    }

    @Test func helpOfAnUnknownCommandSuggests() {
        let err = Session().failure("help acter")
        #expect(err.contains("no command 'acter'"))
        #expect(err.contains("did you mean actor"))
    }
}
