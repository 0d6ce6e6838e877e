//! Seeded k-fold cross-validation; with groups, all records of a group share a fold.

use super::Metrics;
use crate::corpus::Record;
use crate::pipeline::{label_indices, Classifier, TrainConfig};
use crate::{Error, Result};
use serde::Serialize;
use std::collections::BTreeMap;

/// Pooled out-of-fold scores plus each fold's macro-F1.
#[derive(Debug, Clone, Serialize)]
pub struct CvResult {
    pub folds: usize,
    pub metrics: Metrics,
    pub fold_macro_f1: Vec<f64>,
    /// Out-of-fold predicted label index per record.
    #[serde(skip)]
    pub predicted: Vec<usize>,
    /// Out-of-fold probabilities per record.
    #[serde(skip)]
    pub probabilities: Vec<Vec<f32>>,
}

/// SplitMix64: a tiny, well-known generator whose output never changes between versions.
struct SplitMix(u64);

impl SplitMix {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }
}

/// Fold of each record: groups (or single records) shuffled by `seed`, then dealt largest
/// first to the emptiest fold, so folds are balanced and no group is split.
pub fn fold_assignment(groups: &[Option<&str>], k: usize, seed: u64) -> Vec<usize> {
    let mut by_group: BTreeMap<String, Vec<usize>> = BTreeMap::new();
    for (i, g) in groups.iter().enumerate() {
        let key = match g {
            Some(g) => format!("g:{g}"),
            None => format!("r:{i}"),
        };
        by_group.entry(key).or_default().push(i);
    }
    let mut members: Vec<Vec<usize>> = by_group.into_values().collect();
    let mut rng = SplitMix(seed);
    for i in (1..members.len()).rev() {
        let j = (rng.next() % (i as u64 + 1)) as usize;
        members.swap(i, j);
    }
    // Stable sort keeps the shuffled order among equal sizes.
    members.sort_by_key(|m| std::cmp::Reverse(m.len()));
    let mut sizes = vec![0usize; k];
    let mut fold = vec![0usize; groups.len()];
    for m in members {
        let f = (0..k).min_by_key(|&f| (sizes[f], f)).expect("k >= 1");
        sizes[f] += m.len();
        for i in m {
            fold[i] = f;
        }
    }
    fold
}

/// Trains on k−1 folds and predicts the k-th, k times.
pub fn cross_validate(records: &[Record], config: &TrainConfig, k: usize) -> Result<CvResult> {
    if k < 2 {
        return Err(Error::InvalidParams(format!(
            "--cv needs at least 2 folds, got {k}"
        )));
    }
    let labels = config.label_set(records);
    let gold = label_indices(records, &labels)?;
    let groups: Vec<Option<&str>> = records.iter().map(|r| r.group.as_deref()).collect();
    let distinct = {
        let mut g: Vec<_> = groups.iter().map(|g| g.unwrap_or("")).collect();
        g.sort();
        g.dedup();
        if groups.iter().all(Option::is_some) {
            g.len()
        } else {
            records.len()
        }
    };
    if distinct < k {
        return Err(Error::InvalidParams(format!(
            "--cv {k} needs at least {k} groups, found {distinct}"
        )));
    }
    let fold = fold_assignment(&groups, k, config.seed);
    let mut config = config.clone();
    config.labels = Some(labels.clone());
    let mut predicted = vec![0usize; records.len()];
    let mut probabilities = vec![Vec::new(); records.len()];
    let mut fold_macro_f1 = Vec::with_capacity(k);
    for f in 0..k {
        let train: Vec<Record> = (0..records.len())
            .filter(|&i| fold[i] != f)
            .map(|i| records[i].clone())
            .collect();
        let test: Vec<usize> = (0..records.len()).filter(|&i| fold[i] == f).collect();
        let model = Classifier::train(&train, &config, &mut |_, _| {})?;
        let inputs: Vec<_> = test.iter().map(|&i| records[i].input()).collect();
        let preds = model.predict_many(&inputs);
        let fold_gold: Vec<usize> = test.iter().map(|&i| gold[i]).collect();
        let fold_pred: Vec<usize> = preds.iter().map(|p| p.label).collect();
        fold_macro_f1.push(Metrics::new(&labels, &fold_gold, &fold_pred).macro_f1);
        for (&i, p) in test.iter().zip(preds) {
            predicted[i] = p.label;
            probabilities[i] = p.probabilities;
        }
    }
    Ok(CvResult {
        folds: k,
        metrics: Metrics::new(&labels, &gold, &predicted),
        fold_macro_f1,
        predicted,
        probabilities,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn groups_never_span_two_folds_and_folds_are_balanced() {
        let names = ["a", "a", "b", "c", "c", "c", "d", "e", "e", "f"];
        let groups: Vec<Option<&str>> = names.iter().map(|g| Some(*g)).collect();
        let fold = fold_assignment(&groups, 3, 7);
        for i in 0..names.len() {
            for j in 0..names.len() {
                if names[i] == names[j] {
                    assert_eq!(fold[i], fold[j]);
                }
            }
        }
        let mut sizes = [0; 3];
        fold.iter().for_each(|&f| sizes[f] += 1);
        assert!(sizes.iter().all(|&s| (3..=4).contains(&s)), "{sizes:?}");
        assert_eq!(
            fold,
            fold_assignment(&groups, 3, 7),
            "same seed, same folds"
        );
    }
}
