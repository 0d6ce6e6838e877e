//! `stance` finds every quoted party in a news article and labels that party's reaction to an
//! event — by default a troop withdrawal — as supportive, skeptical or hostile.
//!
//! The pipeline, one module per stage, data flowing down:
//! [`text`] (spans, tokens) → [`quotes`] (quotes, speakers, parties) → [`features`] (TF-IDF
//! rows) → [`model`] (sparse multinomial logistic regression behind linfa's traits) →
//! [`pipeline`] (a saved, versioned classifier) → [`eval`] and [`report`]. The `stance` binary
//! is a thin layer over this library.
//!
//! ```no_run
//! use stance::{article, pipeline::Classifier};
//!
//! let model = Classifier::load(std::path::Path::new("models/withdrawal.json"))?;
//! let text = std::fs::read_to_string("training_data/articles/dev/example.txt")?;
//! let result = article::classify("example.txt", &text, &model, &article::ArticleOptions::default())?;
//! for party in &result.parties {
//!     println!("{}: {} ({:.2})", party.party, party.label.as_deref().unwrap_or("-"),
//!              party.confidence.unwrap_or(0.0));
//! }
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

pub mod article;
pub mod corpus;
pub mod error;
pub mod eval;
pub mod features;
pub mod model;
pub mod packed;
pub mod pipeline;
pub mod quotes;
pub mod report;
pub mod text;

pub use error::{Error, Result};
