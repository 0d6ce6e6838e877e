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

/// Checked hyperparameters of [`LogisticParams`].
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ValidLogisticParams {
    pub(crate) c: f64,
    pub(crate) max_iterations: u32,
    pub(crate) tolerance: f64,
    pub(crate) class_weight: ClassWeight,
    pub(crate) fit_intercept: bool,
    pub(crate) n_classes: Option<usize>,
}

impl ValidLogisticParams {
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
            c: 10.0,
            max_iterations: 300,
            tolerance: 1e-4,
            class_weight: ClassWeight::Balanced,
            fit_intercept: true,
            n_classes: None,
        })
    }
}

impl LogisticParams {
    pub fn new() -> Self {
        Self::default()
    }
    /// Inverse regularization strength (larger = weaker L2). Default: 10.
    pub fn c(mut self, c: f64) -> Self {
        self.0.c = c;
        self
    }
    /// L-BFGS iteration limit. Default: 300.
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
