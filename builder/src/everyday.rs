//! careerscope's own list of everyday names (`data/everyday-names.tsv`): what people call an
//! occupation that none of O*NET's titles for it say — slang ("shrink"), a layperson's words
//! ("heart doctor"), an older name ("fireman"), a spoken short form ("vet tech") or a role
//! named by the app it is done through ("uber driver") — the titles O*NET gives several
//! occupations whose usual meaning is one of them ("mechanic": the car mechanic), and what the
//! workers do as a layperson says it ("fills prescriptions"), each given to the one
//! occupation most people mean by it. Not an official source: written for
//! careerscope, and searched as such (docs/DATA.md, "Everyday names").

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use crate::SourceError;

/// Where the list sits, relative to the official sources' folder: beside it, since it is not
/// one of them and has no checksum in their manifest.
pub const FILE: &str = "../everyday-names.tsv";

/// What the coverage table calls the list.
pub const SOURCE: &str = "careerscope's list";

/// What kind of name an entry is; the list says it for its readers, the search does not weigh it.
pub const KINDS: [&str; 7] = [
    "slang",
    "lay",
    "old",
    "short",
    "app-or-company",
    "usual",
    "work",
];

/// The everyday names, per SOC code, in the list's order. `is_occupation` says which codes are
/// occupations the builder knows.
///
/// # Errors
/// The file cannot be read, or a line is not `code<TAB>name<TAB>kind` with a known code and
/// kind, or a name is given to two occupations; the error names the file and line.
pub fn read(
    file: &Path,
    is_occupation: impl Fn(&str) -> bool,
) -> Result<BTreeMap<String, Vec<String>>, SourceError> {
    let text = std::fs::read_to_string(file).map_err(|e| SourceError::Unreadable {
        file: file.to_path_buf(),
        reason: e.to_string(),
        expected: "careerscope's list of everyday names (code, name, kind; tab-separated)"
            .to_string(),
    })?;
    parse(&text, file, is_occupation)
}

fn parse(
    text: &str,
    file: &Path,
    is_occupation: impl Fn(&str) -> bool,
) -> Result<BTreeMap<String, Vec<String>>, SourceError> {
    let mut out: BTreeMap<String, Vec<String>> = BTreeMap::new();
    // Each name's line, to name both lines when a name is given twice.
    let mut first_line: BTreeMap<String, (usize, String)> = BTreeMap::new();
    for (n, line) in text.lines().enumerate() {
        let line_no = n + 1;
        let unexpected = |expected: &str, found: &str| SourceError::Unexpected {
            file: PathBuf::from(file),
            place: format!("line {line_no}"),
            expected: expected.to_string(),
            found: found.to_string(),
        };
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        let fields: Vec<&str> = line.split('\t').collect();
        let [code, name, kind] = fields[..] else {
            return Err(unexpected(
                "three tab-separated fields: SOC code, everyday name, kind",
                &format!("{} field(s) in {line:?}", fields.len()),
            ));
        };
        if !careerscope_model::is_soc(code) || !is_occupation(code) {
            return Err(unexpected(
                "the SOC code of one of the 830 occupations (like 29-1141)",
                &format!("{code:?}"),
            ));
        }
        let name = name.trim();
        // A name is typed as a word or a few, so "A (B)" is two names.
        let plain = |c: char| c.is_alphanumeric() || " -'&/.".contains(c);
        if name.is_empty() || name.chars().count() > 40 || !name.chars().all(plain) {
            return Err(unexpected(
                "a short everyday name (1 to 40 letters, digits, spaces, - ' & / .)",
                &format!("{name:?}"),
            ));
        }
        if !KINDS.contains(&kind) {
            return Err(unexpected(
                &format!("a kind, one of {}", KINDS.join(", ")),
                &format!("{kind:?}"),
            ));
        }
        // Names the search reads as the same words are one name: "orders supplies for a
        // company" and "orders supplies for companies" cannot go to two occupations.
        let key = careerscope_model::words::words_of(name).0.join(" ");
        if let Some((earlier, other)) = first_line.get(&key) {
            if other != code {
                return Err(unexpected(
                    &format!(
                        "each name given to one occupation, but line {earlier} gives it to {other}"
                    ),
                    &format!("{name:?} for {code}"),
                ));
            }
            continue;
        }
        first_line.insert(key, (line_no, code.to_string()));
        out.entry(code.to_string())
            .or_default()
            .push(name.to_string());
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parsed(text: &str) -> Result<BTreeMap<String, Vec<String>>, String> {
        parse(text, Path::new("everyday-names.tsv"), |c| {
            ["29-1223", "33-2011"].contains(&c)
        })
        .map_err(|e| e.to_string())
    }

    #[test]
    fn names_are_read_per_occupation_in_order_skipping_comments_and_repeats() {
        let got = parsed(
            "# code\tname\tkind\n29-1223\tshrink\tslang\n\n33-2011\tfireman\told\n\
             29-1223\thead doctor\tslang\n29-1223\tShrink\tslang\n",
        );
        let want = BTreeMap::from([
            (
                "29-1223".to_string(),
                vec!["shrink".to_string(), "head doctor".to_string()],
            ),
            ("33-2011".to_string(), vec!["fireman".to_string()]),
        ]);
        assert_eq!(got, Ok(want));
    }

    #[test]
    fn a_bad_line_is_named_with_what_was_expected() {
        let err = parsed("29-1223\tshrink\n").unwrap_err();
        assert_eq!(
            err,
            "everyday-names.tsv: line 1: expected three tab-separated fields: SOC code, \
             everyday name, kind, found 2 field(s) in \"29-1223\\tshrink\""
        );
        let err = parsed("# x\n29-9999\tshrink\tslang\n").unwrap_err();
        assert!(
            err.starts_with("everyday-names.tsv: line 2: expected the SOC code"),
            "{err}"
        );
        assert!(err.ends_with("found \"29-9999\""), "{err}");
        let err = parsed("29-1223\tshrink\tinsult\n").unwrap_err();
        assert!(err.contains("expected a kind, one of slang, lay"), "{err}");
        let err = parsed("29-1223\t \tslang\n").unwrap_err();
        assert!(
            err.contains("line 1: expected a short everyday name"),
            "{err}"
        );
        let err = parsed("29-1223\tshrink (psychiatrist)\tslang\n").unwrap_err();
        assert!(err.ends_with("found \"shrink (psychiatrist)\""), "{err}");
    }

    #[test]
    fn a_name_given_to_two_occupations_is_refused() {
        let err = parsed("29-1223\tfireman\tslang\n33-2011\tFireman\told\n").unwrap_err();
        assert_eq!(
            err,
            "everyday-names.tsv: line 2: expected each name given to one occupation, but line \
             1 gives it to 29-1223, found \"Fireman\" for 33-2011"
        );
        // The same words to the search: singular or plural, with or without "a".
        let err =
            parsed("29-1223\tputs out a fire\tlay\n33-2011\tputs out fires\tlay\n").unwrap_err();
        assert!(
            err.contains("line 2: expected each name given to one occupation"),
            "{err}"
        );
    }
}
