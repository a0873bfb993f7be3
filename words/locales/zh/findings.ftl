### 检查发现的问题（finding 的 detail、evidence 等）：消息 id 以检查编号开头（a11y.image-alt → a11y-image-alt-…）。
### 每条消息在 en/findings.ftl 中有同名的英文版本，变量相同。
### 检查的标题和说明文档写在检查的源文件里，与规则放在一起。
### 消息首尾的空格会被 Fluent 去掉；需要保留时写成 {" "}。

## 任一页面检查

# 一页中同一检查超出上限时，最后保留的一条问题。
page-check-more-not-listed = { $detail }（本页另有 { $more } 处同类问题未逐一列出）

## a11y：无障碍

# 图片

a11y-area-alt-detail = 图片热区链接没有 alt、aria-label 或 title，读屏用户不知道它通向哪里
a11y-image-alt-detail = 图片没有 alt 属性，也没有 aria-label、aria-labelledby 或 title
a11y-image-alt-detail-space = 图片的 alt 只有空格：装饰图片应写 alt=""，有含义的图片应写出内容
a11y-input-image-alt-detail = 图片按钮没有 alt、aria-label、title 或标签文字
a11y-object-alt-detail = 嵌入的 <object> 没有 title、aria-label 或 aria-labelledby
a11y-role-img-alt-detail = role="img" 的元素没有 aria-label、aria-labelledby 或 title
a11y-svg-img-alt-detail = SVG 图片没有 <title>、aria-label、aria-labelledby 或 title

# 名称与标签

a11y-button-name-detail = 按钮没有文字、aria-label、title 或标签
a11y-frame-title-detail = 框架没有 title、aria-label 或 aria-labelledby
a11y-input-button-name-detail = 按钮没有 value 文字、aria-label 或 title
a11y-label-detail = 输入框没有关联的 <label>、aria-label、title 或 placeholder
a11y-label-detail-hidden-label = 关联的 <label for> 对读屏软件隐藏，输入框没有其他名称
a11y-label-detail-labelledby = 输入框的 aria-labelledby 指向的元素不存在或没有文字，也没有其他标签
a11y-link-name-detail = 链接没有文字、aria-label 或 title
a11y-link-name-detail-image = 链接只含图片，图片没有 alt 文字，链接也没有 aria-label 或 title
a11y-link-name-detail-icon = 图标链接没有文字、aria-label 或 title
a11y-link-name-detail-javascript = javascript: 空链接没有文字、aria-label 或 title
# $option：下拉菜单第一项的文字
a11y-select-name-detail-first-option = 下拉菜单（首项“{ $option }”）没有 label、aria-label 或 title
a11y-select-name-detail = 下拉菜单没有 label、aria-label 或 title

# 文档：语言、标题、id、刷新、缩放、焦点顺序

a11y-html-has-lang-detail = <html> 没有声明页面语言（lang）
a11y-html-has-lang-detail-xml-lang = 只有 xml:lang 没有 lang，HTML 页面需要 lang 属性
# $codes：无效的语言代码，以空格分隔
a11y-html-lang-valid-detail = { $codes } 不是有效的语言代码，简体中文应写 lang="zh-CN"
a11y-valid-lang-detail = { $codes } 不是有效的语言代码
a11y-document-title-detail = 页面没有 <title> 元素
a11y-document-title-detail-empty = 页面的 <title> 为空
a11y-duplicate-id-detail = id="{ $id }" 在本页被 { $count } 个元素使用
a11y-duplicate-id-aria-detail = 被引用的 id="{ $id }" 在本页被 { $count } 个元素使用
# $delay：秒数，可能带小数
a11y-meta-refresh-detail = 页面在 { $delay } 秒后自动刷新或跳转
# $item：content 中限制缩放的一项，如 user-scalable=no
a11y-meta-viewport-detail = viewport 的 { $item } 禁止或限制了页面缩放
a11y-tabindex-detail = tabindex="{ $value }" 大于 0，打乱了键盘焦点顺序

# 结构：标题层级、列表

