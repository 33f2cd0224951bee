import Foundation

/// `run FILE [--keep-going]`: run a script of commands inside the shell.
struct RunCommand: Command {
    static let spec = CommandSpec(
        name: "run", aliases: ["source"], group: "shell",
        summary: "run the commands in a script file",
        discussion: """
        One command per line; '#' starts a comment; a trailing '\\' continues a line. The first \
        failing command stops the script with FILE:LINE: error: …, unless --keep-going. A \
        'quit' in the script ends the script, not the shell.
        """,
        arguments: [ArgumentSpec("FILE", "script to run", completion: .paths)],
        options: [OptionSpec("keep-going", short: "k", "run the remaining lines after an error")],
        examples: ["run analysis.dossier-script", "run checks.txt --keep-going"])

    static func run(_ inv: Invocation, _ ctx: CommandContext) throws -> CommandResult {
        let path = inv.argument("FILE")!
        let full = URL(fileURLWithPath: (path as NSString).expandingTildeInPath).standardizedFileURL.path
        if ctx.engine.runningScripts.contains(full) {
            throw DossierError("'\(path)' runs itself", hint: "remove the 'run' line that loops back")
        }
        var info = stat()
        guard stat(full, &info) == 0 else { throw DossierError("cannot read '\(path)'", hint: "no such file") }
        guard (info.st_mode & S_IFMT) == S_IFREG else {
            throw DossierError("'\(path)' is not a script file", hint: "a script is a text file of commands, one per line")
        }
        guard info.st_size <= 16 * 1_048_576 else {
            throw DossierError("'\(path)' is too large for a script", hint: "a script is a text file of commands, one per line")
        }
        guard let data = FileManager.default.contents(atPath: full) else {
            throw DossierError("cannot read '\(path)'", hint: "check its permissions")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw DossierError("'\(path)' is not UTF-8 text", hint: "a script is a text file of commands")
        }
        ctx.engine.runningScripts.append(full)
        let quitBefore = ctx.engine.wantsQuit
        defer {
            ctx.engine.runningScripts.removeLast()
            ctx.engine.wantsQuit = quitBefore
        }
        var lines = text.components(separatedBy: "\n")
        if lines.last == "" { lines.removeLast() }
        if !ctx.engine.runScript(lines: lines, name: path, keepGoing: inv.flag("keep-going")) {
            throw DossierError("script '\(path)' stopped", hint: "the error above says where")
        }
        return .empty
    }
}
