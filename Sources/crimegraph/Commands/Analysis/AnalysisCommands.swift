import ArgumentParser

/// Analysis commands: connections, centrality, brokers, communities, disruption, time.
enum AnalysisCommands {
    static let all: [any ParsableCommand.Type] = connections + GroupCommands.all

    /// Paths, centrality, structure, disruption and time.
    static let connections: [any ParsableCommand.Type] = [
        Paths.self, Explain.self, Connect.self, Common.self, Rank.self, Components.self, Cores.self, Disrupt.self,
        TimelineCommand.self,
    ]
}
