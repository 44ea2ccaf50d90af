//! Welsh search terms, and the initial consonant mutations that make one Welsh word start in
//! several ways: "plentyn" (child) is also written "blentyn", "mhlentyn" and "phlentyn".
//!
//! Welsh text is not stemmed or spelling-folded as English is (those rules would spoil Welsh
//! words: "trais" is not a plural, and "ll" and "ae" are Welsh letters). A Welsh term is the
//! word in lower case with its accents folded ([`term`]).
//!
//! [`radicals`] gives the forms a word may be a mutation of. Two Welsh words may be the same
//! word under mutation when one's form is the other, or both may come from one radical form:
//! [`same_word`]. So "plentyn" meets "blentyn" (soft), "mhlentyn" (nasal) and "phlentyn"
//! (aspirate), and "blentyn" meets "mhlentyn" through "plentyn".
//!
//! The mutations, as the radical's first letter → the mutated one:
//!
//! | radical | soft | nasal | aspirate |
//! |---------|------|-------|----------|
//! | p       | b    | mh    | ph       |
//! | t       | d    | nh    | th       |
//! | c       | g    | ngh   | ch       |
//! | b       | f    | m     |          |
//! | d       | dd   | n     |          |
//! | g       | (dropped) | ng |         |
//! | m       | f    |       |          |
//! | ll      | l    |       |          |
//! | rh      | r    |       |          |
//!
//! and a word starting with a vowel may take an h ("enw", "ei henw").
//!
//! The dropped g is the one loose rule: any word starting with a vowel (a, e, i, o, u, w, y), l
//! or r might have lost a g. It is only undone for words of 3 letters or more, and a word only
//! loses an h to a radical of 3 letters or more, so short words do not meet everything; the
//! search scores a match through a mutation below an exact one.

use super::words;

/// Welsh words too common to help find anything (as terms: lower case, accents folded).
/// Single letters are left out too (see [`keep`]).
/// ("dy", your, is not one: with its accent folded it is also "dŷ", house.)
const STOP_WORDS: [&str; 45] = [
    "ac", "ag", "am", "ar", "at", "yr", "yn", "ym", "yng", "ei", "eu", "ein", "eich", "fy", "mae", "yw", "ydy", "ydi",
    "oes", "sy", "sydd", "neu", "na", "nad", "nid", "ni", "fe", "mi", "bod", "fod", "gan", "gyda", "wrth", "hyn",
    "hynny", "hwn", "hon", "ond", "os", "pan", "oedd", "bydd", "fydd", "wedi", "er",
];

/// The Welsh search terms in `text`, in order, with stop words left out. Words are cut at
/// apostrophes as well ("mae'n", "i'r", "o'r"): the short part is a particle or the article.
pub fn terms(text: &str) -> impl Iterator<Item = String> + '_ {
    text.split(|c: char| !words::is_word_char(c) || c == '\'' || c == '’').filter_map(|w| keep(term(w)))
}

/// One Welsh word as a search term: lower case, accents folded (ŵ and ŷ too), nothing else.
pub fn term(word: &str) -> String {
    word.chars().filter_map(words::fold).collect()
}

/// `t`, unless it is a single letter or a stop word.
fn keep(t: String) -> Option<String> {
    (t.len() > 1 && !STOP_WORDS.contains(&t.as_str())).then_some(t)
}

/// Whether a letter is a vowel in Welsh (w and y are).
fn vowel(b: u8) -> bool {
    matches!(b, b'a' | b'e' | b'i' | b'o' | b'u' | b'w' | b'y')
}

