//! The wrong-word checks, one per grade: `content.serious-error` (严重),
//! `content.suspect-word` (疑似), and `content.typo` (一般, in the area's
//! folder since before the grades). All three read the same pass of the
//! run's lexicon over the page ([`PageDoc::word_hits`]); each keeps the
//! words of its grade.

pub mod serious_error;
pub mod suspect_word;

use std::sync::Arc;

use crate::facts::lexicon::{Grade, WordHit};
use crate::facts::page::{PageDoc, PageIssue};

/// One issue per wrong word of `grade` on the page: the sentence around
/// its first occurrence as evidence, the entry for the report's grade,
/// correction and source.
pub(crate) fn issues(
    doc: &PageDoc<'_>,
    check: &'static str,
    grade: Grade,
    detail: impl Fn(&WordHit) -> String,
) -> Vec<PageIssue> {
    doc.word_hits()
        .iter()
        .filter(|h| h.note.grade == grade)
        .map(|h| PageIssue {
            check,
            evidence: h.sentence.as_str().into(),
            word: Some(Arc::clone(&h.note)),
            detail: Some(detail(h).into()),
            ..PageIssue::default()
        })
        .collect()
}
