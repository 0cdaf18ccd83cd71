import Testing

@Test func accordStoreTargetBuilds() {}
