//! The crawl journal: every final answer of a crawl, written as it arrives.
//!
//! It serves two things. An interrupted crawl (Ctrl-C, `kill -9`, a crash)
//! is resumed with `--resume` by answering every URL already journaled from
//! here instead of the network, so nothing fetched is fetched again and the
//! crawl, replayed through the same code, ends where an uninterrupted one
//! would. And the next month's crawl of the site sends conditional requests
//! (`If-None-Match`, `If-Modified-Since`) with the validators kept here, and
//! reads a page answered `304 Not Modified` from its stored body.
//!
//! Bodies are kept rather than the facts drawn from them: facts change
//! whenever a check does, a body does not, so a page re-read from the store
//! gives exactly what the current govaudit would find on it. They are kept
//! LZ4-compressed (fast enough not to slow a crawl), and only for a site's
//! latest crawl: when a crawl finishes, the site's older crawls and the
//! bodies nothing refers to any more are deleted.
//!
//! Writes go through one thread with its own connection, in one
//! transaction per batch of whatever has arrived, so the crawl never waits
//! for the disk and a `kill -9` loses at most the answers still in flight.

use std::collections::HashMap;
use std::path::Path;
use std::sync::{Mutex, mpsc};
use std::thread::JoinHandle;

use anyhow::{Context, anyhow};
use rusqlite::{Connection, OpenFlags, OptionalExtension, params};

use super::{Store, busy_timeout, locked_or};
use crate::i18n::Lang;

/// What the crawl did with a URL. A page read in full also answers a
/// check of the same URL; a check does not answer a page.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Kind {
    /// Its status asked (HEAD, or GET without reading the body).
    Check = 0,
    /// Read and parsed as a page of the site.
    Page = 1,
    /// Read as robots.txt.
    Robots = 2,
    /// Read as an official account's page, after the site's crawl.
    Account = 3,
    /// An attachment of the site, its text extracted: the stored body is
    /// that text (`crawl::attachments`), kept with the file's validators so
    /// next month's run does not download an unchanged file again.
    Attachment = 4,
}

impl Kind {
    const ALL: [Kind; 5] = [Kind::Check, Kind::Page, Kind::Robots, Kind::Account, Kind::Attachment];
}

/// One final answer (or failure), as journaled.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Entry {
    pub requests: u32,
    pub bytes: u64,
    pub status: Option<u16>,
    pub method: Option<String>,
    pub location: Option<String>,
    pub content_type: Option<String>,
    /// The whole `Content-Type` header, whose charset decodes the body.
    pub content_type_header: Option<String>,
    pub challenge: Option<String>,
    /// An external page's parked-domain marker.
    pub parked: Option<String>,
    pub cut: bool,
    /// A failure: its kind (as the report names it) and message.
    pub error: Option<(String, String)>,
    pub etag: Option<String>,
    pub last_modified: Option<String>,
    /// The stored body, when there is one.
    pub body_id: Option<i64>,
}

/// What a crawl can take from the journal: answers of the crawl it resumes,
/// and the pages of the site's last finished crawl with their validators.
pub struct Recall {
    /// By URL, its answers by [`Kind`] (looked up by `&str` on every
    /// fetch, so without building a key).
    replay: HashMap<String, [Option<Entry>; Kind::ALL.len()]>,
    previous: HashMap<String, Entry>,
    /// The attachments of the last finished crawl with their text, as
    /// `previous` holds its pages.
    previous_attachments: HashMap<String, Entry>,
    reader: Mutex<Connection>,
}

impl Recall {
    /// The answer the resumed crawl already has for `url`.
    pub fn replay(&self, url: &str, kind: Kind) -> Option<&Entry> {
        let answers = self.replay.get(url)?;
        let get = |k: Kind| answers[k as usize].as_ref();
        match kind {
            Kind::Check => get(Kind::Check).or_else(|| get(Kind::Page)),
            Kind::Page | Kind::Robots | Kind::Account | Kind::Attachment => get(kind),
        }
    }

