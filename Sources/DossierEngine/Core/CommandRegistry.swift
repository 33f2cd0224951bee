/// The one list of commands. Help, completion and dispatch all read it.
public enum CommandRegistry {
    public static let all: [any Command.Type] = [
        // shell
        HelpCommand.self, SetCommand.self, HistoryCommand.self, RunCommand.self, QuitCommand.self,
        // articles
        LoadCommand.self, DemoCommand.self, ArticlesCommand.self, ShowCommand.self, UnloadCommand.self, UseCommand.self,
        // articles: named scopes
        ScopesCommand.self,
        // analysis
        ActorsCommand.self, ActorCommand.self, QuotesCommand.self, PositionsCommand.self, CompareCommand.self,
        TopicsCommand.self,
        // corrections and notes
        MergeCommand.self, RenameCommand.self, AliasCommand.self, SplitCommand.self, AttributeCommand.self,
        DismissCommand.self, RestoreCommand.self, UndoCommand.self, CorrectionsCommand.self, NoteCommand.self,
        NotesCommand.self,
        // session
        SaveCommand.self, OpenCommand.self, SessionsCommand.self, NewCommand.self, ExportCommand.self, SqlCommand.self,
    ]

    /// Looks a command up by name or alias (exact, then unique prefix of a name).
    public static func lookup(_ name: String) -> (any Command.Type)? {
        let lower = name.lowercased()
        if let c = all.first(where: { $0.spec.name == lower || $0.spec.aliases.contains(lower) }) { return c }
        return nil
    }

    public static var names: [String] { all.map { $0.spec.name } }
    public static var namesAndAliases: [String] { all.flatMap { [$0.spec.name] + $0.spec.aliases } }
}
