//! How careerscope writes a dataset file: plain JSON any reader accepts, laid out so that the
//! names can be read without reading the profiles, and one job without the others.
//!
//! ```text
//! {"schema":1,
//! "index":{"after":812,"names":["Chef","Cook"],"lens":[311,298]},
//! "jobs":[
//! {"name":"Chef",…},
//! {"name":"Cook",…}
//! ],
//! "pages":[…]
//! }
//! ```
//!
//! The index on the second line holds every job's name and the length of its line, so the
//! names cost a read of two lines and job `i` is found by adding up lengths. `after` is the
//! number of bytes after the index line: a file edited by hand, whose length no longer agrees,
//! is read the old way, in full. Files without an index (older ones, or written by hand) are
//! read in full too.

use std::io::{self, BufRead, Write};

use serde::Deserialize;

/// The first line of a laid-out file.
pub const HEAD: &str = "{\"schema\":1,\n";
/// What the index line starts with.
const INDEX_KEY: &str = "\"index\":";
/// The line that opens the jobs.
pub const JOBS_OPEN: &str = "\"jobs\":[\n";
/// Between two jobs.
const JOB_SEPARATOR: &str = ",\n";
/// After the last job, before the pages.
const PAGES_OPEN: &str = "],\n\"pages\":";
/// After the pages.
const TAIL: &str = "\n}\n";

/// The index line as read: names borrowed from the line where they hold no escapes, so
/// 100,000 names cost no allocation each.
#[derive(Deserialize)]
struct IndexRead<'a> {
    after: u64,
    #[serde(borrow)]
    names: Vec<BorrowedName<'a>>,
    lens: Vec<u64>,
}

/// A name borrowed from the text when it can be (serde borrows a `Cow` only as a field).
#[derive(Deserialize)]
struct BorrowedName<'a>(#[serde(borrow)] std::borrow::Cow<'a, str>);

/// The index as [`fast_index`] finds it: each name's place and length in the line.
struct IndexSpans {
    after: u64,
    spans: Vec<(usize, usize)>,
    lens: Vec<u64>,
}

impl IndexSpans {
    /// The names gathered at the front of `body`'s own buffer, end to end: 100,000 names
    /// cost no second buffer. `body` must be what the spans were found in.
    fn into_index(self, mut body: Vec<u8>) -> Option<ParsedIndex> {
        let mut ends = Vec::with_capacity(self.spans.len());
        let mut at = 0;
        for (start, len) in self.spans {
            // Names only move towards the front, over what was read already.
            body.copy_within(start..start + len, at);
            at += len;
            ends.push(at);
        }
        body.truncate(at);
        Some(ParsedIndex {
            after: self.after,
            names: String::from_utf8(body).ok()?,
            ends,
            lens: self.lens,
        })
    }
}

/// The index, its names end to end.
struct ParsedIndex {
    after: u64,
    names: String,
    ends: Vec<usize>,
    lens: Vec<u64>,
}

/// The index line as careerscope writes it (`{"after":N,"names":[…],"lens":[…]}`), read
/// without building a value per name: the names are copied end to end as they stand. `None`
/// for anything else, a name with an escape among it, which the general reader then takes.
fn fast_index(body: &[u8]) -> Option<IndexSpans> {
    // An unescaped `"` only ever delimits a string, so this is where the names end.
    let split = memchr::memmem::rfind(body, b"],\"lens\":[")?;
    let (head, tail) = body.split_at(split + 1);
    // The lengths are read on a second thread while the names are read here.
    std::thread::scope(|s| {
        let lens = s.spawn(|| {
            let mut rest = std::str::from_utf8(tail)
                .ok()?
                .strip_prefix(",\"lens\":[")?;
            let mut lens = Vec::new();
            list(&mut rest, |rest| {
                lens.push(number(rest)?);
                Some(())
            })?;
            (rest == "}").then_some(lens)
        });
        let text = std::str::from_utf8(head).ok()?;
        let base = text.as_ptr() as usize;
        let mut rest = text.strip_prefix("{\"after\":")?;
        let after = number(&mut rest)?;
        rest = rest.strip_prefix(",\"names\":[")?;
        // Where each name lies in `body`: copied together later, in place.
        let mut spans: Vec<(usize, usize)> = Vec::new();
        list(&mut rest, |rest| {
            *rest = rest.strip_prefix('"')?;
            let end = memchr::memchr2(b'"', b'\\', rest.as_bytes())?;
            if rest.as_bytes()[end] != b'"' {
                return None;
            }
            spans.push((rest.as_ptr() as usize - base, end));
            *rest = &rest[end + 1..];
            Some(())
        })?;
        let lens = lens.join().ok()??;
        // A control character in a name would be an escape in JSON: none got this far.
        rest.is_empty().then_some(IndexSpans { after, spans, lens })
    })
}