    /// The page as the last finished crawl read it, when it can be asked
    /// for conditionally (it has a stored body and a validator).
    pub fn previous(&self, url: &str) -> Option<&Entry> {
        self.previous.get(url)
    }

    /// The attachment as the last finished crawl read it, when it can be
    /// asked for conditionally.
    pub fn previous_attachment(&self, url: &str) -> Option<&Entry> {
        self.previous_attachments.get(url)
    }

    /// Answers the resumed crawl already has.
    pub fn replayable(&self) -> usize {
        self.replay.values().flatten().flatten().count()
    }

    /// Pages of the last crawl that can be asked for conditionally.
    pub fn previous_pages(&self) -> usize {
        self.previous.len()
    }

    /// A stored body, decompressed.
    pub fn body(&self, id: i64) -> anyhow::Result<Vec<u8>> {
        let conn = self.reader.lock().map_err(|_| anyhow!("journal reader poisoned"))?;
        let data: Vec<u8> = conn
            .query_row("SELECT data FROM bodies WHERE id = ?1", [id], |row| row.get(0))
            .with_context(|| format!("stored body {id}"))?;
        unpack(&data).with_context(|| format!("stored body {id} is damaged"))
    }
}

/// Compresses a body for [`Sink::record`].
pub fn pack(body: &[u8]) -> Vec<u8> {
    lz4_flex::compress_prepend_size(body)
}

struct Answer {
    url: String,
    kind: Kind,
    entry: Entry,
    packed_body: Option<Vec<u8>>,
}

/// A body from [`pack`]. The decoder stops at the end of its input, so the
/// length written in front is what tells a whole body from a damaged one.
fn unpack(data: &[u8]) -> anyhow::Result<Vec<u8>> {
    let body = lz4_flex::decompress_size_prepended(data)?;
    let expected = data.get(..4).map(|n| u32::from_le_bytes([n[0], n[1], n[2], n[3]]) as usize);
    anyhow::ensure!(expected == Some(body.len()), "{} bytes instead of {expected:?}", body.len());
    Ok(body)
}

enum Message {
    Answer(Box<Answer>),
    Finish { complete: bool },
}

/// Where the crawl sends its final answers; cheap to clone.
#[derive(Clone)]
pub struct Sink(mpsc::Sender<Message>);

impl Sink {
    /// Journals `entry`; `packed_body` (from [`pack`]) is stored with it.
    pub fn record(&self, url: &str, kind: Kind, entry: Entry, packed_body: Option<Vec<u8>>) {
        // The writer only goes away after an error it reports at the end.
        let answer = Answer { url: url.to_owned(), kind, entry, packed_body };
        let _ = self.0.send(Message::Answer(Box::new(answer)));
    }
}

/// The writing side of one crawl's journal.
pub struct Journal {
    sink: Sink,
    writer: JoinHandle<anyhow::Result<()>>,
}

impl Journal {
    pub fn sink(&self) -> Sink {
        self.sink.clone()
    }

    /// Waits for every answer to be written. A complete crawl is marked
    /// finished, and the site's older crawls and unused bodies deleted; an
    /// interrupted one stays for `--resume`.
    pub fn finish(self, complete: bool) -> anyhow::Result<()> {
        let _ = self.sink.0.send(Message::Finish { complete });
        drop(self.sink);
        self.writer.join().map_err(|_| anyhow!("the journal writer failed"))?
    }
}

/// What [`open`] found.
pub struct Opened {
    pub recall: Recall,
    pub journal: Journal,
    /// The crawl is a resumed one (else a new one, even if resuming was asked).
    pub resumed: bool,
}

/// How a crawl starts.
#[derive(Clone, Copy, Debug, Default)]
pub struct Start {
    /// Continue the site's last unfinished crawl.
    pub resume: bool,
    /// Ignore the last crawl's pages: no conditional requests.
    pub fresh: bool,
}

