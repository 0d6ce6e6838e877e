//! The tokenizer: segmentation, normalization, stemming and scope marking in one pass.

use super::words::{WordToken, Words};
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

pub(super) fn is_negation(lower: &str) -> bool {
    // A match compiles to a length switch: this runs for every token.
    matches!(
        lower,
        "not"
            | "no"
            | "never"
            | "without"
            | "nor"
            | "neither"
            | "nobody"
            | "nothing"
            | "none"
            | "nowhere"
            | "cannot"
            | "hardly"
            | "barely"
            | "scarcely"
            | "ain't"
    ) || lower.ends_with("n't")
}

pub(super) fn is_contrast(lower: &str) -> bool {
    matches!(
        lower,
        "but"
            | "however"
            | "yet"
            | "although"
            | "though"
            | "still"
            | "nevertheless"
            | "nonetheless"
            | "whereas"
            | "despite"
    )
}

/// Punctuation that ends a negation scope.
pub(super) fn breaks_scope(segment: &str) -> bool {
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

    /// Like [`Tokenizer::tokenize`], reusing `out` and the strings of the tokens already in it,
    /// so a warm buffer tokenizes without allocating.
    pub fn tokenize_into(&self, text: &str, out: &mut Vec<Token>) {
        WORDS.with(|cell| {
            let words = &mut *cell.borrow_mut();
            let mut n = 0;
            self.scan(text, words, |t, words| {
                if n == out.len() {
                    out.push(Token {
                        span: t.span,
                        lower: String::new(),
                        form: String::new(),
                        after_contrast: false,
                    });
                }
                let token = &mut out[n];
                n += 1;
                let word = words.get(t.word);
                token.span = t.span;
                token.lower.clear();
                token.lower.push_str(&word.lower);
                token.form.clear();
                if t.negated {
                    token.form.push('!');
                }
                token.form.push_str(&word.stem);
                token.after_contrast = t.after_contrast;
            });
            out.truncate(n);
        })
    }

    /// The tokens of `text` as ids into `words` (which learns the words it has not seen), into
    /// `out`: the allocation-free form of [`Tokenizer::tokenize`] that prediction uses.
    pub fn tokenize_words(&self, text: &str, words: &mut Words, out: &mut Vec<WordToken>) {
        out.clear();
        self.scan(text, words, |t, _| out.push(t));
    }

    /// Segments `text`, marks negation and contrast scopes, and calls `f` for each token.
    fn scan(&self, text: &str, words: &mut Words, mut f: impl FnMut(WordToken, &Words)) {
        words.prepare(self.config.language);
        let mut negated = false;
        let mut contrast = false;
        // Between words only a line break matters (it ends a negation scope).
        let line_break = std::cell::Cell::new(false);
        for_each_word_bound(
            text,
            || line_break.set(true),
            |start, segment| {
                if line_break.take() {
                    negated = false;
                }
                // One ASCII punctuation byte: its only effect is on the negation scope, known
                // without looking the segment up.
                if let [b] = segment.as_bytes() {
                    if !b.is_ascii_alphanumeric() {
                        if ASCII_SCOPE_BREAK[*b as usize & 0x7f] {
                            negated = false;
                        }
                        return;
                    }
                }
                let (id, cues) = words.id(segment, self.stemmer.as_ref());
                if !cues.is_word() {
                    if cues.scope_break() {
                        negated = false;
                    }
                    return;
                }
                let cue_negation = self.config.negation && cues.negation();
                let cue_contrast = self.config.contrast && cues.contrast();
                f(
                    WordToken {
                        span: Span::new(start, start + segment.len()),
                        word: id,
                        negated: negated && !cue_negation,
                        after_contrast: contrast && !cue_contrast,
                    },
                    words,
                );
                if cue_negation {
                    negated = true;
                }
                if cue_contrast {
                    contrast = true;
                    // A new clause starts at the contrast: an earlier negation does not reach past it.
                    negated = false;
                }
            },
        );
    }
}