/// A number of decimal digits at the start of `rest`, which moves past it. 100,000 lengths:
/// digits folded by hand, without a string parse each.
fn number(rest: &mut &str) -> Option<u64> {
    let bytes = rest.as_bytes();
    let mut n: u64 = 0;
    let mut digits = 0;
    while let Some(d) = bytes.get(digits).filter(|b| b.is_ascii_digit()) {
        n = n.checked_mul(10)?.checked_add(u64::from(d - b'0'))?;
        digits += 1;
    }
    if digits == 0 {
        return None;
    }
    *rest = &rest[digits..];
    Some(n)
}

/// The items of a JSON array whose `[` is already read, each read by `item`, through the `]`.
fn list(rest: &mut &str, mut item: impl FnMut(&mut &str) -> Option<()>) -> Option<()> {
    if let Some(r) = rest.strip_prefix(']') {
        *rest = r;
        return Some(());
    }
    loop {
        item(rest)?;
        match rest.as_bytes().first()? {
            b',' => *rest = &rest[1..],
            b']' => {
                *rest = &rest[1..];
                return Some(());
            }
            _ => return None,
        }
    }
}

/// Where things are in a laid-out file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Head {
    /// Every name, end to end.
    pub names: String,
    /// Where each name ends in `names`.
    pub name_ends: Vec<usize>,
    /// Job `i` is `starts[i]..starts[i] + lens[i]`, in bytes from the start of the file.
    pub starts: Vec<u64>,
    pub lens: Vec<u64>,
    /// The pages' JSON array, `start..end`.
    pub pages: (u64, u64),
}

/// Writes a dataset whose jobs are already JSON (one object each, on one line) and whose pages
/// are a JSON array. Jobs must be in the dataset's order.
///
/// # Errors
/// When `out` fails, or a job's JSON holds a line break (it would break the layout).
pub fn write(out: &mut impl Write, jobs: &[(&str, &[u8])], pages: &[u8]) -> io::Result<()> {
    if let Some((name, _)) = jobs.iter().find(|(_, j)| j.contains(&b'\n')) {
        return Err(io::Error::new(
            io::ErrorKind::InvalidData,
            format!("job {name:?}: its JSON spans lines"),
        ));
    }
    let names: Vec<&str> = jobs.iter().map(|(n, _)| *n).collect();
    let lens: Vec<u64> = jobs.iter().map(|(_, j)| j.len() as u64).collect();
    write_start(out, &names, &lens, pages.len() as u64)?;
    for (i, (_, job)) in jobs.iter().enumerate() {
        out.write_all(job)?;
        out.write_all(separator_after(i, jobs.len()).as_bytes())?;
    }
    write_end(out, pages)
}

