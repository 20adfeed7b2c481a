import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// A child process run to its end with its resource use, as `/usr/bin/time -v` reports it.
struct ChildRun: Sendable {
  /// The exit status (128 + the signal when killed).
  var status: Int32
  /// Wall-clock seconds from start to end.
  var wallSeconds: Double
  /// User CPU seconds of the child.
  var userSeconds: Double
  /// System CPU seconds of the child.
  var systemSeconds: Double
  /// The child's peak resident set, in kilobytes (`ru_maxrss`).
  var maxResidentKilobytes: Int

  /// Runs `path` with `arguments`, its standard output and error sent to `/dev/null`, and waits for it.
  ///
  /// - Parameters:
  ///   - path: The executable.
  ///   - arguments: Its arguments, without the program name.
  /// - Returns: The run's figures.
  /// - Throws: `BenchError` when the child cannot be started or waited for.
  static func run(_ path: String, _ arguments: [String]) throws(BenchError) -> ChildRun {
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
    let argv: [UnsafeMutablePointer<CChar>?] = ([path] + arguments).map { strdup($0) } + [nil]
    defer { for pointer in argv { free(pointer) } }
    var child: pid_t = 0
    let clock = ContinuousClock()
    let started = clock.now
    let spawned = posix_spawn(&child, path, &actions, nil, argv, environ)
    guard spawned == 0 else {
      throw BenchError("cannot start \(path): \(String(cString: strerror(spawned)))")
    }
    var status: Int32 = 0
    var usage = rusage()
    while wait4(child, &status, 0, &usage) < 0 {
      guard errno == EINTR else { throw BenchError("cannot wait for \(path)") }
    }
    let elapsed = clock.now - started
    let exited = status & 0x7f == 0
    return ChildRun(
      status: exited ? (status >> 8) & 0xff : 128 + (status & 0x7f),
      wallSeconds: Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds)
        / 1e18,
      userSeconds: Double(usage.ru_utime.tv_sec) + Double(usage.ru_utime.tv_usec) / 1e6,
      systemSeconds: Double(usage.ru_stime.tv_sec) + Double(usage.ru_stime.tv_usec) / 1e6,
      maxResidentKilobytes: usage.ru_maxrss)
  }
}
