extension GapReport {
    /// The strongest driver of the outcome, for everyone, whose dimension scores low (r ≥ .30,
    /// score < 60): where to act first. `nil` without an outcome, when everyone is hidden or
    /// no dimension qualifies.
    public var actFirstDriver: (dimension: DimensionReport, driver: DriverStrength)? {
        dimensions.compactMap { dimension in
            dimension.drivers.first { $0.group == .everyone && $0.isActHereFirst }.map { (dimension, $0) }
        }.max { ($0.1.r ?? -1) < ($1.1.r ?? -1) }
    }
}