/// The head of a laid-out file: its first line, the index of `names` and `lens` (a file
/// whose pages take `pages_len` bytes), and the line that opens the jobs.
///
/// # Errors
/// When `out` fails.
pub fn write_start(
    out: &mut impl Write,
    names: &[&str],
    lens: &[u64],
    pages_len: u64,
) -> io::Result<()> {
    let after = JOBS_OPEN.len() as u64
        + jobs_bytes(lens)
        + (PAGES_OPEN.len() + TAIL.len()) as u64
        + pages_len;
    out.write_all(HEAD.as_bytes())?;
    out.write_all(INDEX_KEY.as_bytes())?;
    // As serde writes an `Index`, field for field.
    write!(out, "{{\"after\":{after},\"names\":")?;
    serde_json::to_writer(&mut *out, names)?;
    out.write_all(b",\"lens\":")?;
    serde_json::to_writer(&mut *out, lens)?;
    out.write_all(b"}")?;
    out.write_all(JOB_SEPARATOR.as_bytes())?;
    out.write_all(JOBS_OPEN.as_bytes())
}

/// What follows job `i` of `n`: `,\n`, or `\n` after the last.
pub fn separator_after(i: usize, n: usize) -> &'static str {
    if i + 1 < n { JOB_SEPARATOR } else { "\n" }
}

/// The end of a laid-out file: the pages and the closing brace.
///
/// # Errors
/// When `out` fails.
pub fn write_end(out: &mut impl Write, pages: &[u8]) -> io::Result<()> {
    out.write_all(PAGES_OPEN.as_bytes())?;
    out.write_all(pages)?;
    out.write_all(TAIL.as_bytes())
}

/// The bytes the jobs take, separators included.
fn jobs_bytes(lens: &[u64]) -> u64 {
    let n = lens.len() as u64;
    let last_separator = separator_after(0, 1).len() as u64;
    lens.iter().sum::<u64>()
        + if n == 0 {
            0
        } else {
            JOB_SEPARATOR.len() as u64 * (n - 1) + last_separator
        }
}

/// Reads the head of a file of `len` bytes: `None` when it is not laid out (an older or
/// hand-written file) or its length disagrees with its index (changed by hand).
///
/// # Errors
/// Only when reading fails.
pub fn read_head(r: &mut impl BufRead, len: u64) -> io::Result<Option<Head>> {
    let mut line = Vec::new();
    let mut read_line = |line: &mut Vec<u8>| -> io::Result<usize> {
        line.clear();
        r.read_until(b'\n', line)
    };
    read_line(&mut line)?;
    if line != HEAD.as_bytes() {
        return Ok(None);
    }
    let head_len = line.len() as u64;
    let mut index_line = Vec::new();
    read_line(&mut index_line)?;
    let index_len = index_line.len() as u64;
    let Some(body) = index_line
        .strip_prefix(INDEX_KEY.as_bytes())
        .and_then(|l| l.strip_suffix(JOB_SEPARATOR.as_bytes()))
    else {
        return Ok(None);
    };
    let body_range = INDEX_KEY.len()..index_line.len() - JOB_SEPARATOR.len();
    let index = match fast_index(body) {
        Some(spans) => {
            index_line.copy_within(body_range.clone(), 0);
            index_line.truncate(body_range.len());
            match spans.into_index(index_line) {
                Some(index) => index,
                None => return Ok(None),
            }
        }
        // Escapes in a name, or a layout serde wrote differently: the general reader.
        None => match serde_json::from_slice::<IndexRead>(body) {
            Ok(read) => {
                let mut names = String::with_capacity(body.len());
                let mut ends = Vec::with_capacity(read.names.len());
                for BorrowedName(n) in &read.names {
                    names.push_str(n);
                    ends.push(names.len());
                }
                ParsedIndex {
                    after: read.after,
                    names,
                    ends,
                    lens: read.lens,
                }
            }
            Err(_) => return Ok(None),
        },
    };
    read_line(&mut line)?;
    if line != JOBS_OPEN.as_bytes()
        || head_len + index_len + index.after != len
        || index.ends.len() != index.lens.len()
    {
        return Ok(None);
    }
    let mut at = head_len + index_len + JOBS_OPEN.len() as u64;
    let jobs_start = at;
    let starts: Vec<u64> = index
        .lens
        .iter()
        .map(|l| {
            let start = at;
            at += l + JOB_SEPARATOR.len() as u64;
            start
        })
        .collect();
    let pages_start = jobs_start + jobs_bytes(&index.lens) + PAGES_OPEN.len() as u64;
    let pages_end = len - TAIL.len() as u64;
    if pages_start > pages_end {
        return Ok(None);
    }
    Ok(Some(Head {
        names: index.names,
        name_ends: index.ends,
        starts,
        lens: index.lens,
        pages: (pages_start, pages_end),
    }))
}

