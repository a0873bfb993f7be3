### 命令行的文字：进度、摘要、错误信息，以及 inspect、monitor、history、diff、rules 等命令的输出。
### 消息名以命令或模块开头（audit-、inspect-、config-、monitor-……）。
### 每条消息在 en/cli.ftl 中有同名的英文版本，变量相同。
### 消息首尾的空格会被 Fluent 去掉；需要保留时写成 {" "}。
### --help 的说明文字不在这里：它们写在 src/cli.rs 的文档注释里（clap 需要字面量）。

## 各命令共用

runtime-cannot-start = 无法启动异步运行时
cli-error = 错误：{ $message }
cli-stdout-failed = 错误：无法写入标准输出：{ $reason }
runtime-interrupted = 已中断：报告只包含中断前收集的结果（truncated: true）
runtime-interrupting = 已中断：正在写出已收集的结果（再按一次 Ctrl-C 立即退出；之后可用 --resume 续传）
progress-crawl = 页面 { $pages } · 排队 { $queued } · 已检查链接 { $checked } · 错误 { $errors } · { $rate } 页/秒
output-folder-not-writable = 报告目录不可写 { $path }
output-cannot-create-folder = 无法创建报告目录 { $path }
output-cannot-write = 无法写入报告 { $path }
render-cannot-start = 无法启动 Chromium（{ $reason }）：{ $pages } 个由脚本生成、尚未读到内容的栏目页未能渲染读取

## inspect：读一个页面并打印读到的内容

inspect-file-needs-base-url = --file 需要 --base-url（页面原来的网址，用于解析相对链接）
inspect-nothing-to-read = 请给出网址，或用 --file 与 --base-url 给出保存的页面
inspect-unknown-format = --format { $format }: 只能是 text 或 json
inspect-cannot-read-file = 无法读取文件 { $path }
inspect-page-file = 页面：{ $url }（文件 { $file }，{ $encoding }）
inspect-page-http = 页面：{ $url }（HTTP { $status }，{ $encoding }）
inspect-note-challenge = 注意：这是反爬虫验证或登录页（{ $kind }），审计将其报告为 page.blocked
inspect-note-cut = 注意：页面超过大小上限，只读取了开头部分
inspect-note-nesting-cut = 注意：页面嵌套过深，只读取了开头部分（page.oversize）
inspect-kind = 类型：{ $kind }
inspect-kind-home = 首页
inspect-kind-account = 政务新媒体账号页面
inspect-kind-message-list = 留言列表
inspect-kind-column = 栏目列表页
inspect-kind-article = 文章页
inspect-kind-page = 其他页面
inspect-title = 标题：{ $title }
inspect-column = 栏目：{ $name }（来自{ $source }）
inspect-column-from-breadcrumb = 面包屑导航
inspect-column-from-heading = 列表标题
inspect-column-from-meta = ColumnName 元数据（全站相同时审计不采用）
inspect-column-from-title = 页面标题
inspect-published = 发布日期：{ $day }
inspect-list-items = 列表条目：{ $count }
inspect-list-says-empty = 页面写明列表为空（暂无信息）
inspect-item-date = { $day }（写作 { $written }，{ $year-from }）
inspect-item-undated = 无日期
inspect-item-pinned = [置顶]
inspect-item-void = [已失效]
inspect-messages = 留言：{ $count }
inspect-message = 留言 { $asked } 答复 { $answered }  { $title }
inspect-message-pending = 留言 { $asked } 答复 { $answered }（未答复）  { $title }
inspect-marks-home-only = 网站标识：只在首页读取（用 --home 按首页查看）
inspect-marks = 网站标识：
inspect-mark = { $label }：{ $value }
inspect-mark-present = 有
inspect-mark-not-found = 未找到
inspect-accounts-listed = 列出的政务新媒体账号：{ $count }
inspect-account-qr-only = 只有二维码，无法检查：请在配置 [[accounts]] 中写明其网址
inspect-account-page = 账号页面：读取器 { $reader }，结果 { $state }，最新发布 { $newest }，条目 { $posts }
inspect-issues = 页面检查发现：{ $count }
inspect-links = 链接目标：{ $count }
inspect-more-rows = ……另有 { $count } 条（--format json 显示全部）
inspect-robots-disallowed = { $url }: robots.txt 不允许抓取此页；可用浏览器另存后以 --file 查看
inspect-page-not-whole = 页面未能完整读取
inspect-too-many-redirects = { $url }: 重定向次数超过 { $hops }

