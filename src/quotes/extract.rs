//! Finding quote spans: the article's layout (headline, photo captions, transcript speaker
//! tags, paragraphs), the quote marks and their pairing, word tokens and sentences.
//!
//! Everything here works in byte offsets into the original text; a span never includes its
//! quote marks, and never starts or ends off a char boundary (all cuts are at ASCII bytes or
//! at `char_indices` positions).

use super::lexicon::{self, Media};

/// What a line of the article is, for the purpose of finding quotes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum LineRole {
    Blank,
    /// The first line when it reads as a headline: never a quote source.
    Headline,
    /// A photo caption or credit line: never a quote source.
    Caption,
    Body,
    /// A transcript turn `NAME: words`; `tag_end` is the offset of the colon.
    Tag {
        tag_end: usize,
        journalist: bool,
    },
}

#[derive(Debug, Clone)]
pub(crate) struct Line {
    pub start: usize,
    pub end: usize,
    pub role: LineRole,
}

/// A quoted stretch of text, before attribution.
#[derive(Debug, Clone)]
pub(crate) struct RawQuote {
    /// Offset of the opening mark (the turn start for a transcript turn).
    pub open: usize,
    /// Offset just past the closing mark, or the line end when the quote is left open.
    pub close_end: usize,
    /// The quote's words, trimmed of spaces and a trailing comma.
    pub start: usize,
    pub end: usize,
    pub line: usize,
    /// The quote was left open at the end of its line (the multi-paragraph convention).
    pub unclosed: bool,
    /// The quote re-opens at a paragraph start after an unclosed quote: same speaker.
    pub continues_prev: bool,
    /// Index of the transcript tag line this turn belongs to.
    pub tag: bool,
}

/// Kinds of token: words, single punctuation characters, and whole quotes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum TokKind {
    Word,
    Punct,
    /// Index into the article's `RawQuote` list.
    Quote(usize),
}

#[derive(Debug, Clone, Copy)]
pub(crate) struct Tok {
    pub s: usize,
    pub e: usize,
    pub kind: TokKind,
}

impl Tok {
    pub(crate) fn text<'t>(&self, text: &'t str) -> &'t str {
        &text[self.s..self.e]
    }
    pub(crate) fn is_word(&self) -> bool {
        self.kind == TokKind::Word
    }
    pub(crate) fn is_punct(&self, text: &str, p: &str) -> bool {
        self.kind == TokKind::Punct && self.text(text) == p
    }
}

/// Splits the text into lines and decides each line's role.
pub(crate) fn layout(text: &str, media: &Media) -> Vec<Line> {
    let mut lines = Vec::new();
    let mut start = 0;
    for (i, b) in text.bytes().enumerate() {
        if b == b'\n' {
            lines.push(Line {
                start,
                end: i,
                role: LineRole::Body,
            });
            start = i + 1;
        }
    }
    lines.push(Line {
        start,
        end: text.len(),
        role: LineRole::Body,
    });

    let mut headline_seen = false;
    let mut tags = 0usize;
    for line in lines.iter_mut() {
        let s = &text[line.start..line.end];
        if s.trim().is_empty() {
            line.role = LineRole::Blank;
            continue;
        }
        if !headline_seen {
            headline_seen = true;
            if is_headline(s) {
                line.role = LineRole::Headline;
                continue;
            }
        }
        if is_caption(s, media) {
            line.role = LineRole::Caption;
        } else if let Some(colon) = tag_colon(s) {
            line.role = LineRole::Tag {
                tag_end: line.start + colon,
                journalist: false,
            };
            tags += 1;
        }
    }
    // One capitalized "WASHINGTON:" dateline is not a transcript; two turns are.
    if tags < 2 {
        for line in lines.iter_mut() {
            if matches!(line.role, LineRole::Tag { .. }) {
                line.role = LineRole::Body;
            }
        }
    } else {
        mark_journalist_tags(text, &mut lines);
    }
    lines
}

/// A headline lacks end punctuation ("John Kerry Russia visit Syria Troops pullout").
fn is_headline(s: &str) -> bool {
    let t = s.trim().trim_end_matches(['"', '”', '’', '\'', '»', ' ']);
    !t.ends_with(['.', '!', '?', ':', ';', '…'])
}

