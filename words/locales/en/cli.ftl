### The command line's words: progress, summaries, error messages, and the output of inspect,
### monitor, history, diff, rules and the other commands.
### Message ids start with their command or module (audit-, inspect-, config-, monitor-…).
### Every message has a Chinese twin of the same id and variables in zh/cli.ftl.
### Fluent trims spaces at a message's edges; write {" "} to keep one.
### The --help texts are not here: they are doc comments in src/cli.rs (clap needs literals).

## Shared by several commands

runtime-cannot-start = cannot start the async runtime

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
audit-summary-score = score { $total }/{ $scale } · { $grade }
audit-summary-score-vetoed = { $grade } · vetoed (deductions for information only: { $total }/{ $scale })
audit-summary-unassessed = of which { $points } points are indicators no check measures yet, for a person to score ([scoring] manual)
audit-summary-veto = veto { $id } { $title }：{ $evidence }
