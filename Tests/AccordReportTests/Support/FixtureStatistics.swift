import AccordCore
import Foundation

/// Plain statistics for building hand-made report fixtures whose numbers agree with their
/// counts. Only fixtures use this: the renderers under test compute nothing.
enum FixtureStatistics {
    static func expand(_ counts: [Int], from low: Int = 1) -> [Double] {
        counts.enumerated().flatMap { index, count in Array(repeating: Double(low + index), count: count) }
    }

    static func mean(_ xs: [Double]) -> Double { xs.reduce(0, +) / Double(xs.count) }

    static func variance(_ xs: [Double]) -> Double? {
        guard xs.count > 1 else { return nil }
        let m = mean(xs)
        return xs.map { ($0 - m) * ($0 - m) }.reduce(0, +) / Double(xs.count - 1)
    }

    static func median(_ xs: [Double]) -> Double {
        let s = xs.sorted()
        return s.count % 2 == 1 ? s[s.count / 2] : (s[s.count / 2 - 1] + s[s.count / 2]) / 2
    }

    static func rwg(_ xs: [Double], points: Int) -> Double? {
        guard let v = variance(xs) else { return nil }
        let expected = Double(points * points - 1) / 12
        return min(max(1 - v / expected, 0), 1)
    }

    static func cliffsDelta(from x: [Double], to y: [Double]) -> Double {
        var more = 0, less = 0
        for a in y { for b in x { if a > b { more += 1 } else if a < b { less += 1 } } }
        return Double(more - less) / Double(x.count * y.count)
    }

    /// Normal approximation of the permutation p (good enough for a fixture).
    static func pValue(from x: [Double], to y: [Double]) -> Double {
        let pooled = x + y
        let n = Double(pooled.count), m = mean(pooled)
        let sigma2 = pooled.map { ($0 - m) * ($0 - m) }.reduce(0, +) / n
        guard sigma2 > 0 else { return 1 }
        let s = y.reduce(0, +), expected = Double(y.count) * m
        let variance = Double(x.count * y.count) * sigma2 / (n - 1)
        let z = abs(s - expected) / variance.squareRoot()
        return min(1, erfc(z / 2.0.squareRoot()))
    }

    static func emd(_ from: [Int], _ to: [Int]) -> Double {
        let nf = Double(from.reduce(0, +)), nt = Double(to.reduce(0, +))
        var cf = 0.0, ct = 0.0, total = 0.0
        for index in from.indices {
            cf += Double(from[index]) / nf
            ct += Double(to[index]) / nt
            total += abs(cf - ct)
        }
        return total / Double(from.count - 1)
    }

    static func tvd(_ from: [Int], _ to: [Int]) -> Double {
        let nf = Double(from.reduce(0, +)), nt = Double(to.reduce(0, +))
        return zip(from, to).map { abs(Double($0) / nf - Double($1) / nt) }.reduce(0, +) / 2
    }

    static func add(_ lhs: [Int], _ rhs: [Int]) -> [Int] { zip(lhs, rhs).map { $0 + $1 } }
}