a11y-heading-order-detail = { $level } 级标题紧跟在 { $previous } 级标题之后，跳过了中间级别
# $element：父元素的标签名
a11y-list-detail = <{ $element }> 的直接子节点含有 { $child }，只应包含 li
a11y-listitem-detail-role = li 的父元素角色为 { $role }，不是列表
a11y-listitem-detail-element = li 的父元素是 <{ $element }>，不是 ul/ol

# ARIA（$attributes：属性名，以逗号分隔）

a11y-aria-allowed-attr-detail-role = 角色 { $role } 不支持 { $attributes }
a11y-aria-allowed-attr-detail-element = 无角色的 <{ $element }> 不支持 { $attributes }
a11y-aria-deprecated-role-detail = role="{ $role }" 已被 WAI-ARIA 废弃
a11y-aria-hidden-focus-detail = aria-hidden="true" 的内容中有 { $count } 个可用 Tab 键聚焦的元素
a11y-aria-prohibited-attr-detail-role = 角色 { $role } 不能用 { $attributes } 命名，且元素没有文字内容
a11y-aria-prohibited-attr-detail-element = 无角色的 <{ $element }> 不能用 { $attributes } 命名，且元素没有文字内容
a11y-aria-required-attr-detail = role="{ $role }" 缺少必需属性：{ $attributes }
a11y-aria-roles-detail = role="{ $roles }" 不是有效的 ARIA 角色
a11y-aria-roles-detail-abstract = role="{ $roles }" 是抽象角色，不能用在页面上
a11y-aria-valid-attr-detail = 不存在的 ARIA 属性：{ $attributes }
a11y-aria-valid-attr-value-detail = ARIA 属性取值无效：{ $attributes }

# 首页的辅助入口

a11y-assist-entry-evidence = 首页未发现无障碍、长者模式或关怀版入口

## column：栏目

column-blank-detail = 栏目“{ $column }”没有任何信息
column-blank-evidence = 页面显示“暂无信息”类提示，列表为空
# $due：超期的日期；$left：剩余天数
column-due-soon-detail = 栏目“{ $column }”将于 { $due } 超期（还剩 { $left } 天），请及时更新
# $category：栏目分类；$limit：更新期限（天）；$date：最新信息的日期；$age：距今天数；$overdue：超期天数
column-stale-detail = 栏目“{ $column }”（{ $category }，期限 { $limit } 天）最新信息发布于 { $date }，已 { $age } 天未更新，超期 { $overdue } 天
column-stale-detail-undated = 栏目“{ $column }”（{ $category }）的 { $items } 条信息都没有可识别的发布日期，按规则视为未更新

# column.stale 与 column.due-soon 的依据：栏目最新的信息；括号中的说明接在后面

column-evidence-undated = 没有带日期的信息
column-evidence-newest = 最新：《{ $title }》 { $url } { $date }
column-evidence-list-date-used = （列表日期 { $list }，文章页日期 { $page }，按列表日期）
column-evidence-page-date-used = （列表日期未写年份，推定为 { $list }；按文章页日期 { $page }）
column-evidence-year-assumed = （列表日期未写年份，网站上也无可判定年份的依据，年份推定，请人工核实）

## interaction：政民互动

interaction-no-channel-detail = 网站没有找到可用的领导信箱、在线咨询或留言渠道
interaction-no-channel-evidence = 抓取 { $pages } 个页面，无咨询类栏目或可打开的咨询入口
# $column：互动栏目名称；$messages：留言条数；$newest：最新答复的日期；$months：期限（月）
interaction-not-published-detail = “{ $column }”最新答复在 { $newest }，近 { $months } 个月没有公开新的留言答复
interaction-not-published-detail-empty = “{ $column }”没有公开任何留言及答复
interaction-not-published-detail-undated = “{ $column }”公开的 { $messages } 条留言都没有同时标明留言时间和答复时间
interaction-not-published-evidence = 最新答复时间 { $newest }
interaction-not-published-evidence-empty = 留言 0 条
interaction-not-published-evidence-undated = 留言时间、答复时间不全
interaction-not-published-evidence-undated-newest = 留言时间、答复时间不全 { $newest }
# $message：留言标题；$days：用了几个工作日；$limit：期限（工作日）
interaction-slow-reply-detail = “{ $column }”中的留言“{ $message }”用了 { $days } 个工作日才答复，超过 { $limit } 个工作日的期限；{ $calendar }
interaction-slow-reply-evidence = 留言时间 { $asked }；答复时间 { $answered }；{ $days } 个工作日
# $asked：留言日期；$answered：答复日期；$due：应答复的最后日期；$as-of：检查日
interaction-unanswered-detail = “{ $column }”中的留言“{ $message }”{ $asked } 提交，至检查日 { $as-of } 仍未答复，超过 3 个月（应在 { $due } 前答复）
interaction-unanswered-detail-late = “{ $column }”中的留言“{ $message }”{ $asked } 提交，{ $answered } 才答复，超过 3 个月（应在 { $due } 前答复）
interaction-unanswered-evidence = 留言时间 { $asked }；无答复时间；期限 { $due }
interaction-unanswered-evidence-late = 留言时间 { $asked }；答复时间 { $answered }；期限 { $due }

