#!/usr/bin/env python3
"""Generate a clean synthetic Chinese county government portal for benchmarks.

Deterministic (same --pages and --seed give byte-identical output), Python 3
standard library only.  The site is shaped like a real county portal built on
TRS WCM: a home page, 7 channel pages, 40 columns with paginated list pages
(index.html, index_1.html, ... 20 items each) that link articles such as
/xwzx/gzdt/202611/t20261120_3829801.html, two special pages (site map, about).
About 30 % of the pages (whole columns, as on real sites with a legacy
sub-system) are GB2312-encoded and say so with
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">; the rest
are UTF-8 with <meta charset="utf-8">.

Every article uses a few shared stylesheets, scripts and images and some link
an attachment (.pdf/.doc/.docx/.xlsx/.xls) from a shared pool, so the number of
distinct URLs is the number of pages plus a few hundred.  The PDF, .docx and
.xlsx files are real (text pages, paragraphs and a table, a 公示 roll), one in
ten with unmasked ID and mobile numbers; .doc and .xls are binary stubs.  There are no broken
links and no external links; robots.txt allows everything.

Output (under --out DIR):
  DIR/site/           the web root to serve
  DIR/pages.txt       the path of every HTML page, one per line ("/" = home)
  DIR/assets.txt      the path of every non-HTML URL linked by the pages
  DIR/manifest.json   counts (pages, assets, GBK pages, bytes) and settings

Exactly --pages HTML pages are written (at least 90).
"""

import argparse
import datetime
import json
import os
import random
import shutil
import sys

GENERATOR_VERSION = 2
ITEMS_PER_LIST = 20
SITE_NAME = "青川县人民政府"
SITE_CODE = "5108230001"

# (channel dir, channel name, [(column dir, column name, weight)])
CHANNELS = [
    ("xwzx", "新闻中心", [
        ("gzdt", "工作动态", 14), ("xzdt", "乡镇动态", 10), ("bmdt", "部门动态", 10),
        ("tzgg", "通知公告", 6), ("mtjj", "媒体聚焦", 4), ("tpxw", "图片新闻", 3),
    ]),
    ("zwgk", "政务公开", [
        ("zcwj", "政策文件", 5), ("zcjd", "政策解读", 3), ("rsxx", "人事信息", 2),
        ("czzj", "财政资金", 3), ("ghjh", "规划计划", 1), ("tjxx", "统计信息", 2),
        ("zdxm", "重点项目", 2), ("jyta", "建议提案", 2), ("ggzy", "公共资源交易", 3),
        ("hbxx", "环境保护", 2), ("jgzn", "机构职能", 1), ("sjfb", "数据发布", 1),
    ]),
    ("zfxxgk", "政府信息公开", [
        ("fdzdgknr", "法定主动公开内容", 4), ("zfxxgkzn", "政府信息公开指南", 1),
        ("zfxxgknb", "政府信息公开年报", 1), ("zfxxgkzd", "政府信息公开制度", 1),
    ]),
    ("zmhd", "政民互动", [
        ("ldxx", "县长信箱", 3), ("zxft", "在线访谈", 1), ("myzj", "民意征集", 1), ("rdhy", "热点回应", 1),
    ]),
    ("bsfw", "办事服务", [
        ("grbs", "个人办事", 2), ("frbs", "法人办事", 2), ("bmfw", "便民服务", 1), ("bszn", "办事指南", 2),
    ]),
    ("zjqc", "走进青川", [
        ("xqgk", "县情概况", 1), ("lswh", "历史文化", 1), ("lyzy", "旅游资源", 1), ("tzzn", "投资指南", 1),
    ]),
    ("ztzl", "专题专栏", [
        ("xczx", "乡村振兴", 3), ("yhyshj", "优化营商环境", 2), ("aqsc", "安全生产", 2),
        ("fzjs", "法治政府建设", 1), ("wmcj", "文明城市创建", 1), ("shbz", "社会保障", 1),
    ]),
]

# Columns served as GB2312 (a legacy sub-system), chosen so that about 30 %
# of the articles are GBK.  Their list pages are GBK too.
GBK_COLUMNS = {"xzdt", "zcwj", "fdzdgknr", "ldxx", "xczx", "jgzn", "sjfb", "grbs", "frbs"}

TOWNS = ["乔庄镇", "青溪镇", "木鱼镇", "沙州镇", "姚渡镇", "竹园镇", "关庄镇", "凉水镇", "红光镇",
         "大院回族乡", "三锅镇", "蒿溪回族乡", "黄坪乡", "房石镇", "马鹿镇", "七佛乡", "金子山乡"]
DEPTS = ["县发展和改革局", "县教育局", "县财政局", "县人力资源和社会保障局", "县自然资源局", "县生态环境局",
         "县住房和城乡建设局", "县交通运输局", "县农业农村局", "县水利局", "县商务局", "县文化广播电视和旅游局",
         "县卫生健康局", "县应急管理局", "县市场监督管理局", "县医疗保障局", "县林业局", "县民政局",
         "县司法局", "县审计局", "县统计局", "县退役军人事务局", "县政务服务和大数据管理局"]
