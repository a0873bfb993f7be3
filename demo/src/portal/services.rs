//! Drafts for the service and interaction columns: 办事指南 with the
//! elements inspectors look for, downloadable forms, 县长信箱 letters with
//! both 留言时间 and 答复时间 (the interaction rule needs the two), and
//! public consultations (征集调查).

use chrono::{NaiveDate, NaiveDateTime};

use super::names::{DEPARTMENTS, TOWNS, VILLAGES};
use super::prose::{Block, Draft, full_date, person, topic};
use super::rng::Rng;

/// (service, department).
const SERVICES: &[(&str, &str)] = &[
    ("个体工商户设立登记", "县市场监管局"),
    ("城乡居民基本养老保险参保登记", "县人力资源社会保障局"),
    ("残疾人证核发", "县残联"),
    ("建设工程规划许可证核发", "县自然资源局"),
    ("食品经营许可", "县市场监管局"),
    ("最低生活保障对象认定", "县民政局"),
    ("医疗费用手工报销", "县医保局"),
    ("道路运输经营许可", "县交通运输局"),
    ("取水许可", "县水利局"),
    ("农村宅基地审批", "县农业农村局"),
    ("医师执业注册", "县卫生健康局"),
    ("退役士兵自主就业一次性经济补助金发放", "县退役军人事务局"),
];

/// 办事指南.
pub(super) fn guide(rng: &mut Rng, index: usize) -> Draft {
    let (service, dept) = SERVICES[index % SERVICES.len()];
    let rows = vec![
        vec!["事项名称".into(), service.into()],
        vec!["实施主体".into(), format!("清溪{dept}")],
        vec!["受理条件".into(), "申请人符合法律法规规定的条件，申请材料齐全、符合法定形式。".into()],
        vec![
            "申请材料".into(),
            "1.申请表（原件1份）；2.申请人身份证明（复印件1份）；3.其他相关证明材料。".into(),
        ],
        vec![
            "办理时限".into(),
            format!("法定时限{}个工作日，承诺时限{}个工作日", rng.range(10, 20), rng.range(1, 5)),
        ],
        vec!["收费标准".into(), "不收费".into()],
        vec!["办理地点".into(), format!("清溪县政务服务中心{}楼{}号窗口", rng.range(1, 3), rng.range(1, 36))],
        vec!["办公时间".into(), "周一至周五 上午9:00-12:00，下午13:30-17:30（法定节假日除外）".into()],
        vec!["咨询电话".into(), format!("0816-72{}", rng.digits(5))],
        vec!["监督投诉电话".into(), "12345".into()],
    ];
    let body = vec![
        Block::P(format!("为方便群众办事，现将{service}事项办事指南公布如下：")),
        Block::Table(rows),
        Block::P(
            "本事项已实现“最多跑一次”，申请人可通过四川政务服务网在线申请，也可到政务服务中心窗口办理。"
                .into(),
        ),
    ];
    let mut draft = Draft::new(format!("{service}办事指南"), dept, body);
    draft.attachments.push(format!("{service}申请表.doc"));
    draft
}

const FORMS: &[&str] = &[
    "政府信息公开申请表",
    "城乡居民医疗救助申请表",
    "临时救助申请审批表",
    "个体工商户登记（备案）申请书",
    "高龄津贴申请表",
    "农村危房改造申请表",
    "困难残疾人生活补贴申请表",
    "创业担保贷款申请表",
];

/// 表格下载.
pub(super) fn form(_rng: &mut Rng, index: usize) -> Draft {
    let name = FORMS[index % FORMS.len()];
    let body = vec![Block::P(format!(
        "{name}可下载后填写，也可到相关窗口免费领取。填写时请使用黑色签字笔，字迹清楚、内容真实。"
    ))];
    let mut draft = Draft::new(name.to_owned(), "县政务服务中心", body);
    draft.attachments.push(format!("{name}.doc"));
    draft
}

