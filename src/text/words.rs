//! Distinct words, normalized and stemmed once: a cache from a segment's surface form to its
//! [`Word`], and tokens that point into it. Words follow Zipf's law, so after the first few
//! sentences nearly every token is a cache hit and costs one hash lookup instead of folding,
//! cue tests and a Snowball run.

use super::tokenize::{breaks_scope, fold_into, is_contrast, is_negation};
use super::{Language, Span};

/// Everything the tokenizer derives from one surface form.
#[derive(Debug, Clone)]
pub struct Word {
    /// Normalized, lowercased form (digits folded to `0`).
    pub lower: Box<str>,
    /// Stem of `lower` (no negation mark).
    pub stem: Box<str>,
    /// Has a letter or digit: a token; otherwise punctuation or symbols.
    pub is_word: bool,
    /// Opens a negation scope (not, never, n't …).
    pub negation_cue: bool,
    /// Opens a contrast scope (but, however, yet …).
    pub contrast_cue: bool,
    /// Punctuation that closes a negation scope.
    pub scope_break: bool,
}

/// A token as an index into a [`Words`] cache.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct WordToken {
    pub span: Span,
    pub word: u32,
    /// Inside a negation scope (the cue itself is not).
    pub negated: bool,
    /// Inside a contrast scope (the cue itself is not).
    pub after_contrast: bool,
}

/// The cache. Bounded: when full it starts over, and `generation` changes so that anything
/// indexed by word id can tell its ids are stale.
#[derive(Debug, Default)]
pub struct Words {
    language: Option<Language>,
    /// Word ids, found by [`Key`].
    ids: hashbrown::HashTable<u32>,
    keys: Vec<Key>,
    entries: Vec<Word>,
    generation: u64,
}

/// A surface form as the cache compares it: length and first eight bytes inline, so the
/// usual word (eight bytes or fewer) is found without a string comparison, and the rest of a
/// longer one. (A map keyed by the string spent a fifth of its time in `memcmp` calls.)
#[derive(Debug, Clone, PartialEq, Eq)]
struct Key {
    hash: u64,
    head: u64,
    len: usize,
    tail: Box<[u8]>,
}

/// Up to eight bytes as one little-endian word.
#[inline]
fn packed(bytes: &[u8]) -> u64 {
    // Whole loads, not a byte loop: this runs for every token. Shorter strings are read as
    // two overlapping halves (the overlap holds the same bytes, so OR-ing is exact).
    let n = bytes.len();
    let le32 = |i: usize| u32::from_le_bytes([bytes[i], bytes[i + 1], bytes[i + 2], bytes[i + 3]]);
    match n {
        0 => 0,
        1..=3 => {
            bytes[0] as u64
                | (bytes[n / 2] as u64) << (8 * (n / 2))
                | (bytes[n - 1] as u64) << (8 * (n - 1))
        }
        4..=7 => le32(0) as u64 | (le32(n - 4) as u64) << (8 * (n - 4)),
        _ => u64::from_le_bytes([
            bytes[0], bytes[1], bytes[2], bytes[3], bytes[4], bytes[5], bytes[6], bytes[7],
        ]),
    }
}

impl Key {
    #[inline]
    fn matches(&self, head: u64, bytes: &[u8]) -> bool {
        self.head == head
            && self.len == bytes.len()
            && (bytes.len() <= 8 || *self.tail == bytes[8..])
    }
}

/// FxHash-style: a multiply per eight bytes, rotated so the table's low bits are well mixed.
#[inline]
fn hash(head: u64, bytes: &[u8]) -> u64 {
    const K: u64 = 0xf135_7aea_2e62_a9c5;
    let mut h = (head ^ bytes.len() as u64).wrapping_mul(K);
    if bytes.len() > 8 {
        for chunk in bytes[8..].chunks(8) {
            h = (h ^ packed(chunk)).wrapping_mul(K);
        }
    }
    h.rotate_left(26)
}

const WORDS_LIMIT: usize = 200_000;

impl Words {
    /// The word with id `id`.
    #[inline]
    pub fn get(&self, id: u32) -> &Word {
        &self.entries[id as usize]
    }

    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// Changes whenever ids are reused (the cache was cleared).
    pub fn generation(&self) -> u64 {
        self.generation
    }

