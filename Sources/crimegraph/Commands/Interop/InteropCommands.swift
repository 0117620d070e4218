import ArgumentParser

/// Commands about other tools' formats.
enum InteropCommands {
    static let all: [any ParsableCommand.Type] = [Formats.self]
}
