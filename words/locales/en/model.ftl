### The words of the site model and the page facts: why an official account could not be judged (accounts-), why a link is dead (verdict-), column categories (category-), new-media platforms (platform-), where a list date's year came from (year-).
### Every message has a Chinese twin of the same id and variables in zh/model.ftl.
### Fluent trims spaces at the start and end of a message; {" "} keeps one where it belongs.

## Official accounts: why one could not be evaluated or reached

accounts-robots = robots.txt disallows it; not requested
accounts-not-requested = the run was interrupted before it was requested
accounts-no-address = the portal lists it only as a QR code and a name, with no link; not checkable: add its URL under [[accounts]] in the config
accounts-refused = the platform refused the request (HTTP { $status }: a challenge, a login or a rate limit); could not evaluate
accounts-http-error = the account page answered HTTP { $status }
accounts-expired = the link is dead on the platform (deleted content or closed account)
accounts-login-wall = the platform wants a login; could not evaluate
accounts-challenge = the platform answered an anti-bot challenge; could not evaluate
accounts-unknown-format = the page's format is not recognised: set a reader in [[accounts]] (e.g. generic with a selector)
accounts-no-dated-post = no dated post was found on the page; could not evaluate
accounts-profile-only = the platform answered the account's profile without its posts (not a login wall): give the address of its posts under [[accounts]]

## Why a link is dead

verdict-status = does not open (HTTP { $status })
verdict-gone = answers 200 but says the content is gone ("{ $words }"): a soft 404
verdict-like-not-found = answers with the same page the site gives for a URL that cannot exist: a soft 404
verdict-redirected-home = a deep link redirected to the home page: the content is gone

# Network errors

verdict-error-timeout = timed out
verdict-error-dns = the host name does not resolve
verdict-error-refused = connection refused
verdict-error-reset = connection reset
verdict-error-tls = TLS or certificate error
verdict-error-redirect-loop = redirect loop
verdict-error-too-many-redirects = more than 10 redirects
verdict-error-bad-redirect = redirect without a usable Location
verdict-error-other = network error

## Column categories (they decide how fresh a column must be)

category-news = news
category-notice = notices
category-policy = policy documents
category-personnel = personnel
category-planning = plans
category-interaction = interaction
category-other = other

## New-media platforms

platform-wechat = WeChat
platform-weibo = Weibo
platform-douyin = Douyin
platform-toutiao = Toutiao
platform-kuaishou = Kuaishou
platform-feed = RSS/Atom feed
platform-other = other

## Where a list date's year came from

year-written = year written
year-from-url = year from the URL
year-from-neighbour = year from the list's dated items
year-from-page-time = year from the page's own time
year-assumed = year assumed

## Identity marks of the home page (the contract's `mark` ids)

mark-party-gov-logo = party and government site logo (党政机关网站标识)
mark-site-code = government site code (政府网站标识码)
mark-icp = ICP filing number (ICP备案编号)
mark-psb = public security filing mark (公安机关备案标识)
mark-sponsor = sponsoring unit (主办单位)
mark-contact = contact details (联系方式)

## The four principles of GB/T 37668-2019 (an accessibility rule's)

principle-perceivable = perceivable (可感知性)
principle-operable = operable (可操作性)
principle-understandable = understandable (可理解性)
principle-robust = robust (兼容性)

# workdays (issue 21 §3): the working-day calendar
calendar-year-separator = ,{" "}
calendar-basis-separator = ;{" "}
calendar-basis-shipped = counted with the State Council's holiday arrangement for { $years } ({ $notices })
calendar-basis-config = counted with the configured holiday arrangement for { $years }
calendar-basis-fallback = fallback Monday–Friday for { $years }: no holiday arrangement shipped or configured

## Review (false alarm, withdrawn, known)

review-kind-false-alarm = false alarm
review-kind-withdrawn = withdrawn
review-kind-known = known
review-error-fingerprint = a fingerprint is 16 hex digits (a finding's fingerprint is in report.json, findings.csv and the scorecard)
review-error-withdrawn-reason = a withdrawal needs its reason (--reason)
review-error-reviewer = a mark needs its reviewer (--by)
review-error-known-until = a known problem needs the day it is accepted until (--until YYYY-MM-DD)
review-error-until-not-known = only a known problem has a date (--until)
# $field: which date
review-error-day = { $field } must be a date written YYYY-MM-DD