/// Opens the journal of a crawl of `start_url` in the database at `path`.
pub fn open(path: &Path, start_url: &str, start: Start, now: &str, lang: Lang) -> anyhow::Result<Opened> {
    let store = Store::open(path, lang)?;
    let conn = store.conn;
    let unfinished: Option<i64> = if start.resume {
        conn.query_row(
            // Not one a later crawl of the site has superseded.
            "SELECT id FROM crawls WHERE start_url = ?1 AND finished_at IS NULL AND id > coalesce(\
             (SELECT max(id) FROM crawls WHERE start_url = ?1 AND finished_at IS NOT NULL), 0) \
             ORDER BY id DESC LIMIT 1",
            [start_url],
            |row| row.get(0),
        )
        .optional()?
    } else {
        None
    };
    let crawl_id = match unfinished {
        Some(id) => id,
        None => {
            conn.execute(
                "INSERT INTO crawls (start_url, started_at) VALUES (?1, ?2)",
                params![start_url, now],
            )
            .map_err(|e| locked_or(e, path, lang))?;
            conn.last_insert_rowid()
        }
    };
    let mut replay: HashMap<String, [Option<Entry>; Kind::ALL.len()]> = HashMap::new();
    if let Some(id) = unfinished {
        for (url, kind, entry) in load(&conn, "SELECT * FROM answers WHERE crawl_id = ?1", id)? {
            replay.entry(url).or_default()[kind as usize] = Some(entry);
        }
    }
    let last_finished: Option<i64> = conn
        .query_row(
            "SELECT id FROM crawls WHERE start_url = ?1 AND finished_at IS NOT NULL ORDER BY id DESC LIMIT 1",
            [start_url],
            |row| row.get(0),
        )
        .optional()?;
    let (mut previous, mut previous_attachments) = (HashMap::new(), HashMap::new());
    if let Some(id) = last_finished.filter(|_| !start.fresh) {
        for (url, kind, entry) in load(
            &conn,
            "SELECT * FROM answers WHERE crawl_id = ?1 AND plan IN (1, 4) AND body_id IS NOT NULL \
             AND (etag IS NOT NULL OR last_modified IS NOT NULL)",
            id,
        )? {
            let into = if kind == Kind::Attachment { &mut previous_attachments } else { &mut previous };
            into.insert(url, entry);
        }
    }
    let reader = Connection::open_with_flags(path, OpenFlags::SQLITE_OPEN_READ_ONLY).with_context(|| {
        lang.word_with("store-cannot-open", &[("path", path.display().to_string().into())])
    })?;
    reader.busy_timeout(busy_timeout())?;
    let (sender, receiver) = mpsc::channel();
    let path = path.to_owned();
    let writer = std::thread::Builder::new()
        .name("govaudit-journal".into())
        .spawn(move || write_loop(conn, &path, crawl_id, receiver, lang))
        .context("could not start the journal writer")?;
    Ok(Opened {
        recall: Recall { replay, previous, previous_attachments, reader: Mutex::new(reader) },
        journal: Journal { sink: Sink(sender), writer },
        resumed: unfinished.is_some(),
    })
}

/// The answers a query over `answers` returns, with their URL and kind.
fn load(conn: &Connection, sql: &str, crawl_id: i64) -> anyhow::Result<Vec<(String, Kind, Entry)>> {
    let mut statement = conn.prepare(sql)?;
    let rows = statement.query_map([crawl_id], |row| {
        // A kind this version does not know (written by a newer one) is
        // not replayed: its answer is asked for again.
        let plan = row.get::<_, i64>("plan")?;
        let Some(kind) = Kind::ALL.into_iter().find(|k| *k as i64 == plan) else { return Ok(None) };
        let error = match (row.get("error_kind")?, row.get("error_message")?) {
            (Some(kind), Some(message)) => Some((kind, message)),
            _ => None,
        };
        let entry = Entry {
            requests: row.get("requests")?,
            bytes: row.get::<_, i64>("bytes")?.max(0) as u64,
            status: row.get("status")?,
            method: row.get("method")?,
            location: row.get("location")?,
            content_type: row.get("content_type")?,
            content_type_header: row.get("content_type_header")?,
            challenge: row.get("challenge")?,
            parked: row.get("parked")?,
            cut: row.get("cut")?,
            error,
            etag: row.get("etag")?,
            last_modified: row.get("last_modified")?,
            body_id: row.get("body_id")?,
        };
        Ok(Some((row.get("url")?, kind, entry)))
    })?;
    rows.filter_map(Result::transpose).collect::<Result<_, _>>().context("reading the crawl journal")
}