## content：内容

# $title：信息标题；$deadline：正文写明的截止日期；$days：已过天数
content-expired-notice-detail = “{ $column }”中的“{ $title }”截止期限 { $deadline } 已过 { $days } 天，仍排在列表首位
content-expired-notice-detail-pinned = “{ $column }”中的“{ $title }”截止期限 { $deadline } 已过 { $days } 天，仍置顶
content-expired-notice-evidence = 正文截止期限 { $deadline }
content-expired-notice-detail-void = “{ $column }”中的“{ $title }”正文标明已废止或失效，列表中却没有标注
content-expired-notice-evidence-void = 正文：已废止/失效；列表：无标注
# $as-of：检查日；$list、$page：列表和文章页上的日期，没有时为 -
content-future-date-detail = 《{ $title }》的发布日期 { $date } 晚于检查日 { $as-of }
content-future-date-evidence = 列表日期 { $list } · 文章页日期 { $page }
# $name：领导姓名；$missing：缺少的项（content-leader-incomplete-title、-duties），以 content-leader-incomplete-separator 连接
content-leader-incomplete-detail = 领导信息中“{ $name }”缺少{ $missing }
content-leader-incomplete-title = 职务
content-leader-incomplete-duties = 分工
content-leader-incomplete-separator = 、
# $duties、$resume、$portrait：content-leader-incomplete-yes 或 -no；$title：页面所写职务，没有时为 -
content-leader-incomplete-evidence = 姓名 { $name }；职务 { $title }；分工 { $duties }；简历 { $resume }；照片 { $portrait }
content-leader-incomplete-yes = 有
content-leader-incomplete-no = 无
# $shown：页面所写职务；$listed：名单中的职务，以 content-leader-mismatch-separator 连接
content-leader-mismatch-detail-title = 严重错误：“{ $name }”的职务写作“{ $shown }”，领导名单为“{ $listed }”
# $until：名单中的离任日期
content-leader-mismatch-detail-ended = 严重错误：“{ $name }”已于 { $until } 离任“{ $listed }”（领导名单），页面仍列出
content-leader-mismatch-detail-missing = 严重错误：领导名单中的现任领导“{ $name }”（{ $listed }）未在领导信息页面列出
content-leader-mismatch-separator = ；
# 名单中的一行；$since、$until 没有时为 -
content-leader-mismatch-evidence = 名单：{ $name }，{ $title }，任职 { $since }，离任 { $until }
# $counts：各类号码的个数（content-pii-count），以 content-pii-list-separator 连接
content-pii-detail = 页面公开了未打码的个人信息：{ $counts }
content-pii-count = { $kind } { $count } 个
content-pii-list-separator = 、
# $numbers：打码后的号码示例，以逗号分隔
content-pii-evidence-kind = { $kind }: { $numbers }
content-pii-kind-id-card = 身份证号
content-pii-kind-mobile = 手机号
content-pii-kind-bank-card = 银行卡号
# $counts：各类号码个数（content-pii-half-masked-ids 等），以 content-pii-list-separator 连接
content-pii-half-masked-detail = 号码打码不到位：{ $counts }
content-pii-half-masked-ids = 身份证号 { $count } 个（出生日期可见）
content-pii-half-masked-mobiles = 手机号 { $count } 个（隐去不足 4 位）
# $format：附件格式（PDF、XLSX…）；$counts：各类号码个数；$persons：号码旁写明姓名的人数；$pages：链接该附件的页面数
content-pii-attachment-detail = { $format } 附件公开了未打码的个人信息：{ $counts }，涉及 { $persons } 人（有姓名）；{ $pages } 个页面链接该附件
# $format：附件格式；$counts：同 content-pii-half-masked-detail；$pages：链接该附件的页面数
content-pii-attachment-half-masked-detail = { $format } 附件中号码打码不到位：{ $counts }；{ $pages } 个页面链接该附件
# 附件只读了一部分（超出大小、解压、时间或文字限额）时接在说明后
content-pii-attachment-cut = （附件超出读取限额，只检查了前一部分）
# 附件中的位置
attachment-place-page = 第 { $page } 页
attachment-place-row = 工作表“{ $sheet }”第 { $row } 行
attachment-place-paragraph = 第 { $paragraph } 段
attachment-place-table-row = 表格 { $table } 第 { $row } 行
# $count：未列出的位置数
attachment-places-more = 等另 { $count } 处
# $wrong：错误的写法；$right：正确的写法；$count：本页出现次数
content-typo-detail = “{ $wrong }”应为“{ $right }”（{ $place ->
    [file] 本附件
   *[page] 本页
} { $count } 处）
content-typo-detail-marks = 标题中的“{ $mark }”没有配对
content-serious-error-detail = 严重表述错误：“{ $wrong }”应为“{ $right }”（{ $place ->
    [file] 本附件
   *[page] 本页
} { $count } 处）
content-serious-error-detail-note = 严重表述错误：“{ $wrong }”应为“{ $right }”，{ $note }（{ $place ->
    [file] 本附件
   *[page] 本页
} { $count } 处）
content-suspect-word-detail = 疑似错误，请人工确认：“{ $wrong }”可能应为“{ $right }”（{ $place ->
    [file] 本附件
   *[page] 本页
} { $count } 处）
content-suspect-word-detail-note = 疑似错误，请人工确认：“{ $wrong }”可能应为“{ $right }”，{ $note }（{ $place ->
    [file] 本附件
   *[page] 本页
} { $count } 处）

