//! `assets/similar.bin`: each occupation's most similar occupations (by index into the codes,
//! with the 0–100 similarity) and every pair's similarity, one byte a pair.

use serde::{Deserialize, Serialize};

use super::{AssetError, pack, unpack, unpack_value};

const SIMILAR_TAG: [u8; 4] = *b"CSS1";

#[derive(Serialize, Deserialize)]
struct SimilarFile<'a> {
    tag: [u8; 4],
    /// Packed `(codes, neighbours)`.
    #[serde(borrow)]
    lists: &'a [u8],
    /// Every pair's similarity, row by row in the order of the codes, LZ4-compressed.
    #[serde(borrow)]
    matrix: &'a [u8],
}

/// The similarity of the occupations to each other (docs/SIMILARITY.md).
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Similarity {
    /// Every occupation's SOC code, in the order of the lists and the matrix.
    pub codes: Vec<String>,
    /// Each occupation's most similar occupations, most similar first: (index into `codes`,
    /// 0–100 similarity).
    pub neighbours: Vec<Vec<(u16, u8)>>,
    /// Every pair's 0–100 similarity, one byte a pair, row by row.
    pub matrix: Vec<u8>,
}

/// The similarity asset for `s`.
pub fn encode_similar(s: &Similarity) -> Vec<u8> {
    let file = SimilarFile {
        tag: SIMILAR_TAG,
        lists: &pack(&(&s.codes, &s.neighbours)),
        matrix: &lz4_flex::compress_prepend_size(&s.matrix),
    };
    postcard::to_allocvec(&file).unwrap_or_default()
}

/// The similarity asset in `bytes`, read whole.
///
/// # Errors
/// The bytes are not a similarity asset, or a part is broken or of the wrong size.
pub fn decode_similar(bytes: &[u8]) -> Result<Similarity, AssetError> {
    let file: SimilarFile =
        postcard::from_bytes(bytes).map_err(|e| AssetError::new(format!("similar: {e}")))?;
    if file.tag != SIMILAR_TAG {
        return Err(AssetError::new("not a similarity asset of this version"));
    }
    let (codes, neighbours): (Vec<String>, Vec<Vec<(u16, u8)>>) =
        unpack_value(file.lists, "the similar occupations")?;
    let matrix = unpack(file.matrix, "the similarity matrix")?;
    let n = codes.len();
    let fits = neighbours.len() == n
        && matrix.len() == n * n
        && neighbours
            .iter()
            .flatten()
            .all(|(i, _)| usize::from(*i) < n);
    if !fits {
        return Err(AssetError::new(
            "the similarity lists or matrix do not fit the codes",
        ));
    }
    Ok(Similarity {
        codes,
        neighbours,
        matrix,
    })
}
