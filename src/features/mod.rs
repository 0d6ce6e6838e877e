//! Features: word n-grams (with negation and contrast variants), character n-grams inside
//! word boundaries, and optional context features, weighted by TF-IDF and L2-normalized into
//! [`SparseRecords`], the sparse matrix the classifier learns from.
//!
//! Every feature has a name (`w:not !real`, `h:<wit`, `v:warn`) and a 64-bit FNV-1a hash of
//! that name. Prediction works on hashes only, so no string is built per feature; the names are
//! kept in the model for explanations.

mod extract;
mod hashed;
mod lexicon;
mod sparse;
mod vectorizer;

pub use extract::{speech_verb, Extractor, FeatureSink, Scratch};
pub use hashed::{with_thread_scratch, HashScratch};
pub use lexicon::Lexicon;
pub use sparse::SparseRecords;
pub(crate) use vectorizer::{merge_by_column, term_frequency};
pub use vectorizer::{IndexMode, TransformScratch, Vectorizer, VectorizerState};

use serde::{Deserialize, Serialize};

/// One thing to featurize: the text and, when known, where it came from.
#[derive(Debug, Clone, Copy, Default)]
pub struct Input<'a> {
    /// The quote or record text.
    pub text: &'a str,
    /// The sentence that attributes the quote, with the quote removed ("…, the minister said").
    pub context: Option<&'a str>,
    /// The speech verb's lemma, when an extractor already knows it ("warn", "laud").
    pub verb: Option<&'a str>,
}

impl<'a> Input<'a> {
    pub fn text(text: &'a str) -> Self {
        Input {
            text,
            ..Input::default()
        }
    }
}

/// How text becomes features; stored in the model.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FeatureConfig {
    /// Word n-gram orders, inclusive. Default: 1–2.
    pub word_ngrams: (usize, usize),
    /// Character n-gram orders inside `<word>` boundaries, inclusive; `None` turns them off.
    /// Default: off (on the project's dev split they cost 4 points of macro-F1).
    pub char_ngrams: Option<(usize, usize)>,
    /// Add `c:` copies of unigrams after a contrast cue. Default: true.
    pub contrast_features: bool,
    /// Use the record's context (speech verb and context words) when it has one. Default: true.
    pub context_features: bool,
    /// Add cue-lexicon features (`l:support`, `l:!hostile`, `l:c:doubt` …). Default: true.
    #[serde(default)]
    pub lexicon_features: bool,
    /// Vocabulary (features seen in at least `min_df` training records) or signed hashing.
    pub index: IndexMode,
    /// `1 + ln(tf)` instead of raw counts. Default: true.
    pub sublinear_tf: bool,
    /// Scale by smoothed IDF fitted on the training data. Default: true.
    pub idf: bool,
}

impl Default for FeatureConfig {
    fn default() -> Self {
        FeatureConfig {
            word_ngrams: (1, 2),
            char_ngrams: None,
            contrast_features: true,
            context_features: true,
            lexicon_features: true,
            index: IndexMode::Vocabulary {
                min_df: 1,
                max_features: None,
            },
            sublinear_tf: true,
            idf: true,
        }
    }
}

impl FeatureConfig {
    /// Rejects settings that cannot work, naming the flag to change.
    pub fn check(&self) -> crate::Result<()> {
        let bad = |m: String| Err(crate::Error::InvalidParams(m));
        let (a, b) = self.word_ngrams;
        if a == 0 || a > b || b > 6 {
            return bad(format!(
                "word n-gram range {a}-{b} must satisfy 1 <= min <= max <= 6 (--word-ngrams)"
            ));
        }
        if let Some((a, b)) = self.char_ngrams {
            if a == 0 || a > b || b > 10 {
                return bad(format!(
                    "char n-gram range {a}-{b} must satisfy 1 <= min <= max <= 10 (--char-ngrams)"
                ));
            }
        }
        if let IndexMode::Hashing { bits } = self.index {
            if !(8..=28).contains(&bits) {
                return bad(format!(
                    "hash bits {bits} must be within 8..=28 (--hash-bits)"
                ));
            }
        }
        Ok(())
    }
}

/// 64-bit FNV-1a over a sequence of byte strings, equal to the hash of their concatenation.
#[derive(Clone, Copy)]
pub(crate) struct Fnv(u64);

impl Fnv {
    pub(crate) const fn new() -> Self {
        Fnv(0xcbf2_9ce4_8422_2325)
    }
    #[inline]
    pub(crate) fn write(&mut self, bytes: &[u8]) {
        let mut h = self.0;
        for &b in bytes {
            h ^= b as u64;
            h = h.wrapping_mul(0x0000_0100_0000_01b3);
        }
        self.0 = h;
    }
    #[inline]
    pub(crate) fn finish(self) -> u64 {
        // A final avalanche so the low bits used for hashing buckets depend on every byte.
        let mut h = self.0;
        h ^= h >> 33;
        h = h.wrapping_mul(0xff51_afd7_ed55_8ccd);
        h ^= h >> 33;
        h
    }
}

/// Hash of a feature name, as [`Extractor`] computes it from parts.
pub fn feature_hash(name: &str) -> u64 {
    let mut h = Fnv::new();
    h.write(name.as_bytes());
    h.finish()
}
