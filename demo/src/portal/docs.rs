//! Drafts for the 政务公开 columns: notices, policy documents and their
//! interpretations, personnel decisions, plans, budgets, projects and
//! publicity notices. Their shape (文号, addressees, 一、二、三 sections,
//! signature and date) follows the seed work plan, because policy and
//! notice columns are what the 6-month freshness rule is about.

use chrono::{Datelike, Days, NaiveDate};

use super::names::{DEPARTMENTS, TOPICS, TOWNS, VILLAGES};
use super::prose::{
    Block, CLOSINGS, Draft, PROGRESS, TASKS, expand, full_date, measures, ordinal, paragraph, person, topic,
};
use super::rng::Rng;

const ADDRESSEES: &str = "经开区管委会，各乡镇人民政府，县级各部门，有关单位：";

/// 文号: numbered through the year, so later documents carry larger numbers.
fn doc_no(rng: &mut Rng, prefix: &str, date: NaiveDate) -> String {
    let n = date.ordinal() as i64 * 90 / 366 + rng.range(1, 3);
    format!("{prefix}〔{}〕{n}号", date.year())
}

fn signature(issuer: &str, date: NaiveDate) -> [Block; 2] {
    [Block::Right(issuer.to_owned()), Block::Right(full_date(date))]
}

/// 通知公告: a work notice, or a utility's service notice.
pub(super) fn notice(rng: &mut Rng, date: NaiveDate) -> Draft {
    if rng.chance(20) {
        return water_notice(rng, date);
    }
    let topic = topic(rng);
    let year = date.year();
    let dept = *rng.pick(DEPARTMENTS);
    let (title, issuer) = match rng.below(3) {
        0 => (format!("关于开展{year}年{}专项检查的通知", topic.name), "清溪县人民政府办公室".to_owned()),
        1 => (format!("{dept}关于做好近期{}工作的通知", topic.name), format!("清溪{dept}")),
        _ => (
            format!("关于印发{year}年全县{}工作任务清单的通知", topic.name),
            "清溪县人民政府办公室".to_owned(),
        ),
    };
    let (m1, m2) = rng.pick_two(topic.measures);
    let start = date + Days::new(3);
    let end = date + Days::new(rng.range(30, 60) as u64);
    let body = vec![
        Block::P(ADDRESSEES.to_owned()),
        Block::P(format!("为深入贯彻落实省、市关于{}工作的决策部署，经县政府同意，现将有关事项通知如下。", topic.name)),
        Block::H("一、工作目标".into()),
        Block::P(expand(rng, "通过集中开展{topic}工作，{measures}，确保全县{topic}形势持续稳定向好。", topic)),
        Block::H("二、主要任务".into()),
        Block::P(format!("（一）{m1}。（二）{m2}。")),
        Block::H("三、时间安排".into()),
        Block::P(format!(
            "{}至{}为集中推进阶段。各乡镇、各部门于{}前将工作总结报{dept}。",
            full_date(start),
            full_date(end),
            full_date(end + Days::new(5))
        )),
        Block::H("四、工作要求".into()),
        Block::P("各乡镇、各部门要高度重视，明确专人负责，严格按照时间节点推进工作。对工作推进不力、敷衍应付的，将予以通报。".into()),
        Block::P(format!("联系人：{}，联系电话：0816-72{}。", person(rng), rng.digits(5))),
        Block::P("特此通知。".into()),
        Block::Right(issuer),
        Block::Right(full_date(date)),
    ];
    let mut draft = Draft::new(title, "县政府办", body);
    if rng.chance(30) {
        draft.attachments.push(format!("{year}年{}工作任务清单.xls", topic.name));
    }
    draft
}

/// A planned water cut: the other kind of item every 通知公告 column has.
fn water_notice(rng: &mut Rng, date: NaiveDate) -> Draft {
    let town = *rng.pick(TOWNS);
    let village = *rng.pick(VILLAGES);
    let day = date + Days::new(rng.range(1, 4) as u64);
    let body = vec![
        Block::P("尊敬的用户：".into()),
        Block::P(format!(
            "因供水管网改造施工需要，定于{}8:00至18:00对{town}{village}及周边区域暂停供水，恢复供水时间视施工进度而定。",
            full_date(day)
        )),
        Block::P("请广大用户提前做好储水准备，停水期间请关闭水龙头，由此带来的不便，敬请谅解。".into()),
        Block::P(format!("服务热线：0816-72{}。", rng.digits(5))),
        Block::Right("清溪县水务投资有限公司".into()),
        Block::Right(full_date(date)),
    ];
    Draft::new(format!("关于{town}部分区域计划停水的通知"), "县水利局", body)
}