/// The radical forms that the Welsh term `t` (as made by [`term`]) may be a mutation of, not
/// counting `t` itself: at most two. "blentyn" gives "plentyn"; "dy" (dŷ) gives "ty"; "fam"
/// gives "bam" and "mam"; "lan" gives "llan" and "glan"; "henw" gives "enw"; "plentyn" gives
/// none. A lost g is only put back on a word of 3 letters or more, and an h only taken off one
/// of 4 or more, so "ar" and "haf" give none.
pub fn radicals(t: &str) -> Vec<String> {
    let mut out = Vec::new();
    let b = t.as_bytes();
    if b.len() < 2 || !t.is_ascii() {
        return out;
    }
    let with = |radical: &str, cut: usize| format!("{radical}{}", &t[cut..]);
    // The first Welsh letter decides: ch, dd, ff, ng, ll, ph, rh and th are one letter each,
    // and mh, nh and ngh are the nasal mutations of p, t and c.
    if t.starts_with("ngh") {
        out.push(with("c", 3));
    } else if t.starts_with("ng") {
        out.push(with("g", 2));
    } else if t.starts_with("mh") {
        out.push(with("p", 2));
    } else if t.starts_with("nh") {
        out.push(with("t", 2));
    } else if t.starts_with("ph") {
        out.push(with("p", 2));
    } else if t.starts_with("th") {
        out.push(with("t", 2));
    } else if t.starts_with("ch") {
        out.push(with("c", 2));
    } else if t.starts_with("dd") {
        out.push(with("d", 2));
    } else if t.starts_with("ll") || t.starts_with("rh") || t.starts_with("ff") {
        // Radical letters: no mutation makes them.
    } else {
        match b[0] {
            b'b' => out.push(with("p", 1)),
            b'd' => out.push(with("t", 1)),
            b'g' => out.push(with("c", 1)),
            b'f' => {
                out.push(with("b", 1));
                out.push(with("m", 1));
            }
            b'm' => out.push(with("b", 1)),
            b'n' => out.push(with("d", 1)),
            b'l' => {
                out.push(with("ll", 1));
                if b.len() >= 3 {
                    out.push(with("gl", 1));
                }
            }
            b'r' => {
                out.push(with("rh", 1));
                if b.len() >= 3 {
                    out.push(with("gr", 1));
                }
            }
            b'h' if b.len() >= 4 && vowel(b[1]) => out.push(t[1..].to_string()),
            first if vowel(first) && b.len() >= 3 => out.push(with("g", 0)),
            _ => {}
        }
    }
    out
}

/// Whether two Welsh terms may be the same word under mutation: equal, or one is a radical
/// form of the other, or they share a radical form. `a_radicals` and `b_radicals` are their
/// [`radicals`].
///
/// Without a dictionary, a shared radical need not be a real word: "glaw" (rain, soft of
/// nothing) and "chlaw" meet, as both could come from a "claw". Such pairs are rare, and score
/// below an exact match.
pub fn same_word(a: &str, a_radicals: &[String], b: &str, b_radicals: &[String]) -> bool {
    a == b
        || a_radicals.iter().any(|r| r == b)
        || b_radicals.iter().any(|r| r == a)
        || a_radicals.iter().any(|r| b_radicals.contains(r))
}

/// Whether `prefix`, or one of its radical forms, starts `t` or one of its radical forms: an
/// unfinished word typed in a mutated form ("blent") still finds the word ("plentyn").
pub fn starts_same(prefix: &str, prefix_radicals: &[String], t: &str, t_radicals: &[String]) -> bool {
    let starts = |f: &str| f.starts_with(prefix) || prefix_radicals.iter().any(|p| f.starts_with(p.as_str()));
    starts(t) || t_radicals.iter().any(|r| starts(r))
}

/// The letters of the Welsh alphabet, in order, with the letters Welsh borrows only in names
/// and English words (k, q, v, x, z) where the English alphabet puts them. A digraph is one
/// letter: "ch" comes after "cy", "ll" after "ly", "ng" after "gw".
const ALPHABET: [&str; 33] = [
    "a", "b", "c", "ch", "d", "dd", "e", "f", "ff", "g", "ng", "h", "i", "j", "k", "l", "ll", "m", "n", "o", "p", "ph",
    "q", "r", "rh", "s", "t", "th", "u", "v", "w", "x", "y",
];

/// A key to sort by in the order of the Welsh alphabet (a b c ch d dd e f ff g ng h i j l ll m
/// n o p ph r rh s t th u w y), capitals and accents folded: "lyfr" comes before "llys",
/// "cyw" before "chwech", "fy" before "ffordd", "rywun" before "rhaglen". Digits come before
/// letters, and a space or other mark between words before both, so "plant" comes before
/// "plant ar goll" and that before "plentyn"; z and any letter Welsh does not use come last.
///
/// Without a dictionary "ng" is always one letter, as "ll" and the rest are (in "Bangor" it is
/// two: such words are rare among terms).
pub fn collate_key(text: &str) -> Vec<u8> {
    key(text, true)
}

/// As [`collate_key`], for an abbreviation, which is read letter by letter: "NGO" is n, g, o
/// (among the n's, not after "g" as the Welsh letter "ng" would put it), "DDM" is d, d, m.
pub fn collate_key_spelled(abbreviation: &str) -> Vec<u8> {
    key(abbreviation, false)
}

