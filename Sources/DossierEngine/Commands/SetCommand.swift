/// `set [NAME [VALUE]]`: show or change a setting.
struct SetCommand: Command {
    static let spec = CommandSpec(
        name: "set", group: "shell",
        summary: "show or change settings (format, color, width)",
        discussion: "Without arguments, lists every setting. With a name, shows it; with a value, changes it.",
        arguments: [ArgumentSpec("NAME", "setting name", arity: .optional, completion: .settings),
                    ArgumentSpec("VALUE", "new value", arity: .optional,
                                 completion: .values(OutputFormat.allCases.map(\.rawValue) + ["on", "off", "auto"]))],
        examples: ["set", "set format json", "set color off", "set width 120"])

    static func run(_ inv: Invocation, _ ctx: CommandContext) throws -> CommandResult {
        if let name = inv.argument("NAME"), let value = inv.argument("VALUE") {
            try ctx.settings.set(name.lowercased(), value)
            return .message("\(name) = \(ctx.settings.value(name.lowercased() == "colour" ? "color" : name.lowercased()) ?? value)")
        }
        var names = Settings.names
        if let name = inv.argument("NAME") {
            guard ctx.settings.value(name.lowercased()) != nil else {
                var s = ctx.settings
                try s.set(name, "")   // throws the unknown-setting error with suggestions
                return .empty
            }
            names = [name.lowercased()]
        }
        let records = names.map { Record(["setting": .string($0), "value": .string(ctx.settings.value($0) ?? "")]) }
        return CommandResult(sections: [RecordSet(key: "settings", columns: [Column("setting"), Column("value")], records: records)])
    }
}
