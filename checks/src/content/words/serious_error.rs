//! `content.serious-error`: a serious wording error (严重表述错误) on a
//! page: the country's or a national body's name written wrong, an
//! important statement miswritten, a politically wrong phrasing that has a
//! right form (the lexicon's 严重 entries, shipped and the user's).

use crate::check::{CheckInfo, Severity};
use crate::facts::lexicon::Grade;
use crate::facts::page::{PageDoc, PageIssue};

pub const INFO: CheckInfo = CheckInfo {
    id: "content.serious-error",
    severity: Severity::Deduction,
    title_zh: "页面出现严重表述错误",
    title_en: "A serious wording error (严重表述错误) appears on the page",
    docs_zh: "\
检查内容：页面标题和可见文字（含各级标题）中是否出现错词表里等级为“严重”的写法：国名和国家机构名称写错\
（如“中华人民共合国”“国务院办工厅”），重要论述写错（如“社会主义核心价值关”），以及有正确写法的政治性错误提法，\
如新华社《新闻信息报道中的禁用词和慎用词》所列的“台湾政府”（应为“台湾当局”）、“两岸三地”、“北朝鲜”（应为“朝鲜”）、\
“中华台北”（应为“中国台北”）、“一带一路”战略（应为倡议）。每个错词每页报告一次，附所在句子、建议写法和词条出处。\
错词表是数据：govaudit 自带 checks/lexicon/serious.txt，用户可在配置 [content] words 指定的文件中加入本地的严重错词\
（如本县党政机构全称的错写）。不做分词：错形恰是两个正确词相连处的（如“东北朝鲜族”中的“北朝鲜”），词条以例外列出，\
只在命中处比对。领导人姓名、职务的错误由 content.leader-mismatch 检查。\
本站附件（PDF、Word、Excel，见 content.pii-attachment）的文字同样按错词表检查，每个附件每个错词报告一次，附文件、链接它的页面和所在位置（页、段、工作表和行）。

为何重要：国办秘函〔2019〕19号把严重表述错误列入单项否决的“严重问题”；2023—2025 年各地通报多次点名严重表述错误。\
govaudit 默认评分规则中，严重错误超过 3 处即判定不合格（检查实践中的做法，未经国家文件证实，可在评分规则中修改）。

如何修复：立即改正页面上的写法，并查找同一稿件在其他栏目、附件和政务新媒体上的转载一并改正；\
涉及台港澳和国际关系的提法按新华社禁用词和慎用词规范核对；发布前用 govaudit 检查。

参考：国办秘函〔2019〕19号（单项否决：严重表述错误）；新华社《新闻报道中的禁用词（第一批）》（2015年）\
及《新闻信息报道中的禁用词和慎用词》（2016年修订）。",
    docs_en: "\
What it checks: whether a page's title and visible text (headings included) contain a wrong form the lexicon grades \
serious (严重): the country's or a national body's name written wrong (中华人民共合国, 国务院办工厅), an important \
statement miswritten (社会主义核心价值关), or a politically wrong phrasing that has a right form, such as those in \
Xinhua's list of banned and cautioned words (新华社《新闻信息报道中的禁用词和慎用词》): 台湾政府 for 台湾当局, 两岸三地, \
北朝鲜 for 朝鲜, 中华台北 for 中国台北, the Belt and Road \"strategy\" for \"initiative\". Each wrong form is reported \
once per page with the sentence around it, the correction and the entry's source. The lexicon is data: \
checks/lexicon/serious.txt ships with govaudit, and users add their own serious entries in the file `[content] words` \
names. No segmentation: where a wrong form is also the junction of two right words (北朝鲜 inside 东北朝鲜族), the entry \
lists that text as an exception, compared only around a hit. Leaders' names and titles are content.leader-mismatch's. \
The text of the site's attachments (PDF, Word, Excel; see content.pii-attachment) is read with the same lexicon: each word once per file, with the file, the page linking it and where (page, paragraph, sheet and row).

Why it matters: 国办秘函〔2019〕19号 counts serious misstatements among the serious problems that fail a site; \
provincial bulletins of 2023–2025 name them again and again. govaudit's default rubric fails a site with more than \
three serious errors (a practice, not a national rule: the rubric says so and can change it).

How to fix: correct the wording at once, and wherever the same text was republished (other columns, attachments, \
official accounts); check phrasings on Taiwan, Hong Kong, Macao and foreign relations against Xinhua's list; check \
before publishing.

References: 国办秘函〔2019〕19号 (veto: serious misstatements); Xinhua, banned words in news reports (first batch, \
2015) and banned and cautioned words (revised 2016).",
    standard: None,
};

pub fn run(doc: &PageDoc<'_>) -> Vec<PageIssue> {
    super::issues(doc, Grade::Serious)
}
