### 站点模型与页面事实的文字：政务新媒体账号的评估结论（accounts-）、链接的失效原因（verdict-）、栏目分类（category-）、新媒体平台（platform-）、日期年份的来源（year-）。
### 每条消息在 en/model.ftl 中有同名的英文版本，变量相同。
### 消息首尾的空格会被 Fluent 去掉；需要保留时写成 {" "}。

## 政务新媒体账号：无法评估或无法访问的原因

accounts-robots = robots.txt 禁止抓取，未请求
accounts-not-requested = 审计中断，未请求
accounts-no-address = 门户只列出了二维码和名称，没有账号链接，无法检查；请在配置 [[accounts]] 中添加该账号的 URL
accounts-refused = 平台拒绝了请求（HTTP { $status }，人机验证、登录或限流），无法评估
accounts-http-error = 账号页面返回 HTTP { $status }
accounts-expired = 链接在平台上已失效（内容已删除或账号已注销）
accounts-login-wall = 平台要求登录后才能查看，无法评估
accounts-challenge = 平台返回人机验证页面，无法评估
accounts-unknown-format = 无法识别账号页面的格式：请在配置 [[accounts]] 中指定 reader（如 generic 加 selector）
accounts-no-dated-post = 页面中没有找到带日期的发布内容，无法评估
accounts-profile-only = 平台只返回了账号资料，没有发布列表（不是登录限制）：请在配置 [[accounts]] 中给出账号的发布列表地址

## 链接为何失效

verdict-status = 无法打开（HTTP { $status }）
verdict-gone = 页面返回 200 但内容已不存在（“{ $words }”），属于软 404
verdict-like-not-found = 页面与网站对不存在网址的响应相同，属于软 404
verdict-redirected-home = 深层链接被重定向到首页，原内容已不存在

# 网络错误

verdict-error-timeout = 请求超时，未在限定时间内打开
verdict-error-dns = 域名无法解析
verdict-error-refused = 连接被拒绝
verdict-error-reset = 连接被重置
verdict-error-tls = HTTPS 证书或加密连接错误
verdict-error-redirect-loop = 重定向形成循环
verdict-error-too-many-redirects = 重定向超过 10 次
verdict-error-bad-redirect = 重定向地址缺失或无效
verdict-error-other = 网络错误

## 栏目分类（决定更新期限）

category-news = 动态要闻类
category-notice = 通知公告类
category-policy = 政策文件类
category-personnel = 人事类
category-planning = 规划计划类
category-interaction = 互动交流类
category-other = 其他

## 政务新媒体平台

platform-wechat = 微信公众号
platform-weibo = 微博
platform-douyin = 抖音
platform-toutiao = 今日头条
platform-kuaishou = 快手
platform-feed = RSS 订阅
platform-other = 其他

## 列表日期的年份从何而来

year-written = 日期自带年份
year-from-url = 年份取自链接
year-from-neighbour = 年份取自同列表相邻信息
year-from-page-time = 年份取自页面生成时间
year-assumed = 年份推定

## 首页的网站标识（report.json 的 mark 编号）

mark-party-gov-logo = 党政机关网站标识
mark-site-code = 政府网站标识码
mark-icp = ICP备案编号
mark-psb = 公安机关备案标识
mark-sponsor = 主办单位
mark-contact = 联系方式

## GB/T 37668-2019 的四项原则（无障碍规则所属）

principle-perceivable = 可感知性
principle-operable = 可操作性
principle-understandable = 可理解性
principle-robust = 兼容性

# workdays (issue 21 §3): the working-day calendar
calendar-year-separator = 、
calendar-basis-separator = ；
calendar-basis-shipped = 按 { $years } 年国务院节假日安排（{ $notices }）计算
calendar-basis-config = 按配置的 { $years } 年节假日安排计算
calendar-basis-fallback = { $years } 年节假日安排未收录也未配置，按周一至周五计算

## 复核（误报、核减、已知）

review-kind-false-alarm = 误报
review-kind-withdrawn = 核减
review-kind-known = 已知
review-error-fingerprint = 指纹应为 16 位十六进制数字（见 report.json、findings.csv 或评分表中问题的“指纹”）
review-error-withdrawn-reason = 核减须写明理由（--reason）
review-error-reviewer = 须写明复核人（--by）
review-error-known-until = 已知问题须写明接受到哪一天（--until YYYY-MM-DD）
review-error-until-not-known = 只有已知问题（known）才有截止日期（--until）
# $field：哪个日期
review-error-day = { $field } 应为 YYYY-MM-DD 格式的日期
