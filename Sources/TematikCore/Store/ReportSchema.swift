/// The tables of `tematik.sqlite`, for SQL, R and pandas users.
///
/// Keys are the ids the other outputs use: documents by id (path in the corpus), segments by
/// (document, segment index), codes and themes by id. Counts and co-occurrences use `kind` (`code` or
/// `theme`) and `item` (the id); a `counts` row whose `document` is NULL holds the whole corpus.
/// `refs` is the number of references (the column is not called `references`, an SQL keyword).
enum ReportSchema {
    /// Bump whenever a table or column changes; stored in `meta` as `schema_version`. Version 2: `codings`
    /// is a `WITHOUT ROWID` table keyed by (document, segment, ordinal), stored in that order, so inserting
    /// keeps one B-tree, not two, and the key serves the join with `segments` without an index of its own.
    /// Version 3: `segments` is a `WITHOUT ROWID` table too, keyed by (document, segment).
    static let version = 3

    /// `CREATE TABLE` statements, in an order that satisfies the foreign keys.
    static let tables = [
        "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
        """
        CREATE TABLE themes (id TEXT PRIMARY KEY, position INTEGER NOT NULL UNIQUE, label TEXT NOT NULL,
            description TEXT NOT NULL, color TEXT)
        """,
        """
        CREATE TABLE codes (id TEXT PRIMARY KEY, position INTEGER NOT NULL UNIQUE,
            theme TEXT NOT NULL REFERENCES themes(id), label TEXT NOT NULL, description TEXT NOT NULL)
        """,
        """
        CREATE TABLE documents (id TEXT PRIMARY KEY, format TEXT NOT NULL, sha256 TEXT NOT NULL,
            encoding TEXT NOT NULL, segments INTEGER NOT NULL, words INTEGER NOT NULL,
            unit_words INTEGER NOT NULL)
        """,
        """
        CREATE TABLE document_attributes (document TEXT NOT NULL REFERENCES documents(id), name TEXT NOT NULL,
            value TEXT NOT NULL, PRIMARY KEY (document, name))
        """,
        """
        CREATE TABLE segments (document TEXT NOT NULL REFERENCES documents(id), segment INTEGER NOT NULL,
            speaker TEXT, role TEXT NOT NULL, is_unit INTEGER NOT NULL, words INTEGER NOT NULL,
            line INTEGER NOT NULL, start_seconds REAL, end_seconds REAL, text TEXT NOT NULL,
            PRIMARY KEY (document, segment)) WITHOUT ROWID
        """,
        """
        CREATE TABLE codings (document TEXT NOT NULL, ordinal INTEGER NOT NULL, segment INTEGER NOT NULL,
            code TEXT NOT NULL REFERENCES codes(id), pattern INTEGER NOT NULL, token_start INTEGER NOT NULL,
            token_end INTEGER NOT NULL, byte_start INTEGER NOT NULL, byte_end INTEGER NOT NULL,
            text TEXT NOT NULL, PRIMARY KEY (document, segment, ordinal),
            FOREIGN KEY (document, segment) REFERENCES segments(document, segment)) WITHOUT ROWID
        """,
        """
        CREATE TABLE counts (kind TEXT NOT NULL CHECK (kind IN ('code', 'theme')), item TEXT NOT NULL,
            document TEXT REFERENCES documents(id), refs INTEGER NOT NULL, segments INTEGER NOT NULL,
            documents INTEGER NOT NULL, document_percent REAL NOT NULL, respondents INTEGER NOT NULL,
            rate REAL NOT NULL, UNIQUE (kind, item, document))
        """,
        """
        CREATE TABLE cooccurrence (kind TEXT NOT NULL CHECK (kind IN ('code', 'theme')), a TEXT NOT NULL,
            b TEXT NOT NULL, both_units INTEGER NOT NULL, either_units INTEGER NOT NULL, jaccard REAL NOT NULL,
            lift REAL NOT NULL, PRIMARY KEY (kind, a, b))
        """,
    ]

    /// `CREATE INDEX` statements for the columns users filter on. ``ReportStore`` creates them once the
    /// rows are in: building an index in one sorted pass is much faster than keeping it up to date row by row.
    ///
    /// `codings` has no index on `code`: a codebook has tens of codes, so each matches a large share of the
    /// rows, and a query by code reads most of the table's pages either way. Over a 200 MB corpus (1.26
    /// million codings) `WHERE code = 'etik'` took 0.04 s without the index and 0.03 s with it, and the join
    /// with `segments` 0.09 against 0.07 s, while building the index took 0.8 s at the end of every run,
    /// on one core, with nothing else left to do.
    static let indexes = [
        "CREATE INDEX codes_theme ON codes(theme)",
        "CREATE INDEX document_attributes_name_value ON document_attributes(name, value)",
        "CREATE INDEX segments_speaker ON segments(speaker)",
        "CREATE INDEX counts_document ON counts(document)",
        "CREATE INDEX cooccurrence_b ON cooccurrence(kind, b)",
    ]
}
