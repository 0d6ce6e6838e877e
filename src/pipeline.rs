//! The classifier users train, save, load and apply: features + model + labels in one
//! versioned, self-describing JSON file.

mod scorer;

use crate::corpus::Record;
use crate::features::{FeatureConfig, Input, Vectorizer};
use crate::model::{FitSummary, FittedLogistic, LogisticParams, ValidLogisticParams};
use crate::text::TokenizerConfig;
use crate::{Error, Result};
use linfa::ParamGuard;
use rayon::prelude::*;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use std::collections::BTreeMap;
use std::io::Write;
use std::path::Path;

/// `format` field of every model file.
pub const MODEL_FORMAT: &str = "stance-model";
/// Version of the model file layout this build writes. Version 2 packs the weights and IDF
/// values as base64 bytes ([`crate::packed`]); version 1 files, with decimal arrays, still load.
pub const FORMAT_VERSION: u32 = 2;
/// The oldest layout this build still reads.
pub const OLDEST_FORMAT_VERSION: u32 = 1;

/// Everything that shapes a trained model.
#[derive(Debug, Clone)]
pub struct TrainConfig {
    pub tokenizer: TokenizerConfig,
    pub features: FeatureConfig,
    pub params: LogisticParams,
    /// Seed for anything random (cross-validation folds). Default: 42.
    pub seed: u64,
    /// The event the labels are reactions to. Default: "troop withdrawal".
    pub event: String,
    /// Label order; `None` = the labels in the data, sorted.
    pub labels: Option<Vec<String>>,
    /// Weight of the clause after a contrast ("…, but it is too early") in a prediction, per
    /// the annotation guide's mixed-statement rule. Default: 0.5.
    pub contrast_focus: f32,
}

impl Default for TrainConfig {
    fn default() -> Self {
        TrainConfig {
            tokenizer: TokenizerConfig::default(),
            features: FeatureConfig::default(),
            params: LogisticParams::default(),
            seed: 42,
            event: "troop withdrawal".into(),
            labels: None,
            contrast_focus: 0.5,
        }
    }
}

impl TrainConfig {
    /// The label order: `labels` when set, else the labels in `records`, sorted.
    pub fn label_set(&self, records: &[Record]) -> Vec<String> {
        if let Some(l) = &self.labels {
            return l.clone();
        }
        let mut l: Vec<String> = records.iter().filter_map(|r| r.label.clone()).collect();
        l.sort();
        l.dedup();
        l
    }
}

/// What the model was trained on and how.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TrainingSummary {
    pub examples: usize,
    pub examples_per_label: BTreeMap<String, usize>,
    /// SHA-256 over the records' text, label and context, in order.
    pub data_sha256: String,
    pub seed: u64,
    pub params: ValidLogisticParams,
    pub fit: FitSummary,
    pub n_features: usize,
}

/// A trained stance classifier.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Classifier {
    pub format: String,
    pub format_version: u32,
    pub crate_version: String,
    pub event: String,
    pub labels: Vec<String>,
    /// See [`TrainConfig::contrast_focus`].
    #[serde(default)]
    pub contrast_focus: f32,
    pub vectorizer: Vectorizer,
    pub model: FittedLogistic,
    pub training: TrainingSummary,
    /// `vectorizer` and `model` fused for prediction, built on first use.
    #[serde(skip)]
    scorer: std::sync::OnceLock<scorer::Scorer>,
}

/// One prediction: the winning label's index and every label's probability.
#[derive(Debug, Clone, PartialEq)]
pub struct Prediction {
    pub label: usize,
    pub probabilities: Vec<f32>,
}

/// Per-thread buffers for [`Classifier::predict_with`].
#[derive(Default)]
pub struct PredictScratch {
    features: crate::features::HashScratch,
    hashes: Vec<u64>,
    scores: scorer::ScoreScratch,
}

thread_local! {
    /// One scratch per thread, kept between calls: its word cache is what makes a word seen
    /// before cheap, and it would start empty with every article otherwise.
    static SCRATCH: std::cell::RefCell<PredictScratch> = Default::default();
}

impl PredictScratch {
    /// Runs `f` with this thread's scratch (a fresh one if it is in use further up the stack).
    pub fn with_local<R>(f: impl FnOnce(&mut PredictScratch) -> R) -> R {
        crate::features::with_thread_scratch(&SCRATCH, f)
    }
}

