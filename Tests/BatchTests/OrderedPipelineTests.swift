import Foundation
import Testing

@testable import Batch

/// Results come back in submission order whatever the threads' timing, with a bounded window.
@Suite struct OrderedPipelineTests {
  @Test(arguments: [1, 2, 5])
  func resultsKeepSubmissionOrder(jobs: Int) {
    let pipeline = OrderedPipeline<Int, Int>(jobs: jobs, window: 3) {
      return { n in
        usleep(UInt32((n * 7919) % 5) * 200)  // uneven work
        return n * n
      }
    }
    var seen: [Int] = []
    for n in 0..<200 {
      while pipeline.isFull {
        if let r = pipeline.next(wait: true) { seen.append(r) }
      }
      pipeline.submit(n)
    }
    pipeline.close()
    while let r = pipeline.next(wait: true) { seen.append(r) }
    #expect(seen == (0..<200).map { $0 * $0 })
  }
}
