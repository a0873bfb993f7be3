//! The scorecard's three charts, drawn as inline SVG by hand: a score gauge,
//! points lost per indicator, and column freshness.
//!
//! Coordinates are written with one decimal so the same audit gives the same
//! bytes. Every chart is an `img` with a `<title>` and a `<desc>` that says
//! in words what it shows; the tables next to it carry the same numbers.
//! SVG elements are always written with a closing tag (`{}`), since the HTML
//! parser does not treat `<rect …>` inside `<svg>` as void.

use std::f64::consts::PI;

use checks::audit::Column;
use checks::scorecard::{IndicatorScore, Score};
use maud::{Markup, html};

use super::Ctx;
use super::common::{NL, points};

const RED: &str = "#b3261e";
const GREEN: &str = "#1a7f37";
const BLUE: &str = "#3b6fb6";
const TRACK: &str = "#e3e7ec";
const GRID: &str = "#c9d1d9";
const INK: &str = "#1f2328";
const MUTED: &str = "#57606a";

/// A coordinate, with the fixed precision that keeps output deterministic.
fn c(x: f64) -> String {
    let s = format!("{x:.1}");
    if s == "-0.0" { "0.0".to_owned() } else { s }
}

/// A rough width of `ch` in ems: wide (CJK) characters take one, Latin ones
/// about half. Enough to keep a label from running into its bar.
fn em(ch: char) -> f64 {
    if ch.is_ascii() { 0.56 } else { 1.0 }
}

/// `s` on one line, cut with `…` to about `max_em` ems. SVG text does not
/// wrap; the full text is in the element's `<title>` and in the tables.
fn fit(s: &str, max_em: f64) -> String {
    let one_line = s.chars().map(|ch| if ch.is_control() { ' ' } else { ch });
    if s.chars().map(em).sum::<f64>() <= max_em {
        return one_line.collect();
    }
    let mut width = 0.0;
    let mut out: String = one_line
        .take_while(|&ch| {
            width += em(ch);
            width <= max_em - 1.0
        })
        .collect();
    out.push('…');
    out
}

/// The total on a half ring from 0 to the rubric's scale, with a tick at
/// the pass mark. Red when the site fails, whatever the number.
pub(super) fn gauge(score: &Score, cx: &Ctx<'_>) -> Markup {
    const CX: f64 = 120.0;
    const CY: f64 = 132.0;
    const R: f64 = 95.0;
    let fraction = |v: f64| if score.scale > 0.0 { (v / score.scale).clamp(0.0, 1.0) } else { 0.0 };
    // Angle π is the left end (0 points), 0 the right end (full marks).
    let at = |f: f64, r: f64| {
        let a = PI * (1.0 - f);
        (c(CX + r * a.cos()), c(CY - r * a.sin()))
    };
    let arc_to = |f: f64| {
        let ((x0, y0), (x1, y1)) = (at(0.0, R), at(f, R));
        format!("M{x0} {y0} A{R} {R} 0 0 1 {x1} {y1}")
    };
    let filled = fraction(score.total);
    let pass = fraction(score.pass_mark);
    let ((tx0, ty0), (tx1, ty1), (lx, ly)) = (at(pass, R - 15.0), at(pass, R + 15.0), at(pass, R + 26.0));
    let colour = if score.passed { GREEN } else { RED };
    let (title, scale, mark) = (cx.id("gauge-t"), points(score.scale), points(score.pass_mark));
    let label = cx.lang.word_with(
        "html-gauge-title",
        &[("total", points(score.total).into()), ("scale", (&scale).into()), ("mark", (&mark).into())],
    );
    html! {
        svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 240 150" width="240" height="150" role="img" aria-labelledby=(title) {
            title id=(title) { (label) }
            path d=(arc_to(1.0)) fill="none" stroke=(TRACK) stroke-width="20" {}
            @if filled > 0.0 {
                path d=(arc_to(filled)) fill="none" stroke=(colour) stroke-width="20" {}
            }
            line x1=(tx0) y1=(ty0) x2=(tx1) y2=(ty1) stroke=(INK) stroke-width="2" {}
            text x=(lx) y=(ly) font-size="11" fill=(MUTED) text-anchor="middle" dominant-baseline="middle" { (mark) }
            text x=(c(CX)) y=(c(CY - 20.0)) font-size="36" font-weight="700" fill=(colour) text-anchor="middle" { (points(score.total)) }
            text x=(c(CX)) y=(c(CY + 2.0)) font-size="13" fill=(MUTED) text-anchor="middle" { "/ " (scale) }
        }
    }
}

