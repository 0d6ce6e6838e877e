//! Feature names from one [`Input`]: what the model sees of a text.

use super::{FeatureConfig, Fnv, Input};
use crate::text::{Token, Tokenizer, TokenizerConfig};

/// Receives features as name parts whose concatenation is the feature's name.
pub trait FeatureSink {
    fn emit(&mut self, parts: &[&str]);
}

/// Collects feature hashes only (the hashed path's lexicon features; reference checks).
impl FeatureSink for Vec<u64> {
    #[inline]
    fn emit(&mut self, parts: &[&str]) {
        let mut h = Fnv::new();
        for p in parts {
            h.write(p.as_bytes());
        }
        self.push(h.finish());
    }
}

/// Collects `(hash, name)`; used for training (vocabulary) and explanations.
impl FeatureSink for Vec<(u64, String)> {
    fn emit(&mut self, parts: &[&str]) {
        let mut h = Fnv::new();
        let mut name = String::new();
        for p in parts {
            h.write(p.as_bytes());
            name.push_str(p);
        }
        self.push((h.finish(), name));
    }
}

/// Reusable buffers, one per thread.
#[derive(Default)]
pub struct Scratch {
    tokens: Vec<Token>,
    context: Vec<Token>,
    has_context: bool,
    word: String,
    offsets: Vec<usize>,
}

/// Tokenizer plus feature settings: turns an [`Input`] into feature names.
#[derive(Debug, Clone)]
pub struct Extractor {
    tokenizer: Tokenizer,
    config: FeatureConfig,
    lexicon: Option<super::Lexicon>,
}

/// Speech verbs by inflected form → lemma. Lemmas follow the quote extractor's lexicon, so
/// `v:` features mean the same thing in training records and in extracted article quotes.
const SPEECH_VERBS: &[&str] = &[
    "say",
    "tell",
    "add",
    "warn",
    "call",
    "deny",
    "argue",
    "stress",
    "insist",
    "note",
    "urge",
    "welcome",
    "condemn",
    "laud",
    "praise",
    "describe",
    "dismiss",
    "reject",
    "claim",
    "state",
    "declare",
    "announce",
    "write",
    "post",
    "tweet",
    "vow",
    "threaten",
    "caution",
    "acknowledge",
    "admit",
    "explain",
    "accuse",
    "complain",
    "predict",
    "suggest",
    "reply",
    "respond",
    "ask",
    "hail",
    "criticize",
    "criticise",
    "mock",
    "scoff",
    "quip",
    "question",
    "doubt",
    "celebrate",
    "applaud",
    "denounce",
    "blast",
    "slam",
    "defend",
    "promise",
    "pledge",
    "concede",
    "lament",
    // Verbs the article extractor reports with ("derided the plan as …"), so a training
    // context yields the v: feature an article's verb does.
    "decry",
    "ridicule",
    "deride",
    "lambast",
    "castigate",
    "excoriate",
    "assail",
    "salute",
    "commend",
    "endorse",
    "blame",
    "dub",
    "brand",
];

/// The lemma of the first speech verb among `tokens`, if any ("warned" → "warn",
/// "according to" → "according to").
pub fn speech_verb<'w>(words: impl IntoIterator<Item = &'w str>) -> Option<&'static str> {
    speech_verb_of(words.into_iter().map(|w| (w, lemma_of(w))))
}

/// [`speech_verb`] over words given with their [`lemma_of`].
pub(super) fn speech_verb_of<'w>(
    words: impl IntoIterator<Item = (&'w str, Option<&'static str>)>,
) -> Option<&'static str> {
    let mut after_according = false;
    for (w, lemma) in words {
        if after_according && w == "to" {
            return Some("according to");
        }
        after_according = w == "according";
        if lemma.is_some() {
            return lemma;
        }
    }
    None
}

