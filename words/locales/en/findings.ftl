### What the checks found (a finding's detail, evidence…): ids start with the check's id (a11y.image-alt → a11y-image-alt-…).
### Every message has a Chinese twin of the same id and variables in zh/findings.ftl.
### A check's title and docs stay in the check's source file, beside its rule.
### Fluent trims spaces at the start and end of a message; {" "} keeps one where it belongs.

## Any page check

# The last issue kept of a check on one page, when more were cut.
page-check-more-not-listed = { $detail } ({ $more } more on this page not listed)

## a11y: accessibility

# Images

a11y-area-alt-detail = the image-map link has no alt, aria-label or title
a11y-image-alt-detail = the image has no alt attribute, aria-label, aria-labelledby or title
a11y-image-alt-detail-space = the image's alt is only spaces: use alt="" for decoration or describe the image
a11y-input-image-alt-detail = the image button has no alt, aria-label, title or label text
a11y-object-alt-detail = the <object> has no title, aria-label or aria-labelledby
a11y-role-img-alt-detail = the role="img" element has no aria-label, aria-labelledby or title
a11y-svg-img-alt-detail = the SVG image has no <title>, aria-label, aria-labelledby or title

# Names and labels

a11y-button-name-detail = the button has no text, aria-label, title or label
a11y-frame-title-detail = the frame has no title, aria-label or aria-labelledby
a11y-input-button-name-detail = the button has no value text, aria-label or title
a11y-label-detail = the field has no associated <label>, aria-label, title or placeholder
a11y-label-detail-hidden-label = the field's <label for> is hidden from screen readers and the field has no other name
a11y-label-detail-labelledby = the field's aria-labelledby names no element with text, and it has no other label
a11y-link-name-detail = the link has no text, aria-label or title
a11y-link-name-detail-image = the link holds only an image without alt, and has no aria-label or title
a11y-link-name-detail-icon = the icon link has no text, aria-label or title
a11y-link-name-detail-javascript = the javascript: link has no text, aria-label or title
# $option: the text of the menu's first option
a11y-select-name-detail-first-option = the select menu (first option "{ $option }") has no label, aria-label or title
a11y-select-name-detail = the select menu has no label, aria-label or title

# The document: language, title, ids, refresh, zoom, focus order

a11y-html-has-lang-detail = <html> declares no language (lang)
a11y-html-has-lang-detail-xml-lang = xml:lang without lang: an HTML page needs the lang attribute
# $codes: the invalid language codes, separated by spaces
a11y-html-lang-valid-detail = { $codes } is not a valid language code; simplified Chinese is lang="zh-CN"
a11y-valid-lang-detail = { $codes } is not a valid language code
a11y-document-title-detail = the page has no <title> element
a11y-document-title-detail-empty = the page's <title> is empty
a11y-duplicate-id-detail = id="{ $id }" is used by { $count } elements on this page
a11y-duplicate-id-aria-detail = the referenced id="{ $id }" is used by { $count } elements on this page
# $delay: seconds, possibly with a fraction
a11y-meta-refresh-detail = the page refreshes or redirects after { $delay } s
# $item: the item of content that limits zooming, such as user-scalable=no
a11y-meta-viewport-detail = the viewport's { $item } stops or limits zooming
a11y-tabindex-detail = tabindex="{ $value }" is greater than 0 and reorders focus

# Structure: heading levels, lists

a11y-heading-order-detail = level { $level } heading follows a level { $previous } heading
# $element: the parent's tag name
a11y-list-detail = <{ $element }> has a { $child } child; only li is allowed
a11y-listitem-detail-role = the li's parent has role { $role }, not a list
a11y-listitem-detail-element = the li's parent is <{ $element }>, not ul/ol

# ARIA ($attributes: attribute names, separated by commas)