/// A caption carries a photo credit ("… Getty Images/AFP/Max Delany", "Photo: Reuters/…")
/// or says what a photo shows ("In this photo, …").
fn is_caption(s: &str, media: &Media) -> bool {
    const CUES: &[&str] = &[
        "Photo:",
        "Photograph:",
        "Picture:",
        "Image:",
        "Credit:",
        "Photo by",
        "Photo credit",
        "(Photo",
        "Pictured",
        "In this photo",
        "In this file photo",
        "This photo",
        "File photo",
        "PHOTO:",
        "Photos:",
        "Image credit",
        "Video:",
        "Caption:",
        "pictured)",
    ];
    // Cues sit near a caption's start ("In this photo, …") or end ("Photo: Reuters/…"):
    // looking only there keeps the check cheap on long paragraphs.
    let head = &s[..floor_boundary(s, 80)];
    let tail = &s[ceil_boundary(s, s.len().saturating_sub(200))..];
    if CUES.iter().any(|c| head.contains(c) || tail.contains(c)) {
        return true;
    }
    // The last sentence is a short slash-joined credit naming a medium.
    let t = s.trim();
    let last = match t.rfind(". ") {
        Some(i) => &t[i + 2..],
        None => t,
    };
    if last.contains('/') && last.split_whitespace().count() <= 8 {
        return last.split('/').any(|part| media.is_medium(part.trim()));
    }
    false
}

