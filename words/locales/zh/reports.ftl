### 报告中的文字：summary.md（md-）、HTML 评分表（html-）、排名表（ranking-）、junit.xml（junit-）。
### 每条消息在 en/reports.ftl 中有同名的英文版本，变量相同。
### 消息首尾的空格会被 Fluent 去掉；需要保留时写成 {" "}。

## scorecard.html：HTML 评分表

# 整页：标题、页脚

html-document-title-site = { $site } — 政府网站检查报告（{ $as-of }）
html-document-title-sites = 政府网站检查报告（{ $sites } 个网站，{ $as-of }）
html-footer-schema = 数据格式
html-footer-source = 由 report.json 生成；完整问题清单见 findings.csv

# 页头：网站概况与结论

html-kicker = 政府网站检查报告
html-address = 网址
html-audit-day = 检查日期
html-crawled = 抓取时间
html-rubric = 评分标准
html-site-kind = 网站类型
html-kind-no-services = { $kind }；无公共服务，不计办事服务指标，按满分折算
html-crawl = 抓取规模
html-crawl-size = { $pages } 个页面，检查 { $links } 个链接目标（{ $dead } 个失效），{ $requests } 次请求，用时 { $seconds } 秒
html-crawl-skipped = ；未请求 { $skipped } 个（robots.txt、排除规则、站外等）
html-crawl-blocked = ；{ $blocked } 个遇到人机验证，无法评估
html-home-page-newest = 首页最新信息
html-policy-interpretation = 政策解读
html-policy = 近一年政策文件 { $documents } 份：有解读 { $interpreted }，多元化解读 { $diversified }；县级工作方案目标 { $target }
html-policy-share = { $count } 份（{ $percent }）{ $below }
html-below-target = （未达目标）
html-gauge-title = 总分 { $total } 分（满分 { $scale }，合格线 { $mark }）
html-lost-and-bonus = 扣分 { $lost }；加分 { $bonus }
html-vetoed-total-note = 已单项否决，总分仅供参考
html-unassessed-points = 其中 { $points } 分的指标尚无自动检查，待人工核查
html-not-scored-note = 本站未评分：没有适用的评分标准。以下仍列出发现的问题。
html-truncated-note = 抓取因页数或时间限制提前结束，问题数为下限。
html-veto-banner = 单项否决：本站检查结果为不合格
html-colon = ：
html-unconfirmed = （未经证实）

# 各处共用的标签：网站类型、栏目分类、结论

html-kind-portal = 门户网站
html-kind-department = 部门网站
html-kind-township = 乡镇网站
html-category-news = 动态要闻
html-category-notice = 通知公告
html-category-policy = 政策文件
html-category-personnel = 人事
html-category-planning = 规划计划
html-category-interaction = 政民互动
html-category-other = 其他
html-verdict-vetoed = 不合格（单项否决）
html-verdict-pass = 合格
html-verdict-fail = 不合格
html-fired = 否决
html-clear = 未触发
html-not-assessed = 未评估
html-not-scored = 不计分
html-list-separator = 、
html-chart-summary-separator = ；

# 单项否决表

html-vetoes = 单项否决
html-id = 编号
html-veto = 否决项
html-result = 结果
html-evidence = 依据
html-findings = 问题数
html-to-confirm = 待人工确认

# 得分：指数、指标与扣分图

html-scores = 得分
html-by-index = 分项得分
html-points-lost-per-indicator = 各指标扣分
html-indicators = 扣分指标
html-index = 指数
html-weight = 分值
html-lost = 扣分
html-score = 得分
html-indicator = 指标
html-indicator-index = 所属指数
html-uncapped = 未封顶扣分
html-notes = 说明
html-capped = 已封顶
html-unconfirmed-tag = 未经证实
html-bars-legend = 红：扣分 · 灰：分值 · 斜线：已达扣分上限
html-bars-caption = 各指标扣分与分值，数字见下方“扣分指标”表。
html-bars-summary-item = { $indicator }：{ $value }
html-bars-lost = 扣 { $lost } / { $weight }
html-bars-lost-capped = 扣 { $lost } / { $weight }，已封顶（未封顶 { $uncapped }）
html-bars-not-assessed = 未评估（人工评分）

# 栏目更新与更新时间图

