//! The sparse trainer: loss and gradient in parallel (rows for the forward pass, columns of
//! the transposed matrix for the gradient, so no reduction depends on thread scheduling), and
//! L-BFGS with a backtracking line search.

use super::params::{ClassWeight, ValidLogisticParams};
use super::FittedLogistic;
use crate::features::SparseRecords;
use crate::Error;
use linfa::dataset::DatasetBase;
use linfa::traits::Fit;
use ndarray::Array1;
use rayon::prelude::*;
use serde::{Deserialize, Serialize};

/// How the optimization went.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FitSummary {
    pub iterations: u32,
    pub converged: bool,
    pub final_loss: f64,
}

const ROW_CHUNK: usize = 2048;
const COL_CHUNK: usize = 4096;
const MEMORY: usize = 10;

struct Problem<'a> {
    x: &'a SparseRecords,
    colptr: Vec<usize>,
    rowidx: Vec<u32>,
    colval: Vec<f32>,
    y: &'a [usize],
    /// c × class weight, per row.
    scale: Vec<f64>,
    k: usize,
    d: usize,
    fit_intercept: bool,
}

impl Problem<'_> {
    fn n_params(&self) -> usize {
        self.d * self.k + if self.fit_intercept { self.k } else { 0 }
    }

    /// Loss at `theta`; the gradient goes into `grad`.
    fn eval(&self, theta: &[f64], grad: &mut [f64], residual: &mut [f64]) -> f64 {
        let k = self.k;
        let (w, b) = theta.split_at(self.d * k);
        // Forward: per-row residuals c·s·(p − onehot) and losses, chunk sums in order.
        let losses: Vec<f64> = residual
            .par_chunks_mut(ROW_CHUNK * k)
            .enumerate()
            .map(|(chunk, res)| {
                let mut loss = 0.0;
                let mut z = vec![0f64; k];
                for (r, out) in res.chunks_mut(k).enumerate() {
                    let i = chunk * ROW_CHUNK + r;
                    z.iter_mut()
                        .enumerate()
                        .for_each(|(c, v)| *v = if self.fit_intercept { b[c] } else { 0.0 });
                    let (idx, val) = self.x.row(i);
                    for (&j, &v) in idx.iter().zip(val) {
                        let wj = &w[j as usize * k..j as usize * k + k];
                        for c in 0..k {
                            z[c] += v as f64 * wj[c];
                        }
                    }
                    let max = z.iter().cloned().fold(f64::NEG_INFINITY, f64::max);
                    let sum: f64 = z.iter().map(|v| (v - max).exp()).sum();
                    let lse = max + sum.ln();
                    let s = self.scale[i];
                    loss += s * (lse - z[self.y[i]]);
                    for c in 0..k {
                        let p = (z[c] - lse).exp();
                        out[c] = s * (p - if c == self.y[i] { 1.0 } else { 0.0 });
                    }
                }
                loss
            })
            .collect();
        let mut loss: f64 = losses.iter().sum();
        loss += 0.5 * w.iter().map(|v| v * v).sum::<f64>();

        // Backward: gradient of W by column blocks (Xᵀ R + W).
        let (gw, gb) = grad.split_at_mut(self.d * k);
        gw.par_chunks_mut(COL_CHUNK * k)
            .enumerate()
            .for_each(|(chunk, g)| {
                for (cj, gj) in g.chunks_mut(k).enumerate() {
                    let j = chunk * COL_CHUNK + cj;
                    for c in 0..k {
                        gj[c] = w[j * k + c];
                    }
                    for p in self.colptr[j]..self.colptr[j + 1] {
                        let i = self.rowidx[p] as usize;
                        let v = self.colval[p] as f64;
                        for c in 0..k {
                            gj[c] += v * residual[i * k + c];
                        }
                    }
                }
            });
        if self.fit_intercept {
            gb.iter_mut().for_each(|g| *g = 0.0);
            for r in residual.chunks(k) {
                for c in 0..k {
                    gb[c] += r[c];
                }
            }
        }
        loss
    }
}

fn dot(a: &[f64], b: &[f64]) -> f64 {
    a.iter().zip(b).map(|(x, y)| x * y).sum()
}

