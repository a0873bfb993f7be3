//! The wrong-word checks, one per grade: `content.serious-error` (严重),
//! `content.suspect-word` (疑似), and `content.typo` (一般, in the area's
//! folder since before the grades). All three read the same pass of the
//! run's lexicon over the page ([`PageDoc::word_hits`]); each keeps the
//! words of its grade.

pub mod serious_error;
pub mod suspect_word;

use std::sync::Arc;

use crate::check::CheckInfo;
use crate::facts::lexicon::{Grade, WordHit};
use crate::facts::page::{PageDoc, PageIssue};

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

/// One issue per wrong word of `grade` on the page, for the grade's check:
/// the sentence around its first occurrence as evidence, the entry for
/// the report's grade, correction and source.
pub(crate) fn issues(doc: &PageDoc<'_>, grade: Grade, detail: impl Fn(&WordHit) -> String) -> Vec<PageIssue> {
    let check = check_for(grade).id;
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
