//! axe-core in the browser: where its script is found on disk (never
//! fetched at run time), and how it runs in a page the [`Renderer`] opened,
//! over the DevTools protocol. What its answer means is
//! `checks::facts::a11y::rendered`.

use std::path::{Path, PathBuf};
use std::time::Duration;

use chromiumoxide::cdp::browser_protocol::page::CaptureScreenshotFormat;
use chromiumoxide::cdp::js_protocol::runtime::EvaluateParams;
use chromiumoxide::page::ScreenshotParams;
use url::Url;

use super::{Gate, Renderer};

/// The file of the npm package that holds the whole of axe-core.
const SCRIPT: &str = "axe.min.js";
/// A file larger than this is not axe-core (4.14's is about 560 kB).
const MAX_SCRIPT_BYTES: u64 = 8 << 20;
/// The longest axe may take on one page, after the page is loaded.
const RUN_BUDGET: Duration = Duration::from_secs(30);
/// A larger screenshot is not kept (a viewport's PNG is a few hundred kB).
pub const MAX_SCREENSHOT_BYTES: usize = 4 << 20;

/// Runs axe on the document, without frames (each frame would need axe
/// injected too) and with only the violations' elements, and returns its
/// answer trimmed to what `checks::facts::a11y::rendered::read` keeps, as JSON.
const RUN: &str = r#"(async () => {
  const clip = (s) => { s = String(s == null ? '' : s); return s.length > 600 ? s.slice(0, 600) : s; };
  const r = await axe.run(document, { iframes: false, resultTypes: ['violations'], elementRef: false });
  const ids = (list) => list.map((x) => x.id);
  return JSON.stringify({
    violations: r.violations.slice(0, 200).map((v) => ({
      id: v.id, impact: v.impact, tags: v.tags, help: clip(v.help), total: v.nodes.length,
      nodes: v.nodes.slice(0, 20).map((n) => ({
        target: clip(n.target.map((t) => Array.isArray(t) ? t.join(' >>> ') : String(t)).join(' ')),
        html: clip(n.html), summary: clip(n.failureSummary)
      }))
    })),
    passed: ids(r.passes).concat(ids(r.inapplicable))
  });
})()"#;

/// axe-core's script, read once per run.
pub struct Axe {
    source: String,
    /// axe's own translation of its messages (`locales/zh_CN.json`), for a
    /// Chinese report.
    locale: Option<String>,
}

/// What axe said about one page.
pub struct Checked {
    /// axe's answer, as JSON (`checks::facts::a11y::rendered::read` reads it).
    pub answer: String,
    /// The viewport as rendered, PNG, when asked for and not too large.
    pub screenshot: Option<Vec<u8>>,
    pub requests: u32,
}

/// Where axe-core's `axe.min.js` is: where the environment variable
/// `GOVAUDIT_AXE_CORE` or else the config's `[a11y] axe_core` says (the
/// file or the package's folder; a wrong one is reported, not replaced by
/// another found elsewhere), otherwise `node_modules/` in the working
/// directory, then npm's global folders. `Err` says where it looked.
pub fn find_axe(configured: Option<&Path>) -> Result<PathBuf, String> {
    let named = std::env::var_os("GOVAUDIT_AXE_CORE").map(PathBuf::from).or(configured.map(Path::to_owned));
    if let Some(named) = named {
        return script_in(named.clone()).ok_or_else(|| format!("{}: no {SCRIPT}", named.display()));
    }
    std::iter::once(PathBuf::from("node_modules/axe-core"))
        .chain(npm_global_roots().into_iter().map(|root| root.join("axe-core")))
        .find_map(script_in)
        .ok_or_else(String::new)
}

/// The script at `path`: the file itself, or `axe.min.js` in that folder.
fn script_in(path: PathBuf) -> Option<PathBuf> {
    let script = if path.is_dir() { path.join(SCRIPT) } else { path };
    script.is_file().then_some(script)
}

/// npm's global `node_modules` folders, as `npm root -g` would say without
/// running npm: a prefix from the environment or `~/.npmrc`, the prefix of
/// the `node` on the PATH, then the system's (Debian's npm installs to
/// `/usr/local`, its own packages live in `/usr/lib`).
fn npm_global_roots() -> Vec<PathBuf> {
    let mut prefixes: Vec<PathBuf> = ["npm_config_prefix", "NPM_CONFIG_PREFIX"]
        .iter()
        .filter_map(|v| std::env::var_os(v).map(PathBuf::from))
        .collect();
    if let Some(home) = std::env::var_os("HOME") {
        let npmrc = Path::new(&home).join(".npmrc");
        if let Ok(text) = std::fs::read_to_string(npmrc) {
            prefixes.extend(text.lines().filter_map(|l| {
                let (key, value) = l.split_once('=')?;
                (key.trim() == "prefix")
                    .then(|| PathBuf::from(value.trim().replace("${HOME}", &home.to_string_lossy())))
            }));
        }
    }
    if let Some(path) = std::env::var_os("PATH") {
        // `<prefix>/bin/node` → `<prefix>`.
        prefixes.extend(
            std::env::split_paths(&path)
                .filter(|dir| dir.join("node").is_file())
                .filter_map(|dir| dir.parent().map(Path::to_owned))
                .take(1),
        );
    }
    let mut roots: Vec<PathBuf> = prefixes.into_iter().map(|p| p.join("lib/node_modules")).collect();
    roots.extend(["/usr/local/lib/node_modules", "/usr/lib/node_modules"].map(PathBuf::from));
    roots
}

