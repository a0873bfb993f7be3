### The words of scoring: the rubric as `govaudit rules` lists it (score-), the evidence of each veto (veto-), the counts vetoes test (metric-).
### Every message has a Chinese twin of the same id and variables in zh/scoring.ftl.
### Fluent trims spaces at the start and end of a message; {" "} keeps one where it belongs. Points are formatted by the code and passed as text.

## govaudit rules: the rubric, line by line

# The settings; $unconfirmed is empty or score-unconfirmed

score-scale = full marks { $total } · pass mark { $pass-mark } · bonus gate { $bonus-gate } · bonus up to (portals only) { $bonus-total }{ $unconfirmed }
score-grades = grades: { $grades }{ $unconfirmed }
score-freshness = freshness limits (days): home page { $homepage } · news { $news } · notices { $notice } · policy { $policy } · personnel { $personnel } · planning { $planning }{ $unconfirmed }
score-unconfirmed = {" "}(unconfirmed)
score-source = source: { $source }

# Vetoes

score-vetoes-heading = Vetoes (any one fails the site)
score-veto-accounts = {" "}[official accounts]
score-fires-when = fires when: { $conditions }
score-conditions-separator = ; or{" "}
score-decided-by-person = decided by a person
score-condition-lead = { $check } (a lead only)
score-condition-found = { $check } found
score-condition-at-least = { $check } ≥ { $count } findings
score-condition-at-least-distinct = { $check } ≥ { $count } findings (those of one check with the same evidence count once)
score-condition-availability = availability probes (govaudit monitor) reach the parameters' failure ratio
score-veto-without-services = not applied to a site scored without public services (service = false)
score-parameters = parameters: { $parameters }

# Deduction indicators; $note is empty or score-index-without-services

score-indicators-heading = Deduction indicators (weight = most points lost)
score-index = { $title } [{ $id }] { $points } points{ $note }
score-index-without-services = ; left out, and the rest scaled up, for a site without services
score-indicator = { $title } — { $points } points{ $unconfirmed }
score-indicator-manual = scored by a person (no automatic check yet)
score-point-rule = { $check }{ $when }: per finding { $points }

## The evidence of each veto (report.json's evidence)

veto-separator = ;{" "}
veto-decided-by-person = decided by a person: { $reason }
veto-metric = { $metric } { $value } (veto at { $at-least })
veto-leads = leads: { $leads }
veto-leads-to-check = leads for a person to check: { $leads }
veto-no-lead = no lead in this audit; a person decides it (record the decision in [scoring] vetoes)
veto-no-automatic-check = a person decides: no automatic check covers it yet (record the decision in [scoring] vetoes)
veto-without-services = the site is scored without public services (75 × 4/3), so this veto is not applied; record a decision in [scoring] vetoes if one is needed
veto-year-assumed = a person should confirm: some list dates give no year and nothing on the site decides it (year assumed); were those dates a year older, this veto would fire
veto-no-pages = no page was crawled, so it cannot be judged
veto-no-homepage-list = no dated list was found on the home page or its second-level pages, so it cannot be judged
veto-no-leaders-page = no leaders page (领导信息) was found, so it cannot be judged
veto-first-of = { $first } ({ $count } in all)
veto-none-found = no “{ $check }” finding
veto-below = { $count } “{ $check }” findings (veto at { $at-least })

# Availability monitoring (V2); $share and $line are percentages

veto-availability-too-few = not enough monitoring: { $days } days of at least { $per-day } probes a day are needed (govaudit monitor); { $full } so far
veto-availability = { $probes } probes over { $days } days, { $failures } failed ({ $share }%, veto at { $line }%)
veto-availability-close = { $probes } probes over { $days } days, { $failures } failed ({ $share }%, veto at { $line }%), close to the line

## The counts vetoes test

metric-stale-news-or-first-level-notice-policy = stale news and first-level notice and policy columns
metric-stale-columns = columns that should be updated and are not
metric-blank-columns = blank columns

# warnings: planned downtime windows of veto V2 ([[maintenance]])
# $from, $to: start and end; $reason; $excluded: probes not counted
veto-availability-maintenance = ; planned downtime { $from } to { $to } ({ $reason }): { $excluded } probes not counted