/// Kinds of policy document: (name suffix, the word the text calls it).
const POLICY_KINDS: &[(&str, &str)] =
    &[("实施方案", "方案"), ("工作方案", "方案"), ("行动计划", "计划"), ("管理办法", "办法")];

/// 政策文件: a plan issued by the county government, as in the seed. The
/// `index`-th document of the column gets a topic and kind no other one has.
pub(super) fn policy(rng: &mut Rng, date: NaiveDate, index: usize) -> Draft {
    // 5 is coprime with the 14 topics: the first 14 documents differ in
    // topic, the next ones in kind.
    let topic = &TOPICS[(index * 5 + 3) % TOPICS.len()];
    let (kind, word) = POLICY_KINDS[(index / TOPICS.len() + index) % POLICY_KINDS.len()];
    let plan = format!("清溪县{}{kind}", topic.name);
    let (issuer, prefix) = *rng.pick(&[
        ("清溪县人民政府办公室", "清府办发"),
        ("清溪县人民政府办公室", "清府办函"),
        ("清溪县人民政府", "清府发"),
    ]);
    let no = doc_no(rng, prefix, date);
    let mut body = vec![
        Block::Center(no.clone()),
        Block::P(ADDRESSEES.to_owned()),
        Block::P(format!("《{plan}》已经县政府同意，现印发给你们，请结合实际认真贯彻落实。")),
    ];
    body.extend(signature(issuer, date));
    body.push(Block::Center(plan.clone()));
    body.push(Block::P(format!(
        "为深入贯彻落实党中央、国务院和省委、省政府关于{}的决策部署，{}，结合我县实际，制定本{word}。",
        topic.name,
        measures(rng, topic)
    )));
    body.push(Block::H("一、总体要求".into()));
    body.push(Block::P(format!("坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大精神，坚持稳中求进工作总基调，统筹发展和安全，推动{}工作提质增效，不断增强人民群众获得感、幸福感、安全感。", topic.name)));
    body.push(Block::H("二、重点任务".into()));
    for (i, m) in topic.measures.iter().enumerate() {
        let lead = *rng.pick(DEPARTMENTS);
        let how = *rng.pick(TASK_STYLES);
        // Due three months out, a month later for each further task.
        let due = date.month0() as usize + 3 + i;
        body.push(Block::P(format!(
            "（{}）{m}。{how}（牵头单位：{lead}；责任单位：各乡镇人民政府，县级有关部门；完成时限：{}年{}月底前）",
            ordinal(i),
            date.year() + (due / 12) as i32,
            due % 12 + 1
        )));
    }
    body.push(Block::H("三、保障措施".into()));
    body.push(Block::P("（一）加强组织领导。各级各部门要把此项工作摆在重要位置，主要负责人亲自抓、分管负责人具体抓，确保各项任务落到实处。".into()));
    body.push(Block::P(
        "（二）强化督查考核。县政府督查室将适时开展专项督查，督查结果纳入年度目标绩效考核。".into(),
    ));
    body.push(Block::P(format!("本{word}自印发之日起施行，有效期{}年。", rng.range(2, 5))));
    let mut draft = Draft::new(format!("{issuer}关于印发《{plan}》的通知"), "县政府办", body);
    draft.doc_no = Some(no);
    if rng.chance(60) {
        draft.attachments.push(format!("{plan}任务分解表.pdf"));
    }
    draft
}

/// How a task of a policy document is to be carried out.
const TASK_STYLES: &[&str] = &[
    "建立工作台账，实行清单化管理、项目化推进，每月向县政府报送工作进展。",
    "细化工作措施，明确责任人和时间节点，确保按期完成目标任务。",
    "加强部门协同和信息共享，形成工作合力，及时研究解决推进中的困难问题。",
    "坚持试点先行、以点带面，总结推广好经验好做法。",
    "强化资金保障，统筹用好上级补助资金和县级财政资金，提高资金使用效益。",
];

