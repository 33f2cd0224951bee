import ArgumentParser
import DossierAnalysis
import DossierEngine
import Foundation

/// `dossier analyze PATH… [--out FILE.jsonl]`: the batch front end. One JSON object per article,
/// in the export format the corpus scorer reads. `-` streams JSON Lines from stdin to stdout.
struct Analyze: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Analyse articles and write one JSON object per article (JSON Lines).",
        discussion: """
        PATH is a file, a folder (read recursively), or a glob pattern. Output goes to stdout \
        unless --out is given; a progress bar and a summary line go to stderr.

        With '-', reads articles as JSON Lines from stdin ({"id": ..., "text": ...} per line) \
        and writes one result line per input line, in order, in constant memory, so it can be \
        the map step of Hadoop Streaming or Spark's pipe(). A line that cannot be read gives \
        {"id": ..., "error": "..."} and a note on stderr; it does not make the exit status \
        non-zero, so one bad record does not fail a whole job.

        Examples:
          dossier analyze corpus/text --out /tmp/train.jsonl
          dossier analyze 'news/**/*.md' > analysis.jsonl
          cat articles.jsonl | dossier analyze - > analysis.jsonl
        """)

    @Argument(help: ArgumentHelp("Files, folders, glob patterns, or - for JSON Lines on stdin.", valueName: "PATH"),
              completion: .file())
    var paths: [String]

    @Option(name: [.short, .long], help: ArgumentHelp("Write to FILE instead of stdout.", valueName: "FILE"))
    var out: String?

    func validate() throws {
        if paths.isEmpty { throw ValidationError("give at least one PATH (or - for stdin)") }
        if paths.contains("-") && paths.count > 1 { throw ValidationError("'-' reads stdin and cannot be mixed with paths") }
    }

    func run() throws {
        let err = FileOutput(fd: STDERR_FILENO, flushEveryWrite: true)
        let output: FileOutput
        if let out {
            let fd = open(out, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
            guard fd >= 0 else {
                err.write("dossier: cannot write '\(out)': \(String(cString: strerror(errno)))\n")
                throw ExitCode(1)
            }
            output = FileOutput(fd: fd, flushEveryWrite: false)
        } else {
            output = FileOutput(fd: STDOUT_FILENO, flushEveryWrite: false)
        }
        defer {
            output.flush()
            if out != nil { close(output.fd) }
        }
        let batch = BatchExport(output: output, errors: err, showProgress: isatty(STDERR_FILENO) == 1)
        if paths == ["-"] {
            let (lines, bad) = batch.streamStandardInput()
            err.write("Analysed \(lines - bad) of \(lines) line\(lines == 1 ? "" : "s")"
                      + (bad > 0 ? "; \(bad) could not be read (error objects written)" : "") + ".\n")
            return
        }
        if !batch.export(paths: paths, destination: out) { throw ExitCode(1) }
    }
}
