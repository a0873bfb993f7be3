//! A small static HTTP/1.1 server for sites held in memory: it serves the
//! embedded demo portal (`govaudit demo`) and the fixture sites of the tests.
//!
//! It is deliberately hand-rolled on tokio rather than built on a framework:
//! the tests need the faults real county servers have (resets mid-request,
//! answers slower than the timeout, HEAD rejected, 503 with Retry-After,
//! endless generated pages) and need to count what the crawler really sent
//! (requests per URL and method, the most requests in flight at once).

mod http;

use std::collections::{BTreeMap, HashMap};
use std::net::SocketAddr;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use bytes::Bytes;
use tokio::net::TcpListener;
use tokio::task::JoinHandle;

/// Something the server does besides answering plainly.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub enum Fault {
    #[default]
    None,
    /// Wait this long before answering.
    Delay(Duration),
    /// Close the connection with a TCP reset instead of answering.
    Reset,
    /// Answer HEAD requests with this status (GET is answered normally).
    HeadStatus(u16),
    /// Answer the first `times` requests with `status` (and `Retry-After`
    /// seconds when given), then answer normally.
    FailFirst { times: u32, status: u16, retry_after: Option<u32> },
}

/// One answer the server can give.
#[derive(Clone, Debug)]
pub struct Resource {
    pub status: u16,
    pub headers: Vec<(String, String)>,
    pub body: Bytes,
    pub fault: Fault,
    /// Send the body gzip-compressed to clients that accept it.
    pub gzip: bool,
}

impl Resource {
    pub fn new(status: u16, content_type: &str, body: impl Into<Bytes>) -> Self {
        Resource {
            status,
            headers: vec![("Content-Type".into(), content_type.into())],
            body: body.into(),
            fault: Fault::None,
            gzip: false,
        }
    }

    /// A UTF-8 HTML page that says so in its header.
    pub fn html(body: impl Into<String>) -> Self {
        Resource::new(200, "text/html; charset=utf-8", body.into())
    }

    /// An HTML page encoded in `encoding` with no charset in the header: the
    /// way most county sites serve GBK.
    pub fn html_encoded(body: &str, encoding: &'static encoding_rs::Encoding) -> Self {
        let (bytes, _, _) = encoding.encode(body);
        Resource::new(200, "text/html", bytes.into_owned())
    }

    pub fn redirect(status: u16, location: &str) -> Self {
        Resource::new(status, "text/html", Bytes::new()).with_header("Location", location)
    }

    pub fn with_header(mut self, name: &str, value: &str) -> Self {
        self.headers.push((name.into(), value.into()));
        self
    }

    pub fn with_status(mut self, status: u16) -> Self {
        self.status = status;
        self
    }

    pub fn with_fault(mut self, fault: Fault) -> Self {
        self.fault = fault;
        self
    }

    pub fn gzipped(mut self) -> Self {
        self.gzip = true;
        self
    }
}

/// Makes an answer for a request target (`/path?query`) or declines.
pub type Generator = Arc<dyn Fn(&str) -> Option<Resource> + Send + Sync>;

/// A site: fixed routes, generated routes and the answer for anything else.
#[derive(Clone)]
pub struct Site {
    routes: BTreeMap<String, Resource>,
    generators: Vec<(String, Generator)>,
    not_found: Resource,
    /// Send `ETag` and `Last-Modified`, and answer `304` to a request that
    /// has them, as nginx does for static files.
    validators: bool,
}

impl Default for Site {
    fn default() -> Self {
        Site {
            routes: BTreeMap::new(),
            generators: Vec::new(),
            not_found: Resource::new(404, "text/html; charset=utf-8", "<h1>404 Not Found</h1>"),
            validators: false,
        }
    }
}

impl Site {
    /// Serves `resource` at `target`, the path plus query as sent (`/a/b.html`,
    /// `/list?page=2`), percent-encoded as a client sends it.
    pub fn insert(&mut self, target: &str, resource: Resource) -> &mut Self {
        self.routes.insert(target.to_owned(), resource);
        self
    }

    /// Serves requests whose target starts with `prefix` from `generate`.
    pub fn generate(
        &mut self,
        prefix: &str,
        generate: impl Fn(&str) -> Option<Resource> + Send + Sync + 'static,
    ) -> &mut Self {
        self.generators.push((prefix.to_owned(), Arc::new(generate)));
        self
    }

    /// Answers conditional requests, with an `ETag` made from each body.
    pub fn with_validators(&mut self) -> &mut Self {
        self.validators = true;
        self
    }

    /// The answer for targets no route knows.
    pub fn set_not_found(&mut self, resource: Resource) -> &mut Self {
        self.not_found = resource;
        self
    }