## audit：审计进度与结束时的摘要

audit-task-failed = 审计任务异常退出
audit-ranking-written = 排名表： { $files }
audit-run-stored = 已存入历史数据库，运行编号 { $run } ({ $db })
audit-nothing-to-resume = 没有可续传的抓取： { $url }，从头开始
audit-resuming = 续传上次中断的抓取： { $answers } 个回答不再重复请求
audit-db-not-used = 警告：历史数据库未使用：{ $reason }
audit-summary-crawl = 页面 { $pages } · 检查链接 { $links } · 请求 { $requests } · 错误 { $errors } · 用时 { $seconds } 秒{ $truncated ->
        [yes] （未完成，结果为下限）
       *[no] {""}
    }
audit-summary-not-scored = 网站未评分：没有抓取到任何页面
audit-summary-accounts = 政务新媒体账号 { $accounts } · 评估 { $evaluated } · 不更新 { $stale } · { $verdict }
audit-accounts-vetoed = 单项否决
audit-accounts-passed = 合格
audit-accounts-not-assessed = 未评估
audit-summary-skipped = 未请求 { $skipped } (robots.txt { $robots }) · 被反爬虫拦截 { $blocked }
audit-summary-no-page = 未抓取到任何页面：首页无法访问、被 robots.txt 禁止或被反爬虫拦截，详见 report.json
audit-summary-no-findings = 未发现问题
audit-summary-findings = 发现： { $list }
audit-summary-report = 报告： { $file }
audit-summary-reused = 续传： { $answers } 个回答取自中断前的抓取
audit-summary-not-modified = 条件请求： { $pages } 个页面未修改（304），沿用上次抓取的内容
# $read：读取文字的附件数；$not_modified：其中未修改（304）、沿用上次文字的；$cut：超出限额只读了部分或无法读取的
audit-summary-attachments = 附件：读取 { $read } 个（{ $not_modified } 个未修改，沿用上次的文字），{ $cut } 个超出限额或无法读取
audit-summary-score = 得分 { $total }/{ $scale } · { $grade }
audit-summary-score-vetoed = { $grade } · 单项否决（扣分情况仅供参考：{ $total }/{ $scale }）
audit-summary-unassessed = 其中 { $points } 分的指标尚无自动检查，待人工核查（[scoring] manual）
audit-summary-veto = 否决 { $id } { $title }：{ $evidence }
audit-no-url = 请给出要审计的网址，如 govaudit audit http://www.example.gov.cn/
audit-sites-at-once-zero = --sites-at-once 必须大于 0
audit-accounts-name = 政务新媒体账号

## leaders：领导名单文件（[content] leaders）的错误

leaders-cannot-read = 无法读取领导名单 { $path }
leaders-too-large = 领导名单文件过大（超过 4 MB）：{ $path }
# $file：名单文件；$line：行号；$reason：下列原因之一
leaders-invalid-line = { $file } 第 { $line } 行：{ $reason }
leaders-reason-fields = 应为“姓名,职务,任职日期,离任日期”，实有 { $count } 项（职务的各项用“、”分隔，不用逗号）
leaders-reason-name = “{ $name }”不是姓名（2–4 个汉字，或带“·”的姓名）
leaders-reason-no-title = 缺少职务
leaders-reason-date = 无效的日期 { $day }：应为 YYYY-MM-DD，如 2024-01-15
leaders-reason-order = 离任日期早于任职日期

## config：配置文件与命令行参数的错误

