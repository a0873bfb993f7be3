//! The wire side of [`super::Server`]: HTTP/1.1 with keep-alive, one task
//! per connection, faults applied where a real server would show them.

use std::io::Write;
use std::sync::Arc;

use bytes::Bytes;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};

use super::{Fault, Seen, ServerStats, Site};

/// Request heads larger than this are refused, as real servers do.
const MAX_HEAD: usize = 64 * 1024;

pub(super) async fn accept_loop(listener: TcpListener, site: Arc<Site>, stats: Arc<ServerStats>) {
    loop {
        let Ok((stream, _)) = listener.accept().await else { continue };
        // Without this, small answers wait for Nagle's algorithm.
        let _ = stream.set_nodelay(true);
        tokio::spawn(serve_connection(stream, Arc::clone(&site), Arc::clone(&stats)));
    }
}

/// A parsed request head.
struct Request {
    seen: Seen,
    body_len: usize,
    close: bool,
    accepts_gzip: bool,
    if_none_match: Option<String>,
}

async fn serve_connection(mut stream: TcpStream, site: Arc<Site>, stats: Arc<ServerStats>) {
    let mut buf = Vec::with_capacity(4096);
    loop {
        let Some(head_end) = read_head(&mut stream, &mut buf).await else { return };
        let Some(request) = parse_head(&buf[..head_end]) else {
            let _ = stream
                .write_all(b"HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")
                .await;
            return;
        };
        buf.drain(..head_end);
        if !skip_body(&mut stream, &mut buf, request.body_len).await {
            return;
        }
        stats.begin(request.seen.clone());
        let keep_alive = respond(&mut stream, &site, &stats, &request).await;
        stats.end();
        if !keep_alive || request.close {
            return;
        }
    }
}

/// Reads until a whole request head is buffered; returns its length.
async fn read_head(stream: &mut TcpStream, buf: &mut Vec<u8>) -> Option<usize> {
    loop {
        if let Some(pos) = buf.windows(4).position(|w| w == b"\r\n\r\n") {
            return Some(pos + 4);
        }
        if buf.len() > MAX_HEAD {
            return None;
        }
        let mut chunk = [0u8; 8192];
        match stream.read(&mut chunk).await {
            Ok(0) | Err(_) => return None,
            Ok(n) => buf.extend_from_slice(&chunk[..n]),
        }
    }
}

async fn skip_body(stream: &mut TcpStream, buf: &mut Vec<u8>, mut len: usize) -> bool {
    loop {
        let take = len.min(buf.len());
        buf.drain(..take);
        len -= take;
        if len == 0 {
            return true;
        }
        let mut chunk = [0u8; 8192];
        match stream.read(&mut chunk).await {
            Ok(0) | Err(_) => return false,
            Ok(n) => buf.extend_from_slice(&chunk[..n]),
        }
    }
}

fn parse_head(head: &[u8]) -> Option<Request> {
    let mut headers = [httparse::EMPTY_HEADER; 64];
    let mut req = httparse::Request::new(&mut headers);
    let httparse::Status::Complete(_) = req.parse(head).ok()? else { return None };
    let header = |name: &str| {
        req.headers
            .iter()
            .find(|h| h.name.eq_ignore_ascii_case(name))
            .map(|h| String::from_utf8_lossy(h.value).into_owned())
            .unwrap_or_default()
    };
    let connection = header("connection").to_ascii_lowercase();
    let close =
        connection.contains("close") || (req.version == Some(0) && !connection.contains("keep-alive"));
    Some(Request {
        seen: Seen {
            method: req.method?.to_owned(),
            target: req.path?.to_owned(),
            host: header("host"),
            user_agent: header("user-agent"),
            conditional: !header("if-none-match").is_empty() || !header("if-modified-since").is_empty(),
            authorization: header("authorization"),
            at: std::time::Duration::ZERO,
        },
        body_len: header("content-length").trim().parse().unwrap_or(0),
        close,
        accepts_gzip: header("accept-encoding").contains("gzip"),
        if_none_match: Some(header("if-none-match")).filter(|v| !v.is_empty()),
    })
}