fn floor_boundary(s: &str, mut i: usize) -> usize {
    i = i.min(s.len());
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

fn ceil_boundary(s: &str, mut i: usize) -> usize {
    while i < s.len() && !s.is_char_boundary(i) {
        i += 1;
    }
    i
}

/// The offset of the colon in `NAME: …` when the line opens with an all-caps tag.
fn tag_colon(s: &str) -> Option<usize> {
    let colon = s.find(':')?;
    let tag = s[..colon].trim();
    if tag.len() < 2 || tag.len() > 48 || colon + 1 >= s.len() {
        return None;
    }
    let letters = tag.chars().filter(|c| c.is_alphabetic()).count();
    let ok = letters >= 2
        && tag
            .chars()
            .all(|c| c.is_uppercase() || c == ' ' || c == '.' || c == '-' || c == '\'' || c == '’')
        && tag.split_whitespace().count() <= 6;
    ok.then_some(colon)
}

/// Presenters, hosts and correspondents are journalists, not parties: their tag holds a
/// role word, the text introduces them with one, or their turns are mostly questions.
fn mark_journalist_tags(text: &str, lines: &mut [Line]) {
    use std::collections::HashMap;
    let mut turns: HashMap<String, (usize, usize)> = HashMap::new();
    for line in lines.iter() {
        if let LineRole::Tag { tag_end, .. } = line.role {
            let name = text[line.start..tag_end].trim().to_string();
            let turn = text[tag_end + 1..line.end].trim_end();
            let e = turns.entry(name).or_default();
            e.0 += 1;
            if turn.ends_with('?') || turn.ends_with("?\"") || turn.ends_with("?”") {
                e.1 += 1;
            }
        }
    }
    let lower = text.to_lowercase();
    let journalist: Vec<String> = turns
        .iter()
        .filter(|(name, (n, q))| {
            let role = name
                .split_whitespace()
                .any(|w| lexicon::JOURNALIST_TAGS.contains(&w));
            let introduced = lexicon::JOURNALIST_TAGS.iter().any(|r| {
                let needle = format!("{} {}", r.to_lowercase(), name.to_lowercase());
                lower.contains(&needle)
            });
            role || introduced || 2 * q > *n
        })
        .map(|(name, _)| name.clone())
        .collect();
    for line in lines.iter_mut() {
        if let LineRole::Tag { tag_end, .. } = line.role {
            let name = text[line.start..tag_end].trim();
            if journalist.iter().any(|j| j == name) {
                line.role = LineRole::Tag {
                    tag_end,
                    journalist: true,
                };
            }
        }
    }
}

/// Finds every quote in the body lines, in text order. Transcript turns become one quote
/// each; journalists' turns are skipped.
pub(crate) fn find_quotes(text: &str, lines: &[Line]) -> Vec<RawQuote> {
    let mut out: Vec<RawQuote> = Vec::new();
    for (li, line) in lines.iter().enumerate() {
        match line.role {
            LineRole::Body => scan_line(text, line.start, line.end, li, &mut out),
            LineRole::Tag {
                tag_end,
                journalist,
            } => {
                if journalist {
                    continue;
                }
                let (s, e) = trim_span(text, tag_end + 1, line.end);
                // A turn wrapped in quote marks loses them.
                let (s, e) = strip_wrapping_marks(text, s, e);
                let (s, e) = trim_span(text, s, e);
                if has_alnum(&text[s..e]) {
                    out.push(RawQuote {
                        open: tag_end + 1,
                        close_end: line.end,
                        start: s,
                        end: e,
                        line: li,
                        unclosed: false,
                        continues_prev: false,
                        tag: true,
                    });
                }
            }
            _ => {}
        }
    }
    // The multi-paragraph convention: a quote left open at a paragraph's end continues in
    // the next paragraph when that one opens with a quote mark.
    for i in 1..out.len() {
        let prev = &out[i - 1];
        if !prev.unclosed || prev.tag {
            continue;
        }
        let next_body = lines[prev.line + 1..]
            .iter()
            .position(|l| l.role != LineRole::Blank)
            .map(|p| prev.line + 1 + p);
        let q = &out[i];
        if Some(q.line) == next_body {
            let lead = text[lines[q.line].start..q.open].trim();
            if lead.is_empty() {
                out[i].continues_prev = true;
            }
        }
    }
    out
}

fn has_alnum(s: &str) -> bool {
    s.chars().any(|c| c.is_alphanumeric())
}

fn strip_wrapping_marks(text: &str, s: usize, e: usize) -> (usize, usize) {
    let t = &text[s..e];
    let mut chars = t.chars();
    match (chars.next(), chars.next_back()) {
        (Some(a), Some(b)) if is_double_open(a) && is_double_close(b) && t.len() > 2 => {
            (s + a.len_utf8(), e - b.len_utf8())
        }
        _ => (s, e),
    }
}

fn is_double_open(c: char) -> bool {
    matches!(c, '"' | '“' | '„' | '«')
}
fn is_double_close(c: char) -> bool {
    matches!(c, '"' | '”' | '“' | '»')
}

/// Trims whitespace, then a trailing comma (`“…to end it,” Kerry said`).
fn trim_span(text: &str, s: usize, e: usize) -> (usize, usize) {
    let t = &text[s..e];
    let lead = t.len() - t.trim_start().len();
    let t = t.trim_start();
    let t = t.trim_end().trim_end_matches(',').trim_end();
    (s + lead, s + lead + t.len())
}

/// Pairs quote marks within one line. Doubles (“ ” " „ « ») make quotes; single curly
/// quotes make a quote only when no double quote is open, open after a non-letter and close
/// before a non-letter, so apostrophes (it’s, don't, soldiers’) never open one.
fn scan_line(text: &str, ls: usize, le: usize, li: usize, out: &mut Vec<RawQuote>) {
    let line = &text[ls..le];
    let mut open: Option<(usize, char)> = None;
    let mut prev: Option<char> = None;
    let mut it = line.char_indices().peekable();
    while let Some((i, c)) = it.next() {
        let next = it.peek().map(|&(_, n)| n);
        let p = ls + i;
        match open {
            None => {
                let opens = match c {
                    '“' | '„' | '«' => next.is_some_and(|n| !n.is_whitespace() || c == '«'),
                    '"' => {
                        prev.map_or(true, |p| p.is_whitespace() || "([{—–-/:".contains(p))
                            && next.is_some_and(|n| !n.is_whitespace())
                    }
                    '‘' => {
                        prev.map_or(true, |p| !p.is_alphanumeric())
                            && next.is_some_and(|n| n.is_alphanumeric())
                    }
                    _ => false,
                };
                if opens {
                    open = Some((p, c));
                }
            }
            Some((op, oc)) => {
                let closes = match oc {
                    '“' => c == '”' || c == '"',
                    '„' => c == '“' || c == '”',
                    '«' => c == '»',
                    '"' => c == '"' || c == '”',
                    '‘' => {
                        c == '’'
                            && next.map_or(true, |n| !n.is_alphanumeric())
                            && prev.is_some_and(|p| !p.is_whitespace())
                    }
                    _ => false,
                };
                if closes {
                    push_quote(text, op, oc, p, p + c.len_utf8(), li, false, out);
                    open = None;
                }
            }
        }
        prev = Some(c);
    }
    if let Some((op, oc)) = open {
        push_quote(text, op, oc, le, le, li, true, out);
    }
}

#[allow(clippy::too_many_arguments)]
fn push_quote(
    text: &str,
    open: usize,
    open_char: char,
    close: usize,
    close_end: usize,
    line: usize,
    unclosed: bool,
    out: &mut Vec<RawQuote>,
) {
    let (s, e) = trim_span(text, open + open_char.len_utf8(), close);
    if s >= e || !has_alnum(&text[s..e]) {
        return;
    }
    out.push(RawQuote {
        open,
        close_end,
        start: s,
        end: e,
        line,
        unclosed,
        continues_prev: false,
        tag: false,
    });
}

/// Tokenizes `text[s..e]` into words and punctuation, replacing every quote that starts in
/// the range by one `Quote` token. `quotes` must be sorted by `open`; `qi` is the first
/// quote that may start at or after `s`.
pub(crate) fn tokenize(
    text: &str,
    s: usize,
    e: usize,
    quotes: &[RawQuote],
    mut qi: usize,
    out: &mut Vec<Tok>,
) {
    let bytes = text.as_bytes();
    let mut p = s;
    while qi < quotes.len() && quotes[qi].open < s {
        qi += 1;
    }
    while p < e {
        if qi < quotes.len() && quotes[qi].open == p {
            let q = &quotes[qi];
            out.push(Tok {
                s: q.open,
                e: q.close_end.min(e).max(p + 1),
                kind: TokKind::Quote(qi),
            });
            p = q.close_end.min(e).max(p + 1);
            qi += 1;
            // Quotes never overlap, but be safe against a zero advance.
            while p < e && !text.is_char_boundary(p) {
                p += 1;
            }
            continue;
        }
        let c = match text[p..].chars().next() {
            Some(c) => c,
            None => break,
        };
        let n = c.len_utf8();
        if c.is_whitespace() {
            p += n;
            continue;
        }
        if !c.is_alphanumeric() {
            out.push(Tok {
                s: p,
                e: p + n,
                kind: TokKind::Punct,
            });
            p += n;
            continue;
        }
        // A word: letters and digits, joined by an inner apostrophe, hyphen, period or
        // ampersand ("Germany’s", "al-Nusra", "U.S", "AT&T").
        let ws = p;
        let mut q = p + n;
        let mut inner_dot = false;
        while q < e {
            let c = match text[q..].chars().next() {
                Some(c) => c,
                None => break,
            };
            if c.is_alphanumeric() {
                q += c.len_utf8();
                continue;
            }
            if matches!(c, '\'' | '’' | '-' | '.' | '&') {
                let after = q + c.len_utf8();
                let next_alnum = after < e
                    && text[after..]
                        .chars()
                        .next()
                        .is_some_and(|n| n.is_alphanumeric());
                if next_alnum && !(qi < quotes.len() && quotes[qi].open == q) {
                    inner_dot |= c == '.';
                    q = after;
                    continue;
                }
            }
            break;
        }
        // Keep an abbreviation's period ("U.S.", "Lt.", "F.") so it never ends a sentence.
        if q < e && bytes[q] == b'.' {
            let w = &text[ws..q];
            let initial = w.chars().count() == 1 && w.chars().all(|c| c.is_uppercase());
            if inner_dot || initial || lexicon::is_abbreviation(w) {
                q += 1;
            }
        }
        out.push(Tok {
            s: ws,
            e: q,
            kind: TokKind::Word,
        });
        p = q;
    }
}

/// Splits a line's tokens into sentences (token index ranges). A quote is one token, so
/// its inner periods never split; a quote ending in . ! ? ends the sentence unless a short
/// attribution frame follows (`“We leave.” Kerry said.`).
pub(crate) fn sentences(text: &str, toks: &[Tok], quotes: &[RawQuote]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = 0;
    let n = toks.len();
    let starts_sentence = |j: usize| -> bool {
        match toks.get(j) {
            None => true,
            Some(t) => match t.kind {
                TokKind::Quote(_) => true,
                TokKind::Word => t
                    .text(text)
                    .chars()
                    .next()
                    .is_some_and(|c| c.is_uppercase() || c.is_numeric()),
                TokKind::Punct => matches!(t.text(text), "(" | "[" | "—" | "-" | "‘"),
            },
        }
    };
    let mut i = 0;
    while i < n {
        let t = toks[i];
        let end_here = match t.kind {
            TokKind::Punct => {
                let p = t.text(text);
                matches!(p, "." | "!" | "?" | "…") && {
                    // Skip a run of end punctuation and closing brackets.
                    let mut j = i + 1;
                    while j < n
                        && toks[j].kind == TokKind::Punct
                        && matches!(toks[j].text(text), "." | "!" | "?" | ")" | "]" | "’" | "'")
                    {
                        j += 1;
                    }
                    i = j - 1;
                    starts_sentence(j)
                }
            }
            TokKind::Quote(qi) => {
                let inner = &text[quotes[qi].start..quotes[qi].end];
                inner.ends_with(['.', '!', '?', '…'])
                    && i + 1 < n
                    && starts_sentence(i + 1)
                    && !short_frame(text, &toks[i + 1..])
            }
            TokKind::Word => false,
        };
        if end_here {
            out.push((start, i + 1));
            start = i + 1;
        }
        i += 1;
    }
    if start < n {
        out.push((start, n));
    }
    out
}

/// `Kerry said.` / `said the minister.`: a few words with a speech verb up to the next
/// sentence end.
fn short_frame(text: &str, toks: &[Tok]) -> bool {
    let mut words = 0;
    let mut verb = false;
    for t in toks {
        match t.kind {
            TokKind::Quote(_) => return verb,
            TokKind::Punct if matches!(t.text(text), "." | "!" | "?") => break,
            TokKind::Punct => {}
            TokKind::Word => {
                words += 1;
                if words > 10 {
                    return false;
                }
                verb |= lexicon::speech_verb(t.text(text)).is_some();
            }
        }
    }
    verb
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spans(text: &str) -> Vec<&str> {
        let media = Media::new(&[]);
        let lines = layout(text, &media);
        find_quotes(text, &lines)
            .iter()
            .map(|q| &text[q.start..q.end])
            .collect()
    }

    #[test]
    fn quote_marks() {
        let table: &[(&str, &[&str])] = &[
            ("Body.\nHe said: “We go.” Then", &["We go."]),
            ("Body.\n\"We go,\" she said.", &["We go"]),
            ("Body.\nIl a dit « nous partons » hier.", &["nous partons"]),
            ("Body.\nEr sagte: „Wir gehen“ heute.", &["Wir gehen"]),
            (
                "Body.\n“It’s done, isn't it? ‘Finished,’ they said,” he said.",
                &["It’s done, isn't it? ‘Finished,’ they said"],
            ),
            ("Body.\nThe soldiers’ families don’t agree.", &[]),
            ("Body.\n‘We are leaving,’ he said.", &["We are leaving"]),
            ("Body.\nHe is 6'2\" tall and said \"fine\".", &["fine"]),
        ];
        for (text, want) in table {
            assert_eq!(&spans(text), want, "{text:?}");
        }
    }

    #[test]
    fn multi_paragraph() {
        let text = "Body.\n“First part.\n\n“Second part,” he said.";
        let media = Media::new(&[]);
        let lines = layout(text, &media);
        let q = find_quotes(text, &lines);
        assert_eq!(q.len(), 2);
        assert_eq!(&text[q[0].start..q[0].end], "First part.");
        assert!(q[0].unclosed && q[1].continues_prev);
        assert_eq!(&text[q[1].start..q[1].end], "Second part");
    }

    #[test]
    fn headline_and_caption_skipped() {
        let text = "Baghdad hails \"a new page\"\n\nTrucks queue. Photo: Reuters/Deniz Aral\nA soldier. Getty Images/AFP/Max Delany\n\"Yes,\" he said.";
        assert_eq!(spans(text), vec!["Yes"]);
    }

    #[test]
    fn transcript_tags() {
        let text = "Interview.\nHOST: Will they stay?\nAMINA DIALLO: We welcome the withdrawal.\nHOST: And then?\nAMINA DIALLO: \"We will see.\"";
        assert_eq!(
            spans(text),
            vec!["We welcome the withdrawal.", "We will see."]
        );
    }

    #[test]
    fn tokens_keep_abbreviations() {
        let text = "U.S. Secretary Lt. Gen. Raymond F. Castell’s al-Nusra, 48.";
        let mut toks = Vec::new();
        tokenize(text, 0, text.len(), &[], 0, &mut toks);
        let words: Vec<&str> = toks.iter().map(|t| t.text(text)).collect();
        assert_eq!(
            words,
            [
                "U.S.",
                "Secretary",
                "Lt.",
                "Gen.",
                "Raymond",
                "F.",
                "Castell’s",
                "al-Nusra",
                ",",
                "48",
                "."
            ]
        );
    }
}
