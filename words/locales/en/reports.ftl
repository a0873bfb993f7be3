### The words of the reports: summary.md (md-), the HTML scorecard (html-), the ranking (ranking-), junit.xml (junit-).
### Every message has a Chinese twin of the same id and variables in zh/reports.ftl.
### Fluent trims spaces at the start and end of a message; {" "} keeps one where it belongs.

## scorecard.html: the HTML scorecard

# The page: title and footer

html-document-title-site = { $site } — Government website inspection report ({ $as-of })
html-document-title-sites = Government website inspection report ({ $sites } sites, { $as-of })
html-footer-schema = schema
html-footer-source = generated from report.json; every finding is in findings.csv

# The header: the site in brief and the verdict

html-kicker = Government website inspection report
html-address = Address
html-audit-day = Audit day
html-crawled = Crawled
html-rubric = Rubric
html-site-kind = Site kind
html-kind-no-services = { $kind }; no public services: scored without the service indicators, scaled to full marks
html-crawl = Crawl
html-crawl-size = { $pages } pages, { $links } link targets checked ({ $dead } dead), { $requests } requests, { $seconds } s
html-crawl-skipped = ; { $skipped } not requested (robots.txt, exclusions, off-site…)
html-crawl-blocked = ; { $blocked } answered with an anti-bot challenge and could not be assessed
html-home-page-newest = Home page's newest item
html-policy-interpretation = Policy interpretation
html-policy = { $documents } policy documents of the last year: interpreted { $interpreted }, with a diversified interpretation { $diversified }; county plan target { $target }
html-policy-share = { $count } ({ $percent }){ $below }
html-below-target = {" "}(below target)
html-gauge-title = Total { $total } of { $scale } (pass mark { $mark })
html-lost-and-bonus = Lost { $lost }; bonus { $bonus }
html-vetoed-total-note = Vetoed: the total is for information only
html-unassessed-points = { $points } points of indicators no check measures yet await a person
html-not-scored-note = This site was not scored: no rubric applied. The problems found are still listed below.
html-truncated-note = A page or time limit stopped the crawl early: the problems found are a lower bound.
html-veto-banner = Veto (单项否决): the site fails the inspection
html-colon = :{" "}
html-unconfirmed = {" "}(unconfirmed)

# Labels used in several places: site kinds, column categories, verdicts

html-kind-portal = Portal
html-kind-department = Department site
html-kind-township = Township site
html-category-news = News
html-category-notice = Notices
html-category-policy = Policy documents
html-category-personnel = Personnel
html-category-planning = Plans
html-category-interaction = Interaction
html-category-other = Other
html-verdict-vetoed = Fail (veto)
html-verdict-pass = Pass
html-verdict-fail = Fail
html-fired = fired
html-clear = clear
html-not-assessed = not assessed
html-not-scored = not scored
html-list-separator = ,{" "}
html-chart-summary-separator = ;{" "}

# The veto table

html-vetoes = Vetoes
html-id = Id
html-veto = Veto
html-result = Result
html-evidence = Evidence
html-findings = Findings
html-to-confirm = to confirm

# Scores: indices, indicators and the points-lost chart

html-scores = Scores
html-by-index = By index
html-points-lost-per-indicator = Points lost per indicator
html-indicators = Indicators
html-index = Index
html-weight = Weight
html-lost = Lost
html-score = Score
html-indicator = Indicator
html-indicator-index = Index
html-uncapped = Uncapped
html-notes = Notes
html-capped = capped
html-unconfirmed-tag = unconfirmed
html-bars-legend = red: lost · grey: weight · hatched: capped
html-bars-caption = Points lost against each indicator's weight; the numbers are in the indicator table below.
# The full-width colon is what the English scorecard has always shown; changing it changes the report.
html-bars-summary-item = { $indicator }：{ $value }
html-bars-lost = −{ $lost } / { $weight }
html-bars-lost-capped = −{ $lost } / { $weight }, capped ({ $uncapped } uncapped)
html-bars-not-assessed = not assessed (scored by hand)

# Column updates and the freshness chart

