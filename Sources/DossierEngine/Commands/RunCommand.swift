import Foundation

/// `run FILE [--keep-going]`: run a script of commands inside the shell.
struct RunCommand: Command {
    static let spec = CommandSpec(
        name: "run", aliases: ["source"], group: "shell",
        summary: "run the commands in a script file",
        discussion: """
        One command per line; '#' starts a comment; a trailing '\\' continues a line. The first \
        failing command stops the script with FILE:LINE: error: …, unless --keep-going.
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
        let data: Data
        do { data = try Data(contentsOf: URL(fileURLWithPath: full)) } catch {
            throw DossierError("cannot read '\(path)'", hint: FileManager.default.fileExists(atPath: full)
                               ? "check its permissions" : "no such file")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw DossierError("'\(path)' is not UTF-8 text", hint: "a script is a text file of commands")
        }
        ctx.engine.runningScripts.append(full)
        defer { ctx.engine.runningScripts.removeLast() }
        var lines = text.components(separatedBy: "\n")
        if lines.last == "" { lines.removeLast() }
        if !ctx.engine.runScript(lines: lines, name: path, keepGoing: inv.flag("keep-going")) {
            throw DossierError("script '\(path)' stopped", hint: "the error above says where")
        }
        return .empty
    }
}
