/// Facts about this build of Tematik that reach reports and manifests.
public enum ToolInfo {
    /// The tool's version; part of every manifest and of the cache key, so change it with every release.
    public static let version = "0.1.0"
}
