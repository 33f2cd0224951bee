/// Where Tab completion finds candidates for an argument or an option value.
public enum CompletionSource: Hashable, Sendable {
    case none
    case commands
    case articles
    case actors
    case quotes
    case topics
    case settings
    case sessions
    case paths
    case values([String])
}

/// A positional argument of a command.
public struct ArgumentSpec: Hashable, Sendable {
    public enum Arity: Hashable, Sendable {
        /// Exactly one word.
        case one
        /// Zero or one word.
        case optional
        /// One or more words, each a separate value.
        case oneOrMore
        /// Zero or more words, each a separate value.
        case many
        /// The rest of the line joined by spaces (a multi-word name typed without quotes); optional.
        case rest
    }

    public var name: String
    public var help: String
    public var arity: Arity
    public var completion: CompletionSource

    public init(_ name: String, _ help: String, arity: Arity = .one, completion: CompletionSource = .none) {
        self.name = name; self.help = help; self.arity = arity; self.completion = completion
    }

    var usage: String {
        switch arity {
        case .one: return name
        case .optional, .rest: return "[\(name)]"
        case .oneOrMore: return "\(name)…"
        case .many: return "[\(name)…]"
        }
    }
}

/// A `--long` option or flag of a command. A flag has no `valueName`.
public struct OptionSpec: Hashable, Sendable {
    public var long: String
    public var short: Character?
    public var valueName: String?
    public var help: String
    public var completion: CompletionSource

    public init(_ long: String, short: Character? = nil, value: String? = nil, _ help: String,
                completion: CompletionSource = .none) {
        self.long = long; self.short = short; self.valueName = value; self.help = help; self.completion = completion
    }

    public var isFlag: Bool { valueName == nil }

    var usage: String {
        let name = short.map { "-\($0)|--\(long)" } ?? "--\(long)"
        return valueName.map { "\(name) \($0)" } ?? name
    }
}

/// Everything the engine knows about a command: help, completion and parsing all read this.
public struct CommandSpec: Sendable {
    public var name: String
    public var aliases: [String]
    /// Help-list group ("articles", "analysis", "session", "shell").
    public var group: String
    /// One line for the command list.
    public var summary: String
    /// Paragraphs for `help NAME`.
    public var discussion: String
    public var arguments: [ArgumentSpec]
    public var options: [OptionSpec]
    /// Example command lines, each shown in `help NAME`. At least one.
    public var examples: [String]

    public init(name: String, aliases: [String] = [], group: String, summary: String, discussion: String = "",
                arguments: [ArgumentSpec] = [], options: [OptionSpec] = [], examples: [String]) {
        self.name = name; self.aliases = aliases; self.group = group; self.summary = summary
        self.discussion = discussion; self.arguments = arguments; self.options = options; self.examples = examples
    }

    public var synopsis: String {
        ([name] + options.map { "[\($0.usage)]" } + arguments.map(\.usage)).joined(separator: " ")
    }

    /// Options every command accepts, handled by the engine.
    public static let globalOptions: [OptionSpec] = [
        OptionSpec("format", value: "FORMAT", "output format: table, json, jsonl, csv, markdown",
                   completion: .values(OutputFormat.allCases.map(\.rawValue))),
        OptionSpec("no-color", "no colour in the output"),
        OptionSpec("help", short: "h", "show this command's help"),
    ]

    public var allOptions: [OptionSpec] { options + CommandSpec.globalOptions }

    func option(named long: String) -> OptionSpec? { allOptions.first { $0.long == long } }
    func option(short: Character) -> OptionSpec? { allOptions.first { $0.short == short } }
}

/// One command of the shell: one small type that describes itself and runs.
public protocol Command: Sendable {
    static var spec: CommandSpec { get }
    static func run(_ invocation: Invocation, _ context: CommandContext) throws -> CommandResult
}
