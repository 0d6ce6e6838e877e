//! Text in, tokens out: byte spans into the original text, character normalization, Unicode
//! word segmentation, lowercasing, Snowball stemming, and negation and contrast scopes.
//!
//! Invariant: every [`Span`] is a byte range into the *original* text, on char boundaries, so
//! `&text[span.range()]` is always the surface form a token or quote came from.

mod entities;
mod layout;
mod tokenize;
mod words;

pub use entities::{decode_entities, Decoded};
pub use layout::reflow;
pub use tokenize::{Language, Token, Tokenizer, TokenizerConfig};
pub use words::{Word, WordToken, Words};

use serde::{Deserialize, Serialize};

/// A byte range `[start, end)` into the original text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    pub fn new(start: usize, end: usize) -> Self {
        debug_assert!(start <= end);
        Span { start, end }
    }
    pub fn range(&self) -> std::ops::Range<usize> {
        self.start..self.end
    }
    pub fn len(&self) -> usize {
        self.end - self.start
    }
    pub fn is_empty(&self) -> bool {
        self.start == self.end
    }
}

/// Folds typographic variants to one form: curly and angled quotes to `"` and `'`, dashes to
/// `-`, no-break spaces to a space. Everything else is returned unchanged.
pub fn normalize_char(c: char) -> char {
    match c {
        '\u{2018}' | '\u{2019}' | '\u{201A}' | '\u{201B}' | '\u{2032}' | '\u{02BC}' | '`' => '\'',
        '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{201F}' | '\u{2033}' | '\u{00AB}'
        | '\u{00BB}' => '"',
        '\u{2010}' | '\u{2011}' | '\u{2012}' | '\u{2013}' | '\u{2014}' | '\u{2015}'
        | '\u{2212}' => '-',
        '\u{00A0}' | '\u{2007}' | '\u{202F}' => ' ',
        c => c,
    }
}

/// The whole string through [`normalize_char`]. Byte offsets may change (curly quotes are 3
/// bytes, `"` is 1), so spans are always taken on the original, never on this.
pub fn normalize(text: &str) -> String {
    text.chars().map(normalize_char).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalize_folds_quotes_and_dashes() {
        let table = [
            ("it\u{2019}s", "it's"),
            ("\u{201C}yes\u{201D}", "\"yes\""),
            ("\u{00AB}non\u{00BB}", "\"non\""),
            ("a\u{2014}b", "a-b"),
            ("plain", "plain"),
        ];
        for (input, want) in table {
            assert_eq!(normalize(input), want, "input {input:?}");
        }
    }
}