html-column-updates = Column updates
html-no-columns-were-found = No columns were found.
html-no-freshness-chart = No column has both an update limit and a dated item.
html-freshness-title = Days since each column's newest item, against its limit
html-freshness-axis = Age of the newest item as a share of the limit
html-freshness-limit = limit
html-freshness-caption = One bar per column: days since its newest item as a share of its limit; the dashed line is the limit, red bars are overdue.
html-freshness-caption-more = { $caption } The { $drawn } most overdue are drawn; the other { $rest } are in the table.
html-age = { $column }: { $days } days since the last item (limit { $limit })
html-age-overdue = { $column }: { $days } days since the last item (limit { $limit }, overdue)
html-age-days = { $days }d
html-blank-columns = Blank columns
html-undated-columns = Columns with no dated item (count as not updated)
html-column-list-label = { $label } ({ $count }):{" "}
html-column = Column
html-category = Category
html-items = Items
html-newest-item = Newest item
html-limit-days = Limit (days)
html-due = Due
html-state = State
html-year-assumed = {" "}(year assumed)
html-overdue = overdue
html-blank = blank
html-exempt = exempt
html-no-limit = no limit
html-current = current
html-read-from-a-rendered-page = read from a rendered page
html-built-by-script-not-read = built by script, not read
html-list-built-by-script = list built by script

# Official new-media accounts

html-official-new-media-accounts = Official new-media accounts
html-official-accounts-fail-veto = Official accounts: fail (veto)
html-official-accounts-pass = Official accounts: pass
html-official-accounts-not-assessed = Official accounts: not assessed (no account could be evaluated)
html-accounts-summary = { $accounts } accounts, { $evaluated } evaluated, { $stale } stale.
html-account = Account
html-platform = Platform
html-unit = Unit
html-posts = Posts
html-newest-post = Newest post
html-account-qr-only = listed by QR code only, no link: add its URL under [[accounts]]
html-unreachable = unreachable
html-account-overdue = overdue
html-not-evaluated = not evaluated
html-zombie = zombie

# Identity marks on the home page

html-identity-marks = Identity marks on the home page
html-mark-name = Mark
html-value-on-the-page = Value on the page
html-present-no-written-value = present (no written value)
html-missing = missing

# Inspections over time