/// The name inside 《》 of a policy title, which its interpretation cites.
pub(super) fn plan_name(policy_title: &str) -> &str {
    let start = policy_title.find('《').map_or(0, |i| i + '《'.len_utf8());
    let end = policy_title.find('》').unwrap_or(policy_title.len());
    &policy_title[start..end]
}

/// 政策解读 of a policy document.
pub(super) fn interpretation(rng: &mut Rng, plan: &str) -> Draft {
    let topic = topic(rng);
    let dept = *rng.pick(DEPARTMENTS);
    let body = vec![
        Block::H("一、起草背景".into()),
        Block::P(format!(
            "为贯彻落实上级关于{}的部署要求，解决我县在推进过程中存在的短板弱项，{dept}牵头起草了《{plan}》，经县政府常务会议审议通过后印发实施。",
            topic.name
        )),
        Block::H("二、主要内容".into()),
        Block::P(format!(
            "《{plan}》共分为总体要求、重点任务、保障措施三个部分，明确了各乡镇、各部门的职责分工和完成时限。"
        )),
        Block::H("三、创新举措".into()),
        Block::P(format!(
            "一是{}。二是实行清单化管理、项目化推进。三是建立月调度、季通报工作机制。",
            measures(rng, topic)
        )),
        Block::H("四、解读机关及联系方式".into()),
        Block::P(format!("解读机关：{dept}　解读人：{}　联系电话：0816-72{}", person(rng), rng.digits(5))),
    ];
    let mut draft = Draft::new(format!("《{plan}》政策解读"), dept, body);
    draft.image = rng.chance(30);
    draft
}

/// 人事信息: appointments and recruitment results.
pub(super) fn personnel(rng: &mut Rng, date: NaiveDate) -> Draft {
    let year = date.year();
    if rng.chance(50) {
        let names: Vec<String> = (0..3).map(|_| person(rng)).collect();
        let (d1, d2) = rng.pick_two(DEPARTMENTS);
        let body = vec![
            Block::P("各乡镇人民政府，县级各部门：".into()),
            Block::P(format!(
                "经县人民政府研究决定：任命{}为清溪{}副局长；任命{}为清溪{}副局长（试用期一年）；免去{}的清溪{}副局长职务。",
                names[0], d1, names[1], d2, names[2], d2
            )),
            Block::P("特此通知。".into()),
            Block::Right("清溪县人民政府".into()),
            Block::Right(full_date(date)),
        ];
        let mut draft = Draft::new(
            format!("清溪县人民政府关于{}等同志职务任免的通知", names[0]),
            "县人力资源社会保障局",
            body,
        );
        draft.doc_no = Some(doc_no(rng, "清府人", date));
        return draft;
    }
    let half = if date.month() <= 6 { "上半年" } else { "下半年" };
    let mut rows =
        vec![["序号", "姓名", "性别", "招聘单位", "岗位编码", "考试总成绩"].map(String::from).to_vec()];
    for i in 1..=6 {
        let unit = format!("{}便民服务中心", rng.pick(TOWNS));
        let sex = if rng.chance(50) { "男" } else { "女" };
        rows.push(vec![
            i.to_string(),
            person(rng),
            sex.into(),
            unit,
            format!("{year}{}", rng.digits(3)),
            format!("{}.{}", rng.range(68, 86), rng.below(10)),
        ]);
    }
    let body = vec![
        Block::P(format!(
            "根据《清溪县{year}年{half}公开考试招聘事业单位工作人员公告》，经笔试、面试、体检和考察，现将拟聘用人员予以公示。"
        )),
        Block::Table(rows),
        Block::P(format!(
            "公示期为7个工作日。公示期间，对拟聘用人员有异议的，可向县人力资源社会保障局反映，联系电话：0816-72{}。",
            rng.digits(5)
        )),
    ];
    Draft::new(
        format!("清溪县{year}年{half}公开考试招聘事业单位工作人员拟聘用人员公示"),
        "县人力资源社会保障局",
        body,
    )
}

