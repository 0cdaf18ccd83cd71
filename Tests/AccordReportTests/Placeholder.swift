import Testing

@Test func accordReportTargetBuilds() {}
