/// What a running command may use: the workspace, the console, and the engine (for `run`,
/// `help`). Nothing global.
public final class CommandContext {
    public let engine: Engine
    public var workspace: Workspace { engine.workspace }
    public var console: Console { engine.console }
    public var settings: Settings {
        get { engine.workspace.settings }
        set { engine.workspace.settings = newValue }
    }

    init(engine: Engine) { self.engine = engine }

    /// Asks the user to confirm something that loses work; in scripts (no one to ask) the
    /// answer is `whenScripted`.
    public func confirm(_ question: String, whenScripted: Bool) -> Bool {
        engine.canAsk ? console.confirm(question) : whenScripted
    }

    /// Articles in scope, or an error telling the user to load some.
    public func requireArticles() throws -> [Article] {
        let scoped = workspace.scopedArticles
        if scoped.isEmpty {
            throw DossierError(workspace.articles.isEmpty ? "no articles loaded" : "no articles in scope",
                               hint: workspace.articles.isEmpty ? "load one with 'load PATH', or start with 'dossier --demo'"
                                   : "'use all' brings every article back into scope")
        }
        return scoped
    }
}
