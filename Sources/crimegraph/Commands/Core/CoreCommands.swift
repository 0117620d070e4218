import ArgumentParser

/// The commands every case needs: checking, browsing, paths, drawing, converting.
enum CoreCommands {
    static let all: [any ParsableCommand.Type] = [
        Validate.self, Info.self, Entities.self, Show.self, Neighbors.self, PathCommand.self, Render.self, Convert.self,
    ]
}