/// The speech-verb lemma of one lowercased word ("warned" → "warn").
pub(super) fn lemma_of(word: &str) -> Option<&'static str> {
    match word {
        "said" | "says" | "saying" => return Some("say"),
        "told" | "tells" | "telling" => return Some("tell"),
        "wrote" | "written" | "writes" | "writing" => return Some("write"),
        _ => {}
    }
    // Every form below starts with its lemma's first letter; testing that first skips most
    // of the list (this runs once per new word, and was a tenth of a cold `classify`).
    let first = word.as_bytes().first();
    SPEECH_VERBS.iter().copied().find(|&lemma| {
        lemma.as_bytes().first() == first
            && (word == lemma
            || word
                .strip_prefix(lemma)
                .is_some_and(|rest| matches!(rest, "s" | "d" | "ed" | "ing" | "es" | "ged" | "ted"))
            // A doubled final consonant: "slammed", "quipping" (not "callled").
            || word.strip_prefix(lemma).is_some_and(|rest| {
                let l = lemma.as_bytes();
                let last = l[l.len() - 1];
                rest.len() > 1
                    && rest.as_bytes()[0] == last
                    && l.len() > 1
                    && l[l.len() - 2] != last
                    && !b"aeiouy".contains(&last)
                    && matches!(&rest[1..], "ed" | "ing")
            })
            || (lemma.ends_with('e')
                && word
                    .strip_prefix(&lemma[..lemma.len() - 1])
                    .is_some_and(|rest| matches!(rest, "ing" | "ed")))
            || (lemma.ends_with('y')
                && word
                    .strip_prefix(&lemma[..lemma.len() - 1])
                    .is_some_and(|rest| matches!(rest, "ied" | "ies"))))
    })
}

impl Extractor {
    pub fn new(tokenizer: TokenizerConfig, config: FeatureConfig) -> Self {
        let lexicon = config
            .lexicon_features
            .then(|| super::Lexicon::new(&tokenizer));
        Extractor {
            tokenizer: Tokenizer::new(tokenizer),
            config,
            lexicon,
        }
    }

    pub fn config(&self) -> &FeatureConfig {
        &self.config
    }

    pub fn tokenizer(&self) -> &Tokenizer {
        &self.tokenizer
    }

    pub fn lexicon(&self) -> Option<&super::Lexicon> {
        self.lexicon.as_ref()
    }

    /// Emits every feature of `input`, named, into `sink` (repeats included: they are term
    /// counts). The reference for [`Extractor::hashes`], which training and prediction use;
    /// names are needed only for the vocabulary and explanations.
    pub fn features(&self, input: Input<'_>, scratch: &mut Scratch, sink: &mut impl FeatureSink) {
        self.tokenize(input, scratch);
        self.emit(input.verb, scratch, 0, sink);
    }

    /// Tokenizes `input`'s text and context into `scratch`, for [`Extractor::emit`].
    fn tokenize(&self, input: Input<'_>, scratch: &mut Scratch) {
        self.tokenizer
            .tokenize_into(input.text, &mut scratch.tokens);
        scratch.has_context = false;
        if self.config.context_features {
            if let Some(context) = input.context {
                self.tokenizer.tokenize_into(context, &mut scratch.context);
                scratch.has_context = true;
            }
        }
    }

    /// Emits the features of the text tokens from index `from` on (0: the whole text; later: a
    /// clause, e.g. the one after a contrast) and of the context, as tokenized by
    /// [`Extractor::tokenize`].
    fn emit(
        &self,
        verb: Option<&str>,
        scratch: &mut Scratch,
        from: usize,
        sink: &mut impl FeatureSink,
    ) {
        let cfg = &self.config;
        let tokens = &scratch.tokens[from.min(scratch.tokens.len())..];

        let (lo, hi) = cfg.word_ngrams;
        let mut parts: Vec<&str> = Vec::with_capacity(2 * hi + 1);
        for n in lo..=hi {
            for window in tokens.windows(n) {
                parts.clear();
                parts.push("w:");
                for (k, t) in window.iter().enumerate() {
                    if k > 0 {
                        parts.push(" ");
                    }
                    parts.push(&t.form);
                }
                sink.emit(&parts);
            }
        }
        if cfg.contrast_features {
            for t in tokens.iter().filter(|t| t.after_contrast) {
                sink.emit(&["c:", &t.form]);
            }
        }
        if let Some(lexicon) = &self.lexicon {
            lexicon.matches(tokens, |class, t| {
                let neg = if t.form.starts_with('!') { "!" } else { "" };
                sink.emit(&["l:", neg, class]);
                if t.after_contrast {
                    sink.emit(&["l:c:", neg, class]);
                }
            });
        }
        if let Some(range) = cfg.char_ngrams {
            for t in tokens {
                char_ngrams(
                    &t.lower,
                    range,
                    &mut scratch.word,
                    &mut scratch.offsets,
                    |gram| sink.emit(&["h:", gram]),
                );
            }
        }
        if cfg.context_features {
            let mut verb = verb;
            if scratch.has_context {
                for t in &scratch.context {
                    sink.emit(&["x:", &t.form]);
                }
                if verb.is_none() {
                    verb = speech_verb(scratch.context.iter().map(|t| t.lower.as_str()));
                }
            }
            if let Some(v) = verb {
                sink.emit(&["v:", v]);
            }
        }
    }

