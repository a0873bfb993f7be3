//! The ranking table of several sites (排名表): by verdict, then score.

use crate::Lang;
use crate::audit::SiteAudit;
use crate::scorecard::{RankRow, Ranking, VetoStatus};

use super::rubric::Rubric;

/// One site to rank and where its scorecard is.
pub struct Entry<'a> {
    pub site: &'a SiteAudit,
    /// The scorecard's path relative to the ranking file.
    pub scorecard: Option<String>,
}

/// Ranks sites: passing and failing sites by total; vetoed sites after
/// them, all sharing one rank (a veto fails a site whatever it scores, so
/// their totals do not order them), then unscored sites, likewise. Sites
/// with the same total share a rank (1, 1, 3). Names break ties in order.
pub fn rank(as_of: &str, rubric: &Rubric, lang: Lang, entries: &[Entry<'_>]) -> Ranking {
    let mut rows: Vec<RankRow> = entries.iter().map(row).collect();
    // Within the vetoed and unscored tiers the total does not count.
    let key = |r: &RankRow| (tier(r), if tier(r) == 0 { r.total } else { 0.0 });
    rows.sort_by(|a, b| {
        let (ka, kb) = (key(a), key(b));
        ka.0.cmp(&kb.0)
            .then(kb.1.total_cmp(&ka.1))
            .then_with(|| a.name.cmp(&b.name))
            .then_with(|| a.root.cmp(&b.root))
    });
    let mut previous: Option<((u8, f64), u32)> = None;
    for (i, row) in rows.iter_mut().enumerate() {
        let k = key(row);
        row.rank = match previous {
            Some((p, rank)) if p == k => rank,
            _ => i as u32 + 1,
        };
        previous = Some((k, row.rank));
    }
    Ranking {
        as_of: as_of.to_owned(),
        rubric_name: rubric.name(lang).to_owned(),
        indices: rubric.indices.iter().map(|i| (i.id.clone(), i.title.get(lang).to_owned())).collect(),
        rows,
    }
}

/// 0: scored and not vetoed; 1: vetoed; 2: not scored.
fn tier(row: &RankRow) -> u8 {
    match (row.grade.is_empty(), row.vetoed) {
        (true, _) => 2,
        (false, true) => 1,
        (false, false) => 0,
    }
}

fn row(entry: &Entry<'_>) -> RankRow {
    let site = entry.site;
    let mut row = RankRow {
        rank: 0,
        name: site.name.clone(),
        root: site.root.clone(),
        kind: String::new(),
        total: 0.0,
        grade: String::new(),
        grade_label: String::new(),
        passed: false,
        vetoed: false,
        indices: Vec::new(),
        veto_reasons: Vec::new(),
        new_media: site.new_media.clone(),
        scorecard: entry.scorecard.clone(),
    };
    if let Some(score) = &site.score {
        row.kind = score.kind.clone();
        row.total = score.total;
        row.grade = score.grade.clone();
        row.grade_label = score.grade_label.clone();
        row.passed = score.passed;
        row.vetoed = score.vetoed;
        row.indices = score.indices.iter().filter(|i| !i.excluded).map(|i| (i.id.clone(), i.score)).collect();
        row.veto_reasons = score
            .vetoes
            .iter()
            .filter(|v| v.status == VetoStatus::Fired)
            .map(|v| format!("{} {}", v.id, v.title))
            .collect();
    }
    row
}