TOPICS = ["乡村振兴", "安全生产", "森林防火", "防汛救灾", "项目建设", "招商引资", "营商环境", "生态环境保护",
          "耕地保护", "粮食安全", "民生实事", "社会救助", "疫苗接种", "义务教育", "医疗保障", "就业创业",
          "食品安全", "消防安全", "扫黑除恶", "信访维稳", "河长制", "林长制", "人居环境整治", "茶产业发展",
          "文旅融合", "数字政府", "政务公开", "法治宣传", "禁毒宣传", "平安建设", "巩固拓展脱贫攻坚成果",
          "高标准农田建设", "农村公路养护", "城乡供水", "地质灾害防治", "秸秆禁烧", "电信诈骗防范"]
ACTIONS = ["召开", "部署", "推进", "开展", "督导", "调研", "检查", "落实", "举办", "启动"]
MEETINGS = ["工作会议", "专题会议", "推进会", "培训会", "现场会", "座谈会", "动员会", "调度会", "常务会议"]
LEADERS = ["县委书记", "县长", "县委副书记", "常务副县长", "副县长", "县人大常委会主任", "县政协主席",
           "县委常委、宣传部部长", "县委常委、组织部部长"]
NOTICE_KINDS = ["通知", "公告", "公示", "通告", "实施方案", "工作方案", "管理办法", "实施细则"]

SENTENCE_PARTS = {
    "open": ["近日，", "今年以来，", "为深入贯彻落实党中央、国务院决策部署，", "会议指出，", "会议强调，",
             "据了解，", "下一步，", "与此同时，", "按照省委、市委统一安排，", "在前期工作基础上，",
             "为切实做好", "截至目前，", "活动现场，", "调研中，"],
    "subject": ["全县各级各部门", "各乡镇", "县级有关部门", "相关单位", "广大干部群众", "驻村工作队",
                "县委县政府", "各村（社区）", "执法人员", "工作人员", "志愿者", "企业负责人"],
    "verb": ["要切实提高政治站位，", "要坚持问题导向，", "要强化责任担当，", "要加强统筹协调，",
             "要压紧压实责任，", "要聚焦重点难点，", "要坚持以人民为中心，", "要狠抓工作落实，",
             "要加大宣传力度，", "要建立健全长效机制，"],
    "object": ["确保各项工作任务落地见效。", "推动全县经济社会高质量发展。", "切实保障人民群众生命财产安全。",
               "不断增强群众获得感、幸福感、安全感。", "为建设美丽青川贡献力量。",
               "全力以赴抓好各项工作。", "确保取得实实在在的成效。", "持续巩固良好发展态势。",
               "以优异成绩迎接各项检查考核。", "形成齐抓共管的强大合力。"],
    "fact": ["共排查隐患{n}处，已整改{m}处。", "累计发放宣传资料{n}余份。", "完成投资{n}万元，占年度计划的{p}%。",
             "惠及群众{n}余户。", "培训干部职工{n}人次。", "新增就业岗位{n}个。", "办理群众诉求{n}件，办结率{p}%。",
             "种植茶叶{n}亩。", "改造农村危房{n}户。", "硬化村组道路{n}公里。", "接待游客{n}万人次。",
             "签约项目{m}个，协议金额{n}万元。"],
}


def check_gb2312():
    """Every fixed text must be encodable in GB2312 (GBK pages use it)."""
    texts = [SITE_NAME]
    for _, cname, cols in CHANNELS:
        texts.append(cname)
        texts.extend(name for _, name, _ in cols)
    for group in (TOWNS, DEPTS, TOPICS, ACTIONS, MEETINGS, LEADERS, NOTICE_KINDS):
        texts.extend(group)
    for parts in SENTENCE_PARTS.values():
        texts.extend(parts)
    for t in texts:
        t.encode("gb2312")


