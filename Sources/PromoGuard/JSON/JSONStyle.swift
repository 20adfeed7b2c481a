/// How ``JSONOutput/rendered(_:)`` lays out its text.
package enum JSONStyle: Sendable {
  /// Two-space indentation, `"key": value`, one member or element per line, `[]` and `{}` when
  /// empty.
  case pretty
  /// No whitespace at all.
  case compact
}