fn max_abs(a: &[f64]) -> f64 {
    a.iter().fold(0.0, |m, v| m.max(v.abs()))
}

impl ValidLogisticParams {
    /// Fits on `x` and class indices `y`, calling `progress(iteration, loss)` after each step.
    pub fn fit_with_progress(
        &self,
        x: &SparseRecords,
        y: &[usize],
        progress: &mut dyn FnMut(u32, f64),
    ) -> Result<(FittedLogistic, FitSummary), Error> {
        let n = x.nrows();
        if n == 0 {
            return Err(Error::Training("cannot fit on zero records".into()));
        }
        if y.len() != n {
            return Err(Error::MismatchedShapes(y.len(), n));
        }
        let max_label = y.iter().copied().max().unwrap_or(0);
        let k = self.n_classes.unwrap_or(max_label + 1);
        if max_label >= k {
            return Err(Error::Training(format!(
                "target {max_label} is out of range for {k} classes"
            )));
        }
        if k < 2 {
            return Err(Error::Training(
                "training needs at least two distinct labels".into(),
            ));
        }
        let mut counts = vec![0usize; k];
        for &c in y {
            counts[c] += 1;
        }
        let class_scale: Vec<f64> = counts
            .iter()
            .map(|&m| match self.class_weight {
                ClassWeight::None => 1.0,
                ClassWeight::Balanced if m == 0 => 0.0,
                ClassWeight::Balanced => n as f64 / (k as f64 * m as f64),
            })
            .collect();
        let (colptr, rowidx, colval) = x.transpose();
        let problem = Problem {
            x,
            colptr,
            rowidx,
            colval,
            y,
            scale: y.iter().map(|&c| self.c * class_scale[c]).collect(),
            k,
            d: x.ncols(),
            fit_intercept: self.fit_intercept,
        };
        let (theta, summary) = match self.solver {
            super::Solver::Lbfgs => lbfgs(&problem, self.max_iterations, self.tolerance, progress),
            super::Solver::Sgd => sgd(&problem, self.epochs, self.seed, progress),
        };
        let d = x.ncols();
        let fitted = FittedLogistic::new(
            d,
            k,
            theta[..d * k].iter().map(|&v| v as f32).collect(),
            if self.fit_intercept {
                theta[d * k..].iter().map(|&v| v as f32).collect()
            } else {
                vec![0.0; k]
            },
        )?;
        Ok((fitted, summary))
    }
}