## page：单个页面

page-blocked-detail = 返回反爬虫验证页，无法评估
# $declared：页面声明的编码；$actual：实际的编码
page-charset-mismatch-detail = 页面声明字符编码为 { $declared }，实际为 { $actual }，浏览器会显示乱码
page-charset-mismatch-evidence = 声明编码 { $declared }；实际编码 { $actual }；响应头未指定 charset
page-oversize-detail = 正文超过读取上限，超出部分未检查
page-oversize-evidence = 正文已截断
# $why：解析停止的原因（下面四条之一）；$kb：已读取的 KB 数
page-oversize-detail-parse = { $why }，只检查了前 { $kb } KB，其余未检查
page-oversize-evidence-parse = { $why }, { $kb } KB
page-oversize-depth = 标签嵌套超过 { $levels } 层
page-oversize-nodes = 元素超过 { $elements } 个
page-oversize-errors = 标记错误超过 { $errors } 处
page-oversize-time = 解析超过 { $seconds } 秒

## account：政务新媒体账号

# $unit：开设单位；$platform：平台名称；$count：账号个数；$accounts：账号名称，以 account-duplicate-list-separator 连接
account-duplicate-detail = { $unit }在{ $platform }上有 { $count } 个账号：{ $accounts }
account-duplicate-list-separator = 、
# $why：原因（由账号评估给出）
account-not-evaluated-detail = 账号“{ $account }”无法评估：{ $why }
account-unreachable-detail = 账号“{ $account }”无法访问：{ $why }
# $latest：最新发布日期；$age：距今天数；$limit：期限（天）
account-stale-detail = 账号“{ $account }”最新发布于 { $latest }，已 { $age } 天未更新（期限 { $limit } 天）
account-stale-detail-no-post = 账号“{ $account }”的页面上没有任何发布
# 以下两条接在依据（最新发布的日期和标题）后面
account-stale-evidence-year-assumed = （年份推定：平台只写了月日，页面上没有可判定年份的依据，请人工核实）
account-stale-evidence-single-article = （仅据门户链接的单篇文章判断：若账号仍在更新，请在配置 [[accounts]] 中为同名账号指定历史消息页或镜像页）
account-zombie-detail = 账号“{ $account }”已 { $age } 天未更新（最后发布 { $latest }），属僵尸账号
# 接在最后发布的日期后面
account-zombie-evidence-year-assumed = （年份推定，请人工核实）

