import ArgumentParser

/// Group-level analysis commands (communities, brokers, projection, prediction); listed
/// separately so that they can grow without touching the other registry.
enum GroupCommands {
    static let all: [any ParsableCommand.Type] = [
        CommunitiesCommand.self, BrokersCommand.self, ProjectCommand.self, PredictCommand.self,
    ]
}