impl Axe {
    /// Reads the script at `path`; `chinese` also reads axe's Chinese
    /// messages beside it, when the package has them.
    pub fn load(path: &Path, chinese: bool) -> Result<Axe, String> {
        let read = |p: &Path| -> Result<String, String> {
            let size = std::fs::metadata(p).map_err(|e| e.to_string())?.len();
            if size > MAX_SCRIPT_BYTES {
                return Err(format!("{}: {size} bytes is too large", p.display()));
            }
            std::fs::read_to_string(p).map_err(|e| format!("{}: {e}", p.display()))
        };
        let source = read(path)?;
        if !source.contains("axe") {
            return Err(format!("{}: not axe-core", path.display()));
        }
        let locale = chinese
            .then(|| path.parent().map(|dir| dir.join("locales/zh_CN.json")))
            .flatten()
            .and_then(|p| read(&p).ok())
            .filter(|json| serde_json::from_str::<serde_json::Value>(json).is_ok());
        Ok(Axe { source, locale })
    }

    /// Opens `url`, runs axe in it once it is loaded, and takes a
    /// screenshot when `screenshot` says so for axe's answer.
    pub async fn check(
        &self,
        renderer: &Renderer,
        url: &Url,
        gate: Gate,
        screenshot: impl FnOnce(&str) -> bool,
    ) -> Result<Checked, String> {
        let visit = renderer.open(url, gate).await?;
        let answer = tokio::time::timeout(RUN_BUDGET, self.run(&visit.page)).await;
        let answer = match answer {
            Ok(Ok(answer)) => Ok(answer),
            Ok(Err(e)) => Err(e),
            Err(_) => Err(format!("axe-core took more than {} s", RUN_BUDGET.as_secs())),
        };
        let png = match &answer {
            Ok(answer) if screenshot(answer) => {
                let params = ScreenshotParams::builder().format(CaptureScreenshotFormat::Png).build();
                tokio::time::timeout(RUN_BUDGET, visit.page.screenshot(params))
                    .await
                    .ok()
                    .and_then(Result::ok)
                    .filter(|png| png.len() <= MAX_SCREENSHOT_BYTES)
            }
            _ => None,
        };
        let (requests, _, _) = visit.close().await;
        Ok(Checked { answer: answer?, screenshot: png, requests })
    }

    async fn run(&self, page: &chromiumoxide::Page) -> Result<String, String> {
        let evaluate = |expression: String, wait: bool| {
            EvaluateParams::builder()
                .expression(expression)
                .await_promise(wait)
                .return_by_value(true)
                .build()
                .map_err(|e| e.to_string())
        };
        page.evaluate_expression(evaluate(self.source.clone(), false)?).await.map_err(|e| e.to_string())?;
        if let Some(locale) = &self.locale {
            let configure = format!("axe.configure({{ locale: {locale} }})");
            // Without its translation axe still answers, in English.
            let _ = page.evaluate_expression(evaluate(configure, false)?).await;
        }
        let result =
            page.evaluate_expression(evaluate(RUN.to_owned(), true)?).await.map_err(|e| e.to_string())?;
        result.into_value::<String>().map_err(|e| format!("axe-core's answer: {e}"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_package_folder_or_the_file_names_axe() {
        let dir = tempfile::tempdir().unwrap();
        let package = dir.path().join("axe-core");
        std::fs::create_dir(&package).unwrap();
        assert_eq!(script_in(package.clone()), None, "no script in it");
        std::fs::write(package.join(SCRIPT), "var axe = {};").unwrap();
        assert_eq!(script_in(package.clone()), Some(package.join(SCRIPT)));
        assert_eq!(script_in(package.join(SCRIPT)), Some(package.join(SCRIPT)));
    }

    #[test]
    fn only_a_script_that_is_axe_is_loaded_with_its_chinese_messages() {
        let dir = tempfile::tempdir().unwrap();
        let script = dir.path().join(SCRIPT);
        std::fs::write(&script, "console.log(1)").unwrap();
        assert!(Axe::load(&script, true).is_err());
        std::fs::write(&script, "var axe = {};").unwrap();
        assert!(Axe::load(&script, true).unwrap().locale.is_none());
        std::fs::create_dir(dir.path().join("locales")).unwrap();
        std::fs::write(dir.path().join("locales/zh_CN.json"), r#"{"lang": "zh_CN"}"#).unwrap();
        assert!(Axe::load(&script, true).unwrap().locale.is_some());
        assert!(Axe::load(&script, false).unwrap().locale.is_none());
    }
}
