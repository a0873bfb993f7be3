//! The county's fixed identity and vocabulary: its name, identity codes,
//! towns, departments, leaders and the work topics its articles are about.
//! One place, so that every page spells the county the same way and the
//! prose generators draw from the same small world.

pub(super) const SITE_NAME: &str = "清溪县人民政府";
pub(super) const SITE_DOMAIN: &str = "www.qingxi.gov.cn";
/// 政府网站标识码: 6-digit area code plus a 4-digit sequence.
pub(super) const SITE_ID_CODE: &str = "5107230001";
/// The code of the city portal whose template the county copied.
pub(super) const TEMPLATE_SITE_ID_CODE: &str = "5107000012";
pub(super) const ICP: &str = "蜀ICP备05003306号";
/// The id bszs.conac.cn gives the site's 党政机关网站标识.
pub(super) const CONAC_ID: &str = "4A1E7F2C3B9D4E6F8A0B1C2D3E4F5061";
pub(super) const SPONSOR: &str = "清溪县人民政府办公室";
pub(super) const OPERATOR: &str = "清溪县大数据和政务服务中心";
pub(super) const PHONE: &str = "0816-7221234";
pub(super) const ADDRESS: &str = "四川省绵阳市清溪县城关镇人民路88号";
/// 统一社会信用代码 of the county government, the prefix of 索引号.
pub(super) const ORG_CODE: &str = "11510723008512347X";

pub(super) const TOWNS: &[&str] = &[
    "城关镇",
    "青龙镇",
    "白马镇",
    "柳河镇",
    "石桥镇",
    "黄溪镇",
    "金鸡镇",
    "双河镇",
    "龙泉镇",
    "新华镇",
    "安家镇",
    "富兴乡",
    "高灯乡",
    "玉龙镇",
];

pub(super) const VILLAGES: &[&str] = &[
    "桂花村",
    "红岩村",
    "大石村",
    "清水村",
    "团结村",
    "新民村",
    "五星村",
    "杨家沟村",
    "回龙村",
    "光明社区",
    "莲花社区",
    "太平村",
];

pub(super) const DEPARTMENTS: &[&str] = &[
    "县发展改革局",
    "县教育局",
    "县财政局",
    "县人力资源社会保障局",
    "县自然资源局",
    "县生态环境局",
    "县住房城乡建设局",
    "县交通运输局",
    "县农业农村局",
    "县水利局",
    "县卫生健康局",
    "县应急管理局",
    "县市场监管局",
    "县医保局",
    "县民政局",
    "县文化广播电视和旅游局",
    "县退役军人事务局",
    "县林业局",
];

/// (title, name): the county's leaders as articles name them.
pub(super) const LEADERS: &[(&str, &str)] = &[
    ("县委副书记、县长", "陈明远"),
    ("县委常委、常务副县长", "张卫东"),
    ("副县长", "刘晓燕"),
    ("副县长", "赵国平"),
    ("副县长", "周文彬"),
    ("县政府党组成员", "何志刚"),
];

pub(super) const SURNAMES: &[&str] = &[
    "王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙", "胡", "朱", "高", "何", "罗",
    "郑",
];
pub(super) const GIVEN: &[&str] = &[
    "建国", "志强", "秀英", "丽", "伟", "敏", "军", "静", "海燕", "晓东", "红梅", "俊杰", "玉兰", "文华",
    "永刚", "雪梅", "国庆", "春燕", "德明", "思远",
];

/// A work topic: what articles of every kind are about, and the measures
/// and results their prose cites, so a paragraph stays on one subject.
pub(super) struct Topic {
    pub name: &'static str,
    pub measures: &'static [&'static str],
    pub results: &'static [&'static str],
}

