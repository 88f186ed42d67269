//! Similar jobs and skill gaps on the built-in real occupations, through the library API.

use careerscope::catalog::Catalog;
use careerscope::model::Profile;
use careerscope::similar::{self, GapKind};

fn occupation(catalog: &Catalog, name: &str) -> Profile {
    let i = catalog
        .find(name)
        .unwrap_or_else(|| panic!("no {name} among the built-in occupations"));
    catalog
        .profile(i)
        .unwrap_or_else(|e| panic!("{name}: {e}"))
        .into_owned()
}

fn catalog() -> Catalog {
    Catalog::occupations(careerscope::library::OCCUPATIONS).unwrap_or_else(|e| panic!("{e}"))
}

/// O*NET 30 rates Programming 1.62 for registered nurses ((1.62 − 1) × 25 = 15.5) and 4.0 for
/// software developers (75): the largest of the developer's gaps over the nurse.
#[test]
fn a_nurse_turning_software_developer_first_needs_programming() {
    let catalog = catalog();
    let nurse = occupation(&catalog, "Registered Nurses");
    let developer = occupation(&catalog, "Software Developers");
    let gaps = similar::skill_gaps(&nurse, &developer);
    let first = gaps.first().unwrap_or_else(|| panic!("no gaps"));
    assert_eq!(first.skill, "Programming");
    assert_eq!(first.kind, GapKind::Skill);
    assert_eq!((first.pinned, first.this, first.gap), (15.5, 75.0, 59.5));
    assert!(gaps.windows(2).all(|w| w[0].gap >= w[1].gap));
    assert!(
        gaps.iter()
            .all(|g| g.gap > 0.0 && g.this - g.pinned == g.gap)
    );
    // O*NET 29.3 has no knowledge ratings for 15-1252.00, so these gaps are skills only; from
    // a nurse to a nurse practitioner, both rated, knowledge gaps come too.
    assert!(developer.knowledge.is_none());
    let practitioner = occupation(&catalog, "Nurse Practitioners");
    let gaps = similar::skill_gaps(&nurse, &practitioner);
    assert!(
        gaps.iter().any(|g| g.kind == GapKind::Knowledge),
        "{gaps:?}"
    );
}

#[test]
fn neighbours_come_from_the_compiled_in_asset() {
    let dev = similar::neighbours("15-1252");
    assert_eq!(dev.len(), 50);
    assert!(
        dev.windows(2).all(|w| w[0].1 >= w[1].1),
        "most similar first"
    );
    assert!(dev.iter().all(|(c, s)| c != "15-1252" && *s <= 100));
    // Computer programmers are among a software developer's five most similar.
    assert!(dev.iter().take(5).any(|(c, _)| c == "15-1251"), "{dev:?}");
    assert!(similar::similarity("15-1252", "15-1251").is_some_and(|s| s > 50));
    let nurse = similar::neighbours("29-1141");
    assert_eq!(nurse[0].0, "29-1171", "Nurse Practitioners");
    // Every real occupation has neighbours; a page job (no code) or an unknown code has none.
    let catalog = catalog();
    let electricians = occupation(&catalog, "Electricians");
    let code = electricians.code.as_deref().unwrap_or_default();
    assert!(!similar::neighbours(code).is_empty());
    assert!(similar::neighbours("").is_empty());
    assert!(similar::neighbours("99-9999").is_empty());
}

/// The new fields of a real occupation read back from the asset.
#[test]
fn real_occupations_have_years_interests_and_openings() {
    let catalog = catalog();
    let nurse = occupation(&catalog, "Registered Nurses");
    let years = nurse.years_to_become.unwrap_or_else(|| panic!("years"));
    assert_eq!((years.min, years.max, years.estimate), (4, 4, true));
    assert_eq!(
        years.basis.map(|b| b.to_string()).as_deref(),
        Some("Bachelor's degree + none + none")
    );
    let interests = nurse
        .interests
        .as_ref()
        .unwrap_or_else(|| panic!("interests"));
    assert_eq!(interests.code, "SIC");
    assert_eq!(interests.scores.social, 5.62);
    let overview = nurse
        .overview
        .as_ref()
        .unwrap_or_else(|| panic!("overview"));
    assert_eq!(overview.openings_per_year, Some(189_100));
    // Page jobs keep their JSON: no estimate, basis, interests or knowledge keys.
    let page = serde_json::to_string(&Profile {
        name: "Lead Technician".into(),
        ..Profile::default()
    })
    .unwrap_or_default();
    for key in [
        "interests",
        "knowledge",
        "openings_per_year",
        "estimate",
        "basis",
    ] {
        assert!(!page.contains(key), "{page}");
    }
}

/// Coverage of the new fields over all 830 real occupations, read back through the app's
/// model: every estimate's basis is one the app recognises.
#[test]
fn every_real_occupation_has_an_estimate_and_neighbours() {
    let catalog = catalog();
    assert_eq!(catalog.len(), 830);
    let (mut years, mut interests, mut openings) = (0, 0, 0);
    for i in 0..catalog.len() {
        let p = catalog.profile(i).unwrap_or_else(|e| panic!("{e}"));
        if let Some(y) = p.years_to_become {
            assert!(
                y.estimate && y.basis.is_some() && y.min <= y.max,
                "{}",
                p.name
            );
            years += 1;
        }
        interests += usize::from(p.interests.is_some());
        openings += usize::from(
            p.overview
                .as_ref()
                .is_some_and(|o| o.openings_per_year.is_some()),
        );
        let code = p.code.as_deref().unwrap_or_default();
        assert_eq!(similar::neighbours(code).len(), 50, "{code}");
    }
    assert_eq!((years, interests, openings), (830, 813, 830));
}