class Text:
    """Deterministic Chinese filler text built from government-news phrases."""

    def __init__(self, rng):
        self.rng = rng
        self.sentences = [self._sentence() for _ in range(4000)]

    def _sentence(self):
        r, p = self.rng, SENTENCE_PARTS
        kind = r.random()
        if kind < 0.35:
            return r.choice(p["open"]) + r.choice(p["subject"]) + r.choice(p["verb"]) + r.choice(p["object"])
        if kind < 0.6:
            fact = r.choice(p["fact"]).format(n=r.randint(12, 9800), m=r.randint(2, 60), p=r.randint(60, 100))
            return r.choice(p["open"]) + r.choice(TOWNS + DEPTS) + fact
        if kind < 0.8:
            return (r.choice(LEADERS) + "在" + r.choice(TOWNS) + r.choice(ACTIONS) + r.choice(TOPICS)
                    + "工作时强调，" + r.choice(p["verb"]) + r.choice(p["object"]))
        return (r.choice(DEPTS) + "围绕" + r.choice(TOPICS) + "工作，" + r.choice(p["verb"])
                + "扎实推进" + r.choice(TOPICS) + "，" + r.choice(p["object"]))

    def paragraph(self):
        return "".join(self.rng.choice(self.sentences) for _ in range(self.rng.randint(2, 5)))

    def title(self, column):
        r = self.rng
        if column in ("tzgg", "zcwj", "fdzdgknr", "zfxxgkzd", "ggzy"):
            return "关于" + r.choice(["做好", "开展", "印发", "进一步加强", "公布"]) + r.choice(TOPICS) + "工作的" + r.choice(NOTICE_KINDS)
        if column in ("xzdt",):
            return r.choice(TOWNS) + r.choice(ACTIONS) + r.choice(TOPICS) + r.choice(MEETINGS)
        if column in ("bmdt", "czzj", "tjxx", "hbxx", "rsxx"):
            return r.choice(DEPTS) + r.choice(ACTIONS) + r.choice(TOPICS) + r.choice(["工作", "专项行动", "督查", "宣传活动"])
        if column in ("zcjd",):
            return "《" + r.choice(DEPTS)[1:] + "关于" + r.choice(TOPICS) + "的" + r.choice(NOTICE_KINDS) + "》政策解读"
        return r.choice(LEADERS) + r.choice(ACTIONS) + r.choice(TOPICS) + r.choice(MEETINGS + ["工作"])


def id_number(rng):
    """An invented 18-digit ID number with a valid GB 11643 checksum."""
    body = "510823" + "%04d%02d%02d" % (rng.randint(1945, 2005), rng.randint(1, 12), rng.randint(1, 28)) \
        + "%03d" % rng.randint(0, 999)
    weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    return body + "10X98765432"[sum(int(d) * w for d, w in zip(body, weights)) % 11]


def zipped(members):
    """A deflated zip of (name, text) members, dated so output is byte-identical."""
    import io
    import zipfile
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, text in members:
            z.writestr(zipfile.ZipInfo(name, date_time=(2026, 1, 1, 0, 0, 0)), text.encode(),
                       compress_type=zipfile.ZIP_DEFLATED)
    return buf.getvalue()


def xml_esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class Office:
    """Attachments as county offices publish them: a notice as PDF, a form or
    notice as Word, a 公示 roll as Excel.  A leaky roll has full ID and mobile
    numbers; the others are masked (510823********1234, 139****5678)."""

    def __init__(self, rng, text):
        self.rng, self.text = rng, text

    def roll(self, leaky, n):
        r, rows = self.rng, [["序号", "姓名", "身份证号码", "联系电话", "所在村", "金额（元）"]]
        for i in range(1, n + 1):
            idn, mobile = id_number(r), "1%d%09d" % (r.choice([3, 5, 8, 9]), r.randint(0, 10 ** 9 - 1))
            if not leaky:
                idn, mobile = idn[:6] + "*" * 8 + idn[14:], mobile[:3] + "****" + mobile[7:]
            name = r.choice("王李张刘陈杨赵黄周吴") + "".join(r.choice("德明秀英光荣桂兰建国志强") for _ in range(r.randint(1, 2)))
            rows.append([str(i), name, idn, mobile, r.choice(TOWNS) + "某村", str(r.randint(5, 200) * 100)])
        return rows

    def file(self, ext, leaky):
        r = self.rng
        if ext == "pdf":
            pages = [[line for para in (self.text.paragraph() for _ in range(r.randint(3, 8)))
                      for line in (para[i:i + 38] for i in range(0, len(para), 38))]
                     for _ in range(r.randint(1, 12))]
            if leaky:
                pages.append([" ".join(row) for row in self.roll(True, r.randint(10, 40))])
            return pdf(pages)
        if ext == "docx":
            paras = [self.text.paragraph() for _ in range(r.randint(5, 40))]
            return docx(paras, self.roll(leaky, r.randint(5, 30)))
        if ext == "xlsx":
            return xlsx("公示名单", self.roll(leaky, r.randint(20, 400)))
        return None


