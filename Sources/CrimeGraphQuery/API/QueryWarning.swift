/// A warning about a query that ran: an unknown label or relationship type, with suggestions.
public struct QueryWarning: Sendable, Hashable, CustomStringConvertible {
    /// What looks wrong.
    public let message: String
    /// Where in the query (Unicode scalar offset).
    public let offset: Int?

    /// Creates a warning.
    public init(message: String, offset: Int?) {
        self.message = message
        self.offset = offset
    }

    /// The message.
    public var description: String { message }
}
