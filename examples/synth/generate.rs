//! The synthetic job generator shared by `examples/synth` and the benchmarks.

use careerscope::model::{
    Dataset, Degree, Demographics, Education, MoneyRange, Overview, PageRef, Profile, Salary,
    Share, Skill, TimeUnit, YearsRange,
};
use rand::seq::IndexedRandom;
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;

const SENIORITY: &[&str] = &[
    "",
    "Junior",
    "Senior",
    "Lead",
    "Principal",
    "Staff",
    "Associate",
    "Chief",
    "Assistant",
    "Head",
    "Entry-Level",
    "Deputy",
    "Regional",
    "Senior Lead",
    "Trainee",
];
const DOMAIN: &[&str] = &[
    "",
    "Technical",
    "Clinical",
    "Digital",
    "Financial",
    "Industrial",
    "Commercial",
    "Retail",
    "Field",
    "Network",
    "Cloud",
    "Quality",
    "Research",
    "Product",
    "Project",
    "Operations",
    "Marketing",
    "Sales",
    "Customer",
    "Data",
    "Security",
    "Supply Chain",
    "Environmental",
    "Mechanical",
    "Electrical",
    "Software",
    "Hardware",
    "Legal",
    "Medical",
    "Pharmacy",
    "Logistics",
    "Learning",
    "Facilities",
    "Energy",
    "Media",
    "Creative",
    "Brand",
    "Payroll",
    "Risk",
    "Audit",
];
const FIELD: &[&str] = &[
    "Systems",
    "Support",
    "Services",
    "Development",
    "Engineering",
    "Analytics",
    "Design",
    "Maintenance",
    "Compliance",
    "Accounting",
    "Planning",
    "Procurement",
    "Nursing",
    "Laboratory",
    "Manufacturing",
    "Construction",
    "Content",
    "Infrastructure",
    "Training",
    "Recruiting",
    "Insurance",
    "Claims",
    "Billing",
    "Warehouse",
    "Transport",
    "Aviation",
    "Marine",
    "Automotive",
    "Telecom",
    "Hospitality",
    "Events",
    "Education",
    "Research",
    "Policy",
    "Communications",
    "Benefits",
    "Estimating",
    "Inspection",
    "Testing",
    "Integration",
    "Architecture",
    "Platform",
    "Reliability",
    "Fraud",
    "Treasury",
    "Credit",
    "Imaging",
    "Radiology",
    "Therapy",
    "Dental",
];
const ROLE: &[&str] = &[
    "Engineer",
    "Analyst",
    "Manager",
    "Technician",
    "Specialist",
    "Coordinator",
    "Consultant",
    "Director",
    "Administrator",
    "Architect",
    "Developer",
    "Designer",
    "Supervisor",
    "Officer",
    "Advisor",
    "Associate",
    "Representative",
    "Scientist",
    "Planner",
    "Inspector",
    "Auditor",
    "Assistant",
    "Operator",
    "Instructor",
    "Strategist",
    "Controller",
    "Buyer",
    "Writer",
    "Editor",
    "Producer",
    "Agent",
    "Clerk",
    "Mechanic",
    "Nurse",
    "Therapist",
    "Pharmacist",
    "Lead",
    "Tester",
    "Programmer",
    "Estimator",
];
const SKILLS: &[&str] = &[
    "Customer Service",
    "Project Management",
    "Java",
    "Python",
    "SQL",
    "Scrum",
    "Cloud",
    "Troubleshooting",
    "Patient Care",
    "Data Analysis",
    "Budgeting",
    "Sales",
    "Excel",
    "Compliance",
    "Quality Assurance",
    "Inventory",
    "Architecture",
    "Infrastructure",
    "CAD",
    "Logistics",
    "Scheduling",
    "Training",
    "Negotiation",
    "Auditing",
    "Machine Learning",
    "Linux",
    "Networking",
    "Marketing",
    "Social Media",
    "Safety",
    "Forklift",
    "HIPAA",
];
const CITIES: &[&str] = &[
    "San Francisco, CA",
    "New York, NY",
    "Seattle, WA",
    "Boston, MA",
    "Washington, DC",
    "Austin, TX",
    "Chicago, IL",
    "Denver, CO",
    "Atlanta, GA",
    "Houston, TX",
];
const STATES: &[&str] = &[
    "California",
    "New York",
    "Washington",
    "Massachusetts",
    "Texas",
    "Delaware",
    "Alaska",
    "New Jersey",
    "Connecticut",
    "Pennsylvania",
];
const COMPANIES: &[&str] = &[
    "Meta",
    "Microsoft",
    "A.T. Kearney",
    "Google",
    "Kaiser Permanente",
    "Deloitte",
    "Amazon",
    "Boeing",
    "Pfizer",
    "JPMorgan Chase",
];
const INDUSTRIES: &[&str] = &[
    "Technology",
    "Finance",
    "Retail",
    "Manufacturing",
    "Health Care",
    "Government",
    "Professional",
    "Energy",
    "Media",
    "Transportation",
];
const MAJORS: &[&str] = &[
    "Business",
    "Computer Science",
    "Nursing",
    "Accounting",
    "Psychology",
    "Mechanical Engineering",
    "Marketing",
    "Biology",
    "Electrical Engineering",
    "Communication",
];
const COLLEGES: &[&str] = &[
    "Stanford University",
    "University of Pennsylvania",
    "Massachusetts Institute of Technology",
    "University of Georgia",
    "Carnegie Mellon University",
    "Arizona State University",
    "University of Michigan",
    "Texas A&M University",
    "Ohio State University",
    "Purdue University",
];
const DEGREES: &[&str] = &[
    "Bachelor's Degree",
    "Associate Degree",
    "Master's Degree",
    "High School Diploma",
    "Certificate",
    "Doctoral Degree",
];
const DUTIES: &[&str] = &[
    "Plan and track weekly work",
    "Train and support new staff",
    "Report results to management",
    "Keep records and documentation current",
    "Resolve customer issues quickly",
    "Maintain tools and equipment",
    "Review work for quality and safety",
    "Coordinate with other departments",
];

