//! A 2016 topic built by another vendor on an old template and never
//! touched since: the portal's accessibility faults live here, one per
//! axe rule govaudit checks, the way they turn up on real county sites
//! (a scrolling `<marquee>`, images without `alt`, a Flash banner, icon
//! links, a 跳转 page with a timed refresh, an `<html>` without `lang`).
//!
//! Three GBK pages: the topic page carries most faults; its study page
//! declares `lang="cn"`; its pop-up notice hides the whole body from
//! screen readers. [`planted`] names each fault's page, for the demo test.

use crate::serve::Resource;

use super::layout::{Charset, encode};
use super::{PlantedIssue, assets};

const DIR: &str = "/zt/2016lxyz";
pub(super) const TOPIC: &str = "/zt/2016lxyz/index.html";
const STUDY: &str = "/zt/2016lxyz/xxzl.html";
const POPUP: &str = "/zt/2016lxyz/tc.html";
pub(super) const TOPIC_NAME: &str = "2016年“两学一做”学习教育专题（旧版）";

const HEAD: &str = "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\">\n";

/// The faults of the topic page: (check, what is wrong).
const TOPIC_FAULTS: &[(&str, &str)] = &[
    ("a11y.html-has-lang", "<html> 没有 lang 属性"),
    ("a11y.document-title", "<title> 为空"),
    ("a11y.meta-viewport", "user-scalable=no 禁止缩放"),
    ("a11y.meta-refresh", "30 秒后自动跳转"),
    ("a11y.marquee", "滚动的 <marquee> 通知"),
    ("a11y.blink", "闪烁的 <blink> 文字"),
    ("a11y.image-alt", "专题横幅图片没有 alt"),
    ("a11y.input-image-alt", "图片按钮没有 alt"),
    ("a11y.area-alt", "图片热区没有 alt"),
    ("a11y.role-img-alt", "role=img 的图标没有名称"),
    ("a11y.svg-img-alt", "role=img 的 SVG 没有标题"),
    ("a11y.object-alt", "Flash 动画没有替代文本"),
    ("a11y.label", "留言输入框没有标签"),
    ("a11y.select-name", "下拉菜单没有名称"),
    ("a11y.link-name", "只有图标的链接没有文字"),
    ("a11y.button-name", "空按钮"),
    ("a11y.input-button-name", "提交按钮 value 为空"),
    ("a11y.frame-title", "内嵌框架没有 title"),
    ("a11y.duplicate-id", "两个元素 id 都是 menu"),
    ("a11y.duplicate-id-aria", "aria-labelledby 引用的 id 重复"),
    ("a11y.tabindex", "tabindex=1 打乱了键盘顺序"),
    ("a11y.empty-heading", "空的 <h2>"),
    ("a11y.heading-order", "从 <h1> 跳到 <h4>"),
    ("a11y.list", "<ul> 里直接放了 <div>"),
    ("a11y.listitem", "页脚的 <li> 不在列表里"),
    ("a11y.aria-valid-attr", "aria-lable 拼错"),
    ("a11y.aria-valid-attr-value", "aria-expanded=\"yes\""),
    ("a11y.aria-roles", "role=\"nav\" 不是有效角色"),
    ("a11y.aria-deprecated-role", "role=\"directory\" 已废弃"),
    ("a11y.aria-required-attr", "role=checkbox 缺少 aria-checked"),
    ("a11y.aria-allowed-attr", "链接上用了 aria-checked"),
    ("a11y.aria-prohibited-attr", "无角色的 <div> 上用了 aria-label"),
    ("a11y.aria-hidden-focus", "aria-hidden 区域里有可聚焦的链接"),
];

