/// A step of rendering a graph with Graphviz, as the worker reports it.
public enum GraphvizStage: String, Sendable {
    /// Checking the request: engine, format, input.
    case request
    /// Reading the DOT text.
    case parse
    /// Laying the graph out with the engine.
    case layout
    /// Drawing the laid-out graph in the output format.
    case render

    /// How a message names the step: "reading the DOT text", "laying out the graph with dot".
    func activity(engine: GraphvizEngine) -> String {
        switch self {
        case .request: "starting"
        case .parse: "reading the DOT text"
        case .layout: "laying out the graph with \(engine.rawValue)"
        case .render: "drawing the graph laid out with \(engine.rawValue)"
        }
    }
}