html-trend-heading = Inspections over time
html-trend-since-last = Since the last inspection ({ $as-of }, run #{ $run }): { $new } new problems, { $fixed } fixed, { $open } still open.
html-trend-diff-hint = (govaudit diff lists them)
html-trend-first = This is the site's first inspection in the history database.
html-trend-title = Scores: { $scores }
html-trend-not-scored = not scored

# The problem tables

html-problems-found = Problems found
html-no-problems-found = No problems found.
html-notices = Notices
html-problems-intro = { $total } { $total ->
    [one] finding
   *[other] findings
}, grouped by the rule that scored them; each group lists at most { $max }, findings.csv has them all. “Seen” is the audit day.
html-group-veto = { $id } { $title } (veto)
html-group-rule = Rule { $id }
html-group-points-lost = { $lost } of { $weight } points lost
html-group-count = { $count ->
    [one] { $count } finding
   *[other] { $count } findings
}
html-group-summary = { $count }; { $cost }
html-problems-more = { $rest } more in findings.csv
html-how-to-fix = How to fix
html-row-number = No.
html-problem = Problem
html-page-and-target = Page and target
html-status = Status
html-location-and-evidence = Location and evidence
html-finding-rendered = found by axe-core in a browser (--render)
html-finding-screenshot = page screenshot
html-seen = Seen
html-severity-veto = veto
html-severity-deduction = deduction
html-severity-notice = notice
html-finding-column = Column:{" "}
html-finding-account = Account:{" "}
html-finding-mark = Mark:{" "}
html-finding-source = Source:{" "}
html-finding-place = In the file:{" "}
html-not-bound-to-a-page = (not bound to a page)
html-tag-home-page = home page
html-tag-external = external

## summary.md: the Markdown summary for CI

md-title = govaudit audit summary (as of { $as-of })
md-since-last = Since the last inspection ({ $as-of }): { $new } new · { $fixed } fixed · { $open } still open
md-new-media = { $mark } **Official accounts**: { $verdict } · { $accounts } accounts, { $evaluated } evaluated, { $stale } stale{ $vetoes }
md-new-media-vetoes = {" "}· vetoes: { $vetoes }
md-list-separator = ;{" "}
md-below-pass-mark = failed: below the pass mark of { $mark }
md-verdict-vetoed = { $mark } **{ $grade }** · { $outcome } · deductions for information only: { $total } / { $scale }
md-verdict = { $mark } **{ $total } / { $scale }** · grade: { $grade } · { $outcome }
md-unassessed = {" "}· { $points } points of indicators await a person's scoring
md-crawl = { $root } · pages { $pages } · links { $links }
md-colon = :{" "}
md-capped = { $cell } (capped; uncapped { $uncapped })
md-problem-page = {" "}· page { $url }
md-problem-target = {" "}· target { $url }
md-severity-counts = **Findings**: veto { $veto } · deduction { $deduction } · notice { $notice }
md-not-assessed-list = Not assessed: { $vetoes }
md-to-confirm = {" "}(to confirm)
md-full-scorecard = Full scorecard (HTML)
md-new-media-fail = fail
md-new-media-pass = pass
md-new-media-not-assessed = not assessed (no account could be evaluated)
md-not-scored = Not scored
md-passed = passed
md-failed-vetoed = failed: vetoed
md-crawl-truncated = {" "}· ⚠️ crawl stopped early: findings are a lower bound
md-vetoes = Vetoes
md-indicators-that-lost-points = Indicators that lost points
md-indicators-table-head = | Indicator | Lost / weight | Findings |
md-no-problems-found = No problems found.
md-top-problems = Top problems

## ranking.html: the ranking of several sites

ranking-document-title = Government website ranking ({ $as-of })
ranking-rubric = Rubric: { $rubric }
ranking-day-and-count = Audit day: { $as-of }; { $sites } sites. Sites with the same total and verdict share a rank.
ranking-new-media = { $verdict }: { $accounts } accounts, { $evaluated } evaluated, { $stale } stale
ranking-title = Government website ranking
ranking-footer = generated from each site's report.json
ranking-rank = Rank
ranking-site = Site
ranking-address = Address
ranking-kind = Kind
ranking-total = Total
ranking-grade = Grade
ranking-veto-reasons = Veto reasons
ranking-official-accounts = Official accounts
ranking-list-separator = ;{" "}
ranking-new-media-fail = fail (veto)
ranking-new-media-pass = pass
ranking-new-media-not-assessed = not assessed

## junit.xml: test results for CI

junit-veto-fired = veto: { $evidence }
junit-uncapped = {" "}(uncapped { $uncapped })
junit-lost = lost { $lost } / { $weight } points{ $capped }, { $count } findings
junit-more = … and { $more } more, see report.json
junit-not-scored = not scored
junit-excluded = excluded: the site is scored without public services
junit-not-measured = not measured by this version; a person scores it

# workdays (issue 21 §3): the consultations summary in the scorecard
html-replies-title = Reply times
html-replies = { $timed } messages of the last year answered within 3 months: { $prompt } within 1 working day ({ $percent }), { $over } after more than { $limit } working days. { $calendar }
html-replies-calendar-shipped = { $year } counted with the State Council's holiday arrangement ({ $notice })
html-replies-calendar-config = { $year } counted with the configured holiday arrangement
html-replies-calendar-fallback = { $year } not shipped: counted Monday to Friday

## Deliverables (issue 21 §4): the report.xlsx workbook and the report.docx inspection notice

office-group-veto = { $id } { $title } (veto)
office-group-rule = Rubric rule { $id }
office-group-notices = Notices (no points)
office-not-scored = Not scored
office-not-scored-excluded = Not scored
office-yes = yes
office-no = no
xlsx-title = Government website inspection ({ $as-of })
xlsx-sheet-summary = Summary
xlsx-sheet-columns = Columns
xlsx-sheet-accounts = Official accounts
xlsx-sheet-ranking = Ranking
xlsx-rows-cut = { $rows } more rows exceed Excel's row limit and are not listed; report.json and findings.csv have them all
xlsx-cell-cut = … (cut at Excel's cell length limit; report.json has the full text)
xlsx-item = Item
xlsx-value = Value
xlsx-status = Status
xlsx-evidence = Evidence
xlsx-count = Findings
xlsx-weight = Weight
xlsx-points-lost = Lost
xlsx-points-left = Score
xlsx-site = Site
xlsx-address = Address
xlsx-as-of = Inspection date
xlsx-pages = Pages crawled
xlsx-findings = Findings
xlsx-rubric = Rubric
xlsx-score = Total
xlsx-grade = Grade
xlsx-verdict = Verdict
xlsx-vetoes = Vetoes
xlsx-indicators = Indicators
xlsx-rule = Indicator
xlsx-check = Check
xlsx-check-id = Check id
xlsx-severity = Severity
xlsx-page = Page
xlsx-target = Link or object
xlsx-detail = Problem
xlsx-location = Location
xlsx-due = Fix by
xlsx-owner = Owner
xlsx-column = Column
xlsx-category = Category
xlsx-level = Level
xlsx-items = Items
xlsx-latest = Latest
xlsx-limit-days = Limit (days)
xlsx-stale = Stale
xlsx-blank = Blank
xlsx-exempt = Exempt
xlsx-account = Account
xlsx-platform = Platform
xlsx-unit = Unit
xlsx-posts = Posts
xlsx-reachable = Reachable
xlsx-state = State
xlsx-listed-on = Listed on
xlsx-accounts-failed = Official accounts
xlsx-accounts-failed-cell = { $accounts } accounts, { $failed } not updated
docx-title = Notice on the inspection of the { $site } website
docx-title-roster = Notice on the inspection of { $sites } websites
docx-scope = As required by the General Office of the State Council's inspection indicators for government websites and new media (国办秘函〔2019〕19号), { $site } ({ $root }) was inspected on { $as-of }: { $pages } pages crawled, { $links } links checked. The results follow.
docx-scope-roster = As required by the General Office of the State Council's inspection indicators for government websites and new media (国办秘函〔2019〕19号), { $sites } websites were inspected on { $as-of } under "{ $rubric }". The results follow.
docx-part-number = { $n }.{" "}
docx-sub-number = ({ $n }){" "}
docx-results = Results
docx-problems = Problems found
docx-fix = What to fix by when
docx-result = Score { $total } of { $scale }, grade "{ $grade }": { $verdict }.
docx-result-vetoed = A veto applies: the result is "{ $grade }" (the points, for information only: { $total }).
docx-veto = Veto
docx-veto-evidence = Details
docx-no-problems = No problems found.
docx-more = { $rest } more { $rest ->
        [one] problem is
       *[other] problems are
    } not listed; see report.xlsx.
docx-fix-intro = { $site } is asked to fix each problem above by the day in the table below (where no other day is set, within { $days } working days of the inspection, that is by { $day }) and to report what was done to the inspectors.
docx-number = No.
docx-signature = Government website inspection team
docx-group-lost = { $title } (points lost: { $lost }; { $count } { $count ->
        [one] problem
       *[other] problems
    })
docx-group = { $title } ({ $count } { $count ->
        [one] problem
       *[other] problems
    })
docx-page = page: { $page }
docx-target = link: { $target }
docx-location = location: { $location }
docx-evidence = evidence: { $evidence }
docx-finding = { $n }. { $problem } ({ $where })
docx-new-media = Official new-media accounts: { $verdict }. { $accounts } accounts, { $evaluated } evaluated, { $stale } not updated.
office-grade-verdict = { $grade } ({ $verdict })
office-problem = { $check }: { $detail }
docx-finding-bare = { $n }. { $problem }
docx-date = { $day } { $month ->
    [1] January
    [2] February
    [3] March
    [4] April
    [5] May
    [6] June
    [7] July
    [8] August
    [9] September
    [10] October
    [11] November
   *[12] December
} { $year }

## Review (false alarm, withdrawn, known), the scorecard and findings.csv

review-heading = Review
review-fingerprint = fingerprint{" "}
review-colon = {": "}
review-separator = {", "}
# $count: findings
review-withdrawn-count = { $count } withdrawn
# $reviewer: who; $count: findings
review-withdrawn-by-one = { $reviewer } { $count }
review-false-alarms-count = { $count ->
    [one] 1 false alarm
   *[other] { $count } false alarms
}
review-known-count = { $count } known (accepted for now)
# $until: the day
review-known-first-lapses = the first lapses on { $until }
review-until-day = accepted until { $until }
review-expired-heading = { $count ->
    [one] 1 expired known mark (counted again)
   *[other] { $count } expired known marks (counted again)
}
review-resolved-heading = { $count ->
    [one] 1 resolved mark (not found this run)
   *[other] { $count } resolved marks (not found this run)
}
review-expired-tag = {" "}(expired)
# $rest: marked findings not listed
review-more-marked = … { $rest } more marked findings in the scorecard and findings.csv

# Review marks in the deliverables (lead, after the merge of issue 21)
office-group-reviewed = Not counted after review (false alarms, withdrawn, known)
docx-review = review: { $kind } ({ $reviewer }: { $reason })
xlsx-fingerprint = Fingerprint
xlsx-review = Review
xlsx-reviewer = Reviewer
xlsx-review-reason = Reason
xlsx-review-until = Accepted until
xlsx-review-expired = { $kind } (expired)
docx-review-line = After review, { $withdrawn } findings were withdrawn{ $by ->
    [none] {""}
   *[other] {" "}({ $by })
}, { $false-alarms } were false alarms and { $known } are accepted as known; they cost no points and are listed at the end of the problems.