/// The old topic page: every fault in [`TOPIC_FAULTS`], once each.
fn topic_page() -> String {
    format!(
        "<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Transitional//EN\" \"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd\">
<html>
<head>
{HEAD}<title></title>
<meta name=\"viewport\" content=\"width=device-width, initial-scale=1, user-scalable=no\">
<meta http-equiv=\"refresh\" content=\"30;url=/zt/index.html\">
</head>
<body>
<div id=\"menu\" class=\"top\"><a href=\"/\" tabindex=\"1\">返回首页</a> <a href=\"/zt/index.html\">专题专栏</a></div>
<div id=\"menu\" class=\"menu2\"></div>
<img src=\"{DIR}/images/banner.gif\" width=\"1000\" height=\"200\">
<marquee direction=\"left\" scrollamount=\"3\">学党章党规、学系列讲话，做合格党员</marquee>
<h1>{TOPIC_NAME}</h1>
<p><blink>最新</blink> 本专题已停止更新，相关内容请查阅政务公开栏目。</p>
<h4>学习资料</h4>
<ul class=\"xxzl\"><div class=\"item\"><a href=\"{STUDY}\">学习资料汇编</a></div></ul>
<h2></h2>
<map name=\"zxmap\"><area shape=\"rect\" coords=\"0,0,100,100\" href=\"{STUDY}\"></map>
<img src=\"{DIR}/images/map.gif\" usemap=\"#zxmap\" alt=\"学习教育导航图\">
<div role=\"img\" class=\"icon-dangqi\"></div>
<svg role=\"img\" width=\"24\" height=\"24\"><circle cx=\"12\" cy=\"12\" r=\"10\"></circle></svg>
<object data=\"{DIR}/flash/lxyz.swf\" type=\"application/x-shockwave-flash\" width=\"400\" height=\"300\"></object>
<form action=\"/zt/2016lxyz/ly.jsp\" method=\"get\">
<input type=\"text\" name=\"content\">
<select name=\"zhen\"><option>城关镇</option><option>新华镇</option></select>
<input type=\"image\" src=\"{DIR}/images/submit.gif\">
<input type=\"submit\" value=\"\">
<button type=\"button\"></button>
</form>
<a href=\"{POPUP}\"><i class=\"icon-notice\"></i></a>
<iframe src=\"{STUDY}\" width=\"600\" height=\"200\"></iframe>
<span id=\"zl\">资料</span><span id=\"zl\">下载</span>
<div role=\"region\" aria-labelledby=\"zl\">学习资料下载区</div>
<div aria-lable=\"说明\">支部学习记录</div>
<a href=\"{STUDY}\" aria-expanded=\"yes\">展开</a>
<div role=\"nav\">导航</div>
<div role=\"directory\">目录</div>
<span role=\"checkbox\" tabindex=\"0\">已学习</span>
<a href=\"/zt/index.html\" aria-checked=\"true\">专题</a>
<div aria-label=\"装饰条\"></div>
<div aria-hidden=\"true\"><a href=\"/\">首页</a></div>
<div class=\"foot\"><li>主办：中共清溪县委组织部</li></div>
</body>
</html>
"
    )
}

/// The study page: `lang="cn"` on `<html>`, `lang="zh_CN"` on a part.
fn study_page() -> String {
    format!(
        "<!DOCTYPE html>
<html lang=\"cn\">
<head>
{HEAD}<title>学习资料汇编_{TOPIC_NAME}</title>
</head>
<body>
<h1>学习资料汇编</h1>
<p lang=\"zh_CN\">《中国共产党章程》《中国共产党廉洁自律准则》《中国共产党纪律处分条例》。</p>
<p><a href=\"{TOPIC}\">返回专题</a></p>
</body>
</html>
"
    )
}

/// The pop-up notice: a script once opened it as a dialog and left
/// `aria-hidden="true"` on `<body>`.
fn popup_page() -> String {
    format!(
        "<!DOCTYPE html>
<html lang=\"zh-CN\">
<head>
{HEAD}<title>温馨提示_{TOPIC_NAME}</title>
</head>
<body aria-hidden=\"true\">
<div class=\"tc\"><p>本专题已归档，内容仅供查阅。</p><p><a href=\"{TOPIC}\">返回专题</a></p></div>
</body>
</html>
"
    )
}

/// A Flash file's signature and version byte: enough for a link check.
const SWF: &[u8] = b"FWS\x06";

pub(super) fn routes() -> Vec<(String, Resource)> {
    let mut out: Vec<(String, Resource)> =
        [(TOPIC, topic_page()), (STUDY, study_page()), (POPUP, popup_page())]
            .into_iter()
            .map(|(path, html)| (path.to_owned(), encode(Charset::Gbk, &html)))
            .collect();
    for image in ["banner.gif", "map.gif", "submit.gif"] {
        out.push((format!("{DIR}/images/{image}"), Resource::new(200, "image/gif", assets::GIF)));
    }
    out.push((format!("{DIR}/flash/lxyz.swf"), Resource::new(200, "application/x-shockwave-flash", SWF)));
    out
}

/// The accessibility faults planted here, with their pages.
pub(super) fn planted() -> Vec<PlantedIssue> {
    let at = |check, page: &str, why| PlantedIssue { check, page: page.to_owned(), why };
    let mut out: Vec<PlantedIssue> = TOPIC_FAULTS.iter().map(|&(check, why)| at(check, TOPIC, why)).collect();
    out.push(at("a11y.html-lang-valid", STUDY, "<html lang=\"cn\"> 不是有效的语言代码"));
    out.push(at("a11y.valid-lang", STUDY, "lang=\"zh_CN\" 应写作 zh-CN"));
    out.push(at("a11y.aria-hidden-body", POPUP, "<body aria-hidden=\"true\">"));
    out.push(at("a11y.aria-hidden-focus", POPUP, "隐藏的 <body> 里还有可聚焦的“返回专题”链接"));
    out
}
