/// A table: titled columns and rows of cells, each cell with an optional numeric sort value.
public struct Table: Sendable {
    /// A column's heading and alignment.
    public struct Column: Hashable, Sendable {
        /// How a column's cells align: text left, numbers right.
        public enum Alignment: String, Hashable, Sendable {
            /// Left-aligned (text).
            case leading
            /// Right-aligned (numbers).
            case trailing
        }

        /// The heading.
        public var title: String
        /// The alignment.
        public var alignment: Alignment

        /// Creates a column.
        public init(_ title: String, alignment: Alignment = .leading) {
            self.title = title
            self.alignment = alignment
        }
    }

    /// One cell: what it shows and, for numbers, the value to sort by.
    public struct Cell: Hashable, Sendable, ExpressibleByStringLiteral {
        /// What the cell shows.
        public var content: RichText
        /// The value to sort by; nil sorts by the text shown.
        public var sortValue: Double?

        /// A cell showing `content`.
        public init(_ content: RichText, sortValue: Double? = nil) {
            self.content = content
            self.sortValue = sortValue
        }

        /// A plain-text cell.
        public init(stringLiteral value: String) { self.init(RichText(value)) }

        /// A number shown as `text` (formatted by the caller) and sorted by `value`; NaN
        /// shows `undefined` and sorts last.
        public static func number(_ value: Double, text: String) -> Cell {
            value.isNaN ? Cell(RichText("undefined")) : Cell(RichText(text), sortValue: value)
        }

        /// A whole number.
        public static func integer(_ value: Int) -> Cell { Cell(RichText(String(value)), sortValue: Double(value)) }
    }

    /// The columns.
    public var columns: [Column]
    /// The rows; each has one cell per column.
    public var rows: [[Cell]]
    /// A line under the table, if any.
    public var caption: RichText?

    /// Creates a table.
    public init(columns: [Column], rows: [[Cell]] = [], caption: RichText? = nil) {
        self.columns = columns
        self.rows = rows
        self.caption = caption
    }
}
