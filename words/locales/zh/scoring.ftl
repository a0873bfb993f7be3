### 评分的文字：govaudit rules 列出的评分标准（score-）、单项否决的判定依据（veto-）、否决所用的统计量（metric-）。
### 每条消息在 en/scoring.ftl 中有同名的英文版本，变量相同。
### 消息首尾的空格会被 Fluent 去掉；需要保留时写成 {" "}。分值由程序格式化后以文字传入。

## govaudit rules：评分标准逐行列出

# 总体设置；$unconfirmed 为空或 score-unconfirmed

score-scale = 满分 { $total } · 合格线 { $pass-mark } · 加分门槛 { $bonus-gate } · 加分上限（仅门户网站） { $bonus-total }{ $unconfirmed }
score-grades = 等级： { $grades }{ $unconfirmed }
score-freshness = 更新期限（天）： 首页 { $homepage } · 动态要闻 { $news } · 通知公告 { $notice } · 政策文件 { $policy } · 人事 { $personnel } · 规划计划 { $planning }{ $unconfirmed }
score-unconfirmed = （未经证实）
score-source = 依据： { $source }

# 单项否决

score-vetoes-heading = 单项否决（任一项触发即不合格）
score-veto-accounts = ［政务新媒体］
score-fires-when = 触发： { $conditions }
score-conditions-separator = ；或{" "}
score-decided-by-person = 人工判定
score-condition-lead = { $check } （仅作线索）
score-condition-found = { $check } 出现
score-condition-at-least = { $check } ≥ { $count } 条
score-condition-at-least-distinct = { $check } ≥ { $count } 条（同一检查项证据相同的问题算 1 条）
score-condition-availability = 可用性监测（govaudit monitor）达到参数中的失败比例
score-veto-without-services = 不适用于按无公共服务计分的网站（service = false）
score-parameters = 参数： { $parameters }

# 扣分指标；$note 为空或 score-index-without-services

score-indicators-heading = 扣分指标（分值即扣分上限）
score-index = { $title } [{ $id }] { $points } 分{ $note }
score-index-without-services = ；无办事服务的网站不计此项，按比例折算
score-indicator = { $title } — { $points } 分{ $unconfirmed }
score-indicator-manual = 人工核查（本版本没有对应的自动检查）
score-point-rule = { $check }{ $when }: 每条扣 { $points }

## 单项否决的判定依据（report.json 的 evidence）

veto-separator = ；
veto-decided-by-person = 人工判定否决：{ $reason }
veto-metric = { $metric } { $value } 个（达到 { $at-least } 个即否决）
veto-leads = 线索：{ $leads }
veto-leads-to-check = 待人工核实的线索：{ $leads }
veto-no-lead = 本次审计未发现线索；此项由人工判定（可在配置 [scoring] vetoes 中记录结论）
veto-no-automatic-check = 需人工判定：本版本没有对应的自动检查（可在配置 [scoring] vetoes 中记录人工结论）
veto-without-services = 本网站按无公共服务职能计分（75 × 4/3），不据此项否决；如需判定请在配置 [scoring] vetoes 中记录
veto-year-assumed = 需人工确认：部分列表日期未写年份，网站上也无可判定年份的依据（年份推定）；这些日期若早一年，本项即否决
veto-no-pages = 未抓取到任何页面，无法判定
veto-no-homepage-list = 首页及其二级页面没有可识别日期的信息列表，无法判定
veto-no-leaders-page = 没有找到领导信息页面，无法判定
veto-first-of = { $first }（共 { $count } 条）
veto-none-found = 未发现“{ $check }”问题
veto-below = “{ $check }”问题 { $count } 条（达到 { $at-least } 条即否决）

# 可用性监测（V2）；$share、$line 为百分数

veto-availability-too-few = 可用性监测不足：需连续 { $days } 天、每天至少 { $per-day } 次探测（govaudit monitor），现有满足条件的 { $full } 天
veto-availability = { $days } 天共探测 { $probes } 次，失败 { $failures } 次（{ $share }%，否决线 { $line }%）
veto-availability-close = { $days } 天共探测 { $probes } 次，失败 { $failures } 次（{ $share }%，否决线 { $line }%），已接近否决线

## 否决所用的统计量

metric-stale-news-or-first-level-notice-policy = 动态要闻及一级通知公告、政策文件栏目不更新
metric-stale-columns = 应更新未更新的栏目
metric-blank-columns = 空白栏目

# warnings：单项否决第 2 项的报备停机时段（[[maintenance]]）
# $from、$to：起止时间；$reason：事由；$excluded：未计入的探测次数
veto-availability-maintenance = ；报备停机 { $from } 至 { $to }（{ $reason }），{ $excluded } 次探测未计入
