//! `govaudit demo --serve`: the real binary serves the sample portal until
//! Ctrl-C, says where, and audits nothing.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::process::{Child, Command, Stdio};
use std::sync::mpsc;
use std::time::Duration;

/// Kills the server if the test fails before it stops it.
struct Running(Child);

impl Drop for Running {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

#[test]
fn serve_answers_in_a_browser_until_ctrl_c() {
    let child = Command::new(env!("CARGO_BIN_EXE_govaudit"))
        .args(["--lang", "en", "demo", "--serve", "--as-of", "2026-11-26"])
        .env_remove("GOVAUDIT_LANG")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("govaudit starts");
    let mut running = Running(child);

    // The first line names the portal's URL; read it without blocking forever.
    let stdout = running.0.stdout.take().unwrap();
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        for line in BufReader::new(stdout).lines().map_while(Result::ok) {
            if tx.send(line).is_err() {
                break;
            }
        }
    });
    let first = rx.recv_timeout(Duration::from_secs(10)).expect("the URL is printed at once");
    assert!(first.starts_with("The sample portal (清溪县人民政府) is being served at"), "{first}");
    let url = first.rsplit(' ').next().unwrap();
    let addr =
        url.strip_prefix("http://").and_then(|rest| rest.strip_suffix('/')).expect("http://HOST:PORT/");
    assert!(addr.starts_with("127.0.0.1:"), "{addr}");

    let mut stream = TcpStream::connect(addr).expect("the portal listens");
    stream.set_read_timeout(Some(Duration::from_secs(5))).unwrap();
    write!(stream, "GET / HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n\r\n").unwrap();
    let mut answer = Vec::new();
    stream.read_to_end(&mut answer).unwrap();
    let answer = String::from_utf8_lossy(&answer);
    assert!(answer.starts_with("HTTP/1.1 200"), "{}", answer.lines().next().unwrap_or_default());
    assert!(answer.to_ascii_lowercase().contains("<html"), "the home page is HTML");

    let rest: Vec<String> = rx.try_iter().collect();
    assert!(!rest.iter().any(|l| l.contains("report.json")), "nothing is audited: {rest:?}");

    // Ctrl-C stops it with exit code 0.
    #[cfg(unix)]
    {
        let pid = running.0.id().to_string();
        assert!(Command::new("kill").args(["-INT", &pid]).status().unwrap().success());
        let deadline = std::time::Instant::now() + Duration::from_secs(5);
        let status = loop {
            if let Some(status) = running.0.try_wait().unwrap() {
                break status;
            }
            assert!(std::time::Instant::now() < deadline, "still serving 5 s after Ctrl-C");
            std::thread::sleep(Duration::from_millis(20));
        };
        assert_eq!(status.code(), Some(0));
    }
}

#[test]
fn port_without_serve_is_refused() {
    let output = Command::new(env!("CARGO_BIN_EXE_govaudit"))
        .args(["demo", "--port", "8080"])
        .stdin(Stdio::null())
        .output()
        .expect("govaudit runs");
    assert_eq!(output.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&output.stderr).contains("--serve"));
}