html-column-updates = 栏目更新
html-no-columns-were-found = 未识别到栏目。
html-no-freshness-chart = 没有可计算更新期限的栏目。
html-freshness-title = 栏目距最新信息的天数与更新期限
html-freshness-axis = 距最新信息天数占期限的比例
html-freshness-limit = 期限
html-freshness-caption = 每个栏目一根柱：距最新信息的天数占其更新期限的比例，虚线为期限，红色为超期。
html-freshness-caption-more = { $caption }图中为最需更新的 { $drawn } 个栏目，其余 { $rest } 个见下表。
html-age = { $column }：已 { $days } 天未更新（期限 { $limit } 天）
html-age-overdue = { $column }：已 { $days } 天未更新（期限 { $limit } 天，超期）
html-age-days = { $days }天
html-blank-columns = 空白栏目
html-undated-columns = 未识别到发布日期的栏目（按未更新计）
html-column-list-label = { $label }（{ $count }）：
html-column = 栏目
html-category = 分类
html-items = 条目数
html-newest-item = 最新信息
html-limit-days = 期限（天）
html-due = 到期日
html-state = 状态
html-year-assumed = （年份推定）
html-overdue = 超期
html-blank = 空白
html-exempt = 豁免
html-no-limit = 无更新期限
html-current = 正常
html-read-from-a-rendered-page = 浏览器渲染读取
html-built-by-script-not-read = 脚本生成，未能读取
html-list-built-by-script = 脚本生成列表

# 政务新媒体账号

html-official-new-media-accounts = 政务新媒体账号
html-official-accounts-fail-veto = 政务新媒体：不合格（单项否决）
html-official-accounts-pass = 政务新媒体：合格
html-official-accounts-not-assessed = 政务新媒体：未评估（没有账号能够评估）
html-accounts-summary = 共 { $accounts } 个账号，评估 { $evaluated } 个，其中不更新 { $stale } 个。
html-account = 账号
html-platform = 平台
html-unit = 主办单位
html-posts = 发文数
html-newest-post = 最新发文
html-account-qr-only = 仅列出二维码，没有链接：请在配置 [[accounts]] 中添加其 URL
html-unreachable = 无法访问
html-account-overdue = 超期未更新
html-not-evaluated = 无法评估
html-zombie = 僵尸账号

# 首页标识

html-identity-marks = 首页网站标识
html-mark-name = 标识
html-value-on-the-page = 页面上的值
html-present-no-written-value = 有（无文字值）
html-missing = 缺少

# 历次检查

html-trend-heading = 历次检查
html-trend-since-last = 与上次检查（{ $as-of }，运行 #{ $run }）相比：新发现 { $new } 个问题，已整改 { $fixed } 个，仍未整改 { $open } 个。
html-trend-diff-hint = （govaudit diff 列出明细）
html-trend-first = 这是该网站在历史数据库中的第一次检查。
html-trend-title = 历次得分：{ $scores }
html-trend-not-scored = 未评分

# 问题清单

html-problems-found = 问题清单
html-no-problems-found = 未发现问题。
html-notices = 其他提示
html-problems-intro = 共 { $total } 条，按计分规则分组；每组最多列出 { $max } 条，完整清单见 findings.csv。“发现日期”为本次检查日期。
html-group-veto = { $id } { $title }（单项否决）
html-group-rule = 规则 { $id }
html-group-points-lost = 扣 { $lost } / { $weight } 分
html-group-count = 共 { $count } 条
html-group-summary = { $count }；{ $cost }
html-problems-more = 还有 { $rest } 条，见 findings.csv
html-how-to-fix = 如何修复
html-row-number = 序号
html-problem = 问题
html-page-and-target = 页面与目标
html-status = 状态
html-location-and-evidence = 位置与证据
html-finding-rendered = 由 axe-core 在浏览器中检测（--render）
html-finding-screenshot = 页面截图
html-seen = 发现日期
html-severity-veto = 否决
html-severity-deduction = 扣分
html-severity-notice = 提示
html-finding-column = 栏目：
html-finding-account = 账号：
html-finding-mark = 标识：
html-finding-source = 出处：
html-finding-place = 位置：
html-not-bound-to-a-page = （不限于某一页面）
html-tag-home-page = 首页
html-tag-external = 外部链接

## summary.md：CI 用的 Markdown 摘要