/// The first page of a pages array's text (which may be cut after it), without parsing the rest.
pub fn first_page<T: serde::de::DeserializeOwned>(pages: &[u8]) -> Option<T> {
    let rest = pages.trim_ascii_start().strip_prefix(b"[")?;
    serde_json::Deserializer::from_slice(rest)
        .into_iter::<T>()
        .next()?
        .ok()
}

/// Writes a whole dataset laid out: each job compact on its line, in the dataset's order.
///
/// # Errors
/// When `out` fails.
pub fn write_dataset(out: &mut impl Write, dataset: &crate::model::Dataset) -> io::Result<()> {
    let pages = serde_json::to_vec(&dataset.pages)?;
    write_each(out, &dataset.jobs, |p| &p.name, &pages)
}

/// Writes `items` laid out as jobs named by `name`, each serialized compactly on its line.
///
/// # Errors
/// When serializing an item or writing fails.
pub fn write_each<T: serde::Serialize>(
    out: &mut impl Write,
    items: &[T],
    name: impl Fn(&T) -> &str,
    pages: &[u8],
) -> io::Result<()> {
    let jobs: Vec<String> = items
        .iter()
        .map(serde_json::to_string)
        .collect::<Result<_, _>>()?;
    let pairs: Vec<(&str, &[u8])> = items
        .iter()
        .zip(&jobs)
        .map(|(item, j)| (name(item), j.as_bytes()))
        .collect();
    write(out, &pairs, pages)
}

