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

/// Companies that come to invest, and what they build.
const INVESTORS: &[(&str, &str)] = &[
    ("四川蜀道新材料有限公司", "年产5万吨新型环保建材"),
    ("成都天府智能装备有限公司", "智能农机装备制造基地"),
    ("绵阳华川电子科技有限公司", "电子元器件生产线"),
    ("重庆渝丰食品有限公司", "农产品精深加工"),
    ("浙江绿源农业发展有限公司", "蚕桑现代农业产业园"),
    ("四川锦程文旅集团有限公司", "清溪古镇文旅综合开发"),
];

/// 招商动态: signings, visits and promotion trips.
pub(super) fn invest(rng: &mut Rng, date: NaiveDate) -> Draft {
    let (company, project) = *rng.pick(INVESTORS);
    let lead = leader(rng);
    let md = month_day(date);
    let billions = format!("{}.{}", rng.range(1, 30), rng.below(10));
    let (title, opening) = match rng.below(4) {
        0 => (
            format!("我县与{company}签约{project}项目"),
            format!(
                "{md}，我县与{company}{project}项目签约仪式在县行政中心举行，项目计划总投资{billions}亿元。{lead}出席签约仪式并致辞。"
            ),
        ),
        1 => {
            let city = *rng.pick(&["成都", "重庆", "深圳", "杭州", "苏州", "西安"]);
            (
                format!("县领导带队赴{city}开展招商引资活动"),
                format!(
                    "{md}，{lead}带队赴{city}开展招商引资活动，先后走访{}家企业，推介清溪区位优势、产业基础和营商环境。",
                    rng.range(3, 8)
                ),
            )
        }
        2 => {
            let n = rng.range(5, 16);
            (
                format!("{n}个重大项目集中签约 总投资{billions}亿元"),
                format!(
                    "{md}，全县重大项目集中签约活动举行，{n}个项目现场签约，总投资{billions}亿元，涵盖先进制造、农产品加工、文化旅游等领域。"
                ),
            )
        }
        _ => (
            format!("{company}来清溪考察洽谈投资合作"),
            format!(
                "{md}，{company}负责人一行来我县考察，实地察看了经开区标准化厂房和{project}项目拟选址地块，{lead}参加座谈。"
            ),
        ),
    };
    let topic = &super::names::TOPICS[3];
    let body = vec![
        Block::P(opening),
        Block::P(
            "座谈中，双方就项目选址、要素保障、投产时间等事项深入交流。企业负责人表示，清溪交通便捷、配套完善、服务高效，将加快推进项目前期工作，争取早日落地投产。"
                .into(),
        ),
        Block::P(expand(
            rng,
            "{leader}表示，我县将坚持“项目为王”，{measures}，为企业提供全生命周期服务。",
            topic,
        )),
        paragraph(rng, PROGRESS, topic),
    ];
    Draft::new(title, "县投资促进局", body)
}

/// The 2019 脱贫攻坚 topic: what the county reported that year; `i`, the
/// item's rank, picks the kind of story, so neighbours differ.
pub(super) fn poverty(rng: &mut Rng, date: NaiveDate, i: usize) -> Draft {
    let town = *rng.pick(TOWNS);
    let village = *rng.pick(VILLAGES);
    let md = month_day(date);
    let year = date.year();
    let households = rng.range(40, 320);
    let (title, opening) = match i % 6 {
        0 => (
            format!("{town}扎实开展脱贫攻坚“回头看”工作"),
            format!(
                "{md}，{town}组织驻村工作队和村组干部，逐户走访建档立卡贫困户{households}户，对照“两不愁三保障”标准逐项核查。"
            ),
        ),
        1 => (
            format!("全县{year}年脱贫攻坚工作推进会召开"),
            format!(
                "{md}，全县{year}年脱贫攻坚工作推进会召开，{}出席会议并讲话，安排部署贫困村退出和贫困户脱贫各项工作。",
                leader(rng)
            ),
        ),
        2 => (
            format!("{town}{village}：产业扶贫助力贫困户增收"),
            format!(
                "{md}，走进{town}{village}，蚕桑基地里一派忙碌。村里通过“合作社+贫困户”模式，带动{households}户贫困户稳定增收。"
            ),
        ),
        3 => (
            format!("我县迎接{year}年脱贫攻坚成效第三方评估"),
            format!(
                "{md}，省{year}年脱贫攻坚成效第三方评估组进驻我县，采取入户调查、座谈访谈等方式开展评估工作。"
            ),
        ),
        4 => (
            format!("县扶贫开发局开展扶贫政策宣讲进{town}活动"),
            format!(
                "{md}，县扶贫开发局工作人员深入{town}{village}，采取院坝会、入户走访等方式，向群众宣讲产业扶持、教育资助、医疗保障等扶贫政策。"
            ),
        ),
        _ => (
            format!("{village}易地扶贫搬迁安置点群众喜迁新居"),
            format!(
                "{md}，{town}{village}易地扶贫搬迁集中安置点举行入住仪式，{households}户搬迁群众领到新房钥匙。"
            ),
        ),
    };
    let body = vec![
        Block::P(opening),
        Block::P(format!(
            "今年以来，我县坚持精准扶贫精准脱贫基本方略，全面落实“五个一”帮扶力量，累计投入各类扶贫资金{}万元，实施扶贫项目{}个。",
            rng.range(3000, 12000),
            rng.range(60, 240)
        )),
        Block::P("下一步，全县将持续巩固提升脱贫成效，确保高质量完成脱贫攻坚目标任务。".into()),
    ];
    Draft::new(title, "县扶贫开发局", body)
}
