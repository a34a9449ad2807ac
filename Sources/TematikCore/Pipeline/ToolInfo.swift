import Foundation

/// Facts about this build of Tematik that reach reports and manifests.
public enum ToolInfo {
    /// The tool's version; part of every manifest and of the cache key, so change it with every release.
    public static let version = "0.1.0"

    /// This build: the version and the running executable's ``FileStamp``, so that cached documents and
    /// up-to-date reports are not taken for those of a rebuilt binary with the same version (a developer's
    /// build, or a fix released without a new version).
    static let build: String = {
        // Linux names the running executable /proc/self/exe; stat follows the link to the file.
        let stamp =
            FileStamp(URL(fileURLWithPath: "/proc/self/exe")) ?? Bundle.main.executableURL.flatMap(FileStamp.init)
        guard let stamp else { return version }
        return "\(version) \(stamp.size) \(stamp.seconds).\(stamp.nanoseconds) \(stamp.inode)"
    }()
}
