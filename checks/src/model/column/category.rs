//! A column's category from its name, by the keyword table of issue #3 and
//! the national rules: the category decides how fresh a column must be.

use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Category {
    /// 动态、要闻类
    News,
    /// 通知公告
    Notice,
    /// 政策文件
    Policy,
    /// 人事
    Personnel,
    /// 规划计划
    Planning,
    /// 政民互动
    Interaction,
    Other,
}

/// Keywords per category, most specific first: 政策解读 is policy although
/// it is not 政策文件; 招聘公告 is personnel although it says 公告.
const TABLE: &[(Category, &[&str])] = &[
    (Category::Interaction, &["领导信箱", "县长信箱", "书记信箱", "咨询", "留言", "征集", "信箱", "互动"]),
    (Category::Personnel, &["人事", "任免", "招录", "招聘", "招考"]),
    (Category::Policy, &["政策文件", "规范性文件", "政策解读", "文件", "政策"]),
    (Category::Notice, &["通知公告", "公示公告", "公告公示", "公告", "公示", "通知"]),
    (Category::Planning, &["规划", "计划"]),
    (
        Category::News,
        &["动态", "要闻", "新闻", "图片新闻", "资讯", "快讯", "工作动态", "乡镇动态", "部门动态"],
    ),
];

impl Category {
    /// The category a column name falls in.
    pub fn of(name: &str) -> Category {
        TABLE
            .iter()
            .find(|(_, words)| words.iter().any(|w| name.contains(w)))
            .map_or(Category::Other, |(c, _)| *c)
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Category::News => "news",
            Category::Notice => "notice",
            Category::Policy => "policy",
            Category::Personnel => "personnel",
            Category::Planning => "planning",
            Category::Interaction => "interaction",
            Category::Other => "other",
        }
    }

    /// The category's name for people.
    pub fn label(self, lang: crate::Lang) -> String {
        match self {
            Category::News => lang.word("category-news"),
            Category::Notice => lang.word("category-notice"),
            Category::Policy => lang.word("category-policy"),
            Category::Personnel => lang.word("category-personnel"),
            Category::Planning => lang.word("category-planning"),
            Category::Interaction => lang.word("category-interaction"),
            Category::Other => lang.word("category-other"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keyword_table() {
        let cases = [
            ("工作动态", Category::News),
            ("乡镇动态", Category::News),
            ("图片新闻", Category::News),
            ("今日要闻", Category::News),
            ("通知公告", Category::Notice),
            ("公示公告", Category::Notice),
            ("政策文件", Category::Policy),
            ("规范性文件", Category::Policy),
            ("政策解读", Category::Policy),
            ("人事信息", Category::Personnel),
            ("招聘公告", Category::Personnel),
            ("规划计划", Category::Planning),
            ("县长信箱", Category::Interaction),
            ("征集调查", Category::Interaction),
            ("机构职能", Category::Other),
        ];
        for (name, want) in cases {
            assert_eq!(Category::of(name), want, "{name}");
        }
    }
}