/// Layout of the indicator chart, in SVG units.
mod bars {
    pub const LABEL_RIGHT: f64 = 296.0;
    pub const X: f64 = 308.0;
    pub const WIDTH: f64 = 330.0;
    pub const VALUE_X: f64 = X + WIDTH + 10.0;
    pub const TOTAL_WIDTH: f64 = VALUE_X + 190.0;
    pub const TOP: f64 = 26.0;
    pub const ROW: f64 = 26.0;
    pub const BAR: f64 = 14.0;
}

/// Points lost per indicator against its weight, one row each (indicators
/// of weight 0 carry no points and are left out). A lost bar is hatched
/// when the indicator hit its cap, that is, its findings would cost more.
pub(super) fn indicator_bars(score: &Score, cx: &Ctx<'_>) -> Markup {
    let rows: Vec<&IndicatorScore> = score.indicators.iter().filter(|i| i.weight > 0.0).collect();
    let Some(max) = rows.iter().map(|i| i.weight).reduce(f64::max) else { return html! {} };
    let px = |v: f64| v.clamp(0.0, max) / max * bars::WIDTH;
    let height = bars::TOP + rows.len() as f64 * bars::ROW + 6.0;
    let (title, desc, hatch) = (cx.id("bars-t"), cx.id("bars-d"), cx.id("hatch"));
    let summary: Vec<String> = rows
        .iter()
        .map(|i| {
            cx.lang.word_with(
                "html-bars-summary-item",
                &[("indicator", (&i.title).into()), ("value", indicator_value(i, cx).into())],
            )
        })
        .collect();
    html! {
        figure {
            svg xmlns="http://www.w3.org/2000/svg" viewBox={ "0 0 " (c(bars::TOTAL_WIDTH)) " " (c(height)) }
                width=(c(bars::TOTAL_WIDTH)) height=(c(height)) role="img" aria-labelledby={ (title) " " (desc) } {
                title id=(title) { (cx.lang.word("html-points-lost-per-indicator")) }
                desc id=(desc) { (summary.join(&cx.lang.word("html-chart-summary-separator"))) }
                defs {
                    pattern id=(hatch) width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)" {
                        rect width="6" height="6" fill=(RED) {}
                        line x1="0" y1="0" x2="0" y2="6" stroke="#fff" stroke-width="2.5" {}
                    }
                }
                text x=(c(bars::X)) y="14" font-size="12" fill=(MUTED) {
                    (cx.lang.word("html-bars-legend"))
                }
                (NL)
                @for (n, indicator) in rows.iter().enumerate() {
                    (indicator_row(indicator, bars::TOP + n as f64 * bars::ROW, &px, &hatch, cx)) (NL)
                }
            }
            figcaption { (cx.lang.word("html-bars-caption")) }
        }
        (NL)
    }
}

/// Whether the cap held the indicator's loss down.
fn capped(i: &IndicatorScore) -> bool {
    i.uncapped > i.lost + 0.005
}

/// The words beside a bar: `扣 3 / 3，已封顶（未封顶 4.2）`.
fn indicator_value(i: &IndicatorScore, cx: &Ctx<'_>) -> String {
    if i.excluded {
        return cx.lang.word("html-not-scored");
    }
    if !i.assessed {
        return cx.lang.word("html-bars-not-assessed");
    }
    let (lost, weight) = (points(i.lost), points(i.weight));
    if capped(i) {
        let uncapped = points(i.uncapped);
        cx.lang.word_with(
            "html-bars-lost-capped",
            &[("lost", lost.into()), ("weight", weight.into()), ("uncapped", uncapped.into())],
        )
    } else {
        cx.lang.word_with("html-bars-lost", &[("lost", lost.into()), ("weight", weight.into())])
    }
}

