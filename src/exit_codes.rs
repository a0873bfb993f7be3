//! Exit codes are a type, so every path out of the program picks one of
//! the three meanings scripts and CI rely on.

/// How the process ends.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Exit {
    /// The audit ran (and passed the gate, when one is set).
    Done = 0,
    /// The site failed the gate the user set (`--fail-under`, `--fail-on`),
    /// or, for `monitor --once`, a probe failed: either way "look at this",
    /// which cron and CI tell apart from a tool failure.
    GateFailed = 1,
    /// The tool could not do its job: bad URL, unreadable config, output
    /// that cannot be written.
    ToolFailed = 2,
}

impl From<Exit> for std::process::ExitCode {
    fn from(exit: Exit) -> Self {
        std::process::ExitCode::from(exit as u8)
    }
}
