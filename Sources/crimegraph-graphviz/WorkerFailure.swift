/// A failure the worker reports on stdout as one line of JSON before exiting with status 2.
struct WorkerFailure: Error {
    /// The step that failed, the `stage` field of the JSON.
    enum Stage: String {
        case request, parse, layout, render
    }

    var stage: Stage
    var message: String

    /// `{"stage": "…", "message": "…"}` followed by a newline.
    var json: String {
        "{\"stage\": \(jsonString(stage.rawValue)), \"message\": \(jsonString(message))}\n"
    }
}

/// A JSON string literal for `text`, with quotes, backslashes and control characters escaped.
func jsonString(_ text: String) -> String {
    var result = "\""
    for scalar in text.unicodeScalars {
        switch scalar {
        case "\"": result += "\\\""
        case "\\": result += "\\\\"
        case "\n": result += "\\n"
        case "\r": result += "\\r"
        case "\t": result += "\\t"
        case "\u{2028}", "\u{2029}":
            result += "\\u\(hex4(scalar.value))"
        default:
            if scalar.value < 0x20 || scalar.value == 0x7F {
                result += "\\u\(hex4(scalar.value))"
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
    }
    return result + "\""
}

private func hex4(_ value: UInt32) -> String {
    let digits = String(value, radix: 16)
    return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
}
