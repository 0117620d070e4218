extension Lexer {
    /// Reads a decimal, hexadecimal (`0x`), octal (`0o`) integer or a float (`1.5`, `.5`,
    /// `1e9`). A number running into letters is an invalid number.
    mutating func readNumber() -> Token.Kind {
        let start = position
        if peek() == "0", let marker = peek(1), marker == "x" || marker == "X" || marker == "o" || marker == "O" {
            position += 2
            let radix: UInt64 = (marker == "x" || marker == "X") ? 16 : 8
            var digits = ""
            while let scalar = peek(), Lexer.isIdentifierPart(scalar) {
                digits.unicodeScalars.append(scalar)
                position += 1
            }
            let text = text(from: start)
            guard !digits.isEmpty, digits.allSatisfy({ $0.isHexDigit && UInt64($0.hexDigitValue ?? 99) < radix }) else {
                return .invalid(.invalidNumber(text))
            }
            var magnitude: UInt64 = 0
            for digit in digits {
                let (shifted, overflow) = magnitude.multipliedReportingOverflow(by: radix)
                let (sum, carry) = shifted.addingReportingOverflow(UInt64(digit.hexDigitValue ?? 0))
                if overflow || carry { return .invalid(.integerOverflow(text)) }
                magnitude = sum
            }
            return .integer(magnitude)
        }
        var isFloat = false
        skipDigits()
        if peek() == ".", let after = peek(1), Lexer.isDigit(after) {
            isFloat = true
            position += 1
            skipDigits()
        }
        if let e = peek(), e == "e" || e == "E" {
            let sign = peek(1)
            let digitAt = (sign == "+" || sign == "-") ? 2 : 1
            if let digit = peek(digitAt), Lexer.isDigit(digit) {
                isFloat = true
                position += digitAt
                skipDigits()
            }
        }
        if let scalar = peek(), Lexer.isIdentifierPart(scalar) {
            while let more = peek(), Lexer.isIdentifierPart(more) { position += 1 }
            return .invalid(.invalidNumber(text(from: start)))
        }
        let text = text(from: start)
        if isFloat {
            guard let value = Double(text) else { return .invalid(.invalidNumber(text)) }
            return value.isFinite ? .float(value) : .invalid(.floatOverflow(text))
        }
        guard let magnitude = UInt64(text) else { return .invalid(.integerOverflow(text)) }
        return .integer(magnitude)
    }

    mutating func skipDigits() {
        while let scalar = peek(), Lexer.isDigit(scalar) { position += 1 }
    }

    func text(from start: Int) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[start..<position])
        return String(view)
    }

    /// Reads a single- or double-quoted string with the escapes `\\ \' \" \b \f \n \r \t
    /// \uXXXX \UXXXXXXXX`; any other escaped character stands for itself.
    mutating func readString(quote: Unicode.Scalar) -> Token.Kind {
        position += 1
        var text = String.UnicodeScalarView()
        while true {
            guard let scalar = peek() else { return .invalid(.unterminated(String(quote) + String(text))) }
            position += 1
            if scalar == quote { return .string(String(text)) }
            guard scalar == "\\" else {
                text.append(scalar)
                continue
            }
            guard let escaped = peek() else { return .invalid(.unterminated(String(quote) + String(text))) }
            position += 1
            switch escaped {
            case "b": text.append("\u{08}")
            case "f": text.append("\u{0C}")
            case "n": text.append("\n")
            case "r": text.append("\r")
            case "t": text.append("\t")
            case "u", "U":
                let count = escaped == "u" ? 4 : 8
                var hex = ""
                for _ in 0..<count {
                    guard let digit = peek(), Character(digit).isHexDigit else { break }
                    hex.unicodeScalars.append(digit)
                    position += 1
                }
                guard hex.count == count, let code = UInt32(hex, radix: 16), let unicode = Unicode.Scalar(code) else {
                    return .invalid(.invalidUnicode("\\\(escaped)\(hex)"))
                }
                text.append(unicode)
            default: text.append(escaped)
            }
        }
    }
}
