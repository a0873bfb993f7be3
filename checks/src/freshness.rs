//! V4's column counts in the report's [`Freshness`], from the model's
//! columns: the step from the model to the report, above the checks.

use crate::audit::Freshness;
use crate::model::column::Column;

/// Fills in V4's counts, as scoring needs them.
pub fn count_into(columns: &[Column], f: &mut Freshness) {
    for col in columns.iter().filter(|c| !c.exempt) {
        if col.blank {
            f.blank += 1;
        }
        if col.stale_if_years_older {
            f.stale_if_years_older += 1;
            if col.counts_for_v4a() {
                f.stale_news_or_first_level_notice_policy_if_years_older += 1;
            }
        }
        if col.stale {
            f.stale += 1;
            if col.counts_for_v4a() {
                f.stale_news_or_first_level_notice_policy += 1;
            }
        }
    }
}
