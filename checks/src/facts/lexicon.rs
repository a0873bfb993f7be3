//! The wrong-word lexicon and the one pass that finds its words in a text.
//!
//! Each entry says a wrong form, what to write instead, how grave it is
//! ([`Grade`]: 严重, 一般, 疑似, as monitoring platforms grade them), why,
//! and where the entry comes from. The entries are data: the files in
//! `checks/lexicon/` built into the binary ([`builtin`]), the user's
//! `[content] words` file and `[content.typos]` table, all in one format
//! ([`parse`]). Every wrong form goes into one Aho-Corasick automaton, built
//! once for the run ([`Lexicon::new`]), so a page costs one pass whatever
//! the number of entries.
//!
//! No segmentation: where a wrong form is also the junction of two right
//! words (`东北` + `朝鲜族` reads `北朝鲜`), the entry lists those longer
//! texts as exceptions, checked only around a hit. [`scan_text`] is what a
//! page check or the attachment scanner calls on a text; [`page_text`] is
//! the text of a page as the content checks read it.

use std::collections::BTreeMap;
use std::sync::Arc;

use aho_corasick::AhoCorasick;
use schemars::JsonSchema;
use serde::Serialize;

use crate::facts::page::PageDoc;

/// How grave a wrong word is, as monitoring platforms grade them.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum Grade {
    /// 严重: the country's or a national body's name, an important
    /// statement or a politically wrong phrasing.
    Serious,
    /// 一般: an ordinary typo.
    #[default]
    Ordinary,
    /// 疑似: probably wrong, for a person to confirm.
    Suspect,
}

impl Grade {
    /// A grade as a lexicon file writes it (Chinese or English).
    pub fn parse(text: &str) -> Option<Grade> {
        match text.trim() {
            "严重" | "serious" => Some(Grade::Serious),
            "一般" | "ordinary" => Some(Grade::Ordinary),
            "疑似" | "suspect" => Some(Grade::Suspect),
            _ => None,
        }
    }

    /// The grade as report.json writes it.
    pub fn as_str(self) -> &'static str {
        match self {
            Grade::Serious => "serious",
            Grade::Ordinary => "ordinary",
            Grade::Suspect => "suspect",
        }
    }
}

/// What a finding says about a wrong word: the entry as people read it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct WordNote {
    pub wrong: String,
    /// What to write instead; empty when there is nothing to suggest.
    pub right: String,
    pub grade: Grade,
    /// Why it is wrong (may be empty).
    pub note: String,
    /// Where the entry comes from.
    pub source: String,
}

/// One lexicon line: the note, and the texts in which the wrong form is
/// right (each contains the wrong form).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct WordEntry {
    pub note: WordNote,
    pub except: Vec<String>,
}

/// What is wrong with a lexicon line.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LineProblem {
    /// No `→` (or `->`) between the wrong and the right form.
    NoArrow,
    /// The wrong form is empty.
    EmptyWrong,
    /// The right form contains the wrong one: every correct text would match.
    RightContainsWrong,
    /// A grade other than 严重, 一般, 疑似 (serious, ordinary, suspect).
    UnknownGrade(String),
    /// An exception that does not contain the wrong form.
    ExceptionWithoutWrong(String),
    /// More than the five fields after the arrow's right side.
    TooManyFields,
}

/// A bad line of a lexicon file, 1-based.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LexiconError {
    pub line: usize,
    pub problem: LineProblem,
}

/// The files of `checks/lexicon/`, with their names for errors.
const BUILTIN: [(&str, &str); 3] = [
    ("checks/lexicon/serious.txt", include_str!("../../lexicon/serious.txt")),
    ("checks/lexicon/typo.txt", include_str!("../../lexicon/typo.txt")),
    ("checks/lexicon/suspect.txt", include_str!("../../lexicon/suspect.txt")),
];

/// The lexicon shipped with govaudit.
pub fn builtin() -> Vec<WordEntry> {
    BUILTIN
        .iter()
        .flat_map(|(name, text)| match parse(text, name) {
            Ok(entries) => entries,
            // The shipped files are proven by a test; this cannot happen in
            // a released binary.
            Err(e) => panic!("{name}:{}: invalid built-in lexicon line: {:?}", e.line, e.problem),
        })
        .collect()
}