fn lbfgs(
    problem: &Problem<'_>,
    max_iterations: u32,
    tolerance: f64,
    progress: &mut dyn FnMut(u32, f64),
) -> (Vec<f64>, FitSummary) {
    let m = problem.n_params();
    let mut theta = vec![0f64; m];
    let mut grad = vec![0f64; m];
    let mut residual = vec![0f64; problem.x.nrows() * problem.k];
    let mut loss = problem.eval(&theta, &mut grad, &mut residual);
    let g0 = max_abs(&grad).max(1e-12);
    let mut s_hist: Vec<Vec<f64>> = Vec::new();
    let mut y_hist: Vec<Vec<f64>> = Vec::new();
    let mut rho: Vec<f64> = Vec::new();
    let mut next_theta = vec![0f64; m];
    let mut next_grad = vec![0f64; m];
    let mut dir = vec![0f64; m];
    let mut iterations = 0;
    let mut converged = max_abs(&grad) <= tolerance * g0;
    while !converged && iterations < max_iterations {
        iterations += 1;
        // Two-loop recursion: dir = −H·grad.
        dir.copy_from_slice(&grad);
        let mut alphas = vec![0f64; s_hist.len()];
        for h in (0..s_hist.len()).rev() {
            alphas[h] = rho[h] * dot(&s_hist[h], &dir);
            dir.iter_mut()
                .zip(&y_hist[h])
                .for_each(|(d, y)| *d -= alphas[h] * y);
        }
        let gamma = match (s_hist.last(), y_hist.last()) {
            (Some(s), Some(y)) => dot(s, y) / dot(y, y),
            _ => 1.0 / max_abs(&grad).max(1.0),
        };
        dir.iter_mut().for_each(|d| *d *= gamma);
        for h in 0..s_hist.len() {
            let beta = rho[h] * dot(&y_hist[h], &dir);
            dir.iter_mut()
                .zip(&s_hist[h])
                .for_each(|(d, s)| *d += (alphas[h] - beta) * s);
        }
        dir.iter_mut().for_each(|d| *d = -*d);
        let mut slope = dot(&grad, &dir);
        if slope >= 0.0 {
            // Not a descent direction (numerical trouble): restart from steepest descent.
            s_hist.clear();
            y_hist.clear();
            rho.clear();
            let scale = 1.0 / max_abs(&grad).max(1.0);
            dir.iter_mut().zip(&grad).for_each(|(d, g)| *d = -g * scale);
            slope = dot(&grad, &dir);
        }
        // Backtracking line search (Armijo).
        let mut step = 1.0;
        let mut next_loss;
        let mut tries = 0;
        loop {
            next_theta
                .iter_mut()
                .zip(theta.iter().zip(&dir))
                .for_each(|(n, (t, d))| *n = t + step * d);
            next_loss = problem.eval(&next_theta, &mut next_grad, &mut residual);
            if next_loss <= loss + 1e-4 * step * slope || tries >= 40 {
                break;
            }
            step *= 0.5;
            tries += 1;
        }
        if next_loss > loss {
            // No progress possible at this precision.
            converged = true;
            break;
        }
        let s: Vec<f64> = next_theta.iter().zip(&theta).map(|(a, b)| a - b).collect();
        let yv: Vec<f64> = next_grad.iter().zip(&grad).map(|(a, b)| a - b).collect();
        let sy = dot(&s, &yv);
        std::mem::swap(&mut theta, &mut next_theta);
        std::mem::swap(&mut grad, &mut next_grad);
        let decrease = (loss - next_loss) / loss.abs().max(1.0);
        loss = next_loss;
        if sy > 1e-12 {
            if s_hist.len() == MEMORY {
                s_hist.remove(0);
                y_hist.remove(0);
                rho.remove(0);
            }
            s_hist.push(s);
            y_hist.push(yv);
            rho.push(1.0 / sy);
        }
        progress(iterations, loss);
        converged = max_abs(&grad) <= tolerance * g0 || decrease < 1e-12;
    }
    (
        theta,
        FitSummary {
            iterations,
            converged,
            final_loss: loss,
        },
    )
}

/// AdaGrad SGD on the same objective, one row at a time in a seeded order (deterministic).
/// The L2 term is spread over the rows (`w / n` per visit of a row that touches `w`), the
/// usual sparse approximation; the intercept is not regularized.
fn sgd(
    problem: &Problem<'_>,
    epochs: u32,
    seed: u64,
    progress: &mut dyn FnMut(u32, f64),
) -> (Vec<f64>, FitSummary) {
    let (k, d) = (problem.k, problem.d);
    let n = problem.x.nrows();
    let mut theta = vec![0f64; problem.n_params()];
    let mut g2 = vec![1e-8f64; problem.n_params()];
    let mut order: Vec<usize> = (0..n).collect();
    let mut state = seed ^ 0x9e37_79b9_7f4a_7c15;
    let mut next = || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    let rate = 0.5;
    let decay = 1.0 / n as f64;
    let mut z = vec![0f64; k];
    let mut loss = 0.0;
    for epoch in 0..epochs {
        for i in (1..n).rev() {
            order.swap(i, (next() % (i as u64 + 1)) as usize);
        }
        loss = 0.0;
        for &i in &order {
            let (idx, val) = problem.x.row(i);
            for c in 0..k {
                z[c] = if problem.fit_intercept {
                    theta[d * k + c]
                } else {
                    0.0
                };
            }
            for (&j, &v) in idx.iter().zip(val) {
                for c in 0..k {
                    z[c] += v as f64 * theta[j as usize * k + c];
                }
            }
            let max = z.iter().cloned().fold(f64::NEG_INFINITY, f64::max);
            let lse = max + z.iter().map(|v| (v - max).exp()).sum::<f64>().ln();
            let s = problem.scale[i];
            let y = problem.y[i];
            loss += s * (lse - z[y]);
            for (c, &zc) in z.iter().enumerate() {
                let r = s * ((zc - lse).exp() - if c == y { 1.0 } else { 0.0 });
                for (&j, &v) in idx.iter().zip(val) {
                    let p = j as usize * k + c;
                    let g = r * v as f64 + decay * theta[p];
                    g2[p] += g * g;
                    theta[p] -= rate * g / g2[p].sqrt();
                }
                if problem.fit_intercept {
                    let p = d * k + c;
                    g2[p] += r * r;
                    theta[p] -= rate * r / g2[p].sqrt();
                }
            }
        }
        progress(epoch + 1, loss);
    }
    (
        theta,
        FitSummary {
            iterations: epochs,
            converged: true,
            final_loss: loss,
        },
    )
}

