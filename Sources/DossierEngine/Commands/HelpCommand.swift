import Foundation

/// `help [COMMAND]`: the command list, or one command's full description, from its spec.
struct HelpCommand: Command {
    static let spec = CommandSpec(
        name: "help", aliases: ["?"], group: "shell",
        summary: "list the commands, or explain one",
        discussion: """
        'help' lists every command by group with what it does; 'help COMMAND' (or \
        'COMMAND --help') gives its usage, arguments, options and examples. Every command also \
        takes --format (table, json, jsonl, csv, markdown) and --no-color.
        """,
        arguments: [ArgumentSpec("COMMAND", "a command name", arity: .optional, completion: .commands)],
        examples: ["help", "help quotes", "quotes --help", "help --format json"])

    static let groups = ["articles", "analysis", "corrections", "session", "shell"]

    static func run(_ inv: Invocation, _ ctx: CommandContext) throws -> CommandResult {
        if let name = inv.argument("COMMAND") {
            guard let type = CommandRegistry.lookup(name) else {
                let near = suggestions(for: name, among: CommandRegistry.namesAndAliases)
                throw DossierError("no command '\(name)'",
                                   hint: near.isEmpty ? "'help' lists the commands" : "did you mean \(near.joined(separator: ", "))?")
            }
            return help(for: type.spec)
        }
        let records = CommandRegistry.all.map { t in
            Record(["command": .string(t.spec.name), "group": .string(t.spec.group),
                    "synopsis": .string(t.spec.synopsis), "summary": .string(t.spec.summary)])
        }
        var sections: [RecordSet] = []
        let known = Set(groups)
        for g in groups + Array(Set(records.compactMap { $0["group"]?.plainText }).subtracting(known)).sorted() {
            let rs = records.filter { $0["group"]?.plainText == g }
            if rs.isEmpty { continue }
            sections.append(RecordSet(key: "commands", title: g.capitalized,
                                      columns: [Column("command", "COMMAND"), Column("summary", "WHAT IT DOES", wraps: true)],
                                      records: rs))
        }
        return CommandResult(sections: sections,
                             messages: ["'help COMMAND' explains one; Tab completes commands, names and paths."])
    }

    /// The full help of one command, built from its spec.
    static func help(for spec: CommandSpec) -> CommandResult {
        var t = "\(spec.name) — \(spec.summary)\n\nusage: \(spec.synopsis)\n"
        if !spec.aliases.isEmpty { t += "aliases: \(spec.aliases.joined(separator: ", "))\n" }
        if !spec.discussion.isEmpty { t += "\n\(spec.discussion)\n" }
        let labels = spec.arguments.map(\.name) + spec.allOptions.map(\.usage)
        let width = min(24, (labels.map(\.count).max() ?? 0) + 2)
        func line(_ label: String, _ help: String) -> String {
            label.count >= width ? "  \(label)\n  \(String(repeating: " ", count: width))\(help)\n"
                : "  \(label.padding(toLength: width, withPad: " ", startingAt: 0))\(help)\n"
        }
        if !spec.arguments.isEmpty {
            t += "\narguments:\n" + spec.arguments.map { line($0.name, $0.help) }.joined()
        }
        if !spec.options.isEmpty {
            t += "\noptions:\n" + spec.options.map { line($0.usage, $0.help) }.joined()
        }
        t += "\noptions of every command:\n" + CommandSpec.globalOptions.map { line($0.usage, $0.help) }.joined()
        t += "\nexamples:\n" + spec.examples.map { "  \($0)\n" }.joined()
        return .text(t)
    }
}