## consultation：意见征集

# $title：征集标题；$end：截止日期；$due：结果公开的期限；$published：结果公开的日期
consultation-result-overdue-detail = 征求意见“{ $title }”于 { $end } 截止，应于 { $due } 前公开意见采纳情况，至今未找到
consultation-result-overdue-detail-late = 征求意见“{ $title }”于 { $end } 截止，结果 { $published } 才公开，晚于 1 个月期限（{ $due }）
consultation-result-overdue-evidence = 截止日期 { $end }；结果公开期限 { $due }

## elderly：适老化

# $reason：链接失效的原因（由链接检查给出）
elderly-entry-broken-detail = 首页适老化入口{ $reason }

## identity：网站标识

identity-domain-detail = 网站域名 { $host } 不以 .gov.cn 结尾
identity-mismatch-detail = 首页上的政府网站标识码不一致
# $mark：标识的名称，如“政府网站标识码”
identity-missing-detail = 首页缺少{ $mark }
identity-missing-evidence = 首页未找到{ $mark }
identity-no-error-report-entry-evidence = 首页未找到找错入口或 jiucuo.js

## link：链接

# $reason：链接失效的原因
link-dead-detail-internal = 站内链接：{ $reason }
link-dead-detail-external = 外部链接：{ $reason }
link-unsendable-detail = 链接地址过长，未请求
# $bytes：链接地址的字节数
link-unsendable-evidence = { $bytes } bytes
# 外部链接去向（link.hidden、link.parked-domain、link.foreign-redirect、link.blocked-host、link.commercial）
# $host：链接的主机；$css：隐藏它的样式；$origin：样式所在位置（下面四条之一）
link-hidden-detail = 看不见的外部链接，指向 { $host }：{ $css }（{ $origin }）
# $element：隐藏链接的外层元素的选择器
link-hidden-detail-ancestor = ，由外层元素 { $element } 隐藏
# $host：链接的主机；$css：隐藏它的样式
link-hidden-detail-written = 脚本用 document.write 写入看不见的外部链接，指向 { $host }：{ $css }
link-hidden-origin-inline = 行内 style 属性
link-hidden-origin-attribute = 元素属性
# $selector：规则的选择器
link-hidden-origin-style-block = 页面 <style> 中的规则 { $selector }
# $url：样式表网址
link-hidden-origin-sheet = 样式表 { $url } 中的规则 { $selector }
# $host：最后到达的主机；$marker：页面上的停放或出售字样
link-parked-domain-detail = 外部链接的域名已停放或待售：{ $host } 的页面显示“{ $marker }”
# $from：链接的主机；$to：最后到达的主机；$hops：重定向次数
link-foreign-redirect-detail = 外部链接 { $from } 经 { $hops } 次重定向到了另一个域名 { $to }
link-blocked-host-detail = 链接指向屏蔽名单中的网站 { $host }
# $domain：商业网站的可注册域名
link-commercial-detail = 链接到商业网站 { $domain }，请人工确认是否必要
# $count：链接它的页面数；$pages：前几个页面
link-external-linked-from = { $count } 个页面链接：{ $pages }
# $more：未列出的页面数
link-external-more-pages = 等（另有 { $more } 个）

## policy：政策文件与解读

# $title：文件标题；$date：文件日期
policy-no-interpretation-detail = 政策文件“{ $title }”（{ $date }）没有找到配套的政策解读
policy-no-interpretation-evidence = 无标题对应或相互链接的解读
# $document：文件标题；$interpretation：解读标题；$missing：缺少的链接（下面三条之一）
policy-one-way-link-detail = 政策文件“{ $document }”与解读“{ $interpretation }”未相互链接：{ $missing }
policy-one-way-link-no-link-back = 解读页没有链接回文件
policy-one-way-link-no-link-to = 文件页没有链接到解读
policy-one-way-link-no-links = 两者互不链接

