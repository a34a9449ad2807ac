// How long SQLite itself takes to insert the rows of a `tematik.sqlite`, the way ReportStore does: the
// same tables, 64 KiB pages, no journal, no sync, one transaction, 16 rows a statement, values bound
// through the C API and kept by SQLite without a copy, the connection without a mutex (GRDB opens it so),
// then the index on speakers. The rows are loaded into memory first, so only SQLite's work is timed:
// a floor for the store, whatever the rest of Tematik costs.
//
//   cc -O2 scripts/store-floor.c -lsqlite3 -o /tmp/store-floor
//   /tmp/store-floor Reports/NAME/tematik.sqlite /tmp/floor.sqlite
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

enum { COLUMNS = 10, BATCH = 16 };

typedef struct {
    int type[COLUMNS];
    sqlite3_int64 integer[COLUMNS];
    double real[COLUMNS];
    char *text[COLUMNS];
    int length[COLUMNS];
} Row;

static double cpu_seconds(void) {
    struct timespec t;
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return t.tv_sec + t.tv_nsec * 1e-9;
}

static Row *load(sqlite3 *db, const char *sql, size_t *count) {
    sqlite3_stmt *statement;
    if (sqlite3_prepare_v2(db, sql, -1, &statement, 0) != SQLITE_OK) {
        fprintf(stderr, "%s\n", sqlite3_errmsg(db));
        exit(1);
    }
    size_t capacity = 1 << 16;
    Row *rows = malloc(sizeof(Row) * capacity);
    *count = 0;
    while (sqlite3_step(statement) == SQLITE_ROW) {
        if (*count == capacity) rows = realloc(rows, sizeof(Row) * (capacity *= 2));
        Row *row = &rows[(*count)++];
        for (int c = 0; c < COLUMNS; c++) {
            row->type[c] = sqlite3_column_type(statement, c);
            row->integer[c] = sqlite3_column_int64(statement, c);
            row->real[c] = sqlite3_column_double(statement, c);
            row->length[c] = sqlite3_column_bytes(statement, c);
            row->text[c] = malloc(row->length[c] + 1);
            memcpy(row->text[c], sqlite3_column_text(statement, c), row->length[c]);
        }
    }
    sqlite3_finalize(statement);
    return rows;
}

static void bind(sqlite3_stmt *statement, int first, const Row *row) {
    for (int c = 0; c < COLUMNS; c++) {
        int index = first + c + 1;
        switch (row->type[c]) {
        case SQLITE_NULL: sqlite3_bind_null(statement, index); break;
        case SQLITE_INTEGER: sqlite3_bind_int64(statement, index, row->integer[c]); break;
        case SQLITE_FLOAT: sqlite3_bind_double(statement, index, row->real[c]); break;
        default: sqlite3_bind_text(statement, index, row->text[c], row->length[c], SQLITE_STATIC);
        }
    }
}

static void step(sqlite3 *db, sqlite3_stmt *statement) {
    if (sqlite3_step(statement) != SQLITE_DONE) {
        fprintf(stderr, "%s\n", sqlite3_errmsg(db));
        exit(1);
    }
    sqlite3_reset(statement);
}

static void insert(sqlite3 *db, const char *table, const Row *rows, size_t count) {
    const char *values = "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    char many[4096], one[256];
    snprintf(one, sizeof one, "INSERT INTO %s VALUES %s", table, values);
    snprintf(many, sizeof many, "INSERT INTO %s VALUES %s", table, values);
    for (int b = 1; b < BATCH; b++) strcat(strcat(many, ", "), values);
    sqlite3_stmt *batch, *single;
    sqlite3_prepare_v2(db, many, -1, &batch, 0);
    sqlite3_prepare_v2(db, one, -1, &single, 0);
    size_t next = 0;
    for (; next + BATCH <= count; next += BATCH) {
        for (int k = 0; k < BATCH; k++) bind(batch, k * COLUMNS, &rows[next + k]);
        step(db, batch);
    }
    // The rows after the last full batch go in one at a time, as RowBatch.finish does.
    for (; next < count; next++) {
        bind(single, 0, &rows[next]);
        step(db, single);
    }
    sqlite3_finalize(batch);
    sqlite3_finalize(single);
}

int main(int argc, char **argv) {
    if (argc != 3) {
        fprintf(stderr, "usage: %s TEMATIK_SQLITE NEW_FILE\n", argv[0]);
        return 2;
    }
    sqlite3 *source, *db;
    if (sqlite3_open_v2(argv[1], &source, SQLITE_OPEN_READONLY, 0) != SQLITE_OK) return 1;
    size_t segmentCount, codingCount;
    Row *segments = load(source,
        "SELECT document, segment, speaker, role, is_unit, words, line, start_seconds, end_seconds, text "
        "FROM segments ORDER BY document, segment", &segmentCount);
    Row *codings = load(source,
        "SELECT document, ordinal, segment, code, pattern, token_start, token_end, byte_start, byte_end, text "
        "FROM codings ORDER BY document, segment, ordinal", &codingCount);
    remove(argv[2]);
    if (sqlite3_open_v2(argv[2], &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, 0)) return 1;
    sqlite3_exec(db,
        "PRAGMA page_size = 65536; PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF;"
        "CREATE TABLE segments (document TEXT NOT NULL, segment INTEGER NOT NULL, speaker TEXT, role TEXT NOT NULL,"
        "  is_unit INTEGER NOT NULL, words INTEGER NOT NULL, line INTEGER NOT NULL, start_seconds REAL,"
        "  end_seconds REAL, text TEXT NOT NULL, PRIMARY KEY (document, segment)) WITHOUT ROWID;"
        "CREATE TABLE codings (document TEXT NOT NULL, ordinal INTEGER NOT NULL, segment INTEGER NOT NULL,"
        "  code TEXT NOT NULL, pattern INTEGER NOT NULL, token_start INTEGER NOT NULL, token_end INTEGER NOT NULL,"
        "  byte_start INTEGER NOT NULL, byte_end INTEGER NOT NULL, text TEXT NOT NULL,"
        "  PRIMARY KEY (document, segment, ordinal)) WITHOUT ROWID;"
        "BEGIN", 0, 0, 0);
    double start = cpu_seconds();
    insert(db, "segments", segments, segmentCount);
    double afterSegments = cpu_seconds();
    insert(db, "codings", codings, codingCount);
    double afterCodings = cpu_seconds();
    sqlite3_exec(db, "CREATE INDEX segments_speaker ON segments(speaker); COMMIT", 0, 0, 0);
    double end = cpu_seconds();
    sqlite3_close(db);
    printf("%zu segments %.2f CPU s, %zu codings %.2f CPU s, index and commit %.2f CPU s: %.2f CPU s in all\n",
        segmentCount, afterSegments - start, codingCount, afterCodings - afterSegments, end - afterCodings,
        end - start);
    return 0;
}