    /// Feature names of `input`, in emission order (for explanations and tests).
    pub fn feature_names(&self, input: Input<'_>) -> Vec<String> {
        let mut sink: Vec<(u64, String)> = Vec::new();
        self.features(input, &mut Scratch::default(), &mut sink);
        sink.into_iter().map(|(_, n)| n).collect()
    }
}

/// Calls `emit` with each character n-gram of `<lower>` whose order is within `range`;
/// `buffer` and `offsets` are scratch space.
pub(super) fn char_ngrams(
    lower: &str,
    (lo, hi): (usize, usize),
    buffer: &mut String,
    offsets: &mut Vec<usize>,
    mut emit: impl FnMut(&str),
) {
    buffer.clear();
    buffer.push('<');
    buffer.push_str(lower);
    buffer.push('>');
    offsets.clear();
    offsets.extend(buffer.char_indices().map(|(i, _)| i));
    offsets.push(buffer.len());
    let nchars = offsets.len() - 1;
    for n in lo..=hi.min(nchars) {
        for i in 0..=nchars - n {
            emit(&buffer[offsets[i]..offsets[i + n]]);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::features::feature_hash;

    #[test]
    fn speech_verb_lemmas_of_inflected_forms() {
        for (word, lemma) in [
            ("warned", Some("warn")),
            ("slammed", Some("slam")),
            ("slamming", Some("slam")),
            ("quipped", Some("quip")),
            ("added", Some("add")),
            ("praised", Some("praise")),
            ("denied", Some("deny")),
            ("callled", None),
        ] {
            assert_eq!(lemma_of(word), lemma, "{word}");
        }
    }

    fn extractor(config: FeatureConfig) -> Extractor {
        Extractor::new(TokenizerConfig::default(), config)
    }

    #[test]
    fn word_ngrams_with_negation_and_contrast() {
        let e = extractor(FeatureConfig {
            char_ngrams: None,
            lexicon_features: false,
            ..FeatureConfig::default()
        });
        let names = e.feature_names(Input::text("Not real, but fine"));
        assert_eq!(
            names,
            [
                "w:not",
                "w:!real",
                "w:but",
                "w:fine",
                "w:not !real",
                "w:!real but",
                "w:but fine",
                "c:fine"
            ]
        );
    }

    #[test]
    fn char_ngrams_stay_inside_words() {
        let e = extractor(FeatureConfig {
            word_ngrams: (1, 1),
            char_ngrams: Some((3, 3)),
            ..FeatureConfig::default()
        });
        let names = e.feature_names(Input::text("Kyiv"));
        assert_eq!(names, ["w:kyiv", "h:<ky", "h:kyi", "h:yiv", "h:iv>"]);
    }

    #[test]
    fn context_gives_verb_and_words() {
        let e = extractor(FeatureConfig {
            word_ngrams: (1, 1),
            char_ngrams: None,
            ..FeatureConfig::default()
        });
        let names = e.feature_names(Input {
            text: "go",
            context: Some("the general warned"),
            verb: None,
        });
        assert_eq!(names, ["w:go", "x:the", "x:general", "x:warn", "v:warn"]);
    }

    #[test]
    fn streamed_hash_equals_hash_of_name() {
        let e = extractor(FeatureConfig::default());
        let input = Input::text("They didn\u{2019}t get bogged down, but 48 hours later…");
        let mut named: Vec<(u64, String)> = Vec::new();
        let mut hashed: Vec<u64> = Vec::new();
        e.features(input, &mut Scratch::default(), &mut named);
        e.features(input, &mut Scratch::default(), &mut hashed);
        assert_eq!(named.len(), hashed.len());
        for ((h, name), h2) in named.iter().zip(&hashed) {
            assert_eq!(*h, feature_hash(name));
            assert_eq!(h, h2);
        }
    }

    #[test]
    fn speech_verb_lemmas() {
        let table = [
            (&["he", "said"][..], Some("say")),
            (&["warned"][..], Some("warn")),
            (&["lauded"][..], Some("laud")),
            (&["denied"][..], Some("deny")),
            (&["according", "to", "afp"][..], Some("according to")),
            (&["describing"][..], Some("describe")),
            (&["the", "base"][..], None),
        ];
        for (words, want) in table {
            assert_eq!(speech_verb(words.iter().copied()), want, "{words:?}");
        }
    }
}
