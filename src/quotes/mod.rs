//! Quotes: every quoted party in a news article and the words attributed to it.
//!
//! This module owns finding quote spans (`extract`: quote marks, multi-paragraph quotes,
//! headline, photo captions, transcript tags, scare quotes and titles), attributing them to
//! a speaker (`attribute`: ordered sieves, reported speech, speech verbs, media), and
//! merging mentions into parties (`parties`: names without titles, "Kerry" = "John Kerry",
//! "the commander", pronouns). Word lists live in `lexicon` and `media.txt`.
//!
//! Invariants: every [`Quote`] span is a byte range into the original text, on char
//! boundaries, with `start <= end`; quotes come in text order; parties come in order of
//! their first quote, and a party appears only if some quote is attributed to it. A quote
//! has one party, plus the others of a joint statement in [`Quote::also`].
//!
//! ```
//! # use stance::quotes::{extract_quotes, QuoteConfig, QuoteKind};
//! let text = "Troops leave\n\n“We welcome this,” said Defence Minister Lena Okafor, according to AFP.";
//! let found = extract_quotes(text, &QuoteConfig::default()).unwrap();
//! let q = &found.quotes[0];
//! assert_eq!(&text[q.start..q.end], "We welcome this");
//! assert_eq!(q.kind, QuoteKind::Direct);
//! assert_eq!(found.parties[q.party.unwrap()].name, "Lena Okafor");
//! assert_eq!(q.via.as_deref(), Some("AFP"));
//! ```

mod attribute;
mod extract;
mod lexicon;
mod nested;
mod parties;

use std::cell::OnceCell;
use std::fmt;

/// Settings for [`extract_quotes`].
#[derive(Debug, Clone)]
pub struct QuoteConfig {
    /// Media names beyond the built-in list (`media.txt`); they carry words but are never
    /// parties. Default: none.
    pub extra_media: Vec<String>,
    /// Longest input accepted, in bytes; longer input is refused with
    /// [`QuoteError::TooLarge`]. Default: 8 MiB.
    pub max_bytes: usize,
}

impl Default for QuoteConfig {
    fn default() -> QuoteConfig {
        QuoteConfig {
            extra_media: Vec::new(),
            max_bytes: 8 * 1024 * 1024,
        }
    }
}

/// How the words were given.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum QuoteKind {
    /// A whole quoted statement: “…,” she said / France said: “…” / a transcript turn.
    Direct,
    /// Quoted words inside the writer's sentence: called the move a “betrayal”.
    Partial,
    /// No quote marks: "X said that …", "X lauded the move", "according to X, …".
    Reported,
}

/// One quote or reported statement.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Quote {
    /// Byte offsets into the original text: `&text[start..end]` is the quote's words,
    /// without the quote marks (for reported speech, the reported clause or verb phrase).
    pub start: usize,
    pub end: usize,
    pub kind: QuoteKind,
    /// Index into [`ArticleQuotes::parties`]; `None` when no speaker was found.
    pub party: Option<usize>,
    /// The other parties of a joint statement ("Russia and China said …"): the words are
    /// theirs too.
    pub also: Vec<usize>,
    /// Lemma of the attributing speech verb ("say", "warn", "according to"…).
    pub verb: Option<String>,
    /// The medium that carried the words ("AFP"), when the sentence names one.
    pub via: Option<String>,
    /// The attributing sentence with the quote's own words replaced by "…".
    pub context: String,
    /// The attribution rule that fired: "speaker-verb-quote", "quote-verb-speaker",
    /// "quote-gesture-speaker" ("'…,' he laughed"), "said-x", "colon", "self-named" (a
    /// communiqué read out), "tag", "signature" (a letter to the editor), "continuation",
    /// "paragraph", "said-this", "pronoun", "reported", "according-to", "quoted-speech"
    /// (words retold inside another party's quote), or "none".
    pub sieve: &'static str,
}

/// How a party is named.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum PartyKind {
    /// A named person: "John Kerry".
    Person,
    /// A description kept as written: "a commander of the Jabhat al-Nusra".
    Descriptive,
    /// A state or organization speaking as such: "France", "the Pentagon".
    Body,
}

