//! The tokenizer: segmentation, normalization, stemming and scope marking in one pass.

use super::{normalize_char, Span};
use serde::{Deserialize, Serialize};
use unicode_segmentation::UnicodeSegmentation;

/// Stemming language (Snowball algorithms from `rust-stemmers`), or `none` for no stemming.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, clap::ValueEnum)]
#[serde(rename_all = "lowercase")]
pub enum Language {
    None,
    Arabic,
    Danish,
    Dutch,
    English,
    Finnish,
    French,
    German,
    Greek,
    Hungarian,
    Italian,
    Norwegian,
    Portuguese,
    Romanian,
    Russian,
    Spanish,
    Swedish,
    Tamil,
    Turkish,
}

impl Language {
    fn algorithm(self) -> Option<rust_stemmers::Algorithm> {
        use rust_stemmers::Algorithm as A;
        Some(match self {
            Language::None => return None,
            Language::Arabic => A::Arabic,
            Language::Danish => A::Danish,
            Language::Dutch => A::Dutch,
            Language::English => A::English,
            Language::Finnish => A::Finnish,
            Language::French => A::French,
            Language::German => A::German,
            Language::Greek => A::Greek,
            Language::Hungarian => A::Hungarian,
            Language::Italian => A::Italian,
            Language::Norwegian => A::Norwegian,
            Language::Portuguese => A::Portuguese,
            Language::Romanian => A::Romanian,
            Language::Russian => A::Russian,
            Language::Spanish => A::Spanish,
            Language::Swedish => A::Swedish,
            Language::Tamil => A::Tamil,
            Language::Turkish => A::Turkish,
        })
    }
}

/// Tokenizer settings; stored in every model so prediction tokenizes as training did.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TokenizerConfig {
    /// Stemming language. Default: english.
    pub language: Language,
    /// Mark tokens after a negation cue (not, no, never, n't, without …) up to the next
    /// punctuation. Default: true.
    pub negation: bool,
    /// Mark tokens after a contrast cue (but, however, yet, although …) to the end of the text:
    /// the annotation guide says the clause after a contrast carries the label. Default: true.
    pub contrast: bool,
}

impl Default for TokenizerConfig {
    fn default() -> Self {
        TokenizerConfig {
            language: Language::English,
            negation: true,
            contrast: true,
        }
    }
}

/// One word of the input.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Token {
    /// Where the word is in the original text.
    pub span: Span,
    /// Normalized, lowercased surface form (digits folded to `0`).
    pub lower: String,
    /// Stem of `lower`; prefixed with `!` inside a negation scope.
    pub form: String,
    /// Inside a contrast scope (after but / however / yet / although …).
    pub after_contrast: bool,
}

/// Turns text into [`Token`]s. Cheap to clone; build once and reuse.
pub struct Tokenizer {
    config: TokenizerConfig,
    stemmer: Option<rust_stemmers::Stemmer>,
}

impl std::fmt::Debug for Tokenizer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Tokenizer")
            .field("config", &self.config)
            .finish()
    }
}

impl Clone for Tokenizer {
    fn clone(&self) -> Self {
        Tokenizer::new(self.config.clone())
    }
}

const NEGATIONS: &[&str] = &[
    "not", "no", "never", "without", "nor", "neither", "nobody", "nothing", "none", "nowhere",
    "cannot", "hardly", "barely", "scarcely", "ain't",
];
const CONTRASTS: &[&str] = &[
    "but",
    "however",
    "yet",
    "although",
    "though",
    "still",
    "nevertheless",
    "nonetheless",
    "whereas",
    "despite",
];

fn is_negation(lower: &str) -> bool {
    NEGATIONS.contains(&lower) || lower.ends_with("n't")
}

/// Punctuation that ends a negation scope.
fn breaks_scope(segment: &str) -> bool {
    segment.chars().any(|c| {
        matches!(
            normalize_char(c),
            '.' | ',' | ';' | ':' | '!' | '?' | '(' | ')' | '[' | ']' | '"' | '-' | '\n'
        ) || c == '\u{2026}'
    })
}

impl Tokenizer {
    pub fn new(config: TokenizerConfig) -> Self {
        let stemmer = config
            .language
            .algorithm()
            .map(rust_stemmers::Stemmer::create);
        Tokenizer { config, stemmer }
    }

    pub fn config(&self) -> &TokenizerConfig {
        &self.config
    }

    /// Tokens of `text`, in order.
    pub fn tokenize(&self, text: &str) -> Vec<Token> {
        let mut out = Vec::new();
        self.tokenize_into(text, &mut out);
        out
    }

