//! Hyperparameters, checked before every fit (linfa's `ParamGuard`).

use crate::Error;
use linfa::ParamGuard;
use serde::{Deserialize, Serialize};

/// How much each class counts in the loss.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, clap::ValueEnum)]
#[serde(rename_all = "lowercase")]
pub enum ClassWeight {
    /// Every row counts 1.
    None,
    /// Row weight `n / (k · n_class)`: rare classes count as much as common ones in total.
    Balanced,
}

/// How the weights are found.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, clap::ValueEnum)]
#[serde(rename_all = "lowercase")]
pub enum Solver {
    /// Full-batch L-BFGS to the exact optimum (small and medium data).
    Lbfgs,
    /// A few seeded epochs of AdaGrad SGD: linear in the data, for large corpora.
    Sgd,
}

/// Checked hyperparameters of [`LogisticParams`].
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ValidLogisticParams {
    pub(crate) c: f64,
    pub(crate) max_iterations: u32,
    pub(crate) tolerance: f64,
    pub(crate) class_weight: ClassWeight,
    pub(crate) fit_intercept: bool,
    pub(crate) n_classes: Option<usize>,
    #[serde(default = "default_solver")]
    pub(crate) solver: Solver,
    #[serde(default = "default_epochs")]
    pub(crate) epochs: u32,
    #[serde(default)]
    pub(crate) seed: u64,
}

fn default_solver() -> Solver {
    Solver::Lbfgs
}

fn default_epochs() -> u32 {
    5
}

impl ValidLogisticParams {
    pub fn solver(&self) -> Solver {
        self.solver
    }
    pub fn epochs(&self) -> u32 {
        self.epochs
    }
    pub fn c(&self) -> f64 {
        self.c
    }
    pub fn max_iterations(&self) -> u32 {
        self.max_iterations
    }
    pub fn tolerance(&self) -> f64 {
        self.tolerance
    }
    pub fn class_weight(&self) -> ClassWeight {
        self.class_weight
    }
    pub fn fit_intercept(&self) -> bool {
        self.fit_intercept
    }
}

/// Unchecked hyperparameters; see the setters for defaults.
#[derive(Debug, Clone, PartialEq)]
pub struct LogisticParams(ValidLogisticParams);

impl Default for LogisticParams {
    fn default() -> Self {
        LogisticParams(ValidLogisticParams {
            c: 20.0,
            max_iterations: 1000,
            tolerance: 1e-4,
            class_weight: ClassWeight::Balanced,
            fit_intercept: true,
            n_classes: None,
            solver: Solver::Lbfgs,
            epochs: 5,
            seed: 42,
        })
    }
}

impl LogisticParams {
    pub fn new() -> Self {
        Self::default()
    }
    /// Inverse regularization strength (larger = weaker L2). Default: 20, picked by grouped
    /// 5-fold cross-validation on the project's train split (SemEval-2016 scores the same
    /// from 2 to 20).
    pub fn c(mut self, c: f64) -> Self {
        self.0.c = c;
        self
    }
    /// L-BFGS iteration limit. Default: 1000 (the default model converges in about 330).
    pub fn max_iterations(mut self, n: u32) -> Self {
        self.0.max_iterations = n;
        self
    }
    /// Stop when the gradient's max-norm falls below `tolerance` × its initial value.
    /// Default: 1e-4.
    pub fn tolerance(mut self, t: f64) -> Self {
        self.0.tolerance = t;
        self
    }
    /// Default: balanced.
    pub fn class_weight(mut self, w: ClassWeight) -> Self {
        self.0.class_weight = w;
        self
    }
    /// Fit an unregularized intercept per class. Default: true.
    pub fn fit_intercept(mut self, yes: bool) -> Self {
        self.0.fit_intercept = yes;
        self
    }
    /// Solver. Default: lbfgs.
    pub fn solver(mut self, solver: Solver) -> Self {
        self.0.solver = solver;
        self
    }
    /// Passes over the data for the SGD solver. Default: 5.
    pub fn epochs(mut self, epochs: u32) -> Self {
        self.0.epochs = epochs;
        self
    }
    /// Seed for the SGD solver's row order. Default: 42.
    pub fn seed(mut self, seed: u64) -> Self {
        self.0.seed = seed;
        self
    }
    /// Number of classes, when the targets may not show every class (folds). Default: the
    /// largest target + 1.
    pub fn n_classes(mut self, k: usize) -> Self {
        self.0.n_classes = Some(k);
        self
    }
}

impl ParamGuard for LogisticParams {
    type Checked = ValidLogisticParams;
    type Error = Error;

    fn check_ref(&self) -> Result<&Self::Checked, Self::Error> {
        let p = &self.0;
        if !p.c.is_finite() || p.c <= 0.0 {
            return Err(Error::InvalidParams(format!(
                "C must be positive and finite, got {} (--c)",
                p.c
            )));
        }
        if !p.tolerance.is_finite() || p.tolerance <= 0.0 {
            return Err(Error::InvalidParams(format!(
                "tolerance must be positive and finite, got {} (--tolerance)",
                p.tolerance
            )));
        }
        if p.max_iterations == 0 {
            return Err(Error::InvalidParams(
                "max iterations must be at least 1 (--max-iter)".into(),
            ));
        }
        if p.solver == Solver::Sgd && p.epochs == 0 {
            return Err(Error::InvalidParams(
                "the sgd solver needs at least 1 epoch (--epochs)".into(),
            ));
        }
        if p.n_classes == Some(0) {
            return Err(Error::InvalidParams("at least one class is needed".into()));
        }
        Ok(p)
    }

    fn check(self) -> Result<Self::Checked, Self::Error> {
        self.check_ref()?;
        Ok(self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rejects_bad_values() {
        assert!(matches!(
            LogisticParams::new().c(0.0).check(),
            Err(Error::InvalidParams(_))
        ));
        assert!(matches!(
            LogisticParams::new().c(f64::NAN).check(),
            Err(Error::InvalidParams(_))
        ));
        assert!(matches!(
            LogisticParams::new().tolerance(-1.0).check(),
            Err(Error::InvalidParams(_))
        ));
        assert!(matches!(
            LogisticParams::new().max_iterations(0).check(),
            Err(Error::InvalidParams(_))
        ));
        assert!(LogisticParams::new().check().is_ok());
    }
}
