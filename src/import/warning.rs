//! What a page lacks or could not be read: typed, so tests can match the kind, and written out
//! (`Display`) as the text `careerscope parse` prints in `warnings`.

use std::fmt;

use crate::text::shorten;

/// One warning about a page: the line it is about, if any, and what is wrong.
#[derive(Debug, Clone, PartialEq)]
pub struct Warning {
    /// The page's 1-based line, for warnings about one line.
    pub line: Option<usize>,
    pub kind: WarningKind,
}

impl Warning {
    /// A warning about line `line`.
    pub fn at(line: usize, kind: WarningKind) -> Warning {
        Warning {
            line: Some(line),
            kind,
        }
    }

    /// A warning about the page as a whole.
    pub fn page(kind: WarningKind) -> Warning {
        Warning { line: None, kind }
    }
}

/// Why a page's last line was left out.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CutReason {
    /// The text ends without a newline.
    MidLine,
    /// The page has no footer, so it may have been cut anywhere.
    NoFooter,
}

/// Every kind of warning the importer gives.
#[derive(Debug, Clone, PartialEq)]
pub enum WarningKind {
    /// No `Browse ... jobs` footer: category unknown.
    NoFooter,
    /// The last line of a page without a footer was not used.
    LastLineCut {
        why: CutReason,
        text: String,
    },
    /// The header's names were split at a change of case, with no other evidence.
    HeaderSplitAtCase {
        header: String,
    },
    /// A later table's header names other jobs than the first one.
    OtherJobs {
        header: String,
        first: (String, String),
    },
    /// No way to split a header into two names.
    HeaderUnclear {
        header: String,
        candidates: Vec<String>,
    },
    /// A "What does X do?" (or duties, skills) line names neither job.
    NamesNeither {
        text: String,
        names: (String, String),
    },
    /// A skill bullet that is not `Name, N%`.
    BadSkill {
        text: String,
    },
    /// Separate cells (markdown) that do not read as the row's kind.
    BadCells {
        label: &'static str,
        expected: &'static str,
        cells: (String, String),
    },
    /// No reading of years of experience agrees with the narrative.
    DisagreesWithNarrative {
        label: &'static str,
        glued: String,
        readings: String,
        said: String,
    },
    /// The years of experience differ from what the narrative says.
    ExperienceDiffers {
        name: String,
        value: u64,
        said: String,
    },
    /// Glued cells that cannot be split into two of the row's kind.
    Unreadable {
        label: &'static str,
        glued: String,
        expected: &'static str,
    },
    /// Glued cells that split more than one way.
    Ambiguous {
        label: &'static str,
        glued: String,
        readings: String,
    },
    /// A row repeated with other values; the first is kept.
    RowDisagrees {
        label: &'static str,
        first_line: usize,
    },
    /// A section with no table at all.
    NoTable {
        section: &'static str,
    },
    /// A row a section should have.
    MissingRow {
        section: &'static str,
        label: &'static str,
    },
    /// The narrative's top skills could not be read.
    TopSkillsUnreadable {
        name: String,
        error: String,
    },
    /// The narrative does not say how long it takes to become the job.
    NoYearsToBecome {
        name: String,
    },
    NoTopSkills {
        name: String,
    },
    NoDescription {
        name: String,
    },
    NoDuties {
        name: String,
    },
    NoSkills {
        name: String,
    },
}

impl fmt::Display for Warning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(line) = self.line {
            write!(f, "line {line}: ")?;
        }
        write!(f, "{}", self.kind)
    }
}

impl fmt::Display for WarningKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        use WarningKind::*;
        match self {
            NoFooter => write!(
                f,
                "page has no \"Browse ... jobs\" footer: category unknown, the page may be cut off"
            ),
            LastLineCut { why, text } => {
                let why = match why {
                    CutReason::NoFooter => {
                        "the page has no footer, so its last line may be cut off"
                    }
                    CutReason::MidLine => "the page ends mid-line",
                };
                write!(
                    f,
                    "last line may be cut off and was not used ({why}): \"{}\"",
                    shorten(text)
                )
            }
            HeaderSplitAtCase { header } => write!(
                f,
                "no other mention of the job names on the page; header \"{header}\" split at its change of case"
            ),
            OtherJobs { header, first } => write!(
                f,
                "table header \"{header}\" names other jobs than the first table ({} / {})",
                first.0, first.1
            ),
            HeaderUnclear { header, candidates } if candidates.is_empty() => write!(
                f,
                "header \"{}\" does not read as two job names (no place to split it)",
                shorten(header)
            ),
            HeaderUnclear { header, candidates } => write!(
                f,
                "cannot tell the two job names apart in header \"{header}\" (candidates: {})",
                candidates.join("; ")
            ),
            NamesNeither { text, names } => {
                write!(f, "\"{text}\" names neither {} nor {}", names.0, names.1)
            }
            BadSkill { text } => write!(
                f,
                "skill \"{}\" is not \"Name, N%\"; left out",
                shorten(text)
            ),
            BadCells { .. }
            | DisagreesWithNarrative { .. }
            | ExperienceDiffers { .. }
            | Unreadable { .. }
            | Ambiguous { .. }
            | RowDisagrees { .. } => self.fmt_row(f),
            NoTable { section } => write!(f, "no {section} table: its values are missing"),
            MissingRow { section, label } => write!(f, "{section}: row \"{label}\" is missing"),
            TopSkillsUnreadable { .. }
            | NoYearsToBecome { .. }
            | NoTopSkills { .. }
            | NoDescription { .. }
            | NoDuties { .. }
            | NoSkills { .. } => self.fmt_job(f),
        }
    }
}

impl WarningKind {
    /// The warnings about one table row.
    fn fmt_row(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        use WarningKind::*;
        match self {
            BadCells {
                label,
                expected,
                cells,
            } => write!(
                f,
                "row \"{label}\": expected two {expected} cells, found \"{}\" and \"{}\"; left empty",
                shorten(&cells.0),
                shorten(&cells.1)
            ),
            DisagreesWithNarrative {
                label,
                glued,
                readings,
                said,
            } => write!(
                f,
                "row \"{label}\": no reading of \"{}\" ({readings}) agrees with the narrative ({said}); left empty",
                shorten(glued)
            ),
            ExperienceDiffers { name, value, said } => write!(
                f,
                "years of experience of {name} is {value} but the narrative says {said}"
            ),
            Unreadable {
                label,
                glued,
                expected,
            } => write!(
                f,
                "row \"{label}\": cannot read \"{}\" as two {expected} cells; left empty",
                shorten(glued)
            ),
            Ambiguous {
                label,
                glued,
                readings,
            } => write!(
                f,
                "row \"{label}\": \"{}\" is ambiguous ({readings}); left empty",
                shorten(glued)
            ),
            RowDisagrees { label, first_line } => write!(
                f,
                "row \"{label}\" disagrees with line {first_line}; the first is kept"
            ),
            _ => Ok(()),
        }
    }

    /// The warnings about what one job lacks.
    fn fmt_job(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        use WarningKind::*;
        match self {
            TopSkillsUnreadable { name, error } => {
                write!(f, "top skills of {name}: {error}; left empty")
            }
            NoYearsToBecome { name } => write!(
                f,
                "narrative does not say how long it takes to become {name}"
            ),
            NoTopSkills { name } => write!(f, "narrative does not name the top skills of {name}"),
            NoDescription { name } => write!(f, "no description of {name}"),
            NoDuties { name } => write!(f, "no responsibilities of {name}"),
            NoSkills { name } => write!(f, "no skills of {name}"),
            _ => Ok(()),
        }
    }
}
