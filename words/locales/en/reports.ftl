### The words of the reports: summary.md (md-), the HTML scorecard (html-), the ranking (ranking-), junit.xml (junit-).
### Every message has a Chinese twin of the same id and variables in zh/reports.ftl.

## scorecard.html: the HTML scorecard

html-kicker = Government website inspection report
html-not-scored-note = This site was not scored: no rubric applied. The problems found are still listed below.
html-truncated-note = A page or time limit stopped the crawl early: the problems found are a lower bound.
html-address = Address
html-audit-day = Audit day
html-crawled = Crawled
html-rubric = Rubric
html-site-kind = Site kind
html-crawl = Crawl
html-home-page-s-newest-item = Home page's newest item
html-policy-interpretation = Policy interpretation
html-below-target = {" "}(below target)
html-vetoed-total-note = Vetoed: the total is for information only
html-veto-banner = Veto (单项否决): the site fails the inspection
html-colon = :{" "}
html-unconfirmed = {" "}(unconfirmed)
html-fired = fired
html-clear = clear
html-not-assessed = not assessed
html-vetoes = Vetoes
html-id = Id
html-veto = Veto
html-result = Result
html-evidence = Evidence
html-findings = Findings
html-to-confirm = to confirm
html-scores = Scores
html-by-index = By index
html-points-lost-per-indicator = Points lost per indicator
html-indicators = Indicators
html-index = Index
html-weight = Weight
html-lost = Lost
html-score = Score
html-not-scored = not scored
html-indicator = Indicator
html-indicator-index = Index
html-uncapped = Uncapped
html-notes = Notes
html-capped = capped
html-unconfirmed-tag = unconfirmed
html-column-updates = Column updates
html-no-columns-were-found = No columns were found.
html-no-freshness-chart = No column has both an update limit and a dated item.
html-blank-columns = Blank columns
html-undated-columns = Columns with no dated item (count as not updated)
html-freshness-caption = One bar per column: days since its newest item as a share of its limit; the dashed line is the limit, red bars are overdue.
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
html-official-new-media-accounts = Official new-media accounts
html-official-accounts-fail-veto = Official accounts: fail (veto)
html-official-accounts-pass = Official accounts: pass
html-official-accounts-not-assessed = Official accounts: not assessed (no account could be evaluated)
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
html-identity-marks = Identity marks on the home page
html-mark-name = Mark
html-value-on-the-page = Value on the page
html-present-no-written-value = present (no written value)
html-missing = missing
html-kind-no-services = { $kind }; no public services: scored without the service indicators, scaled to full marks
html-policy-share = { $count } ({ $percent }){ $below }
html-policy = { $documents } policy documents of the last year: interpreted { $interpreted }, with a diversified interpretation { $diversified }; county plan target { $target }
html-crawl-size = { $pages } pages, { $links } link targets checked ({ $dead } dead), { $requests } requests, { $seconds } s
html-crawl-skipped = ; { $skipped } not requested (robots.txt, exclusions, off-site…)
html-crawl-blocked = ; { $blocked } answered with an anti-bot challenge and could not be assessed
html-lost-and-bonus = Lost { $lost }; bonus { $bonus }
html-unassessed-points = { $points } points of indicators no check measures yet await a person
html-freshness-caption-more = { $caption } The { $drawn } most overdue are drawn; the other { $rest } are in the table.
html-column-list-label = { $label } ({ $count }):{" "}
html-list-separator = ,{" "}
html-accounts-summary = { $accounts } accounts, { $evaluated } evaluated, { $stale } stale.
html-problems-intro = { $total } { $total ->
    [one] finding
   *[other] findings
}, grouped by the rule that scored them; each group lists at most { $max }, findings.csv has them all. “Seen” is the audit day.
html-problems-more = { $rest } more in findings.csv
html-group-veto = { $id } { $title } (veto)
html-group-rule = Rule { $id }
html-group-points-lost = { $lost } of { $weight } points lost
html-group-count = { $count ->
    [one] { $count } finding
   *[other] { $count } findings
}
html-group-summary = { $count }; { $cost }
html-problems-found = Problems found
html-no-problems-found = No problems found.
html-row-number = No.
html-problem = Problem
html-page-and-target = Page and target
html-status = Status
html-location-and-evidence = Location and evidence
html-seen = Seen
html-notices = Notices
html-how-to-fix = How to fix
html-severity-veto = veto
html-severity-deduction = deduction
html-severity-notice = notice
html-finding-column = Column:{" "}
html-finding-account = Account:{" "}
html-finding-mark = Mark:{" "}
html-not-bound-to-a-page = (not bound to a page)
html-tag-home-page = home page
html-tag-external = external
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
