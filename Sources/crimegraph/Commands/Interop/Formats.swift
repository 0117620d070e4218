import ArgumentParser
import CrimeGraphIO

/// `crimegraph formats`: what CrimeGraph reads and writes, and how it recognises each.
struct Formats: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List the file formats CrimeGraph reads and writes.",
        discussion: """
            Inputs are recognised by extension, or named with --from; outputs by -o's extension, or named with --to.
            docs/formats.md says what each format keeps and what it loses.

            Example:
              crimegraph formats
            """)

    @OptionGroup var output: FormatOptions

    func run() throws {
        let rows = FileFormat.allCases.map { format in
            [format.name, format.extensions.joined(separator: " "), format.canRead ? "yes" : "no", "yes", format.summary]
        }
        let header = ["format", "extensions", "read", "write", "what"]
        Present.emit(output.format, json: .array(FileFormat.allCases.map { format in
            .object([
                "name": .string(format.name), "extensions": .array(format.extensions.map(JSONValue.string)),
                "read": .boolean(format.canRead), "write": .boolean(true), "description": .string(format.summary),
            ])
        }), table: {
            var table = TextTable(header)
            for row in rows { table.append(row) }
            return table.rendered()
        }, csv: {
            CSVText.document(header, rows)
        })
    }
}
