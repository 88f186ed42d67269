//! The facts of two to four jobs side by side, measured against the first (the pinned job):
//! each value, its difference from the pinned job's where one makes sense, which job is higher,
//! and the skills they share. `careerscope compare` prints these facts and the explorer draws
//! them, so both always agree.

mod fact;
pub mod level;
mod sections;
mod skills;

use serde::Serialize;

pub use crate::area::{areas_of, find_area};
use crate::model::{MoneyRange, Profile, Sources, Topic};
use crate::similar::SkillGap;
use crate::text::{NAME_MAX, elide};

pub use crate::format::{SAME, SATISFACTION_SCALE, Unit, format_value, thousands};
pub use fact::{Fact, FactId};
pub use skills::{CLOSE as SKILLS_CLOSE, SkillRow, SkillScale, Skills};

/// How an unknown value reads, everywhere: never `0`.
pub const UNKNOWN: &str = "n/a";
/// Marks the higher value of a fact where higher is better (pay, growth, jobs).
pub const HIGHER_MARK: &str = "▲";
/// Marks the higher value of a fact where higher is neither better nor worse (age, years).
pub const NEUTRAL_MARK: &str = "△";
/// The most jobs one comparison holds.
pub const MAX_JOBS: usize = 4;
/// The version of the comparison's JSON: 2 since it holds two to four jobs.
pub const SCHEMA: u32 = 2;

/// The letter a job's column goes by: `A` for the first (pinned) job, then `B`, `C`, `D`.
pub fn letter(column: usize) -> char {
    char::from(b'A' + u8::try_from(column.min(25)).unwrap_or(25))
}

/// The values of `v` at the indices `keep`, in that order.
pub(crate) fn pick<T: Clone>(v: &[Option<T>], keep: &[usize]) -> Vec<Option<T>> {
    keep.iter().map(|&i| v.get(i).cloned().flatten()).collect()
}

/// A section's heading: `Overview`.
pub fn title(section: Topic) -> &'static str {
    match section {
        Topic::Overview => "Overview",
        Topic::Salary => "Salary",
        Topic::Education => "Education",
        Topic::Demographics => "Demographics",
        Topic::Duties => "Duties",
        Topic::Skills => "Skills",
    }
}

/// A group of facts, as the explorer's tabs and the printed comparison show them.
#[derive(Serialize, Debug, Clone, PartialEq)]
pub struct Section {
    /// Which section (serialized as its lower-case `name`): one of the four fact sections.
    #[serde(rename = "name")]
    pub id: Topic,
    pub facts: Vec<Fact>,
}

impl Section {
    /// The section's first fact of kind `id`.
    pub fn fact(&self, id: FactId) -> Option<&Fact> {
        self.facts.iter().find(|f| f.id == id)
    }
}

/// One compared job, as the comparison's `jobs` list names it.
#[derive(Serialize, Debug, Clone, PartialEq)]
pub struct Job {
    pub name: String,
    /// The SOC code of a real occupation.
    pub code: Option<String>,
    /// How similar the job is to the pinned one (0-100); `None` for the pinned job itself, a
    /// page job, or an occupation not among the pinned one's 50 most similar.
    pub similarity: Option<u8>,
    /// The skills and knowledge areas this job needs more of than the pinned job has, largest
    /// gap first; `None` for the pinned job, empty unless both are real occupations.
    pub skill_gaps: Option<Vec<SkillGap>>,
    /// The job's place among the jobs compared (0 for the pinned one): its letter and colour,
    /// kept when a narrow screen shows only some of the jobs.
    #[serde(skip)]
    pub column: usize,
}

impl Job {
    /// The job's letter: `A` for the pinned job.
    pub fn letter(&self) -> char {
        letter(self.column)
    }
}