def pdf(pages):
    """A PDF of text lines in the non-embedded CJK font STSong-Light, with a
    ToUnicode map so text extraction reads the characters back."""
    chars = sorted({ord(c) for page in pages for line in page for c in line if ord(c) < 0x10000})
    objs = ["<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [%s] /Count %d >>" % (" ".join("%d 0 R" % (6 + 2 * i) for i in range(len(pages))), len(pages)),
            "<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H /DescendantFonts [4 0 R] /ToUnicode 5 0 R >>",
            "<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 2 >> >>"]
    cmap = "/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CMapType 2 def 1 begincodespacerange <0000> <FFFF> endcodespacerange\n"
    for i in range(0, len(chars), 100):
        block = chars[i:i + 100]
        cmap += "%d beginbfchar\n" % len(block) + "".join("<%04X> <%04X>\n" % (c, c) for c in block) + "endbfchar\n"
    cmap += "endcmap CMapName currentdict /CMap defineresource pop end end"
    objs.append("<< /Length %d >>\nstream\n%s\nendstream" % (len(cmap), cmap))
    for i, lines in enumerate(pages):
        content = "".join("BT /F1 11 Tf 56 %d Td <%s> Tj ET\n" % (800 - 16 * n, "".join("%04X" % ord(c) for c in line if ord(c) < 0x10000))
                          for n, line in enumerate(lines))
        objs.append("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents %d 0 R /Resources << /Font << /F1 3 0 R >> >> >>" % (7 + 2 * i))
        objs.append("<< /Length %d >>\nstream\n%sendstream" % (len(content), content))
    out, offsets = "%PDF-1.4\n", []
    for i, body in enumerate(objs):
        offsets.append(len(out))
        out += "%d 0 obj\n%s\nendobj\n" % (i + 1, body)
    xref = len(out)
    out += "xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1) + "".join("%010d 00000 n \n" % o for o in offsets)
    out += "trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    return out.encode("latin-1")


def docx(paragraphs, rows):
    p = lambda t: '<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % xml_esc(t)
    body = "".join(p(t) for t in paragraphs)
    body += "<w:tbl>" + "".join("<w:tr>" + "".join("<w:tc>%s</w:tc>" % p(c) for c in row) + "</w:tr>" for row in rows) + "</w:tbl>"
    return zipped([
        ("[Content_Types].xml", '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
         '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
         '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'),
        ("_rels/.rels", '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>'),
        ("word/document.xml", '<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>%s</w:body></w:document>' % body),
    ])


def xlsx(sheet, rows):
    col = lambda c: chr(ord("A") + c)
    data = "".join('<row r="%d">%s</row>' % (r + 1, "".join('<c r="%s%d" t="inlineStr"><is><t>%s</t></is></c>' % (col(c), r + 1, xml_esc(v))
                                                              for c, v in enumerate(row))) for r, row in enumerate(rows))
    return zipped([
        ("[Content_Types].xml", '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
         '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
         '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
         '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>'),
        ("_rels/.rels", '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>'),
        ("xl/workbook.xml", '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
         'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="%s" sheetId="1" r:id="rId1"/></sheets></workbook>' % xml_esc(sheet)),
        ("xl/_rels/workbook.xml.rels", '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>'),
        ("xl/worksheets/sheet1.xml", '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>%s</sheetData></worksheet>' % data),
    ])