config-cannot-read = 无法读取配置文件 { $path }
config-invalid = 配置文件有误 { $place }: { $reason }
config-invalid-exclude = 无效的 exclude 正则表达式 { $pattern }
config-invalid-include-host = 无效的 include-host 主机名 { $host }
config-block-list-unreadable = 无法读取屏蔽域名列表 [links] block_list { $path }
config-block-host-invalid = { $at }: 无效的主机名 { $host }
config-accounts-only-without-accounts = --accounts-only: 配置文件中没有 [[accounts]] 账号名单
config-account-invalid-url = { $at }: 无效的网址 { $url }
config-account-unknown-platform = { $at }: platform { $platform }: 可选 wechat, weibo, douyin, toutiao, kuaishou, feed, other
config-account-generic-needs-selector = { $at }: generic 读取方式需要 selector
config-account-unknown-reader = { $at }: reader { $reader }: 可选 wechat-article, wechat-history, feed, weibo, toutiao, generic
config-account-selector-without-generic = { $at }: selector 和 date_pattern 只用于 reader = "generic"
config-manual-no-such-indicator = [scoring] manual.{ $id }: 评分细则中没有这个指标： { $rubric }
config-manual-out-of-range = [scoring] manual.{ $id } = { $points }: 须在 0 到该指标分值之间： { $weight }
config-veto-no-such-veto = [scoring] vetoes.{ $id }: 评分细则中没有这个否决项： { $rubric }
config-veto-needs-reason = [scoring] vetoes.{ $id }: 请写明否决理由
config-bonus-negative = [scoring] bonus 须为不小于 0 的数
config-no-services-index = [scoring] service = false: 评分细则中没有标记为办事服务（services = true）的指数： { $rubric }
config-typo-invalid = 错别字条目须有非空的错词，且正确写法不得包含错词： [content.typos] { $wrong } = { $right }
config-words-cannot-read = 无法读取错词文件 [content] words = { $path }
config-words-invalid-line = 错词文件 { $place }：{ $problem }
config-words-no-arrow = 缺少分隔错词和正词的“→”（或“->”）；格式：错词 → 正词 | 等级 | 说明
config-words-empty-wrong = 错词为空
config-words-right-contains-wrong = 正词包含错词，正确的文字也会被报告
config-words-unknown-grade = 未知等级“{ $grade }”，应为 严重、一般 或 疑似
config-words-exception-without-wrong = 例外“{ $context }”不包含错词
config-words-too-many-fields = 字段过多；格式：错词 → 正词 | 等级 | 说明 | 出处 | 例外
config-column-invalid-pattern = 无效的正则表达式 [[columns]] pattern { $pattern }
config-column-url-or-pattern = 每个 [[columns]] 须且只能写 url 或 pattern 之一
config-timeout-out-of-range = timeout 须大于 0 秒且不超过 600 秒，当前为 { $timeout }
config-url-not-http = 无效的网址 { $url }: 只支持 http:// 和 https:// 网址
config-url-invalid = 无效的网址 { $url }: { $reason }. 请给出网站首页的完整网址，如 http://www.example.gov.cn/
config-invalid-date = 无效的日期 { $day }: 应为 YYYY-MM-DD，如 2026-11-26
config-invalid-utc-offset = 无效的 utc_offset { $offset }: 应为 +08:00 这样的形式
config-unknown-format = 不支持的报告格式 { $format }: 可选 json, csv, html, md, junit, sarif, xlsx, docx
config-resolve-invalid-address = 无效的地址 crawl.resolve.{ $host } = { $address }: 应为 IP:端口，如 127.0.0.1:8080
config-resolve-invalid-host = 无效的主机名 crawl.resolve.{ $host }
config-out-of-range = { $key } = { $value }: 须在 { $lo } 到 { $hi }
config-user-agent-invalid = user_agent 不能为空或包含控制字符

## roster：站点名单（--roster）的错误

roster-cannot-read = 无法读取站点名单 { $path }
roster-invalid = 站点名单有误 { $place }: { $reason }
roster-no-sites = 站点名单中没有 [[sites]] { $path }
roster-bonus-negative = { $site }: bonus 须为不小于 0 的数
roster-site-twice = { $site }: 名单中重复列出了这个网站

## monitor：定时探测首页

monitor-span-invalid = { $span }: 应为 30m、2h、7d 这样的时长
monitor-span-unit = { $span }: 时长单位应为 s、m、h 或 d
monitor-span-too-long = { $span }: 时长过长
monitor-span-zero = { $span }: 时长必须大于 0
monitor-probe-not-stored = 警告：探测结果未能存入历史数据库：{ $reason }
monitor-probe-ok = 正常 { $status }
monitor-probe-failed-status-error = 失败 HTTP { $status }: { $error }
monitor-probe-failed-status = 失败 HTTP { $status }
monitor-probe-failed-error = 失败 { $error }
monitor-probe-failed = 失败
monitor-tally = 合计  { $url }  探测 { $probes } · 失败 { $failed } ({ $rate } %)
monitor-status = 已完成轮次 { $rounds } · 探测 { $probes } · 失败 { $failed } ({ $rate } %) · 下一轮 { $next }

