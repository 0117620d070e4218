// swift-tools-version: 6.1
//
// CrimeGraph: a graph analysis engine for criminal networks.
//
// Targets and who may import whom (the README's Layout section has more):
//   CGraphviz            system library (libgvc via pkg-config); imported ONLY by the worker
//   crimegraph-graphviz  executable worker: the only code that calls Graphviz
//   CrimeGraph           model, indexed graph, lookup, traversals
//   CrimeGraphAnalysis   paths, centralities, brokers, communities, disruption, prediction
//   CrimeGraphIO         every file format in and out
//   CrimeGraphRender     DOT encoder, styling, the client that runs the worker
//   CrimeGraphQuery      the Cypher subset: lexer, parser, planner, executor
//   CrimeGraphMerge      many sources, one case: duplicates, merge, diff, corroboration
//   CrimeGraphReport     report model, HTML and Markdown writers
//   crimegraph           the command-line tool
import PackageDescription

let package = Package(
    name: "CrimeGraph",
    products: [
        .library(name: "CrimeGraph", targets: ["CrimeGraph"]),
        .library(name: "CrimeGraphAnalysis", targets: ["CrimeGraphAnalysis"]),
        .library(name: "CrimeGraphIO", targets: ["CrimeGraphIO"]),
        .library(name: "CrimeGraphQuery", targets: ["CrimeGraphQuery"]),
        .library(name: "CrimeGraphMerge", targets: ["CrimeGraphMerge"]),
        .library(name: "CrimeGraphReport", targets: ["CrimeGraphReport"]),
        .library(name: "CrimeGraphRender", targets: ["CrimeGraphRender"]),
        .executable(name: "crimegraph", targets: ["crimegraph"]),
        .executable(name: "crimegraph-graphviz", targets: ["crimegraph-graphviz"]),
    ],
    dependencies: [
        // The CLI: subcommands, option groups, help, completions and the man page plugin.
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        // YAML case files: libyaml underneath, and it gives node positions (line:column)
        // that every validation message needs. JSON has its own positioned parser.
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        // `make docs`: builds the DocC catalogs. A command plugin only — nothing of it is linked
        // into CrimeGraph, and `swift build` does not build it.
        .package(url: "https://github.com/swiftlang/swift-docc-plugin", from: "1.4.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CGraphviz",
            pkgConfig: "libgvc",
            providers: [.apt(["libgraphviz-dev"])]
        ),
        .executableTarget(
            name: "crimegraph-graphviz",
            dependencies: ["CGraphviz"]
        ),
        .target(name: "CrimeGraph"),
        .target(name: "CrimeGraphAnalysis", dependencies: ["CrimeGraph"]),
        .target(name: "CrimeGraphQuery", dependencies: ["CrimeGraph"]),
        .target(
            name: "CrimeGraphMerge",
            dependencies: ["CrimeGraph", "CrimeGraphIO", .product(name: "Yams", package: "Yams")]
        ),
        .target(
            name: "CrimeGraphReport",
            dependencies: ["CrimeGraph", "CrimeGraphAnalysis", "CrimeGraphIO", "CrimeGraphRender"]
        ),
        .target(
            name: "CrimeGraphIO",
            dependencies: ["CrimeGraph", .product(name: "Yams", package: "Yams")]
        ),
        .target(
            name: "CrimeGraphRender",
            dependencies: ["CrimeGraph", "CrimeGraphAnalysis"]
        ),
        .executableTarget(
            name: "crimegraph",
            dependencies: [
                "CrimeGraph", "CrimeGraphAnalysis", "CrimeGraphIO", "CrimeGraphMerge", "CrimeGraphQuery", "CrimeGraphRender",
                "CrimeGraphReport",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // The README's library example, built by `swift build` so it cannot drift from the API.
        .executableTarget(
            name: "crimegraph-embedding-example",
            dependencies: ["CrimeGraph", "CrimeGraphIO"],
            path: "Examples/Embedding"
        ),
        // The report example: a custom report from the public model, built by `swift build`.
        .executableTarget(
            name: "crimegraph-report-example",
            dependencies: ["CrimeGraph", "CrimeGraphIO", "CrimeGraphRender", "CrimeGraphReport"],
            path: "Examples/Report"
        ),
        .testTarget(name: "CrimeGraphTests", dependencies: ["CrimeGraph"]),
        .testTarget(name: "CrimeGraphIOTests", dependencies: ["CrimeGraph", "CrimeGraphIO"]),
        .testTarget(name: "CrimeGraphAnalysisTests", dependencies: ["CrimeGraph", "CrimeGraphIO", "CrimeGraphAnalysis"]),
        .testTarget(name: "CrimeGraphQueryTests", dependencies: ["CrimeGraph", "CrimeGraphIO", "CrimeGraphQuery"]),
        .testTarget(name: "CrimeGraphMergeTests", dependencies: ["CrimeGraph", "CrimeGraphIO", "CrimeGraphMerge"]),
        .testTarget(
            name: "CrimeGraphReportTests",
            dependencies: ["CrimeGraph", "CrimeGraphIO", "CrimeGraphReport", "crimegraph-graphviz"]
        ),
        .testTarget(
            name: "CrimeGraphRenderTests",
            dependencies: ["CrimeGraph", "CrimeGraphIO", "CrimeGraphRender", "crimegraph-graphviz"]
        ),
        .testTarget(name: "CLITests", dependencies: ["crimegraph"]),
    ],
    swiftLanguageModes: [.v6]
)
