//! Turning text into search terms: lower case, accents folded, British and American spellings
//! made the same, and simple endings removed, so "organisation", "organizations" and
//! "Organisation's" all become one term.

/// Words too common to help find anything.
const STOP_WORDS: [&str; 34] = [
    "a", "an", "and", "are", "as", "at", "be", "by", "can", "do", "does", "for", "from", "how", "i", "if", "in", "is",
    "it", "of", "on", "or", "that", "the", "their", "they", "this", "to", "was", "what", "when", "who", "with", "you",
];

/// The search terms in `text`, in order, with stop words left out.
pub fn terms(text: &str) -> impl Iterator<Item = String> + '_ {
    words(text).filter_map(|w| keep(term(w)))
}

/// The words of `text`, as written.
pub(super) fn words(text: &str) -> impl Iterator<Item = &str> {
    text.split(|c: char| !(is_word_char(c) || c == '\'' || c == '’')).filter(|w| !w.is_empty())
}

/// Whether `c` is part of a word: a letter, a digit, or an accent written as a separate
/// combining mark ("w" followed by a combining circumflex is "ŵ" decomposed).
pub(super) fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || ('\u{300}'..='\u{36f}').contains(&c)
}

/// `t`, unless it is empty or a stop word.
pub(super) fn keep(t: String) -> Option<String> {
    (!t.is_empty() && !STOP_WORDS.contains(&t.as_str())).then_some(t)
}

/// One word as a search term.
pub fn term(word: &str) -> String {
    let mut w = String::with_capacity(word.len());
    for c in word.chars() {
        match fold(c) {
            Some(f) => w.push(f),
            None if c == '\'' || c == '’' => w.push('\''),
            None => {}
        }
    }
    // Possessives: "child's", "children's".
    let w = w.strip_suffix("'s").unwrap_or(&w).replace('\'', "");
    stem(&spelling(&w))
}

/// Lower-case ASCII for a letter or digit, folding common accents (Welsh ŵ and ŷ among them);
/// None for anything else.
pub(super) fn fold(c: char) -> Option<char> {
    if c.is_ascii_alphanumeric() {
        return Some(c.to_ascii_lowercase());
    }
    let folded = match c {
        'à' | 'á' | 'â' | 'ä' | 'ã' | 'å' | 'À' | 'Á' | 'Â' | 'Ä' | 'Ã' | 'Å' => 'a',
        'ç' | 'Ç' => 'c',
        'è' | 'é' | 'ê' | 'ë' | 'È' | 'É' | 'Ê' | 'Ë' => 'e',
        'ì' | 'í' | 'î' | 'ï' | 'Ì' | 'Í' | 'Î' | 'Ï' => 'i',
        'ñ' | 'Ñ' => 'n',
        'ò' | 'ó' | 'ô' | 'ö' | 'õ' | 'Ò' | 'Ó' | 'Ô' | 'Ö' => 'o',
        'ù' | 'ú' | 'û' | 'ü' | 'Ù' | 'Ú' | 'Û' | 'Ü' => 'u',
        'ŵ' | 'ẁ' | 'ẃ' | 'ẅ' | 'Ŵ' | 'Ẁ' | 'Ẃ' | 'Ẅ' => 'w',
        'ŷ' | 'ỳ' | 'ý' | 'ÿ' | 'Ŷ' | 'Ỳ' | 'Ý' | 'Ÿ' => 'y',
        _ => return None,
    };
    Some(folded)
}

/// Makes British and American spellings the same (towards the shorter American forms, which
/// is only an internal key: the app shows British English).
fn spelling(w: &str) -> String {
    let mut w = w.to_string();
    // Endings: -isation/-ization, -ise/-ize, -yse/-yze, -our/-or, -tre/-ter, -ence/-ense,
    // -ogue/-og, -mme/-m.
    for (uk, us) in [
        ("isation", "ization"),
        ("isations", "izations"),
        ("ising", "izing"),
        ("ised", "ized"),
        ("ises", "izes"),
        ("ise", "ize"),
        ("yse", "yze"),
        ("ysed", "yzed"),
        ("ysing", "yzing"),
        ("ours", "ors"),
        ("our", "or"),
        ("ourer", "orer"),
        ("oured", "ored"),
        ("tre", "ter"),
        ("tres", "ters"),
        ("ence", "ense"),
        ("ogue", "og"),
        ("ogues", "ogs"),
        ("mme", "m"),
        ("mmes", "ms"),
    ] {
        if w.len() > uk.len() + 2 && w.ends_with(uk) {
            w.truncate(w.len() - uk.len());
            w.push_str(us);
            break;
        }
    }
    // Inside words: paediatric/pediatric, foetus/fetus, judgement/judgment, and doubled l
    // (travelled/traveled, counselling/counseling).
    for (uk, us) in [("ae", "e"), ("oe", "e"), ("dgement", "dgment")] {
        if w.contains(uk) {
            w = w.replace(uk, us);
        }
    }
    if w.len() > 5 && w.contains("ll") {
        w = w.replace("ll", "l");
    }
    w
}

/// Strips simple endings so that singular and plural, and verb forms, meet.
fn stem(w: &str) -> String {
    match w {
        "children" => return "child".into(),
        "people" => return "person".into(),
        "women" => return "woman".into(),
        "men" => return "man".into(),
        _ => {}
    }
    for (suffix, keep) in [("ies", "y"), ("ing", ""), ("ed", ""), ("es", ""), ("s", "")] {
        if let Some(base) = w.strip_suffix(suffix) {
            let long_enough = base.len() >= 3 && (suffix != "s" || !base.ends_with('s'));
            let es_ok = suffix != "es"
                || base.ends_with("ss")
                || base.ends_with('x')
                || base.ends_with("ch")
                || base.ends_with("sh");
            if long_enough && es_ok {
                return format!("{base}{keep}");
            }
        }
    }
    w.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn british_and_american_spellings_meet() {
        for (uk, us) in [
            ("organisation", "organization"),
            ("behaviour", "behavior"),
            ("recognise", "recognize"),
            ("analyse", "analyze"),
            ("centre", "center"),
            ("defence", "defense"),
            ("programme", "program"),
            ("paediatric", "pediatric"),
            ("judgement", "judgment"),
            ("counselling", "counseling"),
            ("labour", "labor"),
        ] {
            assert_eq!(term(uk), term(us), "{uk} / {us}");
        }
    }

    #[test]
    fn plurals_possessives_and_case_meet() {
        assert_eq!(term("Guardians"), term("guardian"));
        assert_eq!(term("children's"), term("child"));
        assert_eq!(term("Referrals"), term("referral"));
        assert_eq!(term("policies"), term("policy"));
        assert_eq!(term("NRM"), "nrm");
    }

    #[test]
    fn welsh_accents_and_combining_marks_are_folded() {
        assert_eq!(term("Gŵr"), "gwr");
        assert_eq!(term("TŶ"), "ty");
        assert_eq!(term("ẁ"), "w");
        let decomposed: Vec<&str> = words("gw\u{302}r a\u{300}").collect();
        assert_eq!(decomposed, vec!["gw\u{302}r", "a\u{300}"], "a combining accent stays in its word");
        assert_eq!(term("gw\u{302}r"), "gwr");
    }

    #[test]
    fn short_and_common_words_are_left_alone_or_dropped() {
        assert_eq!(term("bus"), "bus");
        assert_eq!(term("hour"), "hour");
        let t: Vec<String> = terms("What is the NRM?").collect();
        assert_eq!(t, vec!["nrm".to_string()]);
    }
}
