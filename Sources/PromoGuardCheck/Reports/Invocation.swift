/// How the person ran `promoguard check`, so that a report prints reproduce commands they can paste back.
///
/// ```swift
/// let invocation = Invocation(tool: ["swift", "run", "promoguard"], arguments: ["Fixtures"])
/// invocation.reproduce(campaignID: "sept-20", seed: 1)
/// // swift run promoguard check Fixtures --seed 1 --only sept-20
/// ```
package struct Invocation: Sendable, Hashable {
  /// The words that start the tool as the person would type them: `["promoguard"]`,
  /// `["swift", "run", "promoguard"]`, `[".build/release/promoguard"]`.
  package var tool: [String]
  /// The check's paths and the options worth repeating (`--scenarios`, `--time-limit`), as given; a `--`
  /// before paths that start with `-`.
  package var arguments: [String]

  /// Creates an invocation.
  ///
  /// - Parameters:
  ///   - tool: The words that start the tool.
  ///   - arguments: The paths and options to repeat.
  package init(tool: [String], arguments: [String]) {
    self.tool = tool
    self.arguments = arguments
  }

  /// `TOOL check ARGUMENTS --seed S --only ID`, each word quoted for a POSIX shell when it needs it.
  ///
  /// - Parameters:
  ///   - campaignID: The campaign to check.
  ///   - seed: The run's seed.
  /// - Returns: The command line.
  package func reproduce(campaignID: String, seed: UInt64) -> String {
    var words = arguments
    let added = ["--seed", String(seed), "--only", campaignID]
    if let end = words.firstIndex(of: "--") {
      words.insert(contentsOf: added, at: end)
    } else {
      words += added
    }
    return (tool + ["check"] + words).map(Self.shellQuoted).joined(separator: " ")
  }

  /// `word`, in single quotes when it is empty or has a character a POSIX shell treats specially.
  ///
  /// - Parameter word: A word of a command line.
  /// - Returns: The word as typed into a shell.
  package static func shellQuoted(_ word: String) -> String {
    let plain = word.unicodeScalars.allSatisfy { scalar in
      switch scalar {
      case "a"..."z", "A"..."Z", "0"..."9", "_", "-", ".", "/", "=", ":", ",", "@", "%", "+":
        return true
      default:
        return false
      }
    }
    if plain && !word.isEmpty { return word }
    var quoted = "'"
    for character in word {
      quoted += character == "'" ? "'\\''" : String(character)
    }
    return quoted + "'"
  }
}