/// 规划计划: yearly plans and work priorities.
pub(super) fn planning(rng: &mut Rng, date: NaiveDate) -> Draft {
    let topic = topic(rng);
    let year = date.year();
    let title = match rng.below(3) {
        0 => format!("清溪县{year}年{}工作要点", topic.name),
        1 => format!("清溪县{}三年行动计划（{year}—{}年）", topic.name, year + 2),
        _ => format!("清溪县{year}年{}工作计划", topic.name),
    };
    let mut body = vec![Block::P(format!(
        "{year}年，全县{}工作要坚定以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大精神，认真落实省委省政府、市委市政府、县委县政府决策部署，不断提高政府执行力和公信力。",
        topic.name
    ))];
    for (i, heading) in ["明确工作目标", "突出工作重点", "强化工作保障"].iter().enumerate()
    {
        body.push(Block::H(format!("{}、{heading}", ordinal(i))));
        body.push(paragraph(rng, TASKS, topic));
        body.push(paragraph(rng, TASKS, topic));
    }
    let mut draft = Draft::new(title, "县发展改革局", body);
    if rng.chance(50) {
        draft.attachments.push(format!("{year}年{}重点任务分解表.pdf", topic.name));
    }
    draft
}

/// 财政预决算: a department's budget or final accounts, with the tables.
pub(super) fn budget(rng: &mut Rng, date: NaiveDate) -> Draft {
    let year = date.year();
    let dept = *rng.pick(DEPARTMENTS);
    let (what, y) = if rng.chance(50) { ("部门预算", year) } else { ("部门决算", year - 1) };
    let title = format!("清溪{dept}{y}年{what}公开");
    let body = vec![
        Block::P(format!(
            "根据《中华人民共和国预算法》和财政部、省财政厅关于预决算公开的有关规定，现将{dept}{y}年{what}予以公开。"
        )),
        Block::H("一、部门基本情况".into()),
        Block::P(format!(
            "{dept}内设股室{}个，下属事业单位{}个，编制人数{}人。",
            rng.range(4, 9),
            rng.range(1, 4),
            rng.range(25, 120)
        )),
        Block::H("二、收支总体情况".into()),
        Block::P(format!(
            "{y}年收入总计{}.{}万元，支出总计{}.{}万元，收支平衡。",
            rng.range(800, 9000),
            rng.digits(2),
            rng.range(800, 9000),
            rng.digits(2)
        )),
        Block::H("三、“三公”经费情况".into()),
        Block::P(format!(
            "“三公”经费{}.{}万元，较上年减少{}.{}%。",
            rng.range(3, 40),
            rng.digits(2),
            rng.range(1, 15),
            rng.digits(1)
        )),
    ];
    let mut draft = Draft::new(title.clone(), dept, body);
    draft.attachments.push(format!("{title}表.xls"));
    draft
}

const PROJECTS: &[&str] = &[
    "清溪县城南污水处理厂扩建工程",
    "清溪县人民医院住院综合楼建设项目",
    "清溪经开区标准化厂房（二期）建设项目",
    "清溪县城乡供水一体化工程",
    "清溪县青龙至白马公路改建工程",
    "清溪县老旧小区改造项目",
    "清溪县高标准农田建设项目",
    "清溪县第二实验学校建设项目",
];

/// 重大项目: progress of one of the county's major projects.
pub(super) fn project(rng: &mut Rng, date: NaiveDate) -> Draft {
    let name = *rng.pick(PROJECTS);
    let total = rng.range(3000, 68000);
    let done = rng.range(20, 95);
    let rows = vec![
        vec!["项目名称".into(), name.into()],
        vec!["建设地点".into(), format!("清溪县{}", rng.pick(TOWNS))],
        vec!["总投资（万元）".into(), total.to_string()],
        vec!["累计完成投资（万元）".into(), (total * done / 100).to_string()],
        vec!["形象进度".into(), format!("已完成总工程量的{done}%")],
    ];
    let body = vec![
        Block::P(format!("截至{}，{name}建设进展情况如下：", full_date(date))),
        Block::Table(rows),
        Block::P("项目建设单位将严格落实质量安全责任，倒排工期、挂图作战，确保项目按期建成投用。".into()),
    ];
    Draft::new(format!("{name}建设进展情况"), "县发展改革局", body)
}

