import Foundation

/// What the figures were measured on, for the table header and the JSON.
struct MachineInfo: Sendable {
  /// Active processor cores.
  let cores: Int
  /// The processor model from `/proc/cpuinfo`, or `unknown`.
  let processor: String
  /// The operating system.
  let operatingSystem: String
  /// The Swift compiler the benchmark was built with.
  let swiftVersion: String
  /// Whether the benchmark was built with optimisation (`-c release`).
  let isOptimized: Bool
  /// The 1-, 5- and 15-minute load averages from `/proc/loadavg` when the run started, or `unknown`: other
  /// work on the machine slows the figures down.
  let loadAverage: String

  /// The machine running this process.
  static func current() -> MachineInfo {
    #if DEBUG
      let optimized = false
    #else
      let optimized = true
    #endif
    return MachineInfo(
      cores: ProcessInfo.processInfo.activeProcessorCount, processor: processorModel(),
      operatingSystem: ProcessInfo.processInfo.operatingSystemVersionString,
      swiftVersion: compilerVersion, isOptimized: optimized, loadAverage: loadAverages())
  }

  /// The first three fields of `/proc/loadavg`.
  private static func loadAverages() -> String {
    guard let text = try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8) else {
      return "unknown"
    }
    return text.split(separator: " ").prefix(3).joined(separator: " ")
  }

  /// The compiler version, to the patch level this list knows.
  private static var compilerVersion: String {
    #if compiler(>=6.5)
      return "6.5 or later"
    #elseif compiler(>=6.4)
      return "6.4"
    #elseif compiler(>=6.3.2)
      return "6.3.2"
    #elseif compiler(>=6.3.1)
      return "6.3.1"
    #elseif compiler(>=6.3)
      return "6.3"
    #else
      return "before 6.3"
    #endif
  }

  /// The first `model name` of `/proc/cpuinfo`.
  private static func processorModel() -> String {
    guard let text = try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8) else {
      return "unknown"
    }
    for line in text.split(separator: "\n") where line.hasPrefix("model name") {
      if let colon = line.firstIndex(of: ":") {
        return line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
      }
    }
    return "unknown"
  }
}
