//! `content.suspect-word`: a probable wrong word (疑似错误) for a person to
//! confirm: the lexicon's 疑似 entries, whose wrong form is usually a typo
//! but has right uses the exceptions may not all list.

use crate::check::{CheckInfo, Severity};
use crate::facts::lexicon::Grade;
use crate::facts::page::{PageDoc, PageIssue};

pub const INFO: CheckInfo = CheckInfo {
    id: "content.suspect-word",
    severity: Severity::Notice,
    title_zh: "页面出现疑似错别字，请人工确认",
    title_en: "A probable wrong word (疑似错误) to confirm",
    docs_zh: "\
检查内容：页面标题和可见文字中是否出现错词表里等级为“疑似”的写法：多半是错的，但也有正确用法的词，\
如“布署”（应为“部署”，但“发布署名文章”不是错）、“竟争”、“既使”、“了了”“在在”这样的叠字（“为了了解”“现在在”不是错）。\
已知的正确用法作为例外列在词条里，命中处在例外之中的不报告；其余报告为提示，不扣分，由人工确认后改正。\
每个词每页报告一次，附所在句子、建议写法和词条出处。错词表：checks/lexicon/suspect.txt，\
用户可在 [content] words 文件中加入等级为“疑似”的词。\
本站附件（PDF、Word、Excel，见 content.pii-attachment）的文字同样按错词表检查，每个附件每个错词报告一次，附文件、链接它的页面和所在位置（页、段、工作表和行）。

为何重要：错别字是各地通报最常点名的问题之一；把“可能错”和“肯定错”分开，扣分的检查才不会误伤正确的稿件，\
而可能的错误仍然有人看。

如何修复：逐条核对所在句子：确是错字的改正；是正确用法的，可以把这段文字作为例外加入自己的错词文件。

参考：国办秘函〔2019〕19号（内容准确性）；《咬文嚼字》编辑部《当代汉语出版物中最常见的100个别字》（2005年）；\
新华社《新闻信息报道中的禁用词和慎用词》（2016年修订）。",
    docs_en: "\
What it checks: whether a page's title and visible text contain a form the lexicon grades suspect (疑似): usually \
wrong but with right uses, such as 布署 for 部署 (right in 发布署名文章), 竟争, 既使, and doubled 了了 or 在在 (right in \
为了了解, 现在在). Known right uses are listed as the entry's exceptions and not reported; the rest are reported as \
notices, costing no points, for a person to confirm. Each form is reported once per page with its sentence, the \
correction and the entry's source. The lexicon: checks/lexicon/suspect.txt, plus the user's suspect entries in the \
file `[content] words` names. \
The text of the site's attachments (PDF, Word, Excel; see content.pii-attachment) is read with the same lexicon: each word once per file, with the file, the page linking it and where (page, paragraph, sheet and row).

Why it matters: typos are among what bulletins name most often; keeping \"probably wrong\" apart from \"wrong\" \
keeps the deducting checks from hitting correct text while the probable errors still get a look.

How to fix: read each sentence: correct the real typos; where the use is right, add that text as an exception in \
your own words file.

References: 国办秘函〔2019〕19号 (accurate content); 《咬文嚼字》's list of the 100 most common wrong characters \
(2005); Xinhua's banned and cautioned words (revised 2016).",
    standard: None,
};

pub fn run(doc: &PageDoc<'_>) -> Vec<PageIssue> {
    super::issues(doc, Grade::Suspect)
}
