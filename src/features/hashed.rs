//! Feature hashes straight from word tokens: the path training and prediction take.
//!
//! Per distinct word, the FNV states of its features (`w:`, `c:`, `x:`, n-gram starts, plain
//! and negated) and its speech-verb lemma are computed once and kept beside the tokenizer's
//! word cache, so a unigram costs nothing and an n-gram only hashes the words after its
//! first. [`Extractor::features`] with names stays the reference: a property test checks that
//! both give the same hashes on any text, and training refuses a vocabulary hash without a
//! name.

use super::extract::{char_ngrams, lemma_of, speech_verb_of};
use super::{Extractor, FeatureSink, Fnv, Input};
use crate::text::{WordToken, Words};

/// A word's feature hashes; arrays are indexed by `negated as usize` ("w:x" / "w:!x").
#[derive(Clone, Copy)]
struct WordHashes {
    unigram: [u64; 2],
    /// State after "w:" and the form: an n-gram continues with " " and the next form.
    ngram: [Fnv; 2],
    contrast: [u64; 2],
    context: [u64; 2],
    lemma: Option<&'static str>,
    /// Where the stem is in [`HashScratch::stems`].
    stem: (u32, u32),
}

impl WordHashes {
    fn of(stem: &str, lower: &str, stem_at: (u32, u32)) -> WordHashes {
        let finished = |prefix: &str, negated: bool| {
            let mut h = Fnv::new();
            h.write(prefix.as_bytes());
            if negated {
                h.write(b"!");
            }
            h.write(stem.as_bytes());
            h
        };
        let both = |prefix: &str| [finished(prefix, false), finished(prefix, true)];
        let [w, w_neg] = both("w:");
        WordHashes {
            unigram: [w.finish(), w_neg.finish()],
            ngram: [w, w_neg],
            contrast: both("c:").map(Fnv::finish),
            context: both("x:").map(Fnv::finish),
            lemma: lemma_of(lower),
            stem: stem_at,
        }
    }
}

/// Reusable buffers and caches, one per thread.
#[derive(Default)]
pub struct HashScratch {
    words: Words,
    /// By word id, for the words of `words.generation()` == `generation`.
    hashes: Vec<WordHashes>,
    /// The stems of `hashes`' words back to back: n-grams and lexicon phrases read the stems
    /// of words next to each other, and one dense block stays in cache where a heap string
    /// per word did not.
    stems: String,
    generation: u64,
    tokens: Vec<WordToken>,
    context: Vec<WordToken>,
    has_context: bool,
    char_buffer: String,
    char_offsets: Vec<usize>,
}

thread_local! {
    /// One scratch per thread for training's batches, kept between calls so its word cache
    /// is filled once, not per batch.
    static SCRATCH: std::cell::RefCell<HashScratch> = Default::default();
}

/// Runs `f` with the thread's scratch in `key`, or a fresh one if that is in use further up
/// the stack.
pub fn with_thread_scratch<T: Default, R>(
    key: &'static std::thread::LocalKey<std::cell::RefCell<T>>,
    f: impl FnOnce(&mut T) -> R,
) -> R {
    key.with(|cell| match cell.try_borrow_mut() {
        Ok(mut scratch) => f(&mut scratch),
        Err(_) => f(&mut T::default()),
    })
}

impl HashScratch {
    /// Runs `f` with this thread's scratch (see [`with_thread_scratch`]).
    pub fn with_local<R>(f: impl FnOnce(&mut HashScratch) -> R) -> R {
        with_thread_scratch(&SCRATCH, f)
    }

    /// The text tokens of the last input tokenized.
    pub fn tokens(&self) -> &[WordToken] {
        &self.tokens
    }

    /// The word cache the tokens point into.
    pub fn words(&self) -> &Words {
        &self.words
    }

    /// Computes the hashes of words the cache learned since the last call.
    fn refresh(&mut self) {
        if self.generation != self.words.generation() {
            self.hashes.clear();
            self.stems.clear();
            self.generation = self.words.generation();
        }
        for id in self.hashes.len()..self.words.len() {
            let word = self.words.get(id as u32);
            let at = (self.stems.len() as u32, word.stem.len() as u32);
            self.stems.push_str(&word.stem);
            self.hashes
                .push(WordHashes::of(&word.stem, &word.lower, at));
        }
    }
}

/// The stem of `word` in `stems`.
#[inline]
fn stem_in<'s>(stems: &'s str, word: &WordHashes) -> &'s str {
    let (start, len) = word.stem;
    &stems[start as usize..(start + len) as usize]
}

impl Extractor {
    /// Tokenizes `input`'s text and context into `scratch`, for [`Extractor::emit_hashes`].
    pub fn tokenize_hashed(&self, input: Input<'_>, scratch: &mut HashScratch) {
        let tokenizer = self.tokenizer();
        tokenizer.tokenize_words(input.text, &mut scratch.words, &mut scratch.tokens);
        scratch.has_context = false;
        if self.config().context_features {
            if let Some(context) = input.context {
                tokenizer.tokenize_words(context, &mut scratch.words, &mut scratch.context);
                scratch.has_context = true;
            }
        }
        scratch.refresh();
    }

