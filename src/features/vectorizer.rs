//! The fitted vectorizer: feature index (vocabulary or hashing), IDF fitted on training data,
//! and the TF-IDF + L2 transform. IDF is part of the model, never recomputed at prediction.

use super::extract::{FeatureSink, Scratch};
use super::HashScratch;
use super::{Extractor, FeatureConfig, Input, SparseRecords};
use crate::text::TokenizerConfig;
use rayon::prelude::*;
use serde::{Deserialize, Serialize};
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

/// How feature names map to columns.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "type")]
pub enum IndexMode {
    /// A vocabulary of features seen in at least `min_df` training records, at most
    /// `max_features` of them (most frequent first).
    Vocabulary {
        min_df: u32,
        max_features: Option<usize>,
    },
    /// Signed feature hashing into `2^bits` columns: no vocabulary, constant memory.
    Hashing { bits: u32 },
}

/// FNV output is already mixed, so the map can use it as is.
#[derive(Default)]
struct IdentityHasher(u64);

impl Hasher for IdentityHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, _: &[u8]) {
        unreachable!("only u64 keys are hashed")
    }
    fn write_u64(&mut self, n: u64) {
        self.0 = n;
    }
}

type HashIndex = HashMap<u64, u32, BuildHasherDefault<IdentityHasher>>;

/// What a saved model stores of the vectorizer.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct VectorizerState {
    pub tokenizer: TokenizerConfig,
    pub features: FeatureConfig,
    /// Feature names by column (vocabulary mode; empty when hashing).
    pub vocabulary: Vec<String>,
    /// IDF weight by column.
    #[serde(with = "crate::packed")]
    pub idf: Vec<f32>,
}

/// Text to TF-IDF rows. Built by [`Vectorizer::fit`] or loaded from a model.
#[derive(Debug, Clone)]
pub struct Vectorizer {
    state: VectorizerState,
    extractor: Extractor,
    index: HashIndex,
}

impl Serialize for Vectorizer {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        self.state.serialize(s)
    }
}

impl<'de> Deserialize<'de> for Vectorizer {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let state = VectorizerState::deserialize(d)?;
        Vectorizer::from_state(state).map_err(serde::de::Error::custom)
    }
}

/// Per-thread buffers for [`Vectorizer::transform_into`].
#[derive(Default)]
pub struct TransformScratch {
    hashes: Vec<u64>,
    doc: Vec<(u64, u32)>,
    columns: Vec<(u32, f32)>,
}

impl Vectorizer {
    /// Rebuilds the lookup structures of a saved vectorizer, checking its shape.
    pub fn from_state(state: VectorizerState) -> Result<Self, String> {
        state.features.check().map_err(|e| e.to_string())?;
        let n = match state.features.index {
            IndexMode::Vocabulary { .. } => state.vocabulary.len(),
            IndexMode::Hashing { bits } => {
                if !state.vocabulary.is_empty() {
                    return Err("a hashing vectorizer has a vocabulary".into());
                }
                1usize << bits
            }
        };
        if let Some(w) = state
            .idf
            .iter()
            .find(|w| !w.is_finite() || **w < 0.0 || **w > 1e4)
        {
            return Err(format!("idf value {w} is out of range (0..=10000)"));
        }
        if state.idf.len() != n {
            return Err(format!(
                "idf has {} entries but there are {n} features",
                state.idf.len()
            ));
        }
        let mut index =
            HashIndex::with_capacity_and_hasher(state.vocabulary.len(), Default::default());
        for (i, name) in state.vocabulary.iter().enumerate() {
            if index.insert(super::feature_hash(name), i as u32).is_some() {
                return Err(format!("vocabulary lists {name:?} twice"));
            }
        }
        let extractor = Extractor::new(state.tokenizer.clone(), state.features.clone());
        Ok(Vectorizer {
            state,
            extractor,
            index,
        })
    }

    /// The feature hash of every vocabulary column, in column order (read from the index,
    /// not hashed again).
    pub(crate) fn feature_hashes(&self) -> Vec<u64> {
        let mut hashes = vec![0u64; self.state.vocabulary.len()];
        for (&hash, &column) in &self.index {
            hashes[column as usize] = hash;
        }
        hashes
    }