fn article(name: &str) -> &'static str {
    match name.chars().next().map(|c| c.to_ascii_lowercase()) {
        Some('a' | 'e' | 'i' | 'o' | 'u') => "an",
        _ => "a",
    }
}

const RACES: &[&str] = &[
    "Black or African American",
    "Unknown",
    "Hispanic or Latino",
    "Asian",
    "White",
    "American Indian and Alaska Native",
];

pub fn titles(count: usize, rng: &mut ChaCha8Rng) -> Vec<String> {
    let mut seen = std::collections::HashSet::with_capacity(count);
    let mut out = Vec::with_capacity(count);
    let space = SENIORITY.len() * DOMAIN.len() * FIELD.len() * ROLE.len();
    let mut attempts = 0usize;
    while out.len() < count && attempts < space * 4 {
        attempts += 1;
        let parts = [
            *SENIORITY.choose(rng).unwrap_or(&""),
            *DOMAIN.choose(rng).unwrap_or(&""),
            *FIELD.choose(rng).unwrap_or(&"Support"),
            *ROLE.choose(rng).unwrap_or(&"Specialist"),
        ];
        let title = parts
            .iter()
            .filter(|p| !p.is_empty())
            .copied()
            .collect::<Vec<_>>()
            .join(" ");
        let mut title = title;
        // A few titles carry a specialisation, as real boards do ("…, Night Shift").
        if rng.random_ratio(1, 6) {
            title.push_str(
                [", Night Shift", " II", " III", ", Remote", " (Contract)"]
                    .choose(rng)
                    .unwrap_or(&" II"),
            );
        }
        if (15..=50).contains(&title.len()) && seen.insert(title.to_lowercase()) {
            out.push(title);
        }
    }
    out
}

/// Shares near typical weights (each varied by up to ±50%), adding up to 100%.
fn shares(labels: &[&str], typical: &[f64], rng: &mut ChaCha8Rng) -> Vec<Share> {
    let weights: Vec<f64> = typical
        .iter()
        .map(|w| w * rng.random_range(0.5..1.5))
        .collect();
    let total: f64 = weights.iter().sum();
    let mut out: Vec<Share> = labels
        .iter()
        .zip(&weights)
        .map(|(l, w)| Share {
            label: l.to_string(),
            pct: (w / total * 1000.0).round() / 10.0,
        })
        .collect();
    // Keep the list adding up to 100% exactly, as the pages do.
    let sum: f64 = out.iter().map(|s| s.pct).sum();
    if let Some(last) = out.last_mut() {
        last.pct = ((last.pct + 100.0 - sum) * 10.0).round() / 10.0;
    }
    out
}