/// Reads a lexicon file: one entry a line,
/// `错词 → 正词 | 等级 | 说明 | 出处 | 例外1、例外2`, everything after the
/// right form optional (grade 一般, the source `default_source`); `#`
/// starts a comment line. The first bad line is the error.
pub fn parse(text: &str, default_source: &str) -> Result<Vec<WordEntry>, LexiconError> {
    let mut entries = Vec::new();
    for (i, line) in text.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let entry =
            parse_line(line, default_source).map_err(|problem| LexiconError { line: i + 1, problem })?;
        entries.push(entry);
    }
    Ok(entries)
}

fn parse_line(line: &str, default_source: &str) -> Result<WordEntry, LineProblem> {
    let (wrong, rest) = line.split_once('→').or_else(|| line.split_once("->")).ok_or(LineProblem::NoArrow)?;
    let mut fields = rest.split('|').map(str::trim);
    let right = fields.next().unwrap_or_default();
    let grade = fields.next().unwrap_or_default();
    let note = fields.next().unwrap_or_default();
    let source = fields.next().unwrap_or_default();
    let except = fields.next().unwrap_or_default();
    if fields.next().is_some() {
        return Err(LineProblem::TooManyFields);
    }
    entry(wrong, right, grade, note, source, except, default_source)
}

/// One entry from its fields, checked: what [`parse`] and the config's
/// `[content.typos]` build entries with.
pub fn entry(
    wrong: &str,
    right: &str,
    grade: &str,
    note: &str,
    source: &str,
    except: &str,
    default_source: &str,
) -> Result<WordEntry, LineProblem> {
    let (wrong, right) = (wrong.trim(), right.trim());
    if wrong.is_empty() {
        return Err(LineProblem::EmptyWrong);
    }
    if right.contains(wrong) {
        return Err(LineProblem::RightContainsWrong);
    }
    let grade = match grade.trim() {
        "" => Grade::Ordinary,
        g => Grade::parse(g).ok_or_else(|| LineProblem::UnknownGrade(g.to_owned()))?,
    };
    let except: Vec<String> =
        except.split('、').map(str::trim).filter(|e| !e.is_empty()).map(str::to_owned).collect();
    if let Some(bad) = except.iter().find(|e| !e.contains(wrong)) {
        return Err(LineProblem::ExceptionWithoutWrong(bad.clone()));
    }
    let source = if source.trim().is_empty() { default_source } else { source.trim() };
    Ok(WordEntry {
        note: WordNote {
            wrong: wrong.to_owned(),
            right: right.to_owned(),
            grade,
            note: note.trim().to_owned(),
            source: source.to_owned(),
        },
        except,
    })
}

/// An entry ready to match: its note, shared by every finding it makes,
/// and its exceptions with where the wrong form sits in each.
#[derive(Debug)]
struct Compiled {
    note: Arc<WordNote>,
    except: Vec<(String, usize)>,
}

/// The run's lexicon: every entry and one automaton over their wrong forms.
#[derive(Debug, Default)]
pub struct Lexicon {
    entries: Vec<Compiled>,
    matcher: Option<AhoCorasick>,
}

impl Lexicon {
    /// The entries in order; a later entry with the same wrong form
    /// replaces an earlier one (the user's words override the shipped).
    pub fn new(entries: impl IntoIterator<Item = WordEntry>) -> Lexicon {
        let by_wrong: BTreeMap<String, WordEntry> =
            entries.into_iter().map(|e| (e.note.wrong.clone(), e)).collect();
        let entries: Vec<Compiled> = by_wrong
            .into_values()
            .map(|e| {
                let wrong = &e.note.wrong;
                let except = e
                    .except
                    .iter()
                    .flat_map(|x| x.match_indices(wrong.as_str()).map(move |(at, _)| (x.clone(), at)))
                    .collect();
                Compiled { note: Arc::new(e.note), except }
            })
            .collect();
        // A DFA: Chinese text gives the automaton's prefilter nothing to
        // skip (every character starts with the same few bytes), and the
        // DFA reads a page twice as fast as the default choice. A user's
        // lexicon too large for one falls back to the default; building
        // that fails only past its size limits, far beyond any word list,
        // and then nothing is found rather than the audit failing.
        let wrongs = || entries.iter().map(|e| &e.note.wrong);
        let matcher = AhoCorasick::builder()
            .kind(Some(aho_corasick::AhoCorasickKind::DFA))
            .build(wrongs())
            .or_else(|_| AhoCorasick::new(wrongs()))
            .ok();
        Lexicon { entries, matcher }
    }

    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// Every entry's note, sorted by wrong form.
    pub fn notes(&self) -> impl Iterator<Item = &WordNote> {
        self.entries.iter().map(|e| &*e.note)
    }
}

