### The command line's words: progress, summaries, error messages, and the output of inspect,
### monitor, history, diff, rules and the other commands.
### Message ids start with their command or module (audit-, inspect-, config-, monitor-…).
### Every message has a Chinese twin of the same id and variables in zh/cli.ftl.
### Fluent trims spaces at a message's edges; write {" "} to keep one.
### The --help texts are not here: they are doc comments in src/cli.rs (clap needs literals).
### Some English lines keep the Chinese full-width brackets and commas （，） and a double space
### of the lines they were moved from, so the output stayed byte for byte the same; fixing them
### here is a change of output, and the tests that read it.

## Shared by several commands

runtime-cannot-start = cannot start the async runtime
cli-error = error: { $message }
cli-stdout-failed = error: cannot write to standard output: { $reason }
runtime-interrupted = interrupted: the report holds only what was gathered before (truncated: true)
runtime-interrupting = interrupted: writing what was gathered (Ctrl-C again to quit now; --resume goes on later)
progress-crawl = pages { $pages } · queued { $queued } · links checked { $checked } · errors { $errors } · { $rate } pages/s
output-folder-not-writable = the report folder cannot be written { $path }
output-cannot-create-folder = cannot create the report folder { $path }
output-cannot-write = cannot write the report { $path }
render-cannot-start = could not start Chromium ({ $reason }): { $pages } column pages whose lists a script builds were not read

## inspect: one page, read and printed