pub fn profile(name: &str, field: &str, rng: &mut ChaCha8Rng) -> Profile {
    let yearly: u64 = rng.random_range(28_000..180_000);
    let years_max: u32 = rng.random_range(1..=12);
    let years = YearsRange {
        min: years_max
            .saturating_sub(rng.random_range(1..=2))
            .max(1)
            .min(years_max),
        max: years_max,
        unit: TimeUnit::Years,
        estimate: false,
        basis: None,
    };
    let degree = Degree {
        degree: DEGREES
            .choose(rng)
            .unwrap_or(&"Bachelor's Degree")
            .to_string(),
        pct: f64::from(rng.random_range(30..80u32)),
    };
    let age = rng.random_range(28..52u32);
    let mut skill_names: Vec<&str> = SKILLS.choose_multiple(rng, 6).copied().collect();
    skill_names.dedup();
    let mut pct = rng.random_range(8..16u32);
    let skills: Vec<Skill> = skill_names
        .iter()
        .map(|s| {
            let sk = Skill {
                name: s.to_string(),
                pct: f64::from(pct),
            };
            pct = pct.saturating_sub(rng.random_range(0..3)).max(2);
            sk
        })
        .collect();
    let male = rng.random_range(15.0..90.0f64);
    let male = (male * 10.0).round() / 10.0;
    Profile {
        name: name.to_string(),
        years_to_become: Some(years),
        top_skills: Some(
            skills
                .iter()
                .take(3)
                .map(|s| s.name.to_lowercase())
                .collect(),
        ),
        description: Some(format!(
            "[synthetic] Generated profile of {} {} in {}; not real data.",
            article(name),
            name.to_lowercase(),
            field.to_lowercase()
        )),
        overview: Some(Overview {
            yearly_salary: Some(yearly),
            hourly_rate: Some((yearly as f64 / 2080.0 * 100.0).round() / 100.0),
            growth_rate_pct: Some(f64::from(rng.random_range(-5..20i32))),
            openings_per_year: None,
            number_of_jobs: Some(rng.random_range(500..1_500_000)),
            job_satisfaction: if rng.random_ratio(1, 3) {
                Some(f64::from(rng.random_range(20..50u32)) / 10.0)
            } else {
                None
            },
            most_common_degree: Some(degree.clone()),
            average_age: Some(age),
            years_of_experience: Some(f64::from(years.max)),
        }),
        salary: Some(Salary {
            average: Some(yearly),
            range: Some(MoneyRange {
                min: yearly * 7 / 10 / 1000 * 1000,
                max: yearly * 14 / 10 / 1000 * 1000,
            }),
            highest_paying_city: Some(CITIES.choose(rng).unwrap_or(&"Austin, TX").to_string()),
            highest_paying_state: Some(STATES.choose(rng).unwrap_or(&"Texas").to_string()),
            best_paying_company: Some(COMPANIES.choose(rng).unwrap_or(&"Meta").to_string()),
            best_paying_industry: Some(INDUSTRIES.choose(rng).unwrap_or(&"Retail").to_string()),
            ..Salary::default()
        }),
        education: Some(Education {
            most_common_degree: Some(degree),
            most_common_major: Some(MAJORS.choose(rng).unwrap_or(&"Business").to_string()),
            most_common_college: Some(
                COLLEGES
                    .choose(rng)
                    .unwrap_or(&"Purdue University")
                    .to_string(),
            ),
            ..Education::default()
        }),
        demographics: Some(Demographics {
            average_age: Some(age),
            gender: Some(vec![
                Share {
                    label: "Male".into(),
                    pct: male,
                },
                Share {
                    label: "Female".into(),
                    pct: ((100.0 - male) * 10.0).round() / 10.0,
                },
            ]),
            race: Some(shares(RACES, &[10.0, 5.0, 15.0, 10.0, 59.5, 0.5], rng)),
            lgbt_pct: Some(f64::from(rng.random_range(5..16u32))),
            ..Demographics::default()
        }),
        duties: Some(
            DUTIES
                .choose_multiple(rng, 4)
                .map(|d| format!("{d} ({}).", field.to_lowercase()))
                .collect(),
        ),
        skills: Some(skills),
        ..Profile::default()
    }
}

/// A complete synthetic dataset of `count` jobs (sorted by name, paired into pages).
pub fn dataset(count: usize, seed: u64) -> Dataset {
    let mut rng = ChaCha8Rng::seed_from_u64(seed);
    let names = titles(count, &mut rng);
    let mut jobs: Vec<Profile> = names
        .iter()
        .map(|n| {
            let field = n.split(' ').rev().nth(1).unwrap_or("work");
            profile(n, field, &mut rng)
        })
        .collect();
    jobs.sort_by_cached_key(|j| j.name.to_lowercase());
    let pages = names
        .chunks(2)
        .filter(|p| p.len() == 2)
        .map(|p| PageRef {
            title: Some(format!("{} vs {} (synthetic)", p[0], p[1])),
            category: Some("synthetic (careerscope synth)".into()),
            jobs: p.to_vec(),
            file: None,
            imported_at: None,
        })
        .collect();
    Dataset {
        schema: careerscope::model::SCHEMA,
        jobs,
        pages,
    }
}

/// Just `count` synthetic job titles, sorted.
pub fn names(count: usize, seed: u64) -> Vec<String> {
    let mut rng = ChaCha8Rng::seed_from_u64(seed);
    let mut names = titles(count, &mut rng);
    names.sort_by_cached_key(|n| n.to_lowercase());
    names
}

/// Writes `dataset(count, 42)` into `dir` laid out as `import` writes it (an index of names
/// first), as `jobs-<count>-laid-out.json`, for the benchmarks.
pub fn write_laid_out(dir: &std::path::Path, count: usize) -> std::path::PathBuf {
    let path = dir.join(format!("jobs-{count}-laid-out.json"));
    let mut json = Vec::new();
    if let Err(e) = careerscope::dataset::layout::write_dataset(&mut json, &dataset(count, 42))
        .and_then(|_| std::fs::write(&path, json))
    {
        panic!("{}: {e}", path.display());
    }
    path
}

/// Writes `dataset(count, 42)` into `dir` as `jobs-<count>.json`, one JSON value without an
/// index (as older versions wrote), for the benchmarks.
pub fn write_dataset(dir: &std::path::Path, count: usize) -> std::path::PathBuf {
    let path = dir.join(format!("jobs-{count}.json"));
    let json = serde_json::to_vec(&dataset(count, 42)).unwrap_or_default();
    if let Err(e) = std::fs::write(&path, json) {
        panic!("{}: {e}", path.display());
    }
    path
}