## gate：CI 门槛（--fail-under、--fail-on）

gate-fail-under-accounts-only = --fail-under: 只审计政务新媒体账号时没有网站得分，请用 --fail-on veto
gate-fail-under-negative = --fail-under { $score }: 须为不小于 0 的分数
gate-fail-on-unknown = --fail-on { $item }: 既不是 veto、new，也不是已有的检查项（govaudit checks 列出全部）
gate-failed-no-account = 门槛未通过: { $site } 没有一个政务新媒体账号能够评估
gate-failed-not-scored = 门槛未通过: { $site } 未评分（没有抓取到任何页面）
gate-failed-veto = 门槛未通过 --fail-on veto: { $site } { $id } { $title }
gate-failed-under-vetoed = 门槛未通过 --fail-under { $limit }: { $site } 被单项否决，得分不计
gate-failed-under = 门槛未通过 --fail-under { $limit }: { $site } 得分 { $score }
gate-failed-finding = 门槛未通过 --fail-on { $pattern }: { $site } { $count } 条发现，首条在 ({ $first })

## rules：打印现行评分标准；rubric：读取评分细则文件

rules-no-limit = 不限
rules-limit-home-page = 首页
rules-limit-news = 动态要闻
rules-limit-notices = 通知公告
rules-limit-policy = 政策文件
rules-limit-personnel = 人事
rules-limit-planning = 规划计划
rules-limit-interaction = 政民互动
rules-limit-other = 其他栏目
rules-limit-accounts = 政务新媒体
rules-limit-overridden = 配置文件覆盖的更新期限：{ $name } { $config } 天（评分标准为 { $rubric }）
rubric-cannot-read = 无法读取评分细则文件 { $path }
rubric-invalid = 评分细则有误: { $reason }
rubric-built-in = 内置 ({ $name })

## explain：打印检查项的说明

explain-no-such-check = 没有这个检查项 { $check }; 用 govaudit checks 查看全部
# 无障碍规则在标准中的位置：govaudit checks 的行尾、explain 的标题下
standard-wcag = WCAG { $criteria }（{ $level } 级）· GB/T 37668 { $principle } · axe 影响 { $impact }
standard-best-practice = axe 最佳实践（不计分，仅提示）· GB/T 37668 { $principle } · axe 影响 { $impact }

## store：历史数据库

store-not-found = 没有找到历史数据库 { $path }
store-cannot-open = 无法打开历史数据库 { $path }
store-newer-version = 历史数据库由更新版本的 govaudit 创建 { $path }: 其版本为 { $version }, 本程序只认识到 { $latest }
store-not-ours = 这不是 govaudit 的历史数据库，未作改动： { $path }
store-locked = 历史数据库被另一个进程锁定： { $path } (稍后重试，或用 --db 换一个文件)
store-no-such-run = 历史数据库中没有这次运行： { $run }
store-several-sites = 数据库中有多个网站，请指明 --site 或两个运行编号: { $sites }
store-two-runs-needed = 需要同一网站的至少两次运行才能比较
store-journal-incomplete = 抓取日志未能写完

## history：列出历史数据库中的运行

history-unknown-format = --format { $format }: 可选 text, json
history-score-vetoed = { $total } ({ $grade }) 否决
history-not-scored = 未评分
history-no-runs = 没有记录
history-row = { $run }  { $as-of }  { $site }  { $root }  { $score } · 否决 { $vetoes } · 扣分 { $deductions } · 提示 { $notices }

## diff：比较两次运行

diff-two-runs-or-none = 请给出两个运行编号，或都不给
diff-unknown-format = --format { $format }: 可选 text, json, md
diff-title = { $site } · 运行 #{ $before } ({ $before-as-of }) { $before-score } → #{ $after } ({ $after-as-of }) { $after-score }
diff-incomplete = 注意：运行 #{ $run } 未完成（中断或达到上限），“已整改”中可能有未抓取到的问题
diff-new = 新发现 ({ $count })
diff-fixed = 已整改 ({ $count })
diff-still-open = 仍未整改 ({ $count })