    /// Like [`Tokenizer::tokenize`], reusing `out` (cleared first) to spare allocations.
    pub fn tokenize_into(&self, text: &str, out: &mut Vec<Token>) {
        out.clear();
        let mut negated = false;
        let mut contrast = false;
        for (start, segment) in text.split_word_bound_indices() {
            if !segment.chars().any(char::is_alphanumeric) {
                if self.config.negation && negated && breaks_scope(segment) {
                    negated = false;
                }
                continue;
            }
            let lower = fold(segment);
            let cue_negation = self.config.negation && is_negation(&lower);
            let cue_contrast = self.config.contrast && CONTRASTS.contains(&lower.as_str());
            let stem = match &self.stemmer {
                Some(s) => cached_stem(s, self.config.language, &lower),
                None => lower.clone(),
            };
            let form = if negated && !cue_negation {
                let mut f = String::with_capacity(stem.len() + 1);
                f.push('!');
                f.push_str(&stem);
                f
            } else {
                stem
            };
            out.push(Token {
                span: Span::new(start, start + segment.len()),
                lower,
                form,
                after_contrast: contrast && !cue_contrast,
            });
            if cue_negation {
                negated = true;
            }
            if cue_contrast {
                contrast = true;
                // A new clause starts at the contrast: an earlier negation does not reach past it.
                negated = false;
            }
        }
    }
}

thread_local! {
    /// Word → stem, per thread: words follow Zipf's law, so most lookups hit and Snowball
    /// (a fifth of prediction time when uncached) runs once per distinct word.
    static STEMS: std::cell::RefCell<(Option<Language>, std::collections::HashMap<String, String>)> =
        std::cell::RefCell::new((None, std::collections::HashMap::new()));
}

const STEM_CACHE_LIMIT: usize = 200_000;

fn cached_stem(stemmer: &rust_stemmers::Stemmer, language: Language, word: &str) -> String {
    STEMS.with(|cell| {
        let mut guard = cell.borrow_mut();
        let (lang, cache) = &mut *guard;
        if *lang != Some(language) || cache.len() >= STEM_CACHE_LIMIT {
            cache.clear();
            *lang = Some(language);
        }
        if let Some(stem) = cache.get(word) {
            return stem.clone();
        }
        let stem = stemmer.stem(word).into_owned();
        cache.insert(word.to_string(), stem.clone());
        stem
    })
}

/// Lowercase, typographic folding (’ → ') and digits to `0`, so "1,200" and "3,400" share
/// features and curly apostrophes match straight ones.
fn fold(segment: &str) -> String {
    let mut s = String::with_capacity(segment.len());
    for c in segment.chars() {
        let c = normalize_char(c);
        if c.is_ascii_digit() {
            s.push('0');
        } else if c.is_ascii() {
            s.push(c.to_ascii_lowercase());
        } else {
            s.extend(c.to_lowercase());
        }
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    fn forms(text: &str) -> Vec<String> {
        Tokenizer::new(TokenizerConfig::default())
            .tokenize(text)
            .into_iter()
            .map(|t| t.form)
            .collect()
    }

    #[test]
    fn spans_point_into_the_original() {
        let text = "\u{201C}We don\u{2019}t welcome it,\u{201D} said Ms. Ōkubo.";
        let tokens = Tokenizer::new(TokenizerConfig::default()).tokenize(text);
        let surface: Vec<&str> = tokens.iter().map(|t| &text[t.span.range()]).collect();
        assert_eq!(
            surface,
            ["We", "don\u{2019}t", "welcome", "it", "said", "Ms", "Ōkubo"]
        );
        assert_eq!(tokens[1].lower, "don't");
        assert_eq!(tokens[6].lower, "ōkubo");
    }

    #[test]
    fn stems_with_the_configured_language() {
        assert_eq!(forms("withdrawals continuing"), ["withdraw", "continu"]);
        let none = Tokenizer::new(TokenizerConfig {
            language: Language::None,
            ..TokenizerConfig::default()
        });
        assert_eq!(none.tokenize("withdrawals")[0].form, "withdrawals");
    }

    #[test]
    fn negation_scope_ends_at_punctuation() {
        assert_eq!(
            forms("this is not a real withdrawal, they said"),
            [
                "this",
                "is",
                "not",
                "!a",
                "!real",
                "!withdraw",
                "they",
                "said"
            ]
        );
        assert_eq!(forms("it isn't over"), ["it", "isn't", "!over"]);
    }

    #[test]
    fn contrast_scope_runs_to_the_end() {
        let tokens = Tokenizer::new(TokenizerConfig::default())
            .tokenize("Good results. But too early. Really.");
        let marked: Vec<bool> = tokens.iter().map(|t| t.after_contrast).collect();
        assert_eq!(marked, [false, false, false, true, true, true]);
    }

    #[test]
    fn digits_fold_to_zero() {
        assert_eq!(forms("48 hours")[0], "00");
    }
}