/// [`breaks_scope`] of each one-byte (ASCII) segment.
const ASCII_SCOPE_BREAK: [bool; 128] = {
    let mut table = [false; 128];
    let breaks = b".,;:!?()[]\"-\n";
    let mut i = 0;
    while i < breaks.len() {
        table[breaks[i] as usize] = true;
        i += 1;
    }
    table
};

/// Calls `f(start, segment)` for each Unicode (UAX #29) word-bound segment of `text` that is
/// not ASCII whitespace, and `line_break()` for each `\n` between them.
///
/// Word bounds never join across ASCII whitespace, so the text is cut there and each
/// whitespace-free chunk goes to [`simple_word_bounds`] when all its characters are ASCII or
/// common typography (most chunks of English news; several times faster), or to
/// `unicode-segmentation` otherwise. A property test checks that both give the same words.
#[inline(always)]
fn for_each_word_bound(text: &str, mut line_break: impl FnMut(), mut f: impl FnMut(usize, &str)) {
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i].is_ascii_whitespace() {
            if bytes[i] == b'\n' {
                line_break();
            }
            i += 1;
            continue;
        }
        let start = i;
        let mut ascii = true;
        while i < bytes.len() && !bytes[i].is_ascii_whitespace() {
            ascii &= bytes[i].is_ascii();
            i += 1;
        }
        let chunk = &text[start..i];
        // (A combining mark right after whitespace attaches to the whitespace under WB4 and
        // starts a segment of its own here: neither is a word, so the words are the same.)
        if ascii || chunk.chars().all(|c| simple_class(c).is_some()) {
            simple_word_bounds(chunk, |s, seg| f(start + s, seg));
        } else {
            for (s, seg) in chunk.split_word_bound_indices() {
                f(start + s, seg);
            }
        }
    }
}

/// Word-break classes of the characters [`simple_word_bounds`] handles.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Wb {
    Letter,
    Numeric,
    ExtendNumLet,
    MidLetter,
    MidNumLet,
    MidNum,
    Other,
}

/// The UAX #29 class of ASCII and of the typography common in news (curly quotes and
/// apostrophes, dashes, ellipsis); `None` for anything else.
const fn simple_class(c: char) -> Option<Wb> {
    Some(match c {
        'a'..='z' | 'A'..='Z' => Wb::Letter,
        '0'..='9' => Wb::Numeric,
        '_' => Wb::ExtendNumLet,
        ':' => Wb::MidLetter,
        '.' | '\'' | '\u{2018}' | '\u{2019}' => Wb::MidNumLet,
        ',' | ';' => Wb::MidNum,
        c if c.is_ascii() && !c.is_ascii_whitespace() => Wb::Other,
        '\u{201C}' | '\u{201D}' | '\u{2013}' | '\u{2014}' | '\u{2026}' => Wb::Other,
        _ => return None,
    })
}

/// [`simple_class`] of each ASCII byte.
const ASCII_CLASS: [Wb; 128] = {
    let mut table = [Wb::Other; 128];
    let mut b = 0;
    while b < 128 {
        table[b] = match simple_class(b as u8 as char) {
            Some(class) => class,
            None => Wb::Other,
        };
        b += 1;
    }
    table
};

/// UAX #29 word bounds of a whitespace-free string whose characters all have a
/// [`simple_class`]: rules WB5–WB13b restricted to those classes; every other character is its
/// own segment.
#[inline(always)]
fn simple_word_bounds(chunk: &str, mut f: impl FnMut(usize, &str)) {
    use Wb::*;
    // (class, byte length) of the character at byte `i`; ASCII bytes from a table, without
    // decoding a char.
    let bytes = chunk.as_bytes();
    let at = |i: usize| -> (Wb, usize) {
        match bytes.get(i) {
            None => (Other, 0),
            Some(&b) if b.is_ascii() => (ASCII_CLASS[b as usize], 1),
            Some(_) => match chunk[i..].chars().next() {
                Some(c) => (simple_class(c).unwrap_or(Other), c.len_utf8()),
                None => (Other, 0),
            },
        }
    };
    let wordish = |c: Wb| matches!(c, Letter | Numeric | ExtendNumLet);
    let mut i = 0;
    while i < chunk.len() {
        let start = i;
        let (mut prev, len) = at(i);
        i += len;
        if wordish(prev) {
            while i < chunk.len() {
                let (c, len) = at(i);
                if wordish(c) {
                    prev = c;
                    i += len;
                    continue;
                }
                // WB6/7: letter (MidLetter | MidNumLet) letter; WB11/12: digit (MidNum |
                // MidNumLet) digit.
                let (next, next_len) = at(i + len);
                let joins = match c {
                    MidLetter => prev == Letter && next == Letter,
                    MidNumLet => {
                        (prev == Letter && next == Letter) || (prev == Numeric && next == Numeric)
                    }
                    MidNum => prev == Numeric && next == Numeric,
                    _ => false,
                };
                if !joins {
                    break;
                }
                prev = next;
                i += len + next_len;
            }
        }
        f(start, &chunk[start..i]);
    }
}

