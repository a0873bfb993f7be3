//! What titles name: the document a consultation, a result or an
//! interpretation is about, written in 《》 on county sites.

/// The document named in a title's first 《》, without 征求意见稿 (a
/// consultation and its result name the same document); `None` when the
/// title names none, or only a word.
pub fn named_document(title: &str) -> Option<String> {
    let start = title.find('《')? + '《'.len_utf8();
    let end = start + title[start..].find('》')?;
    let name = title[start..end]
        .replace("（征求意见稿）", "")
        .replace("(征求意见稿)", "")
        .replace("征求意见稿", "")
        .trim()
        .to_owned();
    (name.chars().count() >= 4).then_some(name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn documents() {
        assert_eq!(
            named_document("关于公开征求《清溪县物业管理办法（征求意见稿）》意见的公告").as_deref(),
            Some("清溪县物业管理办法")
        );
        assert_eq!(
            named_document("《清溪县物业管理办法（征求意见稿）》意见采纳情况反馈").as_deref(),
            Some("清溪县物业管理办法")
        );
        assert_eq!(named_document("关于征集2027年民生实事项目的公告"), None);
    }
}
