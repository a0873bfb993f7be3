//! The memory of the tool: every audit's run, findings, columns and
//! accounts in an embedded SQLite file (`govaudit.db` by default), so a
//! monthly inspection can say what is new, what was fixed and what is still
//! open, and whether the score is trending up.
//!
//! The schema is versioned with SQLite's `user_version`; an older database
//! is upgraded in place, inside a transaction, and never recreated. A
//! database written by a newer govaudit is refused rather than guessed at.
//! WAL mode lets two audits of different sites write to one file; a lock
//! held too long is a clear error, not a corrupt file.
//!
//! The file is marked as govaudit's with SQLite's `application_id`; any
//! other SQLite file given to `--db` is refused, never given our tables.

pub mod alerts;
pub mod journal;
mod migrations;
pub mod probes;
pub mod reviews;
pub mod runs;

use std::path::{Path, PathBuf};
use std::time::Duration;

use anyhow::{Context, bail};
use rusqlite::Connection;

use crate::cli::DbArgs;
use crate::i18n::Lang;

/// The file used when `--db` is not given.
pub const DEFAULT_DB: &str = "govaudit.db";

/// The database: `--db`, else `$GOVAUDIT_DB`, else `./govaudit.db`.
pub fn db_path(args: &DbArgs) -> PathBuf {
    args.db
        .clone()
        .or_else(|| std::env::var_os("GOVAUDIT_DB").filter(|v| !v.is_empty()).map(PathBuf::from))
        .unwrap_or_else(|| PathBuf::from(DEFAULT_DB))
}

/// Opens an existing database for reading; a missing file is an error
/// (creating one to say it is empty would hide a wrong path).
pub fn open_existing(args: &DbArgs, lang: Lang) -> anyhow::Result<Store> {
    let path = db_path(args);
    if !path.is_file() {
        bail!("{}", lang.word_with("store-not-found", &[("path", path.display().to_string().into())]));
    }
    Store::open(&path, lang)
}

/// SQLite's `application_id` of a govaudit database: "GVAD".
const APPLICATION_ID: i64 = 0x4756_4144;

/// How long a write waits for another process holding the database.
const BUSY_TIMEOUT: Duration = Duration::from_secs(10);

/// How long to wait for a lock: `BUSY_TIMEOUT` (10 s), or the milliseconds in
/// `$GOVAUDIT_DB_BUSY_MS` (for a shared database on slow storage, and for
/// tests that hold a lock on purpose).
pub fn busy_timeout() -> Duration {
    std::env::var("GOVAUDIT_DB_BUSY_MS")
        .ok()
        .and_then(|ms| ms.trim().parse().ok())
        .map_or(BUSY_TIMEOUT, Duration::from_millis)
}

pub struct Store {
    conn: Connection,
    path: PathBuf,
    /// The language of its errors.
    lang: Lang,
}

impl Store {
    /// Opens (creating if needed) and upgrades the database at `path`.
    pub fn open(path: &Path, lang: Lang) -> anyhow::Result<Store> {
        let context = || lang.word_with("store-cannot-open", &[("path", path.display().to_string().into())]);
        let conn = Connection::open(path).with_context(context)?;
        conn.busy_timeout(busy_timeout()).with_context(context)?;
        check_ours(&conn, path, lang).with_context(context)?;
        wal(&conn).map_err(|e| locked_or(e, path, lang)).with_context(context)?;
        conn.pragma_update(None, "foreign_keys", "ON").with_context(context)?;
        let mut store = Store { conn, path: path.to_owned(), lang };
        store.migrate()?;
        Ok(store)
    }

    /// Brings the schema up to date. The version is read inside an
    /// immediate (write-locked) transaction, so two audits opening a new
    /// database at once do not both try to create it.
    fn migrate(&mut self) -> anyhow::Result<()> {
        let latest = migrations::ALL.len() as i64;
        let (path, lang) = (self.path.clone(), self.lang);
        // Up to date (the usual case, and every read-only command): no
        // write lock at all.
        let current: i64 = self.conn.pragma_query_value(None, "user_version", |row| row.get(0))?;
        if current == latest {
            return Ok(());
        }
        let tx = self
            .conn
            .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)
            .map_err(|e| locked_or(e, &path, lang))?;
        let version: i64 = tx.pragma_query_value(None, "user_version", |row| row.get(0))?;
        if !(0..=latest).contains(&version) {
            bail!(
                "{}",
                lang.word_with(
                    "store-newer-version",
                    &[
                        ("path", path.display().to_string().into()),
                        ("version", version.into()),
                        ("latest", latest.into())
                    ]
                )
            );
        }
        for (i, sql) in migrations::ALL.iter().enumerate().skip(version as usize) {
            tx.execute_batch(sql).with_context(|| format!("migration {}", i + 1))?;
            tx.pragma_update(None, "user_version", i as i64 + 1)?;
        }
        tx.pragma_update(None, "application_id", APPLICATION_ID)?;
        tx.commit().map_err(|e| locked_or(e, &path, lang))?;
        Ok(())
    }

    pub fn path(&self) -> &Path {
        &self.path
    }
}

/// Fails when `path` is an existing SQLite file that is not govaudit's:
/// checked before a run, so `--db` pointed at another program's database
/// stops the run at once (exit 2) rather than after the crawl.
pub fn refuse_foreign(path: &Path, lang: Lang) -> anyhow::Result<()> {
    if !path.is_file() {
        return Ok(());
    }
    let conn = Connection::open_with_flags(path, rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY);
    // A file SQLite cannot read at all is refused the same way.
    match conn {
        Ok(conn) if check_ours_read_only(&conn) => Ok(()),
        _ => bail!("{}", lang.word_with("store-not-ours", &[("path", path.display().to_string().into())])),
    }
}