## service：办事服务

service-no-entry-evidence = 首页未发现办事服务、政务服务入口或政务服务网链接

## site：整个网站

# $year：上一年
site-no-annual-report-detail = 首页及其链接的页面上找不到 { $year } 年度政府网站工作年度报表（应于 1 月 31 日前公开）
site-no-annual-report-evidence = 未找到标题含“{ $year }”“年度”“报表”的链接或列表项
site-no-search-evidence = 首页未发现搜索框或搜索入口
# $query：检索词（首页最新文章的标题）；$problem：出了什么问题（下面两条之一，或 HTTP 状态、错误信息）
site-search-broken-detail = 用站内搜索检索首页最新文章“{ $query }”，{ $problem }
site-search-broken-no-link = 结果页没有链接到该文章
site-search-broken-no-results = 没有返回结果页
site-unreachable-detail = 网站首页：{ $reason }

## update：首页更新

# $age：最新信息距今天数；$limit：期限（天）
update-homepage-stale-detail = 首页最新信息已 { $age } 天未更新（期限 { $limit } 天）
update-homepage-stale-detail-second-level = 首页为导航页，其二级页面最新信息已 { $age } 天未更新（期限 { $limit } 天）
update-homepage-stale-detail-undated = 首页的信息都没有可识别的日期，视为未更新
update-homepage-stale-detail-second-level-undated = 首页为导航页，其二级页面的信息都没有可识别的日期，视为未更新
update-homepage-stale-evidence = 《{ $title }》 { $url } { $date }
# 接在依据后面
update-homepage-stale-evidence-year-assumed = （列表日期未写年份，年份推定）

## elderly：关怀版页面（issue 19）

# 接在下面几条的 $place 里：适老化模式在哪里看
elderly-care-mode-page = 关怀版页面
elderly-care-mode-home = 开启适老化模式的首页
# $place：上面两条之一
elderly-popup-ads-detail-window-open = { $place }在加载时用 window.open 弹出窗口
elderly-popup-ads-detail-floating = { $place }有随定时器飘动的飘窗（浮动广告或通知）
# $host：广告服务器的主机名
elderly-popup-ads-detail-ad-host = { $place }加载了广告服务器 { $host } 的内容
elderly-no-text-zoom-detail = 关怀版页面没有自己的字号调整（放大、缩小）按钮，只能靠浏览器缩放
elderly-no-text-zoom-evidence = 未发现 A+/A-、字号 大/中/小、放大/缩小 按钮或已知的无障碍工具条脚本
elderly-no-high-contrast-detail = 关怀版页面没有自己的高对比度或配色切换按钮
elderly-no-high-contrast-evidence = 未发现高对比度、反色、黑白、配色按钮或已知的无障碍工具条脚本
# $lacking：没有朗读的文章页数；$judged：检查的文章页数
elderly-no-read-aloud-detail = 抽查的 { $judged } 个文章页中有 { $lacking } 个没有朗读（语音播报）功能
# $examples：至多 3 个文章页地址，以空格分隔
elderly-no-read-aloud-evidence = 例如：{ $examples }

## static-aria：ARIA 结构、表单与键盘（issue 19）

