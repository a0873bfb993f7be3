//! The portal's columns whose lists a script builds, as the big
//! government CMSs write them: a 大汉 (Hanweb) `jpage` list with its first
//! page embedded in a `<datastore>` and the rest behind `dataproxy.jsp`,
//! TRS pagination written only by `createPageHTML(…)`, and a list fed
//! from a JSON file. A crawler that reads only HTML sees one page of the
//! first, one page of the second and nothing of the third.

use chrono::{Days, NaiveTime};

use crate::serve::Resource;

use super::Planted;
use super::catalog::{Article, Catalog, Fate};
use super::columns::{self, short};
use super::layout::esc;
use super::rng::Rng;
use super::spec::ColumnSpec;
use super::{docs, news};

/// Hanweb's data endpoint, shared by every jpage list of a site (the column
/// is named in the form body).
pub(super) const PROXY: &str = "/module/web/jpage/dataproxy.jsp";

/// The Hanweb column page and the data endpoint's answers, one per
/// `perPage` records after the embedded first page.
pub(super) fn hanweb(spec: &ColumnSpec, items: &[&Article]) -> Vec<(String, Resource)> {
    let per_page = spec.per_page;
    let record = |a: &&Article| {
        format!(
            "<record><![CDATA[<li><a href=\"{}\" target=\"_blank\" title=\"{}\">{}</a><span>{}</span></li>]]></record>\n",
            a.path(),
            esc(a.title()),
            short(a.title()),
            a.at.format("%Y-%m-%d")
        )
    };
    let unit = 4_085_961;
    let embedded: String = items.iter().take(per_page).map(record).collect();
    let list = format!(
        "<div id=\"{unit}\"><script type=\"text/xml\"><datastore>\n\
<nextgroup><![CDATA[<a href=\"{PROXY}?page=1&appid=1&webid=1&path=/&columnid=1234&unitid={unit}&webname=清溪县人民政府&permissiontype=0\"></a>]]></nextgroup>\n\
<recordset>\n{embedded}</recordset></datastore></script></div>\n\
<script src=\"/module/web/jpage/jpage.js\"></script>\n\
<script>$(function () {{ $('#{unit}').jpage({{ totalRecord: {}, perPage: {per_page}, groupSize: 1, proxyUrl: '{PROXY}', barPosition: 'bottom', noDataText: '暂无数据' }}); }});</script>",
        items.len()
    );
    let mut out = vec![(spec.list_path(0), column_page(spec, list))];
    out.push((
        "/module/web/jpage/jpage.js".into(),
        Resource::new(200, "application/javascript", "/* jpage */"),
    ));
    for start in (per_page..items.len()).step_by(per_page) {
        let end = start + per_page;
        let records: String = items.iter().skip(start).take(per_page).map(record).collect();
        let body = format!(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<datastore><totalrecord>{}</totalrecord><recordset>\n{records}</recordset></datastore>",
            items.len()
        );
        let target = format!("{PROXY}?startrecord={}&endrecord={end}&perpage={per_page}", start + 1);
        out.push((target, Resource::new(200, "text/xml; charset=UTF-8", body)));
    }
    out
}

/// The JSON-fed column page and its `list.json`.
pub(super) fn json_fed(spec: &ColumnSpec, items: &[&Article]) -> Vec<(String, Resource)> {
    let list = "<ul id=\"list\" class=\"list\"></ul>\n<script>$.getJSON('list.json', function (d) {\n\
  if (!d.data.length) { $('#list').html('<li class=\"no-data\">暂无数据</li>'); return; }\n\
  $.each(d.data, function (i, a) { $('#list').append('<li><a href=\"' + a.url + '\">' + a.title + '</a><span>' + a.pubDate.substr(0, 10) + '</span></li>'); });\n\
});</script>"
        .to_owned();
    let data: Vec<serde_json::Value> = items
        .iter()
        .map(|a| {
            serde_json::json!({
                "title": a.title(),
                "url": a.path(),
                "pubDate": a.at.format("%Y-%m-%d %H:%M:%S").to_string(),
            })
        })
        .collect();
    let body = serde_json::json!({ "total": items.len(), "data": data }).to_string();
    vec![
        (spec.list_path(0), column_page(spec, list)),
        (format!("{}/list.json", spec.dir()), Resource::new(200, "application/json; charset=utf-8", body)),
    ]
}

/// TRS pagination as a script writes it: nothing a crawler can follow in
/// the HTML.
pub(super) fn trs_pagination(page: usize, pages: usize) -> String {
    format!(
        "<div class=\"page\" id=\"page_div\"></div>\n<script>createPageHTML('page_div', {pages}, {page}, 'index', 'html');</script>\n"
    )
}

fn column_page(spec: &ColumnSpec, list: String) -> Resource {
    columns::column_page(spec, &format!("{list}\n"))
}

/// The Hanweb column whose data endpoint lists a deleted article, and the
/// TRS column whose script-only pages do.
const HANWEB_COLUMN: &str = "jcdt";
const TRS_COLUMN: &str = "xzxk";

/// Adds a deleted article old enough to be listed only by the Hanweb data
/// endpoint, and one old enough to be listed only on a TRS page the
/// script links to. Runs before ids are handed out, like `defects::plant`.
pub(super) fn plant(cat: &mut Catalog) {
    let as_of = cat.as_of;
    let at = move |days: u64| {
        (as_of - Days::new(days)).and_time(NaiveTime::from_hms_opt(11, 30, 0).unwrap_or_default())
    };
    let day = at(45);
    let draft = news::town(&mut Rng::named("deleted-hanweb"), day.date());
    let deleted = cat.push(Catalog::column_index(HANWEB_COLUMN), day, draft);
    cat.articles[deleted].fate = Fate::Deleted;
    let day = at(75);
    let draft = docs::notice(&mut Rng::named("deleted-trs"), day.date());
    let deleted = cat.push(Catalog::column_index(TRS_COLUMN), day, draft);
    cat.articles[deleted].fate = Fate::Deleted;
}

/// The two dead links `plant` leaves, on the list page that shows each:
/// the Hanweb column page (its data endpoint's items are its own) and
/// the TRS page the deleted notice falls on.
pub(super) fn planted(cat: &Catalog) -> Vec<Planted> {
    let deleted = |slug: &str| {
        let list = &cat.columns[Catalog::column_index(slug)];
        list.iter()
            .enumerate()
            .find(|(_, i)| cat.articles[**i].fate == Fate::Deleted)
            .map(|(n, i)| (n, &cat.articles[*i]))
    };
    let mut out = Vec::new();
    if let Some((n, a)) = deleted(HANWEB_COLUMN) {
        let spec = a.spec();
        assert!(n >= spec.per_page, "listed only by the data endpoint");
        out.push(Planted {
            check: "link.dead",
            page: Some(spec.list_path(0)),
            target: a.path(),
            why: "大汉jpage数据接口列出的文章已被删除，链接返回404",
        });
    }
    if let Some((n, a)) = deleted(TRS_COLUMN) {
        let spec = a.spec();
        assert!(n >= spec.per_page, "listed only on a page the script links to");
        out.push(Planted {
            check: "link.dead",
            page: Some(spec.list_path(n / spec.per_page)),
            target: a.path(),
            why: "仅由createPageHTML脚本链接的翻页上，文章已被删除，链接返回404",
        });
    }
    out
}