## demo：示例网站

demo-cannot-serve = 无法在 127.0.0.1 上启动示例网站
demo-cannot-serve-at = 无法在 127.0.0.1 上启动示例网站 ({ $address })
demo-serving = 示例网站（清溪县人民政府）已在本机启动： { $url }
demo-tip-explain = 提示：用 govaudit explain <检查项> 查看每项检查的依据和修复方法。
demo-cannot-wait-for-ctrl-c = 无法等待 Ctrl-C
demo-neighbours = 门户链接到的其他网站，在本机的地址：
demo-dead-host = { $address } (已关闭，模拟失效网站)
demo-press-ctrl-c = 按 Ctrl-C 停止。
demo-stopped = 示例网站已停止。

## render-axe：--render 时在浏览器中用 axe-core 检查无障碍

# $hint：怎样安装或指明 axe-core
render-axe-not-found = 未找到 axe-core，浏览器中的无障碍检查（颜色对比度等）已跳过：{ $hint }
render-axe-hint = 用 npm install -g axe-core 安装，或在 [a11y] axe_core（环境变量 GOVAUDIT_AXE_CORE）中给出 axe.min.js 的路径
# $reason：为何不能启动；$pages：本应检查的页面数
render-axe-cannot-start = 无法启动 Chromium（{ $reason }），{ $pages } 个页面未在浏览器中做无障碍检查（颜色对比度等）

## notify：向负责整改的人发送预警和监测告警（[[notify]]、govaudit notify）

# $file：配置文件；$number：第几个 [[notify]]；$key：出错的键；$problem：原因
notify-config-invalid = { $file }: [[notify]] #{ $number } { $key }: { $problem }
notify-config-missing = 缺少此项
notify-config-kind = 不认识的类型 “{ $kind }”，应为 wecom、dingtalk、feishu、webhook 或 email
notify-config-empty = 不能为空
notify-config-not-for = { $kind } 不用此项
notify-config-both = 与 { $other } 只能给出一个
notify-config-env = 应为环境变量名（字母、数字、下划线）
notify-config-url = 应为 http:// 或 https:// 开头的网址
notify-config-tls = 不认识的 “{ $tls }”，应为 starttls、tls 或 none
notify-config-address = “{ $address }” 不是电子邮件地址
notify-config-timeout = 应为 1 到 { $max } 秒
notify-warnings-title = 【{ $site }】{ $count } 项即将超期的预警
notify-warnings-title-owner = 【{ $site }】{ $owner }：{ $count } 项即将超期的预警
notify-warning-item = { $due } 前：{ $detail }
notify-link = 链接
notify-more = ……另有 { $count } 项
notify-failed = 警告：消息未能发到 { $channel }：{ $reason }
notify-sent = 已发送消息 { $count } 条
notify-reason-unset = 环境变量 { $name } 未设置
notify-reason-client = 无法建立连接客户端
notify-reason-timeout = 超时
notify-reason-connect = 无法连接
notify-reason-transport = 网络错误
notify-reason-status = 对方返回 HTTP { $status }
notify-reason-code = 对方返回错误码 { $code }（{ $message }）
notify-reason-answer = 对方的应答中没有结果码
notify-reason-mail = 无法生成邮件
notify-reason-smtp = 邮件未能发出：{ $message }
notify-report-unreadable = 无法读取报告 { $path }
notify-report-invalid = { $path } 不是 govaudit 的 report.json：{ $reason }
notify-nothing = 报告中没有需要发送的预警。
notify-no-channel = 配置文件中没有 [[notify]]：无处发送（可用 --dry-run 预览消息）
notify-preview-no-channel = （配置文件中没有 [[notify]]，以下是消息的内容）
monitor-alert-not-stored = 警告：告警状态无法读写历史数据库，本轮不发告警：{ $reason }
monitor-alert-down = 【网站监测】{ $url } 无法访问
monitor-alert-down-item = { $at } 探测失败：{ $state }
monitor-alert-up = 【网站监测】{ $url } 已恢复访问
monitor-alert-up-item = { $at } 探测正常；自 { $since } 起曾无法访问
monitor-alert-rate = 【网站监测】{ $url } 近 7 天无法访问比例 { $rate } %，已达预警线 { $line } %（达到 5 % 即单项否决）
monitor-alert-rate-ok = 【网站监测】{ $url } 近 7 天无法访问比例回落到 { $rate } %，低于预警线 { $line } %
monitor-alert-rate-item = 近 7 天探测 { $probes } 次，失败 { $failed } 次

