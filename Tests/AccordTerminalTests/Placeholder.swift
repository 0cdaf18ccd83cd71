import Testing

@Test func accordTerminalTargetBuilds() {}