    /// Learns the feature index and IDF from `inputs` and returns their rows.
    pub fn fit(
        tokenizer: TokenizerConfig,
        features: FeatureConfig,
        inputs: &[Input<'_>],
    ) -> crate::Result<(Vectorizer, SparseRecords)> {
        features.check()?;
        let extractor = Extractor::new(tokenizer.clone(), features.clone());
        // Pass 1: per-record feature hashes with counts, in parallel but in input order.
        let docs: Vec<Vec<(u64, u32)>> = inputs
            .par_chunks(512)
            .flat_map_iter(|chunk| {
                HashScratch::with_local(|scratch| {
                    let mut hashes = Vec::new();
                    chunk
                        .iter()
                        .map(|input| {
                            hashes.clear();
                            extractor.hashes(*input, scratch, &mut hashes);
                            let mut doc = Vec::with_capacity(hashes.len());
                            counted(&mut hashes, &mut doc);
                            doc
                        })
                        .collect::<Vec<_>>()
                })
            })
            .collect();
        let n_docs = docs.len();

        let (vocabulary, index, n_features) = match &features.index {
            IndexMode::Vocabulary {
                min_df,
                max_features,
            } => {
                let mut df: HashIndex = HashIndex::default();
                for doc in &docs {
                    for &(h, _) in doc {
                        *df.entry(h).or_insert(0) += 1;
                    }
                }
                df.retain(|_, d| *d >= (*min_df).max(1));
                let names = name_features(&extractor, inputs, &df);
                // Names come from the reference extractor, hashes from the fast one: a hash
                // without a name means the two disagree, and the model would be wrong.
                if names.len() != df.len() {
                    return Err(crate::Error::Training(format!(
                        "internal error: {} of {} features have no name",
                        df.len() - names.len(),
                        df.len()
                    )));
                }
                let mut kept: Vec<(String, u32)> =
                    names.into_iter().map(|(h, name)| (name, df[&h])).collect();
                if let Some(max) = max_features {
                    kept.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
                    kept.truncate(*max);
                }
                let mut vocabulary: Vec<String> = kept.into_iter().map(|(n, _)| n).collect();
                vocabulary.sort();
                let mut index = HashIndex::default();
                for (i, name) in vocabulary.iter().enumerate() {
                    index.insert(super::feature_hash(name), i as u32);
                }
                let n = vocabulary.len();
                (vocabulary, index, n)
            }
            IndexMode::Hashing { bits } => (Vec::new(), HashIndex::default(), 1usize << bits),
        };
        if n_features == 0 {
            return Err(crate::Error::Training(format!(
                "no feature occurs in at least the minimum number of records ({n_docs} records); lower --min-df or add data"
            )));
        }

        // IDF: document frequency per column.
        let mut idf = vec![0f32; n_features];
        if features.idf {
            let mut df = vec![0u32; n_features];
            let mut seen: Vec<u32> = Vec::new();
            for doc in &docs {
                seen.clear();
                seen.extend(
                    doc.iter()
                        .filter_map(|&(h, _)| column(&features.index, &index, h).map(|(j, _)| j)),
                );
                seen.sort_unstable();
                seen.dedup();
                for &j in &seen {
                    df[j as usize] += 1;
                }
            }
            for (w, d) in idf.iter_mut().zip(&df) {
                *w = (((1 + n_docs) as f64 / (1 + *d) as f64).ln() + 1.0) as f32;
            }
        } else {
            idf.iter_mut().for_each(|w| *w = 1.0);
        }

        let vectorizer = Vectorizer {
            state: VectorizerState {
                tokenizer,
                features,
                vocabulary,
                idf,
            },
            extractor,
            index,
        };
        let rows: Vec<Vec<(u32, f32)>> = docs
            .par_chunks(512)
            .flat_map_iter(|chunk| {
                chunk
                    .iter()
                    .map(|doc| {
                        let mut cols = Vec::new();
                        vectorizer.weigh(doc, &mut cols);
                        cols
                    })
                    .collect::<Vec<_>>()
            })
            .collect();
        let mut records = SparseRecords::new(n_features);
        for r in &rows {
            records.push_row(r);
        }
        Ok((vectorizer, records))
    }

    pub fn n_features(&self) -> usize {
        self.state.idf.len()
    }

    pub fn state(&self) -> &VectorizerState {
        &self.state
    }

    pub fn extractor(&self) -> &Extractor {
        &self.extractor
    }

    /// Name of column `j` (hashing mode has no names: `#j`).
    pub fn feature_name(&self, j: usize) -> String {
        match self.state.vocabulary.get(j) {
            Some(n) => n.clone(),
            None => format!("#{j}"),
        }
    }

    /// The column of a feature name, if the model has it.
    pub fn column_of(&self, name: &str) -> Option<u32> {
        column(
            &self.state.features.index,
            &self.index,
            super::feature_hash(name),
        )
        .map(|(j, _)| j)
    }

    /// TF-IDF row of one input into `scratch.columns` (sorted by column, L2-normalized).
    pub fn transform_into<'s>(
        &self,
        input: Input<'_>,
        scratch: &'s mut TransformScratch,
    ) -> &'s [(u32, f32)] {
        scratch.hashes.clear();
        // The thread's word cache, not one per scratch: `explain` makes a scratch per call.
        HashScratch::with_local(|words| self.extractor.hashes(input, words, &mut scratch.hashes));
        counted(&mut scratch.hashes, &mut scratch.doc);
        self.weigh(&scratch.doc, &mut scratch.columns);
        &scratch.columns
    }

    /// TF-IDF rows of many inputs, in parallel, in input order.
    pub fn transform(&self, inputs: &[Input<'_>]) -> SparseRecords {
        let parts: Vec<SparseRecords> = inputs
            .par_chunks(256)
            .map(|chunk| {
                let mut scratch = TransformScratch::default();
                let mut m = SparseRecords::new(self.n_features());
                for input in chunk {
                    m.push_row(self.transform_into(*input, &mut scratch));
                }
                m
            })
            .collect();
        let mut out = SparseRecords::new(self.n_features());
        for p in &parts {
            out.extend(p);
        }
        out
    }

    /// Hash counts → sorted, weighted, normalized columns.
    fn weigh(&self, doc: &[(u64, u32)], out: &mut Vec<(u32, f32)>) {
        let features = &self.state.features;
        out.clear();
        for &(h, c) in doc {
            if let Some((j, sign)) = column(&features.index, &self.index, h) {
                out.push((j, sign * c as f32));
            }
        }
        // Columns hit by several hashes (hashing collisions) are summed.
        merge_by_column(out, |e| e.0, |a, b| a.1 += b.1);
        let mut norm = 0f32;
        for e in out.iter_mut() {
            e.1 = term_frequency(e.1, features.sublinear_tf) * self.state.idf[e.0 as usize];
            norm += e.1 * e.1;
        }
        out.retain(|e| e.1 != 0.0);
        if norm > 0.0 {
            let inv = 1.0 / norm.sqrt();
            out.iter_mut().for_each(|e| e.1 *= inv);
        }
    }
}

