//! The classifier compiled for prediction: a vocabulary model's feature index and IDF and its
//! weights fused into one open-addressing table, so scoring a feature reads one cache line
//! instead of four (hash-map control bytes, bucket, IDF entry, weight row). With the default
//! model's 120k features those structures (~4 MB) do not fit in L2, and prediction was bound
//! by the misses. A hashing model has no index to fuse (the column is the hash), so it is
//! scored from the vectorizer's IDF and the model's weights as they are, not copied.
//!
//! The arithmetic is the vectorizer's and the model's, step for step (counts per column in
//! column order, sublinear TF, IDF, L2 norm, dot product, softmax), so a prediction has the
//! same bits as `model.probabilities_entries(vectorizer.transform_into(..))`; a test checks it.

use crate::features::{merge_by_column, term_frequency, IndexMode, Vectorizer};
use crate::model::FittedLogistic;

/// Eight words, aligned so that a slot of one block never straddles a cache line.
#[derive(Clone, Copy, Default)]
#[repr(C, align(32))]
struct Block([u32; 8]);

/// Word layout of a slot: the feature hash (two words), the column, the IDF, then one weight
/// per class.
const HASH_LO: usize = 0;
const HASH_HI: usize = 1;
const COLUMN: usize = 2;
const IDF: usize = 3;
const WEIGHTS: usize = 4;
/// `COLUMN` of a free slot.
const EMPTY: u32 = u32::MAX;

/// One scored occurrence: (column, slot, signed count).
type Entry = (u32, u32, f32);

/// Buffers [`Scorer::probabilities`] reuses.
#[derive(Default)]
pub(crate) struct ScoreScratch {
    entries: Vec<Entry>,
    keys: Vec<u64>,
}

#[derive(Clone)]
pub(crate) struct Scorer {
    blocks: Vec<Block>,
    blocks_per_slot: usize,
    n_slots: usize,
    /// Hashing mode: the column is the hash's low `bits` and the slot is the column.
    hash_bits: Option<u32>,
    sublinear_tf: bool,
    intercept: Vec<f32>,
}

impl std::fmt::Debug for Scorer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Scorer")
            .field("slots", &self.n_slots)
            .finish()
    }
}

impl Scorer {
    pub(crate) fn new(vectorizer: &Vectorizer, model: &FittedLogistic) -> Scorer {
        let state = vectorizer.state();
        let k = model.n_classes();
        let blocks_per_slot = (WEIGHTS + k).div_ceil(8);
        let n_features = vectorizer.n_features();
        let hash_bits = match state.features.index {
            IndexMode::Hashing { bits } => Some(bits),
            IndexMode::Vocabulary { .. } => None,
        };
        // Linear probing stays short below two-thirds full.
        let n_slots = match hash_bits {
            Some(_) => 0,
            None => (n_features * 3 / 2).max(8),
        };
        let mut scorer = Scorer {
            blocks: vec![Block([EMPTY; 8]); n_slots * blocks_per_slot],
            blocks_per_slot,
            n_slots,
            hash_bits,
            sublinear_tf: state.features.sublinear_tf,
            intercept: (0..k).map(|c| model.intercept(c)).collect(),
        };
        // Inserted in the order of their home slots, so the table is written front to back
        // rather than at random (a cache and TLB miss per feature: most of a CLI run's
        // start-up). Where a feature lands does not change a score: entries are summed in
        // column order. A counting sort by home slot (columns ascending within one), since a
        // comparison sort of the ~150k features was most of building the table.
        let hashes = vectorizer.feature_hashes();
        let homes: Vec<u32> = hashes.iter().map(|&h| scorer.home(h) as u32).collect();
        let mut starts = vec![0u32; n_slots + 1];
        for &home in &homes {
            starts[home as usize + 1] += 1;
        }
        for i in 1..starts.len() {
            starts[i] += starts[i - 1];
        }
        let mut order = vec![0u32; homes.len()];
        for (j, &home) in homes.iter().enumerate() {
            let at = &mut starts[home as usize];
            order[*at as usize] = j as u32;
            *at += 1;
        }
        for j in order {
            let (j, hash) = (j as usize, hashes[j as usize]);
            let mut slot = homes[j] as usize;
            while scorer.word(slot, COLUMN) != EMPTY {
                slot = scorer.next(slot);
            }
            scorer.set(slot, HASH_LO, hash as u32);
            scorer.set(slot, HASH_HI, (hash >> 32) as u32);
            scorer.set(slot, COLUMN, j as u32);
            scorer.set(slot, IDF, state.idf[j].to_bits());
            for c in 0..k {
                scorer.set(slot, WEIGHTS + c, model.weight(j, c).to_bits());
            }
        }
        scorer
    }

    /// First slot to probe for `hash` (the high bits, by multiply-shift range reduction).
    #[inline]
    fn home(&self, hash: u64) -> usize {
        ((hash as u128 * self.n_slots as u128) >> 64) as usize
    }

    #[inline]
    fn word(&self, slot: usize, i: usize) -> u32 {
        self.blocks[slot * self.blocks_per_slot + i / 8].0[i % 8]
    }

    fn set(&mut self, slot: usize, i: usize, value: u32) {
        self.blocks[slot * self.blocks_per_slot + i / 8].0[i % 8] = value;
    }

    /// The column, slot and sign of a feature hash, if the model has the feature (hashing
    /// models: the slot is the column).
    #[inline]
    fn find(&self, hash: u64) -> Option<(u32, u32, f32)> {
        if let Some(bits) = self.hash_bits {
            let column = (hash & ((1u64 << bits) - 1)) as u32;
            return Some((column, column, if hash >> 63 == 1 { -1.0 } else { 1.0 }));
        }
        let mut slot = self.home(hash);
        loop {
            let column = self.word(slot, COLUMN);
            if column == EMPTY {
                return None;
            }
            if self.word(slot, HASH_LO) == hash as u32
                && self.word(slot, HASH_HI) == (hash >> 32) as u32
            {
                return Some((column, slot as u32, 1.0));
            }
            slot = self.next(slot);
        }
    }

