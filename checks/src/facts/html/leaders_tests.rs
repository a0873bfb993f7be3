use super::*;
use crate::facts::html::{read_page, with_test_input};

fn read_at(html: &str, url: &str) -> Option<LeadersPage> {
    with_test_input(html, url, encoding_rs::UTF_8, read_page).leaders
}

fn read(html: &str) -> Option<LeadersPage> {
    read_at(html, "http://www.qingxi.gov.cn/zwgk/index.html")
}

fn page(title: &str, body: &str) -> String {
    format!("<html><head><title>{title}</title></head><body>{body}</body></html>")
}

fn names(p: &LeadersPage) -> Vec<&str> {
    p.leaders.iter().map(|l| l.name.as_str()).collect()
}

#[test]
fn names_are_han_names_with_a_surname() {
    assert_eq!(name_of("张　三").as_deref(), Some("张三"));
    assert_eq!(name_of(" 欧阳明华 ").as_deref(), Some("欧阳明华"));
    assert_eq!(name_of("李四同志").as_deref(), Some("李四"));
    assert_eq!(name_of("阿不都·热合曼").as_deref(), Some("阿不都·热合曼"));
    for not in ["政务公开", "县长信箱", "王县长", "领导信息", "张", "张三丰收节日", "Zhang", "工作分工"]
    {
        assert_eq!(name_of(not), None, "{not}");
    }
}

#[test]
fn titles_are_parts_each_ending_like_a_title() {
    assert_eq!(title_of("县委副书记、县长").unwrap(), ["县委副书记", "县长"]);
    assert_eq!(title_of("职务：县委常委　副县长").unwrap(), ["县委常委", "副县长"]);
    assert_eq!(title_of("党组成员、副局长（兼）").unwrap(), ["党组成员", "副局长"]);
    for not in ["负责县政府全面工作", "县长信箱", "1975年3月生", "政务公开", ""] {
        assert_eq!(title_of(not), None, "{not}");
    }
    assert_eq!(title_parts("县委副书记， 县长"), title_parts("县委副书记、县长"));
}

#[test]
fn a_page_names_itself_a_leaders_page() {
    let at = |title: &str, url: &str| read_at(&page(title, "<p>x</p>"), url).is_some();
    assert!(at("领导信息_清溪县人民政府", "http://www.qingxi.gov.cn/a/index.html"));
    assert!(at("张三_领导之窗_清溪县人民政府", "http://www.qingxi.gov.cn/a/t1.html"));
    assert!(at("清溪县人民政府", "http://www.qingxi.gov.cn/ldxx/index.html"));
    // News about leaders, and a column of their activities, are not.
    assert!(!at("县领导班子召开民主生活会_清溪县人民政府", "http://www.qingxi.gov.cn/xwzx/t1.html"));
    assert!(!at("领导活动_清溪县人民政府", "http://www.qingxi.gov.cn/ldxx/hd/index.html"));
    assert!(!at("县长信箱_清溪县人民政府", "http://www.qingxi.gov.cn/hdjl/index.html"));
    let breadcrumb =
        page("清溪县", "<div class=\"position\">当前位置：首页 &gt; 政务公开 &gt; 机构领导</div><p>x</p>");
    assert!(read(&breadcrumb).is_some());
}

#[test]
fn cards_on_an_index_link_each_leader_to_a_detail_page() {
    let html = page(
        "领导之窗",
        "<ul class=\"ld\">\
         <li><a href=\"/ldzc/zs.html\"><img src=\"/img/zs.jpg\"><p>张　三</p><p>县委副书记、县长</p></a></li>\
         <li><a href=\"/ldzc/ls.html\"><img src=\"/img/ls.jpg\"><p>李　四</p><p>县委常委、常务副县长</p></a></li>\
         <li><a href=\"/ldzc/ww.html\"><img src=\"/img/ww.jpg\"></a><a href=\"/ldzc/ww.html\">王五</a><span>副县长</span></li>\
         </ul>",
    );
    let p = read(&html).expect("a leaders page");
    assert_eq!(names(&p), ["张三", "李四", "王五"]);
    assert!(p.leaders.iter().all(|l| l.portrait && l.link.is_some() && !l.duties));
    assert_eq!(p.leaders[1].title.as_deref(), Some("县委常委、常务副县长"));
    let links =
        with_test_input(&html, "http://www.qingxi.gov.cn/zwgk/index.html", encoding_rs::UTF_8, read_page)
            .links;
    let link = |l: &FoundLeader| links[l.link.unwrap() as usize].url.path().to_owned();
    assert_eq!(link(&p.leaders[0]), "/ldzc/zs.html");
    assert_eq!(link(&p.leaders[2]), "/ldzc/ww.html");
}

