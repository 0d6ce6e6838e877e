//! Scoring: confusion matrix, per-class precision/recall/F1, accuracy, macro- and weighted F1,
//! and seeded (optionally grouped) k-fold cross-validation.
//!
//! Precision and recall are computed here rather than taken from linfa 0.8's
//! `ConfusionMatrix`, which reports the two swapped (its F1 agrees; a test cross-checks).
//! Undefined values (a class never predicted, never present) are NaN, shown as `--------`.

pub mod articles;
mod cv;

pub use cv::{cross_validate, fold_assignment, pick_by_cv, CvResult, Pick};

use serde::{Serialize, Serializer};

/// Scores of one class.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ClassMetrics {
    pub label: String,
    #[serde(serialize_with = "nan_as_null")]
    pub precision: f64,
    #[serde(serialize_with = "nan_as_null")]
    pub recall: f64,
    #[serde(serialize_with = "nan_as_null")]
    pub f1: f64,
    pub support: usize,
}

/// Scores of a labeling against gold.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Metrics {
    pub labels: Vec<String>,
    pub n: usize,
    #[serde(serialize_with = "nan_as_null")]
    pub accuracy: f64,
    #[serde(serialize_with = "nan_as_null")]
    pub macro_f1: f64,
    #[serde(serialize_with = "nan_as_null")]
    pub weighted_f1: f64,
    pub per_class: Vec<ClassMetrics>,
    /// `confusion_matrix[gold][predicted]`.
    pub confusion_matrix: Vec<Vec<usize>>,
}

fn nan_as_null<S: Serializer>(v: &f64, s: S) -> Result<S::Ok, S::Error> {
    if v.is_finite() {
        s.serialize_f64(*v)
    } else {
        s.serialize_none()
    }
}

impl Metrics {
    /// Scores `predicted` against `gold` (class indices into `labels`).
    pub fn new(labels: &[String], gold: &[usize], predicted: &[usize]) -> Metrics {
        assert_eq!(gold.len(), predicted.len(), "one prediction per gold label");
        let k = labels.len();
        let mut cm = vec![vec![0usize; k]; k];
        for (&g, &p) in gold.iter().zip(predicted) {
            cm[g][p] += 1;
        }
        let n = gold.len();
        let correct: usize = (0..k).map(|c| cm[c][c]).sum();
        let per_class: Vec<ClassMetrics> = (0..k)
            .map(|c| {
                let tp = cm[c][c] as f64;
                let support: usize = cm[c].iter().sum();
                let predicted: usize = (0..k).map(|g| cm[g][c]).sum();
                let precision = if predicted == 0 {
                    f64::NAN
                } else {
                    tp / predicted as f64
                };
                let recall = if support == 0 {
                    f64::NAN
                } else {
                    tp / support as f64
                };
                let f1 = if support == 0 && predicted == 0 {
                    f64::NAN
                } else if tp == 0.0 {
                    0.0
                } else {
                    2.0 * precision * recall / (precision + recall)
                };
                ClassMetrics {
                    label: labels[c].clone(),
                    precision,
                    recall,
                    f1,
                    support,
                }
            })
            .collect();
        let defined: Vec<f64> = per_class
            .iter()
            .map(|m| m.f1)
            .filter(|f| f.is_finite())
            .collect();
        let macro_f1 = if defined.is_empty() {
            f64::NAN
        } else {
            defined.iter().sum::<f64>() / defined.len() as f64
        };
        let weighted_f1 = if n == 0 {
            f64::NAN
        } else {
            per_class
                .iter()
                .filter(|m| m.f1.is_finite())
                .map(|m| m.f1 * m.support as f64)
                .sum::<f64>()
                / n as f64
        };
        Metrics {
            labels: labels.to_vec(),
            n,
            accuracy: if n == 0 {
                f64::NAN
            } else {
                correct as f64 / n as f64
            },
            macro_f1,
            weighted_f1,
            per_class,
            confusion_matrix: cm,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use linfa::prelude::ToConfusionMatrix;
    use ndarray::Array1;

    fn labels() -> Vec<String> {
        ["hostile", "skeptical", "supportive"]
            .iter()
            .map(|s| s.to_string())
            .collect()
    }

    #[test]
    fn hand_computed_example() {
        // gold:      0 0 0 1 1 2
        // predicted: 0 0 1 1 2 2
        let m = Metrics::new(&labels(), &[0, 0, 0, 1, 1, 2], &[0, 0, 1, 1, 2, 2]);
        assert_eq!(
            m.confusion_matrix,
            vec![vec![2, 1, 0], vec![0, 1, 1], vec![0, 0, 1]]
        );
        assert!((m.accuracy - 4.0 / 6.0).abs() < 1e-12);
        let c0 = &m.per_class[0];
        assert_eq!((c0.precision, c0.recall), (1.0, 2.0 / 3.0));
        let c2 = &m.per_class[2];
        assert_eq!((c2.precision, c2.recall), (0.5, 1.0));
        let f1s = [0.8, 0.5, 2.0 / 3.0];
        for (m, f) in m.per_class.iter().zip(f1s) {
            assert!((m.f1 - f).abs() < 1e-12, "{}", m.label);
        }
        assert!((m.macro_f1 - (0.8 + 0.5 + 2.0 / 3.0) / 3.0).abs() < 1e-12);
        assert!((m.weighted_f1 - (0.8 * 3.0 + 0.5 * 2.0 + 2.0 / 3.0) / 6.0).abs() < 1e-12);
    }

    #[test]
    fn f1_agrees_with_linfa_and_its_precision_recall_are_swapped() {
        let gold = [0usize, 0, 0, 1, 1, 2, 2, 2, 2, 1];
        let pred = [0usize, 1, 0, 1, 2, 2, 2, 0, 2, 1];
        let ours = Metrics::new(&labels(), &gold, &pred);
        let cm = Array1::from(pred.to_vec())
            .confusion_matrix(Array1::from(gold.to_vec()))
            .unwrap();
        let theirs_f1 = cm.f1_score();
        let ours_f1 = ours.per_class.iter().map(|c| c.f1).sum::<f64>() / 3.0;
        assert!(
            (theirs_f1 as f64 - ours_f1).abs() < 1e-6,
            "{theirs_f1} vs {ours_f1}"
        );
        // Class-0 precision and recall differ here; linfa 0.8 reports one as the other.
        let c0 = &ours.per_class[0];
        assert!((c0.precision - 2.0 / 3.0).abs() < 1e-12);
        assert!((c0.recall - 2.0 / 3.0).abs() < 1e-12);
        let c1 = &ours.per_class[1];
        assert!((c1.precision - 2.0 / 3.0).abs() < 1e-12 && (c1.recall - 2.0 / 3.0).abs() < 1e-12);
        let c2 = &ours.per_class[2];
        assert!((c2.precision - 0.75).abs() < 1e-12 && (c2.recall - 0.75).abs() < 1e-12);
    }

    #[test]
    fn undefined_is_nan_and_null_in_json() {
        let m = Metrics::new(&labels(), &[0, 0], &[0, 0]);
        assert!(m.per_class[1].precision.is_nan());
        assert!(m.per_class[1].f1.is_nan());
        assert_eq!(m.macro_f1, 1.0);
        let json = serde_json::to_value(&m).unwrap();
        assert!(json["per_class"][1]["precision"].is_null());
    }
}