/// Everything the explorer's tabs and `careerscope compare` show of two to four jobs. Every
/// list holds one entry per job, in the order of `jobs`; the first job is the pinned one.
#[derive(Serialize, Debug, Clone, PartialEq)]
pub struct Comparison {
    pub schema: u32,
    pub jobs: Vec<Job>,
    pub sections: Vec<Section>,
    pub skills: Skills,
    pub descriptions: Vec<Option<String>>,
    pub duties: Vec<Vec<String>>,
    /// Each job's salary range, for the salary chart (the facts hold it as text).
    #[serde(skip)]
    pub salary_ranges: Vec<Option<MoneyRange>>,
    /// Each real occupation's SOC major group.
    pub major_groups: Vec<Option<String>>,
    /// Each real occupation's O*NET interests (RIASEC, 1-7) and high-point code.
    pub interests: Vec<Option<crate::model::Interests>>,
    /// Where each job's sections came from.
    pub sources: Vec<Option<Sources>>,
    /// Each real occupation's related occupations (O*NET's primary ones), most related first.
    pub related: Vec<Vec<String>>,
    /// Each real occupation's ten highest-paying states by annual mean (OEWS), highest first.
    pub top_states: Vec<Vec<(String, u64)>>,
    /// Each real occupation's annual mean in every state OEWS publishes one for, highest
    /// first: for choosing a state, and for the pay map.
    #[serde(skip)]
    pub state_means: Vec<Vec<(String, u64)>>,
    /// Every job's pay in one area, when one was asked for (`compare --area`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub area: Option<AreaSection>,
}

/// The facts of `jobs` (one to four; the first is pinned): what `careerscope compare` prints and
/// the explorer draws. One job alone is its profile, as `careerscope show` prints it.
pub fn compare(jobs: &[&Profile]) -> Comparison {
    let section = |id, facts: Vec<Fact>| Section { id, facts };
    let each = |f: &dyn Fn(&Profile) -> Option<String>| jobs.iter().map(|p| f(p)).collect();
    let by_state = |p: &Profile| {
        p.salary
            .iter()
            .flat_map(|s| s.by_state.iter().flatten())
            .map(|pay| (pay.area().to_string(), pay.mean()))
            .collect::<Vec<_>>()
    };
    // States only: the metro areas are read when the area chooser first lists them.
    let state_means: Vec<Vec<(String, u64)>> = jobs.iter().map(|p| by_state(p)).collect();
    Comparison {
        schema: SCHEMA,
        jobs: jobs
            .iter()
            .enumerate()
            .map(|(column, p)| {
                let pinned = jobs[0];
                let other = column > 0;
                Job {
                    // A dataset file may hold a name of any length; what is shown is cut to a
                    // name's length at most.
                    name: elide(&p.name, NAME_MAX).into_owned(),
                    code: p.code.clone(),
                    similarity: other
                        .then(|| Some((pinned.code.as_deref()?, p.code.as_deref()?)))
                        .flatten()
                        .and_then(|(a, b)| crate::similar::similarity(a, b)),
                    skill_gaps: other.then(|| crate::similar::skill_gaps(pinned, p)),
                    column,
                }
            })
            .collect(),
        sections: vec![
            section(Topic::Overview, sections::overview(jobs)),
            section(Topic::Salary, sections::salary(jobs)),
            section(Topic::Education, sections::education(jobs)),
            section(Topic::Demographics, sections::demographics(jobs)),
        ],
        skills: Skills::of(jobs),
        descriptions: each(&|p| p.description.clone()),
        duties: jobs
            .iter()
            .map(|p| p.duties.clone().unwrap_or_default())
            .collect(),
        salary_ranges: jobs
            .iter()
            .map(|p| p.salary.as_ref().and_then(|s| s.range))
            .collect(),
        major_groups: each(&|p| p.major_group.clone()),
        interests: jobs.iter().map(|p| p.interests.clone()).collect(),
        sources: jobs.iter().map(|p| p.sources.clone()).collect(),
        top_states: state_means
            .iter()
            .map(|means| means.iter().take(10).cloned().collect())
            .collect(),
        state_means,
        area: None,
        related: jobs
            .iter()
            .map(|p| p.related.iter().flatten().map(|r| r.name.clone()).collect())
            .collect(),
    }
}

impl Comparison {
    /// How many jobs are compared.
    pub fn len(&self) -> usize {
        self.jobs.len()
    }

    /// Whether no job is compared.
    pub fn is_empty(&self) -> bool {
        self.jobs.is_empty()
    }

