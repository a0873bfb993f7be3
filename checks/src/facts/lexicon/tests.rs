use super::*;

fn lexicon(lines: &str) -> Lexicon {
    Lexicon::new(parse(lines, "test").expect("valid lines"))
}

fn words(lexicon: &Lexicon, text: &str) -> Vec<(String, usize)> {
    scan_text(lexicon, text).into_iter().map(|h| (h.note.wrong.clone(), h.count)).collect()
}

#[test]
fn the_builtin_lexicon_parses_and_every_entry_names_its_source() {
    let entries = builtin();
    assert!(entries.len() > 100, "{}", entries.len());
    let mut wrongs: Vec<&str> = entries.iter().map(|e| e.note.wrong.as_str()).collect();
    for e in &entries {
        assert!(!e.note.right.is_empty(), "{} has no correction", e.note.wrong);
        assert!(
            !e.note.source.is_empty() && !e.note.source.starts_with("checks/lexicon"),
            "{} has no source",
            e.note.wrong
        );
        assert!(!e.note.right.contains(&e.note.wrong), "{} would match its own correction", e.note.wrong);
    }
    for grade in [Grade::Serious, Grade::Ordinary, Grade::Suspect] {
        assert!(entries.iter().any(|e| e.note.grade == grade), "no {grade:?} entry");
    }
    let count = wrongs.len();
    wrongs.sort();
    wrongs.dedup();
    assert_eq!(wrongs.len(), count, "a wrong form is listed twice: the later entry would hide the earlier");
}

/// The whole lexicon over correct government prose, written to hold every
/// right form and every exception the entries list: not one hit.
#[test]
fn correct_prose_has_no_hit() {
    let lexicon = Lexicon::new(builtin());
    let prose = include_str!("../../../lexicon/tests/prose.txt");
    for line in prose.lines().filter(|l| !l.starts_with('#')) {
        assert_eq!(words(&lexicon, line), vec![], "{line}");
    }
    // Every right form is correct text too.
    for note in lexicon.notes() {
        assert_eq!(words(&lexicon, &note.right), vec![], "the correction of {}", note.wrong);
    }
}

#[test]
fn the_prose_holds_the_exceptions_county_sites_write() {
    // An exception is there because real text holds it; the prose shows
    // the ones a county site is likely to write.
    let prose = include_str!("../../../lexicon/tests/prose.txt");
    let shown = [
        "东北朝鲜族",
        "目的的",
        "标的的",
        "的的确",
        "为了了解",
        "不了了之",
        "现在在",
        "实实在在",
        "严峻工",
        "冷峻工业",
        "发布署",
        "公布署",
        "究竟争",
        "按装修",
        "按装机",
        "既使用",
        "战前苏联",
        "在在线",
    ];
    for context in shown {
        assert!(prose.contains(context), "{context} is not in the prose");
    }
}

#[test]
fn the_first_occurrence_is_found_with_its_count_and_sentence() {
    let lexicon = Lexicon::new(builtin());
    let text = "县政府召开会议。会议要求持续优化营商环竟，打造一流营商环竟！其他事项另行通知。";
    let hits = scan_text(&lexicon, text);
    assert_eq!(hits.len(), 1);
    assert_eq!(hits[0].count, 2);
    assert_eq!(hits[0].note.right, "营商环境");
    assert_eq!(hits[0].sentence, "会议要求持续优化【营商环竟】，打造一流营商环竟！");
}

#[test]
fn a_long_sentence_is_cut_with_an_ellipsis_and_numbers_masked() {
    let lexicon = lexicon("营商环竟 → 营商环境");
    let text = format!("{}联系电话13812345678，营商环竟{}", "很".repeat(50), "好".repeat(50));
    let hits = scan_text(&lexicon, &text);
    let s = &hits[0].sentence;
    assert!(s.starts_with('…') && s.ends_with('…'), "{s}");
    assert!(s.contains("138****5678") && !s.contains("13812345678"), "{s}");
}