# $role：元素的角色；$parents：要求的父角色
a11y-aria-required-parent-detail = role="{ $role }" 不在要求的父角色（{ $parents }）之内
# $role：容器角色；$children：要求的子角色
a11y-aria-required-children-detail = role="{ $role }" 没有必需的子角色（{ $children }）
# $children：不允许的子元素
a11y-aria-required-children-detail-unallowed = role="{ $role }" 含有不允许的子元素：{ $children }
# $tag：元素名；$roles：不允许的角色
a11y-aria-allowed-role-detail = <{ $tag }> 不允许使用 role="{ $roles }"
# $role：外层控件的角色；$count：可聚焦后代的数量；$tag：第一个的元素名
a11y-nested-interactive-detail = role 为 { $role } 的控件中嵌套了 { $count } 个可聚焦的控件（第一个是 <{ $tag }>）
# $reason：focusable 或 global-aria
a11y-presentation-role-conflict-detail = { $reason ->
    [focusable] 标为装饰的元素可以获得焦点，装饰标记被忽略
   *[other] 标为装饰的元素带有全局 ARIA 属性，装饰标记被忽略
}
a11y-label-title-only-detail = 输入框只有 title 或 aria-describedby，没有标签
# $key：快捷键；$count：使用它的元素数
a11y-accesskeys-detail = 快捷键 accesskey="{ $key }" 被 { $count } 个元素使用
# $value：autocomplete 的值
a11y-autocomplete-valid-detail = autocomplete="{ $value }" 不是有效的取值
a11y-aria-command-name-detail = 按钮、链接或菜单项没有可读的名称
a11y-aria-input-field-name-detail = 输入控件没有名称（需要 aria-label、aria-labelledby 或 title）
a11y-aria-toggle-field-name-detail = 复选、单选或开关控件没有可读的名称
a11y-aria-tooltip-name-detail = 提示框没有可读的内容
a11y-aria-meter-name-detail = 计量器没有名称（需要 aria-label、aria-labelledby 或 title）
a11y-aria-progressbar-name-detail = 进度条没有名称（需要 aria-label、aria-labelledby 或 title）
a11y-aria-dialog-name-detail = 对话框没有名称（需要 aria-label、aria-labelledby 或 title）
a11y-aria-treeitem-name-detail = 树节点没有可读的名称
# $count：可聚焦后代的数量
a11y-aria-text-detail = role="text" 的元素中含有 { $count } 个可聚焦的控件
a11y-summary-name-detail = 展开按钮 summary 没有可读的文字
# $attributes：只允许用在 treegrid 行上的属性；$owner：所在表格的角色
a11y-aria-conditional-attr-detail-row = { $owner } 的行不能使用 { $attributes }（只有 treegrid 的行可以）
# $aria：aria-checked 的值；$state：控件自身的选中状态
a11y-aria-conditional-attr-detail-checked = aria-checked="{ $aria }" 与控件自身的选中状态（{ $state }）不一致

## static-tables: tables, redundant alt, image maps, frame titles, same-name links, xml:lang, viewport scale (issue 19)

a11y-empty-table-header-detail = 表头单元格没有文字，读屏软件无法说明这一列（行）是什么
# $count: how many cells have the fault
a11y-td-headers-attr-detail-self = { $count } 个单元格的 headers 指向自身
a11y-td-headers-attr-detail-not-in-table = { $count } 个单元格的 headers 指向不存在或不在本表中的 id
a11y-td-headers-attr-detail-not-header = { $count } 个单元格的 headers 指向的不是表头单元格（th）
# $count: how many headers head no cell
a11y-th-has-data-cells-detail = { $count } 个表头没有对应的数据单元格，请人工复核
# $scope: the attribute's value
a11y-scope-attr-valid-detail-td = scope="{ $scope }" 写在普通单元格 td 上，HTML5 中只有 th 可以用 scope
a11y-scope-attr-valid-detail-value = scope="{ $scope }" 不是有效值（应为 row、col、rowgroup 或 colgroup）
# $caption: the caption's text
a11y-table-duplicate-name-detail = 表格的 summary 与标题“{ $caption }”相同，会被读两遍
# $text: the repeated words
a11y-image-redundant-alt-detail = 图片的替代文字与旁边的文字“{ $text }”重复，会被读两遍
a11y-server-side-image-map-detail = 服务器端图像映射（ismap）无法用键盘操作，请人工复核
# $title: the shared title; $count: how many frames share it
a11y-frame-title-unique-detail = { $count } 个框架的 title 都是“{ $title }”，请人工复核
# $name: the shared link text; $count: how many links have it
a11y-identical-links-same-purpose-detail = { $count } 个名为“{ $name }”的链接指向不同地址，请人工复核
# $lang, $xml_lang: the two attributes' values
a11y-html-xml-lang-mismatch-detail = lang="{ $lang }" 与 xml:lang="{ $xml_lang }" 的语言不一致
# $item: the content item, e.g. maximum-scale=3
a11y-meta-viewport-large-detail = { $item } 限制放大不到 5 倍
a11y-video-caption-detail = 视频没有 kind="captions" 的字幕轨道，请人工确认视频是否有声音或已压制字幕
# $property: letter-spacing or word-spacing; $value: its value
a11y-avoid-inline-spacing-detail = 行内样式 { $property }: { $value } !important 小于 WCAG 1.4.12 允许用户调整的间距

