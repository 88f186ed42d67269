//! Other forms of a query's words that name the same job: the one who does a trade or field
//! (`carpentry`, `roofing`, `accounting`: carpenter, roofer, accountant), a compound
//! written closed or open (`farmhand` for "Farm Hand", `fire man` for "Fireman"), and a word's
//! clipped form (`tech` for technician, `rep` for representative).

use careerscope_model::words::WordIndex;

/// Endings of a word that names an activity or a field: `roof·ing`, `manage·ment`,
/// `carpent·ry`, `therap·y`, `econom·ic`, `journal·ism`.
const ACTIVITY: [&str; 6] = ["ing", "ment", "ry", "y", "ic", "ism"];

/// Endings of a word for the one who does it, after the activity's stem: `nurs·e`,
/// `manage·r`, `roof·er`, `survey·or`, `therap·ist`, `electric·ian`, `account·ant`. After
/// `-ry` and `-ing` the stem alone may be one too (`dentist·ry`, `locksmith·ing`,
/// `cook·ing`); after `-ing` it is as often a thing (`train·ing`, `account·ing`), which the
/// caller tells apart by whether the word heads the titles it is in, as a doer does.
const AGENT: [&str; 7] = ["e", "r", "er", "or", "ist", "ian", "ant"];

/// A stem shorter than this is too short to say whose it is (`sew·ing`, `min·ing`).
const STEM_AT_LEAST: usize = 4;

/// The stem of an activity's word, and whether the stem alone is the one who does it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Stem<'w> {
    stem: &'w str,
    bare: bool,
}

/// The stems of `word` when it names an activity or field (one ending taken off, and a
/// doubled last letter undone: `programm·ing` gives `programm` and `program`); none for
/// other words.
pub fn activity_stems(word: &str) -> Vec<Stem<'_>> {
    let mut stems = Vec::new();
    for end in ACTIVITY {
        let Some(stem) = word.strip_suffix(end) else {
            continue;
        };
        if stem.len() < STEM_AT_LEAST || !stem.is_ascii() {
            continue;
        }
        let bare = end == "ry" || end == "ing";
        stems.push(Stem { stem, bare });
        let b = stem.as_bytes();
        if end == "ing" && b[b.len() - 1] == b[b.len() - 2] {
            let stem = &stem[..stem.len() - 1];
            stems.push(Stem { stem, bare });
        }
    }
    stems
}

/// Whether `word` is the one who does what `stems` (of [`activity_stems`]) name, other than
/// the query word `query` itself: `roofer` for `roofing`, `manager` for `management`.
pub fn is_agent(stems: &[Stem], query: &str, word: &str) -> bool {
    word != query
        && stems.iter().any(|s| {
            word.strip_prefix(s.stem)
                .is_some_and(|end| AGENT.contains(&end) || (s.bare && end.is_empty()))
        })
}

/// Whether `word` is a closed compound whose last part is the query word `query` or the one
/// who does what it names (`brickmason` for `mason` and for `masonry`, `bookkeeper` for
/// `keeper`): the part before it, at least three letters, for the caller to check it is a
/// word. The last part has at least four letters (`fireman` is no compound of `man`).
pub fn compound_of<'w>(word: &'w str, query: &str, stems: &[Stem]) -> Option<&'w str> {
    const PART_AT_LEAST: usize = 3;
    if !word.is_ascii() || word.len() < PART_AT_LEAST + STEM_AT_LEAST {
        return None;
    }
    if query.len() >= STEM_AT_LEAST
        && word.len() >= query.len() + PART_AT_LEAST
        && let Some(prefix) = word.strip_suffix(query)
    {
        return Some(prefix);
    }
    if stems.is_empty() {
        return None;
    }
    (PART_AT_LEAST..=word.len() - STEM_AT_LEAST)
        .find(|&at| is_agent(stems, query, &word[at..]))
        .map(|at| &word[..at])
}

/// The longest closed compound read as two words ("firefighterassistant" is 20 letters).
const COMPOUND_UP_TO: usize = 30;

/// The two words a closed compound the index does not know is made of, when the index knows
/// both (`farmhand`: `farm`, `hand`), each at least three letters; of several splits, the
/// most even.
pub fn split(word: &str, knows: impl Fn(&str) -> bool) -> Option<(String, String)> {
    // Each place to split costs a look-up in the vocabulary: a longer "word" is no compound.
    if !word.is_ascii() || word.len() > COMPOUND_UP_TO {
        return None;
    }
    (3..word.len().saturating_sub(2))
        .map(|at| (&word[..at], &word[at..]))
        .filter(|(a, b)| knows(a) && knows(b))
        .max_by_key(|(a, b)| a.len().min(b.len()))
        .map(|(a, b)| (a.to_string(), b.to_string()))
}

/// A clipped form and its full word must be seen together in at least this many titles: one
/// title's "Hy (Hydraulic)" is no usage.
const CLIPPED_SEEN: u32 = 2;

