import CrimeGraph
import Foundation

/// Where one CSV field lies in the input.
struct CSVField: Sendable {
    /// The first byte of the content (after an opening quote).
    var start: Int
    /// One past the last byte of the content (before a closing quote).
    var end: Int
    /// Whether the field contains doubled quotes to undo.
    var hasEscapedQuotes: Bool
}

/// Splits CSV (RFC 4180, as Excel, i2, Maltego and pandas write it) into records of fields,
/// straight from the bytes: quoted fields with doubled quotes and line breaks, `\n`, `\r\n`
/// and `\r` line ends, blank lines skipped.
/// - Complexity: O(n); no string is made until a field is asked for.
struct CSVScanner {
    let bytes: [UInt8]
    let delimiter: UInt8
    /// Where the next record starts.
    private(set) var position = 0
    /// Where the record last returned starts.
    private(set) var recordStart = 0

    init(bytes: [UInt8], delimiter: UInt8) {
        self.bytes = bytes
        self.delimiter = delimiter
    }

    /// A problem, with the byte offset where it is.
    struct Problem: Error {
        let offset: Int
        let message: String
    }

    /// Reads the next record's fields into `fields`.
    /// - Returns: false at the end of the input.
    mutating func next(into fields: inout [CSVField]) throws(Problem) -> Bool {
        fields.removeAll(keepingCapacity: true)
        let count = bytes.count
        // Skip blank lines.
        while position < count, bytes[position] == 0x0A || bytes[position] == 0x0D { position += 1 }
        guard position < count else { return false }
        recordStart = position
        let delimiter = self.delimiter
        let result: Result<Int, Problem> = bytes.withUnsafeBufferPointer { buffer in
            var index = position
            while true {
                if index < count, buffer[index] == UInt8(ascii: "\"") {
                    let opening = index
                    index += 1
                    let start = index
                    var escaped = false
                    while true {
                        while index < count, buffer[index] != UInt8(ascii: "\"") { index += 1 }
                        guard index < count else {
                            return .failure(Problem(offset: opening, message: "a quoted field is not closed before the end of the file"))
                        }
                        if index + 1 < count, buffer[index + 1] == UInt8(ascii: "\"") {
                            escaped = true
                            index += 2
                            continue
                        }
                        break
                    }
                    fields.append(CSVField(start: start, end: index, hasEscapedQuotes: escaped))
                    index += 1
                    if index < count, buffer[index] != delimiter, buffer[index] != 0x0A, buffer[index] != 0x0D {
                        return .failure(Problem(offset: index, message: "unexpected text after a closing quote (a quote inside a quoted field is written twice: \"\")"))
                    }
                } else {
                    let start = index
                    while index < count, buffer[index] != delimiter, buffer[index] != 0x0A, buffer[index] != 0x0D { index += 1 }
                    fields.append(CSVField(start: start, end: index, hasEscapedQuotes: false))
                }
                if index < count, buffer[index] == delimiter {
                    index += 1
                    continue
                }
                // End of record.
                if index < count, buffer[index] == 0x0D { index += 1 }
                if index < count, buffer[index] == 0x0A { index += 1 }
                return .success(index)
            }
        }
        switch result {
        case .success(let next):
            position = next
            return true
        case .failure(let problem):
            position = count
            throw problem
        }
    }

    /// The text of a field.
    func string(_ field: CSVField) -> String {
        let text = String(decoding: bytes[field.start..<field.end], as: UTF8.self)
        return field.hasEscapedQuotes ? text.replacingOccurrences(of: "\"\"", with: "\"") : text
    }

    /// Whether a field is empty.
    func isEmpty(_ field: CSVField) -> Bool { field.start == field.end }

    /// The delimiter the first line suggests: the most frequent of `,` `;` tab `|` outside
    /// quotes (a comma when none occurs).
    static func guessDelimiter(_ bytes: [UInt8]) -> UInt8 {
        var counts: [UInt8: Int] = [:]
        var quoted = false
        for byte in bytes.prefix(65_536) {
            if byte == UInt8(ascii: "\"") { quoted.toggle() }
            if quoted { continue }
            if byte == 0x0A || byte == 0x0D { break }
            if byte == UInt8(ascii: ",") || byte == UInt8(ascii: ";") || byte == 0x09 || byte == UInt8(ascii: "|") { counts[byte, default: 0] += 1 }
        }
        let best = counts.max { $0.value < $1.value || ($0.value == $1.value && $0.key > $1.key) }
        return best?.key ?? UInt8(ascii: ",")
    }
}
