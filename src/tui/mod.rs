//! The explorer (being built).

use crate::model::Dataset;

pub fn run(_dataset: Dataset) -> anyhow::Result<()> {
    anyhow::bail!("the explorer is not built yet; use a command (see --help)")
}
