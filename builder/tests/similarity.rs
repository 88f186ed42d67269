//! Similarity: measured against O*NET's "Primary-Short" related occupations (the yardstick,
//! never an input) on the real files, and checked by hand on a tiny fixture.

use std::path::{Path, PathBuf};

use careerscope_builder::similarity::{self, Occupation, WEIGHTS, Work};
use careerscope_model::asset::{decode_similar, encode_similar};

/// The official files, in the repository: the measurement always runs against them.
fn sources() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../data/sources")
}

/// recall@20 ≥ 0.85 over every occupation with a yardstick list, and over the half the weights
/// were not fitted on (the 2nd, 4th, ... in code order); the committed asset is what the
/// sources give.
#[test]
fn recall_at_20_against_onet_related_occupations() {
    let dir = sources();
    let inputs = careerscope_builder::read(&dir).expect("read the sources");
    let scores = similarity::compute(&inputs);
    let yardstick = similarity::yardstick(&inputs);
    let share = |(hits, total): (usize, usize)| hits as f64 / total as f64;
    let all = similarity::recall_at(&scores, &yardstick, 20, |_| true);
    let fitted = similarity::recall_at(&scores, &yardstick, 20, |a| a % 2 == 0);
    let held_out = similarity::recall_at(&scores, &yardstick, 20, |a| a % 2 == 1);
    eprintln!(
        "recall@20: all {:.4} ({all:?}), fitted half {:.4} ({fitted:?}), held-out half {:.4} ({held_out:?}); {} occupations with a list",
        share(all),
        share(fitted),
        share(held_out),
        yardstick.len()
    );
    assert_eq!(all.0, fitted.0 + held_out.0);
    assert!(share(all) >= 0.85, "recall@20 {all:?}");
    assert!(share(held_out) >= 0.85, "held-out recall@20 {held_out:?}");

    let encoded = encode_similar(&scores.to_similarity(similarity::NEIGHBOURS));
    let committed =
        std::fs::read(Path::new(env!("CARGO_MANIFEST_DIR")).join("../assets/similar.bin"))
            .expect("assets/similar.bin");
    assert!(
        encoded == committed,
        "assets/similar.bin is not what the sources give: regenerate it (docs/DATA.md)"
    );
}

fn work(
    titles: &[&str],
    tasks: &[&str],
    activities: &[&str],
    description: &str,
    ratings: [&[(&str, f64)]; 4],
    job_zone: f64,
) -> Work {
    let strings = |v: &[&str]| v.iter().map(|s| s.to_string()).collect::<Vec<_>>();
    let pairs = |v: &[(&str, f64)]| v.iter().map(|(n, x)| (n.to_string(), *x)).collect();
    Work {
        titles: strings(titles),
        tasks: strings(tasks),
        activities: strings(activities),
        description: description.to_string(),
        knowledge: pairs(ratings[0]),
        skills: pairs(ratings[1]),
        work_styles: pairs(ratings[2]),
        interests: pairs(ratings[3]),
        job_zone: Some(job_zone),
    }
}

const RIASEC: [&str; 6] = [
    "Realistic",
    "Investigative",
    "Artistic",
    "Social",
    "Enterprising",
    "Conventional",
];

fn interests(scores: [f64; 6]) -> Vec<(&'static str, f64)> {
    RIASEC.into_iter().zip(scores).collect()
}

