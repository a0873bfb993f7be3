//! Scoring: a rubric that is data (TOML) turned into a site's scorecard.
