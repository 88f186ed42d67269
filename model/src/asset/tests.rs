use super::*;
use crate::{
    AreaPay, Basis, Degree, Education, Interests, MoneyRange, Overview, Riasec, Salary, Share,
    Skill, Sources, TimeUnit, YearsRange,
};

/// A profile with every kind of value: whole and fractional numbers, a number hundredths cannot
/// give back, absent sections, empty lists.
fn full() -> Profile {
    Profile {
        name: "Registered Nurses".into(),
        code: Some("29-1141".into()),
        major_group: Some("Healthcare Practitioners and Technical Occupations".into()),
        years_to_become: Some(YearsRange {
            min: 4,
            max: 4,
            unit: TimeUnit::Years,
            estimate: true,
            basis: Basis::parse("Bachelor's degree + none + none"),
        }),
        overview: Some(Overview {
            yearly_salary: Some(101_420),
            hourly_rate: Some(48.76),
            growth_rate_pct: Some(-0.1),
            number_of_jobs: Some(3_282_010),
            years_of_experience: Some(1.0 / 3.0),
            most_common_degree: Some(Degree {
                degree: "Bachelor's degree".into(),
                pct: 61.9,
            }),
            ..Overview::default()
        }),
        salary: Some(Salary {
            average: Some(101_420),
            range: Some(MoneyRange {
                min: 66_030,
                max: 135_320,
            }),
            by_state: Some(vec![
                AreaPay(
                    "California".into(),
                    148_330,
                    Some(135_320),
                    None,
                    Some(200_000),
                ),
                AreaPay("Texas".into(), 91_000, None, None, None),
            ]),
            ..Salary::default()
        }),
        education: Some(Education {
            typical_entry_education: Some("Bachelor's degree".into()),
            related_experience: Some(Share {
                label: "None".into(),
                pct: 33.33,
            }),
            ..Education::default()
        }),
        duties: Some(vec!["Monitor patient conditions.".into()]),
        skills: Some(vec![Skill {
            name: "Active Listening".into(),
            pct: 75.0,
        }]),
        knowledge: Some(Vec::new()),
        interests: Some(Interests {
            code: "SIC".into(),
            scores: Riasec {
                realistic: 3.66,
                investigative: 4.82,
                artistic: 1.31,
                social: 5.62,
                enterprising: 2.28,
                conventional: 4.58,
            },
            estimate: false,
        }),
        alternate_titles: Some(vec!["Staff Nurse".into(), "RN".into()]),
        reported_titles: Some(vec!["Registered Nurse (RN)".into()]),
        everyday_names: Some(vec!["floor nurse".into()]),
        sources: Some(Sources::all("BLS OEWS May 2025")),
        ..Profile::default()
    }
}

fn others() -> Vec<Profile> {
    let bare = Profile {
        name: "Zoologists".into(),
        alternate_titles: Some(vec!["animal  scientist".into()]),
        ..Profile::default()
    };
    let no_titles = Profile {
        name: "Actors".into(),
        code: Some("27-2011".into()),
        alternate_titles: Some(Vec::new()),
        ..Profile::default()
    };
    vec![full(), bare, no_titles]
}

