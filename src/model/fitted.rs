//! A fitted classifier: weights by feature and class, probabilities for every class.

use crate::features::SparseRecords;
use crate::Error;
use linfa::dataset::Records;
use linfa::traits::PredictInplace;
use ndarray::{Array1, Array2};
use serde::{Deserialize, Serialize};

/// Multinomial logistic regression weights; `weights[j * n_classes + c]` is feature `j`'s
/// weight for class `c` (row-major, so one feature's class weights sit together).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FittedLogistic {
    n_features: usize,
    n_classes: usize,
    #[serde(with = "crate::packed")]
    weights: Vec<f32>,
    intercept: Vec<f32>,
}

impl FittedLogistic {
    /// Checks the shapes agree.
    pub fn new(
        n_features: usize,
        n_classes: usize,
        weights: Vec<f32>,
        intercept: Vec<f32>,
    ) -> Result<Self, Error> {
        let m = FittedLogistic {
            n_features,
            n_classes,
            weights,
            intercept,
        };
        m.check()?;
        Ok(m)
    }

    /// Shape and finiteness check (also run on loaded models).
    pub fn check(&self) -> Result<(), Error> {
        if self.weights.len() != self.n_features * self.n_classes {
            return Err(Error::MismatchedShapes(
                self.weights.len(),
                self.n_features * self.n_classes,
            ));
        }
        if self.intercept.len() != self.n_classes {
            return Err(Error::MismatchedShapes(
                self.intercept.len(),
                self.n_classes,
            ));
        }
        if self.n_classes < 2 {
            return Err(Error::Training("a model needs at least two classes".into()));
        }
        if self
            .weights
            .iter()
            .chain(&self.intercept)
            .any(|w| !w.is_finite())
        {
            return Err(Error::Training("a weight is not finite".into()));
        }
        Ok(())
    }

    pub fn n_features(&self) -> usize {
        self.n_features
    }

    pub fn n_classes(&self) -> usize {
        self.n_classes
    }

    /// Weight of feature `j` for class `c`.
    pub fn weight(&self, j: usize, c: usize) -> f32 {
        self.weights[j * self.n_classes + c]
    }

    /// Intercept of class `c`.
    pub fn intercept(&self, c: usize) -> f32 {
        self.intercept[c]
    }

    /// Class probabilities of one sparse row into `out` (length `n_classes`).
    #[inline]
    pub fn probabilities_row(&self, idx: &[u32], val: &[f32], out: &mut [f32]) {
        self.probabilities_of(idx.iter().copied().zip(val.iter().copied()), out);
    }

    /// Class probabilities of one row given as `(column, value)` entries.
    #[inline]
    pub fn probabilities_entries(&self, row: &[(u32, f32)], out: &mut [f32]) {
        self.probabilities_of(row.iter().copied(), out);
    }

    /// Softmax of `intercept + Σ value · weights[column]` over the row's entries.
    #[inline]
    fn probabilities_of(&self, entries: impl Iterator<Item = (u32, f32)>, out: &mut [f32]) {
        let k = self.n_classes;
        out.copy_from_slice(&self.intercept);
        for (j, v) in entries {
            let w = &self.weights[j as usize * k..j as usize * k + k];
            for c in 0..k {
                out[c] += v * w[c];
            }
        }
        softmax_in_place(out);
    }

    /// Class probabilities of every row (`n × n_classes`).
    pub fn predict_probabilities(&self, x: &SparseRecords) -> Array2<f32> {
        let mut out = Array2::zeros((x.nrows(), self.n_classes));
        for (i, mut row) in out.rows_mut().into_iter().enumerate() {
            let (idx, val) = x.row(i);
            self.probabilities_row(idx, val, row.as_slice_mut().expect("rows are contiguous"));
        }
        out
    }
}

/// Softmax over `out`, in place (the largest logit subtracted first, for stability).
pub fn softmax_in_place(out: &mut [f32]) {
    let max = out.iter().cloned().fold(f32::NEG_INFINITY, f32::max);
    let mut sum = 0.0;
    for o in out.iter_mut() {
        *o = (*o - max).exp();
        sum += *o;
    }
    out.iter_mut().for_each(|o| *o /= sum);
}

/// Index of the largest value (first on ties).
pub fn argmax(p: &[f32]) -> usize {
    let mut best = 0;
    for (i, v) in p.iter().enumerate() {
        if *v > p[best] {
            best = i;
        }
    }
    best
}

impl PredictInplace<SparseRecords, Array1<usize>> for FittedLogistic {
    fn predict_inplace(&self, x: &SparseRecords, y: &mut Array1<usize>) {
        assert_eq!(x.nsamples(), y.len(), "one target per record");
        let mut p = vec![0f32; self.n_classes];
        for (i, t) in y.iter_mut().enumerate() {
            let (idx, val) = x.row(i);
            self.probabilities_row(idx, val, &mut p);
            *t = argmax(&p);
        }
    }

    fn default_target(&self, x: &SparseRecords) -> Array1<usize> {
        Array1::zeros(x.nsamples())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shapes_are_checked() {
        assert!(matches!(
            FittedLogistic::new(2, 3, vec![0.0; 5], vec![0.0; 3]),
            Err(Error::MismatchedShapes(5, 6))
        ));
        assert!(matches!(
            FittedLogistic::new(2, 3, vec![0.0; 6], vec![0.0; 2]),
            Err(Error::MismatchedShapes(2, 3))
        ));
        assert!(FittedLogistic::new(2, 3, vec![f32::NAN; 6], vec![0.0; 3]).is_err());
    }

    #[test]
    fn probabilities_sum_to_one() {
        let m = FittedLogistic::new(
            2,
            3,
            vec![1.0, -1.0, 0.5, 2.0, 0.0, -3.0],
            vec![0.1, 0.2, 0.3],
        )
        .unwrap();
        let mut p = [0f32; 3];
        m.probabilities_row(&[0, 1], &[0.6, 0.8], &mut p);
        assert!((p.iter().sum::<f32>() - 1.0).abs() < 1e-6);
        assert_eq!(argmax(&p), 0);
    }
}
