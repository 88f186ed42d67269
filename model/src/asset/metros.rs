//! `assets/metros.bin`: the metro areas' names once, with each area's employment in all
//! occupations, then each occupation's pay in every metro area as a block of its own, so
//! asking for one occupation reads one block.

use std::sync::OnceLock;

use serde::{Deserialize, Serialize};

use super::pay::PayRows;
use super::{AssetError, pack, unpack_value};
use crate::AreaPay;

const METROS_TAG: [u8; 4] = *b"CSM2";

#[derive(Serialize, Deserialize)]
struct MetrosFile<'a> {
    tag: [u8; 4],
    /// Packed `Vec<String>`: every area's name.
    #[serde(borrow)]
    areas: &'a [u8],
    /// Each area's employment in all occupations (OEWS), in the order of `areas`.
    employment: Vec<Option<u64>>,
    /// Each occupation's SOC code and its packed rows.
    #[serde(borrow)]
    pay: Vec<(&'a str, &'a [u8])>,
}

/// The metro asset for `pay`: each occupation's SOC code and its pay in every metro area, in
/// the order the app lists them (highest mean first); `employment` gives an area's employment
/// in all occupations, by name.
pub fn encode_metros<'p>(
    pay: impl IntoIterator<Item = (&'p str, &'p [AreaPay])>,
    employment: impl Fn(&str) -> Option<u64>,
) -> Vec<u8> {
    let pay: Vec<(&str, &[AreaPay])> = pay.into_iter().collect();
    let mut areas: Vec<&str> = pay
        .iter()
        .flat_map(|(_, rows)| rows.iter().map(AreaPay::area))
        .collect();
    areas.sort_unstable();
    areas.dedup();
    let blocks: Vec<(&str, Vec<u8>)> = pay
        .iter()
        .map(|(code, rows)| {
            let id = |area: &str| areas.binary_search(&area).unwrap_or(0) as u32;
            (*code, pack(&PayRows::new(rows, id)))
        })
        .collect();
    let file = MetrosFile {
        tag: METROS_TAG,
        areas: &pack(&areas),
        employment: areas.iter().map(|a| employment(a)).collect(),
        pay: blocks.iter().map(|(c, b)| (*c, b.as_slice())).collect(),
    };
    postcard::to_allocvec(&file).unwrap_or_default()
}

/// A metro asset opened: the list of occupations read, each one's pay when asked for.
pub struct Metros<'a> {
    file: MetrosFile<'a>,
    areas: OnceLock<Result<Vec<String>, AssetError>>,
}

impl<'a> Metros<'a> {
    /// Reads the layout of the metro asset in `bytes`.
    ///
    /// # Errors
    /// The bytes are not a metro asset.
    pub fn open(bytes: &'a [u8]) -> Result<Metros<'a>, AssetError> {
        let file: MetrosFile =
            postcard::from_bytes(bytes).map_err(|e| AssetError::new(format!("metros: {e}")))?;
        if file.tag != METROS_TAG {
            return Err(AssetError::new("not a metro asset of this version"));
        }
        Ok(Metros {
            file,
            areas: OnceLock::new(),
        })
    }

    /// Every metro area's name, sorted.
    ///
    /// # Errors
    /// That block is broken.
    pub fn areas(&self) -> Result<&[String], AssetError> {
        self.areas
            .get_or_init(|| unpack_value(self.file.areas, "the metro areas"))
            .as_deref()
            .map_err(Clone::clone)
    }

    /// The employment in all occupations of the area named `area` (OEWS), if it is one.
    pub fn employment(&self, area: &str) -> Option<u64> {
        let at = self
            .areas()
            .ok()?
            .binary_search_by(|a| a.as_str().cmp(area))
            .ok()?;
        self.file.employment.get(at).copied().flatten()
    }

    /// The SOC codes that have pay by metro area, in the asset's order.
    pub fn codes(&self) -> impl Iterator<Item = &str> + '_ {
        self.file.pay.iter().map(|(code, _)| *code)
    }

    /// The pay of the occupation with SOC code `code` in every metro area, highest mean first;
    /// empty for a code the asset lacks.
    ///
    /// # Errors
    /// That occupation's block is broken.
    pub fn pay(&self, code: &str) -> Result<Vec<AreaPay>, AssetError> {
        let Some((_, block)) = self.file.pay.iter().find(|(c, _)| *c == code) else {
            return Ok(Vec::new());
        };
        let rows: PayRows = unpack_value(block, code)?;
        let areas = self.areas()?;
        rows.rows(|i| {
            areas
                .get(i as usize)
                .cloned()
                .ok_or_else(|| AssetError::new(format!("the metro pay of {code}")))
        })
    }
}