/// A nurse, a nurse practitioner and a software developer. With three occupations each part's
/// row z-scores are +1 for the more alike of the other two and −1 for the other, and the
/// practitioner is more like the nurse than the developer is on every part: words shared only
/// by the two nurses, closer ratings, the same job zone. So the nurse scores the practitioner
/// at the sum of the weights (6.2) plus the minor-group bonus (1, both in 29-1) = 7.2, a mean
/// z of 7.2 / 6.2 = 1.161 and a similarity of 100 × (1 − e^(−1.161/2)) = 44.05 → 44; and the
/// developer at −6.2, similarity 0.
#[test]
fn three_occupations_in_an_order_checked_by_hand() {
    let nurse_interests = interests([2.0, 3.0, 1.5, 6.5, 2.5, 3.0]);
    let practitioner_interests = interests([2.2, 3.8, 1.4, 6.0, 2.6, 3.1]);
    let developer_interests = interests([3.0, 6.5, 3.0, 2.0, 2.5, 5.0]);
    let works = vec![
        work(
            &["Registered Nurse", "RN"],
            &[
                "Administer medications to patients.",
                "Monitor patient vital signs.",
            ],
            &["Treat patients using medications."],
            "Care for patients in hospitals.",
            [
                &[("Medicine", 4.5), ("Computers", 2.0)],
                &[("Programming", 1.2), ("Service Orientation", 4.0)],
                &[("Concern for Others", 4.8), ("Analytical Thinking", 3.0)],
                &nurse_interests,
            ],
            3.0,
        ),
        work(
            &["Nurse Practitioner", "NP"],
            &[
                "Prescribe medications to patients.",
                "Diagnose patient conditions.",
            ],
            &["Treat patients using medications.", "Diagnose conditions."],
            "Diagnose and care for patients in clinics.",
            [
                &[("Medicine", 4.9), ("Computers", 2.2)],
                &[("Programming", 1.0), ("Service Orientation", 4.2)],
                &[("Concern for Others", 4.6), ("Analytical Thinking", 3.6)],
                &practitioner_interests,
            ],
            3.0,
        ),
        work(
            &["Software Developer", "Programmer"],
            &["Write code for applications.", "Test software."],
            &["Write computer code."],
            "Design and write software.",
            [
                &[("Medicine", 1.0), ("Computers", 4.8)],
                &[("Programming", 4.9), ("Service Orientation", 2.0)],
                &[("Concern for Others", 2.5), ("Analytical Thinking", 4.8)],
                &developer_interests,
            ],
            4.0,
        ),
    ];
    let occupations: Vec<Occupation> = ["29-1141", "29-1171", "15-1252"]
        .iter()
        .enumerate()
        .map(|(i, code)| Occupation {
            code: code.to_string(),
            work: vec![i],
        })
        .collect();
    let scores = similarity::scores(&works, &occupations, &WEIGHTS);
    assert!((scores.scale - 6.2).abs() < 1e-9);
    assert!(
        (scores.scores[0][1] - 7.2).abs() < 1e-9,
        "{:?}",
        scores.scores[0]
    );
    assert!(
        (scores.scores[0][2] + 6.2).abs() < 1e-9,
        "{:?}",
        scores.scores[0]
    );
    assert_eq!(scores.ranking(0), [1, 2]);
    assert_eq!(scores.ranking(1), [0, 2]);
    let neighbours = scores.neighbours(2);
    assert_eq!(
        neighbours[0],
        ("29-1141", vec![("29-1171", 44), ("15-1252", 0)])
    );
    assert_eq!(neighbours[1].1[0].0, "29-1141");

    // The yardstick: the nurse's listed practitioner is her first neighbour.
    let yardstick = [(
        "29-1141".to_string(),
        ["29-1171".to_string()].into_iter().collect(),
    )]
    .into_iter()
    .collect();
    assert_eq!(
        similarity::recall_at(&scores, &yardstick, 1, |_| true),
        (1, 1)
    );
    assert_eq!(
        similarity::recall_at(&scores, &yardstick, 1, |a| a != 0),
        (0, 0)
    );

    // Same inputs, same asset; 29-1141's two neighbours by index into the codes.
    let asset = scores.to_similarity(2);
    assert_eq!(
        asset,
        similarity::scores(&works, &occupations, &WEIGHTS).to_similarity(2)
    );
    let at = |code: &str| asset.codes.iter().position(|c| c == code).unwrap();
    assert_eq!(
        asset.neighbours[at("29-1141")],
        [(at("29-1171") as u16, 44), (at("15-1252") as u16, 0)]
    );
    assert_eq!(asset.matrix.len(), asset.codes.len() * asset.codes.len());
    assert_eq!(decode_similar(&encode_similar(&asset)), Ok(asset));
}

/// An SOC occupation made of two O*NET occupations scores a pair 0.7 × its most alike O*NET
/// pair + 0.3 × the mean of its pairs.
#[test]
fn a_combined_occupation_takes_its_best_pair_and_the_mean() {
    let titled = |t: &str| Work {
        titles: vec![t.to_string()],
        ..Work::default()
    };
    // Titles only: every other part has no data and scores 0 (the row's mean).
    let works = vec![
        titled("alpha beta"),
        titled("alpha gamma"),
        titled("delta epsilon"),
        titled("zeta eta"),
    ];
    let occupations = vec![
        Occupation {
            code: "11-1111".into(),
            work: vec![0],
        },
        Occupation {
            code: "22-2222".into(),
            work: vec![1, 2],
        },
        Occupation {
            code: "33-3333".into(),
            work: vec![3],
        },
    ];
    let scores = similarity::scores(&works, &occupations, &WEIGHTS);
    // Row of work 0 over works 1, 2, 3: cosines c, 0, 0 with c > 0, so z = √2, −1/√2, −1/√2.
    // In the titles and all-text parts alike (weights 0.5 and 1.5, together 2):
    // to 22-2222: 2 × (0.7 × √2 + 0.3 × (√2 − 1/√2) / 2) = 2.0860; to 33-3333: 2 × −1/√2.
    let r2 = std::f64::consts::SQRT_2;
    let expected = 2.0 * (0.7 * r2 + 0.3 * (r2 - 1.0 / r2) / 2.0);
    assert!(
        (scores.scores[0][1] - expected).abs() < 1e-9,
        "{:?}",
        scores.scores[0]
    );
    assert!(
        (scores.scores[0][2] + 2.0 / r2).abs() < 1e-9,
        "{:?}",
        scores.scores[0]
    );
}