/// Column and sign of a feature hash.
#[inline]
fn column(mode: &IndexMode, index: &HashIndex, h: u64) -> Option<(u32, f32)> {
    match mode {
        IndexMode::Vocabulary { .. } => index.get(&h).map(|&j| (j, 1.0)),
        IndexMode::Hashing { bits } => {
            let j = (h & ((1u64 << bits) - 1)) as u32;
            let sign = if h >> 63 == 1 { -1.0 } else { 1.0 };
            Some((j, sign))
        }
    }
}

/// Sorts `entries` by column and folds each run of one column into its first entry with `add`.
pub(crate) fn merge_by_column<T: Copy>(
    entries: &mut Vec<T>,
    column: impl Fn(&T) -> u32,
    add: impl Fn(&mut T, &T),
) {
    entries.sort_unstable_by_key(&column);
    let mut w = 0;
    for r in 0..entries.len() {
        if w > 0 && column(&entries[w - 1]) == column(&entries[r]) {
            let next = entries[r];
            add(&mut entries[w - 1], &next);
        } else {
            entries[w] = entries[r];
            w += 1;
        }
    }
    entries.truncate(w);
}

/// The TF weight of a (signed) count: `1 + ln |c|` with its sign when `sublinear`.
#[inline]
pub(crate) fn term_frequency(count: f32, sublinear: bool) -> f32 {
    // A count of one (most features) is its own sublinear TF: 1 + ln 1 = 1 exactly.
    if sublinear && count.abs() > 0.0 && count.abs() != 1.0 {
        count.signum() * (1.0 + count.abs().ln())
    } else {
        count
    }
}