inspect-file-needs-base-url = --file needs --base-url (the page's address, to resolve its relative links)
inspect-nothing-to-read = give a URL, or a saved page with --file and --base-url
inspect-unknown-format = --format { $format }: must be text or json
inspect-cannot-read-file = cannot read the file { $path }
inspect-page-file = page: { $url }（file { $file }，{ $encoding }）
inspect-page-http = page: { $url }（HTTP { $status }，{ $encoding }）
inspect-note-challenge = note: an anti-bot challenge or login page stands in for the content ({ $kind }); the audit reports it as page.blocked
inspect-note-cut = note: the page was over the size cap; only its start was read
inspect-note-nesting-cut = note: the markup nests too deep; only its start was read (page.oversize)
inspect-kind = kind: { $kind }
inspect-kind-home = home page
inspect-kind-account = official account page
inspect-kind-message-list = message list
inspect-kind-column = column (list page)
inspect-kind-article = article
inspect-kind-page = other page
inspect-title = title: { $title }
inspect-column = column: { $name }（from { $source }）
inspect-column-from-breadcrumb = breadcrumb
inspect-column-from-heading = list heading
inspect-column-from-meta = ColumnName meta (an audit ignores one shared by the site)
inspect-column-from-title = page title
inspect-published = published: { $day }
inspect-list-items = list items: { $count }
inspect-list-says-empty = the page says its list is empty
inspect-item-date = { $day }（written { $written }，{ $year-from }）
inspect-item-undated = undated
inspect-item-pinned = [pinned]
inspect-item-void = [void]
inspect-messages = messages: { $count }
inspect-message = asked { $asked } answered { $answered }  { $title }
inspect-message-pending = asked { $asked } answered { $answered } (pending)  { $title }
inspect-marks-home-only = identity marks: read on the home page only (--home reads this page as one)
inspect-marks = identity marks:
inspect-mark = { $label }: { $value }
inspect-mark-present = present
inspect-mark-not-found = not found
inspect-accounts-listed = official accounts listed: { $count }
inspect-account-qr-only = QR code only, not checkable: add its URL under [[accounts]]
inspect-account-page = account page: reader { $reader }，result { $state }，newest post { $newest }，posts { $posts }
inspect-issues = page checks that fire: { $count }
inspect-links = link targets: { $count }
inspect-more-rows = … and { $count } more (--format json shows them all)
inspect-robots-disallowed = { $url }: robots.txt disallows this page; save it from a browser and use --file
inspect-page-not-whole = the page did not arrive whole
inspect-too-many-redirects = { $url }: more redirects than { $hops }

## audit: progress and the summary at the end

audit-task-failed = an audit task failed
audit-ranking-written = ranking: { $files }
audit-run-stored = stored in the history database as run { $run } ({ $db })
audit-nothing-to-resume = nothing to resume for  { $url }; starting afresh
audit-resuming = resuming the interrupted crawl: { $answers } answers are reused, not requested again
audit-db-not-used = warning: the history database was not used: { $reason }
audit-summary-crawl = pages { $pages } · links checked { $links } · requests { $requests } · errors { $errors } · took { $seconds } s{ $truncated ->
        [yes] {" "}(truncated: findings are a lower bound)
       *[no] {""}
    }
audit-summary-not-scored = site not scored: no page could be crawled
audit-summary-accounts = official accounts { $accounts } · evaluated { $evaluated } · stale { $stale } · { $verdict }
audit-accounts-vetoed = vetoed
audit-accounts-passed = passed
audit-accounts-not-assessed = not assessed
audit-summary-skipped = not requested { $skipped } (robots.txt { $robots }) · blocked by anti-bot challenges { $blocked }
audit-summary-no-page = no page was crawled: the home page is unreachable, disallowed by robots.txt or behind an anti-bot challenge; see report.json
audit-summary-no-findings = no findings
audit-summary-findings = findings: { $list }
audit-summary-report = report: { $file }
audit-summary-reused = resumed: { $answers } answers taken from the interrupted crawl
audit-summary-not-modified = conditional requests: { $pages } pages not modified (304), read from the last crawl
# $read: attachments whose text was read; $not_modified: of them, unchanged (304), their stored text used; $cut: over a budget or unreadable
audit-summary-attachments = attachments: { $read } read ({ $not_modified } not modified, stored text used), { $cut } over a budget or unreadable
audit-summary-score = score { $total }/{ $scale } · { $grade }
audit-summary-score-vetoed = { $grade } · vetoed (deductions for information only: { $total }/{ $scale })
audit-summary-unassessed = of which { $points } points are indicators no check measures yet, for a person to score ([scoring] manual)
audit-summary-veto = veto { $id } { $title }：{ $evidence }
audit-no-url = give a URL to audit, e.g. govaudit audit http://www.example.gov.cn/
audit-sites-at-once-zero = --sites-at-once must be greater than 0
audit-accounts-name = official accounts

## leaders: errors in the leader list ([content] leaders)

leaders-cannot-read = cannot read the leader list { $path }
leaders-too-large = the leader list is too large (over 4 MB): { $path }
# $file: the list's file; $line: the line number; $reason: one of the reasons below
leaders-invalid-line = { $file } line { $line }: { $reason }
leaders-reason-fields = expected name,title,since,until, got { $count ->
    [one] { $count } field
   *[other] { $count } fields
} (separate a title's parts with 、, not commas)
leaders-reason-name = "{ $name }" is not a name (2–4 Han characters, or a name with ·)
leaders-reason-no-title = no title
leaders-reason-date = invalid date { $day }: expected YYYY-MM-DD, e.g. 2024-01-15
leaders-reason-order = until is before since

## config: errors in the config file and the flags

config-cannot-read = cannot read the config file { $path }
config-invalid = invalid config file { $place }: { $reason }
config-invalid-exclude = invalid exclude pattern { $pattern }
config-invalid-include-host = invalid include-host { $host }
config-block-list-unreadable = cannot read the block list [links] block_list { $path }
config-block-host-invalid = { $at }: invalid host name { $host }
config-accounts-only-without-accounts = --accounts-only: the config lists no [[accounts]] to audit
config-account-invalid-url = { $at }: invalid URL { $url }
config-account-unknown-platform = { $at }: platform { $platform }: choose from wechat, weibo, douyin, toutiao, kuaishou, feed, other
config-account-generic-needs-selector = { $at }: reader = "generic" needs a selector
config-account-unknown-reader = { $at }: reader { $reader }: choose from wechat-article, wechat-history, feed, weibo, toutiao, generic
config-account-selector-without-generic = { $at }: selector and date_pattern are for reader = "generic" only
config-manual-no-such-indicator = [scoring] manual.{ $id }: no such indicator in the rubric: { $rubric }
config-manual-out-of-range = [scoring] manual.{ $id } = { $points }: must be from 0 to the indicator's weight { $weight }
config-veto-no-such-veto = [scoring] vetoes.{ $id }: no such veto in the rubric: { $rubric }
config-veto-needs-reason = [scoring] vetoes.{ $id }: give the reason for the veto
config-bonus-negative = [scoring] bonus must be a number ≥ 0
config-no-services-index = [scoring] service = false: the rubric marks no index as the services one (services = true): { $rubric }
config-typo-invalid = a typo entry needs a non-empty wrong word that its right form does not contain: [content.typos] { $wrong } = { $right }
config-words-cannot-read = cannot read the words file [content] words = { $path }
config-words-invalid-line = words file { $place }: { $problem }
config-words-no-arrow = no "→" (or "->") between the wrong and the right form; the format is: wrong → right | grade | note
config-words-empty-wrong = the wrong form is empty
config-words-right-contains-wrong = the right form contains the wrong one: correct text would be reported too
config-words-unknown-grade = unknown grade "{ $grade }": write 严重, 一般 or 疑似 (serious, ordinary, suspect)
config-words-exception-without-wrong = the exception "{ $context }" does not contain the wrong form
config-words-too-many-fields = too many fields; the format is: wrong → right | grade | note | source | exceptions
config-column-invalid-pattern = invalid regular expression [[columns]] pattern { $pattern }
config-column-url-or-pattern = each [[columns]] needs exactly one of url or pattern
config-timeout-out-of-range = timeout must be more than 0 and at most 600 seconds, got { $timeout }
config-url-not-http = invalid URL { $url }: only http:// and https:// addresses can be audited
config-url-invalid = invalid URL { $url }: { $reason }. give the home page's full address, e.g. http://www.example.gov.cn/
config-invalid-date = invalid date { $day }: expected YYYY-MM-DD, e.g. 2026-11-26
config-invalid-utc-offset = invalid utc_offset { $offset }: expected a form like +08:00
config-unknown-format = unknown report format { $format }: choose from json, csv, html, md, junit, sarif, xlsx, docx
config-resolve-invalid-address = invalid address crawl.resolve.{ $host } = { $address }: expected IP:port, e.g. 127.0.0.1:8080
config-resolve-invalid-host = invalid host name crawl.resolve.{ $host }
config-out-of-range = { $key } = { $value }: must be from { $lo } to { $hi }
config-user-agent-invalid = user_agent must be non-empty and printable

## roster: errors in the list of sites (--roster)

roster-cannot-read = cannot read the roster { $path }
roster-invalid = invalid roster { $place }: { $reason }
roster-no-sites = the roster lists no [[sites]] { $path }
roster-bonus-negative = { $site }: bonus must be a number ≥ 0
roster-site-twice = { $site }: the roster lists this site twice

## monitor: home pages probed at an interval

monitor-span-invalid = { $span }: expected a span like 30m, 2h, 7d
monitor-span-unit = { $span }: the unit must be s, m, h or d
monitor-span-too-long = { $span }: too long
monitor-span-zero = { $span }: must be longer than 0
monitor-probe-not-stored = warning: a probe could not be stored: { $reason }
monitor-probe-ok = ok { $status }
monitor-probe-failed-status-error = failed HTTP { $status }: { $error }
monitor-probe-failed-status = failed HTTP { $status }
monitor-probe-failed-error = failed { $error }
monitor-probe-failed = failed
monitor-tally = total  { $url }  probes { $probes } · failed { $failed } ({ $rate } %)
monitor-status = rounds { $rounds } · probes { $probes } · failed { $failed } ({ $rate } %) · next round at { $next }

## gate: the CI gates (--fail-under, --fail-on)

gate-fail-under-accounts-only = --fail-under: with --accounts-only there is no site score; use --fail-on veto
gate-fail-under-negative = --fail-under { $score }: must be a score ≥ 0
gate-fail-on-unknown = --fail-on { $item }: neither `veto`, `new` nor a known check id (govaudit checks lists them)
gate-failed-no-account = gate failed: { $site } not one official account could be evaluated
gate-failed-not-scored = gate failed: { $site } was not scored (no page could be crawled)
gate-failed-veto = gate failed --fail-on veto: { $site } { $id } { $title }
gate-failed-under-vetoed = gate failed --fail-under { $limit }: { $site } is vetoed, so its score does not count
gate-failed-under = gate failed --fail-under { $limit }: { $site } scored { $score }
gate-failed-finding = gate failed --fail-on { $pattern }: { $site } { $count } findings, the first on ({ $first })

## rules: the rubric in force; rubric: reading a rubric file

rules-no-limit = none
rules-limit-home-page = home page
rules-limit-news = news
rules-limit-notices = notices
rules-limit-policy = policy
rules-limit-personnel = personnel
rules-limit-planning = planning
rules-limit-interaction = interaction
rules-limit-other = other columns
rules-limit-accounts = official accounts
rules-limit-overridden = freshness limit overridden by the config file: { $name } { $config } days（the rubric says { $rubric }）
rubric-cannot-read = cannot read the rubric file { $path }
rubric-invalid = invalid rubric: { $reason }
rubric-built-in = built in ({ $name })

## explain: a check's documentation

explain-no-such-check = no such check { $check }; see govaudit checks for the list
# An accessibility rule's place in the standards: at the end of a `govaudit checks` line, under explain's title
standard-wcag = WCAG { $criteria } (level { $level }) · GB/T 37668 { $principle } · axe impact { $impact }
standard-best-practice = axe best practice (no points, notice only) · GB/T 37668 { $principle } · axe impact { $impact }

## store: the history database

store-not-found = no history database at { $path }
store-cannot-open = cannot open the history database { $path }
store-newer-version = the history database was made by a newer govaudit { $path }: its version is { $version }, this one knows up to { $latest }
store-not-ours = not a govaudit history database, left untouched: { $path }
store-locked = the history database is locked by another process: { $path } (try again later, or use --db for another file)
store-no-such-run = no such run in the history database: { $run }
store-several-sites = several sites in the database; name one with --site, or two run ids: { $sites }
store-two-runs-needed = comparing needs at least two runs of one site
store-journal-incomplete = the crawl journal could not be written in full

## history: the runs in the history database

history-unknown-format = --format { $format }: choose from text, json
history-score-vetoed = { $total } ({ $grade }) vetoed
history-not-scored = not scored
history-no-runs = no runs
history-row = { $run }  { $as-of }  { $site }  { $root }  { $score } · vetoes { $vetoes } · deductions { $deductions } · notices { $notices }

## diff: two runs compared

diff-two-runs-or-none = give two run ids, or none
diff-unknown-format = --format { $format }: choose from text, json, md
diff-title = { $site } · runs #{ $before } ({ $before-as-of }) { $before-score } → #{ $after } ({ $after-as-of }) { $after-score }
diff-incomplete = note: run #{ $run } was cut short (interrupted or at a limit): some "fixed" ones may only be unreached
diff-new = New ({ $count })
diff-fixed = Fixed ({ $count })
diff-still-open = Still open ({ $count })

## demo: the sample portal

demo-cannot-serve = cannot serve the sample portal on 127.0.0.1
demo-cannot-serve-at = cannot serve the sample portal on 127.0.0.1 ({ $address })
demo-serving = The sample portal (清溪县人民政府) is being served at { $url }
demo-tip-explain = Tip: govaudit explain <check-id> prints what a check looks at and how to fix what it finds.
demo-cannot-wait-for-ctrl-c = cannot wait for Ctrl-C
demo-neighbours = Other sites the portal links to, served locally:
demo-dead-host = { $address } (closed: a site that is gone)
demo-press-ctrl-c = Press Ctrl-C to stop.
demo-stopped = The sample portal has stopped.

## render-axe: accessibility checked by axe-core in the browser (--render)

# $hint: how to install or point at axe-core
render-axe-not-found = axe-core not found, accessibility in the browser (colour contrast and more) skipped: { $hint }
render-axe-hint = install it with npm install -g axe-core, or give the path of axe.min.js in [a11y] axe_core (environment variable GOVAUDIT_AXE_CORE)
# $reason: why it could not start; $pages: pages that were to be checked
render-axe-cannot-start = could not start Chromium ({ $reason }): { $pages } pages not checked for accessibility in the browser (colour contrast and more)

## notify: warnings and monitor alerts sent to the people who fix things ([[notify]], govaudit notify)

# $file: the config file; $number: which [[notify]]; $key: the key at fault; $problem: why
notify-config-invalid = { $file }: [[notify]] #{ $number } { $key }: { $problem }
notify-config-missing = missing
notify-config-kind = unknown kind "{ $kind }": wecom, dingtalk, feishu, webhook or email
notify-config-empty = must not be empty
notify-config-not-for = not used by { $kind }
notify-config-both = give either this or { $other }, not both
notify-config-env = must be an environment variable's name (letters, digits, underscores)
notify-config-url = must be an http:// or https:// address
notify-config-tls = unknown "{ $tls }": starttls, tls or none
notify-config-address = "{ $address }" is not an e-mail address
notify-config-timeout = must be from 1 to { $max } seconds
notify-warnings-title = [{ $site }] { $count } warnings: due soon
notify-warnings-title-owner = [{ $site }] { $owner }: { $count } warnings: due soon
notify-warning-item = by { $due }: { $detail }
notify-link = link
notify-more = … and { $count } more
notify-failed = warning: the message was not sent to { $channel }: { $reason }
notify-sent = { $count } messages sent
notify-reason-unset = the environment variable { $name } is not set
notify-reason-client = no HTTP client
notify-reason-timeout = timed out
notify-reason-connect = cannot connect
notify-reason-transport = network error
notify-reason-status = the server answered HTTP { $status }
notify-reason-code = the platform answered error code { $code } ({ $message })
notify-reason-answer = the answer holds no result code
notify-reason-mail = the mail cannot be built
notify-reason-smtp = the mail was not sent: { $message }
notify-report-unreadable = cannot read the report { $path }
notify-report-invalid = { $path } is not a govaudit report.json: { $reason }
notify-nothing = The report holds no warning to send.
notify-no-channel = the config file has no [[notify]]: nowhere to send (--dry-run previews the messages)
notify-preview-no-channel = (the config file has no [[notify]]; the messages would read:)
monitor-alert-not-stored = warning: the alert state cannot be read or written in the history database; no alert this round: { $reason }
monitor-alert-down = [site monitor] { $url } does not answer
monitor-alert-down-item = { $at } probe failed: { $state }
monitor-alert-up = [site monitor] { $url } answers again
monitor-alert-up-item = { $at } probe ok; it did not answer since { $since }
monitor-alert-rate = [site monitor] { $url }: { $rate } % of the last 7 days' probes failed, at or over the warning line of { $line } % (the veto fires at 5 %)
monitor-alert-rate-ok = [site monitor] { $url }: the last 7 days' failure rate is back to { $rate } %, under the warning line of { $line } %
monitor-alert-rate-item = { $probes } probes in the last 7 days, { $failed } failed

## workdays (issue 21 §3): errors in the holiday arrangements ([calendar])
calendar-cannot-read = cannot read the holiday calendar { $path }
calendar-too-large = holiday calendar file too large (over 1 MB): { $path }
calendar-invalid = invalid holiday calendar { $place }: { $reason }
calendar-reason-file = file must be a path, as a string
calendar-reason-year = expected a year, e.g. [2027] ([calendar.2027] in the config)
calendar-reason-date = invalid date { $day }: expected YYYY-MM-DD, e.g. 2027-10-01
calendar-reason-range = the range ends before it starts, or is longer than 31 days
calendar-reason-workday = { $day } is not a Saturday or Sunday: only weekend days are listed as worked
calendar-reason-conflict = { $day } is listed both as a day off and as a day worked

# warnings: errors in [warnings], [[columns]]/[[accounts]] owner, [[maintenance]]
# $key: the config key
config-owner-invalid = { $key }: an owner must be one non-empty line of at most 100 characters
config-maintenance-bad-time = { $key } = { $value }: expected a time like 2026-11-03T22:00 (in the config's utc_offset)
config-maintenance-order = { $key }: the end must come after the start
config-maintenance-no-reason = { $key }: give the reason for the downtime

## Review (govaudit review, review.toml, --fail-on new)

# $path: the file
review-file-cannot-read = cannot read the review file { $path }
review-file-too-large = the review file { $path } is too large (over 8 MB)
review-file-cannot-write = cannot write the review file { $path }
# $place: the file, line and column; $reason: why
review-file-invalid = invalid review file { $place }: { $reason }
# $n: which mark; $reason: why
review-file-bad-mark = { $path } mark { $n }: { $reason }
review-file-header = govaudit review marks (false_alarm, withdrawn, known); check and page are for the reader, marks match by fingerprint
# $fingerprint, $kind, $check, $site
review-marked = marked { $fingerprint } as { $kind } ({ $check }, { $site })
review-unmarked = removed the mark on { $fingerprint }
review-no-mark = no mark on fingerprint { $fingerprint }: `govaudit review list` shows the marks (check --db and --site)
review-unknown-kind = --as { $kind }: must be false-alarm, withdrawn or known
# $site: the site (* for all)
review-unknown-fingerprint = no finding with fingerprint { $fingerprint } in the stored runs of site { $site } (fingerprints are in report.json, findings.csv and the scorecard)
review-several-sites = this fingerprint is in runs of several sites: { $sites }; name one with --site
review-none = no review marks
review-until = until { $until }
# $count: marks; $path: the file
review-exported = { $count } review marks written to { $path }
review-imported = { $count } review marks imported from { $path }
review-import-no-site = { $path } mark { $n } has no site: a mark imported into the database names the site's root address
gate-baseline-without-new = --baseline is only for --fail-on new
# $path: the file; $reason: why
gate-baseline-invalid = --baseline { $path } is not a usable report.json ({ $reason })
gate-baseline-cannot-read = cannot read --baseline { $path }
# $site: the site
gate-no-baseline = --fail-on new: no baseline for { $site } (not in the --baseline report, no earlier complete run in the history database): every veto and deduction counts as new
# $count: new findings; $check, $first: the first one's check and place
gate-failed-new = gate failed --fail-on new: { $site } { $count } new findings (not in the baseline), the first { $check } on ({ $first })
notify-reason-not-url = the environment variable { $name } does not hold an http:// or https:// address: set it to the robot's whole URL