#[test]
fn exceptions_hide_only_the_occurrences_inside_them() {
    let lexicon = Lexicon::new(builtin());
    assert_eq!(words(&lexicon, "东北朝鲜族聚居区"), vec![]);
    assert_eq!(words(&lexicon, "不使用北朝鲜的称谓"), vec![("北朝鲜".to_owned(), 1)]);
    assert_eq!(words(&lexicon, "东北朝鲜族群众；北朝鲜"), vec![("北朝鲜".to_owned(), 1)]);
    assert_eq!(words(&lexicon, "以营利为目的的活动"), vec![]);
    assert_eq!(words(&lexicon, "我们的的工作"), vec![("的的".to_owned(), 1)]);
    assert_eq!(words(&lexicon, "为了了解情况"), vec![]);
    assert_eq!(words(&lexicon, "我们学习了了新精神"), vec![("了了".to_owned(), 1)]);
}

#[test]
fn hits_come_in_text_order_and_the_users_entry_wins() {
    let mut entries = builtin();
    entries.extend(parse("营商环竟 → 营商环境 | 严重 | 本县重点提法", "mine.txt").unwrap());
    let lexicon = Lexicon::new(entries);
    let hits = scan_text(&lexicon, "要再接再励，优化营商环竟。");
    let got: Vec<(&str, Grade, &str)> =
        hits.iter().map(|h| (h.note.wrong.as_str(), h.note.grade, h.note.source.as_str())).collect();
    assert_eq!(got[0].0, "再接再励");
    assert_eq!(got[1], ("营商环竟", Grade::Serious, "mine.txt"));
}

#[test]
fn a_file_with_comments_blank_lines_and_short_lines_reads() {
    let text = "# 本县的词\n\n清溪县人民正府 → 清溪县人民政府\n清溪县委办工室 -> 清溪县委办公室 | 严重 | 机构名称\n  溪清县 → 清溪县 | suspect\n";
    let entries = parse(text, "words.txt").unwrap();
    let got: Vec<(&str, &str, Grade, &str, &str)> = entries
        .iter()
        .map(|e| {
            (
                e.note.wrong.as_str(),
                e.note.right.as_str(),
                e.note.grade,
                e.note.note.as_str(),
                e.note.source.as_str(),
            )
        })
        .collect();
    assert_eq!(
        got,
        [
            ("清溪县人民正府", "清溪县人民政府", Grade::Ordinary, "", "words.txt"),
            ("清溪县委办工室", "清溪县委办公室", Grade::Serious, "机构名称", "words.txt"),
            ("溪清县", "清溪县", Grade::Suspect, "", "words.txt"),
        ]
    );
}

#[test]
fn a_bad_line_is_named_with_its_problem() {
    let bad = |text: &str| parse(text, "f").unwrap_err();
    assert_eq!(
        bad("# c\n中华人民共合国 中华人民共和国\n"),
        LexiconError { line: 2, problem: LineProblem::NoArrow }
    );
    assert_eq!(bad(" → 正确\n").problem, LineProblem::EmptyWrong);
    assert_eq!(bad("共和 → 中华人民共和国\n").problem, LineProblem::RightContainsWrong);
    assert_eq!(bad("错词 → 正词 | 很严重\n").problem, LineProblem::UnknownGrade("很严重".into()));
    assert_eq!(
        bad("的的 → 的 | 一般 | | | 目的\n").problem,
        LineProblem::ExceptionWithoutWrong("目的".into())
    );
    assert_eq!(bad("a → b | 一般 | n | s | a1 | more\n").problem, LineProblem::TooManyFields);
}

#[test]
fn an_empty_lexicon_finds_nothing() {
    assert!(scan_text(&Lexicon::default(), "中华人民共合国").is_empty());
}

#[test]
fn a_large_user_lexicon_still_matches() {
    // Far more entries than any office writes: the automaton is built
    // (as a DFA or, past its limits, the default kind) and finds them.
    let entries: Vec<WordEntry> = (0..20_000)
        .map(|i| entry(&format!("清溪{i}号错"), &format!("清溪{i}号"), "", "", "", "", "big.txt").unwrap())
        .collect();
    let lexicon = Lexicon::new(entries);
    assert_eq!(
        words(&lexicon, "本县清溪19999号错，清溪7号错。"),
        vec![("清溪19999号错".to_owned(), 1), ("清溪7号错".to_owned(), 1)]
    );
}

#[test]
fn a_title_written_with_its_level_twice_is_found_but_not_a_city_party_secretary() {
    let lexicon = Lexicon::new(builtin());
    assert_eq!(words(&lexicon, "河北省省委书记到我县调研"), vec![("省省委书记".to_owned(), 1)]);
    assert_eq!(words(&lexicon, "部分城市市委书记参加座谈"), vec![]);
}
