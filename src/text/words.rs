//! Distinct words, normalized and stemmed once: a cache from a segment's surface form to its
//! [`Word`], and tokens that point into it. Words follow Zipf's law, so after the first few
//! sentences nearly every token is a cache hit and costs one hash lookup instead of folding,
//! cue tests and a Snowball run.

use super::tokenize::{breaks_scope, fold_into, is_contrast, is_negation};
use super::{Language, Span};

/// The folded form and stem of one surface form (its scope cues live in the word table).
#[derive(Debug, Clone)]
pub struct Word {
    /// Normalized, lowercased form (digits folded to `0`).
    pub lower: Box<str>,
    /// Stem of `lower` (no negation mark).
    pub stem: Box<str>,
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
    /// Word ids, found by [`Slot`].
    ids: hashbrown::HashTable<Slot>,
    /// By id: what a [`Slot`] does not hold.
    keys: Vec<Key>,
    entries: Vec<Word>,
    generation: u64,
}

/// A word id with its surface form's length and first eight bytes inline, so the usual word
/// (eight bytes or fewer) is matched without a string comparison and without reading `keys`
/// (a cache miss per token when the bytes lived there). A map keyed by the string spent a
/// fifth of its time in `memcmp` calls.
#[derive(Debug, Clone, Copy)]
struct Slot {
    head: u64,
    id: u32,
    /// The length, saturated (longer forms are told apart by their tails).
    len: u16,
    cues: Cues,
}

/// The flags of a [`Word`] the tokenizer reads on every occurrence, kept in its [`Slot`] so
/// that a token costs no read of the word's entry.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Cues(u8);

impl Cues {
    const WORD: u8 = 1;
    const NEGATION: u8 = 2;
    const CONTRAST: u8 = 4;
    const SCOPE_BREAK: u8 = 8;

    /// The cues of a surface form and its folded `lower` form.
    fn of(segment: &str, lower: &str) -> Cues {
        let is_word = segment.chars().any(char::is_alphanumeric);
        Cues(
            (is_word as u8 * Cues::WORD)
                | ((is_word && is_negation(lower)) as u8 * Cues::NEGATION)
                | ((is_word && is_contrast(lower)) as u8 * Cues::CONTRAST)
                | ((!is_word && breaks_scope(segment)) as u8 * Cues::SCOPE_BREAK),
        )
    }

    /// Has a letter or digit: a token; otherwise punctuation or symbols.
    pub(super) fn is_word(self) -> bool {
        self.0 & Cues::WORD != 0
    }

    /// Opens a negation scope (not, never, n't …).
    pub(super) fn negation(self) -> bool {
        self.0 & Cues::NEGATION != 0
    }

    /// Opens a contrast scope (but, however, yet …).
    pub(super) fn contrast(self) -> bool {
        self.0 & Cues::CONTRAST != 0
    }

    /// Punctuation that closes a negation scope.
    pub(super) fn scope_break(self) -> bool {
        self.0 & Cues::SCOPE_BREAK != 0
    }
}

/// The rest of a surface form: its bytes after the eighth, and its hash for rehashing.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Key {
    hash: u64,
    tail: Box<[u8]>,
}

#[inline]
fn saturated_len(bytes: &[u8]) -> u16 {
    u16::try_from(bytes.len()).unwrap_or(u16::MAX)
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

impl Slot {
    #[inline]
    fn matches(&self, head: u64, bytes: &[u8], keys: &[Key]) -> bool {
        self.head == head
            && self.len == saturated_len(bytes)
            && (bytes.len() <= 8 || *keys[self.id as usize].tail == bytes[8..])
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

    /// The id and cues of `segment`, analysing it on first sight.
    #[inline]
    pub(super) fn id(
        &mut self,
        segment: &str,
        stemmer: Option<&rust_stemmers::Stemmer>,
    ) -> (u32, Cues) {
        let bytes = segment.as_bytes();
        let head = packed(bytes);
        let h = hash(head, bytes);
        let keys = &self.keys;
        match self.ids.find(h, |slot| slot.matches(head, bytes, keys)) {
            Some(slot) => (slot.id, slot.cues),
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
    ) -> (u32, Cues) {
        let bytes = segment.as_bytes();
        let mut lower = String::new();
        fold_into(segment, &mut lower);
        let cues = Cues::of(segment, &lower);
        // A stemmer can strip a word to nothing (Arabic drops a lone diacritic, "\u{64b}");
        // a token keeps a form, so the word stands for itself.
        let stem = match stemmer.filter(|_| cues.is_word()).map(|s| s.stem(&lower)) {
            Some(stem) if !stem.is_empty() => stem.into_owned(),
            _ => lower.clone(),
        };
        let id = self.entries.len() as u32;
        self.entries.push(Word {
            lower: lower.into_boxed_str(),
            stem: stem.into_boxed_str(),
        });
        self.keys.push(Key {
            hash: h,
            tail: bytes.get(8..).unwrap_or_default().into(),
        });
        let keys = &self.keys;
        let slot = Slot {
            head,
            id,
            len: saturated_len(bytes),
            cues,
        };
        self.ids
            .insert_unique(h, slot, |slot| keys[slot.id as usize].hash);
        (id, cues)
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
        let a = words.id("withdrawals", Some(&s)).0;
        let b = words.id("withdrawing", Some(&s)).0;
        let short = words.id("said", Some(&s)).0;
        assert_ne!(a, b, "same first eight bytes, different tails");
        assert_eq!(words.id("withdrawals", Some(&s)).0, a);
        assert_eq!(words.id("said", Some(&s)).0, short);
        assert_ne!(
            words.id("Said", Some(&s)).0,
            short,
            "keyed by the surface form"
        );
        assert_eq!(&*words.get(a).stem, "withdraw");
        let capital = words.id("Said", Some(&s)).0;
        assert_eq!(&*words.get(capital).lower, "said");
        let (comma, cues) = words.id(",", Some(&s));
        assert_eq!(&*words.get(comma).lower, ",");
        assert!(!cues.is_word() && cues.scope_break());
        let (never, cues) = words.id("never", Some(&s));
        assert_eq!(&*words.get(never).stem, "never");
        assert!(cues.is_word() && cues.negation() && !cues.contrast());
        // Cues come from the slot on a hit too.
        assert_eq!(words.id("never", Some(&s)), (never, cues));
        let (_, cues) = words.id("however", Some(&s));
        assert!(cues.is_word() && cues.contrast() && !cues.negation());
    }

    #[test]
    fn a_word_the_stemmer_empties_keeps_its_form() {
        let arabic = rust_stemmers::Stemmer::create(rust_stemmers::Algorithm::Arabic);
        let mut words = Words::default();
        words.prepare(Language::Arabic);
        let (id, cues) = words.id("\u{64b}", Some(&arabic));
        assert!(cues.is_word());
        assert_eq!(&*words.get(id).stem, "\u{64b}");
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