/// Letters: (subject, what the citizen wrote, department that answers, answer).
const LETTERS: &[(&str, &str, &str, &str)] = &[
    (
        "道路破损影响出行",
        "村里通组公路多处破损，雨天积水严重，群众出行很不方便，希望尽快修复。",
        "县交通运输局",
        "经现场核实，该路段确有破损。我局已将其纳入农村公路养护计划，将于近期安排施工队伍进行修补。",
    ),
    (
        "路灯不亮",
        "小区门口一段路的路灯已经坏了半个多月，晚上出行存在安全隐患，请有关部门尽快维修。",
        "县住房城乡建设局",
        "经核查，该路段路灯因线路老化故障，我局已安排维修人员更换线路，目前路灯已恢复正常照明。",
    ),
    (
        "咨询城乡居民养老保险缴费",
        "请问今年城乡居民养老保险的缴费档次有哪些？在哪里可以缴费？",
        "县人力资源社会保障局",
        "我县城乡居民基本养老保险个人缴费标准设多个档次，参保人可自主选择，可通过“四川税务”APP、银行网点或村（社区）便民服务站缴费。",
    ),
    (
        "工地夜间施工噪音扰民",
        "附近工地夜间施工噪音很大，影响周边居民休息，希望有关部门加强管理。",
        "县生态环境局",
        "经现场调查，该工地存在夜间违规施工行为。我局已责令施工单位立即整改，夜间22时至次日6时禁止高噪声作业。",
    ),
    (
        "咨询随迁子女入学",
        "孩子今年满六岁，户籍在外县，父母在本县务工，请问如何办理入学？",
        "县教育局",
        "随迁子女可凭父母在我县的居住证明、务工证明及户口簿，在规定时间内到居住地所属学校报名，具体时间以当年招生公告为准。",
    ),
    (
        "自来水水压低",
        "最近一段时间自来水水压很低，高楼层经常停水，请帮忙协调解决。",
        "县水利局",
        "经核实，水压偏低系片区管网改造临时调度所致。供水公司已增设加压设备，目前该区域供水已基本恢复正常。",
    ),
];

/// 县长信箱: a citizen's letter and the reply.
pub(super) fn letter(rng: &mut Rng, asked: NaiveDateTime, replied: NaiveDateTime) -> Draft {
    let town = *rng.pick(TOWNS);
    let village = *rng.pick(VILLAGES);
    let (subject, ask, dept, answer) = *rng.pick(LETTERS);
    let reply = format!(
        "您好！来信收悉。{answer}感谢您对我县工作的关心和支持！如有疑问，请致电0816-72{}。",
        rng.digits(5)
    );
    let rows = vec![
        vec!["来信人".into(), format!("{}**", person(rng).chars().next().unwrap_or('王'))],
        vec!["留言时间".into(), asked.format("%Y-%m-%d %H:%M").to_string()],
        vec!["来信内容".into(), format!("我是{town}{village}的群众，{ask}")],
        vec!["答复单位".into(), dept.into()],
        vec!["答复时间".into(), replied.format("%Y-%m-%d %H:%M").to_string()],
        vec!["答复内容".into(), reply],
    ];
    // Questions are titled as asked; complaints by where they happened.
    let title = if subject.starts_with("咨询") {
        subject.to_owned()
    } else {
        format!("关于{town}{village}{subject}的问题")
    };
    Draft::new(title, dept, vec![Block::Table(rows)])
}

/// The document a public consultation asks about (征求意见稿).
pub(super) fn consulted_doc(rng: &mut Rng) -> (String, &'static str) {
    let topic = topic(rng);
    let dept = *rng.pick(DEPARTMENTS);
    (format!("清溪县{}管理办法（征求意见稿）", topic.name), dept)
}

/// 征集调查: a public consultation notice running from `date` to `end`.
pub(super) fn consultation(doc: &str, dept: &'static str, date: NaiveDate, end: NaiveDate) -> Draft {
    let body = vec![
        Block::P(format!("为提高决策的科学性和透明度，现将《{doc}》全文公布，公开征求社会各界意见。")),
        Block::P(format!("征求意见时间：{}至{}。", full_date(date), full_date(end))),
        Block::P("意见建议可通过电子邮件发送至 qxzfbgs@qingxi.gov.cn，或邮寄至清溪县城关镇人民路88号县政府办公室（信封注明“意见征集”字样）。".into()),
    ];
    let mut draft = Draft::new(format!("关于公开征求《{doc}》意见的公告"), dept, body);
    draft.attachments.push(format!("{doc}.doc"));
    draft
}

/// 征集调查: the feedback on a consultation (意见采纳情况), titled with
/// the document it asked about, as the county plan wants.
pub(super) fn consultation_result(rng: &mut Rng, doc: &str, dept: &'static str) -> Draft {
    let body = vec![
        Block::P(format!(
            "{dept}于近期就《{doc}》公开征求社会公众意见，共收到意见建议{}条，采纳{}条。",
            rng.range(6, 30),
            rng.range(2, 6)
        )),
        Block::P(
            "未采纳的意见主要涉及上位法已有明确规定或不属于本办法调整范围的内容。感谢社会各界的关心和支持！"
                .into(),
        ),
    ];
    Draft::new(format!("《{doc}》意见采纳情况反馈"), dept, body)
}
