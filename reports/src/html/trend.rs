//! The site's history on the scorecard: the last scores as a line chart,
//! and what changed since the previous inspection.

use checks::scorecard::{History, TrendPoint};
use maud::{Markup, html};

use super::Ctx;
use super::common::{NL, points};

const LINE: &str = "#3b6fb6";
const RED: &str = "#b3261e";
const GRID: &str = "#c9d1d9";
const MUTED: &str = "#57606a";

/// The trend chart and the since-last counts; nothing for a first run.
pub(super) fn section(history: &History, scale: f64, cx: &Ctx<'_>) -> Markup {
    html! {
        section aria-labelledby=(cx.id("history")) {
            h2 id=(cx.id("history")) { (cx.lang.word("html-trend-heading")) }
            @if let Some(since) = &history.since_last {
                p {
                    (cx.lang.word_with("html-trend-since-last", &[
                        ("as-of", (&since.as_of).into()),
                        ("run", since.run.into()),
                        ("new", since.new.into()),
                        ("fixed", since.fixed.into()),
                        ("open", since.still_open.into()),
                    ]))
                    " "
                    span.muted { (cx.lang.word("html-trend-diff-hint")) }
                }
            } @else {
                p.muted { (cx.lang.word("html-trend-first")) }
            }
            @if history.trend.len() > 1 { (chart(&history.trend, scale, cx)) }
        }
        (NL)
    }
}

/// Scores as a line over the runs; an unscored run is a gap, a vetoed one
/// a red point.
fn chart(trend: &[TrendPoint], scale: f64, cx: &Ctx<'_>) -> Markup {
    const W: f64 = 640.0;
    const H: f64 = 180.0;
    const LEFT: f64 = 40.0;
    const TOP: f64 = 10.0;
    const BOTTOM: f64 = 30.0;
    let scale = if scale > 0.0 { scale } else { 100.0 };
    let step = (W - LEFT - 20.0) / (trend.len().max(2) - 1) as f64;
    let x = |i: usize| LEFT + step * i as f64;
    let y = |v: f64| TOP + (H - TOP - BOTTOM) * (1.0 - (v / scale).clamp(0.0, 1.2) / 1.2);
    let mut path = String::new();
    let mut pen_down = false;
    for (i, p) in trend.iter().enumerate() {
        match p.total {
            Some(total) => {
                path += &format!("{}{:.1} {:.1} ", if pen_down { "L" } else { "M" }, x(i), y(total));
                pen_down = true;
            }
            None => pen_down = false,
        }
    }
    let title = cx.id("trend-t");
    let described: Vec<String> = trend
        .iter()
        .map(|p| {
            format!("{} {}", p.as_of, p.total.map_or_else(|| cx.lang.word("html-trend-not-scored"), points))
        })
        .collect();
    html! {
        svg xmlns="http://www.w3.org/2000/svg" viewBox=(format!("0 0 {W} {H}")) width="100%" role="img" aria-labelledby=(title) {
            title id=(title) { (cx.lang.word_with("html-trend-title", &[("scores", described.join(&cx.lang.word("html-chart-summary-separator")).into())])) }
            @for mark in [0.0, 0.6, 1.0] {
                line x1=(LEFT) x2=(W - 10.0) y1=(format!("{:.1}", y(mark * scale))) y2=(format!("{:.1}", y(mark * scale))) stroke=(GRID) stroke-dasharray="3 3" {}
                text x="4" y=(format!("{:.1}", y(mark * scale) + 4.0)) font-size="11" fill=(MUTED) { (points(mark * scale)) }
            }
            path d=(path.trim_end()) fill="none" stroke=(LINE) stroke-width="2" {}
            @for (i, p) in trend.iter().enumerate() {
                @if let Some(total) = p.total {
                    circle cx=(format!("{:.1}", x(i))) cy=(format!("{:.1}", y(total))) r="4" fill=(if p.vetoed { RED } else { LINE }) {}
                    text x=(format!("{:.1}", x(i))) y=(format!("{:.1}", y(total) - 8.0)) font-size="11" text-anchor="middle" { (points(total)) }
                }
                // `MM-DD` under the point (the year is in the title): twelve
                // full dates would run into each other.
                text x=(format!("{:.1}", x(i))) y=(format!("{:.1}", H - 10.0)) font-size="11" text-anchor="middle" fill=(MUTED) { (p.as_of.get(5..).unwrap_or(&p.as_of)) }
            }
        }
    }
}
