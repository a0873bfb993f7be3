//! The `autocomplete` tokens HTML defines, as axe-core 4.14.1's
//! `commons/text/is-valid-autocomplete.js` lists them, with the options
//! its `autocomplete-valid` rule passes (more state terms, and purposes it
//! leaves for a person to review).

/// Whether a value is valid, and whether axe leaves it to review.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Verdict {
    Valid,
    Invalid,
    /// A purpose axe ignores (`text`, `pronouns`…): neither pass nor fail.
    Review,
}

const STATE_TERMS: &[&str] = &[
    "on",
    "off",
    // The rule's own options.
    "none",
    "false",
    "true",
    "disabled",
    "enabled",
    "undefined",
    "null",
    "xoff",
    "xon",
];
const IGNORED: &[&str] = &["text", "pronouns", "gender", "message", "content"];
#[rustfmt::skip]
const STANDALONE: &[&str] = &[
    "name", "honorific-prefix", "given-name", "additional-name", "family-name", "honorific-suffix",
    "nickname", "username", "new-password", "current-password", "organization-title",
    "organization", "street-address", "address-line1", "address-line2", "address-line3",
    "address-level4", "address-level3", "address-level2", "address-level1", "country",
    "country-name", "postal-code", "cc-name", "cc-given-name", "cc-additional-name",
    "cc-family-name", "cc-number", "cc-exp", "cc-exp-month", "cc-exp-year", "cc-csc", "cc-type",
    "transaction-currency", "transaction-amount", "language", "bday", "bday-day", "bday-month",
    "bday-year", "sex", "url", "photo", "one-time-code",
];
const QUALIFIERS: &[&str] = &["home", "work", "mobile", "fax", "pager"];
#[rustfmt::skip]
const QUALIFIED: &[&str] = &[
    "tel", "tel-country-code", "tel-national", "tel-area-code", "tel-local", "tel-local-prefix",
    "tel-local-suffix", "tel-extension", "email", "impp",
];
const LOCATIONS: &[&str] = &["billing", "shipping"];

/// axe's `isValidAutocomplete(value, options)` with the rule's options:
/// `[section-*] [billing|shipping] [home|work|…] purpose [webauthn]`, the
/// qualifier only before a purpose that takes one. Lower-cased and trimmed
/// as JavaScript does (ASCII white space and the Unicode spaces).
pub fn verdict(value: &str) -> Verdict {
    let value = super::js::js_trim(value).to_lowercase();
    if value.is_empty() || STATE_TERMS.contains(&value.as_str()) {
        return Verdict::Valid;
    }
    let mut terms: Vec<&str> = value.split(super::js::js_space).filter(|t| !t.is_empty()).collect();
    if terms.last() == Some(&"webauthn") {
        terms.pop();
        if terms.is_empty() {
            return Verdict::Invalid;
        }
    }
    let mut rest = terms.as_slice();
    if rest.first().is_some_and(|t| t.len() > 8 && t.starts_with("section-")) {
        rest = &rest[1..];
    }
    if rest.first().is_some_and(|t| LOCATIONS.contains(t)) {
        rest = &rest[1..];
    }
    let mut standalone_ok = true;
    if rest.first().is_some_and(|t| QUALIFIERS.contains(t)) {
        rest = &rest[1..];
        standalone_ok = false;
    }
    let [purpose] = rest else { return Verdict::Invalid };
    if IGNORED.contains(purpose) {
        return Verdict::Review;
    }
    if (standalone_ok && STANDALONE.contains(purpose)) || QUALIFIED.contains(purpose) {
        Verdict::Valid
    } else {
        Verdict::Invalid
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_follow_axe() {
        let cases = [
            ("", Verdict::Valid),
            ("off", Verdict::Valid),
            (" OFF ", Verdict::Valid),
            ("xon", Verdict::Valid),
            ("name", Verdict::Valid),
            ("section-a shipping tel", Verdict::Valid),
            ("work email", Verdict::Valid),
            ("work name", Verdict::Invalid),
            ("username webauthn", Verdict::Valid),
            ("webauthn", Verdict::Invalid),
            ("section- name", Verdict::Invalid),
            ("phone", Verdict::Invalid),
            ("tel email", Verdict::Invalid),
            ("text", Verdict::Review),
            ("nope", Verdict::Invalid),
            ("手机", Verdict::Invalid),
        ];
        for (value, want) in cases {
            assert_eq!(verdict(value), want, "{value:?}");
        }
    }
}
