/// Aligned plain-text columns for people to read; widths count East Asian wide characters as
/// two columns and combining marks as none, so Chinese and Khmer names line up.
struct TextTable {
    var headers: [String]
    var rows: [[String]] = []

    init(_ headers: [String]) { self.headers = headers }

    mutating func append(_ row: [String]) { rows.append(row) }

    func rendered() -> String {
        let cleanRows = rows.map { $0.map(TextTable.singleLine) }
        var widths = headers.map(TextTable.displayWidth)
        for row in cleanRows {
            for (column, cell) in row.enumerated() where column < widths.count {
                widths[column] = max(widths[column], TextTable.displayWidth(cell))
            }
        }
        func line(_ cells: [String]) -> String {
            var text = ""
            for (column, cell) in cells.enumerated() {
                let isLast = column == cells.count - 1
                text += cell
                if !isLast { text += String(repeating: " ", count: widths[column] - TextTable.displayWidth(cell) + 2) }
            }
            return text
        }
        var output = line(headers) + "\n"
        output += line(widths.map { String(repeating: "-", count: $0) }) + "\n"
        for row in cleanRows { output += line(row) + "\n" }
        return output
    }

    /// Newlines and tabs shown as spaces, so one cell stays on one line.
    static func singleLine(_ text: String) -> String {
        String(text.map { $0.isNewline || $0 == "\t" ? " " : $0 })
    }

    static func displayWidth(_ text: String) -> Int {
        var width = 0
        for scalar in text.unicodeScalars {
            let properties = scalar.properties
            if properties.generalCategory == .nonspacingMark || properties.generalCategory == .enclosingMark
                || properties.generalCategory == .format
            {
                continue
            }
            width += isWide(scalar.value) ? 2 : 1
        }
        return width
    }

    private static func isWide(_ value: UInt32) -> Bool {
        switch value {
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF,
            0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x1F300...0x1F64F,
            0x1F900...0x1F9FF, 0x20000...0x3FFFD:
            return true
        default:
            return false
        }
    }
}

/// RFC 4180 CSV, with spreadsheet formula injection guarded: a text cell starting with `=`,
/// `+`, `-`, `@`, tab or carriage return gets a leading `'` (numbers are left alone).
enum CSVText {
    static func document(_ headers: [String], _ rows: [[String]]) -> String {
        var output = line(headers)
        for row in rows { output += line(row) }
        return output
    }

    static func line(_ cells: [String]) -> String {
        cells.map(field).joined(separator: ",") + "\r\n"
    }

    /// Scalar by scalar: a quote or comma followed by a combining mark is one character, and
    /// must still be quoted and doubled.
    static func field(_ value: String) -> String {
        var text = value
        if let first = text.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first), Double(text) == nil {
            text = "'" + text
        }
        guard text.unicodeScalars.contains(where: { "\",\n\r\u{0B}\u{0C}\u{85}\u{2028}\u{2029}".unicodeScalars.contains($0) }) else { return text }
        var quoted = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if scalar == "\"" { quoted.append(scalar) }
            quoted.append(scalar)
        }
        return "\"" + String(quoted) + "\""
    }
}

extension String {
    func replacingOccurrences(of target: String, with replacement: String) -> String {
        split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
    }
}