#[test]
fn profiles_come_back_as_they_went_in() {
    let profiles = others();
    // The first job's reported title and first alternate title weigh 2 and 3; the rest 1.
    let weights = [
        TitleWeights {
            reported: vec![2],
            alternate: vec![3],
        },
        TitleWeights::default(),
        TitleWeights::default(),
    ];
    let bytes = encode_occupations(profiles.iter().zip(&weights));
    assert_eq!(profiles_from_asset(&bytes), Ok(profiles.clone()));
    let asset = Occupations::open(&bytes).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(asset.names(), ["Registered Nurses", "Zoologists", "Actors"]);
    assert_eq!(asset.codes()[2].as_deref(), Some("27-2011"));
    let words = asset.words().unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(
        words.of_source(Source::Alternate).collect::<Vec<_>>(),
        [(0, "Staff Nurse"), (0, "RN"), (1, "animal  scientist")]
    );
    assert_eq!(
        words.of_source(Source::Name).collect::<Vec<_>>(),
        [(0, "Registered Nurses"), (1, "Zoologists"), (2, "Actors")]
    );
    assert_eq!(
        words.of_job(0, Source::Alternate).collect::<Vec<_>>(),
        ["Staff Nurse", "RN"]
    );
    assert_eq!(words.of_job(2, Source::Alternate).count(), 0);
    assert_eq!(
        words.of_source(Source::Everyday).collect::<Vec<_>>(),
        [(0, "floor nurse")]
    );
    let weighed: Vec<(&str, u8)> = (0..words.len())
        .map(|t| (words.title(t), words.weight(t)))
        .collect();
    assert_eq!(
        &weighed[..4],
        [
            ("Registered Nurses", 1),
            // "Registered Nurse (RN)" in its two forms.
            ("Registered Nurse (RN)", 2),
            ("Registered Nurse (RN)", 2),
            ("Staff Nurse", 3),
        ]
    );
    assert!(weighed[4..].iter().all(|&(_, w)| w == 1), "{weighed:?}");
    let summaries = asset.summaries().unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(summaries[0].interest, Some('S'));
    assert_eq!(summaries[0].growth_rate_pct, Some(-0.1));
    assert_eq!(summaries[2], Summary::default());
}

#[test]
fn broken_assets_are_errors() {
    let profiles = others();
    let bytes = encode_occupations(profiles.iter().zip(&vec![TitleWeights::default(); 3]));
    assert!(Occupations::open(b"not an asset").is_err());
    assert!(profiles_from_asset(&bytes[..bytes.len() / 2]).is_err());
    let mut other_kind = bytes.clone();
    other_kind[0] = b'X';
    let e = Occupations::open(&other_kind).err().map(|e| e.to_string());
    assert_eq!(
        e.as_deref(),
        Some("the built-in asset is broken: not an occupations asset of this version")
    );
    let asset = Occupations::open(&bytes).unwrap_or_else(|e| panic!("{e}"));
    assert!(asset.profile(3).is_err());
}

#[test]
fn metro_pay_comes_back_per_occupation() {
    let nurses = vec![
        AreaPay(
            "San Jose, CA".into(),
            200_000,
            Some(190_000),
            Some(150_000),
            None,
        ),
        AreaPay(
            "Austin, TX".into(),
            90_000,
            None,
            Some(70_000),
            Some(120_000),
        ),
    ];
    let actors = vec![AreaPay("Austin, TX".into(), 50_000, None, None, None)];
    let bytes = encode_metros(
        [("29-1141", &nurses[..]), ("27-2011", &actors[..])],
        |area| (area == "Austin, TX").then_some(1_000_000),
    );
    let m = Metros::open(&bytes).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(
        m.areas().ok(),
        Some(&["Austin, TX".into(), "San Jose, CA".into()][..])
    );
    assert_eq!(m.pay("29-1141"), Ok(nurses));
    assert_eq!(m.pay("27-2011"), Ok(actors));
    assert_eq!(m.pay("11-1011"), Ok(Vec::new()));
    assert_eq!(m.employment("Austin, TX"), Some(1_000_000));
    assert_eq!(m.employment("San Jose, CA"), None);
    assert_eq!(m.employment("Nowhere"), None);
    assert!(Metros::open(&bytes[..3]).is_err());
}

#[test]
fn similarity_comes_back_and_must_fit_its_codes() {
    let s = Similarity {
        codes: vec!["a".into(), "b".into()],
        neighbours: vec![vec![(1, 40)], vec![(0, 40)]],
        matrix: vec![100, 40, 40, 100],
    };
    assert_eq!(decode_similar(&encode_similar(&s)), Ok(s.clone()));
    let wrong = Similarity {
        matrix: vec![100],
        ..s
    };
    assert!(decode_similar(&encode_similar(&wrong)).is_err());
}
