import ArgumentParser

/// Commands for combining sources: duplicates, merge, diff, conflicts.
enum MergeCommands {
    static let all: [any ParsableCommand.Type] = [
        Duplicates.self, MergeCommand.self, DiffCommand.self, ConflictsCommand.self,
    ]
}