/// Answers one request; false when the connection must not be reused.
async fn respond(stream: &mut TcpStream, site: &Site, stats: &ServerStats, request: &Request) -> bool {
    let seen = &request.seen;
    let resource = site.answer(&seen.target);
    let mut status = resource.status;
    let mut headers = resource.headers.clone();
    let mut body = resource.body.clone();
    match resource.fault {
        Fault::None => {}
        Fault::Delay(d) => {
            // Like real servers, stop working on a request whose client hung up.
            tokio::select! {
                _ = tokio::time::sleep(d) => {}
                _ = client_gone(stream) => return false,
            }
        }
        Fault::Reset => {
            // SO_LINGER 0 makes the close send RST instead of FIN.
            let _ = stream.set_zero_linger();
            return false;
        }
        Fault::HeadStatus(s) if seen.method == "HEAD" => status = s,
        Fault::HeadStatus(_) => {}
        Fault::FailFirst { times, status: fail, retry_after } => {
            if stats.should_fail(&seen.target, times) {
                status = fail;
                body = Bytes::from_static(b"<h1>Service Unavailable</h1>");
                headers = vec![("Content-Type".into(), "text/html".into())];
                if let Some(secs) = retry_after {
                    headers.push(("Retry-After".into(), secs.to_string()));
                }
            }
        }
    }
    if site.validators && status == 200 {
        // Like nginx: a validator from the body, and 304 when it matches.
        let etag = format!("\"{:016x}\"", fnv1a(&body));
        headers.push(("Last-Modified".into(), "Mon, 02 Nov 2026 08:00:00 GMT".into()));
        if request.if_none_match.as_deref() == Some(etag.as_str()) {
            status = 304;
            body = Bytes::new();
            headers.retain(|(name, _)| !name.eq_ignore_ascii_case("content-type"));
        }
        headers.push(("ETag".into(), etag));
    }
    if resource.gzip && request.accepts_gzip && status != 304 {
        let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
        if encoder.write_all(&body).is_ok()
            && let Ok(compressed) = encoder.finish()
        {
            body = compressed.into();
            headers.push(("Content-Encoding".into(), "gzip".into()));
        }
    }
    let mut head = format!("HTTP/1.1 {status} {}\r\n", reason(status));
    for (name, value) in &headers {
        head.push_str(&format!("{name}: {value}\r\n"));
    }
    head.push_str(&format!("Content-Length: {}\r\n\r\n", body.len()));
    if stream.write_all(head.as_bytes()).await.is_err() {
        return false;
    }
    if seen.method != "HEAD" && stream.write_all(&body).await.is_err() {
        return false;
    }
    stream.flush().await.is_ok()
}

fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |hash, b| (hash ^ u64::from(*b)).wrapping_mul(0x0100_0000_01b3))
}

/// Resolves when the client closes its side of the connection.
async fn client_gone(stream: &TcpStream) {
    let mut byte = [0u8; 1];
    if stream.peek(&mut byte).await.is_ok_and(|n| n > 0) {
        // A pipelined next request: the client is still there.
        std::future::pending::<()>().await;
    }
}

fn reason(status: u16) -> &'static str {
    match status {
        200 => "OK",
        301 => "Moved Permanently",
        302 => "Found",
        303 => "See Other",
        304 => "Not Modified",
        307 => "Temporary Redirect",
        308 => "Permanent Redirect",
        400 => "Bad Request",
        403 => "Forbidden",
        404 => "Not Found",
        405 => "Method Not Allowed",
        410 => "Gone",
        412 => "Precondition Failed",
        429 => "Too Many Requests",
        500 => "Internal Server Error",
        501 => "Not Implemented",
        502 => "Bad Gateway",
        503 => "Service Unavailable",
        521 => "Web Server Is Down",
        _ => "Status",
    }
}
