//! Seeded k-fold cross-validation; with groups, all records of a group share a fold.

use super::Metrics;
use crate::corpus::Record;
use crate::pipeline::{label_indices, Classifier, TrainConfig};
use crate::{Error, Result};
use rayon::prelude::*;
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
    let mut members = shuffled_groups(groups, seed);
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

/// The outcome of [`pick_by_cv`].
#[derive(Debug, Clone, Serialize)]
pub struct Pick {
    /// Index of the best candidate.
    pub index: usize,
    /// Pooled out-of-fold macro-F1 of each candidate.
    pub macro_f1: Vec<f64>,
    /// Records the folds were drawn from (all, or the sample).
    pub records: usize,
}

/// The candidate configuration whose k-fold cross-validation scores best (pooled macro-F1;
/// the earlier candidate wins a tie), on at most `max_records` records: whole groups drawn
/// by the first candidate's seed, so the choice costs the same on a large corpus as on a
/// moderate one. Every candidate is scored on the same folds and the full label set.
pub fn pick_by_cv(
    records: &[Record],
    candidates: &[TrainConfig],
    k: usize,
    max_records: Option<usize>,
    mut on_scored: impl FnMut(usize, f64),
) -> Result<Pick> {
    let first = candidates
        .first()
        .ok_or_else(|| Error::InvalidParams("no candidate settings to cross-validate".into()))?;
    let labels = first.label_set(records);
    let sample;
    let records = match max_records {
        Some(limit) if records.len() > limit => {
            sample = sample_groups(records, limit, first.seed);
            &sample[..]
        }
        _ => records,
    };
    // Candidates are independent fits, run side by side (training itself is mostly one
    // thread); each is deterministic, so the scores do not depend on the thread count.
    let macro_f1: Vec<f64> = candidates
        .par_iter()
        .map(|candidate| {
            let mut config = candidate.clone();
            config.labels = Some(labels.clone());
            Ok(cross_validate(records, &config, k)?.metrics.macro_f1)
        })
        .collect::<Result<_>>()?;
    for (i, &f1) in macro_f1.iter().enumerate() {
        on_scored(i, f1);
    }
    let index = (0..macro_f1.len()).fold(0, |best, i| {
        if macro_f1[i] > macro_f1[best] {
            i
        } else {
            best
        }
    });
    Ok(Pick {
        index,
        macro_f1,
        records: records.len(),
    })
}

/// The indices of each group (a record without a group is a group of its own), the groups
/// shuffled by `seed`.
fn shuffled_groups(groups: &[Option<&str>], seed: u64) -> Vec<Vec<usize>> {
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
    members
}

/// Whole groups (or single records), shuffled by `seed`, taken until at least `limit`
/// records; in their original order.
fn sample_groups(records: &[Record], limit: usize, seed: u64) -> Vec<Record> {
    let names: Vec<Option<&str>> = records.iter().map(|r| r.group.as_deref()).collect();
    // A different stream from the fold shuffle's, so the sample is not the first folds.
    let groups = shuffled_groups(&names, seed ^ 0x5a4d_504c_4553_0001);
    let mut taken = Vec::new();
    for g in groups {
        if taken.len() >= limit {
            break;
        }
        taken.extend(g);
    }
    taken.sort_unstable();
    taken.into_iter().map(|i| records[i].clone()).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn record(i: usize, text: String, label: &str, group: Option<String>) -> Record {
        Record {
            source: "test".into(),
            line: i + 1,
            id: i.to_string(),
            text,
            label: Some(label.into()),
            group,
            context: None,
            verb: None,
            split: None,
        }
    }

    /// Every word is new (a random stem) and only its ending tells the label: word features
    /// cannot generalize across records, character n-grams can.
    fn suffix_records(n: usize) -> Vec<Record> {
        let mut rng = SplitMix(3);
        (0..n)
            .map(|i| {
                let (label, ending) = [("pro", "ovic"), ("anti", "uzek")][i % 2];
                let words: Vec<String> = (0..3)
                    .map(|_| format!("q{:x}{ending}", rng.next() % 1_000_000_007))
                    .collect();
                record(i, words.join(" "), label, None)
            })
            .collect()
    }

    #[test]
    fn pick_by_cv_prefers_the_settings_that_generalize() {
        let records = suffix_records(120);
        let word_only = TrainConfig::default();
        let with_chars = TrainConfig {
            features: crate::features::FeatureConfig {
                char_ngrams: Some((2, 5)),
                ..Default::default()
            },
            ..TrainConfig::default()
        };
        for candidates in [
            [word_only.clone(), with_chars.clone()],
            [with_chars, word_only],
        ] {
            let pick = pick_by_cv(&records, &candidates, 3, None, |_, _| {}).unwrap();
            let best = &candidates[pick.index];
            assert_eq!(best.features.char_ngrams, Some((2, 5)), "{pick:?}");
            assert!(pick.macro_f1[pick.index] > 0.9, "{pick:?}");
            assert_eq!(pick.records, 120);
        }
    }

    #[test]
    fn samples_are_whole_groups_and_reach_the_limit() {
        let records: Vec<Record> = (0..200)
            .map(|i| record(i, format!("text {i}"), "a", Some(format!("g{}", i / 7))))
            .collect();
        let sample = sample_groups(&records, 50, 9);
        assert!((50..57).contains(&sample.len()), "{}", sample.len());
        for r in &sample {
            let group = r.group.as_deref();
            let whole = records
                .iter()
                .filter(|o| o.group.as_deref() == group)
                .count();
            let kept = sample
                .iter()
                .filter(|o| o.group.as_deref() == group)
                .count();
            assert_eq!(kept, whole, "group {group:?} split");
        }
        assert!(
            sample.windows(2).all(|w| w[0].line < w[1].line),
            "input order"
        );
        let again: Vec<usize> = sample_groups(&records, 50, 9)
            .iter()
            .map(|r| r.line)
            .collect();
        assert_eq!(again, sample.iter().map(|r| r.line).collect::<Vec<_>>());
    }

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