/// Reads `len` bytes at `start` of `file`, without moving a shared position.
///
/// # Errors
/// When reading fails or the file is shorter.
pub fn read_at(file: &std::fs::File, start: u64, len: u64) -> io::Result<Vec<u8>> {
    let mut buf = vec![0u8; usize::try_from(len).map_err(io::Error::other)?];
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileExt;
        file.read_exact_at(&mut buf, start)?;
    }
    #[cfg(not(unix))]
    {
        use std::io::{Read, Seek, SeekFrom};
        let mut f = file.try_clone()?;
        f.seek(SeekFrom::Start(start))?;
        f.read_exact(&mut buf)?;
    }
    Ok(buf)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The index line as serde writes it, to check the hand-written reader against.
    #[derive(serde::Serialize, Debug, Clone, PartialEq, Eq, Default)]
    struct Index {
        after: u64,
        names: Vec<String>,
        lens: Vec<u64>,
    }

    fn sample() -> Vec<u8> {
        let mut out = Vec::new();
        let jobs: Vec<(&str, &[u8])> = vec![
            (
                "Chef",
                br#"{"name":"Chef","overview":{"yearly_salary":50000}}"#,
            ),
            ("Cook", br#"{"name":"Cook"}"#),
        ];
        write(
            &mut out,
            &jobs,
            br#"[{"title":"Chef vs cook","jobs":["Chef","Cook"]}]"#,
        )
        .unwrap_or_else(|e| panic!("{e}"));
        out
    }

    #[test]
    fn a_laid_out_file_is_plain_json_a_dataset_reader_takes() {
        let text = String::from_utf8(sample()).unwrap_or_default();
        let d = crate::dataset::parse(&text, "t.json").unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(d.jobs.len(), 2);
        assert_eq!(d.pages.len(), 1);
        assert!(
            text.starts_with("{\"schema\":1,\n\"index\":{\"after\":"),
            "{text}"
        );
    }

    #[test]
    fn the_head_finds_every_job_and_the_pages() {
        let bytes = sample();
        let head = read_head(&mut &bytes[..], bytes.len() as u64)
            .unwrap_or_else(|e| panic!("{e}"))
            .unwrap_or_else(|| panic!("a head"));
        assert_eq!(
            (head.names.as_str(), head.name_ends),
            ("ChefCook", vec![4, 8])
        );
        let job = |i: usize| {
            let s = head.starts[i] as usize;
            &bytes[s..s + head.lens[i] as usize]
        };
        assert_eq!(job(1), br#"{"name":"Cook"}"#);
        assert!(job(0).starts_with(br#"{"name":"Chef""#) && job(0).ends_with(b"}"));
        let pages = &bytes[head.pages.0 as usize..head.pages.1 as usize];
        assert!(pages.starts_with(b"[{\"title\"") && pages.ends_with(b"]"));
        let first: Option<crate::model::PageRef> = first_page(pages);
        assert_eq!(
            first.map(|p| p.jobs),
            Some(vec!["Chef".into(), "Cook".into()])
        );
    }

    #[test]
    fn a_file_changed_by_hand_or_never_laid_out_has_no_head() {
        let mut bytes = sample();
        bytes.insert(bytes.len() - 3, b' ');
        assert_eq!(
            read_head(&mut &bytes[..], bytes.len() as u64).ok(),
            Some(None)
        );
        let plain = br#"{"schema": 1, "jobs": []}"#;
        assert_eq!(
            read_head(&mut &plain[..], plain.len() as u64).ok(),
            Some(None)
        );
    }

    #[test]
    fn no_jobs_is_a_layout_too() {
        let mut out = Vec::new();
        write(&mut out, &[], b"[]").unwrap_or_else(|e| panic!("{e}"));
        let text = String::from_utf8(out.clone()).unwrap_or_default();
        assert!(crate::dataset::parse(&text, "t").is_ok(), "{text}");
        let head = read_head(&mut &out[..], out.len() as u64).ok().flatten();
        assert_eq!(head.map(|h| h.name_ends.len()), Some(0));
    }

    #[test]
    fn the_fast_index_reader_agrees_with_serde_and_leaves_escapes_to_it() {
        let index = Index {
            after: 12,
            names: vec!["Chef".into(), "Sous \"Chef\"".into(), "Ünïcode/Cook".into()],
            lens: vec![1, 22, 333],
        };
        let json = serde_json::to_vec(&index).unwrap_or_default();
        assert!(
            fast_index(&json).is_none(),
            "an escaped quote goes to serde"
        );
        let plain = Index {
            names: vec!["Chef".into(), "Ünïcode/Cook".into(), "".into()],
            lens: vec![1, 22, 0],
            ..index
        };
        let json = serde_json::to_vec(&plain).unwrap_or_default();
        let fast = fast_index(&json)
            .and_then(|spans| spans.into_index(json.clone()))
            .unwrap_or_else(|| panic!("fast"));
        assert_eq!(fast.after, 12);
        assert_eq!(fast.names, "ChefÜnïcode/Cook");
        assert_eq!(fast.ends, [4, 18, 18], "byte offsets");
        assert_eq!(fast.lens, [1, 22, 0]);
        let empty = serde_json::to_vec(&Index::default()).unwrap_or_default();
        assert_eq!(fast_index(&empty).map(|i| i.spans.len()), Some(0));
        // And a whole file whose names need escapes still reads, through serde.
        let mut out = Vec::new();
        let jobs: Vec<(&str, &[u8])> = vec![("Sous \"Chef\"", br#"{"name":"Sous \"Chef\""}"#)];
        write(&mut out, &jobs, b"[]").unwrap_or_else(|e| panic!("{e}"));
        let head = read_head(&mut &out[..], out.len() as u64).ok().flatten();
        assert_eq!(head.map(|h| h.names), Some("Sous \"Chef\"".to_string()));
    }

    #[test]
    fn a_job_on_several_lines_is_refused() {
        let jobs: Vec<(&str, &[u8])> = vec![("A", b"{\"name\":\n\"A\"}")];
        assert!(write(&mut Vec::new(), &jobs, b"[]").is_err());
    }
}
