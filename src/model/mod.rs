//! The classifier: L2-regularized multinomial logistic regression on sparse rows, written for
//! this crate (no linfa learner takes sparse input) and plugged into linfa's `ParamGuard`,
//! `Fit` and `PredictInplace`, so `params.fit(&dataset)?` and `fitted.predict(&records)` work as
//! for any linfa model.
//!
//! Objective (the same optimum as linfa-logistic's `MultiLogisticRegression` with
//! `alpha = 1 / c`): `c · Σᵢ sᵢ · −log softmax(W xᵢ + b)[yᵢ] + ½‖W‖²`, where `sᵢ` is the class
//! weight of row `i` and the intercept `b` is not regularized. Minimized by L-BFGS, which is
//! deterministic: the same data and parameters give the same bits whatever the thread count.

mod fit;
mod fitted;
mod params;

pub use fit::FitSummary;
pub use fitted::{argmax as argmax_of, softmax_in_place, FittedLogistic};
pub use params::{ClassWeight, LogisticParams, Solver, ValidLogisticParams};