#[test]
fn a_detail_page_gives_title_resume_and_duties() {
    let html = page(
        "张三_领导之窗_清溪县人民政府",
        "<div class=\"nav\"><a href=\"/\">首页</a><a href=\"/zwgk/\">政务公开</a></div>\
         <h1>张三</h1><img src=\"/img/zs.jpg\"><p>职务：县委副书记、县长</p>\
         <h3>个人简历</h3><p>男，汉族，1975年3月生，大学学历。</p>\
         <h3>工作分工</h3><p>主持县政府全面工作。</p>",
    );
    let p = read(&html).unwrap();
    assert_eq!(p.leaders.len(), 1);
    let l = &p.leaders[0];
    assert_eq!((l.name.as_str(), l.title.as_deref()), ("张三", Some("县委副书记、县长")));
    assert!(l.duties && l.resume && l.portrait);
}

#[test]
fn duties_written_as_nothing_are_missing() {
    let html = page(
        "领导信息",
        "<p>张三</p><p>副县长</p><p>分工：暂无</p><p>李四</p><p>副县长</p><p>分管：教育、卫生健康</p>",
    );
    let p = read(&html).unwrap();
    assert_eq!(names(&p), ["张三", "李四"]);
    assert!(!p.leaders[0].duties);
    assert!(p.leaders[1].duties);
}

#[test]
fn one_line_name_and_title() {
    let html = page(
        "县领导",
        "<p>张三　县委副书记、县长</p><p>负责县政府全面工作。</p><p>李　四：副县长</p><p>协助县长分管财政。</p>",
    );
    let p = read(&html).unwrap();
    assert_eq!(names(&p), ["张三", "李四"]);
    assert_eq!(p.leaders[1].title.as_deref(), Some("副县长"));
    assert!(p.leaders.iter().all(|l| l.duties && !l.portrait));
}

#[test]
fn a_table_with_a_header_row() {
    let html = page(
        "领导班子",
        "<table><tr><th>姓名</th><th>职务</th><th>分工</th></tr>\
         <tr><td>张三</td><td>局长</td><td>主持全面工作</td></tr>\
         <tr><td>李四</td><td>副局长</td><td></td></tr></table>",
    );
    let p = read(&html).unwrap();
    assert_eq!(names(&p), ["张三", "李四"]);
    assert!(p.leaders[0].duties && !p.leaders[1].duties);
    assert_eq!(p.leaders[1].title.as_deref(), Some("副局长"));
}

#[test]
fn a_vertical_table_on_a_detail_page() {
    let html = page(
        "领导简介",
        "<table><tr><td>姓名</td><td>张三</td></tr><tr><td>职务</td><td>局长</td></tr>\
         <tr><td>分工</td><td>主持全面工作</td></tr></table>",
    );
    let p = read(&html).unwrap();
    assert_eq!(names(&p), ["张三"]);
    assert!(p.leaders[0].duties);
    assert_eq!(p.leaders[0].title.as_deref(), Some("局长"));
}

#[test]
fn a_news_item_about_the_county_head_is_no_leaders_page() {
    let html = page("县长张三调研春耕生产_清溪县人民政府", "<p>张三</p><p>县长</p><p>负责同志陪同调研。</p>");
    assert_eq!(read(&html), None);
}

#[test]
fn cards_with_the_title_above_the_name() {
    let html = page(
        "领导之窗",
        "<ul><li><img src=\"/a.jpg\"><p>县委副书记、县长</p><p>张三</p></li>\
         <li><img src=\"/b.jpg\"><p>副县长</p><p>李四</p></li>\
         <li><p>县长　王五</p><p>负责全面工作</p></li></ul>",
    );
    let p = read(&html).unwrap();
    let got: Vec<(&str, Option<&str>, bool)> =
        p.leaders.iter().map(|l| (l.name.as_str(), l.title.as_deref(), l.portrait)).collect();
    assert_eq!(
        got,
        [
            ("张三", Some("县委副书记、县长"), true),
            ("李四", Some("副县长"), true),
            ("王五", Some("县长"), false)
        ]
    );
}

#[test]
fn titles_compare_without_now_and_the_body_s_name() {
    assert_eq!(title_parts("现任清溪县人民政府副县长"), ["副县长"]);
    assert_eq!(title_parts("县政府党组成员"), ["县政府党组成员"]);
}