    /// The section `id`, if the comparison has it.
    pub fn section(&self, id: Topic) -> Option<&Section> {
        self.sections.iter().find(|s| s.id == id)
    }

    /// The facts of section `id` that some job has a value for, in order (none when the
    /// comparison lacks it): what text, markdown and the screens show. A row of `n/a` only
    /// says the sources lack the fact, which [`Comparison::missing_line`] says once instead;
    /// the JSON keeps every fact, since scripts rely on the keys.
    pub fn facts(&self, id: Topic) -> Vec<&Fact> {
        self.section(id)
            .map(|s| s.facts.iter().filter(|f| f.known()).collect())
            .unwrap_or_default()
    }

    /// The facts no job has a value for, in `topic` (every section when `None`), each named
    /// once: `["job satisfaction", "major", "college", "company"]`.
    pub fn missing(&self, topic: Option<Topic>) -> Vec<&'static str> {
        let mut names: Vec<&'static str> = Vec::new();
        let sections = self
            .sections
            .iter()
            .filter(|s| topic.is_none_or(|t| t == s.id));
        for f in sections.flat_map(|s| &s.facts) {
            if !f.known() && !names.contains(&f.id.short()) {
                names.push(f.id.short());
            }
        }
        names
    }

    /// The one line that names the facts left out because no job has them: "Not in the
    /// official sources: job satisfaction, major, college, company" (the sources of page jobs
    /// are pages, so a comparison with one says "Not in the sources"). `None` when every fact
    /// has a value.
    pub fn missing_line(&self, topic: Option<Topic>) -> Option<String> {
        let names = self.missing(topic);
        if names.is_empty() {
            return None;
        }
        let official = self.jobs.iter().all(|j| j.code.is_some());
        let whose = if official {
            "Not in the official sources"
        } else {
            "Not in the sources"
        };
        Some(format!("{whose}: {}", names.join(", ")))
    }

    /// Fact `fact` of section `section`.
    pub fn fact(&self, section: Topic, fact: FactId) -> Option<&Fact> {
        self.section(section)?.fact(fact)
    }

    /// The name of job `i`.
    pub fn name(&self, i: usize) -> &str {
        self.jobs.get(i).map_or("", |j| j.name.as_str())
    }

    /// The letter of job `i`: `A` for the pinned job (kept when only some jobs are shown).
    pub fn letter(&self, i: usize) -> char {
        self.jobs.get(i).map_or(letter(i), Job::letter)
    }

    /// The column job `i` had among every job compared: its letter and colour.
    pub fn column(&self, i: usize) -> usize {
        self.jobs.get(i).map_or(i, |j| j.column)
    }

    /// Every job's name joined by ` vs `: `Registered Nurses vs Software Developers`.
    pub fn title(&self) -> String {
        self.jobs
            .iter()
            .map(|j| j.name.as_str())
            .collect::<Vec<_>>()
            .join(" vs ")
    }

    /// What job `i` does, if the page said.
    pub fn description(&self, i: usize) -> Option<&str> {
        self.descriptions.get(i)?.as_deref()
    }

    /// Job `i`'s example responsibilities.
    pub fn duties(&self, i: usize) -> &[String] {
        self.duties.get(i).map_or(&[], Vec::as_slice)
    }

    /// Job `i`'s salary range.
    pub fn salary_range(&self, i: usize) -> Option<MoneyRange> {
        self.salary_ranges.get(i).copied().flatten()
    }

    /// Where `topic` came from: one line when every job shares the source, else one a job
    /// (`n/a` for a job with none). Empty when no job says.
    pub fn source_lines(&self, topic: Topic) -> Vec<(Option<usize>, String)> {
        let of: Vec<Option<&str>> = self
            .sources
            .iter()
            .map(|s| s.as_ref().and_then(|s| s.get(topic)))
            .collect();
        if of.iter().all(Option::is_none) {
            return vec![];
        }
        if of.iter().all(Option::is_some) && of.windows(2).all(|w| w[0] == w[1]) {
            return vec![(None, of[0].unwrap_or(UNKNOWN).to_string())];
        }
        of.iter()
            .enumerate()
            .map(|(i, s)| (Some(i), s.unwrap_or(UNKNOWN).to_string()))
            .collect()
    }

    /// The heading of a job's description: `What does an Information Technology/Support
    /// Specialist do?`.
    ///
    /// A real occupation is named as OEWS names it, in the plural, and carries no description
    /// (the sources' prose is not copied): `About Software Developers (SOC 15-1252)`.
    pub fn description_title(&self, i: usize) -> String {
        let name = self.name(i);
        match self.jobs.get(i).and_then(|j| j.code.as_deref()) {
            Some(code) => format!("About {name} (SOC {code})"),
            None => format!("What does {} {name} do?", article(name)),
        }
    }

    /// What the explorer shows where a real occupation has no description: its major group.
    pub fn about(&self, i: usize) -> Option<String> {
        self.jobs.get(i)?.code.as_ref()?;
        let group = self
            .major_groups
            .get(i)
            .and_then(Option::as_deref)
            .unwrap_or(UNKNOWN);
        Some(format!("Major group: {group}"))
    }

    /// What each estimated "years to become one" is made of, for a note under the Overview:
    /// BLS EP's typical entry education, related work experience and on-the-job training.
    pub fn estimate_note(&self) -> Option<String> {
        let f = self.fact(Topic::Overview, FactId::YearsToBecome)?;
        let bases: Vec<String> = (0..self.len())
            .filter_map(|i| {
                let basis = f.texts.get(i)?.as_deref()?;
                Some(format!("{} {basis}", self.letter(i)))
            })
            .collect();
        (!bases.is_empty()).then(|| {
            format!(
                "(est.) Years to become one is an estimate from BLS Employment Projections' entry \
                 education + work experience + on-the-job training (docs/SIMILARITY.md): {}",
                bases.join("; ")
            )
        })
    }

    /// What tells O*NET's experience from BLS's, under the Overview and Education when both
    /// are shown: they answer different questions, so "6 years" beside "None" is no
    /// contradiction.
    pub fn experience_note(&self) -> Option<String> {
        let known = |section, id| self.fact(section, id).is_some_and(Fact::known);
        let onet = known(Topic::Education, FactId::RelatedExperience)
            || self.jobs.iter().any(|j| j.code.is_some())
                && known(Topic::Overview, FactId::YearsOfExperience);
        (onet && known(Topic::Education, FactId::WorkExperience)).then(|| {
            "Experience: O*NET's is what workers in the job say they had (most chosen \
             category); BLS's \"experience needed to enter\" is what a newcomer needs from \
             another job. They answer different questions."
                .to_string()
        })
    }

    /// The comparison of the jobs `keep` only (indices into `jobs`, the pinned job first): what
    /// a screen too narrow for every job shows. Each job keeps its letter, and differences stay
    /// measured against the pinned job.
    pub fn project(&self, keep: &[usize]) -> Comparison {
        let keep: Vec<usize> = keep.iter().copied().filter(|&i| i < self.len()).collect();
        let list = |v: &Vec<Vec<String>>| {
            keep.iter()
                .map(|&i| v.get(i).cloned().unwrap_or_default())
                .collect()
        };
        Comparison {
            schema: self.schema,
            jobs: keep.iter().map(|&i| self.jobs[i].clone()).collect(),
            sections: self
                .sections
                .iter()
                .map(|s| Section {
                    id: s.id,
                    facts: s.facts.iter().map(|f| f.project(&keep)).collect(),
                })
                .collect(),
            skills: self.skills.project(&keep),
            descriptions: pick(&self.descriptions, &keep),
            duties: list(&self.duties),
            salary_ranges: pick(&self.salary_ranges, &keep),
            major_groups: pick(&self.major_groups, &keep),
            interests: pick(&self.interests, &keep),
            sources: pick(&self.sources, &keep),
            related: list(&self.related),
            top_states: keep
                .iter()
                .map(|&i| self.top_states.get(i).cloned().unwrap_or_default())
                .collect(),
            state_means: keep
                .iter()
                .map(|&i| self.state_means.get(i).cloned().unwrap_or_default())
                .collect(),
            area: self.area.as_ref().map(|a| AreaSection {
                area: a.area.clone(),
                facts: a.facts.iter().map(|f| f.project(&keep)).collect(),
            }),
        }
    }
}