def allocate(pages, rng):
    """Articles per column so that the site has exactly `pages` HTML pages."""
    cols = [(ch, col, w) for ch, _, cs in CHANNELS for col, _, w in cs]
    fixed = 1 + len(CHANNELS) + 2  # home, channel pages, site map, about
    budget = pages - fixed
    if budget < len(cols) * 2:
        raise SystemExit(f"--pages must be at least {fixed + len(cols) * 2}")
    total_w = sum(w for _, _, w in cols)
    # Each article costs 1 page plus 1/20 of a list page.
    approx = budget * ITEMS_PER_LIST / (ITEMS_PER_LIST + 1)
    counts = [max(1, int(approx * w / total_w)) for _, _, w in cols]

    def size():
        return sum(c + -(-c // ITEMS_PER_LIST) for c in counts)

    # Adjust one page at a time, biggest columns first (deterministic).
    order = sorted(range(len(cols)), key=lambda i: (-cols[i][2], i))
    step = 0
    while size() != budget:
        diff = budget - size()
        i = order[step % len(order)]
        step += 1
        c = counts[i]
        if diff > 0 and (c % ITEMS_PER_LIST != 0 or diff >= 2):
            counts[i] += 1
        elif diff < 0 and c > 1 and (c % ITEMS_PER_LIST != 1 or diff <= -2):
            counts[i] -= 1
        if step > 100000:
            raise SystemExit("could not allocate pages")
    return counts


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


class Portal:
    def __init__(self, pages, seed):
        self.seed = seed
        self.rng = random.Random(seed)
        self.text = Text(random.Random(seed + 1))
        self.n_pages = pages
        self.columns = []  # dicts
        self.by_channel = {}
        self.assets = {}  # path -> bytes
        self.used = set()  # assets some page links
        self.page_paths = []
        self.gbk_pages = 0
        self.bytes = 0

    # ---------------------------------------------------------------- assets
    def make_assets(self):
        r = self.rng
        gif = (b"GIF89a\x01\x00\x01\x00\x80\x00\x00\x00\x00\x00\xff\xff\xff!\xf9\x04\x01\x00\x00\x00\x00,"
               b"\x00\x00\x00\x00\x01\x00\x01\x00\x00\x02\x02D\x01\x00;")
        self.css = ["/css/common.css", "/css/index.css", "/css/article.css", "/css/list.css"]
        self.js = ["/js/jquery-1.12.4.min.js", "/js/common.js", "/js/share.js", "/js/wza.js"]
        self.chrome_images = ["/images/logo.png", "/images/banner.jpg", "/images/red.png", "/images/jiucuo.png",
                              "/images/search.png", "/images/weixin.jpg", "/images/weibo.jpg", "/images/app.png"]
        self.icons = [f"/images/icon/icon_{i:02d}.png" for i in range(1, 13)]
        self.content_images = [f"/uploadfiles/image/tp_{i:03d}.jpg" for i in range(1, 151)]
        exts = ["pdf", "pdf", "doc", "docx", "xlsx", "pdf", "xls"]
        self.attachments = [f"/uploadfiles/file/fj_{i:03d}.{exts[i % len(exts)]}" for i in range(1, 161)]
        for p in self.css:
            self.assets[p] = ("body{font-family:'Microsoft YaHei',SimSun;margin:0}.main{width:1200px;margin:0 auto}"
                              * r.randint(20, 60)).encode()
        for p in self.js:
            self.assets[p] = ("(function(){var a=document.getElementsByTagName('a');for(var i=0;i<a.length;i++){}})();\n"
                              * r.randint(20, 200)).encode()
        for p in self.chrome_images + self.icons + self.content_images:
            self.assets[p] = gif + bytes(r.getrandbits(8) for _ in range(r.randint(200, 3000)))
        for p in self.attachments:
            head = b"%PDF-1.4\n" if p.endswith(".pdf") else b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
            self.assets[p] = head + bytes(r.getrandbits(8) for _ in range(r.randint(2000, 12000)))
        # Real files, from their own random stream so the pages stay as
        # version 1 wrote them.
        office = Office(random.Random(self.seed + 2), Text(random.Random(self.seed + 3)))
        for i, p in enumerate(self.attachments, start=1):
            made = office.file(p.rsplit(".", 1)[1], leaky=(i % 10 == 3))
            if made is not None:
                self.assets[p] = made
        self.assets["/favicon.ico"] = gif

    def use(self, path):
        self.used.add(path)
        return path

    # ------------------------------------------------------------- structure
    def plan(self):
        counts = allocate(self.n_pages, self.rng)
        next_id = 3_500_000
        k = 0
        newest = datetime.date(2026, 11, 20)
        for ch, chname, cols in CHANNELS:
            self.by_channel[ch] = []
            for col, colname, _ in cols:
                n = counts[k]
                k += 1
                span = min(30 + n * 2, 15 * 365)  # days covered by the column
                arts = []
                for i in range(n):
                    day = newest - datetime.timedelta(days=(i * span) // max(n, 1) + self.rng.randint(0, 1))
                    next_id += self.rng.randint(1, 9)
                    ym = day.strftime("%Y%m")
                    name = f"t{day.strftime('%Y%m%d')}_{next_id}.html"
                    arts.append({
                        "id": next_id, "date": day, "rel": f"./{ym}/{name}",
                        "path": f"/{ch}/{col}/{ym}/{name}", "title": self.text.title(col),
                    })
                column = {"ch": ch, "chname": chname, "col": col, "name": colname, "articles": arts,
                          "gbk": col in GBK_COLUMNS, "lists": -(-n // ITEMS_PER_LIST) or 1}
                self.columns.append(column)
                self.by_channel[ch].append(column)

    # -------------------------------------------------------------- chrome
    def head(self, title, gbk, css):
        meta = ('<meta http-equiv="Content-Type" content="text/html; charset=gb2312">' if gbk
                else '<meta charset="utf-8">')
        links = "".join(f'<link rel="stylesheet" type="text/css" href="{c}">' for c in css)
        return (f'<!DOCTYPE html>\n<html lang="zh-CN">\n<head>\n{meta}\n'
                f'<meta http-equiv="X-UA-Compatible" content="IE=edge">\n'
                f'<meta name="SiteName" content="{SITE_NAME}">\n<meta name="SiteDomain" content="www.qingchuan.gov.cn">\n'
                f'<meta name="SiteIDCode" content="{SITE_CODE}">\n'
                f'<title>{esc(title)}_{SITE_NAME}</title>\n'
                f'<link rel="shortcut icon" href="/favicon.ico">\n{links}\n'
                f'<script type="text/javascript" src="/js/jquery-1.12.4.min.js"></script>\n'
                f'<script type="text/javascript" src="/js/common.js"></script>\n</head>\n')

    def top(self):
        nav = "".join(f'<li><a href="/{ch}/index.html">{name}</a></li>' for ch, name, _ in CHANNELS)
        return ('<body>\n<div class="top"><div class="main">'
                '<a href="/" class="logo"><img src="/images/logo.png" alt="青川县人民政府"></a>'
                '<div class="search"><form action="/" method="get" onsubmit="return false;">'
                '<input type="text" name="q" placeholder="请输入关键字"><img src="/images/search.png" alt="搜索"></form></div>'
                f'</div></div>\n<div class="nav"><ul class="main"><li><a href="/">首页</a></li>{nav}</ul></div>\n')

    def foot(self):
        return ('<div class="foot"><div class="main">'
                '<a href="/" ><img src="/images/red.png" alt="党政机关"></a>'
                '<p><a href="/">网站首页</a> | <a href="/wzdt/index.html">网站地图</a> | '
                '<a href="/gywm/index.html">关于我们</a></p>'
                f'<p>主办单位：{SITE_NAME}办公室  承办：青川县政务服务和大数据管理局</p>'
                f'<p>网站标识码：{SITE_CODE}  蜀ICP备05000000号  川公网安备 51082302000000号</p>'
                '<p>联系电话：0839-7202000  建议使用1366*768分辨率浏览</p>'
                '<img src="/images/jiucuo.png" alt="政府网站找错"></div></div>\n'
                '<script type="text/javascript" src="/js/wza.js"></script>\n</body>\n</html>\n')

    def write(self, root, path, html, gbk):
        data = html.encode("gb2312" if gbk else "utf-8")
        fs = os.path.join(root, "index.html" if path == "/" else path.lstrip("/"))
        os.makedirs(os.path.dirname(fs), exist_ok=True)
        with open(fs, "wb") as f:
            f.write(data)
        self.page_paths.append(path)
        self.gbk_pages += gbk
        self.bytes += len(data)

    # --------------------------------------------------------------- pages
    def home(self, root):
        r = self.rng
        blocks = []
        for c in self.columns[:16]:
            items = "".join(f'<li><a href="{a["path"]}" title="{esc(a["title"])}">{esc(a["title"])}</a>'
                            f'<span>{a["date"].isoformat()}</span></li>' for a in c["articles"][:8])
            blocks.append(f'<div class="block"><h3><a href="/{c["ch"]}/{c["col"]}/index.html">{c["name"]}</a>'
                          f'<a class="more" href="/{c["ch"]}/{c["col"]}/index.html">更多</a></h3><ul>{items}</ul></div>')
        pics = "".join(f'<li><a href="{a["path"]}"><img src="{self.use(r.choice(self.content_images))}" alt="{esc(a["title"])}">'
                       f'<p>{esc(a["title"])}</p></a></li>' for a in self.by_channel["xwzx"][5]["articles"][:5])
        services = "".join(f'<li><a href="/{c["ch"]}/{c["col"]}/index.html"><img src="{self.use(self.icons[i % len(self.icons)])}" '
                           f'alt="{c["name"]}">{c["name"]}</a></li>' for i, c in enumerate(self.columns))
        html = (self.head("首页", False, ["/css/common.css", "/css/index.css"]) + self.top()
                + '<div class="banner"><img src="/images/banner.jpg" alt="青川"></div>\n'
                + f'<div class="main"><div class="slide"><ul>{pics}</ul></div>' + "".join(blocks)
                + f'<div class="services"><ul>{services}</ul></div>'
                + '<div class="media"><img src="/images/weixin.jpg" alt="微信"><img src="/images/weibo.jpg" alt="微博">'
                + '<img src="/images/app.png" alt="客户端"></div></div>\n' + self.foot())
        self.write(root, "/", html, False)

    def channel(self, root, ch, chname):
        blocks = []
        for c in self.by_channel[ch]:
            items = "".join(f'<li><a href="./{c["col"]}/{a["rel"][2:]}">{esc(a["title"])}</a>'
                            f'<span>{a["date"].isoformat()}</span></li>' for a in c["articles"][:6])
            blocks.append(f'<div class="block"><h3><a href="./{c["col"]}/index.html">{c["name"]}</a>'
                          f'<a class="more" href="./{c["col"]}/index.html">更多&gt;&gt;</a></h3><ul>{items}</ul></div>')
        html = (self.head(chname, False, ["/css/common.css", "/css/list.css"]) + self.top()
                + f'<div class="main"><div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="./index.html">{chname}</a></div>'
                + "".join(blocks) + "</div>\n" + self.foot())
        self.write(root, f"/{ch}/index.html", html, False)

    def lists(self, root, c):
        arts, n_lists = c["articles"], c["lists"]
        side = "".join(f'<li><a href="../{o["col"]}/index.html">{o["name"]}</a></li>' for o in self.by_channel[c["ch"]])
        for p in range(n_lists):
            page = arts[p * ITEMS_PER_LIST:(p + 1) * ITEMS_PER_LIST]
            items = "".join(f'<li><a href="{a["rel"]}" target="_blank" title="{esc(a["title"])}">{esc(a["title"])}</a>'
                            f'<span>{a["date"].isoformat()}</span></li>' for a in page)

            def name(i):
                return "index.html" if i == 0 else f"index_{i}.html"
            pager = [f'<a href="{name(0)}">首页</a>']
            if p > 0:
                pager.append(f'<a href="{name(p - 1)}">上一页</a>')
            for i in range(max(0, p - 4), min(n_lists, p + 5)):
                pager.append(f'<span class="cur">{i + 1}</span>' if i == p else f'<a href="{name(i)}">{i + 1}</a>')
            if p < n_lists - 1:
                pager.append(f'<a href="{name(p + 1)}">下一页</a>')
            pager.append(f'<a href="{name(n_lists - 1)}">尾页</a>')
            html = (self.head(c["name"], c["gbk"], ["/css/common.css", "/css/list.css"]) + self.top()
                    + f'<div class="main"><div class="side"><h2>{c["chname"]}</h2><ul>{side}</ul></div>'
                    + f'<div class="list"><div class="crumb">当前位置：<a href="/">首页</a> &gt; '
                    + f'<a href="../index.html">{c["chname"]}</a> &gt; <a href="./index.html">{c["name"]}</a></div>'
                    + f'<ul>{items}</ul>\n<div class="page">{"".join(pager)}</div>\n'
                    + '<script type="text/javascript">var currentPage = ' + str(p) + '; var countPage = '
                    + str(n_lists) + '; createPageHTML(countPage, currentPage, "index", "html");</script>\n'
                    + '</div></div>\n' + self.foot())
            self.write(root, f"/{c['ch']}/{c['col']}/{name(p)}", html, c["gbk"])

    def articles(self, root, c):
        r = self.rng
        arts = c["articles"]
        for i, a in enumerate(arts):
            target = r.randint(3000, 8000)
            enc = "gb2312" if c["gbk"] else "utf-8"
            imgs = []
            for _ in range(r.choice([0, 0, 1, 1, 1, 2])):
                img = self.use(r.choice(self.content_images))
                # TRS writes some paths relative to the article (3 levels deep).
                src = ("../../.." + img) if r.random() < 0.5 else img
                imgs.append(f'<p style="text-align:center"><img src="{src}" alt="{esc(a["title"])}" border="0"></p>')
            attach = ""
            if r.random() < 0.15:
                f = self.use(r.choice(self.attachments))
                attach = (f'<div class="fj"><p>附件：<a href="{f}" target="_blank">'
                          f'{esc(a["title"])}{f[f.rfind("."):]}</a></p></div>')
            prev_next = []
            if i + 1 < len(arts):
                o = arts[i + 1]
                prev_next.append(f'<p>上一篇：<a href="../{o["rel"][2:]}">{esc(o["title"])}</a></p>')
            if i > 0:
                o = arts[i - 1]
                prev_next.append(f'<p>下一篇：<a href="../{o["rel"][2:]}">{esc(o["title"])}</a></p>')
            before = (self.head(a["title"], c["gbk"], ["/css/common.css", "/css/article.css"]) + self.top()
                      + f'<div class="main"><div class="crumb">当前位置：<a href="/">首页</a> &gt; '
                      + f'<a href="../../index.html">{c["chname"]}</a> &gt; <a href="../index.html">{c["name"]}</a></div>'
                      + f'<div class="article"><h1>{esc(a["title"])}</h1>'
                      + f'<div class="info">发布时间：{a["date"].isoformat()} 来源：{r.choice(DEPTS + TOWNS)} '
                      + '字号：【<span onclick="doZoom(16)">大</span> <span onclick="doZoom(14)">中</span> '
                      + '<span onclick="doZoom(12)">小</span>】 <span onclick="window.print()">打印本页</span></div>\n'
                      + '<div class="content TRS_Editor">\n' + "".join(imgs))
            after = ('</div>\n' + attach + '<div class="share"><script type="text/javascript" src="/js/share.js"></script>'
                     + '</div>\n' + "".join(prev_next) + '</div></div>\n' + self.foot())
            fixed = len((before + after).encode(enc))
            paras = []
            size = fixed
            while size < target:
                para = f'<p style="text-indent:2em">{self.text.paragraph()}</p>\n'
                paras.append(para)
                size += len(para.encode(enc))
            self.write(root, a["path"], before + "".join(paras) + after, c["gbk"])

    def specials(self, root):
        groups = []
        for ch, chname, _ in CHANNELS:
            cols = "".join(f'<a href="/{ch}/{c["col"]}/index.html">{c["name"]}</a> ' for c in self.by_channel[ch])
            groups.append(f'<dl><dt><a href="/{ch}/index.html">{chname}</a></dt><dd>{cols}</dd></dl>')
        html = (self.head("网站地图", False, ["/css/common.css"]) + self.top()
                + '<div class="main"><h2>网站地图</h2>' + "".join(groups) + "</div>\n" + self.foot())
        self.write(root, "/wzdt/index.html", html, False)
        body = "".join(f"<p>{self.text.paragraph()}</p>" for _ in range(6))
        html = (self.head("关于我们", False, ["/css/common.css"]) + self.top()
                + f'<div class="main"><h2>关于我们</h2>{body}<p>通信地址：青川县乔庄镇</p></div>\n' + self.foot())
        self.write(root, "/gywm/index.html", html, False)

    # ---------------------------------------------------------------- all
    def generate(self, out):
        check_gb2312()
        root = os.path.join(out, "site")
        if os.path.exists(root):
            shutil.rmtree(root)
        os.makedirs(root)
        self.make_assets()
        self.plan()
        self.home(root)
        for ch, chname, _ in CHANNELS:
            self.channel(root, ch, chname)
        for c in self.columns:
            self.lists(root, c)
            self.articles(root, c)
        self.specials(root)
        # Chrome assets are on every page; pooled ones only if some page picked them.
        self.used.update(self.css + self.js + self.chrome_images + ["/favicon.ico"])
        self.assets = {p: d for p, d in self.assets.items() if p in self.used}
        for path, data in self.assets.items():
            fs = os.path.join(root, path.lstrip("/"))
            os.makedirs(os.path.dirname(fs), exist_ok=True)
            with open(fs, "wb") as f:
                f.write(data)
        with open(os.path.join(root, "robots.txt"), "w") as f:
            f.write("User-agent: *\nAllow: /\n")
        assert len(self.page_paths) == self.n_pages, (len(self.page_paths), self.n_pages)
        assert len(set(self.page_paths)) == self.n_pages
        with open(os.path.join(out, "pages.txt"), "w") as f:
            f.write("\n".join(self.page_paths) + "\n")
        with open(os.path.join(out, "assets.txt"), "w") as f:
            f.write("\n".join(sorted(self.assets)) + "\n")
        manifest = {
            "generator_version": GENERATOR_VERSION,
            "seed": self.seed,
            "pages": self.n_pages,
            "articles": sum(len(c["articles"]) for c in self.columns),
            "list_pages": sum(c["lists"] for c in self.columns),
            "columns": len(self.columns),
            "assets": len(self.assets),
            "distinct_urls": self.n_pages + len(self.assets),
            "gbk_pages": self.gbk_pages,
            "gbk_share": round(self.gbk_pages / self.n_pages, 3),
            "html_bytes": self.bytes,
            "note": "distinct_urls = pages + assets; robots.txt is extra and linked from nowhere",
        }
        with open(os.path.join(out, "manifest.json"), "w") as f:
            json.dump(manifest, f, indent=2, ensure_ascii=False)
            f.write("\n")
        return manifest


def verify(out):
    """Checks the written site: every link resolves to a file on disk, no link
    leaves the host, every page is reachable from the home page, and every
    linked asset is listed in assets.txt.  Returns a list of problems."""
    import re
    from urllib.parse import urljoin, urlsplit
    root = os.path.join(out, "site")
    pages = open(os.path.join(out, "pages.txt")).read().split()
    assets = set(open(os.path.join(out, "assets.txt")).read().split())
    page_set = set(pages)
    attr = re.compile(rb'(?:href|src)="([^"]*)"')
    problems, seen, queue, linked_assets = [], {"/"}, ["/"], set()
    while queue:
        path = queue.pop()
        fs = os.path.join(root, "index.html" if path == "/" else path.lstrip("/"))
        data = open(fs, "rb").read()
        base = "http://portal.test" + path
        for raw in attr.findall(data):
            ref = raw.decode("ascii")
            if ref.startswith("#"):
                continue
            url = urlsplit(urljoin(base, ref))
            if url.netloc != "portal.test" or url.query or url.fragment:
                problems.append(f"{path}: link leaves the site or has a query: {ref}")
                continue
            target = url.path
            if target in page_set:
                if target not in seen:
                    seen.add(target)
                    queue.append(target)
            elif target in assets:
                linked_assets.add(target)
            else:
                problems.append(f"{path}: broken link {ref} -> {target}")
    unreachable = page_set - seen
    if unreachable:
        problems.append(f"{len(unreachable)} pages unreachable from /, e.g. {sorted(unreachable)[:3]}")
    unused = assets - linked_assets
    if unused:
        problems.append(f"{len(unused)} assets never linked, e.g. {sorted(unused)[:3]}")
    return problems


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--pages", type=int, default=20000, help="number of HTML pages (default 20000)")
    ap.add_argument("--out", default="bench/out/portal", help="output folder (default bench/out/portal)")
    ap.add_argument("--seed", type=int, default=1, help="random seed (default 1)")
    ap.add_argument("--verify", action="store_true",
                    help="check an already generated --out folder (links, reachability) instead of generating")
    args = ap.parse_args()
    if args.verify:
        problems = verify(args.out)
        for p in problems[:50]:
            print(p)
        print("verify:", "OK" if not problems else f"{len(problems)} problems")
        sys.exit(1 if problems else 0)
    portal = Portal(args.pages, args.seed)
    portal.seed = args.seed
    manifest = portal.generate(args.out)
    json.dump(manifest, sys.stdout, ensure_ascii=False)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
