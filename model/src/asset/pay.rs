//! Pay by area (a state's or a metro area's mean, median, 10th and 90th percentile) as the
//! assets store it: each row's mean as its difference from the row before (rows go highest
//! mean first, so it is small), the other figures as their difference from the mean, all in
//! tens of dollars when every figure is a whole ten (OEWS rounds annual wages to $10).

use serde::{Deserialize, Serialize};

use super::AssetError;
use crate::AreaPay;

/// The rows of one occupation.
#[derive(Serialize, Deserialize)]
pub(super) struct PayRows {
    /// Dollars per stored unit: 10 or 1.
    unit: u64,
    /// (area id × 8 + which of median, 10th, 90th percentile there are, mean's step, the
    /// three figures less the mean, 0 where absent).
    rows: Vec<(u32, i64, [i64; 3])>,
}

impl PayRows {
    /// `rows`, each area given its id by `area_id`.
    pub(super) fn new(rows: &[AreaPay], mut area_id: impl FnMut(&str) -> u32) -> PayRows {
        let figures = rows.iter().flat_map(|AreaPay(_, mean, median, p10, p90)| {
            [Some(*mean), *median, *p10, *p90].into_iter().flatten()
        });
        let unit = if figures.clone().all(|v| v % 10 == 0) {
            10
        } else {
            1
        };
        let mut before = 0i64;
        let rows = rows
            .iter()
            .map(|AreaPay(area, mean, median, p10, p90)| {
                let mean = (*mean / unit) as i64;
                let others = [median, p10, p90];
                let present = others
                    .iter()
                    .enumerate()
                    .fold(0u32, |bits, (i, v)| bits | (u32::from(v.is_some()) << i));
                let diffs = others.map(|v| v.map_or(0, |v| (v / unit) as i64 - mean));
                let step = mean - before;
                before = mean;
                (area_id(area) << 3 | present, step, diffs)
            })
            .collect();
        PayRows { unit, rows }
    }

    /// The rows as they were, each area named by `area`.
    pub(super) fn rows(
        self,
        area: impl Fn(u32) -> Result<String, AssetError>,
    ) -> Result<Vec<AreaPay>, AssetError> {
        let broken = || AssetError::new("a figure of pay by area is out of range");
        let unit = i64::try_from(self.unit).map_err(|_| broken())?;
        let dollars = |v: i64| {
            v.checked_mul(unit)
                .and_then(|v| u64::try_from(v).ok())
                .ok_or_else(broken)
        };
        let mut mean = 0i64;
        self.rows
            .into_iter()
            .map(|(key, step, diffs)| {
                mean = mean.checked_add(step).ok_or_else(broken)?;
                let figure = |i: usize| -> Result<Option<u64>, AssetError> {
                    if key & (1 << i) == 0 {
                        return Ok(None);
                    }
                    mean.checked_add(diffs[i])
                        .ok_or_else(broken)
                        .and_then(dollars)
                        .map(Some)
                };
                Ok(AreaPay(
                    area(key >> 3)?,
                    dollars(mean)?,
                    figure(0)?,
                    figure(1)?,
                    figure(2)?,
                ))
            })
            .collect()
    }
}