md-title = govaudit 网站检查摘要（检查日 { $as-of }）
md-since-last = 与上次检查（{ $as-of }）相比：新发现 { $new } · 已整改 { $fixed } · 仍未整改 { $open }
md-new-media = { $mark } **政务新媒体**：{ $verdict } · 账号 { $accounts } 个，评估 { $evaluated } 个，不更新 { $stale } 个{ $vetoes }
md-new-media-vetoes = {" "}· 否决：{ $vetoes }
md-list-separator = ；
md-below-pass-mark = 未通过：低于合格线 { $mark }
md-verdict-vetoed = { $mark } **{ $grade }** · { $outcome } · 扣分情况仅供参考：{ $total } / { $scale }
md-verdict = { $mark } **{ $total } / { $scale }** · 等级：{ $grade } · { $outcome }
md-unassessed = {" "}· 其中 { $points } 分的指标待人工核查
md-crawl = { $root } · 页面 { $pages } · 链接 { $links }
md-colon = ：
md-capped = { $cell }（封顶，未封顶 { $uncapped }）
md-problem-page = {" "}· 页面 { $url }
md-problem-target = {" "}· 目标 { $url }
md-severity-counts = **问题数**：单项否决 { $veto } · 扣分 { $deduction } · 提示 { $notice }
md-not-assessed-list = 未评估：{ $vetoes }
md-to-confirm = （待人工确认）
md-full-scorecard = 查看完整评分表（HTML）
md-new-media-fail = 不合格
md-new-media-pass = 合格
md-new-media-not-assessed = 未评估（没有账号能够评估）
md-not-scored = 未评分
md-passed = 通过
md-failed-vetoed = 未通过：单项否决
md-crawl-truncated = {" "}· ⚠️ 抓取提前停止，问题数为下限
md-vetoes = 单项否决
md-indicators-that-lost-points = 失分指标
md-indicators-table-head = | 指标 | 扣分 / 分值 | 问题数 |
md-no-problems-found = 未发现问题。
md-top-problems = 主要问题

## ranking.html：多个网站的排名表

ranking-document-title = 政府网站检查排名（{ $as-of }）
ranking-rubric = 评分标准：{ $rubric }
ranking-day-and-count = 检查日期：{ $as-of }；共 { $sites } 个网站。同分同结论者并列。
ranking-new-media = { $verdict }：账号 { $accounts } 个，评估 { $evaluated } 个，不更新 { $stale } 个
ranking-title = 政府网站检查排名
ranking-footer = 由各网站的 report.json 汇总生成
ranking-rank = 排名
ranking-site = 网站
ranking-address = 网址
ranking-kind = 类型
ranking-total = 总分
ranking-grade = 等级
ranking-veto-reasons = 否决原因
ranking-official-accounts = 政务新媒体
ranking-list-separator = ；
ranking-new-media-fail = 不合格（否决）
ranking-new-media-pass = 合格
ranking-new-media-not-assessed = 未评估

## junit.xml：CI 用的测试结果

junit-veto-fired = 单项否决：{ $evidence }
junit-uncapped = （未封顶 { $uncapped }）
junit-lost = 扣 { $lost } 分 / { $weight } 分{ $capped }，{ $count } 个问题
junit-more = ……另有 { $more } 个问题，见 report.json
junit-not-scored = 未评分
junit-excluded = 不计分：网站按无办事服务评分
junit-not-measured = 本版本不能自动评估，需人工评分

# workdays (issue 21 §3): the consultations summary in the scorecard
html-replies-title = 留言答复时间
html-replies = 近一年在 3 个月内答复的留言 { $timed } 条：1 个工作日内答复 { $prompt } 条（{ $percent }），超过 { $limit } 个工作日 { $over } 条。{ $calendar }
html-replies-calendar-shipped = { $year } 年按国务院节假日安排（{ $notice }）计算
html-replies-calendar-config = { $year } 年按配置的节假日安排计算
html-replies-calendar-fallback = { $year } 年节假日安排未收录，按周一至周五计算

## 交付件（issue 21 §4）：report.xlsx 工作簿与 report.docx 检查情况通报