#[derive(Deserialize)]
struct Header {
    format: Option<String>,
    format_version: Option<u32>,
}

impl Classifier {
    /// Trains on labeled `records`; `progress(iteration, loss)` follows the optimizer.
    pub fn train(
        records: &[Record],
        config: &TrainConfig,
        progress: &mut dyn FnMut(u32, f64),
    ) -> Result<Classifier> {
        let params = config.params.clone();
        let labels = config.label_set(records);
        let y = label_indices(records, &labels)?;
        if labels.len() < 2 {
            let mut sources: Vec<&str> = records.iter().map(|r| &*r.source).collect();
            sources.dedup();
            return Err(Error::Training(format!(
                "{}: training needs at least two distinct labels, found {}",
                sources.join(", "),
                if labels.is_empty() {
                    "none".to_string()
                } else {
                    format!("only {:?}", labels[0])
                }
            )));
        }
        let params = params.n_classes(labels.len()).check()?;
        let inputs: Vec<Input> = records.iter().map(Record::input).collect();
        let (vectorizer, x) =
            Vectorizer::fit(config.tokenizer.clone(), config.features.clone(), &inputs)?;
        let (model, fit) = params.fit_with_progress(&x, &y, progress)?;
        let mut per_label = BTreeMap::new();
        for &c in &y {
            *per_label.entry(labels[c].clone()).or_insert(0) += 1;
        }
        Ok(Classifier {
            format: MODEL_FORMAT.into(),
            format_version: FORMAT_VERSION,
            crate_version: env!("CARGO_PKG_VERSION").into(),
            event: config.event.clone(),
            labels,
            contrast_focus: config.contrast_focus,
            training: TrainingSummary {
                examples: records.len(),
                examples_per_label: per_label,
                data_sha256: data_digest(records),
                seed: config.seed,
                params,
                fit,
                n_features: vectorizer.n_features(),
            },
            vectorizer,
            model,
            scorer: Default::default(),
        })
    }

    /// Index of `label`, if the model has it.
    pub fn label_index(&self, label: &str) -> Option<usize> {
        self.labels.iter().position(|l| l == label)
    }

    /// Predicts one input, reusing `scratch`.
    pub fn predict_with(&self, input: Input<'_>, scratch: &mut PredictScratch) -> Prediction {
        let scorer = self
            .scorer
            .get_or_init(|| scorer::Scorer::new(&self.vectorizer, &self.model));
        let extractor = self.vectorizer.extractor();
        extractor.tokenize_hashed(input, &mut scratch.features);
        // The probabilities of the tokens from `from` on (and the context).
        let score = |from: usize, scratch: &mut PredictScratch, out: &mut [f32]| {
            scratch.hashes.clear();
            extractor.emit_hashes(input.verb, &mut scratch.features, from, &mut scratch.hashes);
            scorer.probabilities(
                &self.vectorizer,
                &self.model,
                &scratch.hashes,
                &mut scratch.scores,
                out,
            );
        };
        let mut p = vec![0f32; self.labels.len()];
        score(0, scratch, &mut p);
        if self.contrast_focus > 0.0 {
            if let Some(from) = contrast_clause(&scratch.features, input.text) {
                let mut q = vec![0f32; self.labels.len()];
                score(from, scratch, &mut q);
                let w = self.contrast_focus.min(1.0);
                for (a, b) in p.iter_mut().zip(&q) {
                    *a = (1.0 - w) * *a + w * b;
                }
            }
        }
        Prediction {
            label: crate::model::argmax_of(&p),
            probabilities: p,
        }
    }

    /// Predicts one input.
    pub fn predict(&self, input: Input<'_>) -> Prediction {
        PredictScratch::with_local(|scratch| self.predict_with(input, scratch))
    }