a11y-aria-allowed-attr-detail-role = role { $role } does not support { $attributes }
a11y-aria-allowed-attr-detail-element = <{ $element }> without a role does not support { $attributes }
a11y-aria-deprecated-role-detail = role="{ $role }" is deprecated in WAI-ARIA
a11y-aria-hidden-focus-detail = { $count } focusable element(s) inside aria-hidden="true" content
a11y-aria-prohibited-attr-detail-role = { $attributes } is not allowed on role { $role }, and the element has no text
a11y-aria-prohibited-attr-detail-element = { $attributes } is not allowed on <{ $element }> without a role, and it has no text
a11y-aria-required-attr-detail = role="{ $role }" lacks required attribute(s): { $attributes }
a11y-aria-roles-detail = role="{ $roles }" is not a valid ARIA role
a11y-aria-roles-detail-abstract = role="{ $roles }" is an abstract role, not for use in pages
a11y-aria-valid-attr-detail = ARIA attribute not defined: { $attributes }
a11y-aria-valid-attr-value-detail = invalid ARIA attribute value: { $attributes }

# The home page's assistive entry

a11y-assist-entry-evidence = no 无障碍 / 长者模式 / 关怀版 entry found

## column: columns

column-blank-detail = column "{ $column }" has no items at all
column-blank-evidence = the page says its list is empty
# $due: the day it goes overdue; $left: days left
column-due-soon-detail = column "{ $column }" goes overdue on { $due } ({ $left } days left)
# $category: the column's category; $limit: its limit in days; $date: the newest item's date; $age: its age in days; $overdue: days overdue
column-stale-detail = column "{ $column }" ({ $category }, limit { $limit } days): newest item of { $date }, { $age } days old, { $overdue } days overdue
column-stale-detail-undated = column "{ $column }" ({ $category }): none of its { $items } items has a readable date, which counts as not updated

# The evidence of column.stale and column.due-soon: the column's newest item; the notes in brackets follow it