office-group-veto = { $id } { $title }（单项否决）
office-group-rule = 评分规则 { $id }
office-group-notices = 提示（不扣分）
office-not-scored = 未评分
office-not-scored-excluded = 不计分
office-yes = 是
office-no = 否
xlsx-title = 政府网站检查结果（{ $as-of }）
xlsx-sheet-summary = 概况
xlsx-sheet-columns = 栏目
xlsx-sheet-accounts = 政务新媒体账号
xlsx-sheet-ranking = 排名
xlsx-rows-cut = 另有 { $rows } 行超出 Excel 工作表的行数上限，未列出；全部内容见 report.json 和 findings.csv
xlsx-cell-cut = ……（超出 Excel 单元格长度上限，已截断；全文见 report.json）
xlsx-item = 项目
xlsx-value = 内容
xlsx-status = 状态
xlsx-evidence = 证据
xlsx-count = 问题数
xlsx-weight = 分值
xlsx-points-lost = 扣分
xlsx-points-left = 得分
xlsx-site = 网站
xlsx-address = 网址
xlsx-as-of = 检查日期
xlsx-pages = 抓取页面数
xlsx-findings = 发现问题数
xlsx-rubric = 评分标准
xlsx-score = 总分
xlsx-grade = 等级
xlsx-verdict = 结论
xlsx-vetoes = 单项否决
xlsx-indicators = 指标得分
xlsx-rule = 指标
xlsx-check = 检查项
xlsx-check-id = 检查项编号
xlsx-severity = 性质
xlsx-page = 页面
xlsx-target = 问题链接或对象
xlsx-detail = 问题说明
xlsx-location = 位置
xlsx-due = 整改期限
xlsx-owner = 责任单位
xlsx-column = 栏目
xlsx-category = 类别
xlsx-level = 层级
xlsx-items = 条目数
xlsx-latest = 最近更新
xlsx-limit-days = 更新时限（天）
xlsx-stale = 不更新
xlsx-blank = 空白
xlsx-exempt = 豁免
xlsx-account = 账号
xlsx-platform = 平台
xlsx-unit = 主办单位
xlsx-posts = 发文数
xlsx-reachable = 可访问
xlsx-state = 状态
xlsx-listed-on = 公布页面
xlsx-accounts-failed = 政务新媒体
xlsx-accounts-failed-cell = 账号 { $accounts } 个，不更新 { $failed } 个
docx-title = 关于{ $site }网站检查情况的通报
docx-title-roster = 关于{ $sites }个网站检查情况的通报
docx-scope = 根据《国务院办公厅秘书局关于印发政府网站与政务新媒体检查指标、监管工作年度考核指标的通知》（国办秘函〔2019〕19号）要求，{ $as-of }对{ $site }（{ $root }）进行了检查，共抓取页面{ $pages }个，检查链接{ $links }个。现将检查情况通报如下。
docx-scope-roster = 根据《国务院办公厅秘书局关于印发政府网站与政务新媒体检查指标、监管工作年度考核指标的通知》（国办秘函〔2019〕19号）要求，{ $as-of }按“{ $rubric }”对{ $sites }个网站进行了检查。现将检查情况通报如下。
docx-part-number = { $n }、
docx-sub-number = （{ $n }）
docx-results = 检查结果
docx-problems = 发现的问题
docx-fix = 整改要求
docx-result = 检查得分{ $total }分（满分{ $scale }分），等级为“{ $grade }”，结论：{ $verdict }。
docx-result-vetoed = 触发单项否决，检查结果为“{ $grade }”（扣分情况仅供参考：{ $total }分）。
docx-veto = 单项否决指标
docx-veto-evidence = 情况说明
docx-no-problems = 未发现问题。
docx-more = 另有{ $rest }个问题未列出，详见 report.xlsx。
docx-fix-intro = 请{ $site }对照上述问题逐项整改，于下表所列期限前完成（未另定期限的，自检查之日起{ $days }个工作日内，即{ $day }前），并将整改情况报送检查单位。
docx-number = 序号
docx-signature = 政府网站检查组
docx-group-lost = { $title }（扣{ $lost }分，共{ $count }个问题）
docx-group = { $title }（共{ $count }个问题）
docx-page = 页面：{ $page }
docx-target = 链接：{ $target }
docx-location = 位置：{ $location }
docx-evidence = 证据：{ $evidence }
docx-finding = { $n }. { $problem }（{ $where }）
docx-new-media = 政务新媒体：{ $verdict }。共有账号{ $accounts }个，评估{ $evaluated }个，其中不更新{ $stale }个。
office-grade-verdict = { $grade }（{ $verdict }）
office-problem = { $check }：{ $detail }
docx-finding-bare = { $n }. { $problem }
docx-date = { $year }年{ $month }月{ $day }日

## 复核（误报、核减、已知），评分表与 findings.csv

review-heading = 复核
review-fingerprint = 指纹{" "}
review-colon = ：
review-separator = 、
# $count：条数
review-withdrawn-count = 核减 { $count } 条
# $reviewer：复核人；$count：条数
review-withdrawn-by-one = { $reviewer } { $count } 条
review-false-alarms-count = 误报 { $count } 条
review-known-count = 已知（暂予接受）{ $count } 条
# $until：日期
review-known-first-lapses = 最早于 { $until } 到期
review-until-day = 接受至 { $until }
review-expired-heading = 已过期的已知标记 { $count } 条（问题重新计分）
review-resolved-heading = 已解决的标记 { $count } 条（本次未再发现该问题）
review-expired-tag = （已过期）
# $rest：未列出的条数
review-more-marked = ……另有 { $rest } 条已标记的问题，见评分表与 findings.csv

# Review marks in the deliverables (lead, after the merge of issue 21)
office-group-reviewed = 经复核不计分的问题（误报、核减、已知）
docx-review = 复核：{ $kind }（{ $reviewer }：{ $reason }）
xlsx-fingerprint = 指纹
xlsx-review = 复核
xlsx-reviewer = 复核人
xlsx-review-reason = 复核理由
xlsx-review-until = 接受至
xlsx-review-expired = { $kind }（已过期）
docx-review-line = 经复核，核减 { $withdrawn } 个问题{ $by ->
    [none] {""}
   *[other] （{ $by }）
}，误报 { $false-alarms } 个，已知暂予接受 { $known } 个；以上问题不计分，列于“发现的问题”末尾备查。