fn check_ours_read_only(conn: &Connection) -> bool {
    let read = || -> rusqlite::Result<bool> {
        let id: i64 = conn.pragma_query_value(None, "application_id", |row| row.get(0))?;
        let tables: i64 = conn.query_row("SELECT count(*) FROM sqlite_master", [], |row| row.get(0))?;
        let runs: bool = conn.query_row(
            "SELECT EXISTS (SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'runs')",
            [],
            |row| row.get(0),
        )?;
        Ok(id == APPLICATION_ID || (id == 0 && (tables == 0 || runs)))
    };
    read().unwrap_or_else(|e| {
        // Locked or busy: not ours to judge now; opening it later says so.
        matches!(
            e.sqlite_error_code(),
            Some(rusqlite::ErrorCode::DatabaseBusy | rusqlite::ErrorCode::DatabaseLocked)
        )
    })
}

/// Refuses a database that is neither new (no tables) nor govaudit's: one
/// with our `application_id`, or one from before the mark (its version
/// within ours and a `runs` table; the mark is added as it is upgraded).
fn check_ours(conn: &Connection, path: &Path, lang: Lang) -> anyhow::Result<()> {
    let id: i64 = conn.pragma_query_value(None, "application_id", |row| row.get(0))?;
    if id == APPLICATION_ID {
        return Ok(());
    }
    let tables: i64 = conn.query_row("SELECT count(*) FROM sqlite_master", [], |row| row.get(0))?;
    let version: i64 = conn.pragma_query_value(None, "user_version", |row| row.get(0))?;
    let has_runs: bool = conn.query_row(
        "SELECT EXISTS (SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'runs')",
        [],
        |row| row.get(0),
    )?;
    if id == 0 && (tables == 0 || (version >= 1 && has_runs)) {
        if tables > 0 {
            conn.pragma_update(None, "application_id", APPLICATION_ID)?;
        }
        return Ok(());
    }
    bail!("{}", lang.word_with("store-not-ours", &[("path", path.display().to_string().into())]))
}

/// Names a locked database plainly; other errors pass through.
/// Switches the database to WAL. Changing the journal mode needs the file
/// to itself, and SQLite answers "busy" at once, without its busy handler,
/// while another process opening the same new database holds a lock; so it
/// is tried again, briefly, for as long as the busy timeout allows.
fn wal(conn: &Connection) -> rusqlite::Result<()> {
    let started = std::time::Instant::now();
    loop {
        match conn.pragma_update(None, "journal_mode", "WAL") {
            Err(e)
                if matches!(
                    e.sqlite_error_code(),
                    Some(rusqlite::ErrorCode::DatabaseBusy | rusqlite::ErrorCode::DatabaseLocked)
                ) && started.elapsed() < busy_timeout() =>
            {
                std::thread::sleep(Duration::from_millis(20));
            }
            done => return done,
        }
    }
}

fn locked_or(e: rusqlite::Error, path: &Path, lang: Lang) -> anyhow::Error {
    match e.sqlite_error_code() {
        Some(rusqlite::ErrorCode::DatabaseBusy | rusqlite::ErrorCode::DatabaseLocked) => {
            anyhow::anyhow!(lang.word_with("store-locked", &[("path", path.display().to_string().into())]))
        }
        _ => e.into(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn another_programs_database_is_refused_untouched() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("other.db");
        let conn = Connection::open(&path).unwrap();
        conn.execute_batch("CREATE TABLE notes (text TEXT); INSERT INTO notes VALUES ('mine');").unwrap();
        drop(conn);
        let err = Store::open(&path, Lang::Zh).err().expect("refused");
        assert!(format!("{err:#}").contains("govaudit"), "{err:#}");
        let conn = Connection::open(&path).unwrap();
        let tables: i64 = conn.query_row("SELECT count(*) FROM sqlite_master", [], |r| r.get(0)).unwrap();
        assert_eq!(tables, 1, "no table of ours was added");
        // A new file and our own are taken.
        let ours = dir.path().join("new.db");
        drop(Store::open(&ours, Lang::Zh).unwrap());
        let id: i64 = Connection::open(&ours)
            .unwrap()
            .pragma_query_value(None, "application_id", |r| r.get(0))
            .unwrap();
        assert_eq!(id, APPLICATION_ID);
        assert!(Store::open(&ours, Lang::Zh).is_ok());
    }

    #[test]
    fn a_database_from_the_first_version_is_upgraded_in_place() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("old.db");
        let conn = Connection::open(&path).unwrap();
        conn.execute_batch(migrations::ALL[0]).unwrap();
        conn.pragma_update(None, "user_version", 1).unwrap();
        conn.execute(
            "INSERT INTO runs (site_root, site_name, as_of, started_at, finished_at, pages, truncated, vetoes, \
             deductions, notices) VALUES ('http://a/', 'A', '2026-10-26', 's', 'f', 3, 0, 0, 1, 2)",
            [],
        )
        .unwrap();
        drop(conn);

        let store = Store::open(&path, Lang::Zh).unwrap();
        let version: i64 = store.conn.pragma_query_value(None, "user_version", |r| r.get(0)).unwrap();
        assert_eq!(version, migrations::ALL.len() as i64);
        let (pages, stats): (i64, Option<String>) = store
            .conn
            .query_row("SELECT pages, stats FROM runs", [], |r| Ok((r.get(0)?, r.get(1)?)))
            .unwrap();
        assert_eq!((pages, stats), (3, None), "the old run is kept, its new column empty");
        let crawls: i64 = store.conn.query_row("SELECT count(*) FROM crawls", [], |r| r.get(0)).unwrap();
        assert_eq!(crawls, 0);
    }
}
