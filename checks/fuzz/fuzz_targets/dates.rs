//! The date parser takes text straight from hostile pages: it must return
//! for any input without panicking, and whatever it returns must be a real
//! calendar day once resolved.

#![no_main]

use chrono::NaiveDate;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let as_of = NaiveDate::from_ymd_opt(2027, 1, 5).expect("valid date");
    for written in checks::facts::dates::find(&text) {
        assert!((1..=12).contains(&written.month) && (1..=31).contains(&written.day));
        let _ = written.resolve(as_of, checks::facts::dates::year_in_url(&text));
    }
    let _ = checks::facts::dates::labelled(&text);
    let _ = checks::facts::dates::in_url(&text);
});
