//! The sparse trainer reaches the same optimum as linfa-logistic's dense
//! `MultiLogisticRegression` on a small problem with the same L2 penalty
//! (`alpha = 1 / C`, intercept unpenalized in both).

use linfa::prelude::*;
use linfa_logistic::MultiLogisticRegression;
use ndarray::{Array1, Array2};
use stance::features::SparseRecords;
use stance::model::{ClassWeight, LogisticParams};

/// A deterministic three-class problem with overlapping classes (not separable), some zeros.
fn problem() -> (Array2<f64>, Array1<usize>) {
    let mut state: u64 = 0x2545_f491_4f6c_dd1d;
    let mut next = || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        (state >> 11) as f64 / (1u64 << 53) as f64
    };
    let n = 300;
    let d = 6;
    let mut x = Array2::zeros((n, d));
    let mut y = Array1::zeros(n);
    for i in 0..n {
        let class = i % 3;
        y[i] = class;
        for j in 0..d {
            let centre = if j % 3 == class { 1.0 } else { 0.0 };
            let v: f64 = centre + 1.2 * (next() - 0.5);
            // Sparsify: small values become exact zeros.
            x[[i, j]] = if v.abs() < 0.15 { 0.0 } else { v };
        }
    }
    (x, y)
}

#[test]
fn same_optimum_as_linfa_logistic() {
    let (x, y) = problem();
    let c = 2.0;
    let dataset = Dataset::new(x.clone(), y.clone());
    let theirs = MultiLogisticRegression::default()
        .alpha(1.0 / c)
        .max_iterations(2000)
        .gradient_tolerance(1e-9)
        .fit(&dataset)
        .expect("linfa-logistic fits");
    let their_p = theirs.predict_probabilities(&x);

    let sparse = SparseRecords::from_dense(&x);
    let ours = LogisticParams::new()
        .c(c)
        .class_weight(ClassWeight::None)
        .max_iterations(2000)
        .tolerance(1e-10)
        .fit(&DatasetBase::new(sparse.clone(), y.clone()))
        .expect("stance fits");
    let our_p = ours.predict_probabilities(&sparse);

    let n = x.nrows();
    let mut same_argmax = 0;
    let mut max_diff = 0f64;
    for i in 0..n {
        let a = their_p.row(i);
        let b = our_p.row(i);
        let arg = |r: &[f64]| (0..3).max_by(|&p, &q| r[p].total_cmp(&r[q])).unwrap();
        let ra: Vec<f64> = a.iter().copied().collect();
        let rb: Vec<f64> = b.iter().map(|&v| v as f64).collect();
        if arg(&ra) == arg(&rb) {
            same_argmax += 1;
        }
        for k in 0..3 {
            max_diff = max_diff.max((ra[k] - rb[k]).abs());
        }
    }
    let agreement = same_argmax as f64 / n as f64;
    println!("argmax agreement {agreement:.4}, max probability difference {max_diff:.2e}");
    assert!(agreement >= 0.99, "argmax agreement {agreement}");
    assert!(max_diff <= 1e-3, "max probability difference {max_diff}");
    // Not a trivial problem: the classes overlap, so probabilities are far from 0/1.
    assert!(our_p.iter().any(|&p| p > 0.2 && p < 0.8));
}