/// 公示公告: a publicity notice with its objection period.
pub(super) fn publicity(rng: &mut Rng, date: NaiveDate) -> Draft {
    let town = *rng.pick(TOWNS);
    let village = *rng.pick(VILLAGES);
    let title = match rng.below(3) {
        0 => format!("{town}{village}高标准农田建设项目竣工验收公示"),
        1 => format!("清溪县{}年度农村低收入群体危房改造拟补助对象公示", date.year()),
        _ => format!("关于{town}{village}村级公益事业建设项目的公示"),
    };
    let end = date + chrono::Days::new(7);
    let body = vec![
        Block::P(format!("根据有关规定，现将{title}相关情况予以公示。")),
        Block::P(format!("公示时间：{}至{}。", full_date(date), full_date(end))),
        Block::P(format!(
            "公示期间，如有异议，请以书面形式向{town}人民政府反映。联系电话：0816-72{}。",
            rng.digits(5)
        )),
    ];
    Draft::new(title, town, body)
}

/// 政府网站年度报表 for `year`.
pub(super) fn annual_report(rng: &mut Rng, year: i32) -> Draft {
    let topic = &super::names::TOPICS[9];
    let rows = vec![
        vec!["网站名称".into(), super::names::SITE_NAME.into()],
        vec!["网站标识码".into(), super::names::SITE_ID_CODE.into()],
        vec!["独立用户访问总量（个）".into(), rng.range(180_000, 420_000).to_string()],
        vec!["信息发布总数（条）".into(), rng.range(2000, 5000).to_string()],
        vec!["解读回应（条）".into(), rng.range(60, 200).to_string()],
        vec!["留言办理（条）".into(), rng.range(80, 400).to_string()],
    ];
    let body = vec![
        Block::P(format!(
            "根据《国务院办公厅关于印发政府网站发展指引的通知》要求，现将清溪县人民政府门户网站{year}年度工作报表予以公开。"
        )),
        Block::Table(rows),
        paragraph(rng, CLOSINGS, topic),
        paragraph(rng, PROGRESS, topic),
    ];
    Draft::new(format!("清溪县人民政府门户网站{year}年度工作报表"), "县政府办", body)
}

/// 土地征收公告: a land acquisition notice under 土地管理法 article 47.
pub(super) fn land(rng: &mut Rng, date: NaiveDate) -> Draft {
    let town = *rng.pick(TOWNS);
    let (v1, v2) = rng.pick_two(VILLAGES);
    let year = date.year();
    let n = date.ordinal() as i64 * 12 / 366 + rng.range(1, 2);
    let area = format!("{}.{}", rng.range(12, 260), rng.digits(4));
    let purpose = *rng.pick(&[
        "城镇建设用地",
        "县城南污水处理厂扩建工程",
        "青龙至白马公路改建工程",
        "经开区标准化厂房（二期）",
    ]);
    let (title, opening) = if rng.chance(50) {
        (
            format!("清溪县人民政府征收土地预公告（{year}年第{n}号）"),
            format!(
                "因{purpose}需要，我县拟征收{town}{v1}、{v2}集体土地，根据《中华人民共和国土地管理法》第四十七条规定，现将有关事项预告如下。"
            ),
        )
    } else {
        (
            format!("{town}{v1}、{v2}集体土地征收补偿安置方案公告"),
            format!(
                "根据《中华人民共和国土地管理法》第四十七条和《四川省〈中华人民共和国土地管理法〉实施办法》规定，现将{town}{v1}、{v2}集体土地征收补偿安置方案予以公告。"
            ),
        )
    };
    let body = vec![
        Block::P(opening),
        Block::H("一、征收范围".into()),
        Block::P(format!("{town}{v1}、{v2}，拟征收土地面积{area}公顷，用于{purpose}。")),
        Block::H("二、补偿安置".into()),
        Block::P("土地补偿费、安置补助费按区片综合地价标准执行，地上附着物和青苗补偿费按县人民政府公布的标准执行。被征地农民纳入社会保障。".into()),
        Block::H("三、其他事项".into()),
        Block::P(format!(
            "自本公告发布之日起，任何单位和个人不得在拟征收范围内抢栽抢建。对本公告有异议的，可在公告期内向县自然资源局书面反映，联系电话：0816-72{}。",
            rng.digits(5)
        )),
        Block::Right("清溪县人民政府".into()),
        Block::Right(full_date(date)),
    ];
    let mut draft = Draft::new(title, "县自然资源局", body);
    if rng.chance(50) {
        draft.attachments.push(format!("{town}征地范围勘测定界图.pdf"));
    }
    draft
}
