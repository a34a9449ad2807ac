import GRDB
import GRDBSQLite

/// One prepared `INSERT` run row after row through SQLite's C API, for the store's bulk tables.
///
/// GRDB's `StatementArguments` box every value; the store inserts millions of codings and segments, and
/// binding the values straight from their bytes is several times faster. Values are bound by position
/// (1-based, as in SQLite) and copied by SQLite (`SQLITE_TRANSIENT`), so they may go away after binding,
/// except text bound with ``bind(_:borrowing:)``.
/// Use it inside one `DatabaseQueue` access only: it borrows that access's connection.
///
/// The statement is the connection's cached one (GRDB's `cachedStatement`), prepared on first use and
/// finalized when the connection closes: the store inserts each document in an access of its own, and
/// preparing its statements for every document again was a twentieth of a run's time in SQLite.
final class InsertStatement {
    /// GRDB's statement, kept alive while this one is in use.
    private let prepared: Statement
    private let statement: OpaquePointer
    private let connection: OpaquePointer

    /// The connection's prepared statement for `sql`, prepared now if it is the first use.
    /// - Throws: a GRDB `DatabaseError` when SQLite refuses the statement.
    init(_ db: Database, sql: String) throws {
        guard let connection = db.sqliteConnection else { throw DatabaseError(resultCode: .SQLITE_MISUSE) }
        prepared = try db.cachedStatement(sql: sql)
        statement = prepared.sqliteStatement
        self.connection = connection
    }

    /// Binds text given as UTF-8 bytes, which SQLite reads where they are: they must stay valid and
    /// unchanged until ``run()`` has returned (a segment's text, bound for its row and its codings' rows).
    func bind(_ index: Int32, borrowing bytes: UnsafeBufferPointer<UInt8>) {
        bind(index, utf8: bytes, Self.borrowed)
    }

    /// Binds text, copied, or NULL for `nil`.
    func bind(_ index: Int32, _ text: String?) {
        guard var text else {
            sqlite3_bind_null(statement, index)
            return
        }
        text.withUTF8 { bind(index, utf8: $0, Self.transient) }
    }

    private func bind(_ index: Int32, utf8 bytes: UnsafeBufferPointer<UInt8>, _ destructor: sqlite3_destructor_type?) {
        // SQLite reads a zero-length text from a non-null pointer only, so an empty buffer gets a literal.
        guard let base = bytes.baseAddress, !bytes.isEmpty else {
            sqlite3_bind_text(statement, index, "", 0, Self.transient)
            return
        }
        base.withMemoryRebound(to: CChar.self, capacity: bytes.count) {
            _ = sqlite3_bind_text(statement, index, $0, Int32(bytes.count), destructor)
        }
    }

    /// Binds an integer.
    func bind(_ index: Int32, _ value: Int) { sqlite3_bind_int64(statement, index, Int64(value)) }

    /// Binds a real number, or NULL for `nil`.
    func bind(_ index: Int32, _ value: Double?) {
        if let value { sqlite3_bind_double(statement, index, value) } else { sqlite3_bind_null(statement, index) }
    }

    /// Runs the statement with the values bound, then clears them for the next row.
    /// - Throws: a GRDB `DatabaseError`, for instance on a broken constraint.
    func run() throws {
        let code = sqlite3_step(statement)
        sqlite3_reset(statement)
        sqlite3_clear_bindings(statement)
        guard code == SQLITE_DONE else {
            throw Self.error(code, connection, sql: String(cString: sqlite3_sql(statement)))
        }
    }

    /// Tells SQLite to copy a bound value before the call returns.
    private static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)
    /// Tells SQLite that a bound value stays where it is until the statement runs (`SQLITE_STATIC`).
    private static let borrowed: sqlite3_destructor_type? = nil

    private static func error(_ code: Int32, _ connection: OpaquePointer, sql: String) -> DatabaseError {
        DatabaseError(
            resultCode: ResultCode(rawValue: code), message: String(cString: sqlite3_errmsg(connection)), sql: sql)
    }
}

extension UnsafeBufferPointer<UInt8> {
    /// No bytes: what an out-of-range text binds as.
    static var empty: Self { Self(start: nil, count: 0) }
}