    /// Predicts many inputs on all cores; results in input order.
    pub fn predict_many(&self, inputs: &[Input<'_>]) -> Vec<Prediction> {
        inputs
            .par_chunks(256)
            .flat_map_iter(|chunk| {
                PredictScratch::with_local(|scratch| {
                    chunk
                        .iter()
                        .map(|i| self.predict_with(*i, scratch))
                        .collect::<Vec<_>>()
                })
            })
            .collect()
    }

    /// The `top` features that pushed `input` most toward `label`: (name, contribution).
    pub fn explain(&self, input: Input<'_>, label: usize, top: usize) -> Vec<(String, f32)> {
        let mut scratch = crate::features::TransformScratch::default();
        let row = self.vectorizer.transform_into(input, &mut scratch);
        let k = self.labels.len();
        let mut contributions: Vec<(usize, f32)> = row
            .iter()
            .map(|&(j, v)| {
                // Contribution relative to the mean over labels: what favours this label.
                let mean: f32 = (0..k)
                    .map(|c| self.model.weight(j as usize, c))
                    .sum::<f32>()
                    / k as f32;
                (
                    j as usize,
                    v * (self.model.weight(j as usize, label) - mean),
                )
            })
            .filter(|(_, c)| *c > 0.0)
            .collect();
        contributions.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
        contributions.truncate(top);
        contributions
            .into_iter()
            .map(|(j, c)| (self.vectorizer.feature_name(j), c))
            .collect()
    }

    /// The `top` features with the largest weight for each label (vocabulary models).
    pub fn top_features(&self, top: usize) -> Vec<Vec<(String, f32)>> {
        let k = self.labels.len();
        (0..k)
            .map(|c| {
                let mut w: Vec<(usize, f32)> = (0..self.model.n_features())
                    .map(|j| {
                        let mean: f32 =
                            (0..k).map(|c2| self.model.weight(j, c2)).sum::<f32>() / k as f32;
                        (j, self.model.weight(j, c) - mean)
                    })
                    .collect();
                w.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
                w.truncate(top);
                w.into_iter()
                    .map(|(j, v)| (self.vectorizer.feature_name(j), v))
                    .collect()
            })
            .collect()
    }

    /// Serialized model: deterministic bytes (struct order, no maps with random order).
    pub fn to_bytes(&self) -> Result<Vec<u8>> {
        let mut bytes = serde_json::to_vec(self).map_err(|e| Error::Model {
            path: "<model>".into(),
            message: format!("cannot serialize: {e}"),
        })?;
        bytes.push(b'\n');
        Ok(bytes)
    }

    /// Writes the model atomically: a temporary file in the same directory, then a rename, so
    /// an existing model is never left half-written.
    pub fn save(&self, path: &Path) -> Result<()> {
        write_atomic(path, &self.to_bytes()?)
    }

    /// Loads and checks a model file.
    pub fn load(path: &Path) -> Result<Classifier> {
        let shown = path.display().to_string();
        if path.is_dir() {
            return Err(Error::Model {
                path: shown,
                message: "is a directory, expected a model file".into(),
            });
        }
        let bytes = std::fs::read(path).map_err(|e| Error::io(path, e))?;
        Classifier::from_bytes(&bytes, &shown)
    }

    /// Parses and checks model bytes; `name` is used in messages.
    pub fn from_bytes(bytes: &[u8], name: &str) -> Result<Classifier> {
        let model_err = |message: String| Error::Model {
            path: name.to_string(),
            message,
        };
        if bytes.iter().all(u8::is_ascii_whitespace) {
            return Err(model_err("model file is empty".into()));
        }
        // One parse on the common path; only a file that does not parse as a model is read a
        // second time, for its header, to say why (not JSON, not ours, another version).
        let parsed: std::result::Result<Classifier, _> = serde_json::from_slice(bytes);
        let header = match &parsed {
            Ok(c) => Header {
                format: Some(c.format.clone()),
                format_version: Some(c.format_version),
            },
            Err(_) => serde_json::from_slice(bytes).map_err(|e| {
                model_err(format!(
                    "not a stance model: corrupt or truncated JSON ({e})"
                ))
            })?,
        };
        if header.format.as_deref() != Some(MODEL_FORMAT) {
            return Err(model_err(format!(
                "not a stance model (no \"format\": \"{MODEL_FORMAT}\" field)"
            )));
        }
        match header.format_version {
            Some(OLDEST_FORMAT_VERSION..=FORMAT_VERSION) => {}
            Some(found) => {
                return Err(Error::ModelVersion {
                    path: name.to_string(),
                    found,
                    oldest: OLDEST_FORMAT_VERSION,
                    newest: FORMAT_VERSION,
                })
            }
            None => return Err(model_err("model has no format_version".into())),
        }
        let mut c = parsed
            .map_err(|e| model_err(format!("model does not have the expected shape: {e}")))?;
        // Read from an older layout, it is saved again in this one.
        c.format_version = FORMAT_VERSION;
        c.model
            .check()
            .map_err(|e| model_err(format!("model weights: {e}")))?;
        if c.labels.len() != c.model.n_classes() {
            return Err(model_err(format!(
                "model has {} labels but weights for {} classes",
                c.labels.len(),
                c.model.n_classes()
            )));
        }
        if c.vectorizer.n_features() != c.model.n_features() {
            return Err(model_err(format!(
                "vectorizer has {} features but the weights have {}",
                c.vectorizer.n_features(),
                c.model.n_features()
            )));
        }
        let mut sorted = c.labels.clone();
        sorted.sort();
        sorted.dedup();
        if sorted.len() != c.labels.len() {
            return Err(model_err("model lists a label twice".into()));
        }
        Ok(c)
    }
}

/// Clause-initial contrast cues whose clause carries a mixed statement's label.
const CONTRAST_CUES: &[&str] = &[
    "but",
    "however",
    "yet",
    "still",
    "nevertheless",
    "nonetheless",
    "though",
];

/// Index of the first token of the clause after the last clause-initial contrast cue ("….
/// But it is too early", "…, however, …"), when both sides have at least three words.
fn contrast_clause(scratch: &crate::features::HashScratch, text: &str) -> Option<usize> {
    let tokens = scratch.tokens();
    let n = tokens.len();
    (3..n.saturating_sub(3)).rev().find(|&i| {
        let t = &tokens[i];
        if !CONTRAST_CUES.contains(&&*scratch.words().get(t.word).lower) {
            return false;
        }
        let before = text[..t.span.start].trim_end();
        before.chars().last().is_some_and(|c| {
            matches!(
                crate::text::normalize_char(c),
                '.' | ',' | ';' | ':' | '!' | '?' | '-' | '"' | '\u{2026}'
            )
        })
    })
}

/// Class indices of `records` under `labels`; unknown or missing labels are errors naming the
/// record's file and line.
pub fn label_indices(records: &[Record], labels: &[String]) -> Result<Vec<usize>> {
    records
        .iter()
        .map(|r| {
            let label = r.label.as_deref().ok_or_else(|| Error::Parse {
                path: r.source.to_string(),
                line: r.line,
                message: "record has no label".into(),
            })?;
            labels
                .iter()
                .position(|l| l == label)
                .ok_or_else(|| Error::UnknownLabel {
                    path: r.source.to_string(),
                    line: r.line,
                    label: label.to_string(),
                    expected: labels.join(", "),
                })
        })
        .collect()
}

/// SHA-256 over text, label and context of each record, in order.
pub fn data_digest(records: &[Record]) -> String {
    let mut h = Sha256::new();
    for r in records {
        h.update(r.text.as_bytes());
        h.update([0x1f]);
        h.update(r.label.as_deref().unwrap_or("").as_bytes());
        h.update([0x1f]);
        h.update(r.context.as_deref().unwrap_or("").as_bytes());
        h.update([0x1e]);
    }
    format!("{:x}", h.finalize())
}

/// Writes `bytes` to `path` through a temporary file in the same directory and a rename.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> Result<()> {
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    };
    if path.is_dir() {
        return Err(Error::io(
            path,
            std::io::Error::other("is a directory, expected a file path"),
        ));
    }
    if !dir.is_dir() {
        return Err(Error::io(
            path,
            std::io::Error::new(std::io::ErrorKind::NotFound, "directory does not exist"),
        ));
    }
    // tempfile's errors name the temporary file; the user only knows `path`.
    let plain = |e: std::io::Error| Error::io(path, std::io::Error::from(e.kind()));
    let mut tmp = tempfile::Builder::new()
        .prefix(".stance-")
        .suffix(".tmp")
        .tempfile_in(dir)
        .map_err(plain)?;
    tmp.write_all(bytes).map_err(|e| Error::io(path, e))?;
    // Temporary files are private (0600); a model or report is an ordinary shared file.
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        tmp.as_file()
            .set_permissions(std::fs::Permissions::from_mode(0o644))
            .map_err(|e| Error::io(path, e))?;
    }
    tmp.as_file().sync_all().map_err(|e| Error::io(path, e))?;
    tmp.persist(path).map_err(|e| plain(e.error))?;
    Ok(())
}