column-evidence-undated = no dated item
column-evidence-newest = newest: "{ $title }" { $url } { $date }
column-evidence-list-date-used = {" "}(list says { $list }, the article says { $page }; the list date is used)
column-evidence-page-date-used = {" "}(the list gives no year, assumed { $list }; the article's { $page } is used)
column-evidence-year-assumed = {" "}(the list gives no year and nothing on the site decides it: year assumed, to be checked by a person)

## interaction: the public's messages and the replies

interaction-no-channel-detail = no working leader's mailbox, online consultation or message channel was found
interaction-no-channel-evidence = { $pages } pages crawled; no consultation column or working entry
# $column: the column's name; $messages: how many messages; $newest: the newest reply's date; $months: the limit in months
interaction-not-published-detail = "{ $column }": newest reply of { $newest }, none published in the last { $months } months
interaction-not-published-detail-empty = "{ $column }" publishes no message or reply
interaction-not-published-detail-undated = none of the { $messages } messages of "{ $column }" states both the date sent and the date answered
interaction-not-published-evidence = newest reply { $newest }
interaction-not-published-evidence-empty = 0 messages
interaction-not-published-evidence-undated = dates missing
interaction-not-published-evidence-undated-newest = dates missing { $newest }
# $message: the message's title; $days: working days it took; $limit: the limit in working days
interaction-slow-reply-detail = message "{ $message }" in "{ $column }" took { $days } working days to answer, more than the limit of { $limit }; { $calendar }
interaction-slow-reply-evidence = sent { $asked }; answered { $answered }; { $days } working days
# $asked: the day it was sent; $answered: the day it was answered; $due: the last day to answer; $as-of: the audit day
interaction-unanswered-detail = message "{ $message }" in "{ $column }" came on { $asked } and is still unanswered on { $as-of }, more than 3 months (due by { $due })
interaction-unanswered-detail-late = message "{ $message }" in "{ $column }" came on { $asked } and was answered on { $answered }, more than 3 months later (due by { $due })
interaction-unanswered-evidence = sent { $asked }; no answer date; due { $due }
interaction-unanswered-evidence-late = sent { $asked }; answered { $answered }; due { $due }

## content: what the pages say

# $title: the item's title; $deadline: the deadline its page states; $days: days since
content-expired-notice-detail = "{ $title }" in "{ $column }": its deadline { $deadline } passed { $days } days ago; still listed first
content-expired-notice-detail-pinned = "{ $title }" in "{ $column }": its deadline { $deadline } passed { $days } days ago; still pinned
content-expired-notice-evidence = deadline stated { $deadline }
content-expired-notice-detail-void = "{ $title }" in "{ $column }" says it is no longer in force, but the list shows it unmarked
content-expired-notice-evidence-void = page: repealed; list: no mark
# $as-of: the audit day; $list, $page: the dates on the list and on the article, - when none
content-future-date-detail = "{ $title }" is dated { $date }, after the audit day { $as-of }
content-future-date-evidence = list date { $list } · article date { $page }
# $name: the leader's name; $missing: what is missing (content-leader-incomplete-title, -duties), joined by content-leader-incomplete-separator
content-leader-incomplete-detail = leader "{ $name }" has no { $missing } on the leaders pages
content-leader-incomplete-title = title
content-leader-incomplete-duties = duties
content-leader-incomplete-separator = {" and "}
# $duties, $resume, $portrait: content-leader-incomplete-yes or -no; $title: the title shown, - when none
content-leader-incomplete-evidence = name { $name }; title { $title }; duties { $duties }; résumé { $resume }; portrait { $portrait }
content-leader-incomplete-yes = yes
content-leader-incomplete-no = no
# $shown: the title on the page; $listed: the list's titles, joined by content-leader-mismatch-separator
content-leader-mismatch-detail-title = serious error: "{ $name }" is shown as "{ $shown }"; the leader list gives "{ $listed }"
# $until: the day the list says they left
content-leader-mismatch-detail-ended = serious error: "{ $name }" left "{ $listed }" on { $until } (leader list) but is still shown
content-leader-mismatch-detail-missing = serious error: current leader "{ $name }" ({ $listed }) on the leader list is not on the leaders pages
content-leader-mismatch-separator = {"; "}
# one line of the list; $since, $until are - when not given
content-leader-mismatch-evidence = list: { $name }, { $title }, since { $since }, until { $until }
# $counts: how many numbers of each kind (content-pii-count), joined by content-pii-list-separator
content-pii-detail = unmasked personal data on the page: { $counts }
content-pii-count = { $count } { $kind }
content-pii-list-separator = {", "}
# $numbers: masked examples, separated by commas
content-pii-evidence-kind = { $kind }: { $numbers }
content-pii-kind-id-card = ID numbers
content-pii-kind-mobile = mobile numbers
content-pii-kind-bank-card = bank card numbers
# $counts: numbers of each kind (content-pii-half-masked-ids…), joined by content-pii-list-separator
content-pii-half-masked-detail = numbers masked too little: { $counts }
content-pii-half-masked-ids = { $count } ID numbers (birth date readable)
content-pii-half-masked-mobiles = { $count } mobile numbers (fewer than 4 digits hidden)
# $format: the file's format (PDF, XLSX…); $counts: numbers of each kind; $persons: persons named beside them; $pages: pages linking the file
content-pii-attachment-detail = { $format } attachment publishes unmasked personal data: { $counts }, { $persons } persons named; linked from { $pages } pages
# $format: the file's format; $counts: as in content-pii-half-masked-detail; $pages: pages linking the file
content-pii-attachment-half-masked-detail = { $format } attachment masks numbers too little: { $counts }; linked from { $pages } pages
# Added to the detail when the file was read only in part (a size, unpacked, time or text budget)
content-pii-attachment-cut = {" "}(the file is over a reading budget: only its first part was checked)
# Places in an attachment
attachment-place-page = page { $page }
attachment-place-row = sheet "{ $sheet }" row { $row }
attachment-place-paragraph = paragraph { $paragraph }
attachment-place-table-row = table { $table } row { $row }
# $count: places not listed
attachment-places-more = {" "}and { $count } more
# $wrong: the wrong word; $right: what it should be; $count: times on this page
content-typo-detail = "{ $wrong }" should read "{ $right }" ({ $count } { $place ->
    [file] in this file
   *[page] on this page
})
content-typo-detail-marks = The title's "{ $mark }" has no partner
content-serious-error-detail = Serious wording error: "{ $wrong }" should read "{ $right }" ({ $count } { $place ->
    [file] in this file
   *[page] on this page
})
content-serious-error-detail-note = Serious wording error: "{ $wrong }" should read "{ $right }": { $note } ({ $count } { $place ->
    [file] in this file
   *[page] on this page
})
content-suspect-word-detail = Probable wrong word, to confirm: "{ $wrong }" may need to read "{ $right }" ({ $count } { $place ->
    [file] in this file
   *[page] on this page
})
content-suspect-word-detail-note = Probable wrong word, to confirm: "{ $wrong }" may need to read "{ $right }": { $note } ({ $count } { $place ->
    [file] in this file
   *[page] on this page
})

## page: one page

page-blocked-detail = answered with an anti-bot challenge: could not evaluate
# $declared: the encoding the page declares; $actual: the one it is in
page-charset-mismatch-detail = the page declares { $declared } but is { $actual }: browsers show garbled text
page-charset-mismatch-evidence = declared { $declared }; actual { $actual }; no charset in the HTTP header
page-oversize-detail = body over the size cap; the rest was not read
page-oversize-evidence = body cut
# $why: why parsing stopped (one of the four below); $kb: the KB read
page-oversize-detail-parse = { $why }: only the first { $kb } KB were read
page-oversize-evidence-parse = { $why }, { $kb } KB
page-oversize-depth = tags nested deeper than { $levels } levels
page-oversize-nodes = more than { $elements } elements
page-oversize-errors = more than { $errors } markup errors
page-oversize-time = parsing took over { $seconds } s

## account: official new-media accounts

# $unit: the unit that runs them; $platform: the platform's name; $count: how many; $accounts: their names, joined by account-duplicate-list-separator
account-duplicate-detail = { $unit } has { $count } accounts on { $platform }: { $accounts }
account-duplicate-list-separator = {", "}
# $why: the reason (from judging the account)
account-not-evaluated-detail = account { $account } could not be evaluated: { $why }
account-unreachable-detail = account { $account } cannot be reached: { $why }
# $latest: the newest post's date; $age: its age in days; $limit: the limit in days
account-stale-detail = account { $account }: newest post { $latest }, { $age } days ago (limit { $limit })
account-stale-detail-no-post = account { $account } shows no post at all
# These two follow the evidence (the newest post's date and title)
account-stale-evidence-year-assumed = {" "}(year assumed: the platform wrote only the month and day and nothing gave the year; a person should confirm it)
account-stale-evidence-single-article = {" "}(judged on the one article the portal links: if the account still posts, give the account's history or mirror page under [[accounts]] with the same name)
account-zombie-detail = account { $account } has been silent for { $age } days (last post { $latest }): a zombie account
# Follows the last post's date
account-zombie-evidence-year-assumed = {" "}(year assumed; a person should confirm it)

## consultation: public consultations

# $title: the consultation's title; $end: the day it ended; $due: when its result was due; $published: when it came
consultation-result-overdue-detail = consultation "{ $title }" ended on { $end }; its result was due by { $due } and was not found
consultation-result-overdue-detail-late = consultation "{ $title }" ended on { $end }; its result came on { $published }, after the one-month deadline ({ $due })
consultation-result-overdue-evidence = ended { $end }; result due { $due }

## elderly: the elderly-friendly mode

# $reason: why the link is dead (from the link checks)
elderly-entry-broken-detail = The home page's elderly-friendly mode entry { $reason }

## identity: the site's marks

identity-domain-detail = the domain { $host } does not end in .gov.cn
identity-mismatch-detail = the site codes on the home page disagree
# $mark: the mark's name, such as "government site code (政府网站标识码)"
identity-missing-detail = home page lacks the { $mark }
identity-missing-evidence = no { $mark } found
identity-no-error-report-entry-evidence = no error-report link or jiucuo.js found

## link: links

# $reason: why the link is dead
link-dead-detail-internal = Internal link: { $reason }
link-dead-detail-external = External link: { $reason }
link-unsendable-detail = link too long: not requested
# $bytes: the address's length in bytes
link-unsendable-evidence = { $bytes } bytes
# Where external links go (link.hidden, link.parked-domain, link.foreign-redirect, link.blocked-host, link.commercial)
# $host: the link's host; $css: the CSS that hides it; $origin: where it is written (one of the four below)
link-hidden-detail = hidden link to another site, { $host }: { $css } ({ $origin })
# $element: the selector of the ancestor that hides the link
link-hidden-detail-ancestor = , hidden by its ancestor { $element }
# $host: the link's host; $css: the CSS that hides it
link-hidden-detail-written = a script writes (document.write) a hidden link to another site, { $host }: { $css }
link-hidden-origin-inline = inline style attribute
link-hidden-origin-attribute = an attribute of the element
# $selector: the rule's selector
link-hidden-origin-style-block = rule { $selector } of a <style> block
# $url: the stylesheet's URL
link-hidden-origin-sheet = rule { $selector } of the stylesheet { $url }
# $host: the host reached; $marker: the parked or for-sale wording on its page
link-parked-domain-detail = external link's domain is parked or for sale: { $host } shows "{ $marker }"
# $from: the link's host; $to: the host reached; $hops: redirects followed
link-foreign-redirect-detail = external link to { $from } redirects ({ $hops } hops) to another domain, { $to }
link-blocked-host-detail = link to { $host }, on the block list
# $domain: the commercial site's registrable domain
link-commercial-detail = link to the commercial site { $domain }: confirm it is needed
# $count: how many pages link it; $pages: the first of them
link-external-linked-from = linked from { $count } pages: { $pages }
# $more: pages not listed
link-external-more-pages = and { $more } more

## policy: policy documents and their interpretations

# $title: the document's title; $date: its date
policy-no-interpretation-detail = policy document "{ $title }" ({ $date }) has no interpretation
policy-no-interpretation-evidence = no interpretation naming it or linked with it
# $document: the document's title; $interpretation: the interpretation's; $missing: the missing link (one of the three below)
policy-one-way-link-detail = policy document "{ $document }" and interpretation "{ $interpretation }" are not linked both ways: { $missing }
policy-one-way-link-no-link-back = the interpretation does not link back
policy-one-way-link-no-link-to = the document does not link to it
policy-one-way-link-no-links = neither links to the other

## service: online services

service-no-entry-evidence = no 办事服务 / 政务服务 entry or services platform link found

## site: the whole site

# $year: last year
site-no-annual-report-detail = no { $year } website annual report (政府网站工作年度报表) within two clicks of the home page; it was due by 31 January
site-no-annual-report-evidence = no link or list item named with { $year }, 年度 and 报表
site-no-search-evidence = no search box or search link found
# $query: the search words (the newest article's title); $problem: what went wrong (one of the two below, or an HTTP status or error)
site-search-broken-detail = searching the site for its newest article "{ $query }": { $problem }
site-search-broken-no-link = the results do not link to the article
site-search-broken-no-results = no results page came back
site-unreachable-detail = Home page: { $reason }

## update: the home page's updates

# $age: the newest item's age in days; $limit: the limit in days
update-homepage-stale-detail = the home page: newest item is { $age } days old (limit { $limit })
update-homepage-stale-detail-second-level = the home page only navigates; its second-level pages: newest item is { $age } days old (limit { $limit })
update-homepage-stale-detail-undated = the home page: no item has a readable date, which counts as not updated
update-homepage-stale-detail-second-level-undated = the home page only navigates; its second-level pages: no item has a readable date, which counts as not updated
update-homepage-stale-evidence = 《{ $title }》 { $url } { $date }
# Follows the evidence
update-homepage-stale-evidence-year-assumed = {" "}(the list gives no year: year assumed)

## elderly: the care page (issue 19)

# Put in $place below: where the elderly-friendly mode is seen
elderly-care-mode-page = The care page
elderly-care-mode-home = The home page in its elderly-friendly mode
# $place: one of the two above
elderly-popup-ads-detail-window-open = { $place } opens a pop-up window with window.open as it loads
elderly-popup-ads-detail-floating = { $place } has a floating window moved by a timer (an ad or a notice)
# $host: the ad server's host name
elderly-popup-ads-detail-ad-host = { $place } loads content from the ad host { $host }
elderly-no-text-zoom-detail = The care page has no text-size (zoom in, zoom out) control of its own: only the browser's zoom
elderly-no-text-zoom-evidence = no A+/A-, 字号 大/中/小 or 放大/缩小 control and no known accessibility toolbar script found
elderly-no-high-contrast-detail = The care page has no high-contrast or colour switch of its own
elderly-no-high-contrast-evidence = no 高对比度, 反色, 黑白 or 配色 control and no known accessibility toolbar script found
# $lacking: article pages without reading aloud; $judged: article pages judged
elderly-no-read-aloud-detail = { $lacking } of the { $judged } article pages judged offer no reading aloud (语音播报)
# $examples: up to 3 article page URLs, separated by spaces
elderly-no-read-aloud-evidence = for example: { $examples }

## static-aria: ARIA structure, forms and keyboard (issue 19)

# $role: the element's role; $parents: the parent roles it needs
a11y-aria-required-parent-detail = role="{ $role }" is not inside a required parent role ({ $parents })
# $role: the container's role; $children: the child roles it needs
a11y-aria-required-children-detail = role="{ $role }" owns none of its required child roles ({ $children })
# $children: the children it may not own
a11y-aria-required-children-detail-unallowed = role="{ $role }" owns children it does not allow: { $children }
# $tag: the element's name; $roles: the roles not allowed
a11y-aria-allowed-role-detail = role="{ $roles }" is not allowed on <{ $tag }>
# $role: the outer control's role; $count: focusable descendants; $tag: the first one's name
a11y-nested-interactive-detail = a control with role { $role } contains { $count ->
    [one] one focusable control
   *[other] { $count } focusable controls
} (the first is <{ $tag }>)
# $reason: focusable or global-aria
a11y-presentation-role-conflict-detail = { $reason ->
    [focusable] the element marked as presentational can take focus, so the marking is ignored
   *[other] the element marked as presentational has a global ARIA attribute, so the marking is ignored
}
a11y-label-title-only-detail = the field has only a title or aria-describedby, no label
# $key: the access key; $count: how many elements use it
a11y-accesskeys-detail = accesskey="{ $key }" is used by { $count } elements
# $value: the autocomplete value
a11y-autocomplete-valid-detail = autocomplete="{ $value }" is not a valid value
a11y-aria-command-name-detail = the button, link or menu item has no accessible name
a11y-aria-input-field-name-detail = the input field has no name (aria-label, aria-labelledby or title)
a11y-aria-toggle-field-name-detail = the checkbox, radio or switch has no accessible name
a11y-aria-tooltip-name-detail = the tooltip has no text
a11y-aria-meter-name-detail = the meter has no name (aria-label, aria-labelledby or title)
a11y-aria-progressbar-name-detail = the progress bar has no name (aria-label, aria-labelledby or title)
a11y-aria-dialog-name-detail = the dialog has no name (aria-label, aria-labelledby or title)
a11y-aria-treeitem-name-detail = the tree item has no accessible name
# $count: focusable descendants
a11y-aria-text-detail = the role="text" element contains { $count ->
    [one] one focusable control
   *[other] { $count } focusable controls
}
a11y-summary-name-detail = the summary has no discernible text
# $attributes: the treegrid-only attributes; $owner: the role of the table it is in
a11y-aria-conditional-attr-detail-row = a row of a { $owner } may not use { $attributes } (only treegrid rows may)
# $aria: the aria-checked value; $state: the control's own checked state
a11y-aria-conditional-attr-detail-checked = aria-checked="{ $aria }" contradicts the control's own checked state ({ $state })

## static-tables: tables, redundant alt, image maps, frame titles, same-name links, xml:lang, viewport scale (issue 19)

a11y-empty-table-header-detail = the header cell has no text, so a screen reader cannot say what the column (row) is
# $count: how many cells have the fault
a11y-td-headers-attr-detail-self = { $count } cell(s) name themselves in headers
a11y-td-headers-attr-detail-not-in-table = { $count } cell(s) name in headers an id that is missing or outside this table
a11y-td-headers-attr-detail-not-header = { $count } cell(s) name in headers a cell that is not a header (th)
# $count: how many headers head no cell
a11y-th-has-data-cells-detail = { $count } header(s) head no data cell: to be reviewed
# $scope: the attribute's value
a11y-scope-attr-valid-detail-td = scope="{ $scope }" is on a plain td cell; in HTML5 only th takes scope
a11y-scope-attr-valid-detail-value = scope="{ $scope }" is not a valid value (row, col, rowgroup or colgroup)
# $caption: the caption's text
a11y-table-duplicate-name-detail = the table's summary repeats its caption "{ $caption }", which is read twice
# $text: the repeated words
a11y-image-redundant-alt-detail = the image's alternative text repeats the text beside it, "{ $text }", which is read twice
a11y-server-side-image-map-detail = a server-side image map (ismap) cannot be used with a keyboard: to be reviewed
# $title: the shared title; $count: how many frames share it
a11y-frame-title-unique-detail = { $count } frames share the title "{ $title }": to be reviewed
# $name: the shared link text; $count: how many links have it
a11y-identical-links-same-purpose-detail = { $count } links named "{ $name }" go to different places: to be reviewed
# $lang, $xml_lang: the two attributes' values
a11y-html-xml-lang-mismatch-detail = lang="{ $lang }" and xml:lang="{ $xml_lang }" name different languages
# $item: the content item, e.g. maximum-scale=3
a11y-meta-viewport-large-detail = { $item } keeps zooming under five times
a11y-video-caption-detail = the video has no kind="captions" track: check whether it has sound or burnt-in captions
# $property: letter-spacing or word-spacing; $value: its value
a11y-avoid-inline-spacing-detail = the inline { $property }: { $value } !important is below the spacing WCAG 1.4.12 lets users set

## render-axe: what axe-core found in the browser

# $title: the rule's name; $summary: axe-core's summary for the element
a11y-rendered-detail = { $title } (axe-core: { $summary })
# An axe-core rule govaudit does not list. $rule: its id; $help: axe-core's help text
a11y-rendered-unknown-detail = axe-core rule { $rule }: { $help }

## static-landmarks: landmarks, level-one heading, definition lists

# $child: the first child that is not allowed (a, div > li, [role=link], #text)
a11y-definition-list-detail-child = <dl> has a { $child } child; only dt and dd (grouped in div) are allowed
a11y-definition-list-detail-order = no dd follows a dt among the <dl>'s children
# $role: the dl's role
a11y-dlitem-detail-role = the dt/dd's dl has role { $role }, not a definition list
# $element: the tag of the dt/dd's parent
a11y-dlitem-detail-element = the dt/dd's parent is <{ $element }>, not dl
# $role: the landmark role (banner, contentinfo, main)
a11y-landmark-is-top-level-detail = the { $role } landmark is inside another landmark
# $role: the landmark role; $count: how many the page has
a11y-landmark-no-duplicate-detail = the page has { $count } { $role } landmarks; it should have one
# $role: the landmark role; $name: their name; $count: how many share role and name
a11y-landmark-unique-detail = { $count } { $role } landmarks share the name "{ $name }"
# $role: the landmark role; $count: how many of that role have no name
a11y-landmark-unique-detail-unnamed = { $count } { $role } landmarks have no name to tell them apart

# workdays (issue 21 §3): interaction.silent
interaction-silent-detail = "{ $column }": newest message or reply of { $newest }, none published for more than { $months } months
interaction-silent-evidence = newest message { $newest }

# warnings: warnings before the veto lines (*.due-soon)
# $due: the day the home page goes stale; $left: days left
update-homepage-due-soon-detail = the home page's newest item passes 2 weeks on { $due } ({ $left } days left)
# $account: the account; $due: the day it goes stale; $left: days left
account-due-soon-detail = account "{ $account }" goes stale on { $due } ({ $left } days left)
# $column, $message, $asked; $due: the deadline; $left: days left
interaction-unanswered-due-soon-detail = message "{ $message }" in "{ $column }", sent { $asked }, is not answered yet: answer by { $due } ({ $left } days left)
# $count: stale columns; $line: the veto line; $more: how many more reach it
update-due-soon-stale-news-detail = { $count } news and first-level notice or policy columns are stale: { $more } more reach the veto line ({ $line })
update-due-soon-stale-detail = { $count } columns that should be updated are stale: { $more } more reach the veto line ({ $line })
# $column: the next column to go stale; $due: its day
update-due-soon-next-column = ; the next to go stale is "{ $column }" ({ $due })
# $count: blank columns; $line: the veto line; $more: how many more reach it
update-due-soon-blank-detail = { $count } columns are blank: { $more } more reach the veto line ({ $line })
# $days; $share: failure rate (%); $warn: the warning line (%); $line: the veto line (%)
site-unreachable-due-soon-detail = the home page failed { $share } % of visits over the last { $days } days: past the warning line ({ $warn } %), the veto is at { $line } %
# $probes, $failures
site-unreachable-due-soon-evidence = { $probes } probes, { $failures } failed
