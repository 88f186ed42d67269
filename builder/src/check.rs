//! `careerscope-builder --check`: the assets the sources give, compared with the committed ones,
//! so that a stale or hand-edited asset is named by the first occupation and field that differs.

use std::collections::BTreeMap;

use careerscope_model::asset::{self, Metros, Similarity};
use serde_json::Value;

use crate::Occupation;

/// The three assets the builder writes, as bytes, and the names an error calls them by.
pub struct Assets {
    pub names: [String; 3],
    pub occupations: Vec<u8>,
    pub metros: Vec<u8>,
    pub similar: Vec<u8>,
}

impl Assets {
    /// The assets `profiles`, the metro areas' `employment` and `similar` encode to.
    pub fn of(
        profiles: &[Occupation],
        employment: &BTreeMap<String, u64>,
        similar: &Similarity,
    ) -> Assets {
        Assets {
            names: ["occupations", "metros", "similar"].map(|n| format!("assets/{n}.bin")),
            occupations: crate::to_asset(profiles),
            metros: crate::metros_asset(profiles, employment),
            similar: asset::encode_similar(similar),
        }
    }
}

/// The first way `committed` differs from what `profiles` and `similar` give, said in one line
/// naming the asset, the occupation and the field; `None` when every byte is the same.
pub fn first_difference(
    profiles: &[Occupation],
    employment: &BTreeMap<String, u64>,
    similar: &Similarity,
    committed: &Assets,
) -> Option<String> {
    let built = Assets::of(profiles, employment, similar);
    if built.occupations != committed.occupations {
        return Some(occupations(
            profiles,
            &committed.occupations,
            &committed.names[0],
        ));
    }
    if built.metros != committed.metros {
        return Some(metros(
            profiles,
            employment,
            &committed.metros,
            &committed.names[1],
        ));
    }
    if built.similar != committed.similar {
        return Some(similarity(similar, &committed.similar, &committed.names[2]));
    }
    None
}

fn occupations(profiles: &[Occupation], committed: &[u8], file: &str) -> String {
    let decoded = match asset::profiles_from_asset(committed) {
        Ok(d) => d,
        Err(e) => return format!("{file}: cannot be read ({e})"),
    };
    for (i, p) in profiles.iter().enumerate() {
        let Some(old) = decoded.get(i) else {
            return format!(
                "{file}: has {} occupations, the sources give {} (first missing: {})",
                decoded.len(),
                profiles.len(),
                label(&p.profile)
            );
        };
        let (Ok(new_v), Ok(old_v)) = (serde_json::to_value(&p.profile), serde_json::to_value(old))
        else {
            continue;
        };
        if let Some((field, want, found)) = diff(&new_v, &old_v, String::new()) {
            return format!(
                "{file}: {}: {field} is {found}, the sources give {want}",
                label(&p.profile)
            );
        }
    }
    if decoded.len() > profiles.len() {
        return format!(
            "{file}: has {} occupations, the sources give {}",
            decoded.len(),
            profiles.len()
        );
    }
    format!("{file}: the same figures, encoded differently (regenerate it)")
}

fn metros(
    profiles: &[Occupation],
    employment: &BTreeMap<String, u64>,
    committed: &[u8],
    file: &str,
) -> String {
    let opened = match Metros::open(committed) {
        Ok(m) => m,
        Err(e) => return format!("{file}: cannot be read ({e})"),
    };
    for (area, &want) in employment {
        let found = opened.employment(area);
        if found != Some(want) {
            return format!(
                "{file}: {area}: employment is {}, the sources give {want}",
                found.map_or("nothing".to_string(), |n| n.to_string())
            );
        }
    }
    for p in profiles.iter().filter(|p| !p.metros.is_empty()) {
        let code = p.code.as_deref().unwrap_or_default();
        let old = match opened.pay(code) {
            Ok(rows) => rows,
            Err(e) => return format!("{file}: {}: cannot be read ({e})", label(&p.profile)),
        };
        for (i, want) in p.metros.iter().enumerate() {
            match old.get(i) {
                Some(found) if found == want => {}
                Some(found) => {
                    return format!(
                        "{file}: {}: metro row {} is {found:?}, the sources give {want:?}",
                        label(&p.profile),
                        i + 1
                    );
                }
                None => {
                    return format!(
                        "{file}: {}: {} metro rows, the sources give {} (first missing: {})",
                        label(&p.profile),
                        old.len(),
                        p.metros.len(),
                        want.area()
                    );
                }
            }
        }
        if old.len() > p.metros.len() {
            return format!(
                "{file}: {}: {} metro rows, the sources give {}",
                label(&p.profile),
                old.len(),
                p.metros.len()
            );
        }
    }
    format!("{file}: the same figures, encoded differently (regenerate it)")
}

