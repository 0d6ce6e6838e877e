//! Tokenizer on arbitrary text: spans are in bounds, on char boundaries, in order, and the
//! surface form of every token is non-empty. The first byte picks the settings.
#![no_main]

use libfuzzer_sys::fuzz_target;
use stance::text::{Language, Tokenizer, TokenizerConfig};

const LANGUAGES: &[Language] = &[
    Language::English,
    Language::None,
    Language::German,
    Language::Russian,
    Language::Arabic,
    Language::Turkish,
];

fuzz_target!(|data: &[u8]| {
    let Some((&flags, rest)) = data.split_first() else {
        return;
    };
    let Ok(text) = std::str::from_utf8(rest) else {
        return;
    };
    let config = TokenizerConfig {
        language: LANGUAGES[(flags as usize >> 2) % LANGUAGES.len()],
        negation: flags & 1 != 0,
        contrast: flags & 2 != 0,
    };
    let tokens = Tokenizer::new(config).tokenize(text);
    let mut last_end = 0;
    for t in &tokens {
        let (s, e) = (t.span.start, t.span.end);
        assert!(s <= e && e <= text.len(), "span {s}..{e} out of bounds ({})", text.len());
        assert!(text.is_char_boundary(s) && text.is_char_boundary(e), "span {s}..{e} splits a char");
        assert!(s >= last_end, "tokens overlap or are out of order at {s}");
        assert!(!text[s..e].is_empty());
        last_end = e;
    }
});
