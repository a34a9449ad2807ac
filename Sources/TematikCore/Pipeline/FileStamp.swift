import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// What `stat(2)` says of a file that changes whenever its bytes do: size, modification time to the
/// nanosecond and inode (a file replaced by another, as editors and `git checkout` do, gets a new one).
/// `git status` trusts its index on the same fields.
struct FileStamp: Hashable, Sendable, Codable {
    var path: String
    var size: Int64
    var seconds: Int64
    var nanoseconds: Int64
    var inode: UInt64

    /// The stamp of the file at `url`, or `nil` when there is no such file.
    init?(_ url: URL) {
        var info = stat()
        guard stat(url.path, &info) == 0 else { return nil }
        path = url.path
        size = Int64(info.st_size)
        #if canImport(Darwin)
            seconds = Int64(info.st_mtimespec.tv_sec)
            nanoseconds = Int64(info.st_mtimespec.tv_nsec)
        #else
            seconds = Int64(info.st_mtim.tv_sec)
            nanoseconds = Int64(info.st_mtim.tv_nsec)
        #endif
        inode = UInt64(info.st_ino)
    }
}