/// `a` or `an`, by the sound the name starts with (as far as its first letter tells).
fn article(name: &str) -> &'static str {
    match name.chars().next().map(|c| c.to_ascii_lowercase()) {
        Some('a' | 'e' | 'i' | 'o' | 'u') => "an",
        _ => "a",
    }
}

/// Every job's pay in one state, DC, territory or metro area, beside the national Salary section.
#[derive(Serialize, Debug, Clone, PartialEq)]
pub struct AreaSection {
    /// The area as OEWS names it: `Texas`.
    pub area: String,
    pub facts: Vec<Fact>,
}

impl AreaSection {
    /// Every job's annual mean, median and 10th-90th percentile in `area` (`n/a` where OEWS
    /// publishes none for a job there).
    pub fn of(jobs: &[&Profile], area: &str) -> AreaSection {
        use crate::model::AreaPay;
        let pay: Vec<Option<AreaPay>> = jobs
            .iter()
            .map(|p| {
                areas_of(p)
                    .find(|x| x.area().eq_ignore_ascii_case(area))
                    .cloned()
            })
            .collect();
        let amount = |f: fn(&AreaPay) -> Option<u64>| {
            pay.iter()
                .map(|p| p.as_ref().and_then(f).map(|v| v as f64))
                .collect()
        };
        AreaSection {
            area: area.to_string(),
            facts: vec![
                Fact::number(FactId::AreaMean, amount(|p| Some(p.mean()))),
                Fact::number(FactId::AreaMedian, amount(AreaPay::median)),
                Fact::range(
                    FactId::AreaRange,
                    pay.iter()
                        .map(|p| p.as_ref().and_then(AreaPay::range))
                        .collect(),
                ),
            ],
        }
    }

