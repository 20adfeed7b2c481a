import Foundation
internal import PromoGuard

/// Reads the files named on the command line: campaign files and directories, and checkouts.
struct InputFiles {
  /// The largest file read, in bytes.
  static let maximumFileBytes = 32 << 20
  /// The most campaign files read from the paths given.
  static let maximumFiles = 10_000

  /// The working directory for relative paths.
  var workingDirectory: String

  /// Why files could not be read: one line each.
  struct ReadError: Error {
    var messages: [String]
  }

  /// The campaign files at `paths`.
  ///
  /// Each file as given, and every `*.json` below each directory (recursively, in path order), except checkouts,
  /// expected quotes and earlier versions kept for `diff` (`*.checkout.json`, `*.quote.json`,
  /// `*.previous.json`) and hidden folders.
  ///
  /// - Parameter paths: Files and directories.
  /// - Returns: The files' paths and bytes.
  /// - Throws: `ReadError` naming every path that could not be read.
  func campaignSources(_ paths: [String]) throws(ReadError) -> [CampaignSource] {
    var sources = [CampaignSource]()
    var messages = [String]()
    for path in paths {
      var isDirectory: ObjCBool = false
      guard FileManager.default.fileExists(atPath: resolved(path), isDirectory: &isDirectory) else {
        messages.append("\(path): no such file or directory")
        continue
      }
      let files = isDirectory.boolValue ? campaignFiles(in: path) : [path]
      if isDirectory.boolValue && files.isEmpty {
        messages.append("\(path): the directory has no campaign files (*.json)")
      }
      for file in files {
        guard sources.count < Self.maximumFiles else {
          messages.append(
            "\(path): more than \(Self.maximumFiles) campaign files — check fewer at a time")
          break
        }
        do {
          sources.append(CampaignSource(path: file, bytes: try read(file)))
        } catch {
          messages += error.messages
        }
      }
    }
    guard messages.isEmpty else { throw ReadError(messages: messages) }
    return sources
  }

  /// The bytes of one file.
  ///
  /// - Parameter path: The file.
  /// - Returns: Its bytes.
  /// - Throws: `ReadError` when it is missing, a directory, unreadable or too large.
  func read(_ path: String) throws(ReadError) -> [UInt8] {
    let full = resolved(path)
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: full, isDirectory: &isDirectory) else {
      throw ReadError(messages: ["\(path): no such file"])
    }
    guard !isDirectory.boolValue else {
      throw ReadError(messages: ["\(path): is a directory, expected a file"])
    }
    let size = (try? FileManager.default.attributesOfItem(atPath: full)[.size] as? Int) ?? 0
    guard size <= Self.maximumFileBytes else {
      throw ReadError(
        messages: [
          "\(path): the file is \(size) bytes; the largest accepted is \(Self.maximumFileBytes) "
            + "bytes — split it into several files"
        ])
    }
    // Read through a handle, at most one byte past the limit: a device or pipe (`/dev/zero`, a FIFO)
    // reports size 0 and would never end.
    guard let handle = FileHandle(forReadingAtPath: full) else {
      throw ReadError(messages: ["\(path): cannot be read (check its permissions)"])
    }
    defer { try? handle.close() }
    let data = Self.read(atMost: Self.maximumFileBytes + 1) { count in
      (try? handle.read(upToCount: count)).map { Array($0) } ?? []
    }
    guard data.count <= Self.maximumFileBytes else {
      throw ReadError(
        messages: [
          "\(path): the file is larger than \(Self.maximumFileBytes) bytes — split it into several "
            + "files"
        ])
    }
    return data
  }

  /// The bytes a stream gives, up to `limit`: reads chunks until the stream ends or `limit` bytes are in,
  /// so that a stream without end costs at most `limit` bytes of memory.
  ///
  /// - Parameters:
  ///   - limit: The most bytes read.
  ///   - chunk: Reads at most the given number of bytes; an empty result means the end of the stream.
  /// - Returns: At most `limit` bytes.
  static func read(atMost limit: Int, chunk: (Int) -> [UInt8]) -> [UInt8] {
    var bytes = [UInt8]()
    while bytes.count < limit {
      let next = chunk(min(readChunkBytes, limit - bytes.count))
      guard !next.isEmpty else { break }
      bytes += next.prefix(limit - bytes.count)
    }
    return bytes
  }

  /// How much of a stream is asked for at a time.
  static let readChunkBytes = 1 << 16

  /// The message for standard input longer than ``maximumFileBytes``.
  static let standardInputTooLarge =
    "<stdin>: standard input is larger than \(maximumFileBytes) bytes, the largest checkout accepted "
    + "— nothing past that was read; send a smaller checkout"

  /// Every campaign file below `directory`, in path order.
  func campaignFiles(in directory: String) -> [String] {
    let base = resolved(directory)
    guard let enumerator = FileManager.default.enumerator(atPath: base) else { return [] }
    var files = [String]()
    while let relative = enumerator.nextObject() as? String {
      guard relative.hasSuffix(".json"), !relative.hasSuffix(".checkout.json"),
        !relative.hasSuffix(".quote.json"), !relative.hasSuffix(".previous.json")
      else { continue }
      let components = relative.split(separator: "/")
      if components.contains(where: { $0.hasPrefix(".") }) { continue }
      files.append(directory.hasSuffix("/") ? directory + relative : directory + "/" + relative)
    }
    return files.sorted()
  }

  private func resolved(_ path: String) -> String {
    path.hasPrefix("/") ? path : workingDirectory + "/" + path
  }
}
