import Foundation
import Testing

/// How this test binary was built, for the few tests that bound a time.
///
/// Under `make sanitize` a debug build runs several times slower, and on a 2-core machine the
/// Swift Testing pool's threads can all be held by long synchronous tests while the clocks of
/// queued test cases already run. A bound meant to catch a hang (a bomb, a runaway reader) is
/// then stretched, not dropped. One file, `Tests/Support/TestBuild.swift`, linked into each
/// test target that uses it.
enum TestBuild {
    /// Whether the AddressSanitizer or ThreadSanitizer runtime is linked in.
    static let sanitized: Bool = {
        let runtimes: [String] = ["__asan_init", "__tsan_init"]
        return runtimes.contains { dlsym(nil, $0) != nil }
    }()

    /// A time limit of `plain` minutes, an hour under a sanitizer.
    static func limit(minutes plain: Int) -> TimeLimitTrait.Duration {
        .minutes(sanitized ? max(60, plain) : plain)
    }

    /// `plain`, ten times longer under a sanitizer.
    static func bound(_ plain: Duration) -> Duration { sanitized ? plain * 10 : plain }
}
