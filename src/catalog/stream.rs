//! Reading a dataset file's text in one pass that keeps each job as its span of the text and
//! takes out just its name, telling someone the names read so far as it goes.

use std::borrow::Cow;
use std::ops::Range;

use serde::Deserialize;
use serde_json::value::RawValue;

use super::names::Names;

/// Reads `text` as a dataset (any schema), calling `on_names` with every name read so far
/// each time `chunk` more jobs have been read, and once more at the end of the job list.
///
/// # Errors
/// The text is not a dataset object, or a job has no name.
pub(super) fn read(
    text: &str,
    chunk: usize,
    on_names: &mut dyn FnMut(&Names),
) -> serde_json::Result<Streamed> {
    let mut de = serde_json::Deserializer::from_str(text);
    let seed = StreamedFile {
        base: text.as_ptr() as usize,
        chunk: chunk.max(1),
        on_names,
    };
    serde::de::DeserializeSeed::deserialize(seed, &mut de).and_then(|file| de.end().map(|()| file))
}

/// A job's name as the full reader takes it, when [`leading_name`] cannot.
#[derive(Deserialize)]
pub(super) struct NameOnly {
    pub(super) name: String,
}

/// The value of a job object's `name` when it is the first key, as careerscope writes it;
/// reads only the first few bytes of the job.
pub(super) fn leading_name(job: &str) -> Option<Cow<'_, str>> {
    // JSON whitespace is ASCII.
    let rest = job.trim_ascii_start().strip_prefix('{')?.trim_ascii_start();
    let rest = rest
        .strip_prefix("\"name\"")?
        .trim_ascii_start()
        .strip_prefix(':')?;
    let rest = rest.trim_ascii_start();
    // Most names hold no escapes: take them as they stand.
    if let Some(body) = rest.strip_prefix('"')
        && let Some(end) = body.bytes().position(|b| b == b'"' || b == b'\\')
        && body.as_bytes()[end] == b'"'
    {
        return Some(Cow::Borrowed(&body[..end]));
    }
    let mut de = serde_json::Deserializer::from_str(rest);
    String::deserialize(&mut de).ok().map(Cow::Owned)
}

/// What [`read`] reads: the schema, each job's span and name, and
/// the span of the pages.
pub(super) struct Streamed {
    pub(super) schema: u32,
    pub(super) names: Names,
    pub(super) jobs: Vec<Range<usize>>,
    pub(super) pages: Option<Range<usize>>,
}

/// Reads a dataset file's top level, the job list as it goes (see [`StreamedJobs`]).
struct StreamedFile<'a> {
    /// Where the text starts in memory, for the spans.
    base: usize,
    chunk: usize,
    on_names: &'a mut dyn FnMut(&Names),
}

#[derive(Deserialize)]
#[serde(field_identifier, rename_all = "lowercase")]
enum StreamedField {
    Schema,
    Jobs,
    Pages,
    #[serde(other)]
    Other,
}

fn span_of(base: usize, raw: &RawValue) -> Range<usize> {
    let start = raw.get().as_ptr() as usize - base;
    start..start + raw.get().len()
}

impl<'de> serde::de::DeserializeSeed<'de> for StreamedFile<'_> {
    type Value = Streamed;
    fn deserialize<D: serde::Deserializer<'de>>(
        self,
        de: D,
    ) -> std::result::Result<Streamed, D::Error> {
        de.deserialize_map(self)
    }
}

impl<'de> serde::de::Visitor<'de> for StreamedFile<'_> {
    type Value = Streamed;

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("a dataset object")
    }

    fn visit_map<A: serde::de::MapAccess<'de>>(
        self,
        mut map: A,
    ) -> std::result::Result<Streamed, A::Error> {
        use serde::de::Error;
        let mut schema = None;
        let mut jobs = None;
        let mut pages: Option<Option<Range<usize>>> = None;
        let (base, chunk, on_names) = (self.base, self.chunk, self.on_names);
        while let Some(key) = map.next_key::<StreamedField>()? {
            match key {
                StreamedField::Schema if schema.is_none() => schema = Some(map.next_value()?),
                StreamedField::Jobs if jobs.is_none() => {
                    jobs = Some(map.next_value_seed(StreamedJobs {
                        base,
                        chunk,
                        on_names: &mut *on_names,
                    })?);
                }
                StreamedField::Pages if pages.is_none() => {
                    let raw: Option<&'de RawValue> = map.next_value()?;
                    pages = Some(raw.map(|r| span_of(base, r)));
                }
                StreamedField::Other => {
                    map.next_value::<serde::de::IgnoredAny>()?;
                }
                _ => return Err(A::Error::custom("duplicate field")),
            }
        }
        let schema = schema.ok_or_else(|| A::Error::missing_field("schema"))?;
        let (names, jobs) = jobs.ok_or_else(|| A::Error::missing_field("jobs"))?;
        Ok(Streamed {
            schema,
            names,
            jobs,
            pages: pages.flatten(),
        })
    }
}

/// Reads the job list one job at a time: its span, and its name from its first bytes.
struct StreamedJobs<'a> {
    base: usize,
    chunk: usize,
    on_names: &'a mut dyn FnMut(&Names),
}

impl<'de> serde::de::DeserializeSeed<'de> for StreamedJobs<'_> {
    type Value = (Names, Vec<Range<usize>>);
    fn deserialize<D: serde::Deserializer<'de>>(
        self,
        de: D,
    ) -> std::result::Result<Self::Value, D::Error> {
        de.deserialize_seq(self)
    }
}

impl<'de> serde::de::Visitor<'de> for StreamedJobs<'_> {
    type Value = (Names, Vec<Range<usize>>);

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("a list of jobs")
    }

    fn visit_seq<A: serde::de::SeqAccess<'de>>(
        self,
        mut seq: A,
    ) -> std::result::Result<Self::Value, A::Error> {
        use serde::de::Error;
        let mut names = Names::default();
        let mut jobs = Vec::new();
        while let Some(raw) = seq.next_element::<&'de RawValue>()? {
            let name = match leading_name(raw.get()) {
                Some(n) => n,
                None => std::borrow::Cow::Owned(
                    serde_json::from_str::<NameOnly>(raw.get())
                        .map_err(A::Error::custom)?
                        .name,
                ),
            };
            // A name past the limit stops the reading; the full reader says which job.
            if crate::text::over(&name, crate::text::NAME_LIMIT).is_some() {
                return Err(A::Error::custom("a name too long"));
            }
            names.push(&name);
            jobs.push(span_of(self.base, raw));
            if jobs.len().is_multiple_of(self.chunk) {
                (self.on_names)(&names);
            }
        }
        if !jobs.len().is_multiple_of(self.chunk) || jobs.is_empty() {
            (self.on_names)(&names);
        }
        Ok((names, jobs))
    }
}