pub(super) const TOPICS: &[Topic] = &[
    Topic {
        name: "安全生产",
        measures: &[
            "深入开展安全生产隐患大排查大整治",
            "压紧压实企业安全生产主体责任",
            "加强道路交通、建筑施工、危险化学品等重点行业领域监管",
            "严格落实“三管三必须”要求",
        ],
        results: &["排查整改隐患{n}处", "检查生产经营单位{n}家次", "开展应急演练{n}场次"],
    },
    Topic {
        name: "森林草原防灭火",
        measures: &[
            "严格落实野外火源管控措施",
            "加强重点时段、重点区域巡山护林",
            "做好扑火队伍、物资装备和应急预案准备",
        ],
        results: &["设置临时检查站{n}个", "发放宣传资料{n}份", "组织专业扑火队伍{n}支"],
    },
    Topic {
        name: "防汛减灾",
        measures: &[
            "全面排查山洪地质灾害隐患点和病险水库",
            "落实24小时值班值守和领导带班制度",
            "提前转移避险受威胁群众",
        ],
        results: &["排查地质灾害隐患点{n}处", "预置抢险物资{n}批次", "转移避险群众{n}人"],
    },
    Topic {
        name: "优化营商环境",
        measures: &[
            "深化“放管服”改革",
            "推行企业开办“一网通办”",
            "持续开展“企业家接待日”活动",
            "落实减税降费和惠企纾困政策",
        ],
        results: &["新增市场主体{n}户", "为企业减免税费{n}万元", "解决企业诉求{n}件"],
    },
    Topic {
        name: "项目建设",
        measures: &[
            "坚持“项目为王”理念",
            "实行重点项目县级领导联系包抓制度",
            "强化用地、资金、用工等要素保障",
        ],
        results: &["完成投资{n}亿元", "新开工项目{n}个", "竣工投产项目{n}个"],
    },
    Topic {
        name: "乡村振兴",
        measures: &[
            "巩固拓展脱贫攻坚成果",
            "大力发展特色种养业和农产品加工业",
            "扎实推进和美乡村建设",
            "健全防止返贫动态监测和帮扶机制",
        ],
        results: &["新建高标准农田{n}亩", "发展特色产业基地{n}个", "带动农户增收{n}户"],
    },
    Topic {
        name: "生态环境保护",
        measures: &["深入打好蓝天、碧水、净土保卫战", "全面落实河湖长制", "加强秸秆禁烧和扬尘污染防治"],
        results: &["空气质量优良天数达{n}天", "整治入河排污口{n}个", "开展联合巡河{n}次"],
    },
    Topic {
        name: "民生实事",
        measures: &["扎实办好年度民生实事", "持续改善群众就医、就学、出行条件", "加强“一老一小”服务保障"],
        results: &["新增城镇就业{n}人", "改造老旧小区{n}个", "新建村级养老服务站{n}个"],
    },
    Topic {
        name: "就业创业",
        measures: &[
            "落实稳岗返还、创业担保贷款等政策",
            "开展“春风行动”“就业援助月”等专项活动",
            "加强高校毕业生、农民工等重点群体就业帮扶",
        ],
        results: &["举办招聘会{n}场", "发放创业担保贷款{n}万元", "开展职业技能培训{n}人次"],
    },
    Topic {
        name: "政务公开",
        measures: &[
            "持续规范信息公开专栏建设",
            "落实政策文件与解读材料同步审签、同步公开",
            "健全专栏内容保障定期检查机制",
            "加快推动政府网站适老化与无障碍改造",
        ],
        results: &["主动公开政府信息{n}条", "办理依申请公开{n}件", "发布政策解读{n}篇"],
    },
    Topic {
        name: "耕地保护",
        measures: &[
            "严格落实耕地保护党政同责",
            "坚决遏制耕地“非农化”、防止“非粮化”",
            "开展卫片执法图斑核查整改",
        ],
        results: &["完成图斑核查{n}个", "恢复耕地{n}亩", "签订耕地保护责任书{n}份"],
    },
    Topic {
        name: "文明城市创建",
        measures: &["深入开展城乡环境综合治理", "常态化开展志愿服务活动", "整治背街小巷和农贸市场环境秩序"],
        results: &["清理卫生死角{n}处", "开展志愿服务{n}场次", "规范占道经营{n}处"],
    },
    Topic {
        name: "食品安全",
        measures: &["加强校园及周边食品安全监管", "开展农村集体聚餐食品安全指导", "推进“明厨亮灶”建设"],
        results: &["抽检食品样品{n}批次", "检查餐饮单位{n}家", "下达整改通知书{n}份"],
    },
    Topic {
        name: "教育发展",
        measures: &["推进义务教育优质均衡发展", "加强教师队伍建设", "落实家庭经济困难学生资助政策"],
        results: &["新增学位{n}个", "资助学生{n}人次", "培训教师{n}人次"],
    },
];
