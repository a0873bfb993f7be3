//! The words a leaders page (领导信息) is read with: what names the page,
//! what a person's name, a title (职务), duties (分工) and a résumé (简历)
//! look like. Kept apart from the reader so the lists can grow without
//! touching the reading.

/// Column names of a leaders page, as portals and departments write them.
pub const PAGE_WORDS: &[&str] = &[
    "领导信息",
    "领导之窗",
    "机构领导",
    "领导简介",
    "领导介绍",
    "政府领导",
    "县领导",
    "区领导",
    "市领导",
    "镇领导",
    "乡领导",
    "局领导",
    "委领导",
    "办领导",
    "院领导",
    "领导班子",
    "班子成员",
    "领导成员",
    "领导分工",
    "现任领导",
    "单位领导",
    "部门领导",
    "本局领导",
    "领导风采",
];

/// Words of a column about what leaders do or receive (领导活动, 领导讲话,
/// 县长信箱), which is not the leaders' own page.
pub const NOT_PAGE_WORDS: &[&str] =
    &["活动", "讲话", "动态", "报道", "批示", "信箱", "调研", "新闻", "要闻", "致辞", "留言", "署名文章"];

/// URL path segments portals give their leaders column (ldxx 领导信息,
/// ldzc 领导之窗, ldjj 领导简介, ldbz 领导班子).
pub const PATH_WORDS: &[&str] =
    &["ldxx", "ldzc", "ldzz", "ldjj", "ldbz", "ldfg", "zfld", "xld", "leader", "leaders"];

/// How a title ends: every part of 县委副书记、县长 ends with one of these.
pub const TITLE_ENDS: &[&str] = &[
    "县长",
    "区长",
    "市长",
    "镇长",
    "乡长",
    "书记",
    "主任",
    "局长",
    "成员",
    "主席",
    "部长",
    "委员",
    "常委",
    "组长",
    "秘书长",
    "调研员",
    "巡视员",
    "院长",
    "所长",
    "队长",
    "站长",
    "馆长",
    "处长",
    "科长",
    "行长",
    "厅长",
    "司长",
    "检察长",
    "政委",
    "负责人",
    "理事长",
    "会长",
    "督学",
    "总师",
    "工程师",
    "专员",
    "科员",
    "校长",
    "社长",
    "台长",
    "主编",
    "经理",
    "干事",
    "指导员",
    "教导员",
    "参事",
    "总监",
];

/// Labels that introduce a field, each with what it introduces.
pub const LABELS: &[(&str, Field)] = &[
    ("姓名", Field::Name),
    ("职务", Field::Title),
    ("现任职务", Field::Title),
    ("职位", Field::Title),
    ("工作分工", Field::Duties),
    ("分工", Field::Duties),
    ("职责分工", Field::Duties),
    ("主要分工", Field::Duties),
    ("分管工作", Field::Duties),
    ("分管领域", Field::Duties),
    ("主要职责", Field::Duties),
    ("工作职责", Field::Duties),
    ("分管", Field::Duties),
    ("负责", Field::Duties),
    ("个人简历", Field::Resume),
    ("简历", Field::Resume),
    ("简介", Field::Resume),
    ("个人简介", Field::Resume),
    ("履历", Field::Resume),
];

/// What a labelled line says.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Field {
    Name,
    Title,
    Duties,
    Resume,
}

/// Verbs of a duties sentence (负责县政府全面工作, 分管教育、卫生健康).
pub const DUTY_WORDS: &[&str] = &["负责", "分管", "主持", "协助", "联系", "主管", "统筹"];

/// Words of a résumé sentence (1975年3月生, 籍贯, 学历, 参加工作).
pub const RESUME_WORDS: &[&str] =
    &["出生", "年生", "月生", "籍贯", "学历", "参加工作", "入党", "毕业", "民族"];

/// What a page writes where a field has nothing (分工：暂无).
pub const EMPTY_WORDS: &[&str] = &["暂无", "无", "待更新", "待定", "空", "-", "—", "/"];

/// Common surnames, single and double: a line of 2–4 Han characters is a
/// name only when it starts with one, which keeps 政务公开, 县长信箱 and
/// the other short labels of a page out.
pub const SURNAMES: &str = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任\
沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢\
安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴\
蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师\
和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊\
仝区郜海阚花权强帅屠豆朴盖练廉禹井祖漆巴丰支卿国狄平计索宣晋相初门云容敬来扈晁芮都普阙浦戈伏鹿薄邸雍辜羊阿乌母裘亓修邰\
赫杭况那宿鲜印逯隆茹诸战慕危玉银亢嵇公哈湛宾戎勾茅利於呼居揭干但尉冶斯元束檀衣信展阴昝智幸奉植衡富尧闭由";

pub const DOUBLE_SURNAMES: &[&str] = &[
    "欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "长孙", "宇文", "司徒", "令狐",
    "夏侯", "端木", "轩辕", "西门", "南宫", "独孤", "万俟", "呼延",
];
