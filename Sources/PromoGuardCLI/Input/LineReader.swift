/// Splits a byte stream into lines as it arrives, holding at most one line (up to a limit) in memory.
///
/// A line longer than the limit is not buffered: its bytes are dropped as they arrive, up to its line break,
/// and it is reported as ``Event/tooLong(lineNumber:)``. LF and CRLF both end a line.
///
/// ```swift
/// var reader = LineReader(maximumLineBytes: 1 << 20) { io.readChunk() }
/// while let event = reader.next() { … }
/// ```
struct LineReader {
  /// What the next line is.
  enum Event: Equatable {
    /// A line, without its line break, and its number (from 1).
    case line([UInt8], lineNumber: Int)
    /// A line longer than the limit, skipped.
    case tooLong(lineNumber: Int)
  }

  /// The longest line accepted, in bytes, without its line break.
  let maximumLineBytes: Int
  /// Reads the next chunk of input; empty at the end.
  private let readChunk: () -> [UInt8]
  private var buffer: [UInt8] = []
  private var start = 0
  private var scanned = 0
  private var isSkipping = false
  private var isFinished = false
  private var lineNumber = 0

  /// Creates a reader.
  ///
  /// - Parameters:
  ///   - maximumLineBytes: The longest line accepted, in bytes.
  ///   - readChunk: Returns the next bytes of input, or an empty array at the end.
  init(maximumLineBytes: Int, readChunk: @escaping () -> [UInt8]) {
    self.maximumLineBytes = max(1, maximumLineBytes)
    self.readChunk = readChunk
  }

  /// The next line, or `nil` at the end of the input.
  ///
  /// - Complexity: Amortised O(*n*) in the bytes read.
  mutating func next() -> Event? {
    while true {
      if let end = buffer[scanned...].firstIndex(of: UInt8(ascii: "\n")) {
        lineNumber += 1
        let skipped = isSkipping
        var line = Array(buffer[start..<end])
        start = end + 1
        scanned = start
        isSkipping = false
        compact()
        if skipped || line.count > maximumLineBytes + 1 {
          return .tooLong(lineNumber: lineNumber)
        }
        if line.last == UInt8(ascii: "\r") { line.removeLast() }
        if line.count > maximumLineBytes { return .tooLong(lineNumber: lineNumber) }
        return .line(line, lineNumber: lineNumber)
      }
      scanned = buffer.count
      if buffer.count - start > maximumLineBytes + 1 {
        // Too long already: drop what is held and the rest of the line as it comes.
        isSkipping = true
        buffer.removeAll(keepingCapacity: true)
        start = 0
        scanned = 0
      }
      if isFinished {
        guard start < buffer.count || isSkipping else { return nil }
        lineNumber += 1
        let skipped = isSkipping
        var line = Array(buffer[start...])
        buffer.removeAll()
        start = 0
        scanned = 0
        isSkipping = false
        if line.last == UInt8(ascii: "\r") { line.removeLast() }
        if skipped || line.count > maximumLineBytes { return .tooLong(lineNumber: lineNumber) }
        return .line(line, lineNumber: lineNumber)
      }
      let chunk = readChunk()
      if chunk.isEmpty {
        isFinished = true
      } else {
        buffer.append(contentsOf: chunk)
      }
    }
  }

  /// Drops consumed bytes once they are at least half the buffer.
  private mutating func compact() {
    guard start > 0, start * 2 >= buffer.count else { return }
    buffer.removeFirst(start)
    scanned -= start
    start = 0
  }
}
