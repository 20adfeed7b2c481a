import Foundation

/// Writes a generated code file line by line through a 1 MiB buffer, so memory does not grow with the file.
///
/// The file is created new: an existing file is never overwritten (codes already sent must not be lost to a
/// repeated command). ``discard()`` removes a file left half-written by an error.
struct CodeFileWriter {
  /// The path written, as given.
  let path: String
  /// The absolute path.
  private let fullPath: String
  /// The open file.
  private let handle: FileHandle
  /// Bytes not yet written.
  private var buffer: [UInt8] = []
  /// How many bytes are written before the buffer is flushed.
  static let bufferBytes = 1 << 20

  /// Creates `path` (relative to `workingDirectory` unless absolute).
  ///
  /// - Returns: The writer, or `nil` with the reason when the file exists or cannot be created.
  static func create(_ path: String, workingDirectory: String) -> Result<CodeFileWriter, WriteError>
  {
    let full = path.hasPrefix("/") ? path : workingDirectory + "/" + path
    guard !FileManager.default.fileExists(atPath: full) else {
      return .failure(
        WriteError(
          message: "\(path) already exists: codes are never written over a file (it may hold "
            + "codes already sent) — choose another name or remove it"))
    }
    guard FileManager.default.createFile(atPath: full, contents: nil),
      let handle = FileHandle(forWritingAtPath: full)
    else {
      return .failure(
        WriteError(message: "cannot create \(path): check the folder exists and is writable"))
    }
    return .success(CodeFileWriter(path: path, fullPath: full, handle: handle))
  }

  private init(path: String, fullPath: String, handle: FileHandle) {
    self.path = path
    self.fullPath = fullPath
    self.handle = handle
    buffer.reserveCapacity(Self.bufferBytes + 256)
  }

  /// Appends one line and a line break.
  mutating func write(line: String) throws(WriteError) {
    buffer.append(contentsOf: line.utf8)
    buffer.append(UInt8(ascii: "\n"))
    if buffer.count >= Self.bufferBytes { try flush() }
  }

  /// Writes what is buffered.
  mutating func flush() throws(WriteError) {
    guard !buffer.isEmpty else { return }
    do {
      try handle.write(contentsOf: buffer)
    } catch {
      throw WriteError(message: "cannot write \(path): \(error.localizedDescription)")
    }
    buffer.removeAll(keepingCapacity: true)
  }

  /// Writes what is buffered and closes the file.
  mutating func close() throws(WriteError) {
    try flush()
    try? handle.close()
  }

  /// Closes and removes the file.
  func discard() {
    try? handle.close()
    try? FileManager.default.removeItem(atPath: fullPath)
  }

  /// Why the file could not be written.
  struct WriteError: Error, Sendable {
    /// What went wrong and what to do.
    var message: String
  }
}
