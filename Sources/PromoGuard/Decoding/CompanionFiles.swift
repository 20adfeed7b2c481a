import Foundation

/// Where the companion files of a campaign file (code pools, recipient lists) are read from: the bytes the
/// source supplies in memory, else the disk, named relative to the campaign file.
package struct CompanionFiles: Sendable {
  /// The campaign file's path, as given.
  package var campaignPath: String
  /// The files supplied in memory, by the name written in the campaign file; `nil` reads from disk.
  package var inMemory: [String: [UInt8]]?

  /// Creates a reader for the companions of the campaign file at `campaignPath`.
  package init(campaignPath: String, inMemory: [String: [UInt8]]?) {
    self.campaignPath = campaignPath
    self.inMemory = inMemory
  }

  /// The path a companion named `name` is read from: `name` itself when absolute, else next to the campaign file.
  ///
  /// `codes/welcome.csv` named by `Fixtures/examples/welcome.json` is `Fixtures/examples/codes/welcome.csv`.
  package func path(of name: String) -> String {
    if name.hasPrefix("/") { return name }
    guard let slash = campaignPath.lastIndex(of: "/") else { return name }
    return String(campaignPath[...slash]) + name
  }

  /// The bytes of the companion named `name`, or a message saying why it could not be read.
  ///
  /// - Parameter name: The file as written in the campaign file.
  /// - Returns: The path it was read from and its bytes, or what went wrong and what to do.
  package func read(_ name: String) -> Result<(path: String, bytes: [UInt8]), CompanionFileError> {
    let path = self.path(of: name)
    if let inMemory {
      guard let bytes = inMemory[name] ?? inMemory[path] else {
        return .failure(
          CompanionFileError(
            message:
              "the file \(FoundValue.quoted(name)) was not supplied with the campaign file — pass it "
              + "in the source's companions"))
      }
      return .success((path, bytes))
    }
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
      return .failure(
        CompanionFileError(
          message:
            "the file \(FoundValue.quoted(path)) does not exist — file names are relative to the "
            + "campaign file's folder"))
    }
    guard !isDirectory.boolValue else {
      return .failure(
        CompanionFileError(message: "\(FoundValue.quoted(path)) is a folder — name a CSV file"))
    }
    if let attributes = try? FileManager.default.attributesOfItem(atPath: path),
      let size = attributes[.size] as? Int, size > CSVTable.maximumBytes
    {
      return .failure(
        CompanionFileError(
          message:
            "the file \(FoundValue.quoted(path)) is \(size) bytes, larger than the 1 GiB read — "
            + "split it into several files"))
    }
    guard let data = FileManager.default.contents(atPath: path) else {
      return .failure(
        CompanionFileError(
          message: "the file \(FoundValue.quoted(path)) could not be read — check its permissions"))
    }
    return .success((path, [UInt8](data)))
  }
}

/// Why a companion file could not be read.
package struct CompanionFileError: Error, Sendable, Hashable {
  /// What went wrong and what to do.
  package var message: String
}