thread_local! {
    /// The word cache behind [`Tokenizer::tokenize_into`], per thread.
    static WORDS: std::cell::RefCell<Words> = std::cell::RefCell::new(Words::default());
}

/// Lowercase, typographic folding (’ → ') and digits to `0`, so "1,200" and "3,400" share
/// features and curly apostrophes match straight ones. Writes into `s` (cleared first).
pub(super) fn fold_into(segment: &str, s: &mut String) {
    s.clear();
    if segment.is_ascii() {
        if segment.bytes().any(|b| b.is_ascii_digit()) {
            s.extend(segment.bytes().map(|b| {
                if b.is_ascii_digit() {
                    '0'
                } else {
                    b.to_ascii_lowercase() as char
                }
            }));
        } else {
            s.push_str(segment);
            s.make_ascii_lowercase();
        }
        return;
    }
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
    fn one_byte_scope_breaks_agree_with_breaks_scope() {
        for b in 0u8..128 {
            if !b.is_ascii_alphanumeric() && !b.is_ascii_whitespace() {
                let segment = (b as char).to_string();
                assert_eq!(
                    ASCII_SCOPE_BREAK[b as usize],
                    breaks_scope(&segment),
                    "{segment:?}"
                );
            }
        }
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

    fn words_of(segments: impl Iterator<Item = (usize, String)>) -> Vec<(usize, String)> {
        segments
            .filter(|(_, s)| s.chars().any(char::is_alphanumeric))
            .collect()
    }

    fn fast_words(text: &str) -> Vec<(usize, String)> {
        let mut v = Vec::new();
        for_each_word_bound(text, || {}, |i, s| v.push((i, s.to_string())));
        words_of(v.into_iter())
    }

    fn reference_words(text: &str) -> Vec<(usize, String)> {
        words_of(
            text.split_word_bound_indices()
                .map(|(i, s)| (i, s.to_string())),
        )
    }

    #[test]
    fn fast_path_matches_unicode_segmentation() {
        for text in [
            "U.S. troops left Kabul at 3:45 on 1,200.5 trucks; it's over, isn't it?",
            "a:b a::b 1.2.3 1,,2 x_y _a_ 'quoted' don't. e.g. 10'000 \"done\" end.",
            "Mr. O'Neill said: \u{201C}We don\u{2019}t\u{201D} -- (yes) [no] 3.\n\nNext",
            "caf\u{e9} na\u{ef}ve \u{41f}\u{443}\u{442}\u{438}\u{43d} 2024-03-15 ..a.. 1.",
        ] {
            assert_eq!(fast_words(text), reference_words(text), "{text:?}");
        }
    }

    proptest::proptest! {
        #[test]
        fn fast_path_matches_on_any_text(
            // A small alphabet so that every joining rule (a'b, a:b, 1,2, 1.2, x_1) comes up.
            text in "[aZ19_:.',;!\"( \t\n\u{e9}\u{2018}\u{2019}\u{201C}\u{201D}\u{2013}\u{2014}\u{2026}\u{301}\u{200D}\u{a0}]{0,60}"
        ) {
            proptest::prop_assert_eq!(fast_words(&text), reference_words(&text));
        }
    }

    #[test]
    fn digits_fold_to_zero() {
        assert_eq!(forms("48 hours")[0], "00");
    }
}
