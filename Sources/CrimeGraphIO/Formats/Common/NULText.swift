/// NUL characters in text formats that cannot hold them.
///
/// DOT and CSV have no escape for U+0000, and a NUL byte makes the file binary to most tools
/// (CrimeGraph's readers refuse it); a name can hold one (JSON's `\u0000`), so those writers put
/// U+FFFD in its place and report the loss, as the XML writers do.
enum NULText {
    static let loss = "NUL characters, which the format cannot hold, written as U+FFFD"

    /// `bytes` with every NUL byte (never part of a longer UTF-8 sequence) replaced by U+FFFD;
    /// notes the loss when there was one.
    static func replaced(_ bytes: [UInt8], losses: inout LossCounter) -> [UInt8] {
        guard bytes.contains(0) else { return bytes }
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count + 16)
        var count = 0
        for byte in bytes {
            if byte == 0 {
                output.append(contentsOf: [0xEF, 0xBF, 0xBD])
                count += 1
            } else {
                output.append(byte)
            }
        }
        losses.note(loss, count: count)
        return output
    }
}
