//! The wrong-word checks, one per grade: `content.serious-error` (严重),
//! `content.suspect-word` (疑似), and `content.typo` (一般, in the area's
//! folder since before the grades). All three read the same pass of the
//! run's lexicon over the page ([`PageDoc::word_hits`]); each keeps the
//! words of its grade.

pub mod serious_error;
pub mod suspect_word;

use std::collections::BTreeSet;
use std::sync::Arc;

use crate::check::{CheckInfo, Finding};
use crate::facts::attachment::{AttachmentWord, Extracted};
use crate::facts::crawl::TargetId;
use crate::facts::lexicon::{Grade, Lexicon, WordHit, scan_text};
use crate::facts::page::{PageDoc, PageIssue};
use crate::lang::Lang;
use crate::model::site::SiteContext;

/// The check that reports wrong words of `grade`: also what a word found
/// outside a page's HTML (an attachment's text, through
/// [`crate::facts::lexicon::scan_text`]) is reported as.
pub fn check_for(grade: Grade) -> &'static CheckInfo {
    match grade {
        Grade::Serious => &serious_error::INFO,
        Grade::Ordinary => &crate::content::typo::INFO,
        Grade::Suspect => &suspect_word::INFO,
    }
}

/// Where a wrong word was found, as its detail says it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Place {
    Page,
    /// An attachment's text.
    File,
}

impl Place {
    fn word(self) -> &'static str {
        match self {
            Place::Page => "page",
            Place::File => "file",
        }
    }
}

/// A wrong word's detail, in the words of its grade's check: what to
/// write instead, the entry's note where it has one (an ordinary typo's
/// correction says enough), and how often it appears.
pub fn detail(lang: Lang, hit: &WordHit, place: Place) -> String {
    let n = &hit.note;
    let (wrong, right, note, count, place) =
        ((&n.wrong).into(), (&n.right).into(), (&n.note).into(), hit.count.into(), place.word().into());
    // Message ids stay literal, one call each, so the translation tests see
    // every id and the variables it is given.
    match (n.grade, n.note.is_empty()) {
        (Grade::Ordinary, _) => lang.word_with(
            "content-typo-detail",
            &[("wrong", wrong), ("right", right), ("count", count), ("place", place)],
        ),
        (Grade::Serious, true) => lang.word_with(
            "content-serious-error-detail",
            &[("wrong", wrong), ("right", right), ("count", count), ("place", place)],
        ),
        (Grade::Serious, false) => lang.word_with(
            "content-serious-error-detail-note",
            &[("wrong", wrong), ("right", right), ("note", note), ("count", count), ("place", place)],
        ),
        (Grade::Suspect, true) => lang.word_with(
            "content-suspect-word-detail",
            &[("wrong", wrong), ("right", right), ("count", count), ("place", place)],
        ),
        (Grade::Suspect, false) => lang.word_with(
            "content-suspect-word-detail-note",
            &[("wrong", wrong), ("right", right), ("note", note), ("count", count), ("place", place)],
        ),
    }
}

/// One issue per wrong word of `grade` on the page, for the grade's check:
/// the sentence around its first occurrence as evidence, the entry for
/// the report's grade, correction and source.
pub(crate) fn issues(doc: &PageDoc<'_>, grade: Grade) -> Vec<PageIssue> {
    let check = check_for(grade).id;
    doc.word_hits()
        .iter()
        .filter(|h| h.note.grade == grade)
        .map(|h| PageIssue {
            check,
            evidence: h.sentence.as_str().into(),
            word: Some(Arc::clone(&h.note)),
            detail: Some(detail(doc.lang(), h, Place::Page).into()),
            ..PageIssue::default()
        })
        .collect()
}

/// Distinct wrong words kept per attachment: a file full of one
/// misspelling is one finding, and a garbled file cannot flood the report.
const WORDS_PER_FILE: usize = 20;

/// The lexicon's words in an attachment's text, scanned part by part (a
/// PDF page, a row, a paragraph) so each word keeps the place of its
/// first occurrence; counts add up over the file.
pub fn in_attachment(lexicon: &Lexicon, extracted: &Extracted) -> Vec<AttachmentWord> {
    let mut found: Vec<AttachmentWord> = Vec::new();
    for part in &extracted.parts {
        for hit in scan_text(lexicon, &part.text) {
            if let Some(word) = found.iter_mut().find(|w| w.hit.note.wrong == hit.note.wrong) {
                word.hit.count += hit.count;
            } else if found.len() < WORDS_PER_FILE {
                found.push(AttachmentWord { hit, location: part.location.clone() });
            }
        }
    }
    found
}

/// The wrong words of `info`'s grade in the site's attachments, one
/// finding per word and file: the first page linking the file as `page`,
/// the file as `target`, where the word first appears as `location`.
/// Empty for any check that is not a wrong-word check.
pub fn attachment_findings(ctx: &SiteContext<'_>, info: &CheckInfo) -> Vec<Finding> {
    let of_check = |w: &&AttachmentWord| check_for(w.hit.note.grade).id == info.id;
    let files: BTreeSet<TargetId> = ctx
        .crawl
        .attachments
        .iter()
        .filter(|a| a.words.iter().any(|w| of_check(&w)))
        .map(|a| a.target)
        .collect();
    if files.is_empty() {
        return Vec::new();
    }
    let linking = crate::content::pii_attachment::linking_pages(ctx, &files);
    let mut out = Vec::new();
    for scan in ctx.crawl.attachments.iter().filter(|a| files.contains(&a.target)) {
        let page = linking.get(&scan.target).and_then(|pages| pages.first()).cloned();
        for word in scan.words.iter().filter(of_check) {
            let note = &word.hit.note;
            out.push(Finding {
                page: page.clone(),
                target: Some(ctx.crawl.target(scan.target).url.clone()),
                detail: detail(ctx.lang, &word.hit, Place::File),
                evidence: word.hit.sentence.clone(),
                location: Some(crate::content::pii_attachment::place(&word.location, ctx.lang)),
                grade: Some(note.grade),
                correction: Some(note.right.clone()).filter(|r| !r.is_empty()),
                source: Some(note.source.clone()),
                ..Finding::new(info.id, info.severity)
            });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::Severity;

    #[test]
    fn each_grade_has_its_check() {
        let got: Vec<(&str, Severity)> = [Grade::Serious, Grade::Ordinary, Grade::Suspect]
            .into_iter()
            .map(|g| (check_for(g).id, check_for(g).severity))
            .collect();
        assert_eq!(
            got,
            [
                ("content.serious-error", Severity::Deduction),
                ("content.typo", Severity::Deduction),
                ("content.suspect-word", Severity::Notice),
            ]
        );
    }
}