/// One wrong word found in a text: the entry, how often, and the sentence
/// around its first occurrence.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct WordHit {
    pub note: Arc<WordNote>,
    pub count: usize,
    /// Byte offset of the first occurrence.
    pub at: usize,
    /// The sentence around the first occurrence, the word in 【】, long
    /// digit runs masked.
    pub sentence: String,
}

/// Every lexicon word in `text`, in order of first occurrence: one pass of
/// the automaton; an occurrence inside one of its entry's exceptions does
/// not count.
pub fn scan_text(lexicon: &Lexicon, text: &str) -> Vec<WordHit> {
    let Some(matcher) = lexicon.matcher.as_ref() else { return Vec::new() };
    let mut seen: Vec<Option<(usize, usize, usize)>> = vec![None; lexicon.entries.len()];
    for m in matcher.find_overlapping_iter(text) {
        let entry = &lexicon.entries[m.pattern().as_usize()];
        if excepted(text, m.start(), &entry.except) {
            continue;
        }
        match &mut seen[m.pattern().as_usize()] {
            Some((_, _, count)) => *count += 1,
            slot @ None => *slot = Some((m.start(), m.end(), 1)),
        }
    }
    let mut hits: Vec<WordHit> = lexicon
        .entries
        .iter()
        .zip(seen)
        .filter_map(|(entry, seen)| {
            let (start, end, count) = seen?;
            Some(WordHit {
                note: Arc::clone(&entry.note),
                count,
                at: start,
                sentence: crate::facts::text::mask_numbers(&sentence(text, start, end)),
            })
        })
        .collect();
    hits.sort_by_key(|h| h.at);
    hits
}

/// Whether the occurrence at `start` lies inside one of its exceptions.
fn excepted(text: &str, start: usize, except: &[(String, usize)]) -> bool {
    except.iter().any(|(context, offset)| {
        start
            .checked_sub(*offset)
            .and_then(|from| text.get(from..))
            .is_some_and(|t| t.starts_with(context.as_str()))
    })
}

/// Characters of a sentence kept on each side of a word at most.
const SENTENCE_CHARS: usize = 40;

/// Where a sentence ends; a block boundary of the page is a line break.
fn ends_sentence(c: char) -> bool {
    matches!(c, '。' | '！' | '？' | '!' | '?' | '；' | ';' | '\n')
}

/// The sentence around `text[start..end]`, the word in 【】, `…` where the
/// sentence was cut to [`SENTENCE_CHARS`].
fn sentence(text: &str, start: usize, end: usize) -> String {
    let mut before: Vec<char> = Vec::new();
    let mut cut_before = false;
    for c in text[..start].chars().rev() {
        if ends_sentence(c) {
            break;
        }
        if before.len() == SENTENCE_CHARS {
            cut_before = true;
            break;
        }
        before.push(c);
    }
    let mut after = String::new();
    let mut cut_after = false;
    for (n, c) in text[end..].chars().enumerate() {
        if c == '\n' {
            break;
        }
        if n == SENTENCE_CHARS {
            cut_after = true;
            break;
        }
        after.push(c);
        if ends_sentence(c) {
            break;
        }
    }
    let before: String = before.into_iter().rev().collect();
    let (lead, tail) = (if cut_before { "…" } else { "" }, if cut_after { "…" } else { "" });
    format!("{lead}{}【{}】{}{tail}", before.trim_start(), &text[start..end], after.trim_end())
}

/// A page's text as the wrong-word checks read it: its `<title>`, then its
/// visible text. Text nodes inside one block are joined without a space
/// (Chinese has none, and markup inside a word, `中华人民<b>共合国</b>`,
/// must not hide it); blocks are separated by a line break, so that a word
/// never spans two table cells or list items.
pub fn page_text(doc: &PageDoc<'_>) -> String {
    let mut text = String::new();
    let title = doc.dom.tagged("title").find(|e| {
        e.el.parent().and_then(scraper::ElementRef::wrap).is_some_and(|p| p.value().name() == "head")
    });
    if let Some(title) = title {
        text.extend(title.el.text().map(str::trim));
        text.push('\n');
    }
    let breaks = doc.dom.breaks_before();
    for (i, segment) in doc.segments().iter().enumerate() {
        if breaks.get(i).copied().unwrap_or(true) && !text.is_empty() && !text.ends_with('\n') {
            text.push('\n');
        }
        text.push_str(segment.text.trim());
    }
    text
}

#[cfg(test)]
mod tests;