    /// The section's heading: `Pay in Texas`.
    pub fn title(&self) -> String {
        format!("Pay in {}", self.area)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Degree, Overview, Share, Skill};

    fn job(name: &str, salary: Option<u64>, skills: &[(&str, f64)], top: &[&str]) -> Profile {
        Profile {
            name: name.into(),
            overview: Some(Overview {
                yearly_salary: salary,
                ..Overview::default()
            }),
            skills: Some(
                skills
                    .iter()
                    .map(|(n, p)| Skill {
                        name: n.to_string(),
                        pct: *p,
                    })
                    .collect(),
            ),
            top_skills: Some(top.iter().map(|s| s.to_string()).collect()),
            ..Profile::default()
        }
    }

    #[test]
    fn salary_difference_reads_like_money() {
        let c = compare(&[
            &job("Lead Technician", Some(90_615), &[], &[]),
            &job("Technical Manager", Some(116_619), &[], &[]),
        ]);
        let f = &c.sections[0].facts[0];
        assert_eq!(f.shown, ["$90,615", "$116,619"]);
        assert_eq!(f.differences[1].as_deref(), Some("+$26,004 (+28.7%)"));
        assert_eq!(f.differences[0], None);
        assert_eq!((f.higher, f.best), (Some(1), Some(1)));
    }

    #[test]
    fn unknown_is_na_never_zero() {
        let c = compare(&[&job("A", None, &[], &[]), &job("B", Some(5), &[], &[])]);
        let f = &c.sections[0].facts[0];
        assert_eq!(f.shown[0], UNKNOWN);
        assert_eq!(f.differences[1], None);
        assert_eq!(f.higher, None);
    }

    #[test]
    fn skills_shared_and_unique() {
        let c = compare(&[
            &job("A", None, &[("Java", 10.0), ("Scrum", 4.0)], &["java"]),
            &job("B", None, &[("scrum", 7.0), ("Cloud", 6.0)], &["cloud"]),
        ]);
        assert_eq!(c.skills.shared, vec!["Scrum"]);
        assert_eq!(c.skills.only, [vec!["Java"], vec!["Cloud"]]);
        assert!(c.skills.rows[0].is_top(0));
        assert_eq!(c.skills.rows[1].value(1), Some(7.0));
        assert!(c.skills.rows[2].is_top(1));
    }

