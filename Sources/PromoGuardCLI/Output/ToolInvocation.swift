/// How the person started `promoguard`, as the words they would type to start it again, for the reproduce
/// commands of reports.
///
/// `swift run` starts a product by its path inside the package's `.build` folder through the target-triple
/// folder (`.build/x86_64-unknown-linux-gnu/debug/promoguard`, relative or absolute); a shell that finds the
/// tool on `PATH` passes the name as typed; a path a person types goes through the short `.build/debug` link or
/// somewhere else, and is kept as typed:
///
/// ```swift
/// ToolInvocation.words(
///   programPath: ".build/x86_64-unknown-linux-gnu/debug/promoguard", workingDirectory: "/src/pg")
/// // ["swift", "run", "promoguard"]
/// ToolInvocation.words(programPath: "promoguard", workingDirectory: "/src/pg")  // ["promoguard"]
/// ToolInvocation.words(programPath: ".build/release/promoguard", workingDirectory: "/src/pg")
/// // [".build/release/promoguard"]
/// ```
enum ToolInvocation {
  /// The words that start the tool again.
  ///
  /// - Parameters:
  ///   - programPath: The program's path as the process received it (`CommandLine.arguments[0]`).
  ///   - workingDirectory: The working directory.
  /// - Returns: `["swift", "run", NAME]` (with `-c release` for a release build, and `--package-path ROOT`
  ///   when the package is not the working directory) for a product `swift run` started, else the path as
  ///   given (`promoguard` when it is empty).
  static func words(programPath: String, workingDirectory: String) -> [String] {
    guard !programPath.isEmpty else { return ["promoguard"] }
    let parts = programPath.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
    guard let build = parts.lastIndex(of: ".build"), build + 1 < parts.count - 1,
      let name = parts.last, !name.isEmpty
    else { return [programPath] }
    let configuration = parts[(build + 1)..<(parts.count - 1)]
    // `swift run` goes through the triple folder (`<triple>/debug`); people type the `debug` link.
    guard configuration.count == 2 else { return [programPath] }
    var root = parts[..<build].joined(separator: "/")
    if !programPath.hasPrefix("/") {
      root = root.isEmpty ? trimmed(workingDirectory) : trimmed(workingDirectory) + "/" + root
    }
    var words = ["swift", "run"]
    if root != trimmed(workingDirectory) {
      words += ["--package-path", root.isEmpty ? "/" : root]
    }
    if configuration.contains("release") { words += ["-c", "release"] }
    return words + [name]
  }

  /// The path without trailing slashes (`/` stays `/`).
  private static func trimmed(_ path: String) -> String {
    var path = Substring(path)
    while path.count > 1 && path.hasSuffix("/") { path = path.dropLast() }
    return String(path)
  }
}
