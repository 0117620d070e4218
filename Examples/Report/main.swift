// Assembles a custom report with CrimeGraphReport's public model: a section written here, two
// standard sections, a diagram of one raid's neighbourhood, then HTML and Markdown.
//
//   swift run crimegraph-report-example [CASEFILE] [OUTPUT-FOLDER]
import CrimeGraph
import CrimeGraphIO
import CrimeGraphRender
import CrimeGraphReport
import Foundation

let arguments = CommandLine.arguments
let caseFile = arguments.count > 1 ? arguments[1] : "Graphs/sihanoukville-2022.yaml"
let folder = arguments.count > 2 ? arguments[2] : "out"

let graph = try GraphLoader.load([caseFile]).graph
var composer = ReportComposer(graph: graph, options: ReportOptions(top: 5))

// A section of our own: every raid, what it found, with the notes for each claim.
var raids = ReportSection(id: "raids", title: "The raids")
var table = Table(columns: [.init("Raid"), .init("Date"), .init("Targeted"), .init("Figures")])
for event in graph.entities(ofKind: .event) where graph.tags(of: event).contains("raid") {
    let targets = graph.outgoing.relationships(of: event).map(Int.init)
        .filter { graph.relationKind(of: $0) == "targeted" }
        .map { RichText([composer.entity(graph.target(of: $0))]) }
    let figures = graph.properties(ofEntity: event).filter { !$0.value.quantities.isEmpty }
        .map { "\(Wording.humanize($0.key)): \(Wording.value($0.value))" }
    table.rows.append([
        Table.Cell(composer.mention(event)), Table.Cell(RichText(graph.date(ofEntity: event)?.description ?? "not dated")),
        Table.Cell(RichText.joined(targets)), Table.Cell(RichText(figures.joined(separator: "; "))),
    ])
}
raids.blocks.append(.paragraph("Each raid the sources describe, with the figures they give."))
raids.blocks.append(.table(table))

// A diagram of the first raid's neighbourhood.
if let raid = graph.entities(named: "First raid, Jing Chhay Technology buildings").first {
    let view = DiagramSelection(focus: [raid], depth: 1).apply(to: graph)
    raids.blocks.append(.figure(FigureMaker.figure(
        id: "first-raid", caption: "The first raid and everything directly tied to it.", view: view,
        options: DiagramOptions(legend: false))))
}
composer.append(raids)
composer.append(.keyPlayers)
composer.append(.timeline)

var report = composer.report(title: "Raids in Sihanoukville", subtitle: "A custom report assembled with CrimeGraphReport.")
FigureRenderer(formats: [.svg, .png]).render(&report)

try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
try AtomicFile.write(HTMLReportWriter().write(report), to: "\(folder)/raids.html")
let markdown = MarkdownReportWriter().write(report, imageStem: "raids")
for file in markdown.files { try AtomicFile.write(file.bytes, to: "\(folder)/\(file.name)") }
try AtomicFile.write(markdown.text, to: "\(folder)/raids.md")
print("wrote \(folder)/raids.html and \(folder)/raids.md with \(report.footnotes.notes.count) notes")