    pub fn len(&self) -> usize {
        self.routes.len()
    }

    pub fn is_empty(&self) -> bool {
        self.routes.is_empty()
    }

    pub fn get(&self, target: &str) -> Option<&Resource> {
        self.routes.get(target)
    }

    pub fn targets(&self) -> impl Iterator<Item = &str> {
        self.routes.keys().map(String::as_str)
    }

    fn answer(&self, target: &str) -> Resource {
        if let Some(r) = self.routes.get(target) {
            return r.clone();
        }
        // A folder is answered with its index page, as web servers do.
        let (path, query) = target.split_once('?').map_or((target, None), |(p, q)| (p, Some(q)));
        if path.ends_with('/') {
            let index = format!("{path}index.html{}", query.map(|q| format!("?{q}")).unwrap_or_default());
            if let Some(r) = self.routes.get(&index) {
                return r.clone();
            }
        }
        self.generators
            .iter()
            .filter(|(prefix, _)| target.starts_with(prefix.as_str()))
            .find_map(|(_, generate)| generate(target))
            .unwrap_or_else(|| self.not_found.clone())
    }
}

/// One request as the server saw it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Seen {
    pub method: String,
    pub target: String,
    pub host: String,
    pub user_agent: String,
    /// The request carried `If-None-Match` or `If-Modified-Since`.
    pub conditional: bool,
    /// The `Authorization` header, empty without one.
    pub authorization: String,
    /// When the request arrived, counted from the server's start.
    pub at: Duration,
}

/// What the server counted.
#[derive(Debug)]
pub struct ServerStats {
    started: std::time::Instant,
    seen: Mutex<Vec<Seen>>,
    in_flight: AtomicUsize,
    max_in_flight: AtomicUsize,
    fail_counts: Mutex<HashMap<String, u32>>,
}

impl Default for ServerStats {
    fn default() -> Self {
        ServerStats {
            started: std::time::Instant::now(),
            seen: Mutex::default(),
            in_flight: AtomicUsize::default(),
            max_in_flight: AtomicUsize::default(),
            fail_counts: Mutex::default(),
        }
    }
}

impl ServerStats {
    /// Every request received, in arrival order.
    pub fn seen(&self) -> Vec<Seen> {
        self.seen.lock().map(|s| s.clone()).unwrap_or_default()
    }

    /// How many requests with `method` asked for `target`.
    pub fn count(&self, method: &str, target: &str) -> usize {
        self.seen().iter().filter(|s| s.method == method && s.target == target).count()
    }

    /// The most requests the server was handling at the same time.
    pub fn max_in_flight(&self) -> usize {
        self.max_in_flight.load(Ordering::SeqCst)
    }

    fn begin(&self, mut seen: Seen) {
        seen.at = self.started.elapsed();
        if let Ok(mut s) = self.seen.lock() {
            s.push(seen);
        }
        let now = self.in_flight.fetch_add(1, Ordering::SeqCst) + 1;
        self.max_in_flight.fetch_max(now, Ordering::SeqCst);
    }

    fn end(&self) {
        self.in_flight.fetch_sub(1, Ordering::SeqCst);
    }

    /// Counts a request to a `FailFirst` target; true while it should fail.
    fn should_fail(&self, target: &str, times: u32) -> bool {
        let Ok(mut counts) = self.fail_counts.lock() else { return false };
        let n = counts.entry(target.to_owned()).or_default();
        *n += 1;
        *n <= times
    }
}

/// A running server; it stops when dropped.
pub struct Server {
    pub addr: SocketAddr,
    pub stats: Arc<ServerStats>,
    task: JoinHandle<()>,
}

impl Server {
    /// Starts serving `site` on `addr` (port 0 picks a free port).
    pub async fn start(site: Site, addr: SocketAddr) -> std::io::Result<Server> {
        let listener = TcpListener::bind(addr).await?;
        let addr = listener.local_addr()?;
        let stats = Arc::new(ServerStats::default());
        let site = Arc::new(site);
        let task = tokio::spawn(http::accept_loop(listener, site, Arc::clone(&stats)));
        Ok(Server { addr, stats, task })
    }

    /// `http://127.0.0.1:PORT` followed by `path`.
    pub fn url(&self, path: &str) -> String {
        format!("http://{}{}", self.addr, path)
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        self.task.abort();
    }
}

/// A local port with nothing listening on it, for "connection refused".
pub fn closed_port() -> std::io::Result<u16> {
    let listener = std::net::TcpListener::bind("127.0.0.1:0")?;
    let port = listener.local_addr()?.port();
    drop(listener);
    Ok(port)
}