/// The key of [`collate_key`]; `digraphs` false reads every letter on its own.
fn key(text: &str, digraphs: bool) -> Vec<u8> {
    const SPACE: u8 = 1;
    const DIGIT: u8 = 2;
    const LETTER: u8 = DIGIT + 10;
    let folded: Vec<char> = text
        .chars()
        .filter(|c| !('\u{300}'..='\u{36f}').contains(c))
        .map(|c| words::fold(c).unwrap_or(if c.is_alphabetic() { '\u{ffff}' } else { ' ' }))
        .collect();
    let mut key = Vec::with_capacity(folded.len());
    let mut i = 0;
    while i < folded.len() {
        let c = folded[i];
        i += 1;
        if c == ' ' {
            if key.last().is_some_and(|k| *k != SPACE) {
                key.push(SPACE);
            }
            continue;
        }
        if let Some(d) = c.to_digit(10) {
            key.push(DIGIT + d as u8);
            continue;
        }
        let pair: String = [c].into_iter().chain(folded.get(i).copied()).collect();
        let digraph = if digraphs { ALPHABET.iter().position(|l| l.len() == 2 && *l == pair) } else { None };
        let rank = match digraph {
            Some(r) => {
                i += 1;
                Some(r)
            }
            None => ALPHABET.iter().position(|l| l.len() == 1 && l.starts_with(c)),
        };
        key.push(rank.map_or(u8::MAX, |r| LETTER + r as u8));
    }
    if key.last() == Some(&SPACE) {
        key.pop();
    }
    key
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Whether Welsh words `a` and `b` meet under mutation.
    fn meet(a: &str, b: &str) -> bool {
        let (a, b) = (term(a), term(b));
        same_word(&a, &radicals(&a), &b, &radicals(&b))
    }

    /// Every pair in `words` meets, both ways round.
    fn all_meet(words: &[&str]) {
        for a in words {
            for b in words {
                assert!(meet(a, b), "{a} / {b}");
            }
        }
    }

    #[test]
    fn each_mutation_of_p_t_and_c_meets_the_radical_and_the_others() {
        all_meet(&["plentyn", "blentyn", "mhlentyn", "phlentyn"]);
        all_meet(&["trais", "drais", "nhrais", "thrais"]);
        all_meet(&["cymorth", "gymorth", "nghymorth", "chymorth"]);
    }

    #[test]
    fn each_mutation_of_b_d_g_m_ll_and_rh_meets_the_radical() {
        all_meet(&["bachgen", "fachgen", "machgen"]);
        all_meet(&["dafad", "ddafad", "nafad"]);
        all_meet(&["gardd", "ardd", "ngardd"]);
        all_meet(&["gwaith", "waith", "ngwaith"]);
        all_meet(&["glaw", "law"]);
        all_meet(&["grym", "rym"]);
        all_meet(&["mam", "fam"]);
        all_meet(&["llaw", "law"]);
        all_meet(&["llyfr", "lyfr"]);
        all_meet(&["rhaid", "raid"]);
        all_meet(&["rhieni", "rieni"]);
    }

    #[test]
    fn a_vowel_word_meets_its_form_with_an_h() {
        all_meet(&["enw", "henw"]);
        all_meet(&["iaith", "hiaith"]);
        all_meet(&["oed", "hoed"]);
    }

    #[test]
    fn capitals_and_accents_are_folded_first() {
        all_meet(&["Plentyn", "BLENTYN", "Mhlentyn"]);
        assert_eq!(term("Gŵr"), "gwr");
        assert_eq!(term("ŷd"), "yd");
        assert_eq!(term("Tŷ"), "ty");
        assert_eq!(term("ẁyr"), "wyr");
        all_meet(&["tŷ", "dŷ", "nhŷ", "thŷ"]);
    }

    #[test]
    fn words_of_other_mutations_or_other_radicals_do_not_meet() {
        for (a, b) in [
            ("plentyn", "dlentyn"),  // d is the soft mutation of t, not of p
            ("plentyn", "chlentyn"), // ch is the aspirate of c
            ("plentyn", "nlentyn"),
            ("trais", "mhrais"), // mh is the nasal mutation of p
            ("trais", "grais"),
            ("cymorth", "thymorth"),
            ("llaw", "glaw"), // "law" may be either, but the two radicals are different words
            ("gardd", "hardd"),
            ("ffrind", "phrind"),
            ("haf", "af"), // too short to lose an h
            ("ar", "gar"), // too short to have lost a g
            ("un", "gun"),
        ] {
            assert!(!meet(a, b), "{a} / {b}");
            assert!(!meet(b, a), "{b} / {a}");
        }
    }

    #[test]
    fn radicals_follow_the_welsh_letters() {
        assert_eq!(radicals("plentyn"), Vec::<String>::new());
        assert_eq!(radicals("nghymorth"), vec!["cymorth"]);
        assert_eq!(radicals("ngardd"), vec!["gardd"]);
        assert_eq!(radicals("ddafad"), vec!["dafad"]);
        assert_eq!(radicals("fam"), vec!["bam", "mam"]);
        assert_eq!(radicals("lan"), vec!["llan", "glan"]);
        assert_eq!(radicals("llan"), Vec::<String>::new());
        assert_eq!(radicals("henw"), vec!["enw"]);
        assert_eq!(radicals("ardd"), vec!["gardd"]);
        assert_eq!(radicals("ar"), Vec::<String>::new());
        assert_eq!(radicals("haf"), Vec::<String>::new());
        assert_eq!(radicals("dy"), vec!["ty"]);
        assert_eq!(radicals("ffrind"), Vec::<String>::new());
    }

    #[test]
    fn an_unfinished_mutated_word_starts_the_radical() {
        let r = |w: &str| radicals(w);
        assert!(starts_same("blent", &r("blent"), "plentyn", &r("plentyn")));
        assert!(starts_same("plent", &r("plent"), "mhlentyn", &r("mhlentyn")));
        assert!(!starts_same("blent", &r("blent"), "dlentyn", &r("dlentyn")));
    }

    #[test]
    fn welsh_text_is_cut_at_apostrophes_and_common_words_left_out() {
        let t: Vec<String> = terms("Mae'n bwysig i'r plentyn gael help gan yr heddlu.").collect();
        assert_eq!(t, vec!["bwysig", "plentyn", "gael", "help", "heddlu"]);
        let t: Vec<String> = terms("Llywodraeth Cymru: Cymraeg").collect();
        assert_eq!(t, vec!["llywodraeth", "cymru", "cymraeg"], "no English spelling or stemming rules");
    }

    #[test]
    fn odd_input_gives_no_radicals_and_no_panic() {
        for w in ["", "a", "é", "ŵŵŵ", "ngh", "mh", "hh", "h\u{301}a", "𝔭lentyn", "\u{0}\u{0}\u{0}"] {
            let _ = radicals(&term(w));
            let _ = radicals(w);
        }
        assert_eq!(radicals("ngh"), vec!["c"]);
        assert_eq!(radicals("h"), Vec::<String>::new());
    }
    #[test]
    fn the_welsh_alphabet_orders_digraphs_as_single_letters() {
        let before = |a: &str, b: &str| assert!(collate_key(a) < collate_key(b), "{a} before {b}");
        before("lyfr", "llys");
        before("cyw", "chwech");
        before("fy", "ffordd");
        before("rywun", "rhaglen");
        before("dyn", "ddoe");
        before("gwyn", "nghymorth");
        before("gwyn", "ngwaith");
        before("ngwaith", "haf");
        before("pwy", "pharmacy");
        before("tywydd", "theatr");
        before("lluosog", "mam");
        before("cyw", "cha");
        before("acw", "ach"); // in the middle too: "ch" after "c"
        before("plant", "plant ar goll");
        before("plant ar goll", "plentyn");
        before("NRM", "ôl");
        before("j", "llys");
    }

    #[test]
    fn the_welsh_order_folds_case_and_accents() {
        assert_eq!(collate_key("Tŷ"), collate_key("ty"));
        assert_eq!(collate_key("Ŵyr"), collate_key("wyr"));
        assert_eq!(collate_key("Llys"), collate_key("LLYS"));
        assert_eq!(collate_key("  Llys,  Teulu "), collate_key("llys teulu"));
        let mut words = vec!["rhaglen", "Chwech", "ffordd", "Llys", "cyw", "lyfr", "fy", "rywun", "Ŵyr", "ach", "acw"];
        words.sort_by_key(|w| collate_key(w));
        assert_eq!(
            words,
            vec!["acw", "ach", "cyw", "Chwech", "fy", "ffordd", "lyfr", "Llys", "rywun", "rhaglen", "Ŵyr"]
        );
    }

    #[test]
    fn an_abbreviation_is_ordered_letter_by_letter() {
        let before = |a: &str, b: &str| assert!(collate_key_spelled(a) < collate_key_spelled(b), "{a} before {b}");
        before("NCA", "NGO");
        before("NGO", "NHS");
        before("DDM", "DfE");
        before("RG", "RHI");
        before("RHI", "RPC");
        assert!(collate_key_spelled("DDM") < collate_key("diogelu"));
        assert!(collate_key_spelled("LAC") < collate_key("llinellau cyffuriau"));
        assert!(collate_key("ddoe") > collate_key_spelled("DtN"));
    }

    #[test]
    fn odd_text_still_has_a_key() {
        for w in ["", " ", "-", "𝔭", "ŵŵŵ", "w\u{302}", "ngh", "12 mis", "日本"] {
            let _ = collate_key(w);
        }
        assert_eq!(collate_key("w\u{302}"), collate_key("w"));
        assert!(collate_key("12") < collate_key("a"));
        assert!(collate_key("y") < collate_key("日本"));
    }
}