## workdays (issue 21 §3)：节假日安排（[calendar]）的错误
calendar-cannot-read = 无法读取节假日安排文件 { $path }
calendar-too-large = 节假日安排文件过大（超过 1 MB）：{ $path }
calendar-invalid = 节假日安排有误 { $place }：{ $reason }
calendar-reason-file = file 应为文件路径字符串
calendar-reason-year = 应为年份，如 [2027]（配置中写 [calendar.2027]）
calendar-reason-date = 无效的日期 { $day }：应为 YYYY-MM-DD，如 2027-10-01
calendar-reason-range = 结束日期早于开始日期，或一段假期超过 31 天
calendar-reason-workday = { $day } 不是周六或周日：调休上班日只列周末
calendar-reason-conflict = { $day } 同时列为放假日和上班日

# warnings: [warnings]、[[columns]]/[[accounts]] owner、[[maintenance]] 的配置错误
# $key：配置项
config-owner-invalid = { $key }：负责单位须为一行、非空、不超过 100 个字
config-maintenance-bad-time = { $key } = { $value }：应为 2026-11-03T22:00 这样的时间（按配置的 utc_offset）
config-maintenance-order = { $key }：结束时间须晚于开始时间
config-maintenance-no-reason = { $key }：须写明报备事由

## 复核（govaudit review、review.toml、--fail-on new）

# $path：文件
review-file-cannot-read = 无法读取复核文件 { $path }
review-file-too-large = 复核文件 { $path } 过大（超过 8 MB）
review-file-cannot-write = 无法写入复核文件 { $path }
# $place：文件与行列；$reason：原因
review-file-invalid = 复核文件有误 { $place }: { $reason }
# $n：第几条标记；$reason：原因
review-file-bad-mark = { $path } 第 { $n } 条标记: { $reason }
review-file-header = govaudit 复核标记（误报 false_alarm、核减 withdrawn、已知 known）；check 与 page 仅供阅读，按 fingerprint 匹配
# $fingerprint、$kind、$check、$site
review-marked = 已标记 { $fingerprint } 为{ $kind }（{ $check }，{ $site }）
review-unmarked = 已取消 { $fingerprint } 的标记
review-no-mark = 没有指纹为 { $fingerprint } 的标记：可用 govaudit review list 查看已有标记（并核对 --db、--site）
review-unknown-kind = --as { $kind }: 应为 false-alarm（误报）、withdrawn（核减）或 known（已知）
# $site：网站（* 为全部）
review-unknown-fingerprint = 历史数据库中网站 { $site } 的各次运行都没有指纹为 { $fingerprint } 的问题（指纹见 report.json、findings.csv 或评分表）
review-several-sites = 这个指纹出现在多个网站的运行中：{ $sites }；请用 --site 指明
review-none = 没有复核标记
review-until = 至 { $until }
# $count：标记数；$path：文件
review-exported = 已将 { $count } 条复核标记写入 { $path }
review-imported = 已从 { $path } 导入 { $count } 条复核标记
review-import-no-site = { $path } 第 { $n } 条标记没有 site：导入数据库的标记须写明网站根地址
gate-baseline-without-new = --baseline 只用于 --fail-on new
# $path：文件；$reason：原因
gate-baseline-invalid = --baseline { $path } 不是可用的 report.json（{ $reason }）
gate-baseline-cannot-read = 无法读取 --baseline { $path }
# $site：网站
gate-no-baseline = --fail-on new: { $site } 没有可比的基线（无 --baseline 中的该网站，历史数据库中也无此前完整的运行），全部单项否决与扣分问题都算新问题
# $count：新问题数；$check、$first：第一条的检查项与位置
gate-failed-new = 门槛未通过 --fail-on new: { $site } { $count } 条新问题（基线中没有），首条 { $check } 在 ({ $first })
notify-reason-not-url = 环境变量 { $name } 的值不是 http:// 或 https:// 地址，请改为机器人的完整网址
