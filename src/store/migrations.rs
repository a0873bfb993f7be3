//! The schema, one migration per version. Append, never edit: a database
//! at version N runs migrations N+1… in order.

pub const ALL: &[&str] = &[
    // 1: runs and what they found.
    "
    CREATE TABLE runs (
        id INTEGER PRIMARY KEY,
        site_root TEXT NOT NULL,
        site_name TEXT NOT NULL,
        as_of TEXT NOT NULL,
        started_at TEXT NOT NULL,
        finished_at TEXT NOT NULL,
        rubric TEXT,
        total REAL,
        grade TEXT,
        grade_label TEXT,
        passed INTEGER,
        vetoed INTEGER,
        pages INTEGER NOT NULL,
        truncated INTEGER NOT NULL,
        vetoes INTEGER NOT NULL,
        deductions INTEGER NOT NULL,
        notices INTEGER NOT NULL
    );
    CREATE INDEX runs_by_site ON runs (site_root, id);
    CREATE TABLE findings (
        run_id INTEGER NOT NULL REFERENCES runs (id) ON DELETE CASCADE,
        key TEXT NOT NULL,
        check_id TEXT NOT NULL,
        severity TEXT NOT NULL,
        rule TEXT,
        page TEXT,
        target TEXT,
        detail TEXT NOT NULL,
        evidence TEXT NOT NULL
    );
    CREATE INDEX findings_by_run ON findings (run_id, key);
    CREATE TABLE columns (
        run_id INTEGER NOT NULL REFERENCES runs (id) ON DELETE CASCADE,
        name TEXT NOT NULL,
        url TEXT NOT NULL,
        category TEXT NOT NULL,
        items INTEGER NOT NULL,
        latest TEXT,
        stale INTEGER NOT NULL,
        blank INTEGER NOT NULL
    );
    CREATE TABLE accounts (
        run_id INTEGER NOT NULL REFERENCES runs (id) ON DELETE CASCADE,
        name TEXT NOT NULL,
        platform TEXT NOT NULL,
        url TEXT NOT NULL,
        state TEXT NOT NULL,
        latest TEXT
    );
    ",
    // 2: availability probes (govaudit monitor), for veto V2.
    "
    CREATE TABLE probes (
        id INTEGER PRIMARY KEY,
        site_root TEXT NOT NULL,
        at TEXT NOT NULL,
        day TEXT NOT NULL,
        ok INTEGER NOT NULL,
        status INTEGER,
        error TEXT,
        millis INTEGER NOT NULL
    );
    CREATE INDEX probes_by_site ON probes (site_root, day);
    ",
    // 3: the crawl journal: each crawl's final answers as they arrive (for
    // --resume) and the pages' bodies with their validators (for the next
    // run's conditional requests). Only a site's latest crawls are kept.
    "
    CREATE TABLE crawls (
        id INTEGER PRIMARY KEY,
        start_url TEXT NOT NULL,
        started_at TEXT NOT NULL,
        finished_at TEXT
    );
    CREATE INDEX crawls_by_start ON crawls (start_url, id);
    CREATE TABLE bodies (
        id INTEGER PRIMARY KEY,
        data BLOB NOT NULL
    );
    CREATE TABLE answers (
        crawl_id INTEGER NOT NULL REFERENCES crawls (id) ON DELETE CASCADE,
        url TEXT NOT NULL,
        plan INTEGER NOT NULL,
        requests INTEGER NOT NULL,
        bytes INTEGER NOT NULL,
        status INTEGER,
        method TEXT,
        location TEXT,
        content_type TEXT,
        content_type_header TEXT,
        challenge TEXT,
        cut INTEGER NOT NULL,
        error_kind TEXT,
        error_message TEXT,
        etag TEXT,
        last_modified TEXT,
        body_id INTEGER REFERENCES bodies (id),
        PRIMARY KEY (crawl_id, url, plan)
    ) WITHOUT ROWID;
    CREATE INDEX answers_by_body ON answers (body_id);
    ",
    // 4: the run's whole `stats` object (requests, bytes, duration, errors,
    // skipped, blocked …) as report.json has it.
    "
    ALTER TABLE runs ADD COLUMN stats TEXT;
    ",
    // 5: an external page's parked-domain marker (`link.parked-domain`),
    // so a resumed crawl keeps it.
    "
    ALTER TABLE answers ADD COLUMN parked TEXT;
    ",
    // 6: the monitor's alerts in force (a site down, V2's rate over the
    // warning line) since when, so each crossing is sent once, across
    // rounds and across `monitor --once` runs.
    "
    CREATE TABLE alerts (
        site_root TEXT NOT NULL,
        kind TEXT NOT NULL,
        since TEXT NOT NULL,
        PRIMARY KEY (site_root, kind)
    ) WITHOUT ROWID;
    ",
    // 7: review: each finding's fingerprint (checks::fingerprint; older rows
    // have it worked out from their key when read), and reviewers' marks
    // (误报, 核减, 已知) on a site's fingerprints.
    "
    ALTER TABLE findings ADD COLUMN fingerprint TEXT;
    CREATE INDEX findings_by_fingerprint ON findings (fingerprint);
    CREATE TABLE reviews (
        site_root TEXT NOT NULL,
        fingerprint TEXT NOT NULL,
        kind TEXT NOT NULL,
        reviewer TEXT NOT NULL,
        reason TEXT NOT NULL,
        marked TEXT NOT NULL,
        until TEXT,
        check_id TEXT,
        page TEXT,
        PRIMARY KEY (site_root, fingerprint)
    ) WITHOUT ROWID;
    ",
];