/// Pairs of words the titles write for each other, a clipped form and its full word (`tech` and
/// technician, `rep` and representative, `lab` and laboratory), as word ids each way: learned
/// from titles written both ways, "A (B)" ("Maintenance Technician (Maintenance Tech)"), where
/// the two forms differ in one word and one of the two starts the other.
pub fn clipped_forms(index: &WordIndex) -> std::collections::HashMap<u32, Vec<u32>> {
    let mut seen: std::collections::HashMap<(u32, u32), u32> = std::collections::HashMap::new();
    for t in 1..index.len() {
        if !index.derived(t) || index.job(t) != index.job(t - 1) {
            continue;
        }
        let own = |t: usize| {
            let words = index.words(t);
            &words[..index.own(t).min(words.len())]
        };
        let (a, b) = (own(t - 1), own(t));
        if a.len() != b.len() {
            continue;
        }
        let mut differ = a.iter().zip(b).filter(|(x, y)| x != y);
        let (Some((&x, &y)), None) = (differ.next(), differ.next()) else {
            continue;
        };
        let (wx, wy) = (index.word(x as usize), index.word(y as usize));
        let (short, long) = if wx.len() < wy.len() { (x, y) } else { (y, x) };
        let (ws, wl) = (index.word(short as usize), index.word(long as usize));
        if ws.len() >= 2 && wl.starts_with(ws) {
            *seen.entry((short, long)).or_insert(0) += 1;
        }
    }
    let mut forms: std::collections::HashMap<u32, Vec<u32>> = std::collections::HashMap::new();
    for (&(short, long), &n) in &seen {
        if n >= CLIPPED_SEEN {
            forms.entry(short).or_default().push(long);
            forms.entry(long).or_default().push(short);
        }
    }
    forms
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clipped_forms_are_learned_from_titles_written_both_ways() {
        use careerscope_model::words::Source;
        let texts = [
            (0, "Maintenance Technician (Maintenance Tech)"),
            (1, "Lab Tech (Lab Technician)"),
            (1, "Customer Service Rep (Customer Service Representative)"),
            // Once is no usage; two words changed are no clipping; nor is a word that does
            // not start the other.
            (2, "Hy (Hydraulic)"),
            (2, "Cat Groomer (Caterpillar Fixer)"),
            (2, "Sales Assistant (Sales Aide)"),
            (3, "Sales Rep (Sales Representative)"),
        ];
        let index = WordIndex::build(texts.iter().map(|&(job, t)| (job, Source::Alternate, t, 1)));
        let id = |word: &str| {
            index
                .vocabulary()
                .find(|&(_, w)| w == word)
                .map(|(id, _)| id)
                .unwrap_or_else(|| panic!("{word} is in the index"))
        };
        let forms = clipped_forms(&index);
        let of = |word: &str| {
            let mut found: Vec<&str> = forms
                .get(&id(word))
                .into_iter()
                .flatten()
                .map(|&f| index.word(f as usize))
                .collect();
            found.sort_unstable();
            found
        };
        assert_eq!(of("tech"), ["technician"]);
        assert_eq!(of("technician"), ["tech"]);
        assert_eq!(of("rep"), ["representative"]);
        assert!(of("hy").is_empty());
        assert!(of("cat").is_empty());
        assert!(of("assistant").is_empty());
        assert_eq!(forms.len(), 4, "tech, technician, rep, representative");
    }

    #[test]
    fn a_compound_ending_in_the_word_or_its_doer_gives_the_part_before() {
        let of = |word, query| compound_of(word, query, &activity_stems(query));
        assert_eq!(of("brickmason", "mason"), Some("brick"));
        assert_eq!(of("brickmason", "masonry"), Some("brick"));
        assert_eq!(of("bookkeeper", "keeper"), Some("book"));
        assert_eq!(of("bookkeeping", "keeper"), None);
        assert_eq!(of("fireman", "man"), None, "too short a word to be a part");
        assert_eq!(of("mason", "mason"), None, "no part before");
        assert_eq!(
            of("stonemasonry", "mason"),
            None,
            "the word is not the last part"
        );
    }

    fn agent_of(query: &str, word: &str) -> bool {
        is_agent(&activity_stems(query), query, word)
    }

    #[test]
    fn a_trade_or_field_finds_the_one_who_does_it() {
        for (query, word) in [
            ("carpentry", "carpenter"),
            ("roofing", "roofer"),
            ("management", "manager"),
            ("accounting", "accountant"),
            ("nursing", "nurse"),
            ("therapy", "therapist"),
            ("dentistry", "dentist"),
            ("programming", "programmer"),
            ("surveying", "surveyor"),
            ("economic", "economist"),
            ("bakery", "baker"),
            ("journalism", "journalist"),
        ] {
            assert!(agent_of(query, word), "{query} → {word}");
        }
    }

    #[test]
    fn other_words_and_short_stems_find_no_one() {
        for (query, word) in [
            ("nurse", "nurser"),
            ("fire", "fireman"),
            ("roofing", "roofing"),
            ("sewing", "sewer"),
            ("security", "secure"),
            ("carpentry", "carpet"),
            ("management", "manage"),
        ] {
            assert!(!agent_of(query, word), "{query} → {word}");
        }
        // After -ing the stem alone may be the doer or a thing: `locksmith` and `train` alike
        // here; the search keeps the words that head their titles (its tests:
        // `a_trades_word_in_ing_finds_the_doer_named_by_its_stem`).
        assert!(agent_of("locksmithing", "locksmith"));
        assert!(agent_of("training", "train"));
        assert!(activity_stems("teacher").is_empty());
    }

    #[test]
    fn a_closed_compound_splits_into_known_words_most_evenly() {
        let known = ["farm", "hand", "far", "mhand", "day", "care", "car"];
        let knows = |w: &str| known.contains(&w);
        assert_eq!(
            split("farmhand", knows),
            Some(("farm".into(), "hand".into()))
        );
        assert_eq!(split("daycare", knows), Some(("day".into(), "care".into())));
        assert_eq!(split("farmer", knows), None);
        assert_eq!(split("ab", knows), None);
        assert_eq!(split("fármhand", knows), None);
        let long = format!("farm{}hand", "x".repeat(30));
        assert_eq!(
            split(&long, |w| w.starts_with("farm") || w.ends_with("hand")),
            None
        );
    }
}
