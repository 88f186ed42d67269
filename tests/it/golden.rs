//! Every field of the five seed pages, with the expected values typed from the page text.

use careerscope::import::parse_page;
use careerscope::model::{Page, Profile, TimeUnit};

struct Expect {
    name: &'static str,
    years: (u32, u32),
    top: [&'static str; 3],
    yearly: u64,
    hourly: f64,
    growth: f64,
    jobs: u64,
    satisfaction: Option<f64>,
    degree_pct: f64,
    age: u32,
    experience: f64,
    range: (u64, u64),
    city: &'static str,
    state: &'static str,
    company: &'static str,
    industry: &'static str,
    major: &'static str,
    college: &'static str,
    gender: (f64, f64),
    race: [f64; 6],
    lgbt: f64,
    skills: [(&'static str, f64); 6],
    description: (&'static str, &'static str),
    duties: (&'static str, &'static str),
}

const LEAD: Expect = Expect {
    name: "Lead Technician",
    years: (1, 2),
    top: ["java", "architecture", "digital transformation"],
    yearly: 90_615,
    hourly: 43.56,
    growth: 10.0,
    jobs: 250_590,
    satisfaction: None,
    degree_pct: 50.0,
    age: 42,
    experience: 2.0,
    range: (67_000, 121_000),
    city: "San Francisco, CA",
    state: "California",
    company: "Meta",
    industry: "Retail",
    major: "Computer Science",
    college: "Massachusetts Institute of Technology",
    gender: (83.4, 16.6),
    race: [10.4, 5.3, 15.1, 15.1, 53.6, 0.4],
    lgbt: 11.0,
    skills: [
        ("Java", 10.0),
        ("Architecture", 7.0),
        ("Digital Transformation", 6.0),
        ("Customer Service", 6.0),
        ("Database", 4.0),
        ("HTML", 3.0),
    ],
    description: (
        "Lead technicians are technicians who oversee the technical needs",
        "strong analytical skills and decision-making skills.",
    ),
    duties: (
        "Manage and support the Cisco base corporate remote access VPN solution.",
        "Configure and manage JGroup multicasting communication for apache tomcat web servers.",
    ),
};

const IT_SUPPORT: Expect = Expect {
    name: "Information Technology/Support Technician",
    years: (1, 2),
    top: ["customer service", "troubleshoot", "computer system"],
    yearly: 45_591,
    hourly: 21.92,
    growth: 10.0,
    jobs: 161_748,
    satisfaction: None,
    degree_pct: 51.0,
    age: 42,
    experience: 2.0,
    range: (31_000, 66_000),
    city: "San Francisco, CA",
    state: "Pennsylvania",
    company: "Microsoft",
    industry: "Technology",
    major: "Computer Science",
    college: "University of Pennsylvania",
    gender: (85.4, 14.6),
    race: [10.7, 5.3, 15.7, 13.2, 54.6, 0.4],
    lgbt: 11.0,
    skills: [
        ("Customer Service", 12.0),
        ("Troubleshoot", 9.0),
        ("Computer System", 6.0),
        ("Desk Support", 5.0),
        ("Phone Calls", 4.0),
        ("Remote Desktop", 3.0),
    ],
    description: (
        "An information technology (IT) support technician is an individual",
        "associate's degree in computer science or related field.",
    ),
    duties: (
        "Manage DHCP entries, assign and reserve IP addresses for different sites and locations.",
        "Use SCCM to remotely support and install software allowing for a reduction in",
    ),
};

const PRODUCT: Expect = Expect {
    name: "Technical Product Manager",
    years: (8, 10),
    top: ["technical product", "product management", "cloud"],
    yearly: 120_052,
    hourly: 57.72,
    growth: 10.0,
    jobs: 185_305,
    satisfaction: None,
    degree_pct: 69.0,
    age: 39,
    experience: 10.0,
    range: (89_000, 161_000),
    city: "San Francisco, CA",
    state: "California",
    company: "Meta",
    industry: "Technology",
    major: "Business",
    college: "University of Georgia",
    gender: (75.8, 24.2),
    race: [3.0, 5.3, 8.7, 8.2, 74.6, 0.2],
    lgbt: 10.0,
    skills: [
        ("Technical Product", 10.0),
        ("Product Management", 7.0),
        ("Cloud", 6.0),
        ("User Stories", 5.0),
        ("Project Management", 4.0),
        ("Scrum", 4.0),
    ],
    description: (
        "A technical product manager's responsibilities revolve around",
        "implementing the company's policies and regulations.",
    ),
    duties: (
        "Manage user interface design for PC products",
        "Involve championing the development of product requirements, use cases, and user stories",
    ),
};

const PROJECT: Expect = Expect {
    name: "Technical Project Manager",
    years: (4, 6),
    top: ["project management", "technical project", "scrum"],
    yearly: 108_205,
    hourly: 52.02,
    growth: 16.0,
    jobs: 209_820,
    satisfaction: Some(1.0),
    degree_pct: 66.0,
    age: 44,
    experience: 6.0,
    range: (81_000, 142_000),
    city: "San Francisco, CA",
    state: "California",
    company: "Sheppard Mullin Richter & Hampton",
    industry: "Finance",
    major: "Business",
    college: "Stanford University",
    gender: (73.2, 26.8),
    race: [6.2, 4.7, 8.8, 12.0, 67.7, 0.5],
    lgbt: 11.0,
    skills: [
        ("Project Management", 15.0),
        ("Technical Project", 10.0),
        ("Scrum", 7.0),
        ("Infrastructure", 5.0),
        ("Jira", 5.0),
        ("Software Development", 4.0),
    ],
    description: (
        "The role of technical project managers is to oversee the planning",
        "all to attain a common goal.",
    ),
    duties: (
        "Develop and manage project plan with PeopleSoft support team.",
        "Manage, analyze, and enhance pricing program operational control processes and develop SOX controls and documentation over this process.",
    ),
};

const MANAGER: Expect = Expect {
    name: "Technical Manager",
    years: (1, 2),
    top: ["project management", "infrastructure", "architecture"],
    yearly: 116_619,
    hourly: 56.07,
    growth: 8.0,
    jobs: 116_732,
    satisfaction: None,
    degree_pct: 61.0,
    age: 40,
    experience: 2.0,
    range: (84_000, 161_000),
    city: "San Francisco, CA",
    state: "California",
    company: "A.T. Kearney",
    industry: "Manufacturing",
    major: "Business",
    college: "Carnegie Mellon University",
    gender: (83.7, 16.3),
    race: [8.0, 5.6, 14.6, 6.4, 65.2, 0.2],
    lgbt: 14.0,
    skills: [
        ("Project Management", 7.0),
        ("Infrastructure", 6.0),
        ("Architecture", 6.0),
        ("Java", 5.0),
        ("Customer Service", 5.0),
        ("Emerging Technologies", 4.0),
    ],
    description: (
        "A technical manager is responsible for maintaining the company's information systems",
        "to conduct adjustments and manage network infrastructure.",
    ),
    duties: (
        "Lead efforts to establish asset and desktop /server management best practices.",
        "Optimize chemical formulas, manage chemical supply chain, troubleshoot laboratory and plant",
    ),
};

const SPECIALIST: Expect = Expect {
    name: "Technical Specialist",
    years: (1, 2),
    top: ["customer service", "technical support", "patients"],
    yearly: 88_773,
    hourly: 42.68,
    growth: 10.0,
    jobs: 121_151,
    satisfaction: None,
    degree_pct: 57.0,
    age: 42,
    experience: 2.0,
    range: (62_000, 126_000),
    city: "Washington, DC",
    state: "Delaware",
    company: "Finnegan Henderson Farabow Garrett & Dunner",
    industry: "Technology",
    major: "Business",
    college: "Stanford University",
    gender: (71.2, 28.8),
    race: [10.8, 5.4, 16.3, 12.5, 54.6, 0.4],
    lgbt: 11.0,
    skills: [
        ("Customer Service", 13.0),
        ("Technical Support", 6.0),
        ("Patients", 6.0),
        ("Project Management", 6.0),
        ("Customer Satisfaction", 4.0),
        ("C++", 4.0),
    ],
    description: (
        "The role of technical specialists is to provide technical support",
        "improve productivity and lessen expenses.",
    ),
    duties: (
        "Install and manage LAN/WAN using TCP/IP protocol.",
        "Develop HTML, CSS, JavaScript for commercial websites.",
    ),
};

const RACES: [&str; 6] = [
    "Black or African American",
    "Unknown",
    "Hispanic or Latino",
    "Asian",
    "White",
    "American Indian and Alaska Native",
];

fn seed(file: &str) -> Page {
    let path = format!("{}/assets/pages/{file}", env!("CARGO_MANIFEST_DIR"));
    let bytes = std::fs::read(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    parse_page(&bytes).unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn check(job: &Profile, e: &Expect) {
    let n = e.name;
    assert_eq!(job.name, n);
    let years = job.years_to_become.unwrap_or_else(|| panic!("{n}: years"));
    assert_eq!(
        (years.min, years.max, years.unit),
        (e.years.0, e.years.1, TimeUnit::Years),
        "{n}"
    );
    assert_eq!(
        job.top_skills.clone().unwrap_or_default(),
        e.top.to_vec(),
        "{n}"
    );

    let desc = job.description.as_deref().unwrap_or_default();
    assert!(
        desc.starts_with(e.description.0),
        "{n}: description starts {desc:?}"
    );
    assert!(
        desc.ends_with(e.description.1),
        "{n}: description ends {desc:?}"
    );

    let o = job.overview.clone().unwrap_or_default();
    assert_eq!(o.yearly_salary, Some(e.yearly), "{n}");
    assert_eq!(o.hourly_rate, Some(e.hourly), "{n}");
    assert_eq!(o.growth_rate_pct, Some(e.growth), "{n}");
    assert_eq!(o.number_of_jobs, Some(e.jobs), "{n}");
    assert_eq!(o.job_satisfaction, e.satisfaction, "{n}");
    let degree = o
        .most_common_degree
        .clone()
        .unwrap_or_else(|| panic!("{n}: degree"));
    assert_eq!(
        (degree.degree.as_str(), degree.pct),
        ("Bachelor's Degree", e.degree_pct),
        "{n}"
    );
    assert_eq!(o.average_age, Some(e.age), "{n}");
    assert_eq!(o.years_of_experience, Some(e.experience), "{n}");

    let s = job.salary.clone().unwrap_or_default();
    assert_eq!(s.average, Some(e.yearly), "{n}");
    let r = s.range.unwrap_or_else(|| panic!("{n}: range"));
    assert_eq!((r.min, r.max), e.range, "{n}");
    assert_eq!(s.highest_paying_city.as_deref(), Some(e.city), "{n}");
    assert_eq!(s.highest_paying_state.as_deref(), Some(e.state), "{n}");
    assert_eq!(s.best_paying_company.as_deref(), Some(e.company), "{n}");
    assert_eq!(s.best_paying_industry.as_deref(), Some(e.industry), "{n}");

    let ed = job.education.clone().unwrap_or_default();
    assert_eq!(ed.most_common_degree, Some(degree), "{n}");
    assert_eq!(ed.most_common_major.as_deref(), Some(e.major), "{n}");
    assert_eq!(ed.most_common_college.as_deref(), Some(e.college), "{n}");

    let d = job.demographics.clone().unwrap_or_default();
    assert_eq!(d.average_age, Some(e.age), "{n}");
    let gender: Vec<(String, f64)> = d
        .gender
        .unwrap_or_default()
        .into_iter()
        .map(|s| (s.label, s.pct))
        .collect();
    assert_eq!(
        gender,
        vec![
            ("Male".to_string(), e.gender.0),
            ("Female".to_string(), e.gender.1)
        ],
        "{n}"
    );
    let race: Vec<(String, f64)> = d
        .race
        .unwrap_or_default()
        .into_iter()
        .map(|s| (s.label, s.pct))
        .collect();
    let want: Vec<(String, f64)> = RACES
        .iter()
        .zip(e.race)
        .map(|(l, p)| (l.to_string(), p))
        .collect();
    assert_eq!(race, want, "{n}");
    assert_eq!(d.lgbt_pct, Some(e.lgbt), "{n}");

    let duties = job.duties.clone().unwrap_or_default();
    assert_eq!(
        duties.len(),
        6,
        "{n}: six duties, the Show more line is not one"
    );
    assert!(duties[0].starts_with(e.duties.0), "{n}: {:?}", duties[0]);
    assert!(duties[5].starts_with(e.duties.1), "{n}: {:?}", duties[5]);
    assert!(!duties.iter().any(|d| d.contains("Show more")));

    let skills: Vec<(String, f64)> = job
        .skills
        .clone()
        .unwrap_or_default()
        .into_iter()
        .map(|s| (s.name, s.pct))
        .collect();
    let want: Vec<(String, f64)> = e.skills.iter().map(|(s, p)| (s.to_string(), *p)).collect();
    assert_eq!(skills, want, "{n}");
}

fn check_page(file: &str, title: &str, category: &str, a: &Expect, b: &Expect) -> Page {
    let page = seed(file);
    assert_eq!(page.title.as_deref(), Some(title));
    assert_eq!(page.category.as_deref(), Some(category));
    assert_eq!(page.warnings, Vec::<String>::new(), "{file}");
    assert_eq!(page.jobs.len(), 2);
    check(&page.jobs[0], a);
    check(&page.jobs[1], b);
    page
}

#[test]
fn lead_technician_vs_it_support_technician() {
    check_page(
        "lead-technician-vs-information-technology-support-technician.txt",
        "Lead technician vs information technology/support technician",
        "computer and mathematical",
        &LEAD,
        &IT_SUPPORT,
    );
}

#[test]
fn lead_technician_vs_technical_product_manager() {
    check_page(
        "lead-technician-vs-technical-product-manager.txt",
        "Lead technician vs technical product manager",
        "computer and mathematical",
        &LEAD,
        &PRODUCT,
    );
}

#[test]
fn lead_technician_vs_technical_project_manager() {
    check_page(
        "lead-technician-vs-technical-project-manager.txt",
        "Lead technician vs technical project manager",
        "computer and mathematical",
        &LEAD,
        &PROJECT,
    );
}

#[test]
fn technical_manager_vs_lead_technician() {
    check_page(
        "technical-manager-vs-lead-technician.txt",
        "Technical manager vs lead technician",
        "arts, entertainment, sports, and media",
        &MANAGER,
        &LEAD,
    );
}

#[test]
fn technical_specialist_vs_lead_technician() {
    check_page(
        "technical-specialist-vs-lead-technician.txt",
        "Technical specialist vs lead technician",
        "computer and mathematical",
        &SPECIALIST,
        &LEAD,
    );
}

#[test]
fn lead_technician_is_the_same_job_on_every_page() {
    let files = [
        "lead-technician-vs-information-technology-support-technician.txt",
        "lead-technician-vs-technical-product-manager.txt",
        "lead-technician-vs-technical-project-manager.txt",
        "technical-manager-vs-lead-technician.txt",
        "technical-specialist-vs-lead-technician.txt",
    ];
    let leads: Vec<Profile> = files
        .iter()
        .map(|f| {
            seed(f)
                .jobs
                .into_iter()
                .find(|j| j.name == "Lead Technician")
                .unwrap_or_default()
        })
        .collect();
    for l in &leads[1..] {
        assert_eq!(l, &leads[0]);
    }
}

#[test]
fn markdown_rendering_reads_the_same_as_the_browser_copy() {
    let path = format!(
        "{}/tests/fixtures/lead-technician-vs-technical-project-manager.md",
        env!("CARGO_MANIFEST_DIR")
    );
    let bytes = std::fs::read(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let md = parse_page(&bytes).unwrap_or_else(|e| panic!("{path}: {e}"));
    let text = seed("lead-technician-vs-technical-project-manager.txt");
    assert_eq!(md, text);
    check(&md.jobs[0], &LEAD);
    check(&md.jobs[1], &PROJECT);
}

#[test]
fn built_in_dataset_matches_a_fresh_import_of_the_pages() {
    let mut files: Vec<_> =
        std::fs::read_dir(format!("{}/assets/pages", env!("CARGO_MANIFEST_DIR")))
            .unwrap_or_else(|e| panic!("assets/pages: {e}"))
            .filter_map(|e| e.ok().map(|e| e.path()))
            .collect();
    files.sort();
    let mut fresh = careerscope::model::Dataset::default();
    for f in &files {
        let page = parse_page(&std::fs::read(f).unwrap_or_default())
            .unwrap_or_else(|e| panic!("{}: {e}", f.display()));
        careerscope::dataset::merge_page(&mut fresh, &page);
    }
    let built_in = careerscope::library::embedded().unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(
        built_in, fresh,
        "assets/careers.json is stale: regenerate it with `rm assets/careers.json && cargo run -- --data assets/careers.json import assets/pages/*.txt`"
    );
    assert_eq!(built_in.jobs.len(), 6);
    assert_eq!(built_in.pages.len(), 5);
}