fn indicator_row(i: &IndicatorScore, y: f64, px: &dyn Fn(f64) -> f64, hatch: &str, cx: &Ctx<'_>) -> Markup {
    let active = i.assessed && !i.excluded;
    let fill = if capped(i) { format!("url(#{hatch})") } else { RED.to_owned() };
    let (bar_y, text_y) = (c(y + (bars::ROW - bars::BAR) / 2.0), c(y + bars::ROW / 2.0 + 4.0));
    html! {
        g {
            title { (i.title) "：" (indicator_value(i, cx)) }
            text x=(c(bars::LABEL_RIGHT)) y=(text_y) font-size="12" text-anchor="end" fill=(if active { INK } else { MUTED }) {
                (fit(&i.title, 24.0))
            }
            rect x=(c(bars::X)) y=(bar_y) width=(c(px(i.weight))) height=(c(bars::BAR)) fill=(TRACK) {}
            @if active && i.lost > 0.0 {
                rect x=(c(bars::X)) y=(bar_y) width=(c(px(i.lost))) height=(c(bars::BAR)) fill=(fill) stroke=(RED) {}
            }
            text x=(c(bars::VALUE_X)) y=(text_y) font-size="12" fill=(if active { INK } else { MUTED }) {
                (indicator_value(i, cx))
            }
        }
    }
}

/// One bar of the freshness chart: a column with a limit and a dated item.
pub(super) struct Age<'a> {
    pub(super) column: &'a Column,
    days: i64,
    limit: u32,
    /// Days over limit: 1.0 is the limit line.
    ratio: f64,
}

/// Columns with an update limit and a dated newest item, most overdue
/// first. Exempt columns are left out: they have no limit to miss.
pub(super) fn ages<'a>(columns: &'a [Column], cx: &Ctx<'_>) -> Vec<Age<'a>> {
    let Some(today) = cx.today else { return Vec::new() };
    let mut ages: Vec<Age<'a>> = columns
        .iter()
        .filter(|col| !col.exempt)
        .filter_map(|column| {
            let limit = column.limit_days?;
            let latest = super::parse_day(column.latest.as_deref()?)?;
            let days = (today - latest).num_days().max(0);
            let ratio = match limit {
                // Due every day: any age is over the line.
                0 if days > 0 => fresh::CEILING,
                0 => 0.0,
                _ => days as f64 / f64::from(limit),
            };
            Some(Age { column, days, limit, ratio })
        })
        .collect();
    // Stable: columns equally overdue keep the audit's order.
    ages.sort_by(|a, b| b.ratio.total_cmp(&a.ratio));
    ages
}

/// Bars drawn at most; the table lists every column.
pub(super) const MAX_AGE_BARS: usize = 30;

/// Layout of the freshness chart, in SVG units.
mod fresh {
    pub const LEFT: f64 = 52.0;
    pub const TOP: f64 = 34.0;
    pub const PLOT: f64 = 180.0;
    pub const BOTTOM: f64 = 64.0;
    pub const SLOT: f64 = 36.0;
    pub const BAR: f64 = 22.0;
    /// The y axis runs to twice the limit; older columns are drawn to the top.
    pub const CEILING: f64 = 2.0;
}

