import ArgumentParser

/// The report command.
enum ReportCommands {
    static let all: [any ParsableCommand.Type] = [ReportCommand.self]
}
