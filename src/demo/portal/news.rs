//! Drafts for the news columns (工作动态, 乡镇动态, 部门动态, 图片新闻): the
//! meetings, inspections and local initiatives a county portal reports
//! every working day, and that column-freshness checks count.

use chrono::{Datelike, NaiveDate};

use super::names::{DEPARTMENTS, TOWNS, VILLAGES};
use super::prose::{Block, CLOSINGS, DEMANDS, Draft, PROGRESS, expand, leader, month_day, paragraph, topic};
use super::rng::Rng;

/// 工作动态: meetings and inspections by the county leadership.
pub(super) fn work(rng: &mut Rng, date: NaiveDate) -> Draft {
    let topic = topic(rng);
    let lead = leader(rng);
    let (t1, t2) = rng.pick_two(TOWNS);
    let md = month_day(date);
    let (title, opening) = match rng.below(4) {
        0 => (
            format!("我县召开{}工作推进会", topic.name),
            format!(
                "{md}，全县{}工作推进会召开。{lead}出席会议并讲话，会议传达学习了省、市有关会议精神，总结前一阶段工作，安排部署下一步重点任务。",
                topic.name
            ),
        ),
        1 => (
            format!("{lead}到{t1}、{t2}调研{}工作", topic.name),
            format!(
                "{md}，{lead}带队深入{t1}、{t2}，实地调研{}工作推进情况，现场协调解决存在的困难和问题。",
                topic.name
            ),
        ),
        2 => {
            // Executive meetings are numbered through the year, about one a week.
            let n = date.ordinal() / 8 + 1;
            (
                format!("县政府第{n}次常务会议研究{}等工作", topic.name),
                format!(
                    "{md}，县政府召开第{n}次常务会议，{lead}主持会议。会议传达学习了上级有关文件精神，研究{}等工作。",
                    topic.name
                ),
            )
        }
        _ => (
            format!("全县{}专题培训会举行", topic.name),
            format!(
                "为进一步提升干部业务能力，{md}，全县{}专题培训会在县行政中心举行，各乡镇、县级有关部门分管负责同志和业务骨干共{}余人参加培训。",
                topic.name,
                rng.range(60, 220)
            ),
        ),
    };
    let mut body = vec![Block::P(opening)];
    body.push(Block::P(expand(rng, "会议指出，{topic}工作事关全县经济社会发展大局，事关人民群众切身利益。今年以来，各级各部门{measures}，工作取得了积极成效，但也要清醒看到存在的短板和不足。", topic)));
    body.push(paragraph(rng, DEMANDS, topic));
    body.push(paragraph(rng, DEMANDS, topic));
    body.push(paragraph(rng, PROGRESS, topic));
    body.push(paragraph(rng, CLOSINGS, topic));
    let mut draft = Draft::new(title, "县政府办", body);
    draft.image = rng.chance(25);
    draft
}

/// 乡镇动态: what a town did this week.
pub(super) fn town(rng: &mut Rng, date: NaiveDate) -> Draft {
    let topic = topic(rng);
    let town = *rng.pick(TOWNS);
    let village = *rng.pick(VILLAGES);
    let verb = *rng.pick(&["扎实推进", "多措并举抓好", "持续深化", "全力做好", "创新开展"]);
    let title = format!("{town}{verb}{}工作", topic.name);
    let body = vec![
        Block::P(format!(
            "{}，{town}召开专题会议，安排部署{}工作，要求各村（社区）和站所迅速行动、压实责任。",
            month_day(date),
            topic.name
        )),
        Block::P(expand(
            rng,
            "近期，该镇组织干部职工深入各村组，{measures}，做到底数清、情况明、措施实。",
            topic,
        )),
        Block::P(format!(
            "在{village}，镇村干部与群众面对面交流，逐户宣讲政策，收集意见建议{}条，现场答复{}条。",
            rng.range(8, 40),
            rng.range(5, 20)
        )),
        paragraph(rng, PROGRESS, topic),
        Block::P(expand(rng, "该镇相关负责人表示，将持续{measures}，推动各项工作落地落实。", topic)),
    ];
    Draft::new(title, town, body)
}

/// 部门动态: a department's campaign or inspection.
pub(super) fn dept(rng: &mut Rng, date: NaiveDate) -> Draft {
    let topic = topic(rng);
    let dept = *rng.pick(DEPARTMENTS);
    let action = *rng.pick(&["开展", "部署", "召开", "组织开展"]);
    let what = *rng.pick(&["专项检查", "集中宣传活动", "工作会议", "业务培训", "督导检查"]);
    let title = format!("{dept}{action}{}{what}", topic.name);
    let body = vec![
        Block::P(format!(
            "{}，{dept}{action}{}{what}，局班子成员、各股室和下属单位负责人参加。",
            month_day(date),
            topic.name
        )),
        paragraph(rng, DEMANDS, topic),
        Block::P(expand(
            rng,
            "活动中，工作人员{measures}，并通过发放宣传资料、现场答疑等方式，引导群众知晓政策、支持工作。",
            topic,
        )),
        paragraph(rng, PROGRESS, topic),
        paragraph(rng, CLOSINGS, topic),
    ];
    Draft::new(title, dept, body)
}

/// 图片新闻: a photo with a short caption-like story.
pub(super) fn photo(rng: &mut Rng, date: NaiveDate) -> Draft {
    let topic = topic(rng);
    let town = *rng.pick(TOWNS);
    let village = *rng.pick(VILLAGES);
    // (headline, caption)
    let (headline, scene) = *rng.pick(&[
        ("田间地头农事忙", "村民们正抢抓农时在田间忙碌"),
        ("志愿服务护河清", "志愿者正在清理河道沿岸垃圾"),
        ("政策宣讲进院坝", "工作人员正在院坝里为群众讲解惠民政策"),
        ("项目建设加速跑", "施工人员正在加紧作业，现场一派繁忙景象"),
        ("安全教育进校园", "学生们正在参加安全教育体验活动"),
    ]);
    let title = format!("{town}{village}：{headline}");
    let body = vec![
        Block::P(format!("{}，在{town}{village}，{scene}。", month_day(date))),
        Block::P(expand(rng, "今年以来，当地围绕{topic}，{measures}，{results}。", topic)),
        paragraph(rng, CLOSINGS, topic),
    ];
    let mut draft = Draft::new(title, "清溪县融媒体中心", body);
    draft.image = true;
    draft
}