impl Fit<SparseRecords, Array1<usize>, Error> for ValidLogisticParams {
    type Object = FittedLogistic;

    fn fit(
        &self,
        dataset: &DatasetBase<SparseRecords, Array1<usize>>,
    ) -> Result<Self::Object, Error> {
        let y = dataset.targets.to_vec();
        Ok(self
            .fit_with_progress(&dataset.records, &y, &mut |_, _| {})?
            .0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::LogisticParams;
    use linfa::traits::Predict;
    use linfa::ParamGuard;

    #[test]
    fn separates_a_simple_problem_and_predicts_through_linfa() {
        let dense = ndarray::array![
            [1.0, 0.0, 0.0],
            [0.9, 0.1, 0.0],
            [0.0, 1.0, 0.0],
            [0.1, 0.9, 0.0],
            [0.0, 0.0, 1.0],
            [0.0, 0.2, 0.8],
        ];
        let x = SparseRecords::from_dense(&dense);
        let y = ndarray::array![0usize, 0, 1, 1, 2, 2];
        let ds = DatasetBase::new(x.clone(), y.clone());
        let model = LogisticParams::new().c(100.0).fit(&ds).unwrap();
        let pred: Array1<usize> = model.predict(&ds);
        assert_eq!(pred, y);
    }

    #[test]
    fn same_data_same_bits() {
        let dense = ndarray::Array2::from_shape_fn((50, 7), |(i, j)| ((i * 7 + j * 3) % 5) as f64);
        let x = SparseRecords::from_dense(&dense);
        let y: Vec<usize> = (0..50).map(|i| i % 3).collect();
        let p = LogisticParams::new().check().unwrap();
        let a = p.fit_with_progress(&x, &y, &mut |_, _| {}).unwrap().0;
        let b = p.fit_with_progress(&x, &y, &mut |_, _| {}).unwrap().0;
        assert_eq!(a, b);
    }

    #[test]
    fn sgd_solver_separates_and_is_deterministic() {
        let dense =
            ndarray::Array2::from_shape_fn((90, 3), |(i, j)| if i % 3 == j { 1.0 } else { 0.1 });
        let x = SparseRecords::from_dense(&dense);
        let y: Vec<usize> = (0..90).map(|i| i % 3).collect();
        let p = LogisticParams::new()
            .solver(crate::model::Solver::Sgd)
            .check()
            .unwrap();
        let (a, _) = p.fit_with_progress(&x, &y, &mut |_, _| {}).unwrap();
        let (b, _) = p.fit_with_progress(&x, &y, &mut |_, _| {}).unwrap();
        assert_eq!(a, b);
        let ds = DatasetBase::new(x.clone(), Array1::from(y.clone()));
        let pred: Array1<usize> = a.predict(&ds);
        assert_eq!(pred.to_vec(), y);
    }

    #[test]
    fn single_class_is_an_error() {
        let x = SparseRecords::from_dense(&ndarray::array![[1.0], [2.0]]);
        let p = LogisticParams::new().check().unwrap();
        let err = p
            .fit_with_progress(&x, &[0, 0], &mut |_, _| {})
            .unwrap_err();
        assert!(err.to_string().contains("two distinct labels"), "{err}");
    }
}