/// A quoted party.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Party {
    /// The fullest proper name without titles, or the description.
    pub name: String,
    /// Every surface form seen as a speaker, in order of first appearance, deduplicated.
    pub mentions: Vec<String>,
    pub kind: PartyKind,
}

/// Everything found in one article.
#[derive(Debug, Clone, serde::Serialize)]
pub struct ArticleQuotes {
    /// In text order.
    pub quotes: Vec<Quote>,
    /// In order of first quote.
    pub parties: Vec<Party>,
}

impl ArticleQuotes {
    /// The same quotes with their offsets passed through `to`, e.g. from a decoded text's
    /// offsets to the input's.
    pub(crate) fn with_offsets(mut self, to: impl Fn(usize) -> usize) -> ArticleQuotes {
        for q in &mut self.quotes {
            q.start = to(q.start);
            q.end = to(q.end);
        }
        self
    }
}

/// Why an article could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum QuoteError {
    /// The input is longer than [`QuoteConfig::max_bytes`].
    TooLarge { bytes: usize, max: usize },
}

impl fmt::Display for QuoteError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            QuoteError::TooLarge { bytes, max } => {
                write!(
                    f,
                    "article is {bytes} bytes, more than the limit of {max} (raise max_bytes)"
                )
            }
        }
    }
}

impl std::error::Error for QuoteError {}

/// Finds every quote in `text`, attributes it, and merges speakers into parties.
pub fn extract_quotes(text: &str, config: &QuoteConfig) -> Result<ArticleQuotes, QuoteError> {
    if text.len() > config.max_bytes {
        return Err(QuoteError::TooLarge {
            bytes: text.len(),
            max: config.max_bytes,
        });
    }
    // Read as laid out: line endings folded, hard-wrapped paragraphs joined (same offsets),
    // character references decoded (offsets mapped back).
    let (decoded, found) = extract_read(&crate::text::reflow(text), config);
    Ok(match decoded {
        Some(d) => found.with_offsets(|at| d.original(at)),
        None => found,
    })
}

/// [`extract_reflowed`] of `text` with its HTML character references decoded, if it has
/// any: the offsets are then into the decoded text, and [`crate::text::Decoded::original`]
/// maps them to `text`'s.
pub(crate) fn extract_read(
    text: &str,
    config: &QuoteConfig,
) -> (Option<crate::text::Decoded>, ArticleQuotes) {
    match crate::text::decode_entities(text) {
        Some(d) => {
            let found = extract_reflowed(&d.text, config);
            (Some(d), found)
        }
        None => (None, extract_reflowed(text, config)),
    }
}

/// [`extract_quotes`] of a text already through [`crate::text::reflow`], whose size the
/// caller has checked against `config.max_bytes`.
pub(crate) fn extract_reflowed(text: &str, config: &QuoteConfig) -> ArticleQuotes {
    let media = lexicon::Media::new(&config.extra_media);
    let mut found = extract_with(text, &media, Headline::FirstLine);
    nested::add_quoted_speech(text, &media, &mut found);
    found
}

/// Whether a text's first line may be its headline.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Headline {
    FirstLine,
    /// A quote's words: a sentence is no headline for lacking its final period.
    None,
}

/// The longest line [`echoes_later`] takes for a heading, in bytes.
const LONGEST_HEADING: usize = 100;

