import CDeflate
import CInflate

/// Inflates a raw deflate stream, a ZIP entry's data, straight from the archive's bytes, stopping as soon
/// as the output passes a limit.
///
/// libdeflate inflates the stream in one call into a buffer of the size the ZIP directory gives, about
/// 2.7 times as fast as zlib; when the buffer is too small it tries again in one twice the size, up to the
/// limit. A stream it cannot inflate is handed to zlib, which reads it piece by piece and says what is
/// wrong with it: cut short, damaged (in zlib's words) or past the limit. (ZIPFoundation's inflater, used
/// before, copied every 64 KiB of input and output through `Data` and allocated, zeroed and padded a
/// 64 KiB buffer for each entry, even a 500-byte one: a sixth of reading a Word file.)
enum Inflater {
    /// Why a stream could not be inflated.
    enum Failure: Error, Equatable {
        /// The output would pass `limit` bytes.
        case tooLarge
        /// The stream does not end within the input.
        case unended
        /// zlib's message for damaged data.
        case damaged(String)
    }

    /// The inflated bytes of `input`, a raw deflate stream (no zlib or gzip header).
    /// - Parameters:
    ///   - expected: the size the stream says it inflates to, the first guess for the buffer.
    ///   - limit: the most bytes allowed out.
    /// - Throws: a ``Failure``.
    static func inflate(_ input: UnsafeRawBufferPointer, expected: Int, limit: Int) throws(Failure) -> [UInt8] {
        guard let decompressor = libdeflate_alloc_decompressor() else {
            return try inflateWithZlib(input, expected: expected, limit: limit)
        }
        defer { libdeflate_free_decompressor(decompressor) }
        var capacity = min(max(expected, 64), limit)
        while true {
            var result = LIBDEFLATE_SUCCESS
            let output = [UInt8](unsafeUninitializedCapacity: capacity) { buffer, count in
                var produced = 0
                result = libdeflate_deflate_decompress_ex(
                    decompressor, input.baseAddress, input.count, buffer.baseAddress, buffer.count, nil, &produced)
                count = result == LIBDEFLATE_SUCCESS ? produced : 0
            }
            switch result {
            case LIBDEFLATE_SUCCESS: return output
            case LIBDEFLATE_INSUFFICIENT_SPACE where capacity < limit: capacity = min(capacity * 2, limit)
            default: return try inflateWithZlib(input, expected: expected, limit: limit)
            }
        }
    }

    /// The inflated bytes of `input` by zlib, or the ``Failure`` that names what is wrong with it.
    private static func inflateWithZlib(
        _ input: UnsafeRawBufferPointer, expected: Int, limit: Int
    ) throws(Failure) -> [UInt8] {
        var stream = z_stream()
        // A negative window size means a raw deflate stream; 15 is the largest window, as ZIP allows.
        guard inflateInit2_(&stream, -15, zlibVersion(), Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
            throw .damaged("zlib cannot start")
        }
        defer { inflateEnd(&stream) }
        var output = [UInt8](repeating: 0, count: min(max(expected, 64), limit))
        var produced = 0
        stream.next_in = UnsafeMutablePointer(mutating: input.bindMemory(to: Bytef.self).baseAddress)
        stream.avail_in = uInt(input.count)
        while true {
            if produced == output.count {
                guard output.count < limit else { throw .tooLarge }
                output.append(contentsOf: repeatElement(0, count: min(output.count, limit - output.count)))
            }
            let code = output.withUnsafeMutableBufferPointer { buffer in
                // zlib counts in 32 bits; a larger buffer is filled in several calls.
                let room = min(buffer.count - produced, Int(UInt32.max))
                stream.next_out = buffer.baseAddress.map { $0 + produced }
                stream.avail_out = uInt(room)
                let code = CInflate.inflate(&stream, Z_NO_FLUSH)
                produced += room - Int(stream.avail_out)
                return code
            }
            switch code {
            case Z_STREAM_END:
                output.removeLast(output.count - produced)
                return output
            // No progress although the buffer has room: the input ran out before the stream's end.
            case Z_BUF_ERROR where produced < output.count: throw .unended
            case Z_OK, Z_BUF_ERROR: continue
            default: throw .damaged(stream.msg.map { String(cString: $0) } ?? "zlib error \(code)")
            }
        }
    }
}
