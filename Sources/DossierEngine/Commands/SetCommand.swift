/// `set [NAME [VALUE]]`: show or change a setting.
struct SetCommand: Command {
    static let spec = CommandSpec(
        name: "set", group: "shell",
        summary: "show or change settings (format, color, width)",
        discussion: """
        Without arguments, lists every setting; with a NAME, shows that one; with a VALUE, \
        changes it for the rest of the session. 'set format json' makes every command print \
        JSON until 'set format table'; '--format' still wins for a single command. \
        NAME=VALUE works too.

        format  \(Settings.descriptions["format"]!)
        color   \(Settings.descriptions["color"]!)
        width   \(Settings.descriptions["width"]!)
        """,
        arguments: [ArgumentSpec("NAME", "setting name", arity: .optional, completion: .settings),
                    ArgumentSpec("VALUE", "new value", arity: .optional,
                                 completion: .values(OutputFormat.allCases.map(\.rawValue) + ["on", "off", "auto"]))],
        examples: ["set", "set format json", "set color off", "set width 120", "set width=auto"])

    static func run(_ inv: Invocation, _ ctx: CommandContext) throws -> CommandResult {
        var name = inv.argument("NAME")
        var value = inv.argument("VALUE")
        if let n = name, value == nil, let eq = n.firstIndex(of: "=") {
            name = String(n[..<eq])
            value = String(n[n.index(after: eq)...])
        }
        var names = Settings.names
        if let typed = name {
            guard let canonical = Settings.canonicalName(typed) else {
                let near = suggestions(for: typed, among: Settings.names)
                throw DossierError("unknown setting '\(typed)'",
                                   hint: near.isEmpty ? "settings: \(Settings.names.joined(separator: ", "))"
                                       : "did you mean \(near.joined(separator: " or "))?")
            }
            if let value {
                try ctx.settings.set(canonical, value)
                if canonical == "format" { ctx.engine.formatOverride = nil }
                return .message("\(canonical) = \(ctx.settings.value(canonical) ?? value)")
            }
            names = [canonical]
        }
        let records = names.map {
            Record(["setting": .string($0), "value": .string(ctx.settings.value($0) ?? ""),
                    "meaning": .string(Settings.descriptions[$0] ?? "")])
        }
        return CommandResult(sections: [RecordSet(key: "settings", columns: [Column("setting", "SETTING"), Column("value", "VALUE"),
                                                                             Column("meaning", "MEANING", wraps: true)],
                                                  records: records)])
    }
}