/// Sorts hashes and counts repeats into `out`.
fn counted(hashes: &mut [u64], out: &mut Vec<(u64, u32)>) {
    hashes.sort_unstable();
    out.clear();
    for &h in hashes.iter() {
        match out.last_mut() {
            Some((last, c)) if *last == h => *c += 1,
            _ => out.push((h, 1)),
        }
    }
}

/// Names of the hashes in `wanted`, found by re-extracting with names (only training pays this).
fn name_features(
    extractor: &Extractor,
    inputs: &[Input<'_>],
    wanted: &HashIndex,
) -> Vec<(u64, String)> {
    let found: Vec<HashMap<u64, String>> = inputs
        .par_chunks(1024)
        .map(|chunk| {
            let mut scratch = Scratch::default();
            let mut named = NamedSink {
                wanted,
                found: HashMap::new(),
            };
            for input in chunk {
                extractor.features(*input, &mut scratch, &mut named);
            }
            named.found
        })
        .collect();
    let mut all: HashMap<u64, String> = HashMap::new();
    for part in found {
        for (h, n) in part {
            all.entry(h).or_insert(n);
        }
    }
    let mut out: Vec<(u64, String)> = all.into_iter().collect();
    out.sort_unstable_by(|a, b| a.1.cmp(&b.1));
    out
}

struct NamedSink<'a> {
    wanted: &'a HashIndex,
    found: HashMap<u64, String>,
}

impl FeatureSink for NamedSink<'_> {
    fn emit(&mut self, parts: &[&str]) {
        let mut h = super::Fnv::new();
        for p in parts {
            h.write(p.as_bytes());
        }
        let h = h.finish();
        if self.wanted.contains_key(&h) && !self.found.contains_key(&h) {
            self.found.insert(h, parts.concat());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts() -> Vec<&'static str> {
        vec![
            "we welcome the withdrawal",
            "we reject the withdrawal",
            "too early to welcome it",
            "the withdrawal is a betrayal",
        ]
    }

    #[test]
    fn vocabulary_respects_min_df_and_rows_are_unit_length() {
        let inputs: Vec<Input> = texts().into_iter().map(Input::text).collect();
        let config = FeatureConfig {
            char_ngrams: None,
            word_ngrams: (1, 1),
            lexicon_features: false,
            index: IndexMode::Vocabulary {
                min_df: 2,
                max_features: None,
            },
            ..FeatureConfig::default()
        };
        let (v, rows) = Vectorizer::fit(TokenizerConfig::default(), config, &inputs).unwrap();
        assert_eq!(
            v.state().vocabulary,
            ["w:the", "w:we", "w:welcom", "w:withdraw"]
        );
        for i in 0..rows.nrows() {
            let norm: f32 = rows.row(i).1.iter().map(|x| x * x).sum();
            assert!((norm - 1.0).abs() < 1e-5);
        }
        // IDF is stored: transforming one record alone gives the row it had in training.
        let again = v.transform(&inputs[..1]);
        assert_eq!(again.row(0), rows.row(0));
    }

    #[test]
    fn hashing_mode_has_no_vocabulary() {
        let inputs: Vec<Input> = texts().into_iter().map(Input::text).collect();
        let config = FeatureConfig {
            index: IndexMode::Hashing { bits: 10 },
            ..FeatureConfig::default()
        };
        let (v, rows) = Vectorizer::fit(TokenizerConfig::default(), config, &inputs).unwrap();
        assert_eq!(v.n_features(), 1024);
        assert!(v.state().vocabulary.is_empty());
        assert_eq!(rows.nrows(), 4);
        assert!(rows.nnz() > 10);
    }

    #[test]
    fn state_with_wrong_shape_is_refused() {
        let inputs: Vec<Input> = texts().into_iter().map(Input::text).collect();
        let (v, _) = Vectorizer::fit(
            TokenizerConfig::default(),
            FeatureConfig::default(),
            &inputs,
        )
        .unwrap();
        let mut state = v.state().clone();
        state.idf.pop();
        assert!(Vectorizer::from_state(state)
            .unwrap_err()
            .contains("idf has"));
    }
}