/// Whether quote `it` stands in a short line that ends with no sentence's punctuation (a
/// headline or crosshead) and its words recur after that line.
fn echoes_later(text: &str, it: &attribute::Item, lower: &OnceCell<Lowered>) -> bool {
    // A heading's line is at most 100 bytes: its bounds are looked for that far only, so a
    // text with no line breaks is not searched end to end per quote.
    let from = extract::floor_boundary(text, it.start.saturating_sub(LONGEST_HEADING + 1));
    let start = match text[from..it.start].rfind('\n') {
        Some(k) => from + k + 1,
        None if from == 0 => 0,
        None => return false,
    };
    let to = extract::ceil_boundary(text, (it.end + LONGEST_HEADING + 1).min(text.len()));
    let end = match text[it.end..to].find('\n') {
        Some(k) => it.end + k,
        None if to == text.len() => to,
        None => return false,
    };
    let shown = text[start..end].trim();
    let heading = shown.len() <= LONGEST_HEADING
        && !shown
            .trim_end_matches(['"', '”', '’', '\'', '»'])
            .ends_with(['.', '!', '?', ',', ':', ';']);
    let words = text[it.start..it.end].trim_matches(|c: char| !c.is_alphanumeric());
    if !heading || words.len() < 12 {
        return false;
    }
    let lower = lower.get_or_init(|| Lowered::new(text));
    // (Char by char, as the text: Σ lowercases alike in both.)
    let words: String = words.chars().flat_map(char::to_lowercase).collect();
    memchr::memmem::find(lower.after(end), words.as_bytes()).is_some()
}

/// A text lowercased char by char, with where each of the original's chars went: made once,
/// so a long text with many crossheads is not lowercased again for each.
struct Lowered {
    text: String,
    /// `at[k]`: where the lowercased text has the original's byte `k` (at char starts).
    at: Vec<usize>,
}

impl Lowered {
    fn new(text: &str) -> Lowered {
        let mut out = String::with_capacity(text.len());
        let mut at = vec![0; text.len() + 1];
        for (k, c) in text.char_indices() {
            at[k] = out.len();
            if c.is_ascii() {
                out.push(c.to_ascii_lowercase());
            } else {
                out.extend(c.to_lowercase());
            }
        }
        at[text.len()] = out.len();
        Lowered { text: out, at }
    }

    /// The lowercased text from the original's byte `k` (a char boundary) on.
    fn after(&self, k: usize) -> &[u8] {
        &self.text.as_bytes()[self.at[k]..]
    }
}

/// Whether an attributing sentence has its speaker speak "through a spokesperson" (or "via
/// its spokesman …").
fn through_spokesperson(context: &str) -> bool {
    ["through ", "via "].iter().any(|by| {
        context.match_indices(by).any(|(at, _)| {
            let rest = &context[at + by.len()..];
            let rest = ["a ", "an ", "its ", "his ", "her ", "their "]
                .iter()
                .find_map(|d| rest.strip_prefix(d));
            rest.is_some_and(|r| r.starts_with("spokes"))
        })
    })
}