    /// Loads the home slot of every hash before any probe branches on one. A probe is a
    /// likely cache miss (the default model's table is ~6 MB) followed by a branch on what it
    /// read, so probing feature after feature waits for the misses one at a time; plain loads
    /// with nothing depending on them are issued together and overlap.
    #[inline]
    fn warm(&self, hashes: &[u64]) {
        let mut any = 0u32;
        for &hash in hashes {
            any |= self.word(self.home(hash), COLUMN);
        }
        std::hint::black_box(any);
    }

    /// The slot after `slot`, wrapping (a compare, not a division: this is on every probe).
    #[inline]
    fn next(&self, slot: usize) -> usize {
        if slot + 1 == self.n_slots {
            0
        } else {
            slot + 1
        }
    }

    /// Class probabilities of the features `hashes` (repeats are term counts) into `out`;
    /// `scratch` holds reused buffers. `vectorizer` and `model` are the ones the scorer was built
    /// from (a hashing model's IDF and weights are read there).
    pub(crate) fn probabilities(
        &self,
        vectorizer: &Vectorizer,
        model: &FittedLogistic,
        hashes: &[u64],
        scratch: &mut ScoreScratch,
        out: &mut [f32],
    ) {
        let ScoreScratch { entries, keys } = scratch;
        let hashing = self.hash_bits.is_some();
        let idf = |slot: u32| match hashing {
            true => vectorizer.state().idf[slot as usize],
            false => f32::from_bits(self.word(slot as usize, IDF)),
        };
        let weight = |slot: u32, c: usize| match hashing {
            true => model.weight(slot as usize, c),
            false => f32::from_bits(self.word(slot as usize, WEIGHTS + c)),
        };
        entries.clear();
        if hashing {
            entries.extend(hashes.iter().filter_map(|&h| self.find(h)));
            // Repeats and hashing collisions: one entry per column, signed counts summed.
            merge_by_column(entries, |e| e.0, |a, b| a.2 += b.2);
        } else {
            // Column and slot packed in one word sort faster than the entries; a repeat is
            // the same word again (columns and slots are one to one, signs always +1).
            self.warm(hashes);
            keys.clear();
            keys.extend(
                hashes
                    .iter()
                    .filter_map(|&h| self.find(h))
                    .map(|(column, slot, _)| (column as u64) << 32 | slot as u64),
            );
            keys.sort_unstable();
            for &key in keys.iter() {
                match entries.last_mut() {
                    Some(last) if last.0 == (key >> 32) as u32 => last.2 += 1.0,
                    _ => entries.push(((key >> 32) as u32, key as u32, 1.0)),
                }
            }
        }
        let mut norm = 0f32;
        for e in entries.iter_mut() {
            e.2 = term_frequency(e.2, self.sublinear_tf) * idf(e.1);
            norm += e.2 * e.2;
        }
        let inv = if norm > 0.0 { 1.0 / norm.sqrt() } else { 1.0 };
        out.copy_from_slice(&self.intercept);
        for &(_, slot, value) in entries.iter() {
            if value == 0.0 {
                continue;
            }
            let v = if norm > 0.0 { value * inv } else { value };
            for (c, o) in out.iter_mut().enumerate() {
                *o += v * weight(slot, c);
            }
        }
        crate::model::softmax_in_place(out);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::features::{FeatureConfig, HashScratch, Input, TransformScratch};
    use crate::text::TokenizerConfig;

    /// Same bits as the vectorizer's row scored by the model, in both index modes, for
    /// features in and out of the vocabulary, repeats and hashing collisions.
    #[test]
    fn scores_equal_vectorizer_then_model() {
        let texts = [
            "we welcome the withdrawal, we welcome it",
            "we reject the withdrawal",
            "too early to welcome it, but a significant step",
            "the withdrawal is a betrayal",
        ];
        let inputs: Vec<Input> = texts.iter().map(|t| Input::text(t)).collect();
        for index in [
            IndexMode::Vocabulary {
                min_df: 1,
                max_features: None,
            },
            IndexMode::Hashing { bits: 8 },
        ] {
            let config = FeatureConfig {
                index,
                ..FeatureConfig::default()
            };
            let (vectorizer, _) =
                Vectorizer::fit(TokenizerConfig::default(), config, &inputs).unwrap();
            let (n, k) = (vectorizer.n_features(), 3);
            // Deterministic, varied weights.
            let weights = (0..n * k)
                .map(|i| ((i * 7919) % 23) as f32 / 7.0 - 1.5)
                .collect();
            let model = FittedLogistic::new(n, k, weights, vec![0.1, -0.2, 0.3]).unwrap();
            let scorer = Scorer::new(&vectorizer, &model);
            for text in texts
                .iter()
                .chain(&["unseen words only", "", "welcome welcome welcome"])
            {
                let input = Input::text(text);
                let mut want = vec![0f32; k];
                let mut transform = TransformScratch::default();
                let row = vectorizer.transform_into(input, &mut transform);
                model.probabilities_entries(row, &mut want);
                let mut hashes = Vec::new();
                vectorizer
                    .extractor()
                    .hashes(input, &mut HashScratch::default(), &mut hashes);
                let mut got = vec![0f32; k];
                scorer.probabilities(
                    &vectorizer,
                    &model,
                    &hashes,
                    &mut ScoreScratch::default(),
                    &mut got,
                );
                assert_eq!(got, want, "{text:?}");
            }
        }
    }
}