/// Writes what arrives, a transaction per batch, until told to finish or
/// every sender is gone. After an error the rest is drained unwritten (the
/// crawl goes on) and the error is returned at the end.
fn write_loop(
    mut conn: Connection,
    path: &Path,
    crawl_id: i64,
    receiver: mpsc::Receiver<Message>,
    lang: Lang,
) -> anyhow::Result<()> {
    // A crash of the process loses nothing committed in WAL mode without a
    // sync per commit; only a power cut could, and a lost answer is only
    // fetched again.
    conn.pragma_update(None, "synchronous", "NORMAL").map_err(|e| locked_or(e, path, lang))?;
    let mut failed: Option<anyhow::Error> = None;
    while let Ok(first) = receiver.recv() {
        let batch = gather(first, &receiver);
        if failed.is_some() {
            continue;
        }
        let finish = batch.iter().find_map(|m| match m {
            Message::Finish { complete } => Some(*complete),
            Message::Answer(_) => None,
        });
        if let Err(e) = write_batch(&mut conn, crawl_id, batch).map_err(|e| locked_or(e, path, lang)) {
            failed = Some(e);
            continue;
        }
        if let Some(complete) = finish {
            if complete {
                close_crawl(&mut conn, crawl_id).map_err(|e| locked_or(e, path, lang))?;
            }
            return Ok(());
        }
    }
    match failed {
        Some(e) => Err(e.context(lang.word("store-journal-incomplete"))),
        None => Ok(()),
    }
}

/// How long answers gather before they are written: a commit per answer
/// would cost more than the crawl's own work; a `kill -9` loses at most this
/// much.
const BATCH_WINDOW: std::time::Duration = std::time::Duration::from_millis(100);

/// Most answers written in one transaction.
const BATCH_MAX: usize = 2048;

/// `first` and whatever else arrives within [`BATCH_WINDOW`]. The writer
/// sleeps rather than waits on the channel meanwhile: a thread waiting on
/// it would be woken by every answer the crawl sends.
fn gather(first: Message, receiver: &mpsc::Receiver<Message>) -> Vec<Message> {
    let mut batch = vec![first];
    if !matches!(batch[0], Message::Finish { .. }) {
        std::thread::sleep(BATCH_WINDOW);
    }
    batch.extend(receiver.try_iter().take(BATCH_MAX));
    batch
}

fn write_batch(conn: &mut Connection, crawl_id: i64, batch: Vec<Message>) -> rusqlite::Result<()> {
    let tx = conn.transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
    {
        let mut insert_body = tx.prepare_cached("INSERT INTO bodies (data) VALUES (?1)")?;
        let mut insert_answer = tx.prepare_cached(
            "INSERT OR REPLACE INTO answers (crawl_id, url, plan, requests, bytes, status, method, location, \
             content_type, content_type_header, challenge, cut, error_kind, error_message, etag, last_modified, \
             body_id, parked) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18)",
        )?;
        for message in batch {
            let Message::Answer(answer) = message else { continue };
            let Answer { url, kind, entry, packed_body } = *answer;
            let body_id = match packed_body {
                Some(data) => {
                    insert_body.execute([data])?;
                    Some(tx.last_insert_rowid())
                }
                None => entry.body_id,
            };
            let (error_kind, error_message) = entry.error.unzip();
            insert_answer.execute(params![
                crawl_id,
                url,
                kind as i64,
                entry.requests,
                entry.bytes as i64,
                entry.status,
                entry.method,
                entry.location,
                entry.content_type,
                entry.content_type_header,
                entry.challenge,
                entry.cut,
                error_kind,
                error_message,
                entry.etag,
                entry.last_modified,
                body_id,
                entry.parked,
            ])?;
        }
    }
    tx.commit()
}

