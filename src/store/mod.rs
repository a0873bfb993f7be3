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

pub mod journal;
mod migrations;
pub mod probes;
pub mod runs;

use std::path::{Path, PathBuf};
use std::time::Duration;

use anyhow::{Context, bail};
use rusqlite::Connection;

use crate::i18n::tr;

/// The file used when `--db` is not given.
pub const DEFAULT_DB: &str = "govaudit.db";

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
}

impl Store {
    /// Opens (creating if needed) and upgrades the database at `path`.
    pub fn open(path: &Path) -> anyhow::Result<Store> {
        let context =
            || format!("{} {}", tr("无法打开历史数据库", "cannot open the history database"), path.display());
        let conn = Connection::open(path).with_context(context)?;
        conn.busy_timeout(busy_timeout()).with_context(context)?;
        conn.pragma_update(None, "journal_mode", "WAL")
            .map_err(|e| locked_or(e, path))
            .with_context(context)?;
        conn.pragma_update(None, "foreign_keys", "ON").with_context(context)?;
        let mut store = Store { conn, path: path.to_owned() };
        store.migrate()?;
        Ok(store)
    }

    /// Brings the schema up to date. The version is read inside an
    /// immediate (write-locked) transaction, so two audits opening a new
    /// database at once do not both try to create it.
    fn migrate(&mut self) -> anyhow::Result<()> {
        let latest = migrations::ALL.len() as i64;
        let path = self.path.clone();
        // Up to date (the usual case, and every read-only command): no
        // write lock at all.
        let current: i64 = self.conn.pragma_query_value(None, "user_version", |row| row.get(0))?;
        if current == latest {
            return Ok(());
        }
        let tx = self
            .conn
            .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)
            .map_err(|e| locked_or(e, &path))?;
        let version: i64 = tx.pragma_query_value(None, "user_version", |row| row.get(0))?;
        if !(0..=latest).contains(&version) {
            bail!(
                "{} {}: {} {version}, {} {latest}",
                tr(
                    "历史数据库由更新版本的 govaudit 创建",
                    "the history database was made by a newer govaudit"
                ),
                path.display(),
                tr("其版本为", "its version is"),
                tr("本程序只认识到", "this one knows up to")
            );
        }
        for (i, sql) in migrations::ALL.iter().enumerate().skip(version as usize) {
            tx.execute_batch(sql).with_context(|| format!("migration {}", i + 1))?;
            tx.pragma_update(None, "user_version", i as i64 + 1)?;
        }
        tx.commit().map_err(|e| locked_or(e, &path))?;
        Ok(())
    }

    pub fn path(&self) -> &Path {
        &self.path
    }
}

/// Names a locked database plainly; other errors pass through.
fn locked_or(e: rusqlite::Error, path: &Path) -> anyhow::Error {
    match e.sqlite_error_code() {
        Some(rusqlite::ErrorCode::DatabaseBusy | rusqlite::ErrorCode::DatabaseLocked) => anyhow::anyhow!(
            "{} {} ({})",
            tr("历史数据库被另一个进程锁定：", "the history database is locked by another process:"),
            path.display(),
            tr("稍后重试，或用 --db 换一个文件", "try again later, or use --db for another file")
        ),
        _ => e.into(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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

        let store = Store::open(&path).unwrap();
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
