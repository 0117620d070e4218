extension String {
    /// This text with every `target` scalar replaced by `replacement`.
    ///
    /// Escaping must go scalar by scalar: Foundation's `replacingOccurrences(of:with:)` compares
    /// whole characters, and a quote followed by a combining mark (`"\u{301}`) is one character,
    /// so a crafted name would keep its quote undoubled and end its field or literal early.
    func replacingScalar(_ target: Unicode.Scalar, with replacement: String) -> String {
        guard unicodeScalars.contains(target) else { return self }
        var output = String.UnicodeScalarView()
        for scalar in unicodeScalars {
            if scalar == target { output.append(contentsOf: replacement.unicodeScalars) } else { output.append(scalar) }
        }
        return String(output)
    }
}
