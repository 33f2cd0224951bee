import ArgumentParser
import DossierEngine
import Foundation

/// The shell's command-line options.
struct ShellOptions: ParsableArguments {
    @Option(name: .short, help: ArgumentHelp("Run these commands (separated by ';') and exit; repeat -c to run more, in order.",
                                             valueName: "COMMANDS"))
    var c: [String] = []

    @Option(name: .short, help: ArgumentHelp("Run the commands in FILE (one per line) and exit.", valueName: "FILE"),
            completion: .file())
    var f: String?

    @Flag(help: "With -f or commands on standard input: run the remaining lines after a failing one.")
    var keepGoing = false

    @Option(help: ArgumentHelp("Open the saved session NAME (or a path to a .dossier file); a new session of that name if there is none.",
                               valueName: "NAME"))
    var session: String?

    @Option(help: ArgumentHelp("Output format: \(OutputFormat.allCases.map(\.rawValue).joined(separator: ", ")).",
                               valueName: "FORMAT"))
    var format: String?

    @Flag(help: "No colour in the output (also when NO_COLOR is set).")
    var noColor = false

    @Flag(help: "Start with the bundled demo articles loaded.")
    var demo = false

    func check() throws {
        if !c.isEmpty && f != nil { throw ValidationError("-c and -f exclude each other") }
        if let format, OutputFormat(rawValue: format.lowercased()) == nil {
            throw ValidationError("unknown format '\(format)' (\(OutputFormat.allCases.map(\.rawValue).joined(separator: ", ")))")
        }
        if let session, session.trimmingCharacters(in: .whitespaces).isEmpty {
            throw ValidationError("--session needs a name")
        }
    }
}