/// Quotes and parties of `text`, not looking inside quotes for quoted speech.
fn extract_with(text: &str, media: &lexicon::Media, headline: Headline) -> ArticleQuotes {
    let acronyms = extract::medium_acronyms(text, media);
    let with_acronyms;
    let media = if acronyms.is_empty() {
        media
    } else {
        with_acronyms = media.with_names(&acronyms);
        &with_acronyms
    };
    let mut lines = extract::layout(text, media);
    if headline == Headline::None {
        for line in &mut lines {
            if line.role == extract::LineRole::Headline {
                line.role = extract::LineRole::Body;
            }
        }
    }
    let raw = extract::find_quotes(text, &lines);
    // The article's reporters: a byline's, a script's credits, "X of <outlet>".
    let mut press = extract::byline_names(text);
    press.extend(extract::press_by_outlet(text, media));
    let mut items = attribute::attribute(text, &lines, &raw, media, &press);
    // A crosshead or headline repeating words the body quotes later ("Junta: 'Partners of
    // our own choosing'" over the paragraph that quotes them in full) is a label: the
    // body's quote is the one attributed.
    let lower = OnceCell::new();
    for it in items.iter_mut() {
        if it.quote.is_some() && !it.ghost && echoes_later(text, it, &lower) {
            it.speaker = None;
        }
    }

    // Resolve speakers to parties in the order items were made (text order, line by line),
    // so pronouns see the parties mentioned before them. Inherited speakers may point
    // forward (a continuation attributed in its last paragraph): those wait a round.
    let mut book = parties::Book::default();
    book.press = press;
    let mut party: Vec<Option<usize>> = vec![None; items.len()];
    let mut also: Vec<Vec<usize>> = vec![Vec::new(); items.len()];
    let mut done = vec![false; items.len()];
    // The last joint statement's party and its co-signers.
    let mut last_joint: Option<(usize, Vec<usize>)> = None;
    // Resolve in order of where the speaker phrase stands, so "he" sees only what came
    // before it.
    let mut by_pos: Vec<usize> = (0..items.len()).collect();
    by_pos.sort_by_key(|&i| match &items[i].speaker {
        Some(attribute::Speaker::Np(np)) => np.pos,
        _ => items[i].start,
    });
    // The last reported statement's party and span: names inside its words are noted, but
    // its speaker stays the most recent party, the one a later "he said" means.
    let mut reporting: Option<(usize, usize, usize)> = None;
    // The party a person named as a sentence's subject became, and where the name stands and
    // the sentence ends.
    let mut last_subject: Option<(usize, usize, usize)> = None;
    for _round in 0..4 {
        let mut progress = false;
        for &i in &by_pos {
            if done[i] {
                continue;
            }
            match &items[i].speaker {
                Some(attribute::Speaker::Np(np)) if items[i].ghost => {
                    // A body a sentence opens with is registered even by one word ("Ukraine,
                    // whose border …, was guarded."), so "it"/"its" can refer to it; other
                    // mentions only refresh known parties or full names.
                    if matches!(items[i].sieve, "lead-body" | "lead-name") {
                        let added = book.add(np);
                        if items[i].sieve == "lead-name" {
                            last_subject = added.map(|(p, _)| (p, np.pos, items[i].end));
                        }
                    } else {
                        book.note(np);
                    }
                    if let Some((p, s, e)) = reporting {
                        if (s..e).contains(&np.pos) {
                            book.refresh(p);
                        }
                    }
                    done[i] = true;
                }
                Some(attribute::Speaker::Np(np))
                    if np.also.is_empty()
                        && last_joint.as_ref().is_some_and(|(_, others)| {
                            lexicon::joint_reference(np.surface) == Some(others.len() + 1)
                        }) =>
                {
                    // "The three governments said …" after their joint statement: the same
                    // parties speak again.
                    let (p, others) = last_joint.clone().unwrap_or_default();
                    party[i] = Some(p);
                    also[i] = others;
                    done[i] = true;
                }
                Some(attribute::Speaker::Np(np)) => {
                    // The other names of a joint statement first, so that the first one is
                    // the most recent party for a following "it".
                    for other in &np.also {
                        if let Some((p, _)) = book.add(other) {
                            also[i].push(p);
                        }
                    }
                    // (The subject of the sentence just before, for an opening "He"; or of
                    // this one, when a quote's closing period did not end it: "X told the
                    // assembly: «…» He called …".)
                    let subject = last_subject.filter(|&(_, start, end)| {
                        start < np.pos
                            && (np.pos <= end
                                || text
                                    .get(end..np.pos)
                                    .is_some_and(|gap| gap.trim().is_empty()))
                    });
                    let addressed = items[i]
                        .quote
                        .and_then(|_| addressed_by_name(&text[items[i].start..items[i].end]));
                    let added = subject
                        .filter(|&(p, _, _)| {
                            addressed.is_none_or(|a| !book.drafts[p].answers_to(a))
                        })
                        .and_then(|(p, _, _)| book.add_subject_pronoun(np, p))
                        .or_else(|| book.add_addressing(np, addressed));
                    if let Some((p, back)) = added {
                        party[i] = Some(p);
                        book.drafts[p].spoke = true;
                        if items[i].kind == QuoteKind::Reported {
                            reporting = Some((p, items[i].start, items[i].end));
                        }
                        if !also[i].is_empty() {
                            last_joint = Some((p, also[i].clone()));
                        }
                        if back {
                            items[i].sieve = "pronoun";
                        }
                        for a in &items[i].appositives {
                            book.describe(p, a);
                        }
                        // "The cooperative said through a spokesperson that …", then "the
                        // spokesperson said": the cooperative's words.
                        if through_spokesperson(&items[i].context) {
                            book.speaks_through_spokesperson(p);
                        }
                    }
                    done[i] = true;
                }
                Some(attribute::Speaker::Inherit(j)) => {
                    let j = *j;
                    if j < items.len() && done[j] {
                        party[i] = party[j];
                        also[i] = also[j].clone();
                        done[i] = true;
                    } else {
                        continue;
                    }
                }
                None => done[i] = true,
            }
            progress = true;
        }
        if !progress {
            break;
        }
    }
    let mut merged = book.merge_indefinite_members();
    book.merge_named_descriptions(text, &mut merged);
    book.merge_bare_titles(text, &mut merged);
    // The reporters a byline names ("By Lucy Hartigan, with Daniel Okoro in Harwa") are the
    // press: what they see and say is the article's own voice, no party's.
    let press = std::mem::take(&mut book.press);
    if !press.is_empty() {
        let is_press = |p: usize| {
            parties::is_press(
                &press,
                &one_line(&book.drafts[merged[p]].name).to_lowercase(),
            )
        };
        for i in 0..items.len() {
            if party[i].is_some_and(is_press) {
                party[i] = None;
                also[i].clear();
            }
            also[i].retain(|&o| !is_press(o));
        }
    }

    let mut order: Vec<usize> = (0..items.len()).filter(|&i| !items[i].ghost).collect();
    order.sort_by_key(|&i| (items[i].start, items[i].end));
    let mut new_index: Vec<Option<usize>> = vec![None; book.drafts.len()];
    let mut parties_out: Vec<Party> = Vec::new();
    let mut quotes = Vec::with_capacity(items.len());
    // A party's output index, given when its first quote is output.
    let mut output_index = |p: usize| {
        let p = merged[p];
        *new_index[p].get_or_insert_with(|| {
            let d = &book.drafts[p];
            let mut mentions: Vec<String> = Vec::with_capacity(d.mentions.len());
            for m in &d.mentions {
                push_new(&mut mentions, one_line(m));
            }
            parties_out.push(Party {
                name: one_line(&d.name),
                mentions,
                kind: d.kind,
            });
            parties_out.len() - 1
        })
    };
    for &i in &order {
        let p = party[i].map(&mut output_index);
        let mut others: Vec<usize> = Vec::new();
        if p.is_some() {
            for &o in &also[i] {
                let o = output_index(o);
                if Some(o) != p && !others.contains(&o) {
                    others.push(o);
                }
            }
        }
        // Each item is output once: its strings move into the quote.
        let it = &mut items[i];
        quotes.push(Quote {
            start: it.start,
            end: it.end,
            kind: it.kind,
            party: p,
            also: others,
            verb: it.verb.map(str::to_string),
            via: it.via.take(),
            context: std::mem::take(&mut it.context),
            sieve: it.sieve,
        });
    }
    // A merged-away description's mentions join the party it merged into.
    for (old, &new) in merged.iter().enumerate() {
        if old != new {
            if let Some(ni) = new_index[new] {
                for m in &book.drafts[old].mentions {
                    push_new(&mut parties_out[ni].mentions, one_line(m));
                }
            }
        }
    }
    ArticleQuotes {
        quotes,
        parties: parties_out,
    }
}

/// A name as one line with single spaces: a name can span a line break or double spaces in
/// the text ("Hussain \nal-Sitri" in a hard-wrapped copy is "Hussain al-Sitri").
/// The name words end by addressing ("You'll miss them more than you think, Piet."): one
/// capitalized word after the last comma.
fn addressed_by_name(words: &str) -> Option<&str> {
    let words = words.trim_end_matches(|c: char| c.is_whitespace() || ".,!?;:'\"’”".contains(c));
    let (_, tail) = words.rsplit_once(", ")?;
    (tail.len() > 1
        && tail.starts_with(|c: char| c.is_uppercase())
        && tail.chars().all(|c| c.is_alphabetic() || c == '-'))
    .then_some(tail)
}

fn one_line(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    for word in name.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

fn push_new(mentions: &mut Vec<String>, m: String) {
    if !mentions.contains(&m) {
        mentions.push(m);
    }
}

#[cfg(test)]
pub(crate) mod score;
#[cfg(test)]
mod tests;
