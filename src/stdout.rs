//! Standard output that ends quietly on a closed pipe.
//!
//! `govaudit diff | head` closes the pipe after ten lines; Rust's `println!`
//! then panics ("failed printing to stdout: Broken pipe"). Every command
//! prints through [`out!`](crate::out) and [`outln!`](crate::outln)
//! instead: a closed pipe ends the process with success, as ripgrep and the
//! Unix tools do, since the reader has all it asked for. SIGPIPE stays
//! ignored (Rust's default), so a server that closes a socket never kills
//! the crawl.

use std::io::Write;

/// Writes `text` to standard output. A closed pipe exits 0 at once; any
/// other failure (a full disk behind `>`) is one line on stderr and exit 2,
/// since the output the user asked for is incomplete.
/// `lang` is the language of that line.
pub fn write(text: &str, lang: crate::i18n::Lang) {
    let mut out = std::io::stdout().lock();
    if let Err(e) = out.write_all(text.as_bytes()).and_then(|()| out.flush()) {
        if e.kind() == std::io::ErrorKind::BrokenPipe {
            std::process::exit(0);
        }
        eprintln!("{}", lang.word_with("cli-stdout-failed", &[("reason", e.to_string().into())]));
        std::process::exit(crate::exit_codes::Exit::ToolFailed as i32);
    }
}

/// `print!` that ends quietly on a closed pipe: `out!(lang, "{x}")`.
#[macro_export]
macro_rules! out {
    ($lang:expr, $($arg:tt)*) => { $crate::stdout::write(&format!($($arg)*), $lang) };
}

/// `println!` that ends quietly on a closed pipe: `outln!(lang, "{x}")`.
#[macro_export]
macro_rules! outln {
    ($lang:expr) => { $crate::stdout::write("\n", $lang) };
    ($lang:expr, $($arg:tt)*) => { $crate::stdout::write(&format!("{}\n", format_args!($($arg)*)), $lang) };
}
