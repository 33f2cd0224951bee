/// A command's words parsed against its `CommandSpec`: positional values by argument name,
/// option values by long name.
public struct Invocation: Sendable {
    public var spec: CommandSpec
    public var arguments: [String: [String]] = [:]
    public var options: [String: [String]] = [:]

    public init(spec: CommandSpec) { self.spec = spec }

    /// The single value of an argument (first one for a list).
    public func argument(_ name: String) -> String? { arguments[name]?.first }
    /// Every value of an argument.
    public func values(_ name: String) -> [String] { arguments[name] ?? [] }
    /// The last value given for an option.
    public func option(_ long: String) -> String? { options[long]?.last }
    public func flag(_ long: String) -> Bool { options[long] != nil }

    /// An integer option, with a usage error when it is not one.
    public func intOption(_ long: String) throws -> Int? {
        guard let raw = option(long) else { return nil }
        guard let n = Int(raw) else { throw DossierError.usage(spec, "--\(long) takes a number, not '\(raw)'") }
        return n
    }

    /// Parses words (after the command name). Options may come anywhere; `--` ends them.
    public static func parse(_ words: [String], spec: CommandSpec) throws -> Invocation {
        var inv = Invocation(spec: spec)
        var positional: [String] = []
        var i = 0
        var optionsEnded = false
        while i < words.count {
            let w = words[i]
            i += 1
            if optionsEnded || w == "-" || !w.hasPrefix("-") || Double(w) != nil {
                positional.append(w)
                continue
            }
            if w == "--" { optionsEnded = true; continue }
            var name: String
            var inlineValue: String? = nil
            let option: OptionSpec?
            if w.hasPrefix("--") {
                name = String(w.dropFirst(2))
                if let eq = name.firstIndex(of: "=") {
                    inlineValue = String(name[name.index(after: eq)...])
                    name = String(name[..<eq])
                }
                option = spec.option(named: name)
            } else {
                let letters = Array(w.dropFirst())
                // Several short flags together (`-ds`); a value option may only come last.
                let flags = letters.dropLast().map { spec.option(short: $0) }
                guard flags.allSatisfy({ $0?.isFlag == true }) else {
                    throw DossierError.usage(spec, "unknown option '\(w)' for '\(spec.name)'")
                }
                for f in flags { inv.options[f!.long, default: []].append("") }
                option = spec.option(short: letters[letters.count - 1])
                name = option?.long ?? String(letters[letters.count - 1])
            }
            guard let opt = option else {
                let near = suggestions(for: name, among: spec.allOptions.map(\.long)).map { "--\($0)" }
                let hint = near.isEmpty ? "usage: \(spec.synopsis)" : "did you mean \(near.joined(separator: " or "))?"
                throw DossierError("unknown option '\(w)' for '\(spec.name)'", hint: hint)
            }
            if opt.isFlag {
                if inlineValue != nil { throw DossierError.usage(spec, "--\(opt.long) takes no value") }
                inv.options[opt.long, default: []].append("")
            } else if let v = inlineValue {
                inv.options[opt.long, default: []].append(v)
            } else if i < words.count {
                inv.options[opt.long, default: []].append(words[i])
                i += 1
            } else {
                throw DossierError.usage(spec, "--\(opt.long) needs a value (\(opt.valueName ?? "VALUE"))")
            }
        }
        if inv.flag("help") { return inv }
        try inv.bind(positional)
        return inv
    }

    private mutating func bind(_ words: [String]) throws {
        var rest = words[...]
        let args = spec.arguments
        for (n, arg) in args.enumerated() {
            // Words the arguments after this one need at least.
            let reserved = args[(n + 1)...].reduce(0) { $0 + (($1.arity == .one || $1.arity == .oneOrMore) ? 1 : 0) }
            let available = max(0, rest.count - reserved)
            switch arg.arity {
            case .one:
                guard let w = rest.first else {
                    throw DossierError.usage(spec, "'\(spec.name)' needs \(arg.name) (\(arg.help))")
                }
                arguments[arg.name] = [w]
                rest = rest.dropFirst()
            case .optional:
                if available > 0, let w = rest.first { arguments[arg.name] = [w]; rest = rest.dropFirst() }
            case .oneOrMore, .many:
                if arg.arity == .oneOrMore && available == 0 {
                    throw DossierError.usage(spec, "'\(spec.name)' needs at least one \(arg.name) (\(arg.help))")
                }
                arguments[arg.name] = Array(rest.prefix(available))
                rest = rest.dropFirst(available)
            case .rest:
                if available > 0 {
                    arguments[arg.name] = [rest.prefix(available).joined(separator: " ")]
                    rest = rest.dropFirst(available)
                }
            }
        }
        if let extra = rest.first {
            throw DossierError.usage(spec, "unexpected argument '\(extra)' for '\(spec.name)'")
        }
    }
}
