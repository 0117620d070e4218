import ArgumentParser

/// The Cypher query command.
enum QueryCommands {
    static let all: [any ParsableCommand.Type] = [QueryCommand.self]
}