## render-axe：axe-core 在浏览器中发现的问题

# $title：规则名称；$summary：axe-core 对该元素的说明（英文）
a11y-rendered-detail = { $title }（axe-core：{ $summary }）
# govaudit 没有收录的 axe-core 规则。$rule：规则 id；$help：axe-core 的说明（英文）
a11y-rendered-unknown-detail = axe-core 规则 { $rule }：{ $help }

## static-landmarks：地标、一级标题、定义列表

# $child：第一个不合规的子节点（如 a、div > li、[role=link]、#text）
a11y-definition-list-detail-child = <dl> 的子节点含有 { $child }，只应包含 dt、dd（可用 div 分组）
a11y-definition-list-detail-order = <dl> 的直接子元素中没有跟在 dt 之后的 dd
# $role：dl 的 role
a11y-dlitem-detail-role = dt/dd 所在 dl 的角色为 { $role }，不是定义列表
# $element：dt/dd 的父元素标签名
a11y-dlitem-detail-element = dt/dd 的父元素是 <{ $element }>，不是 dl
# $role：地标角色（banner、contentinfo、main）
a11y-landmark-is-top-level-detail = { $role } 地标位于另一个地标之内
# $role：地标角色；$count：页面上的个数
a11y-landmark-no-duplicate-detail = 页面有 { $count } 个 { $role } 地标，只应有一个
# $role：地标角色；$name：名称；$count：同角色同名称的个数
a11y-landmark-unique-detail = { $count } 个 { $role } 地标的名称都是“{ $name }”，无法区分
# $role：地标角色；$count：同角色、都没有名称的个数
a11y-landmark-unique-detail-unnamed = { $count } 个 { $role } 地标都没有名称，无法区分

# workdays (issue 21 §3): interaction.silent
interaction-silent-detail = “{ $column }”最新的留言或答复在 { $newest }，超过 { $months } 个月没有公开留言
interaction-silent-evidence = 最新留言日期 { $newest }

# warnings：单项否决线之前的预警（*.due-soon）
# $due：首页超期的日期；$left：剩余天数
update-homepage-due-soon-detail = 首页最新信息将于 { $due } 超过 2 周（还剩 { $left } 天），请及时更新
# $account：账号名称；$due：超期日期；$left：剩余天数
account-due-soon-detail = 账号“{ $account }”将于 { $due } 超期（还剩 { $left } 天），请及时发布
# $column：栏目；$message：留言标题；$asked：留言日期；$due：答复期限；$left：剩余天数
interaction-unanswered-due-soon-detail = “{ $column }”中的留言“{ $message }”{ $asked } 提交，尚未答复，须在 { $due } 前答复（还剩 { $left } 天）
# $count：不更新栏目数；$line：否决线；$more：再有几个即达线
update-due-soon-stale-news-detail = 动态要闻类与一级通知公告、政策文件类栏目已有 { $count } 个不更新，再有 { $more } 个即达单项否决线（{ $line } 个）
update-due-soon-stale-detail = 应更新的栏目已有 { $count } 个不更新，再有 { $more } 个即达单项否决线（{ $line } 个）
# $column：下一个将超期的栏目；$due：其超期日期
update-due-soon-next-column = ；下一个将超期的是“{ $column }”（{ $due }）
# $count：空白栏目数；$line：否决线；$more：再有几个即达线
update-due-soon-blank-detail = 已有 { $count } 个空白栏目，再有 { $more } 个即达单项否决线（{ $line } 个）
# $days：天数；$share：失败率（%）；$warn：预警线（%）；$line：否决线（%）
site-unreachable-due-soon-detail = 最近 { $days } 天首页访问失败率 { $share }%，已达预警线 { $warn }%，达到 { $line }% 即单项否决
# $probes：探测次数；$failures：失败次数
site-unreachable-due-soon-evidence = 探测 { $probes } 次，失败 { $failures } 次
