import Foundation
import RuleLang

/// The progress bar on stderr when it is a terminal: share of the input read, records per
/// second and the time left; redrawn at most ten times a second and cleared before any other
/// message. Silent when stderr is not a terminal.
struct ProgressMeter {
  let language: Language
  let totalBytes: Int
  let enabled: Bool
  let started: Date
  var bytes = 0
  var records = 0
  var lastDraw = Date.distantPast
  var drawn = false

  /// A meter over the input `files` (their sizes give the share read), drawn only when stderr
  /// is a terminal.
  init(language: Language, files: [String], started: Date) {
    self.language = language
    enabled = isatty(2) == 1
    totalBytes = enabled
      ? files.reduce(0) { $0 + ((try? FileManager.default.attributesOfItem(atPath: $1)[.size] as? Int) ?? 0) } : 0
    self.started = started
  }

  mutating func advance(bytes b: Int, records r: Int) {
    bytes += b
    records += r
    guard enabled else { return }
    let now = Date()
    guard now.timeIntervalSince(lastDraw) >= 0.1 else { return }
    lastDraw = now
    Console.err("\r" + line(now: now) + "\u{1B}[K")
    drawn = true
  }

  /// The bar: `[#####-----]  45%  123456 件  215000 件/秒  剩余 3 秒`.
  func line(now: Date) -> String {
    let elapsed = max(now.timeIntervalSince(started), 0.001)
    let share = totalBytes > 0 ? min(1, Double(bytes) / Double(totalBytes)) : 0
    let width = 24
    let filled = Int(share * Double(width))
    let bar = "[" + String(repeating: "#", count: filled) + String(repeating: "-", count: width - filled) + "]"
    let rate = Int(Double(records) / elapsed)
    let left = share > 0 ? Int(elapsed / share - elapsed) : 0
    let percent = String(format: "%3d%%", Int(share * 100))
    return language == .zh
      ? "\(bar) \(percent)  \(records) 件  \(rate) 件/秒  剩余 \(left) 秒"
      : "\(bar) \(percent)  \(records) records  \(rate) records/s  \(left) s left"
  }

  mutating func clear() {
    guard drawn else { return }
    Console.err("\r\u{1B}[K")
    drawn = false
  }
}