    /// Empties the cache unless it holds words of `language` and has room.
    pub(super) fn prepare(&mut self, language: Language) {
        if self.language != Some(language) || self.entries.len() >= WORDS_LIMIT {
            self.ids.clear();
            self.keys.clear();
            self.entries.clear();
            self.language = Some(language);
            self.generation += 1;
        }
    }

    /// The id of `segment`, analysing it on first sight.
    #[inline]
    pub(super) fn id(&mut self, segment: &str, stemmer: Option<&rust_stemmers::Stemmer>) -> u32 {
        let bytes = segment.as_bytes();
        let head = packed(bytes);
        let h = hash(head, bytes);
        let keys = &self.keys;
        match self
            .ids
            .find(h, |&id| keys[id as usize].matches(head, bytes))
        {
            Some(&id) => id,
            None => self.learn(segment, stemmer, h, head),
        }
    }

    /// Analyses a segment seen for the first time and gives it the next id (kept out of line:
    /// after the first sentences nearly every lookup is a hit).
    #[cold]
    #[inline(never)]
    fn learn(
        &mut self,
        segment: &str,
        stemmer: Option<&rust_stemmers::Stemmer>,
        h: u64,
        head: u64,
    ) -> u32 {
        let bytes = segment.as_bytes();
        let mut lower = String::new();
        fold_into(segment, &mut lower);
        let is_word = segment.chars().any(char::is_alphanumeric);
        let stem = match stemmer {
            Some(s) if is_word => s.stem(&lower).into_owned(),
            _ => lower.clone(),
        };
        let word = Word {
            is_word,
            negation_cue: is_word && is_negation(&lower),
            contrast_cue: is_word && is_contrast(&lower),
            scope_break: !is_word && breaks_scope(segment),
            lower: lower.into_boxed_str(),
            stem: stem.into_boxed_str(),
        };
        let id = self.entries.len() as u32;
        self.entries.push(word);
        self.keys.push(Key {
            hash: h,
            head,
            len: bytes.len(),
            tail: bytes.get(8..).unwrap_or_default().into(),
        });
        let keys = &self.keys;
        self.ids.insert_unique(h, id, |&id| keys[id as usize].hash);
        id
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn stemmer() -> rust_stemmers::Stemmer {
        rust_stemmers::Stemmer::create(rust_stemmers::Algorithm::English)
    }

    #[test]
    fn packed_reads_up_to_eight_bytes_little_endian() {
        for len in 0..=12 {
            let bytes: Vec<u8> = (1..=len as u8).map(|b| b * 17).collect();
            let want = bytes
                .iter()
                .take(8)
                .enumerate()
                .fold(0u64, |w, (i, &b)| w | (b as u64) << (8 * i));
            assert_eq!(packed(&bytes), want, "length {len}");
        }
    }

    #[test]
    fn same_surface_same_id_and_long_words_compared_in_full() {
        let mut words = Words::default();
        words.prepare(Language::English);
        let s = stemmer();
        let a = words.id("withdrawals", Some(&s));
        let b = words.id("withdrawing", Some(&s));
        let short = words.id("said", Some(&s));
        assert_ne!(a, b, "same first eight bytes, different tails");
        assert_eq!(words.id("withdrawals", Some(&s)), a);
        assert_eq!(words.id("said", Some(&s)), short);
        assert_ne!(
            words.id("Said", Some(&s)),
            short,
            "keyed by the surface form"
        );
        assert_eq!(&*words.get(a).stem, "withdraw");
        let capital = words.id("Said", Some(&s));
        assert_eq!(&*words.get(capital).lower, "said");
        let comma = words.id(",", Some(&s));
        assert!(!words.get(comma).is_word && words.get(comma).scope_break);
        let never = words.id("never", Some(&s));
        assert!(words.get(never).negation_cue);
    }

    #[test]
    fn another_language_starts_a_new_generation() {
        let mut words = Words::default();
        words.prepare(Language::English);
        let first = words.generation();
        words.id("retreat", None);
        words.prepare(Language::English);
        assert_eq!((words.generation(), words.len()), (first, 1));
        words.prepare(Language::French);
        assert_eq!((words.generation(), words.len()), (first + 1, 0));
    }
}
