/// Accord's version, shown by `accord --version` and written into reports.
public enum Accord {
    /// The version of this build.
    public static let version = "0.1.0"
}