    #[test]
    fn article() {
        assert_eq!(super::article("Information Technology"), "an");
        assert_eq!(super::article("Lead Technician"), "a");
        assert_eq!(super::article(""), "a");
    }

    #[test]
    fn description_titles_take_the_right_article() {
        let c = compare(&[
            &job("Lead Technician", None, &[], &[]),
            &job("Editor", None, &[], &[]),
        ]);
        assert_eq!(c.description_title(0), "What does a Lead Technician do?");
        assert_eq!(c.description_title(1), "What does an Editor do?");
    }

    #[test]
    fn facts_are_found_by_id() {
        let c = compare(&[&job("A", Some(1), &[], &[]), &job("B", Some(2), &[], &[])]);
        let f = c.fact(Topic::Overview, FactId::YearlySalary);
        assert_eq!(f.map(|f| f.marked(1)), Some("$2 ▲".to_string()));
        assert_eq!(f.map(|f| f.difference_text(1)), Some("+$1 (+100.0%)"));
        // Page jobs without median pay or quartiles: average, range, city, state, company and
        // industry, none of them known, so none shown, and each named once.
        assert_eq!(c.section(Topic::Salary).map(|s| s.facts.len()), Some(6));
        assert!(c.facts(Topic::Salary).is_empty());
        assert_eq!(
            c.missing_line(Some(Topic::Salary)).as_deref(),
            Some(
                "Not in the sources: yearly salary, salary range, highest-paying city, \
                 highest-paying state, company, best-paying industry"
            )
        );
    }

    #[test]
    fn shares_and_degrees_keep_their_parts() {
        use crate::model::Demographics;
        let mut a = job("A", None, &[], &[]);
        a.demographics = Some(Demographics {
            gender: Some(vec![Share {
                label: "Male".into(),
                pct: 60.0,
            }]),
            ..Demographics::default()
        });
        a.overview = Some(Overview {
            most_common_degree: Some(Degree {
                degree: "Associate Degree (AA)".into(),
                pct: 40.0,
            }),
            ..Overview::default()
        });
        let c = compare(&[&a, &job("B", None, &[], &[])]);
        let gender = c.fact(Topic::Demographics, FactId::Gender);
        assert_eq!(
            gender.map(|f| (f.label.as_str(), f.group())),
            Some(("Gender: Male", "Male"))
        );
        let degree = c.fact(Topic::Overview, FactId::MostCommonDegree);
        assert_eq!(
            degree.map(|f| (f.value(0), f.text_part(0), f.text_part(1))),
            Some((
                "Associate Degree (AA) (40.0%)",
                "Associate Degree (AA)",
                UNKNOWN
            ))
        );
    }

    /// The registry says where each fact is shown, and the comparison puts it there.
    #[test]
    fn every_fact_is_in_the_section_the_registry_names() {
        let c = compare(&[&job("A", Some(1), &[], &[]), &job("B", Some(2), &[], &[])]);
        for section in &c.sections {
            for f in &section.facts {
                assert!(f.id.sections().contains(&section.id), "{}", f.key);
                assert_eq!(f.unit, f.id.unit(), "{}", f.key);
            }
        }
    }

    #[test]
    fn formats() {
        use crate::format::difference;
        assert_eq!(thousands(1_016_123), "1,016,123");
        assert_eq!(thousands(950), "950");
        assert_eq!(difference(Unit::Percent, 10.0, 16.0), "+6.0 pts");
        assert_eq!(
            difference(Unit::Count, 250_590.0, 209_820.0),
            "-40,770 (-16.3%)"
        );
        assert_eq!(difference(Unit::Years, 2.0, 10.0), "+8 years");
        assert_eq!(
            difference(Unit::DollarsCents, 43.56, 52.02),
            "+$8.46 (+19.4%)"
        );
        assert_eq!(format_value(Unit::Years, 1.0), "1 year");
        assert_eq!(format_value(Unit::Rating, 4.14), "4.14/5");
        assert_eq!(difference(Unit::Rating, 1.0, 3.0), "+2");
        assert_eq!(difference(Unit::Percent, 10.0, 11.0), "+1.0 pt");
        assert_eq!(difference(Unit::Percent, 10.4, 3.0), "-7.4 pts");
    }
}