    /// The hashes of the features [`Extractor::features`] names, for the text tokens from
    /// index `from` on and the context, appended to `out`.
    pub fn emit_hashes(
        &self,
        verb: Option<&str>,
        scratch: &mut HashScratch,
        from: usize,
        out: &mut Vec<u64>,
    ) {
        let cfg = self.config();
        let HashScratch {
            words,
            hashes,
            stems,
            tokens,
            context,
            has_context,
            char_buffer,
            char_offsets,
            ..
        } = scratch;
        let tokens = &tokens[from.min(tokens.len())..];
        let of = |t: &WordToken| &hashes[t.word as usize];

        let (lo, hi) = cfg.word_ngrams;
        for n in lo..=hi {
            for window in tokens.windows(n) {
                let first = &window[0];
                if n == 1 {
                    out.push(of(first).unigram[first.negated as usize]);
                    continue;
                }
                let mut h = of(first).ngram[first.negated as usize];
                for t in &window[1..] {
                    h.write(if t.negated { b" !" } else { b" " });
                    h.write(stem_in(stems, of(t)).as_bytes());
                }
                out.push(h.finish());
            }
        }
        if cfg.contrast_features {
            for t in tokens.iter().filter(|t| t.after_contrast) {
                out.push(of(t).contrast[t.negated as usize]);
            }
        }
        if let Some(lexicon) = self.lexicon() {
            lexicon.matches_by(
                tokens.len(),
                |i| stem_in(stems, of(&tokens[i])),
                |class, i| {
                    let neg = if tokens[i].negated { "!" } else { "" };
                    out.emit(&["l:", neg, class]);
                    if tokens[i].after_contrast {
                        out.emit(&["l:c:", neg, class]);
                    }
                },
            );
        }
        if let Some(range) = cfg.char_ngrams {
            for t in tokens {
                char_ngrams(
                    &words.get(t.word).lower,
                    range,
                    char_buffer,
                    char_offsets,
                    |gram| out.emit(&["h:", gram]),
                );
            }
        }
        if cfg.context_features {
            let verb_hash = |v: &str| {
                let mut h = Fnv::new();
                h.write(b"v:");
                h.write(v.as_bytes());
                h.finish()
            };
            let mut verb = verb.map(verb_hash);
            if *has_context {
                out.extend(context.iter().map(|t| of(t).context[t.negated as usize]));
                if verb.is_none() {
                    verb = speech_verb_of(
                        context
                            .iter()
                            .map(|t| (&*words.get(t.word).lower, of(t).lemma)),
                    )
                    .map(verb_hash);
                }
            }
            out.extend(verb);
        }
    }

    /// Every feature hash of `input` (repeats included: they are term counts), appended to
    /// `out`.
    pub fn hashes(&self, input: Input<'_>, scratch: &mut HashScratch, out: &mut Vec<u64>) {
        self.tokenize_hashed(input, scratch);
        self.emit_hashes(input.verb, scratch, 0, out);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::features::{FeatureConfig, Scratch};
    use crate::text::{Language, TokenizerConfig};

    fn extractors() -> Vec<Extractor> {
        vec![
            Extractor::new(TokenizerConfig::default(), FeatureConfig::default()),
            Extractor::new(
                TokenizerConfig {
                    language: Language::None,
                    ..TokenizerConfig::default()
                },
                FeatureConfig {
                    word_ngrams: (1, 3),
                    char_ngrams: Some((1, 3)),
                    ..FeatureConfig::default()
                },
            ),
        ]
    }

    /// The fast path against the named reference, with one scratch reused across calls as
    /// prediction does (so cached words are exercised too).
    fn same_hashes(text: &str, context: Option<&str>, verb: Option<&str>) {
        let input = Input {
            text,
            context,
            verb,
        };
        for extractor in extractors() {
            let mut reference: Vec<u64> = Vec::new();
            extractor.features(input, &mut Scratch::default(), &mut reference);
            let mut scratch = HashScratch::default();
            for _ in 0..2 {
                let mut fast = Vec::new();
                extractor.hashes(input, &mut scratch, &mut fast);
                assert_eq!(fast, reference, "{input:?}");
            }
        }
    }

    #[test]
    fn fast_hashes_equal_named_features() {
        same_hashes(
            "We do not welcome this retreat, but it is a significant step. Never again!",
            Some("\u{2026} the minister warned on Tuesday"),
            None,
        );
        same_hashes("Too early \u{2014} it isn\u{2019}t over", None, Some("say"));
        same_hashes("", Some("according to AFP"), None);
    }

    proptest::proptest! {
        #[test]
        fn fast_hashes_equal_named_features_on_any_text(
            // Words that open scopes and cue phrases, among arbitrary characters.
            text in "((not|never|isn't|but|however|yet|welcome|significant|step|too|early|[a-zA-Z0-9,.!'\u{2019}\u{2014}\u{e9}\u{41f}\n]{1,6})[ ,.]{0,2}){0,16}",
            context in proptest::option::of("[a-z ,.]{0,30}( said| warned| according to)?"),
        ) {
            same_hashes(&text, context.as_deref(), None);
        }
    }
}