/// Age of each column's newest item as a share of its limit, so a 14-day
/// news column and a 365-day planning column read on one axis; the limit is
/// the line at 100 %. Overdue bars (the audit's `stale`) are red and cross
/// the line. Each bar is labelled with its age in days.
pub(super) fn freshness(ages: &[Age<'_>], cx: &Ctx<'_>) -> Markup {
    let shown = &ages[..ages.len().min(MAX_AGE_BARS)];
    let width = (fresh::LEFT + shown.len() as f64 * fresh::SLOT + 64.0).max(360.0);
    let height = fresh::TOP + fresh::PLOT + fresh::BOTTOM;
    let y = |ratio: f64| fresh::TOP + fresh::PLOT * (1.0 - ratio.clamp(0.0, fresh::CEILING) / fresh::CEILING);
    let (title, desc) = (cx.id("fresh-t"), cx.id("fresh-d"));
    let summary: Vec<String> = shown.iter().map(|a| age_words(a, cx)).collect();
    let line_end = c(fresh::LEFT + shown.len() as f64 * fresh::SLOT + 4.0);
    html! {
        svg xmlns="http://www.w3.org/2000/svg" viewBox={ "0 0 " (c(width)) " " (c(height)) } width=(c(width)) height=(c(height))
            role="img" aria-labelledby={ (title) " " (desc) } {
            title id=(title) { (cx.lang.word("html-freshness-title")) }
            desc id=(desc) { (summary.join(&cx.lang.word("html-chart-summary-separator"))) }
            text x="4" y="14" font-size="12" fill=(MUTED) { (cx.lang.word("html-freshness-axis")) }
            @for step in 0..=4u8 {
                @let ratio = f64::from(step) * 0.5;
                line x1=(c(fresh::LEFT)) y1=(c(y(ratio))) x2=(line_end) y2=(c(y(ratio))) stroke=(GRID) stroke-width="1" {}
                text x=(c(fresh::LEFT - 6.0)) y=(c(y(ratio) + 4.0)) font-size="11" fill=(MUTED) text-anchor="end" { (step * 50) "%" }
            }
            (NL)
            @for (n, age) in shown.iter().enumerate() {
                (age_bar(age, fresh::LEFT + n as f64 * fresh::SLOT, &y, cx)) (NL)
            }
            line x1=(c(fresh::LEFT)) y1=(c(y(1.0))) x2=(line_end) y2=(c(y(1.0))) stroke=(RED) stroke-width="1.5" stroke-dasharray="6 3" {}
            text x=(c(fresh::LEFT + shown.len() as f64 * fresh::SLOT + 8.0)) y=(c(y(1.0) + 4.0)) font-size="11" fill=(RED) {
                (cx.lang.word("html-freshness-limit"))
            }
        }
    }
}

/// `政策文件：已 269 天未更新（期限 183 天，超期）`.
fn age_words(a: &Age<'_>, cx: &Ctx<'_>) -> String {
    let name = a.column.name.trim();
    let (days, limit) = (a.days, a.limit);
    if a.column.stale {
        cx.lang.word_with(
            "html-age-overdue",
            &[("column", name.into()), ("days", days.into()), ("limit", limit.into())],
        )
    } else {
        cx.lang
            .word_with("html-age", &[("column", name.into()), ("days", days.into()), ("limit", limit.into())])
    }
}

fn age_bar(a: &Age<'_>, slot_x: f64, y: &dyn Fn(f64) -> f64, cx: &Ctx<'_>) -> Markup {
    let centre = slot_x + fresh::SLOT / 2.0;
    let top = y(a.ratio);
    let base = fresh::TOP + fresh::PLOT;
    let days = cx.lang.word_with("html-age-days", &[("days", a.days.into())]);
    let colour = if a.column.stale { RED } else { BLUE };
    let label_y = base + 12.0;
    html! {
        g {
            title { (age_words(a, cx)) }
            rect x=(c(centre - fresh::BAR / 2.0)) y=(c(top)) width=(c(fresh::BAR)) height=(c((base - top).max(0.5))) fill=(colour) {}
            text x=(c(centre)) y=(c(top - 4.0)) font-size="10" text-anchor="middle" fill=(if a.column.stale { RED } else { INK }) { (days) }
            text x=(c(centre + 4.0)) y=(c(label_y)) font-size="11" text-anchor="end" fill=(INK)
                transform={ "rotate(-40 " (c(centre + 4.0)) " " (c(label_y)) ")" } {
                (fit(&a.column.name, 6.0))
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_are_cut_to_one_line() {
        assert_eq!(fit("工作动态", 6.0), "工作动态");
        assert_eq!(fit("关于开展秋季防火工作的通知", 6.0), "关于开展秋…");
        assert_eq!(fit("a\nb", 6.0), "a b");
    }

    #[test]
    fn coordinates_have_one_decimal_and_no_negative_zero() {
        assert_eq!(c(12.345), "12.3");
        assert_eq!(c(-0.01), "0.0");
    }
}
