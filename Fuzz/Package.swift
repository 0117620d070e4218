// swift-tools-version: 6.1
//
// libFuzzer targets for CrimeGraph's readers and query parser, kept out of the main package so
// `swift build` stays plain. Build and run them with `make fuzz` (Fuzz/run.sh), which adds the
// coverage instrumentation (`-sanitize=fuzzer`) to every module, CrimeGraph's included.
//
// Each `fuzz-*` executable calls libFuzzer's driver (`LLVMFuzzerRunDriver`, linked from the Swift
// toolchain by `-sanitize=fuzzer`) from its own `main`; the work itself is in `FuzzTargets`,
// which calls only CrimeGraph's public API — the same calls the main test suite makes when it
// replays `Corpus/` and `Regressions/` (Tests/CrimeGraphIOTests/FuzzCorpusReplayTests.swift).
import PackageDescription

/// The targets; each has a folder in `Corpus/` and `Regressions/`.
let targets = ["casefile-yaml", "casefile-json", "csv", "matrix", "graphml", "gexf", "ftm", "dot", "query"]

let package = Package(
    name: "CrimeGraphFuzz",
    dependencies: [.package(name: "CrimeGraph", path: "..")],
    targets: [
        // libFuzzer's driver entry point, declared for Swift.
        .target(name: "CLibFuzzer"),
        .target(
            name: "FuzzTargets",
            dependencies: [
                "CLibFuzzer",
                .product(name: "CrimeGraph", package: "CrimeGraph"),
                .product(name: "CrimeGraphIO", package: "CrimeGraph"),
                .product(name: "CrimeGraphQuery", package: "CrimeGraph"),
            ]
        )
    ] + targets.map { name in
        .executableTarget(
            name: "fuzz-\(name)",
            dependencies: ["FuzzTargets"],
            // lld: gold fails on these links (an internal error in its DWARF reader).
            linkerSettings: [.unsafeFlags(["-sanitize=fuzzer", "-use-ld=lld"])]
        )
    },
    swiftLanguageModes: [.v6]
)
