//! The scorecard's review section (复核): how many findings were withdrawn
//! (核减) and by whom, the false alarms (误报), the known problems (已知) and
//! until when, the marks that lapsed and those whose problem is gone — an
//! evaluator must be able to defend every deduction and every withdrawal.
//! Each marked finding shows its mark in its row (see `problems`).

use checks::review::{MarkRef, Review, ReviewState, ReviewSummary};
use maud::{Markup, html};

use super::Ctx;
use super::common::{NL, url};

/// The section, for a site some mark applied to.
pub(super) fn section(review: &ReviewSummary, cx: &Ctx<'_>) -> Markup {
    let lang = cx.lang;
    let by = review.withdrawn_by_phrase(lang);
    html! {
        section aria-labelledby=(cx.id("review")) {
            h2 id=(cx.id("review")) { (lang.word("review-heading")) }
            ul {
                li {
                    (lang.word_with("review-withdrawn-count", &[("count", review.withdrawn.into())]))
                    @if !by.is_empty() { (lang.word("review-colon")) (by) }
                }
                li { (lang.word_with("review-false-alarms-count", &[("count", review.false_alarms.into())])) }
                li {
                    (lang.word_with("review-known-count", &[("count", review.known.into())]))
                    @if let Some(until) = &review.known_until {
                        (lang.word("review-colon")) (lang.word_with("review-known-first-lapses", &[("until", until.as_str().into())]))
                    }
                }
            }
            @if !review.expired.is_empty() {
                h3 { (lang.word_with("review-expired-heading", &[("count", review.expired.len().into())])) }
                (marks(&review.expired, cx))
            }
            @if !review.resolved.is_empty() {
                h3 { (lang.word_with("review-resolved-heading", &[("count", review.resolved.len().into())])) }
                (marks(&review.resolved, cx))
            }
        }
        (NL)
    }
}

fn marks(marks: &[MarkRef], cx: &Ctx<'_>) -> Markup {
    html! {
        ul {
            @for m in marks {
                li {
                    code { (m.fingerprint) } " " (m.kind.name(cx.lang)) " · " (m.reviewer)
                    @if !m.reason.is_empty() { " · " (m.reason) }
                    @if let Some(until) = &m.until { " · " (cx.lang.word_with("review-until-day", &[("until", until.as_str().into())])) }
                    @if let Some(check) = &m.check { " · " code { (check) } }
                    @if let Some(page) = &m.page { " · " (url(page)) }
                }
            }
        }
    }
}

/// A finding's mark, in its row: kind (or "expired"), reviewer, reason,
/// until when.
pub(super) fn mark(review: &Review, cx: &Ctx<'_>) -> Markup {
    let lang = cx.lang;
    html! {
        div.review {
            span.tag {
                (review.kind.name(lang))
                @if review.state == ReviewState::Expired { (lang.word("review-expired-tag")) }
            }
            " " (review.reviewer)
            @if !review.reason.is_empty() { (lang.word("review-colon")) (review.reason) }
            @if let Some(until) = &review.until { " · " (lang.word_with("review-until-day", &[("until", until.as_str().into())])) }
        }
    }
}