fn similarity(similar: &Similarity, committed: &[u8], file: &str) -> String {
    let old = match asset::decode_similar(committed) {
        Ok(s) => s,
        Err(e) => return format!("{file}: cannot be read ({e})"),
    };
    if old.codes != similar.codes {
        return format!("{file}: lists other occupations than the sources give");
    }
    for (i, code) in similar.codes.iter().enumerate() {
        if old.neighbours.get(i) != similar.neighbours.get(i) {
            return format!("{file}: {code}: the most similar occupations differ");
        }
        let n = similar.codes.len();
        if old.matrix.get(i * n..(i + 1) * n) != similar.matrix.get(i * n..(i + 1) * n) {
            return format!("{file}: {code}: a pair's similarity differs");
        }
    }
    format!("{file}: the same figures, encoded differently (regenerate it)")
}

fn label(p: &careerscope_model::Profile) -> String {
    format!("{} ({})", p.name, p.code.as_deref().unwrap_or("no code"))
}

/// The first field (a dotted path) where `want` and `found` differ, with both values.
fn diff(want: &Value, found: &Value, path: String) -> Option<(String, String, String)> {
    let at = |key: &str| {
        if path.is_empty() {
            key.to_string()
        } else {
            format!("{path}.{key}")
        }
    };
    match (want, found) {
        (Value::Object(w), Value::Object(f)) => {
            for (key, wv) in w {
                let fv = f.get(key).unwrap_or(&Value::Null);
                if let Some(d) = diff(wv, fv, at(key)) {
                    return Some(d);
                }
            }
            f.iter()
                .find(|(key, _)| !w.contains_key(*key))
                .map(|(key, fv)| (at(key), "nothing".into(), short(fv)))
        }
        (Value::Array(w), Value::Array(f)) if w.len() == f.len() => w
            .iter()
            .zip(f)
            .enumerate()
            .find_map(|(i, (wv, fv))| diff(wv, fv, format!("{path}[{i}]"))),
        _ if want == found => None,
        _ => Some((path, short(want), short(found))),
    }
}

/// A value as a short line: long lists say how many items they hold.
fn short(v: &Value) -> String {
    let text = v.to_string();
    match v {
        Value::Array(items) if text.chars().count() > 80 => format!("{} items", items.len()),
        _ if text.chars().count() > 80 => format!("{}…", text.chars().take(79).collect::<String>()),
        _ => text,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn a_difference_is_named_by_its_dotted_field() {
        let want = json!({"name": "Plumbers", "salary": {"median": 62970, "range": [1, 2]}});
        let found = json!({"name": "Plumbers", "salary": {"median": 62000, "range": [1, 2]}});
        assert_eq!(
            diff(&want, &found, String::new()),
            Some(("salary.median".into(), "62970".into(), "62000".into()))
        );
        let found = json!({"name": "Plumbers", "salary": {"median": 62970, "range": [1, 3]}});
        assert_eq!(
            diff(&want, &found, String::new()).map(|d| d.0),
            Some("salary.range[1]".into())
        );
        assert_eq!(diff(&want, &want, String::new()), None);
    }
}
