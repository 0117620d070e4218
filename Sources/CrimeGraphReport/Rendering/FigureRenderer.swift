import Dispatch
import Synchronization
import CrimeGraphRender

/// Draws a report's figures through the Graphviz worker: every figure with DOT text gets the
/// image formats asked for, two at a time. A figure that fails keeps the reason in
/// ``Figure/failure``; the others are unaffected.
public struct FigureRenderer: Sendable {
    /// The renderer that runs the worker.
    public var renderer: GraphvizRenderer
    /// The formats each figure needs: SVG for HTML, SVG and PNG for Markdown.
    public var formats: Set<ImageFormat>

    /// Creates a figure renderer.
    public init(renderer: GraphvizRenderer = GraphvizRenderer(), formats: Set<ImageFormat> = [.svg]) {
        self.renderer = renderer
        self.formats = formats
    }

    /// Renders the figures of `report` in place.
    public func render(_ report: inout Report) {
        struct Job: Sendable {
            let figure: Int
            let dot: String
            let engine: GraphvizEngine
            let format: ImageFormat
        }
        var jobs: [Job] = []
        for (position, figure) in report.figures.enumerated() {
            guard let dot = figure.dot else { continue }
            for format in formats.sorted(by: { $0.rawValue > $1.rawValue }) {
                if format == .svg && figure.svg != nil { continue }
                if format == .png && figure.png != nil { continue }
                if format == .pdf { continue }
                jobs.append(Job(figure: position, dot: dot, engine: figure.engine, format: format))
            }
        }
        let results = Mutex<[Int: Result<[UInt8], GraphvizError>]>([:])
        let renderer = self.renderer
        let frozen = jobs
        DispatchQueue.concurrentPerform(iterations: frozen.count) { index in
            let job = frozen[index]
            let outcome: Result<[UInt8], GraphvizError>
            do throws(GraphvizError) {
                outcome = .success(try renderer.render(dot: job.dot, engine: job.engine, format: job.format))
            } catch {
                outcome = .failure(error)
            }
            results.withLock { $0[index] = outcome }
        }
        let outcomes = results.withLock { $0 }
        var position = -1
        report.updateFigures { figure in
            position += 1
            for (index, job) in jobs.enumerated() where job.figure == position {
                switch outcomes[index] {
                case .success(let bytes)?:
                    if job.format == .svg { figure.svg = String(decoding: bytes, as: UTF8.self) } else { figure.png = bytes }
                case .failure(let error)?:
                    figure.failure = figure.failure ?? error.description
                case nil:
                    break
                }
            }
        }
    }
}