/// Marks the crawl finished and keeps only it for its site.
fn close_crawl(conn: &mut Connection, crawl_id: i64) -> rusqlite::Result<()> {
    let now = chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Secs, true);
    let tx = conn.transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
    tx.execute("UPDATE crawls SET finished_at = ?1 WHERE id = ?2", params![now, crawl_id])?;
    // Not a crawl of the same site still running in another process (its
    // answers would then fail their foreign key): older finished crawls,
    // and unfinished ones left for --resume a day ago or more.
    tx.execute(
        "DELETE FROM crawls WHERE id != ?1 AND start_url = (SELECT start_url FROM crawls WHERE id = ?1) \
         AND (finished_at IS NOT NULL OR julianday(started_at) < julianday('now', '-1 day'))",
        [crawl_id],
    )?;
    tx.execute("DELETE FROM bodies WHERE NOT EXISTS (SELECT 1 FROM answers WHERE body_id = bodies.id)", [])?;
    tx.commit()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_packed_body_comes_back_whole_and_a_damaged_one_is_refused() {
        let body = "<html><title>测试</title>".repeat(100).into_bytes();
        assert_eq!(unpack(&pack(&body)).unwrap(), body);
        let mut cut = pack(&body);
        cut.truncate(cut.len() / 2);
        assert!(unpack(&cut).is_err());
        assert!(unpack(&[0xff, 0xff, 0xff, 0xff, 0x00]).is_err());
        assert!(unpack(&[]).is_err());
    }

    /// Every kind comes back as journaled; a kind this version does not
    /// know (a newer one wrote it) is left out, not read as another.
    #[test]
    fn a_resumed_crawl_replays_each_kind_and_skips_unknown_ones() {
        let dir = tempfile::tempdir().unwrap();
        let db = dir.path().join("journal.db");
        let site = "http://www.test.gov.cn/";
        let opened = open(&db, site, Start::default(), "2026-11-27 10:00", Lang::Zh).unwrap();
        let sink = opened.journal.sink();
        for (i, kind) in Kind::ALL.into_iter().enumerate() {
            // An external page's parked marker is kept with its answer.
            let parked = Some("该域名出售".to_owned());
            let entry = Entry { requests: 1, status: Some(200 + i as u16), parked, ..Entry::default() };
            sink.record(&format!("{site}{i}"), kind, entry, None);
        }
        drop(sink);
        opened.journal.finish(false).unwrap();
        let conn = Connection::open(&db).unwrap();
        conn.execute(
            "INSERT INTO answers (crawl_id, url, plan, requests, bytes, cut) SELECT id, ?1, 9, 1, 0, 0 FROM crawls",
            [format!("{site}future")],
        )
        .unwrap();
        drop(conn);

        let resumed =
            open(&db, site, Start { resume: true, fresh: false }, "2026-11-27 11:00", Lang::Zh).unwrap();
        assert!(resumed.resumed);
        assert_eq!(resumed.recall.replayable(), Kind::ALL.len());
        for (i, kind) in Kind::ALL.into_iter().enumerate() {
            let entry = resumed.recall.replay(&format!("{site}{i}"), kind);
            assert_eq!(entry.and_then(|e| e.status), Some(200 + i as u16), "{kind:?}");
            assert_eq!(entry.and_then(|e| e.parked.as_deref()), Some("该域名出售"), "{kind:?}");
        }
        assert!(Kind::ALL.iter().all(|k| resumed.recall.replay(&format!("{site}future"), *k).is_none()));
        resumed.journal.finish(true).unwrap();
    }
}
