// swift-tools-version: 6.1
//
// CrimeGraph benchmarks: a separate package so that `swift build` of CrimeGraph stays light.
// `make bench` (or `swift run -c release crimegraph-bench run`) generates seeded graphs, times
// CrimeGraph and the reference libraries (NetworkX, igraph, NetworKit, rustworkx from
// `.venv`) each in its own process, and prints the table; Benchmarks/README.md has the details.
import Foundation
import PackageDescription

// A path dependency is identified by its folder's name, whatever the checkout is called.
let parent = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().lastPathComponent

let package = Package(
    name: "CrimeGraphBenchmarks",
    dependencies: [.package(path: "..")],
    targets: [
        .executableTarget(
            name: "crimegraph-bench",
            dependencies: [
                .product(name: "CrimeGraph", package: parent),
                .product(name: "CrimeGraphIO", package: parent),
                .product(name: "CrimeGraphAnalysis", package: parent),
                .product(name: "CrimeGraphQuery", package: parent),
            ]
        ),
    ],
    swiftLanguageModes: [.v5]
)
