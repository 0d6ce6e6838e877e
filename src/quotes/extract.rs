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
    /// A social post's text shown without quote marks, all of it one quote: under a post
    /// card ("[Telegram post — Ormeda Liberation Front]") or in a Markdown blockquote that
    /// a colon introduces or a "— Name" line signs. Attributed like a quote alone in its
    /// paragraph.
    Post,
    /// A paragraph of a letter to the editor, all of it the signer's words; `signer` is the
    /// span of the name on the signature line, `words` where the words start (past the
    /// salutation "Sir, ").
    Letter {
        signer: (usize, usize),
        words: usize,
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
    /// The word's [`lexicon::flag`] bits, looked up once when tokenizing (0 for non-words).
    pub f: u32,
    /// The speech verb the word spells, if any.
    pub verb: Option<lexicon::Verb>,
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
    /// Whether the word has any of the flag bits `f`.
    pub(crate) fn has(&self, f: u32) -> bool {
        self.f & f != 0
    }
    fn new(s: usize, e: usize, kind: TokKind) -> Tok {
        Tok {
            s,
            e,
            kind,
            f: 0,
            verb: None,
        }
    }
}

/// Splits the text into lines and decides each line's role.
pub(crate) fn layout(text: &str, media: &Media) -> Vec<Line> {
    // News paragraphs run to a few hundred bytes, blank lines between them.
    let mut lines = Vec::with_capacity(text.len() / 64 + 2);
    let mut start = 0;
    while let Some(k) = text[start..].find('\n') {
        lines.push(Line {
            start,
            end: start + k,
            role: LineRole::Body,
        });
        start += k + 1;
    }
    lines.push(Line {
        start,
        end: text.len(),
        role: LineRole::Body,
    });

    let mut headline_seen = false;
    let mut tags = 0usize;
    let dotted = has_dotted_turns(text);
    let mut blockquote = vec![false; lines.len()];
    for (li, line) in lines.iter_mut().enumerate() {
        let mut s = &text[line.start..line.end];
        // "> “We are leaving.”": a Markdown blockquote's markers are no part of the words.
        if let Some(k) = blockquote_marks(s) {
            line.start += k;
            s = &text[line.start..line.end];
            blockquote[li] = true;
        }
        if s.trim().is_empty() {
            line.role = LineRole::Blank;
            continue;
        }
        // "[00:12:31] Maria Okafor: …": a transcript's timestamp is no part of the turn.
        if let Some(k) = timestamp(s) {
            line.start += k;
            s = &text[line.start..line.end];
        }
        if !headline_seen {
            headline_seen = true;
            if is_headline(s) {
                line.role = LineRole::Headline;
                continue;
            }
        }
        if is_caption(s, media) || is_link_line(s) {
            line.role = LineRole::Caption;
        } else if is_entry_heading(text, line.start, line.end) {
            line.role = LineRole::Headline;
        } else if let Some((mark, question)) = qa_mark(s, dotted) {
            // A dotted question is a member's or counsel's until attribution finds no one
            // named to ask it.
            line.role = LineRole::Tag {
                tag_end: line.start + mark,
                journalist: question && !is_dotted_mark(s, mark),
            };
            tags += 1;
        } else if let Some(colon) = tag_colon(s) {
            // "ON-SCREEN CAPTION: HESNA VARO, TEACHER": text shown on screen, not a turn.
            let label = s[..colon].trim().to_uppercase();
            if matches!(
                label.as_str(),
                "CAPTION"
                    | "ON-SCREEN CAPTION"
                    | "ON SCREEN"
                    | "ON-SCREEN"
                    | "GRAPHIC"
                    | "ON-SCREEN GRAPHIC"
                    | "ON-SCREEN TEXT"
                    | "TEXT ON SCREEN"
                    | "CHYRON"
                    | "LOWER THIRD"
                    | "SUBTITLE"
                    | "SUPER"
            ) {
                line.role = LineRole::Caption;
                continue;
            }
            line.role = LineRole::Tag {
                tag_end: line.start + colon,
                journalist: false,
            };
            tags += 1;
        } else if let Some(colon) = reaction_label(s).filter(|&c| c + 1 < s.trim_end().len()) {
            line.role = LineRole::Tag {
                tag_end: line.start + colon,
                journalist: false,
            };
            tags += 1;
        }
    }
    // "Q: Does China plan …?" then "Gao: The so-called vacuum theory …": after a question
    // turn, an answer tagged by one capitalized word (a surname) is a turn too.
    for li in 1..lines.len() {
        let Some(prev) = (0..li).rev().find(|&k| lines[k].role != LineRole::Blank) else {
            continue;
        };
        let after_question = matches!(
            lines[prev].role,
            LineRole::Tag {
                journalist: true,
                ..
            }
        ) && qa_mark(&text[lines[prev].start..lines[prev].end], dotted)
            .is_some();
        if lines[li].role != LineRole::Body || !after_question {
            continue;
        }
        let s = &text[lines[li].start..lines[li].end];
        let Some(colon) = s.find(": ").filter(|&c| (2..=20).contains(&c)) else {
            continue;
        };
        let word = &s[..colon];
        let surname = word.starts_with(|c: char| c.is_uppercase())
            && word.chars().skip(1).all(|c| c.is_lowercase() || c == '-')
            && word.chars().skip(1).any(char::is_lowercase)
            && !lexicon::is_layout_label(word);
        if surname {
            lines[li].role = LineRole::Tag {
                tag_end: lines[li].start + colon,
                journalist: false,
            };
            tags += 1;
        }
    }
    // "ULVEN CITY, March 3 (Wire) — Ulvenia's government welcomed …": the dateline names
    // a place (and the agency that filed the story), so the paragraph's words start after it.
    for line in lines.iter_mut() {
        if line.role == LineRole::Body {
            if let Some(k) = dateline(&text[line.start..line.end]) {
                line.start += k;
            }
        }
    }
    // A reaction box's label alone on its line ("Dario Fenn, Velmira's Interior Minister:")
    // makes the paragraph under it that person's turn: the two lines are one tagged line.
    let label_ends: Vec<(usize, usize)> = lines
        .iter()
        .enumerate()
        .filter(|(_, l)| l.role == LineRole::Body)
        .filter_map(|(li, l)| {
            let s = &text[l.start..l.end];
            let colon = reaction_label(s).filter(|&c| c + 1 >= s.trim_end().len())?;
            Some((li, l.start + colon))
        })
        .collect();
    if tags + label_ends.len() >= 2 {
        let labels: Vec<usize> = label_ends.iter().map(|&(li, _)| li).collect();
        for (li, tag_end) in label_ends {
            tags += usize::from(join_label_line(&mut lines, li, tag_end, &labels));
        }
    }
    // A magazine Q&A prints each speaker's label alone on its line over the turn
    // ("Meridian:", then "Aldermann:"). Two labels that each come back make the exchange;
    // a label line joins the paragraph under it as one tagged line.
    // (Line index, colon offset, label.)
    let speaker_labels: Vec<(usize, usize, &str)> = lines
        .iter()
        .enumerate()
        .filter(|(_, l)| l.role == LineRole::Body)
        .filter_map(|(li, l)| {
            let colon = speaker_label_alone(&text[l.start..l.end])?;
            Some((li, l.start + colon, text[l.start..l.start + colon].trim()))
        })
        .collect();
    let recurring = |label: &str| {
        speaker_labels
            .iter()
            .filter(|l| l.2.eq_ignore_ascii_case(label))
            .count()
            >= 2
    };
    let mut distinct: Vec<&str> = speaker_labels
        .iter()
        .map(|l| l.2)
        .filter(|l| recurring(l))
        .collect();
    distinct.sort_unstable();
    distinct.dedup();
    if distinct.len() >= 2 {
        let label_lines: Vec<usize> = speaker_labels.iter().map(|l| l.0).collect();
        for &(li, tag_end, label) in &speaker_labels {
            if recurring(label) {
                tags += usize::from(join_label_line(&mut lines, li, tag_end, &label_lines));
            }
        }
    }
    // A radio or TV script's clip slug over the clip ("ACTUALITY: Annika Rostvald, Defence
    // Minister", "(SOUNDBITE) Henrik Salde, defence spokesman", "(PHONE) …"): the line
    // right under it is that person's turn, as a tag line whose tag is the name and role.
    for li in 0..lines.len().saturating_sub(1) {
        if !matches!(lines[li].role, LineRole::Body | LineRole::Tag { .. })
            || lines[li + 1].role != LineRole::Body
        {
            continue;
        }
        let Some(at) = clip_slug(&text[lines[li].start..lines[li].end]) else {
            continue;
        };
        let tag_end = lines[li].start + text[lines[li].start..lines[li].end].trim_end().len();
        let turn_end = lines[li + 1].end;
        if matches!(lines[li].role, LineRole::Body) {
            tags += 1;
        }
        lines[li] = Line {
            start: lines[li].start + at,
            end: turn_end,
            role: LineRole::Tag {
                tag_end,
                journalist: false,
            },
        };
        lines[li + 1] = Line {
            start: turn_end,
            end: turn_end,
            role: LineRole::Blank,
        };
    }
    // "THE WHITE HOUSE LINE: A senior official … “…,” the official tells Playbook.": a
    // newsletter's capitalized lead-ins are headings run into their paragraphs, not
    // speakers. Two or more lead-ins, half the capitalized tags at least, make them all
    // body text, which starts after the colon (a lead-in names no one: "… BUT NOT EVERY
    // DEMOCRAT").
    // Each capitalized tag line with where its colon stands.
    let caps_tags: Vec<(usize, usize)> = (0..lines.len())
        .filter_map(|li| match lines[li].role {
            LineRole::Tag { tag_end, .. }
                if !text[lines[li].start..tag_end]
                    .chars()
                    .any(char::is_lowercase) =>
            {
                Some((li, tag_end))
            }
            _ => None,
        })
        .collect();
    let label = |&(li, tag_end): &(usize, usize)| text[lines[li].start..tag_end].trim();
    let lead_ins = caps_tags
        .iter()
        .filter(|c| is_lead_in(label(c), &text[c.1..lines[c.0].end]))
        .count();
    // (A label that comes back is a speaker's: "SECRETARY OF STATE KERRY:" twice in a
    // transcript. A newsletter's lead-ins are each used once.)
    let repeated = caps_tags
        .iter()
        .enumerate()
        .any(|(k, c)| caps_tags[k + 1..].iter().any(|d| label(d) == label(c)));
    if lead_ins >= 2 && lead_ins * 2 >= caps_tags.len() && !repeated {
        for &(li, tag_end) in &caps_tags {
            lines[li].start = tag_end + 1;
            lines[li].role = LineRole::Body;
            tags -= 1;
        }
        // ("... BUT NOT EVERY DEMOCRAT:", a lead-in run on with an ellipsis.)
        for line in lines.iter_mut().filter(|l| l.role == LineRole::Body) {
            let s = &text[line.start..line.end];
            let Some(colon) = s[..floor_boundary(s, 64)].find(':') else {
                continue;
            };
            let label = s[..colon].trim_start_matches(['.', '…', '-', '–', '—', ' ']);
            if label.chars().filter(|c| c.is_alphabetic()).count() >= 3
                && !label.chars().any(char::is_lowercase)
                && !label.chars().any(|c| c.is_ascii_digit())
            {
                line.start += colon + 1;
            }
        }
    }
    // One capitalized "WASHINGTON:" dateline is not a transcript; two turns are.
    if tags < 2 {
        for line in lines.iter_mut() {
            if let LineRole::Tag { tag_end, .. } = line.role {
                line.role = LineRole::Body;
                // ("NOORABAD: The last contingent …": the place is no one's mention; "FAROUK:
                // “…”" is a speaker's.)
                let label = text[line.start..tag_end].trim();
                let narrative = text[tag_end + 1..line.end]
                    .trim_start()
                    .starts_with(char::is_uppercase);
                if narrative
                    && !label.chars().any(char::is_lowercase)
                    && label.split_whitespace().count() <= 3
                    && label
                        .chars()
                        .all(|c| c.is_alphabetic() || matches!(c, ' ' | '-' | '\''))
                {
                    line.start = tag_end + 1;
                }
            }
        }
    } else {
        mark_journalist_tags(text, media, &mut lines);
    }
    mark_letters(text, &mut lines);
    mark_posts(text, &mut lines, &blockquote);
    mark_summaries(text, &mut lines);
    lines
}

/// Where the speaker starts on a broadcast script's clip slug: "ACTUALITY: Annika Rostvald,
/// Taldonian Defence Minister", "(SOUNDBITE) Henrik Salde, …", "SOT – Goran Petek, taxi
/// driver". The slug names and describes the speaker and holds no words of the clip.
fn clip_slug(s: &str) -> Option<usize> {
    let lead = s.len() - s.trim_start().len();
    let t = s.trim();
    // (A slug's label is a word or two: look no further than one can reach.)
    let head = &t[..floor_boundary(t, 14)];
    if !head.starts_with(|c: char| c == '(' || c.is_ascii_uppercase()) {
        return None;
    }
    let (label, rest) = match t.strip_prefix('(') {
        Some(inner) => {
            let k = head.find(')')?;
            (&inner[..k - 1], &inner[k..])
        }
        None => {
            let k = head.find([':', '—', '–'])?;
            (&t[..k], &t[k..])
        }
    };
    let clip = matches!(
        label.trim().to_ascii_uppercase().as_str(),
        "ACTUALITY"
            | "SOUNDBITE"
            | "SOUND BITE"
            | "SOT"
            | "NAT SOT"
            | "CLIP"
            | "AUDIO"
            | "INSERT"
            | "GRAB"
            | "BITE"
            | "PHONE"
            | "VOX POP"
            | "VOXPOP"
            | "TAPE"
    );
    let speaker = rest.trim_start_matches([':', '—', '–', ' ']);
    let ok = clip
        && speaker.starts_with(char::is_uppercase)
        && speaker.len() <= 120
        && !speaker.contains(['"', '“', '”', '«', '»', '„'])
        && !speaker.ends_with(['.', ':', '?', '!']);
    ok.then(|| lead + t.len() - speaker.len())
}

/// Whether a capitalized label and the words after its colon are a newsletter's lead-in
/// ("DRIVING THE DAY", "THE OTHER SIDE OF THE AISLE", "FROM VESHGOROD"), not a speaker's
/// tag: the label reads as a phrase (a function word or an -ING word, past a leading "THE
/// <ONE WORD>" as in "THE PRESIDENT"), or the paragraph attributes a quote itself
/// ("“…,” the official tells Playbook").
fn is_lead_in(label: &str, body: &str) -> bool {
    let words: Vec<&str> = label
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’'))
        .filter(|w| !w.is_empty())
        .collect();
    // (A title or person word makes it a speaker's however it reads: "MINISTER OF DEFENCE",
    // "HEAD OF THE OPPOSITION".)
    let role = words
        .iter()
        .any(|w| lexicon::props(w).flags & (lexicon::flag::TITLE | lexicon::flag::PERSON) != 0);
    // A function word (a determiner, a preposition, a conjunction or a question word) or
    // an -ING word, past a leading "THE" of two words ("THE PRESIDENT").
    let phrase = words.len() >= 2
        && !role
        && words.iter().enumerate().any(|(k, w)| {
            let flags = lexicon::props(w).flags;
            let function = flags & (lexicon::flag::DET | lexicon::flag::PREP) != 0
                || lexicon::with_lower(w, |l| {
                    matches!(
                        l,
                        "and"
                            | "but"
                            | "not"
                            | "every"
                            | "what"
                            | "who"
                            | "how"
                            | "why"
                            | "where"
                            | "when"
                            | "we're"
                    )
                });
            let leading_the = k == 0 && words.len() == 2 && w.eq_ignore_ascii_case("the");
            (function && !leading_the)
                || (w.len() > 5 && lexicon::with_lower(w, |l| l.ends_with("ing")))
        });
    phrase || attributes_quote(body)
}

/// Whether a paragraph attributes a quote in the third person: a closing mark after a
/// comma or sentence end, then a speech verb within a few words ("…,” the official tells
/// Playbook", "…,” Whitcomb wrote").
fn attributes_quote(body: &str) -> bool {
    let mut rest = body;
    while let Some(k) = rest.find(['"', '”']) {
        let before = rest[..k].trim_end();
        let after = &rest[k + rest[k..].chars().next().map_or(1, char::len_utf8)..];
        if before.ends_with([',', '.', '?', '!']) {
            let attributed = after.split_whitespace().take(4).any(|w| {
                lexicon::props(w.trim_matches(|c: char| !c.is_alphabetic()))
                    .verb
                    .is_some()
            });
            if attributed {
                return true;
            }
        }
        rest = after;
    }
    false
}

/// Marks the bullets under a summary's label ("Key points", "At a glance") as captions: they
/// sum up the story in headline style ("Crimson Dawn Front mocks the pull-out and threatens
/// the capital"); the words they sum up come later, attributed.
fn mark_summaries(text: &str, lines: &mut [Line]) {
    const LABELS: &[&str] = &[
        "key points",
        "key events",
        "key facts",
        "highlights",
        "at a glance",
        "in brief",
        "what we know",
        "what you need to know",
        "the latest",
        "summary",
    ];
    let mut li = 0;
    while li < lines.len() {
        let label = text[lines[li].start..lines[li].end]
            .trim()
            .trim_end_matches(':');
        li += 1;
        if lines[li - 1].role != LineRole::Body
            || !LABELS.iter().any(|l| l.eq_ignore_ascii_case(label))
        {
            continue;
        }
        while li < lines.len() && lines[li].role == LineRole::Blank {
            li += 1;
        }
        while li < lines.len()
            && lines[li].role == LineRole::Body
            && text[lines[li].start..lines[li].end]
                .trim_start()
                .starts_with(['-', '•', '*', '–'])
        {
            lines[li].role = LineRole::Caption;
            li += 1;
        }
    }
}

/// Whether a line is a post card's label: "[Telegram post — Ormeda Liberation Front]",
/// "[Post on X — @OMarchandSen]". It carries no words of the post.
fn is_post_card(s: &str) -> bool {
    let t = s.trim();
    let Some(inner) = t.strip_prefix('[').and_then(|t| t.strip_suffix(']')) else {
        return false;
    };
    inner.len() < 120
        && inner.contains(['—', '–'])
        && inner.split_whitespace().any(|w| {
            matches!(
                w.trim_matches(|c: char| !c.is_alphanumeric()),
                "post"
                    | "Post"
                    | "tweet"
                    | "Tweet"
                    | "Telegram"
                    | "Facebook"
                    | "Instagram"
                    | "TikTok"
                    | "X"
                    | "Twitter"
                    | "Weibo"
                    | "VK"
            )
        })
}

/// A post card's label without its author: "[Embedded post]", "[Tweet]".
fn is_bare_post_card(s: &str) -> bool {
    let t = s.trim();
    t.strip_prefix('[')
        .and_then(|t| t.strip_suffix(']'))
        .is_some_and(|inner| {
            inner.split_whitespace().count() <= 3
                && inner.split_whitespace().any(|w| {
                    ["post", "tweet", "toot", "status", "update"]
                        .iter()
                        .any(|k| w.eq_ignore_ascii_case(k))
                })
        })
}

/// The author on a post's author line, as a span of `s`: the name before the handle
/// ("Tobiah Renn @TobiahRennMereth", "**Mark Thorne** @ThorneMarkGen · Mar 12"), past an
/// acronym and dash ("MLC – Mereth Liberation Council @MLC_Voice"), or the handle alone.
fn post_author(s: &str) -> Option<(usize, usize)> {
    let at = match s.trim_start().starts_with('@') {
        true => s.find('@')?,
        false => s.find(" @")? + 1,
    };
    let handle_end = s[at..]
        .find(char::is_whitespace)
        .map_or(s.len(), |i| at + i);
    handle(&s[at..handle_end])?;
    let before = &s[..at];
    if before.split_whitespace().count() > 7 || before.contains(['.', '"', '“', '”', ':']) {
        return None;
    }
    let from = before.rfind(['–', '—']).map_or(0, |d| {
        d + before[d..].chars().next().map_or(0, char::len_utf8)
    });
    let name = before[from..].trim_matches(|c: char| c.is_whitespace() || c == '*');
    if name.is_empty() {
        return Some((at, handle_end));
    }
    if !name.starts_with(char::is_uppercase) {
        return None;
    }
    let start = from + before[from..].find(name)?;
    Some((start, start + name.len()))
}

/// A line holding only a post's handle, perhaps with its date ("@LMarr_Defence").
fn is_handle_line(s: &str) -> bool {
    let t = s.trim();
    t.starts_with('@') && t.split_whitespace().count() <= 4 && post_author(t).is_some()
}

/// A line that can be a post's author name over its handle: a few words opening with a
/// capital, no sentence punctuation ("Lukas Marr", "KVDF Media Office").
fn is_post_name_line(t: &str) -> bool {
    (1..=6).contains(&t.split_whitespace().count())
        && t.len() <= 60
        && t.starts_with(char::is_uppercase)
        && !t.ends_with('.')
        && !t.contains([':', '"', '“', '”', '«', '»', '?', '!', ','])
}

/// A blockquoted post's chrome: the author line ("**Mark Thorne** @ThorneMarkGen · Mar 12")
/// or the counts under it ("💬 214 🔁 1.1K").
fn is_post_chrome(s: &str) -> bool {
    let t = s.trim();
    let handle = t.split_whitespace().any(|w| {
        w.len() > 1 && w.starts_with('@') && w[1..].chars().all(|c| c.is_alphanumeric() || c == '_')
    });
    // (Or its time stamp alone: "9:47 AM · Mar 14".)
    let stamp = t.contains('·')
        && t.split_whitespace().count() <= 8
        && t.chars().any(|c| c.is_ascii_digit());
    (handle && (t.starts_with("**") || t.contains('·')))
        || stamp
        || t.chars().filter(|c| c.is_alphabetic()).count() < 4
}

/// Marks the lines of social posts shown without quote marks as [`LineRole::Post`]: the
/// lines right under a post card, and a run of blockquote lines after a paragraph ending on
/// a colon or before a "— Name" signature line. A line holding quote marks is left to the
/// quote scanner, and card labels and post chrome become blank lines (no words, and no
/// barrier between the post and the paragraph introducing it).
fn mark_posts(text: &str, lines: &mut [Line], blockquote: &[bool]) {
    let unmarked = |l: &Line| {
        let s = &text[l.start..l.end];
        !s.contains(['"', '“', '”', '«', '»', '„']) && s.split_whitespace().count() >= 3
    };
    let mut li = 0;
    while li < lines.len() {
        if lines[li].role != LineRole::Body {
            li += 1;
            continue;
        }
        let card = &text[lines[li].start..lines[li].end];
        let named_card = is_post_card(card);
        // "[Embedded post]" over "Tobiah Renn @TobiahRennMereth": the author line under a
        // bare card signs the post.
        let author = (named_card || is_bare_post_card(card))
            .then(|| lines.get(li + 1))
            .flatten()
            .filter(|l| l.role == LineRole::Body)
            .and_then(|l| {
                post_author(&text[l.start..l.end]).map(|(a, b)| (l.start + a, l.start + b))
            })
            // "Lukas Marr" over "@LMarr_Defence", a post rendered without a card: the name
            // signs the lines under the handle.
            .or_else(|| {
                let handle_next = lines.get(li + 1).is_some_and(|l| {
                    l.role == LineRole::Body && is_handle_line(&text[l.start..l.end])
                });
                let name = card.trim();
                (handle_next && is_post_name_line(name)).then(|| {
                    let at = lines[li].start + card.len() - card.trim_start().len();
                    (at, at + name.len())
                })
            });
        if named_card || author.is_some() {
            lines[li].role = LineRole::Blank;
            li += 1;
            if author.is_some() {
                lines[li].role = LineRole::Caption;
                li += 1;
            }
            while li < lines.len() && lines[li].role == LineRole::Body {
                let l = &mut lines[li];
                if author.is_some() && is_post_chrome(&text[l.start..l.end]) {
                    l.role = LineRole::Blank;
                } else if unmarked(l) || author.is_some() {
                    l.role = match author {
                        Some(signer) => LineRole::Letter {
                            signer,
                            words: l.start,
                        },
                        None => LineRole::Post,
                    };
                }
                li += 1;
            }
            continue;
        }
        // "… Arben Kole wrote:" over a paragraph without quote marks: the post or statement
        // set out as a paragraph of its own (one paragraph: the text goes on after it).
        if !blockquote[li] {
            if introduced_by_writing(text, lines, li) && unmarked(&lines[li]) {
                lines[li].role = LineRole::Post;
            }
            li += 1;
            continue;
        }
        // A run of blockquote lines: introduced by a colon, or signed after.
        let run_start = li;
        while li < lines.len() && blockquote[li] {
            li += 1;
        }
        let before = (0..run_start)
            .rev()
            .find(|&k| lines[k].role != LineRole::Blank);
        let introduced = before.is_some_and(|k| {
            lines[k].role == LineRole::Body
                && text[lines[k].start..lines[k].end].trim_end().ends_with(':')
        });
        let after = (li..lines.len()).find(|&k| lines[k].role == LineRole::Body);
        let signed = after.and_then(|k| {
            let l = &lines[k];
            post_signer(&text[l.start..l.end]).map(|(a, b)| (k, (l.start + a, l.start + b)))
        });
        if !(introduced || signed.is_some()) {
            continue;
        }
        for l in &mut lines[run_start..li] {
            if l.role != LineRole::Body {
                continue;
            }
            let s = &text[l.start..l.end];
            if is_post_chrome(s) {
                l.role = LineRole::Blank;
            } else if unmarked(l) {
                l.role = match signed {
                    Some((_, signer)) => LineRole::Letter {
                        signer,
                        words: l.start,
                    },
                    None => LineRole::Post,
                };
            }
        }
        if let Some((k, _)) = signed {
            lines[k].role = LineRole::Caption;
        }
    }
}

/// Whether the line before line `li` (past blank lines) is a body paragraph ending on a
/// writing or speech verb and a colon: "In a post on X, Arben Kole wrote:", "The statement
/// reads:".
fn introduced_by_writing(text: &str, lines: &[Line], li: usize) -> bool {
    let Some(k) = (0..li).rev().find(|&k| lines[k].role != LineRole::Blank) else {
        return false;
    };
    if lines[k].role != LineRole::Body {
        return false;
    }
    let Some(before) = text[lines[k].start..lines[k].end]
        .trim_end()
        .strip_suffix(':')
    else {
        return false;
    };
    let verb = before
        .rsplit(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("");
    matches!(
        verb,
        "wrote" | "writes" | "posted" | "posts" | "tweeted" | "tweets" | "read" | "reads"
    )
}

/// The signer on a line under a blockquote: "— Defence Minister Anders Holm, at a press
/// conference on Monday", "— The Harrow Free Brigade, in a message on its Telegram channel",
/// as a span of `s`: after the dash, the part before the first comma, of one to six words.
fn post_signer(s: &str) -> Option<(usize, usize)> {
    let t = s.trim_end();
    let lead = t.len() - t.trim_start().len();
    let rest = t[lead..].strip_prefix(['—', '–'])?;
    let from = t.len() - rest.trim_start().len();
    let name = t[from..].split(',').next()?.trim_end();
    let words = name.split_whitespace().count();
    ((1..=6).contains(&words) && !name.contains(['"', '“', '”'])).then(|| (from, from + name.len()))
}

/// The length of a letter's salutation at the start of `s` ("Sir, ", "Dear Editor, ",
/// "To the Editor: "), the mark of a letters page.
fn salutation(s: &str) -> Option<usize> {
    const OPENINGS: &[&str] = &[
        "Sir, ",
        "Sir – ",
        "Sir — ",
        "Sirs, ",
        "Madam, ",
        "Dear Sir, ",
        "Dear Sirs, ",
        "Dear Madam, ",
        "Dear Sir or Madam, ",
        "Dear Editor, ",
        "Dear editor, ",
        "To the Editor: ",
        "To the editor: ",
        "To the Editor, ",
        "To the editor, ",
    ];
    let lead = s.len() - s.trim_start().len();
    OPENINGS
        .iter()
        .find(|o| s[lead..].starts_with(**o))
        .map(|o| lead + o.len())
}

/// The signer's name on a letter's signature line, as a span of `s`: a short line, maybe
/// opened by a dash, whose part before the first comma is a capitalized name of two to five
/// words ("— Margaret Ellison, Kendal", "Brian Tolland, retired colonel, Lisburn",
/// "Dr Helen Marsh").
fn signature(s: &str) -> Option<(usize, usize)> {
    let t = s.trim_end();
    if t.split_whitespace().count() > 10 || t.ends_with(['.', '?', '!', ':', ';', '"', '”']) {
        return None;
    }
    let lead = t.len() - t.trim_start_matches([' ', '—', '–', '-', '\u{a0}']).len();
    let name = t[lead..].split(',').next()?.trim_end();
    let words: Vec<&str> = name.split_whitespace().collect();
    let capitalized = |w: &&str| w.chars().next().is_some_and(char::is_uppercase);
    if !(2..=5).contains(&words.len())
        || !capitalized(&words[0])
        || !words
            .iter()
            .all(|w| capitalized(w) || lexicon::is_particle(w))
        || words[0] == "Yours"
        || name.contains(['“', '"', '(', ')'])
    {
        return None;
    }
    Some((lead, lead + name.len()))
}

/// Marks the paragraphs of each letter on a letters page: from a salutation to the
/// signature line after it (within a dozen lines), every body paragraph is the signer's.
/// The signature line itself is no quote source.
fn mark_letters(text: &str, lines: &mut [Line]) {
    let mut li = 0;
    while li < lines.len() {
        let line = &lines[li];
        let Some(words) = (line.role == LineRole::Body)
            .then(|| salutation(&text[line.start..line.end]))
            .flatten()
        else {
            li += 1;
            continue;
        };
        let mut sign = None;
        for (k, l) in lines.iter().enumerate().skip(li + 1).take(12) {
            match l.role {
                LineRole::Blank => {}
                LineRole::Body => {
                    let s = &text[l.start..l.end];
                    if salutation(s).is_some() {
                        break;
                    }
                    if let Some((a, b)) = signature(s) {
                        sign = Some((k, (l.start + a, l.start + b)));
                        break;
                    }
                }
                _ => break,
            }
        }
        let Some((sl, signer)) = sign else {
            li += 1;
            continue;
        };
        for (k, l) in lines.iter_mut().enumerate().take(sl).skip(li) {
            if l.role == LineRole::Body {
                let words = if k == li { l.start + words } else { l.start };
                l.role = LineRole::Letter { signer, words };
            }
        }
        lines[sl].role = LineRole::Caption;
        li = sl + 1;
    }
    if is_letters_page(text, lines) {
        mark_signed_letters(text, lines);
    }
}

/// Whether the page says it is a letters page near its top ("LETTERS TO THE EDITOR", "Your
/// letters", "Letters").
fn is_letters_page(text: &str, lines: &[Line]) -> bool {
    lines
        .iter()
        .filter(|l| l.role != LineRole::Blank)
        .take(6)
        .any(|l| {
            let t = text[l.start..l.end].trim().to_lowercase();
            t.contains("letters to the editor")
                || t.contains("your letters")
                || t == "letters"
                || t.starts_with("letters:")
        })
}

/// On a letters page whose letters open without a salutation (under a heading of their
/// own), each signature line ends a letter: the body paragraphs back to the heading, the
/// editor's note or the previous letter are the signer's. The signature ("— Agnes
/// Pellworth, Harwick", "Desmond Fairleigh (Col., retd.)") and a town on the line under it
/// are no quote source.
fn mark_signed_letters(text: &str, lines: &mut [Line]) {
    let heading = |l: &Line| {
        let t = text[l.start..l.end].trim();
        let note = |p: &str| t.get(..p.len()).is_some_and(|h| h.eq_ignore_ascii_case(p));
        l.role != LineRole::Body
            || !t.chars().any(char::is_lowercase)
            || note("editor's note")
            || note("editor’s note")
    };
    let mut done = 0;
    for k in 0..lines.len() {
        if k < done || lines[k].role != LineRole::Body {
            continue;
        }
        let s = &text[lines[k].start..lines[k].end];
        // (A rank in brackets after the name: "Desmond Fairleigh (Col., retd.)".)
        let name_part = match s.find(" (") {
            Some(p) if s.trim_end().ends_with(')') => &s[..p],
            _ => s,
        };
        let Some((a, b)) = signature(name_part) else {
            continue;
        };
        let signer = (lines[k].start + a, lines[k].start + b);
        let first = (done..k)
            .rev()
            .take_while(|&i| lines[i].role == LineRole::Blank || !heading(&lines[i]))
            .last();
        let Some(first) = first.filter(|&f| (f..k).any(|i| lines[i].role == LineRole::Body)) else {
            continue;
        };
        for l in &mut lines[first..k] {
            if l.role == LineRole::Body {
                l.role = LineRole::Letter {
                    signer,
                    words: l.start,
                };
            }
        }
        lines[k].role = LineRole::Caption;
        done = k + 1;
        // The signer's town on the next line.
        if let Some(town) = lines.get_mut(k + 1) {
            let t = text[town.start..town.end].trim();
            if town.role == LineRole::Body
                && (1..=4).contains(&t.split_whitespace().count())
                && !t.ends_with(['.', ':', '"', '”'])
                && t.split_whitespace()
                    .all(|w| w.starts_with(char::is_uppercase))
            {
                town.role = LineRole::Caption;
                done = k + 2;
            }
        }
    }
}

/// The length of a paragraph's dateline, up to the words after its dash: a place in capitals,
/// maybe a region or a date after commas, maybe the agency's short capitalized name in
/// brackets, and a dash ("TORVENNA, March 3 (Wire) — ", "KAVALA, Norland (Reuters) - ",
/// "BERLIN — ", "WASHINGTON, D.C. -- "). The dateline names where the story was filed and who
/// filed it; no speaker starts there.
fn dateline(s: &str) -> Option<usize> {
    // Most paragraphs open with a capital and a lowercase letter: no dateline, unless a
    // wire's agency follows the place and date soon ("Taipei, May 14 (CNA) ").
    let mut chars = s.trim_start().chars();
    if !chars.next().is_some_and(char::is_uppercase)
        || (chars.next().is_some_and(char::is_lowercase)
            && !s[..floor_boundary(s, 40)].contains(" ("))
    {
        return None;
    }
    let head = &s[..floor_boundary(s, 100)];
    // (A hyphen is the dash only before a space or another hyphen: "JETI-BULAK (Agency) -
    // The …" is one place.)
    let dash = head
        .char_indices()
        .find(|&(i, c)| {
            matches!(c, '—' | '–') || (c == '-' && head[i + 1..].starts_with([' ', '\u{a0}', '-']))
        })
        .map(|(i, _)| i);
    let open = head.find('(').filter(|&o| dash.is_none_or(|d| o < d));
    let place = head[..open.or(dash)?].trim_end_matches([' ', '\u{a0}']);
    let mut parts = place.split(',').map(str::trim);
    let first = parts.next()?;
    let letters = first.chars().filter(|c| c.is_alphabetic()).count();
    // Without an agency only capitals mark a dateline ("LESNA GORA — "), and a short word in
    // capitals before a dash is as likely an acronym speaking ("UN — "). With one, the place
    // may be written as a name ("Taipei, May 14 (CNA) ").
    let title_case = open.is_some()
        && first
            .split_whitespace()
            .all(|w| w.starts_with(char::is_uppercase));
    if letters < if open.is_some() { 2 } else { 3 }
        || (first.chars().any(char::is_lowercase) && !title_case)
        || first.contains(['.', '!', '?', ':', ';', '"', '“', '(', ')'])
    {
        return None;
    }
    // Region and date parts: "Afghanistan", "D.C.", "March 3", "Nov. 3, 2026".
    let mut n_parts = 0;
    let mut dated = false;
    for part in parts {
        n_parts += 1;
        dated |= part.contains(|c: char| c.is_ascii_digit());
        let starts_right = part
            .chars()
            .next()
            .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit());
        if n_parts > 3
            || !starts_right
            || part.split_whitespace().count() > 3
            || part.contains(['!', '?', ':', ';', '"', '“', '(', ')'])
        {
            return None;
        }
    }
    let after_agency = match open {
        Some(open) => {
            let close = open + head[open..].find(')')?;
            let agency = &head[open + 1..close];
            let words = agency.split_whitespace().count();
            if !(1..=4).contains(&words)
                || agency.len() > 30
                || !agency
                    .split_whitespace()
                    .all(|w| w.chars().next().is_some_and(char::is_uppercase))
                || !agency
                    .chars()
                    .all(|c| c.is_alphabetic() || matches!(c, ' ' | '.' | '&' | '-' | '\''))
            {
                return None;
            }
            let dashed = dash.is_some_and(|d| {
                d > close && head[close + 1..d].trim_matches([' ', '\u{a0}']).is_empty()
            });
            if !dashed {
                // "Taipei, May 14 (CNA) Kestria will …": a dated wire dateline may end at
                // its agency's bracket.
                let words = s[close + 1..].trim_start_matches([' ', '\u{a0}']);
                let capital = words.starts_with(char::is_uppercase);
                return (dated && capital && words.len() < s.len() - close - 1)
                    .then(|| s.len() - words.len());
            }
            close + 1
        }
        None => place.len(),
    };
    let rest = &s[after_agency..];
    let after = rest.trim_start_matches([' ', '\u{a0}']);
    let mark = after.chars().next()?;
    // "--" stands for a dash in plain text.
    let past = after[mark.len_utf8()..]
        .strip_prefix('-')
        .unwrap_or(&after[mark.len_utf8()..]);
    let words = past.trim_start_matches([' ', '\u{a0}']);
    // "(Wire) -based", "BERLIN-based": a hyphen needs a space after it; a dash does not
    // ("BERLIN—The ministry said").
    if words.is_empty() || (mark == '-' && words.len() == past.len()) {
        return None;
    }
    Some(s.len() - words.len())
}

/// A headline lacks end punctuation ("John Kerry Russia visit Syria Troops pullout").
fn is_headline(s: &str) -> bool {
    let t = s
        .trim()
        .trim_end_matches(['"', '”', '’', '\'', '»', '«', ' ']);
    !t.ends_with(['.', '!', '?', ':', ';', '…'])
}

/// Words that open or mark a photo caption or credit (grouped by first byte, see `has_cue`).
/// Double quotation marks of every convention, for "does this hold a quote" checks.
const DOUBLE_MARKS: [char; 6] = ['"', '“', '”', '„', '«', '»'];

const CAPTION_CUES: &[&str] = &[
    "Photo:",
    "Photograph:",
    "Picture:",
    "Photo by",
    "Photo credit",
    "Pictured",
    "PHOTO:",
    "Photos:",
    "Image:",
    "In this photo",
    "In this file photo",
    "Image credit",
    "Credit:",
    "Caption:",
    "This photo",
    "File photo",
    "Video:",
    "(Photo",
    "pictured)",
];

/// For each byte, which group of [`CAPTION_CUES`] may start with it (0: none), so most
/// bytes are passed over by one table load.
const CUE_GROUP: [u8; 256] = {
    let mut t = [0u8; 256];
    t[b'P' as usize] = 1;
    t[b'I' as usize] = 2;
    t[b'C' as usize] = 3;
    t[b'T' as usize] = 4;
    t[b'F' as usize] = 5;
    t[b'V' as usize] = 6;
    t[b'(' as usize] = 7;
    t[b'p' as usize] = 8;
    t
};

/// Whether any of eight bytes may start a caption cue: a byte in `@A-Z[\\]^_` (which holds
/// every capital that starts one), `(` or `p`. Exact for "none", so a `false` skips them.
fn may_start_cue(eight: &[u8]) -> bool {
    let mut w = [0u8; 8];
    w.copy_from_slice(eight);
    let x = u64::from_le_bytes(w);
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGHS: u64 = 0x8080_8080_8080_8080;
    // Some byte of `v` is zero.
    let has_zero = |v: u64| v.wrapping_sub(ONES) & !v & HIGHS != 0;
    has_zero((x & (0xE0 * ONES)) ^ (0x40 * ONES))
        || has_zero(x ^ (u64::from(b'(') * ONES))
        || has_zero(x ^ (u64::from(b'p') * ONES))
}

/// The cues of one [`CUE_GROUP`] group, all starting with the same byte.
fn cue_group(group: u8) -> &'static [&'static str] {
    const CUES: &[&str] = CAPTION_CUES;
    match group {
        1 => &CUES[..8],
        2 => &CUES[8..12],
        3 => &CUES[12..14],
        4 => &CUES[14..15],
        5 => &CUES[15..16],
        6 => &CUES[16..17],
        7 => &CUES[17..18],
        _ => &CUES[18..],
    }
}

/// Whether a line links to another story ("Read more: Nuvale's young army says it is ready
/// to stand alone", "Related: …"): that story's headline, none of this story's words.
fn is_link_line(s: &str) -> bool {
    const LABELS: &[&str] = &[
        "read more",
        "read also",
        "also read",
        "see also",
        "related",
        "related story",
        "related stories",
        "related article",
        "related coverage",
        "more on this story",
        "recommended",
    ];
    let s = s.trim_start();
    // (The colon is looked for only where a label's would be, not along the whole line.)
    memchr::memchr(b':', &s.as_bytes()[..s.len().min(25)]).is_some_and(|colon| {
        LABELS
            .iter()
            .any(|l| s[..colon].trim_end().eq_ignore_ascii_case(l))
    })
}

/// A caption carries a photo credit ("… Getty Images/AFP/Max Delany", "Photo: Reuters/…")
/// or says what a photo shows ("In this photo, …").
fn is_caption(s: &str, media: &Media) -> bool {
    // Captions are short: a long paragraph is never one, and is not searched.
    if s.len() > 320 {
        return false;
    }
    // Cues sit near a caption's start ("In this photo, …") or end ("Photo: Reuters/…"):
    // looking only there keeps the check cheap. A cue counts when it lies wholly inside
    // the first or the last 80 bytes; on a short line the two windows overlap, and each
    // position is looked at once.
    let b = s.as_bytes();
    let head_end = floor_boundary(s, 80);
    let tail_start = ceil_boundary(s, s.len().saturating_sub(80));
    let cue_at = |i: usize, window_end: usize| {
        let group = CUE_GROUP[usize::from(b[i])];
        group != 0
            && cue_group(group)
                .iter()
                .any(|c| b[i..window_end].starts_with(c.as_bytes()))
    };
    let any_cue = |from: usize, to: usize, window_end: usize| {
        let mut i = from;
        while i < to {
            // Eight bytes at a time: skip them when none can start a cue.
            if i + 8 <= to && !may_start_cue(&b[i..i + 8]) {
                i += 8;
                continue;
            }
            if cue_at(i, window_end) {
                return true;
            }
            i += 1;
        }
        false
    };
    if any_cue(0, head_end.min(tail_start), head_end) || any_cue(tail_start, b.len(), b.len()) {
        return true;
    }
    let t = s.trim();
    // "… raise the national flag at the airbase. — AFP": a credit after a dash closing a
    // sentence, naming a medium or an agency's initials, and no quote marks before it.
    // (A credit is short: only a line's last 40 bytes are searched, and only when they
    // hold a dash.)
    let tail_from = ceil_boundary(t, t.len().saturating_sub(40));
    let tail = &t[tail_from..];
    let credit = tail
        .contains(['—', '–', '-'])
        .then(|| {
            [". — ", ". – ", ". - "]
                .iter()
                .find_map(|dash| tail.rsplit_once(dash))
        })
        .flatten();
    if let Some((before_tail, credit)) = credit {
        let before = &t[..tail_from + before_tail.len()];
        let credit = credit.trim();
        let initials =
            (2..=6).contains(&credit.len()) && credit.bytes().all(|b| b.is_ascii_uppercase());
        let quoted = before.contains(['"', '“', '”', '«', '»']);
        if !quoted && (initials || media.is_medium(credit)) {
            return true;
        }
    }
    // The last sentence is a short slash-joined credit naming a medium.
    // No slash anywhere means none in the last sentence: skip the sentence search.
    if !t.contains('/') {
        return false;
    }
    let last = match t.rfind(". ") {
        Some(i) => &t[i + 2..],
        None => t,
    };
    if last.contains('/') && last.split_whitespace().count() <= 8 {
        return last.split('/').any(|part| media.is_medium(part.trim()));
    }
    false
}

pub(crate) fn floor_boundary(s: &str, mut i: usize) -> usize {
    i = i.min(s.len());
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

pub(crate) fn ceil_boundary(s: &str, mut i: usize) -> usize {
    while i < s.len() && !s.is_char_boundary(i) {
        i += 1;
    }
    i
}

/// The offset of the colon in `NAME: …` when the line opens with a speaker tag: an all-caps
/// name ("AMINA DIALLO:"), a title-case name of two to four words ("Amina Diallo:"), either
/// optionally followed by a role in brackets ("AMINA DIALLO (presenter):").
fn tag_colon(s: &str) -> Option<usize> {
    // Only the first ~64 bytes can hold a tag.
    let colon = s[..floor_boundary(s, 64)].find(':')?;
    if colon + 1 >= s.len() {
        return None;
    }
    // A clock's colon ("UPDATED 14:52 GMT", "CORRECTION, 13:30 GMT: …") ends no tag.
    let b = s.as_bytes();
    if colon > 0 && b[colon - 1].is_ascii_digit() && b[colon + 1].is_ascii_digit() {
        return None;
    }
    let tag = s[..colon].trim();
    if lexicon::is_layout_label(tag) {
        return None;
    }
    if caller_name(tag).is_some() || handle(tag).is_some() {
        return Some(colon);
    }
    let name = tag_name(tag);
    if name.len() < 2 || name.len() > 48 {
        return None;
    }
    let letters = name.chars().filter(|c| c.is_alphabetic()).count();
    if letters < 2 {
        return None;
    }
    let words = name.split_whitespace().count();
    let punct_ok = |c: char| c == ' ' || c == '.' || c == '-' || c == '\'' || c == '’';
    // "MARIA KOVAC, SHOPKEEPER:" as TV transcripts write a name and role.
    // ("COL. MARKUS FEY, 3RD BRIGADE:": digits in the role.)
    let caps = name
        .chars()
        .all(|c| c.is_uppercase() || punct_ok(c) || c == ',' || c.is_ascii_digit())
        && name.chars().next().is_some_and(char::is_uppercase)
        && name.matches(',').count() <= 1
        && !name.starts_with(',')
        && words <= 6;
    // "Amina Diallo": every word capitalized (name particles aside), some lowercase letter.
    let title = (2..=4).contains(&words)
        && name.split_whitespace().all(|w| {
            let mut cs = w.chars();
            let first_up = cs.next().is_some_and(|c| c.is_uppercase());
            (first_up || lexicon::is_particle(w))
                && w.chars().all(|c| c.is_alphabetic() || punct_ok(c))
        })
        && name
            .split_whitespace()
            .any(|w| w.chars().nth(1).is_some_and(|c| c.is_lowercase()));
    (caps || title).then_some(colon)
}

/// The colon of a reaction box's label, "Name, role:" before the words or alone on its line:
/// "Tomas Rehn, opposition defence spokesman in the Kestrian parliament: Eleven years …"
/// (a role longer than a transcript tag's). The name is two to four capitalized words; the
/// role holds no quote mark, no sentence end and no verb ("Maria Lopes, 41, told us:" is a
/// sentence).
/// Makes the label line `li` (its colon at `tag_end`) and the paragraph under it one tagged
/// line, the lines between blank; whether it did. (A label right over another label, one of
/// the sorted `labels`, has no paragraph of its own.)
fn join_label_line(lines: &mut [Line], li: usize, tag_end: usize, labels: &[usize]) -> bool {
    let Some(next) = (li + 1..lines.len()).find(|&k| lines[k].role != LineRole::Blank) else {
        return false;
    };
    if lines[next].role != LineRole::Body || labels.binary_search(&next).is_ok() {
        return false;
    }
    lines[li] = Line {
        start: lines[li].start,
        end: lines[next].end,
        role: LineRole::Tag {
            tag_end,
            journalist: false,
        },
    };
    for line in &mut lines[li + 1..=next] {
        *line = Line {
            start: line.end,
            end: line.end,
            role: LineRole::Blank,
        };
    }
    true
}

/// Whether every word of a label is a name's: capitalized (or a particle, "van", "al-"),
/// letters with only ". - '" inside.
fn name_words(label: &str) -> bool {
    label.split_whitespace().all(|w| {
        (w.starts_with(char::is_uppercase) || lexicon::is_particle(w))
            && w.chars()
                .all(|c| c.is_alphabetic() || matches!(c, '.' | '-' | '\'' | '’'))
    })
}

/// A Q&A speaker's label alone on its line ("Aldermann:", "Piet Aldermann:", "The
/// Interviewer:"): one to four capitalized words and a colon; where the colon is.
fn speaker_label_alone(s: &str) -> Option<usize> {
    let label = s.trim_end().strip_suffix(':')?;
    let words = label.split_whitespace().count();
    let ok = (1..=4).contains(&words)
        && label.len() <= 40
        && label.starts_with(|c: char| c.is_uppercase())
        && name_words(label)
        && !lexicon::is_layout_label(label);
    ok.then_some(label.len())
}

fn reaction_label(s: &str) -> Option<usize> {
    let colon = s[..floor_boundary(s, 140)].find(':')?;
    let (name, role) = s[..colon].split_once(',')?;
    let name = name.trim();
    let words = name.split_whitespace().count();
    let named =
        (2..=4).contains(&words) && name_words(name) && name.chars().any(char::is_lowercase);
    let role = role.trim();
    let role_ok = !role.is_empty()
        && role.len() <= 110
        && !role.contains(['"', '“', '”', '«', '»', '„', '!', '?', ';', ':'])
        && !role.contains(". ")
        && role.split_whitespace().all(|w| {
            let w = w.trim_matches(|c: char| !c.is_alphanumeric());
            lexicon::with_lower(w, |l| lexicon::props(l).verb.is_none())
        });
    (named && role_ok).then_some(colon)
}

/// The length of a timestamp opening a transcript line, with the space after it:
/// "[00:12:31] ", "[12:31] ", "(00:12:31) ", "00:12:31 ".
fn timestamp(s: &str) -> Option<usize> {
    let b = s.as_bytes();
    let (open, close) = match b.first()? {
        b'[' => (1, Some(b']')),
        b'(' => (1, Some(b')')),
        b'0'..=b'9' => (0, None),
        _ => return None,
    };
    let digits_and_colons = b[open..]
        .iter()
        .take_while(|c| c.is_ascii_digit() || **c == b':' || **c == b'.')
        .count();
    let stamp = &s[open..open + digits_and_colons];
    let parts: Vec<&str> = stamp.split(':').collect();
    // Two or three numbers; without brackets, three (hh:mm:ss), since "12:30" may open a
    // live blog's entry or a sentence.
    let ok = (2..=3).contains(&parts.len())
        && (close.is_some() || parts.len() == 3)
        && parts
            .iter()
            .all(|p| (1..=2).contains(&p.split('.').next().unwrap_or("").len()));
    if !ok {
        return None;
    }
    let mut end = open + digits_and_colons;
    if let Some(c) = close {
        if b.get(end) != Some(&c) {
            return None;
        }
        end += 1;
    }
    (b.get(end) == Some(&b' ')).then_some(end + 1)
}

/// The length of a line's Markdown blockquote markers ("> ", "> > "), if it opens with one.
fn blockquote_marks(s: &str) -> Option<usize> {
    let b = s.as_bytes();
    let lead = s.len() - s.trim_start().len();
    if b.get(lead) != Some(&b'>') {
        return None;
    }
    let mut k = lead;
    while k < b.len() && matches!(b[k], b'>' | b' ' | b'\t') {
        k += 1;
    }
    Some(k)
}

/// The offset of the mark in an interview turn `Q: …` or `A: …` (with `dotted`, also a
/// hearing's or a court record's `Q. …` or `A. …`), and whether it is the question.
fn qa_mark(s: &str, dotted: bool) -> Option<(usize, bool)> {
    let lead = s.len() - s.trim_start().len();
    let rest = &s.as_bytes()[lead..];
    match rest {
        [q @ (b'Q' | b'A'), m, b' ', ..] if *m == b':' || (dotted && *m == b'.') => {
            Some((lead + 1, *q == b'Q'))
        }
        _ => None,
    }
}

/// Whether some line opens with "Q. " and some with "A. ": turns set as a hearing's or a
/// court record's extracts. Only then is "A. " at a line's start a turn and not an initial.
fn has_dotted_turns(text: &str) -> bool {
    let opens = |mark: &str| {
        text.lines().any(|l| {
            l.trim_start()
                .strip_prefix(mark)
                .is_some_and(|r| !r.is_empty())
        })
    };
    text.contains("Q. ") && opens("Q. ") && opens("A. ")
}

/// Whether the turn mark at `mark` is a period ("Q. …", a hearing's) rather than a colon.
pub(crate) fn is_dotted_mark(text: &str, mark: usize) -> bool {
    text.as_bytes().get(mark) == Some(&b'.')
}

/// Whether a tag line is a dotted question turn ("Q. …"): a member's or counsel's question
/// in a hearing, not necessarily a journalist's.
pub(crate) fn is_dotted_question(text: &str, line: &Line) -> bool {
    match line.role {
        LineRole::Tag { tag_end, .. } => {
            is_dotted_mark(text, tag_end) && text[line.start..tag_end].trim() == "Q"
        }
        _ => false,
    }
}

/// Whether a tag line is a `Q`/`A` interview turn (either mark).
fn is_qa_line(text: &str, line: &Line) -> bool {
    match line.role {
        LineRole::Tag { tag_end, .. } => matches!(text[line.start..tag_end].trim(), "Q" | "A"),
        _ => false,
    }
}

/// Whether a tag line is the answer turn of a `Q:`/`A:` interview.
pub(crate) fn is_answer_tag(tag: &str) -> bool {
    tag.trim() == "A"
}

/// A tag's speaker without the bracketed role: "AMINA DIALLO (presenter)" → "AMINA
/// DIALLO". When the brackets hold a titled name after an office, as Hansard writes it,
/// that is the speaker: "THE MINISTER OF DEFENCE (Ms Ilse Varga)" → "Ms Ilse Varga".
pub(crate) fn tag_name(tag: &str) -> &str {
    if let Some(name) = caller_name(tag) {
        return name;
    }
    // A TV script's markers before the name: "(on camera) KEVIN, 27", "SOT — DALE, 61".
    let mut tag = tag;
    if let Some(rest) = tag.strip_prefix('(').and_then(|t| t.split_once(')')) {
        if !rest.1.trim().is_empty() {
            tag = rest.1.trim_start();
        }
    }
    if let Some((marker, rest)) = tag.split_once(['—', '–']) {
        let marker = marker.trim();
        if !marker.is_empty()
            && marker.len() <= 8
            && marker
                .chars()
                .all(|c| c.is_ascii_uppercase() || c == '-' || c == '/')
            && !rest.trim().is_empty()
        {
            tag = rest.trim_start();
        }
    }
    // "DALE, 61, WRENFIELD": the name before an age.
    if let Some((head, rest)) = tag.split_once(',') {
        let next = rest.split(',').next().unwrap_or("").trim();
        if !next.is_empty() && next.chars().all(|c| c.is_ascii_digit()) {
            return head.trim_end();
        }
    }
    let name = match tag.find(['(', '[']) {
        Some(i) if tag.ends_with([')', ']']) => {
            let inner = tag[i + 1..tag.len() - 1].trim();
            if titled_name(inner) {
                inner
            } else {
                tag[..i].trim_end()
            }
        }
        _ => tag,
    };
    // "HUSSEIN JABBAR, shop owner": the name in capitals, not its lowercase role.
    match name.split_once(',') {
        Some((head, role))
            if role.chars().any(char::is_lowercase)
                && head.chars().any(char::is_uppercase)
                && !head.chars().any(char::is_lowercase) =>
        {
            head.trim_end()
        }
        _ => name,
    }
}

/// The words of a social-media handle opening a post ("@SenMarkHale:" → "Senator Mark
/// Hale", "@oksana_veltri" → "Oksana Veltri"), split at underscores and at lowercase-to-
/// uppercase steps, a title's abbreviation spelled out, each word capitalized.
pub(crate) fn handle_words(tag: &str) -> Option<String> {
    let handle = handle(tag)?;
    let mut words: Vec<String> = Vec::new();
    let mut prev_lower = false;
    for c in handle.chars() {
        if c == '_' {
            prev_lower = false;
            words.push(String::new());
            continue;
        }
        if words.is_empty() || (c.is_ascii_uppercase() && prev_lower) {
            words.push(String::new());
        }
        if let Some(w) = words.last_mut() {
            w.push(c);
        }
        prev_lower = c.is_ascii_lowercase() || c.is_ascii_digit();
    }
    let words: Vec<String> = words
        .into_iter()
        .filter(|w| !w.is_empty())
        .map(|w| {
            let full = lexicon::title_in_full(&w).map_or(w, str::to_string);
            let mut cs = full.chars();
            cs.next()
                .map(|f| f.to_ascii_uppercase().to_string() + cs.as_str())
                .unwrap_or_default()
        })
        .collect();
    (!words.is_empty()).then(|| words.join(" "))
}

/// A social-media handle without its "@": "@SenMarkHale" → "SenMarkHale".
fn handle(tag: &str) -> Option<&str> {
    let handle = tag.strip_prefix('@')?;
    ((2..=30).contains(&handle.len())
        && handle
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'_')
        && handle.bytes().any(|b| b.is_ascii_alphabetic()))
    .then_some(handle)
}

/// The caller's name in a phone-in's tag: "Caller (Dan, from Leeds)" → "Dan",
/// "Listener (Shireen in Cardiff)" → "Shireen".
fn caller_name(tag: &str) -> Option<&str> {
    const ROLES: &[&str] = &[
        "caller",
        "listener",
        "viewer",
        "reader",
        "audience member",
        "questioner",
    ];
    let open = tag.find('(')?;
    let role = tag[..open].trim();
    if !ROLES.iter().any(|r| r.eq_ignore_ascii_case(role)) || !tag.ends_with(')') {
        return None;
    }
    let inner = &tag[open + 1..tag.len() - 1];
    let name = inner.split([',', ';']).next()?.trim();
    let name = name.split(" in ").next()?.split(" from ").next()?.trim();
    let words = name.split_whitespace().count();
    ((1..=3).contains(&words)
        && name
            .split_whitespace()
            .all(|w| w.chars().next().is_some_and(char::is_uppercase)))
    .then_some(name)
}

/// The role of a tag, if any: "AMINA DIALLO (presenter)" → "presenter", "THE MINISTER OF
/// DEFENCE (Ms Ilse Varga)" → "THE MINISTER OF DEFENCE".
fn tag_role(tag: &str) -> &str {
    match tag.find(['(', '[']) {
        Some(i) if tag.ends_with([')', ']']) => {
            let inner = tag[i + 1..tag.len() - 1].trim();
            if titled_name(inner) {
                tag[..i].trim_end()
            } else {
                inner
            }
        }
        _ => "",
    }
}

/// "Ms Ilse Varga", "Dr. Hanna Okoye": a courtesy title and one to four capitalized words.
fn titled_name(s: &str) -> bool {
    let mut words = s.split_whitespace();
    if !words.next().is_some_and(lexicon::is_honorific) {
        return false;
    }
    let mut n = 0;
    for w in words {
        if !w.chars().next().is_some_and(char::is_uppercase) {
            return false;
        }
        n += 1;
    }
    (1..=4).contains(&n)
}

/// Whether a turn asks rather than speaks: it ends with a question mark and at least half
/// its sentences do (a member's statement that ends by asking the Minister something is
/// not an interviewer's question).
fn is_question_turn(turn: &str) -> bool {
    let t = turn.trim_end_matches(['"', '”']);
    if !t.ends_with('?') {
        return false;
    }
    let b = t.as_bytes();
    let ends = |p: &[u8]| {
        (0..b.len())
            .filter(|&i| p.contains(&b[i]) && b.get(i + 1).is_none_or(|n| n.is_ascii_whitespace()))
            .count()
    };
    ends(b"?") >= ends(b".!")
}

/// Presenters, hosts and correspondents are journalists, not parties: their tag holds a
/// role word, the text introduces them with one, or their turns are mostly questions. A
/// surname tag ("OMONDI:") is the journalist whose full tag ends with it. A tag naming a
/// medium ("LE COURRIER: Is this a victory for you?") is its interviewer's.
fn mark_journalist_tags(text: &str, media: &Media, lines: &mut [Line]) {
    use std::collections::HashMap;
    let is_role = |w: &str| {
        let w = w.trim_matches(|c: char| !c.is_alphanumeric());
        lexicon::JOURNALIST_TAGS
            .iter()
            .any(|r| r.eq_ignore_ascii_case(w) && (r.len() > 1 || w == *r))
            || lexicon::is_journalist_noun(w)
    };
    // Keyed by the lowercase name without role: (turns, questions, role word seen).
    let mut turns: HashMap<String, (usize, usize, bool)> = HashMap::new();
    for line in lines.iter() {
        if let LineRole::Tag { tag_end, .. } = line.role {
            if is_dotted_question(text, line) {
                continue;
            }
            let tag = text[line.start..tag_end].trim();
            let name = tag_name(tag).to_lowercase();
            // (The whole tag too: a marker before the name says "(STAND-UP)".)
            let role = tag_role(tag).split_whitespace().any(is_role)
                || tag.split_whitespace().any(is_role)
                || media.is_paper_tag(tag_name(tag));
            let turn = text[tag_end + 1..line.end].trim_end();
            let e = turns.entry(name).or_default();
            e.0 += 1;
            e.2 |= role;
            if is_question_turn(turn) {
                e.1 += 1;
            }
        }
    }
    // "host Amina Diallo", "presented by Amina Diallo": the words right before the name.
    // Built once per process, like the lexicon's tables.
    static INTRODUCERS: std::sync::OnceLock<Vec<String>> = std::sync::OnceLock::new();
    let introducers = INTRODUCERS.get_or_init(|| {
        let mut introducers: Vec<String> = lexicon::JOURNALIST_TAGS
            .iter()
            .map(|r| format!("{} ", r.to_lowercase()))
            .collect();
        introducers.extend(
            ["presented", "hosted", "moderated", "anchored", "reporting"]
                .iter()
                .map(|v| format!("{v} by ")),
        );
        // "Malcolm Teague … joined Dana Pruitt on The Morning Line": the guest joins the
        // host.
        introducers.push("joined ".to_string());
        introducers
    });
    // Where an introducer ends, in the text lowercased with whitespace runs as one space (a
    // name may span a wrapped line: "Yaw \nMensah-Bonsu"): found on first need, one pass per
    // introducer, so a long text is not searched again for each tag's name.
    let introduced_at: std::cell::OnceCell<(String, Vec<usize>)> = std::cell::OnceCell::new();
    let introduced = |name: &str| {
        let (lower, ends) = introduced_at.get_or_init(|| {
            let lower = super::one_line(&lowercase(text));
            let mut ends = Vec::new();
            for introducer in introducers {
                let finder = memchr::memmem::Finder::new(introducer.as_bytes());
                // (Overlapping occurrences too.)
                let mut from = 0;
                while let Some(k) = finder.find(&lower.as_bytes()[from..]) {
                    ends.push(from + k + introducer.len());
                    from += k + 1;
                }
            }
            ends.sort_unstable();
            ends.dedup();
            (lower, ends)
        });
        if name.is_empty() {
            return !ends.is_empty();
        }
        ends.iter()
            .any(|&p| lower.as_bytes()[p..].starts_with(name.as_bytes()))
    };
    // "NEWSREADER: TOM ASHWORTH / RUNNING TIME 4'10\"": a script's header line names its
    // journalist in capitals after the role.
    let headed: Vec<String> = lines
        .iter()
        .filter_map(|line| match line.role {
            LineRole::Tag { tag_end, .. } if is_role(text[line.start..tag_end].trim()) => {
                let rest = text[tag_end + 1..line.end].split('/').next()?.trim();
                let words = rest.split_whitespace().count();
                let capitals =
                    !rest.chars().any(char::is_lowercase) && rest.chars().any(char::is_alphabetic);
                ((2..=4).contains(&words) && capitals).then(|| rest.to_lowercase())
            }
            _ => None,
        })
        .collect();
    // A script's credits in a line of prose: "Script as broadcast. Presenter: Dara Menk.
    // Field reporting: Yusuf Aramb." (not a turn: "HOST: Dan, you're on the air").
    let mut headed = headed;
    for line in lines.iter().filter(|l| l.role == LineRole::Body) {
        headed.extend(credited_names(&text[line.start..line.end]).map(str::to_lowercase));
    }
    // The prose around the turns, lowercased once: an interviewer's name may never appear
    // there ("The following exchange is taken from the broadcaster's transcript.").
    let prose = std::cell::OnceCell::new();
    let in_prose = |name: &str| {
        let prose: &String = prose.get_or_init(|| {
            let mut all = String::new();
            for line in lines.iter().filter(|l| l.role == LineRole::Body) {
                all.push_str(&text[line.start..line.end].to_lowercase());
                all.push('\n');
            }
            all
        });
        prose.contains(name)
    };
    let mut journalist: Vec<String> = turns
        .iter()
        // An interview's answer turn ("A:") is never the journalist's, whatever "a" follows.
        .filter(|(name, _)| name.as_str() != "a")
        .filter(|(name, (n, q, role))| {
            *role
                || headed.contains(*name)
                || introduced(name)
                || 2 * q > *n
                // ("AMUNDSEN: Minister, will every soldier be home …?" then "AMUNDSEN: Your
                // opponents call it a retreat.": half the turns are questions, and the
                // prose never names the one asking, tagged by one word. A member tagged
                // with name and seat, "Mr TOBIAS RENNARD (Kessel North):", is no such.)
                || (2 * q == *n
                    && !name.is_empty()
                    && !name.contains(' ')
                    && !in_prose(name))
        })
        .map(|(name, _)| name.clone())
        .collect();
    // Surname-only tags of those journalists.
    let surnames: Vec<String> = turns
        .keys()
        .filter(|k| {
            !journalist.contains(k)
                && journalist.iter().any(|j| {
                    j.len() > k.len()
                        && j.ends_with(k.as_str())
                        && j.as_bytes()[j.len() - k.len() - 1] == b' '
                })
        })
        .cloned()
        .collect();
    journalist.extend(surnames);
    for line in lines.iter_mut() {
        if let LineRole::Tag { tag_end, .. } = line.role {
            if is_dotted_question(text, line) {
                continue;
            }
            let name = tag_name(text[line.start..tag_end].trim()).to_lowercase();
            if journalist.contains(&name) {
                line.role = LineRole::Tag {
                    tag_end,
                    journalist: true,
                };
            }
        }
    }
}

/// `text.to_lowercase()`, with ASCII runs lowercased in bulk (the standard library goes char
/// by char after the first non-ASCII char, and news text has curly quotes early).
fn lowercase(text: &str) -> String {
    // Σ lowercases by its context (final sigma): leave such text to the standard library.
    if text.contains('Σ') {
        return text.to_lowercase();
    }
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while !rest.is_empty() {
        let ascii = rest.bytes().position(|b| b >= 0x80).unwrap_or(rest.len());
        let start = out.len();
        out.push_str(&rest[..ascii]);
        out[start..].make_ascii_lowercase();
        rest = &rest[ascii..];
        if let Some(c) = rest.chars().next() {
            out.extend(c.to_lowercase());
            rest = &rest[c.len_utf8()..];
        }
    }
    out
}

/// Finds every quote in the body lines, in text order. Transcript turns become one quote
/// each; journalists' turns are skipped.
pub(crate) fn find_quotes(text: &str, lines: &[Line]) -> Vec<RawQuote> {
    let mut out: Vec<RawQuote> = Vec::new();
    // Which way guillemets point: the article's evidence, unless a paragraph has its own.
    // (Most articles have none, and then no paragraph is searched for them.)
    let any_guillemets = has_guillemet(text);
    let article_votes = if any_guillemets {
        guillemet_votes(text)
    } else {
        0
    };
    let pointing = |s: usize, e: usize| match any_guillemets.then(|| guillemet_votes(&text[s..e])) {
        None | Some(0) => Guillemets::from_votes(article_votes),
        Some(v) => Guillemets::from_votes(v),
    };
    let continues_turn = turn_continuations(text, lines);
    // Dialogue set with dashes, where some turn is attributed: its other dash lines are
    // speech too (see `bare_dash_line`). Looked for only once such a line turns up, which
    // most articles never have.
    let dialogue = std::cell::OnceCell::new();
    let in_dialogue = || {
        *dialogue.get_or_init(|| {
            lines
                .iter()
                .any(|l| l.role == LineRole::Body && dash_turn(text, l.start, l.end).is_some())
        })
    };
    for (li, line) in lines.iter().enumerate() {
        match line.role {
            LineRole::Body if continues_turn[li] => {
                let (s, e) = trim_span(text, line.start, line.end);
                let first = out.len();
                push_pieces(text, s, line.end, s, e, li, false, &mut out);
                // The paragraph goes on with the turn before it: the same speaker's. (Only
                // after a quote: a turn whose tag held no words leaves none to go on from.)
                if first > 0 {
                    if let Some(q) = out.get_mut(first) {
                        q.continues_prev = true;
                    }
                }
            }
            LineRole::Body => {
                // The rest of a dialogue line after its attribution is read as usual.
                let push_turn = |turn: DashTurn, out: &mut Vec<RawQuote>| {
                    let (s, e) = turn.words;
                    push_pieces(text, turn.dash, turn.close_end, s, e, li, false, out);
                    match turn.rest {
                        Some((close, s2, e2)) => {
                            out.push(RawQuote {
                                open: close,
                                close_end: line.end,
                                start: s2,
                                end: e2,
                                line: li,
                                unclosed: false,
                                continues_prev: true,
                                tag: false,
                            });
                            line.end
                        }
                        None => turn.close_end,
                    }
                };
                let from = match dash_turn(text, line.start, line.end) {
                    Some(turn) => push_turn(turn, &mut out),
                    None => match bare_dash_line(text, lines, li).filter(|_| in_dialogue()) {
                        Some((dash, s, e)) => {
                            push_pieces(text, dash, line.end, s, e, li, false, &mut out);
                            line.end
                        }
                        None => match in_dialogue()
                            .then(|| mid_line_turn(text, line.start, line.end))
                            .flatten()
                        {
                            Some(turn) => {
                                let g = pointing(line.start, line.end);
                                scan_line(text, line.start, turn.dash, li, g, &mut out);
                                push_turn(turn, &mut out)
                            }
                            None => line.start,
                        },
                    },
                };
                scan_line(
                    text,
                    from,
                    line.end,
                    li,
                    pointing(line.start, line.end),
                    &mut out,
                )
            }
            LineRole::Letter { words, .. } => {
                let (s, e) = trim_span(text, words, line.end);
                // (A post wrapped in quote marks loses them.)
                let (s, e) = strip_wrapping_marks(text, s, e);
                let (s, e) = trim_span(text, s, e);
                push_pieces(text, words, line.end, s, e, li, true, &mut out);
            }
            LineRole::Post => {
                let (s, e) = trim_span(text, line.start, line.end);
                if s < e {
                    out.push(RawQuote {
                        open: s,
                        close_end: line.end,
                        start: s,
                        end: e,
                        line: li,
                        unclosed: false,
                        continues_prev: false,
                        tag: false,
                    });
                }
            }
            LineRole::Tag {
                tag_end,
                journalist,
            } => {
                if journalist {
                    // A journalist's turn is no quote, but may report others' words.
                    let g = pointing(tag_end + 1, line.end);
                    scan_line(text, tag_end + 1, line.end, li, g, &mut out);
                    continue;
                }
                let (s, e) = trim_span(text, tag_end + 1, line.end);
                // A turn wrapped in quote marks loses them.
                let (s, e) = strip_wrapping_marks(text, s, e);
                let (s, e) = trim_span(text, s, e);
                push_pieces(text, tag_end + 1, line.end, s, e, li, true, &mut out);
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

/// Which body lines continue a transcript turn: untagged paragraphs after a speaker's
/// (not a journalist's) turn, up to the next tag, when that tag is of the same kind (`A:`
/// and `NAME:` transcripts are different ones, with the journalist's own text between
/// them). A heading, or a paragraph that quotes others in quote marks, ends the turn; a
/// stage direction on a line of its own ("[Applause]") is passed over.
fn turn_continuations(text: &str, lines: &[Line]) -> Vec<bool> {
    let mut cont = vec![false; lines.len()];
    if !lines.iter().any(|l| matches!(l.role, LineRole::Tag { .. })) {
        return cont;
    }
    // For each line, the kind of the next tag after it (true: `Q:`/`A:`), if the next
    // line that is not blank or body is a tag.
    let mut next_tag: Vec<Option<bool>> = vec![None; lines.len()];
    let mut upcoming = None;
    for (li, line) in lines.iter().enumerate().rev() {
        next_tag[li] = upcoming;
        match line.role {
            LineRole::Blank | LineRole::Body => {}
            LineRole::Tag { .. } => upcoming = Some(is_qa_line(text, line)),
            _ => upcoming = None,
        }
    }
    let mut turn: Option<bool> = None;
    // The surname of the speaker whose turn is open ("RUTH CALLOWAY:" → "CALLOWAY").
    let mut surname: Option<&str> = None;
    for (li, line) in lines.iter().enumerate() {
        let s = &text[line.start..line.end];
        match line.role {
            LineRole::Blank => {}
            LineRole::Tag {
                journalist,
                tag_end,
            } => {
                // A hearing's dotted turns mark every paragraph; the lines between them
                // introduce the next member.
                let dotted = is_dotted_mark(text, tag_end);
                turn = (!journalist && !dotted).then(|| is_qa_line(text, line));
                surname = text[line.start..tag_end]
                    .split(',')
                    .next()
                    .and_then(|name| name.split_whitespace().last())
                    .filter(|w| w.len() > 1);
            }
            LineRole::Body if turn.is_some() => {
                let t = s.trim();
                if stage_brackets(t, 0, t.len()).first() == Some(&(0, t.len())) {
                    continue;
                }
                let heading = !t.chars().any(char::is_lowercase);
                let marks = t.contains(DOUBLE_MARKS);
                // "Interviewer: And you?": a turn under a tag the layout did not take.
                let labelled = t[..floor_boundary(t, 40)].find(':').is_some_and(|c| {
                    !t[..c].contains(['.', ',', '!', '?']) && t[..c].split_whitespace().count() <= 4
                });
                // "Calloway's son, a staff sergeant, …", "Greer said she learned …": the
                // reporter's narration between excerpts names the speaker, who would not.
                let narration = surname.is_some_and(|name| names_word(t, name));
                cont[li] = !heading && !marks && !labelled && !narration && next_tag[li] == turn;
                if !cont[li] {
                    turn = None;
                }
            }
            _ => turn = None,
        }
    }
    cont
}

/// Whether `text` has `word` as a capitalized word of its own, case aside ("Calloway's"
/// for "CALLOWAY").
fn names_word(text: &str, word: &str) -> bool {
    text.match_indices(|c: char| c.is_uppercase())
        .any(|(at, _)| {
            let rest = &text[at..];
            let before = text[..at].chars().next_back();
            rest.get(..word.len())
                .is_some_and(|w| w.eq_ignore_ascii_case(word))
                && !rest[word.len()..].starts_with(char::is_alphanumeric)
                && !before.is_some_and(char::is_alphanumeric)
        })
}

/// The stage directions in brackets inside `text[s..e]` ("[Interjection: When?]",
/// "(Applause)"), as byte ranges from the opening bracket to just past the closing one.
fn stage_brackets(text: &str, s: usize, e: usize) -> Vec<(usize, usize)> {
    let b = text.as_bytes();
    let mut out = Vec::new();
    let mut i = s;
    while i < e {
        let close = match b[i] {
            b'[' => b']',
            b'(' => b')',
            _ => {
                i += 1;
                continue;
            }
        };
        let Some(k) = b[i + 1..e].iter().position(|&c| c == close) else {
            break;
        };
        let end = i + 1 + k;
        if lexicon::is_stage_direction(&text[i + 1..end]) {
            out.push((i, end + 1));
            i = end + 1;
        } else {
            i += 1;
        }
    }
    out
}

/// A line of dialogue in the dash convention of much European and translated copy: "– We
/// respect this decision, said the minister." The words run from the dash to the comma (or
/// dash) before an attribution: a clause with a speech verb among its first eight words
/// ("said the deputy", "Nowak added", "she told our reporter") and nothing quoted in the
/// paragraph's rest. A dash line without one is a list item or a heading, not a quote.
/// Returns (dash, words start, words end, close end: past the comma or dash).
fn dash_turn(text: &str, ls: usize, le: usize) -> Option<DashTurn> {
    let line = &text[ls..le];
    let lead = line.len() - line.trim_start().len();
    let dash = ls + lead;
    let after_dash = text[dash..le].strip_prefix(['–', '—'])?;
    // (Spanish sets the dash against the words: "—Nobody here is running away".)
    if !after_dash.starts_with([' ', '\u{a0}', '¿', '¡'])
        && !after_dash.starts_with(char::is_uppercase)
    {
        return None;
    }
    let body = le - after_dash.len();
    let rest = &text[body..le];
    // A list label ("– Germany: welcomed …") is the reaction-list layout.
    if rest.split_whitespace().take(5).any(|w| w.ends_with(':')) {
        return None;
    }
    let marks = |t: &str| t.contains(DOUBLE_MARKS);
    for (k, sep) in rest.match_indices([',', '–', '—']) {
        let at = body + k;
        let is_dash = sep != ",";
        if is_dash && !text[..at].ends_with(' ') {
            continue;
        }
        let after = &text[at + sep.len()..le];
        // (Set against its dash, the attribution opens with the verb in Spanish, "—dijo el
        // alcalde—", and with the name in translation: "—Condori Vargas said—".)
        let spaced = after.starts_with(' ') || (is_dash && after.starts_with(char::is_alphabetic));
        // An attribution closed by a dash ends there: the words after it go on speaking.
        let aside = match is_dash {
            true => after.split(['–', '—']).next().unwrap_or(after),
            false => after,
        };
        if !spaced || marks(after) || aside.split_whitespace().count() > 40 {
            continue;
        }
        // (A comma's clause ends at a dash too: "myself, there, behind the chapel — he
        // said" is attributed at the dash.)
        let clause = after.split([',', '.', ';', '—', '–']).next().unwrap_or("");
        // (Not a speech verb used as a noun: "— Senator X, in a post on Tuesday" signs a
        // pull-quote.)
        let words: Vec<&str> = clause
            .split_whitespace()
            .take(8)
            .map(|w| w.trim_end_matches(['—', '–']))
            .collect();
        let attributed = words.iter().enumerate().any(|(j, w)| {
            // (Nor a passive: "not by what is said on a stage".)
            let nouned = j > 0
                && (lexicon::props(words[j - 1]).flags
                    & (lexicon::flag::DET | lexicon::flag::PREP)
                    != 0
                    || matches!(words[j - 1], "is" | "was" | "are" | "were" | "be" | "been"));
            !nouned
                && w.chars().next().is_some_and(char::is_lowercase)
                && lexicon::props(w)
                    .verb
                    .is_some_and(|v| v.form != lexicon::Form::Ing)
        });
        // "– I was afraid, I admit it. But …": the speaker speaking of themself goes on
        // speaking; it attributes nothing.
        if !attributed || matches!(words.first(), Some(&("I" | "we" | "We"))) {
            continue;
        }
        let (s, e) = trim_span(text, body, at);
        if s >= e || !has_alnum(&text[s..e]) {
            return None;
        }
        // "—We are leaving —said the colonel—, but the valley stays with us.": a dash
        // closing the attribution, and the words going on after it.
        let rest_piece = is_dash
            .then(|| after.find(['–', '—']))
            .flatten()
            .and_then(|p| {
                let close = at + sep.len() + p;
                let from = close + text[close..].chars().next().map_or(1, char::len_utf8);
                let words = text[from..le].trim_start_matches([',', '.', ':', ';', ' ']);
                let (s2, e2) = trim_span(text, le - words.len(), le);
                (s2 < e2 && has_alnum(&text[s2..e2])).then_some((close, s2, e2))
            });
        return Some(DashTurn {
            dash,
            words: (s, e),
            close_end: at + sep.len(),
            rest: rest_piece,
        });
    }
    None
}

/// A dialogue turn opening inside a paragraph, in an article whose dialogue is set with
/// dashes: after a sentence ("… before the Defence Commission. — Echeverría has given …
/// — she said in the corridors.") or a colon, whose words run to the line's end when no
/// attribution closes them ("…, but warned: — We will judge Montalbán by …").
fn mid_line_turn(text: &str, ls: usize, le: usize) -> Option<DashTurn> {
    let line = &text[ls..le];
    let (k, sep) = line.match_indices([':', '.', '?', '!']).find(|&(k, _)| {
        let after = &line[k + 1..];
        let Some(words) = after
            .strip_prefix(' ')
            .and_then(|a| a.strip_prefix(['—', '–']))
            .and_then(|a| a.strip_prefix(' '))
        else {
            return false;
        };
        words.starts_with(char::is_uppercase) && !words.contains(DOUBLE_MARKS)
    })?;
    let dash = ls + k + 2;
    if let Some(turn) = dash_turn(text, dash, le) {
        return Some(turn);
    }
    if sep != ":" {
        return None;
    }
    let words = dash + text[dash..].chars().next().map_or(1, char::len_utf8);
    let (s, e) = trim_span(text, words, le);
    (s < e && has_alnum(&text[s..e])).then_some(DashTurn {
        dash,
        words: (s, e),
        close_end: le,
        rest: None,
    })
}

/// A dash line without an attribution in an article whose dialogue is set with dashes:
/// "– The last aircraft leaves on the 30th. After that, our army is responsible …" after
/// the paragraph introducing the minister, or an interviewee's answer. A sentence of three
/// words or more, no list label, no quote marks inside; a question followed by another
/// dash line is the interviewer's. Returns (dash, words start, words end).
fn bare_dash_line(text: &str, lines: &[Line], li: usize) -> Option<(usize, usize, usize)> {
    let (ls, le) = (lines[li].start, lines[li].end);
    let line = &text[ls..le];
    let dash = ls + (line.len() - line.trim_start().len());
    let end = ls + line.trim_end().len();
    // (`trim`, not a slice from `dash`: a line may hold nothing but spaces.)
    let words = line.trim().strip_prefix(['–', '—'])?.strip_prefix(' ')?;
    let sentence = words.ends_with(['.', '!', '?', '…']);
    if !sentence
        || words.split_whitespace().count() < 3
        || words.split_whitespace().take(5).any(|w| w.ends_with(':'))
        || words.contains(DOUBLE_MARKS)
    {
        return None;
    }
    // Speech, not a list item ("– The second battalion, which leaves in May."): a speaker's
    // own person ("we", "our", "you") or more than one sentence.
    let personal = words
        .split(|c: char| !c.is_alphanumeric() && c != '\'')
        .any(|w| {
            matches!(
                w,
                "I" | "I'm"
                    | "we"
                    | "We"
                    | "our"
                    | "Our"
                    | "us"
                    | "my"
                    | "My"
                    | "me"
                    | "you"
                    | "You"
            )
        });
    let sentences = words.trim_end_matches(['.', '!', '?', '…']).contains(". ");
    if !personal && !sentences {
        return None;
    }
    let next_dash = lines[li + 1..]
        .iter()
        .find(|l| l.role != LineRole::Blank)
        .is_some_and(|l| text[l.start..l.end].trim_start().starts_with(['–', '—']));
    if words.ends_with('?') && next_dash {
        return None;
    }
    let start = end - words.len();
    let (s, e) = trim_span(text, start, end);
    (s < e && has_alnum(&text[s..e])).then_some((dash, s, e))
}

/// A dialogue line's quote ([`dash_turn`]): where its dash is, its words, the end of its
/// closing comma or dash, and the words going on after an attribution closed by a dash
/// (that dash's offset and the words).
struct DashTurn {
    dash: usize,
    words: (usize, usize),
    close_end: usize,
    rest: Option<(usize, usize, usize)>,
}

/// Pushes the quote whose marks span `open..close_end` and whose words are `s..e`, split
/// around stage directions: each piece is a quote, the later ones continuing the first. The
/// pieces' spans cover `open..close_end` between them, so tokens see one quote after another.
#[allow(clippy::too_many_arguments)]
fn push_pieces(
    text: &str,
    open: usize,
    close_end: usize,
    s: usize,
    e: usize,
    line: usize,
    tag: bool,
    out: &mut Vec<RawQuote>,
) {
    let first = out.len();
    let mut piece_open = open;
    let mut from = s;
    let cuts = stage_brackets(text, s, e);
    for (bs, be) in cuts.into_iter().chain(std::iter::once((e, close_end))) {
        let (ps, pe) = trim_span(text, from, bs);
        if ps < pe && has_alnum(&text[ps..pe]) {
            out.push(RawQuote {
                open: piece_open,
                close_end: be,
                start: ps,
                end: pe,
                line,
                unclosed: false,
                continues_prev: out.len() > first,
                tag,
            });
            piece_open = be;
        } else if out.len() > first {
            // Nothing said here: the piece before covers the bracket.
            if let Some(q) = out.last_mut() {
                q.close_end = be;
            }
            piece_open = be;
        }
        from = be.min(e);
    }
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
    matches!(c, '"' | '“' | '„' | '«' | '»')
}
fn is_double_close(c: char) -> bool {
    matches!(c, '"' | '”' | '“' | '»' | '«')
}

/// Which way guillemets point: French and Swiss «…» and ‹…›, or German »…« and ›…‹.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Guillemets {
    French,
    German,
}

impl Guillemets {
    /// German when the evidence says so; French (the commoner way) when it is even.
    fn from_votes(votes: i32) -> Guillemets {
        if votes > 0 {
            Guillemets::German
        } else {
            Guillemets::French
        }
    }
}

/// Evidence on the way guillemets point in `s`: +1 for each mark that sits as German
/// ones do, -1 for each that sits as French ones do. A mark after a space or line start and
/// before a word opens; one after a word and before a space, punctuation or line end
/// closes; one with spaces on both sides is French typography (« nous partons »).
/// Whether `s` holds a guillemet. One `contains` per mark: a single character is found with
/// a vectorized byte search, where a set of characters would decode every character.
fn has_guillemet(s: &str) -> bool {
    ['«', '»', '‹', '›'].into_iter().any(|c| s.contains(c))
}

fn guillemet_votes(s: &str) -> i32 {
    if !has_guillemet(s) {
        return 0;
    }
    let mut votes = 0;
    let mut prev: Option<char> = None;
    let mut it = s.chars().peekable();
    while let Some(c) = it.next() {
        let next = it.peek().copied();
        if matches!(c, '«' | '»' | '‹' | '›') {
            let points_right = matches!(c, '«' | '‹');
            let after_gap = prev.is_none_or(|p| p.is_whitespace() || "([{—–-/:".contains(p));
            let before_gap = next.is_none_or(|n| n.is_whitespace() || ".,;:!?)]}—–-".contains(n));
            let opens = after_gap && next.is_some_and(|n| !n.is_whitespace()) && !before_gap;
            let closes = before_gap && prev.is_some_and(|p| !p.is_whitespace()) && !after_gap;
            let spaced =
                prev.is_some_and(char::is_whitespace) && next.is_some_and(char::is_whitespace);
            if spaced || (opens && points_right) || (closes && !points_right) {
                votes -= 1;
            } else if (opens && !points_right) || (closes && points_right) {
                votes += 1;
            }
        }
        prev = Some(c);
    }
    votes
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
fn scan_line(
    text: &str,
    ls: usize,
    le: usize,
    li: usize,
    guillemets: Guillemets,
    out: &mut Vec<RawQuote>,
) {
    let german = guillemets == Guillemets::German;
    // The opening double and single guillemets, and the closing ones.
    let (g_open, g_close, s_open, s_close) = if german {
        ('»', '«', '›', '‹')
    } else {
        ('«', '»', '‹', '›')
    };
    let line = &text[ls..le];
    let bytes = line.as_bytes();
    let mut open: Option<(usize, char)> = None;
    let mut i = 0;
    // Only '"' and the lead bytes of “ ” „ ‘ ’ (E2 80 ..) and « » (C2 ..) can be marks:
    // skip everything else without decoding.
    while i < bytes.len() {
        // Eight plain ASCII bytes at a time: no '"' and no high bit means no mark.
        while i + 8 <= bytes.len() {
            let mut w = [0u8; 8];
            w.copy_from_slice(&bytes[i..i + 8]);
            let x = u64::from_le_bytes(w);
            let q = x ^ 0x2222_2222_2222_2222;
            let has_quote = q.wrapping_sub(0x0101_0101_0101_0101) & !q & 0x8080_8080_8080_8080;
            let a = x ^ 0x2727_2727_2727_2727;
            let has_apostrophe = a.wrapping_sub(0x0101_0101_0101_0101) & !a & 0x8080_8080_8080_8080;
            if has_quote != 0 || has_apostrophe != 0 || x & 0x8080_8080_8080_8080 != 0 {
                break;
            }
            i += 8;
        }
        if i >= bytes.len() {
            break;
        }
        let b = bytes[i];
        if b != b'"' && b != b'\'' && b != 0xE2 && b != 0xC2 {
            i += 1;
            continue;
        }
        let Some(c) = line[i..].chars().next() else {
            break;
        };
        let clen = c.len_utf8();
        if !matches!(
            c,
            '"' | '\'' | '“' | '”' | '„' | '«' | '»' | '‘' | '’' | '‹' | '›'
        ) {
            i += clen;
            continue;
        }
        let next = line[i + clen..].chars().next();
        let prev = line[..i].chars().next_back();
        let p = ls + i;
        match open {
            None => {
                let opens = match c {
                    '“' | '„' => next.is_some_and(|n| !n.is_whitespace()),
                    '«' | '»' => c == g_open && next.is_some(),
                    '"' => {
                        prev.is_none_or(|p| p.is_whitespace() || "([{—–-/:".contains(p))
                            && next.is_some_and(|n| !n.is_whitespace())
                    }
                    '‘' | '‹' | '›' => {
                        (c == '‘' || c == s_open)
                            && prev.is_none_or(|p| !p.is_alphanumeric())
                            && next.is_some_and(|n| n.is_alphanumeric())
                    }
                    // Typewriter single quotes ('We leave,' she said), as British copy typed
                    // or pasted without curly marks has them: only at a word's start, so
                    // apostrophes inside words (it's, soldiers') never open one.
                    '\'' => {
                        prev.is_none_or(|p| p.is_whitespace() || "([{—–-/:".contains(p))
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
                    '«' | '»' => c == g_close,
                    '"' => c == '"' || c == '”',
                    '‘' | '‹' | '›' => {
                        c == if oc == '‘' { '’' } else { s_close }
                            && next.is_none_or(|n| !n.is_alphanumeric())
                            && prev.is_some_and(|p| !p.is_whitespace())
                    }
                    '\'' => {
                        c == '\''
                            && single_closes(prev, next)
                            // "'The soldiers' families are glad,' she said": a plural
                            // possessive before a word is an apostrophe when the quote
                            // closes later without another opening first.
                            && !(matches!(prev, Some('s' | 'S'))
                                && next == Some(' ')
                                && closes_later(&line[i + clen..]))
                    }
                    _ => false,
                };
                if closes {
                    push_quote(text, op, oc, p, p + clen, li, false, out);
                    open = None;
                }
            }
        }
        i += clen;
    }
    if let Some((op, oc)) = open {
        push_quote(text, op, oc, le, le, li, true, out);
    }
}

/// Whether a typewriter single quote between `prev` and `next` can close a quote: after a
/// word or punctuation, before a space, punctuation or the line's end.
fn single_closes(prev: Option<char>, next: Option<char>) -> bool {
    prev.is_some_and(|p| !p.is_whitespace()) && next.is_none_or(|n| !n.is_alphanumeric())
}

/// Whether `rest` holds a typewriter single quote that can close before one that opens.
fn closes_later(rest: &str) -> bool {
    let mut prev = None;
    let mut chars = rest.chars().peekable();
    while let Some(c) = chars.next() {
        let next = chars.peek().copied();
        if c == '\'' {
            if prev.is_none_or(char::is_whitespace) && next.is_some_and(char::is_alphanumeric) {
                return false;
            }
            if single_closes(prev, next) {
                return true;
            }
        }
        prev = Some(c);
    }
    false
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
    let first = out.len();
    push_pieces(text, open, close_end, s, e, line, false, out);
    if out.len() > first {
        if let Some(q) = out.last_mut() {
            q.unclosed = unclosed;
        }
    }
}

/// Whether quote `q` is a nickname set in a name: one to three capitalized words, right
/// before a capitalized word on the same line, after a capitalized word or at a sentence
/// start (`prev`: the token before it).
fn is_nickname(text: &str, q: &RawQuote, line_end: usize, prev: Option<&str>) -> bool {
    let inner = &text[q.start..q.end];
    let words = inner.split(' ').count();
    // ('"This," Lindqvist said': a quote that ends in punctuation is words said.)
    let closing = &text[q.end..q.close_end];
    if q.unclosed || inner.len() > 30 || words > 3 || closing.chars().count() != 1 {
        return false;
    }
    let capitalized = |w: &str| {
        w.starts_with(|c: char| c.is_uppercase())
            && w.chars().all(|c| c.is_alphabetic() || c == '-' || c == '.')
    };
    if !inner.split(' ').all(capitalized) {
        return false;
    }
    let after = &text[q.close_end.min(line_end)..line_end];
    let next = after.strip_prefix(' ').unwrap_or("");
    let surname = next
        .split(|c: char| !c.is_alphanumeric() && c != '-')
        .next()
        .unwrap_or("");
    if !capitalized(surname) || surname.len() < 2 || surname.chars().all(|c| c.is_uppercase()) {
        return false;
    }
    match prev {
        None => true,
        Some(p) => {
            p == "."
                || (p.starts_with(|c: char| c.is_uppercase())
                    && p.chars().any(|c| c.is_lowercase())
                    && p.chars().all(|c| c.is_alphabetic() || c == '-'))
        }
    }
}

/// The reporters named by a byline among an article's first lines ("By Lucy Hartigan, with
/// Daniel Okoro in Harwa", "BY ANA RUIZ AND TOM BELL") or by a credit line anywhere
/// ("Reporting by Daniel Marsh; Editing by Lena Hart"), lowercased.
pub(crate) fn byline_names(text: &str) -> Vec<String> {
    const CREDITS: [&str; 11] = [
        "Reporting by ",
        "Contributing: ",
        "Additional reporting by ",
        "Writing by ",
        "Editing by ",
        "Photographs by ",
        "Photography by ",
        "Photos by ",
        "Photo by ",
        "Pictures by ",
        "Video by ",
    ];
    let mut names = Vec::new();
    // Bylines stand among the first lines, credit lines among the last: only those are read.
    // (The two ends read from each end, not every line: lines after the sixth from the
    // start are the tail's.)
    let nonblank = |l: &&str| l.bytes().any(|b| !b.is_ascii_whitespace());
    let head: Vec<&str> = text.lines().filter(nonblank).take(6).collect();
    let head_end = head
        .last()
        .map_or(0, |l| l.as_ptr() as usize - text.as_ptr() as usize);
    let mut tail: Vec<&str> = if head.len() < 6 {
        Vec::new()
    } else {
        text.lines()
            .rev()
            .filter(nonblank)
            .take(6)
            .take_while(|l| l.as_ptr() as usize - text.as_ptr() as usize > head_end)
            .collect()
    };
    tail.reverse();
    for (k, line) in head.into_iter().chain(tail).map(str::trim).enumerate() {
        if k < 6 {
            names.extend(credited_names(line).map(str::to_lowercase));
        }
        names.extend(photo_credit(line).map(str::to_lowercase));
        let byline = k < 6 && (line.starts_with("By ") || line.starts_with("BY "));
        // (A credit line opens with its credit, perhaps in brackets: "(Reporting by …)", or
        // after a sentence: "Copyright WBN. Reporting by Dev Amaranth; producer …".)
        let opens_credit = |l: &str| {
            CREDITS
                .iter()
                .any(|c| l.trim_start_matches('(').starts_with(c))
        };
        // (Every credit ends in "by ": most lines are passed over without a search.)
        let after_sentence = || {
            line.match_indices(". ")
                .find(|(i, _)| opens_credit(&line[i + 2..]))
                .map(|(i, _)| &line[i + 2..])
        };
        let line = if !byline && !opens_credit(line) && line.contains("by ") {
            after_sentence().unwrap_or(line)
        } else {
            line
        };
        let credit = opens_credit(line);
        if !(byline || credit) || line.len() > 160 || line.contains(['"', '“', '”', '«']) {
            continue;
        }
        let rest = if byline { &line[3..] } else { line };
        let pieces = rest.split([',', ';', '|', '&']);
        for piece in pieces
            .flat_map(|p| p.split(" and "))
            .flat_map(|p| p.split(" AND "))
        {
            let mut piece = piece.trim();
            for lead in ["with ", "and "].iter().chain(CREDITS.iter()) {
                piece = piece.strip_prefix(lead).unwrap_or(piece);
                if let Some(at) = piece.find(lead) {
                    piece = piece[at + lead.len()..].trim();
                }
            }
            // "Daniel Okoro in Harwa": where the reporter was.
            if let Some(at) = piece.find(" in ").or_else(|| piece.find(" at ")) {
                piece = &piece[..at];
            }
            let words: Vec<&str> = piece.split_whitespace().collect();
            let named = (2..=4).contains(&words.len())
                && words.iter().all(|w| {
                    w.chars().next().is_some_and(char::is_uppercase)
                        && !w.contains(|c: char| c.is_ascii_digit())
                });
            if named {
                names.push(words.join(" ").to_lowercase());
            }
        }
    }
    names
}

/// The photographer in a photo credit closing a line: "… at dawn on Thursday. (Jonas
/// Pirk/Beacon24)", "(Photo: Ana Ruiz/Reuters)".
fn photo_credit(line: &str) -> Option<&str> {
    let inner = line.strip_suffix(')')?;
    let inner = &inner[inner.rfind('(')? + 1..];
    let inner = inner.rsplit(": ").next()?;
    let (name, outlet) = inner.split_once('/')?;
    let name = name.trim();
    let words = name.split_whitespace().count();
    ((2..=4).contains(&words)
        && !outlet.trim().is_empty()
        && name
            .split_whitespace()
            .all(|w| w.starts_with(char::is_uppercase)))
    .then_some(name)
}

/// The names a document gives media of its own: short names in brackets ("the state-run
/// Khatang State News Agency (KSNA)" makes a later "according to KSNA" a medium's too), and
/// names after a lowercase kind of medium ("the state agency DravInform", "the Vardanian
/// channel Hromada TV").
pub(crate) fn medium_acronyms(text: &str, media: &Media) -> Vec<String> {
    let mut names: Vec<String> = Vec::new();
    for noun in [
        " agency ",
        " channel ",
        " broadcaster ",
        " newspaper ",
        " news site ",
    ] {
        for k in memchr::memmem::find_iter(text.as_bytes(), noun.as_bytes()) {
            let mut words = Vec::new();
            for w in text[k + noun.len()..].split_whitespace().take(3) {
                let bare = w.trim_end_matches([',', '.', ';', ':', ')']);
                let name_word = bare.starts_with(char::is_uppercase)
                    && bare.chars().all(|c| c.is_alphanumeric() || c == '-')
                    && !lexicon::is_calendar_word(bare);
                if !name_word {
                    break;
                }
                words.push(bare);
                if bare.len() < w.len() {
                    break;
                }
            }
            let name = words.join(" ");
            if !words.is_empty() && !names.contains(&name) {
                names.push(name);
            }
        }
    }
    for k in memchr::memchr_iter(b'(', text.as_bytes()) {
        // (Initials are short: look no further than they can reach, so text full of
        // unclosed brackets costs no rescans.)
        let Some(close) = text.as_bytes()[k + 1..]
            .iter()
            .take(9)
            .position(|&b| b == b')')
            .map(|c| k + 1 + c)
        else {
            continue;
        };
        let short = &text[k + 1..close];
        if !lexicon::is_initials(short) {
            continue;
        }
        // The capitalized words right before the bracket, as many as name a medium.
        let words: Vec<&str> = text[..k]
            .split_whitespace()
            .rev()
            .take(8)
            .take_while(|w| w.starts_with(char::is_uppercase))
            .collect();
        // (The whole phrase: "Liberation" is a paper, "Ormeda Liberation Front" none.)
        let named = (1..=words.len()).any(|n| {
            let phrase: Vec<&str> = words[..n].iter().rev().copied().collect();
            media.is_medium(&phrase.join(" "))
                && media
                    .match_at(&phrase)
                    .is_none_or(|(_, len)| len == phrase.len())
        });
        if named && !names.iter().any(|n| n == short) {
            names.push(short.to_string());
        }
    }
    names
}

/// Reporters named anywhere in the text by their outlet ("Tove Haraldsen of Kanal 4", "Jonas
/// Berre of the Torvik Dagblad": a full name, then "of" or "from" and a medium) or by their
/// role ("our correspondent Isak Moller"), lowercase.
pub(crate) fn press_by_outlet(text: &str, media: &Media) -> Vec<String> {
    let mut names = Vec::new();
    let name_word = |w: &&str| {
        w.starts_with(char::is_uppercase)
            && w.chars()
                .all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '’'))
    };
    // The full name (two or three capitalized words) starting at byte `at`, lowercased.
    let push_name_at = |at: usize, names: &mut Vec<String>| {
        let name: Vec<&str> = text[at..]
            .split_whitespace()
            .take(3)
            .take_while(name_word)
            .collect();
        if (2..=3).contains(&name.len()) {
            names.push(name.join(" ").to_lowercase());
        }
    };
    let bytes = text.as_bytes();
    // (Substring searches, not a walk over the words: this runs on every article and its
    // patterns are rare.)
    // "our correspondent Isak Moller will have a full report": a role right before a name.
    // (The persons among `lexicon::is_journalist_noun`'s words: not "editor", which heads
    // boards and parties, nor "host", as in "the host government", read below.)
    for role in [
        "reporter ",
        "journalist ",
        "correspondent ",
        "presenter ",
        "anchor ",
        "interviewer ",
        "moderator ",
        "newsreader ",
    ] {
        for k in memchr::memmem::find_iter(bytes, role.as_bytes()) {
            // A whole word: "reporter", not "sportsreporter".
            if k > 0 && bytes[k - 1].is_ascii_alphanumeric() {
                continue;
            }
            push_name_at(k + role.len(), &mut names);
        }
    }
    // "Line of Fire host Clara Whitfield", "the show's host Dana Pruitt": a host named after a
    // show's name or a possessive (not "the host government").
    for k in memchr::memmem::find_iter(bytes, b" host ") {
        let before = text[..k].rsplit(char::is_whitespace).next().unwrap_or("");
        let show = before.starts_with(char::is_uppercase)
            || before.ends_with("'s")
            || before.ends_with("’s")
            || matches!(before, "podcast" | "show" | "programme" | "program");
        if !show {
            continue;
        }
        push_name_at(k + " host ".len(), &mut names);
    }
    // "Jonas Berre of the Torvik Dagblad put it more bluntly": a full name, "of" or "from"
    // and a medium.
    for link in [" of ", " from "] {
        for k in memchr::memmem::find_iter(bytes, link.as_bytes()) {
            let rest = &text[k + link.len()..];
            let outlet_cap = rest
                .strip_prefix("the ")
                .unwrap_or(rest)
                .starts_with(|c: char| c.is_uppercase());
            if !outlet_cap {
                continue;
            }
            let name: Vec<&str> = text[..k]
                .rsplit(char::is_whitespace)
                .take(4)
                .take_while(name_word)
                .collect();
            if !(2..=3).contains(&name.len()) {
                continue;
            }
            // The outlet: up to the next comma, stop or clause word.
            let end = rest
                .find([',', '.', ';', ':', '(', '\n', '"', '“'])
                .unwrap_or(rest.len())
                .min(60);
            let mut outlet = rest[..floor_boundary(rest, end)].trim();
            for stop in [
                " who ",
                " put ",
                " asked ",
                " said ",
                " told ",
                " wanted ",
                " pressed ",
            ] {
                if let Some(at) = outlet.find(stop) {
                    outlet = &outlet[..at];
                }
            }
            // ("Kanal 4", "Channel 9": a station by its number.)
            let station = outlet.split_once(' ').is_some_and(|(first, number)| {
                matches!(first, "Kanal" | "Canal" | "Channel" | "Radio" | "TV")
                    && number.chars().all(|c| c.is_ascii_digit())
            });
            if !outlet.is_empty() && (station || media.is_paper_tag(outlet)) {
                let name: Vec<&str> = name.into_iter().rev().collect();
                names.push(name.join(" ").to_lowercase());
            }
        }
    }
    names
}

/// The names a line of prose credits as its journalists: "Script as broadcast. Presenter:
/// Dara Menk. Field reporting: Yusuf Aramb." (a role of the press, a colon, two to four
/// capitalized words).
fn credited_names(s: &str) -> impl Iterator<Item = &str> {
    // A cast list names the press by its role after the name: "PARTICIPANTS: LENA
    // ARKWRIGHT, moderator; TOMAS ERLING, Deputy Defence Minister; …".
    let cast = s.split([';', ':']).filter_map(|part| {
        let (name, role) = part.split_once(',')?;
        let role = role.split_whitespace().next()?;
        let press = lexicon::JOURNALIST_TAGS
            .iter()
            .any(|r| r.eq_ignore_ascii_case(role));
        let name = name.trim();
        (press
            && (2..=4).contains(&name.split_whitespace().count())
            && name
                .split_whitespace()
                .all(|w| w.starts_with(char::is_uppercase)))
        .then_some(name)
    });
    s.match_indices(": ")
        .filter_map(move |(k, _)| {
            let role = s[..k].rsplit([' ', '.']).next().unwrap_or("");
            let credit = role.len() > 1
                && (role.eq_ignore_ascii_case("reporting")
                    || role.eq_ignore_ascii_case("producer")
                    || lexicon::JOURNALIST_TAGS
                        .iter()
                        .any(|r| r.eq_ignore_ascii_case(role)));
            let name = s[k + 2..].split(['.', ',', ';', '/', '|']).next()?.trim();
            let words = name.split_whitespace().count();
            (credit
                && (2..=4).contains(&words)
                && name
                    .split_whitespace()
                    .all(|w| w.starts_with(char::is_uppercase)))
            .then_some(name)
        })
        .chain(cast)
}

/// A live blog entry's heading: a time stamp and dash, then a few words in headline style,
/// ending on a quote with no sentence end ("15:10 - Belstra: 'We will judge by what happens
/// on the ground'", "17:55 - Rebels claim 'victory'"). It sums up the entry below, whose words
/// say who speaks.
fn is_entry_heading(text: &str, s: usize, e: usize) -> bool {
    let from = past_time_stamp(text, s, e);
    if from == s {
        return false;
    }
    let words = text[from..e].trim_end();
    let unquoted = words.trim_end_matches(['\'', '"', '’', '”', '»']);
    // (Only a heading that ends on a quote: "08:40 — Minister rules out talk of retreat" may
    // name whom the entry's "he" means.)
    unquoted.len() < words.len()
        && (1..=12).contains(&words.split_whitespace().count())
        && !unquoted.ends_with(['.', '!', '?', ',', ':'])
        && words.starts_with(char::is_uppercase)
}

/// Where a line's words start past a live blog's time stamp and its dash ("08:02 BST — ",
/// "14.10 - ", "9:45 a.m. – "); `s` when the line has none.
pub(crate) fn past_time_stamp(text: &str, s: usize, e: usize) -> usize {
    let b = &text.as_bytes()[s..e];
    let digits = |from: usize| {
        b[from.min(b.len())..]
            .iter()
            .take_while(|c| c.is_ascii_digit())
            .count()
    };
    let hours = digits(0);
    if !(1..=2).contains(&hours)
        || !matches!(b.get(hours), Some(b':' | b'.'))
        || digits(hours + 1) != 2
    {
        return s;
    }
    let mut i = hours + 3;
    // Up to two short zone or a.m./p.m. words ("BST", "a.m.", "local time" is too long).
    for _ in 0..2 {
        let word = b[i.min(b.len())..]
            .iter()
            .skip(1)
            .take_while(|c| c.is_ascii_alphabetic() || **c == b'.')
            .count();
        if b.get(i) == Some(&b' ') && (1..=4).contains(&word) {
            i += 1 + word;
        }
    }
    let rest = &text[s + i.min(b.len())..e];
    let Some(after_space) = rest.strip_prefix(' ') else {
        return s;
    };
    for dash in ["—", "–", "-"] {
        if let Some(words) = after_space.strip_prefix(dash) {
            if let Some(words) = words.strip_prefix(' ') {
                return e - words.len();
            }
        }
    }
    s
}

/// Tokenizes `text[s..e]` into words and punctuation, replacing every quote that starts in
/// the range by one `Quote` token (a nickname in a name by none). `quotes` must be sorted by
/// `open`; `qi` is the first quote that may start at or after `s`.
/// "before the government had said anything", "the ministry said nothing about it": a speech
/// verb whose object is "anything", or "nothing"/"something" closed by punctuation or a
/// preposition, reports no words ("said nothing had changed" still does). `next` is the
/// word after the object, `None` for punctuation.
#[inline]
fn speech_without_words(text: &str, out: &mut [Tok], next: Option<&str>) {
    // (On every token: the common case, no speech verb two tokens back, is one test.)
    match out {
        [.., verb, object] if verb.verb.is_some() && verb.is_word() && object.is_word() => {
            mark_wordless_speech(text, verb, object, next)
        }
        _ => {}
    }
}

#[cold]
fn mark_wordless_speech(text: &str, verb: &mut Tok, object: &Tok, next: Option<&str>) {
    let closed = next.is_none_or(|w| {
        lexicon::with_lower(w, |w| {
            matches!(
                w,
                "about"
                    | "on"
                    | "before"
                    | "after"
                    | "until"
                    | "when"
                    | "while"
                    | "and"
                    | "but"
                    | "yet"
                    | "since"
                    | "publicly"
                    | "further"
                    | "more"
                    | "else"
                    | "of"
                    | "in"
                    | "at"
                    | "for"
                    | "new"
                    | "beyond"
                    | "during"
                    | "as"
                    | "so"
            )
        })
    });
    let wordless = lexicon::with_lower(object.text(text), |o| {
        o == "anything" || (closed && matches!(o, "nothing" | "something"))
    });
    if wordless {
        verb.f |= lexicon::flag::NOUNED;
    }
}

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
            // A nickname inside a name ("Graham 'Bulldog' Barrow", "'Bulldog' Barrow –
            // a former Para – came out swinging") is part of the name, not a quote: left
            // out, so the name reads as one run.
            if is_nickname(text, q, e, out.last().map(|t| t.text(text))) {
                p = q.close_end;
                qi += 1;
                continue;
            }
            out.push(Tok::new(
                q.open,
                q.close_end.min(e).max(p + 1),
                TokKind::Quote(qi),
            ));
            p = q.close_end.min(e).max(p + 1);
            qi += 1;
            // Quotes never overlap, but be safe against a zero advance.
            while p < e && !text.is_char_boundary(p) {
                p += 1;
            }
            continue;
        }
        let c = match char_at(text, p) {
            Some(c) => c,
            None => break,
        };
        let n = c.len_utf8();
        // ASCII is classified by its byte; other chars by their Unicode properties.
        // Markdown emphasis ("**Ilse Vandermaar**, Lorrant's defence minister, …") marks
        // no word or clause boundary: it is read as space, so the name leads its sentence.
        let (space, alnum) = if c.is_ascii() {
            let b = c as u8;
            (
                matches!(b, b' ' | b'\t' | b'\n' | 0x0B | 0x0C | b'\r' | b'*'),
                b.is_ascii_alphanumeric(),
            )
        } else {
            (c.is_whitespace(), c.is_alphanumeric())
        };
        if space {
            p += n;
            continue;
        }
        if !alnum {
            speech_without_words(text, out, None);
            out.push(Tok::new(p, p + n, TokKind::Punct));
            p += n;
            continue;
        }
        // A word: letters and digits, joined by an inner apostrophe, hyphen, period or
        // ampersand ("Germany’s", "al-Nusra", "U.S", "AT&T").
        let ws = p;
        let mut q = p + n;
        let mut inner_dot = false;
        while q < e {
            // A run of ASCII letters and digits, the bulk of a word, byte by byte.
            if bytes[q].is_ascii_alphanumeric() {
                q += 1;
                continue;
            }
            let c = match char_at(text, q) {
                Some(c) => c,
                None => break,
            };
            if !c.is_ascii() && c.is_alphanumeric() {
                q += c.len_utf8();
                continue;
            }
            if matches!(c, '\'' | '’' | '-' | '.' | '&') {
                let after = q + c.len_utf8();
                let next_alnum =
                    after < e && char_at(text, after).is_some_and(|n| n.is_alphanumeric());
                if next_alnum && !(qi < quotes.len() && quotes[qi].open == q) {
                    inner_dot |= c == '.';
                    q = after;
                    continue;
                }
                // "Lt.-Gen.", "Maj.-Gen.": an abbreviation hyphenated to the next.
                if c == '.'
                    && bytes.get(after) == Some(&b'-')
                    && bytes.get(after + 1).is_some_and(u8::is_ascii_uppercase)
                    && after + 1 < e
                {
                    inner_dot = true;
                    q = after + 1;
                    continue;
                }
            }
            break;
        }
        // A plural possessive keeps its apostrophe ("the veterans' association", "the
        // Elders' Council"): the word it governs follows after one space. (A closing
        // single quote would lie inside its quote token.)
        if q < e
            && matches!(bytes[q - 1], b's' | b'S')
            && q - ws > 2
            && !(qi < quotes.len() && quotes[qi].open == q)
        {
            if let Some(c @ ('\'' | '’')) = char_at(text, q) {
                let after = q + c.len_utf8();
                let word_next = bytes.get(after) == Some(&b' ')
                    && after + 1 < e
                    && char_at(text, after + 1).is_some_and(char::is_alphabetic);
                if word_next {
                    q = after;
                }
            }
        }
        // Keep an abbreviation's period ("U.S.", "Lt.", "F.") so it never ends a sentence.
        if q < e && bytes[q] == b'.' {
            let w = &text[ws..q];
            let initial = w.chars().count() == 1 && w.chars().all(|c| c.is_uppercase());
            // ("Barr. Halima Yakubu", a barrister; but "said William Barr." ends the
            // sentence: the title only where no name runs into it.)
            let barrister = w == "Barr"
                && !out
                    .last()
                    .is_some_and(|t: &Tok| t.is_word() && t.has(lexicon::flag::CAP))
                && text[q + 1..e].starts_with(' ')
                && char_at(text, q + 2).is_some_and(char::is_uppercase);
            // ("Ma. Celeste Villaraza": the Filipino short form of Maria, before a given
            // name; "said Jack Ma. The …" ends the sentence.)
            let maria = w == "Ma" && text[q + 1..e].starts_with(' ') && {
                // (Two capitalized words, a name, not a sentence's "The rest …".)
                let mut next = text[q + 2..e].split(' ');
                let cap = |w: &str| w.starts_with(|c: char| c.is_uppercase());
                match (next.next(), next.next()) {
                    (Some(first), Some(second)) => {
                        lexicon::given_name_gender(first) != 0
                            || (cap(first)
                                && cap(second)
                                && lexicon::props(first).flags
                                    & (lexicon::flag::DET
                                        | lexicon::flag::PREP
                                        | lexicon::flag::BREAKER
                                        | lexicon::flag::INTRO)
                                    == 0
                                && lexicon::pronoun(first).is_none())
                    }
                    _ => false,
                }
            };
            if inner_dot || initial || barrister || maria || lexicon::is_abbreviation(w) {
                q += 1;
            }
        }
        speech_without_words(text, out, Some(&text[ws..q]));
        let props = lexicon::props(&text[ws..q]);
        // "Civilian Protection Watch calls on the government to …": "calls" is left out of
        // the present forms as more often a noun, but before "on"/"upon" (not after a
        // determiner) it is the verb.
        // (So before an object it names: "Ekdahl … calls the timetable «…»", "calls it".)
        if matches!(
            &text[ws..q],
            "on" | "upon" | "the" | "it" | "this" | "them" | "him" | "her" | "his" | "their"
        ) {
            let before_det = out.len() >= 2 && out[out.len() - 2].has(lexicon::flag::DET);
            if let Some(calls) = out.last_mut().filter(|t| {
                t.is_word() && t.verb.is_none() && t.text(text) == "calls" && !before_det
            }) {
                calls.verb = Some(lexicon::Verb {
                    lemma: "call",
                    form: lexicon::Form::Present3,
                    class: lexicon::VerbClass::Eval,
                });
            }
        }
        // After an article or a possessive a speech verb is a noun: "wrote in a note to
        // clients that", "in a post", "their warning" ("that" and "those" also open
        // clauses: "a group that called …"). It still introduces a partial quote ("on a
        // promise to “send the foreigners home”").
        // (So is a bare or -ing form after a possessive name: "the minister's answer", "the
        // group's warning".)
        let nouned = props.verb.is_some_and(|v| {
            out.last().is_some_and(|t| {
                t.is_word()
                    && ((t.has(lexicon::flag::DET)
                        && !lexicon::with_lower(t.text(text), |w| matches!(w, "that" | "those")))
                        || (matches!(v.form, lexicon::Form::Base | lexicon::Form::Ing)
                            && lexicon::is_possessive(t.text(text))))
            })
        });
        // "a diplomat from a member state said", "the small state": a bare "state" is a verb
        // only where a verb can stand ("to state", "we state", "did not state"); elsewhere
        // it is the noun, and no verb at all.
        // ("to state officials", "to state television": before a person, body or press
        // noun it is the noun, even where a verb could stand.)
        let state_noun = props.verb.is_some_and(|v| {
            v.lemma == "state"
                && v.form == lexicon::Form::Base
                && out.last().is_some_and(|t| {
                    t.is_word()
                        && (!lexicon::with_lower(t.text(text), |w| {
                            w.ends_with("ly")
                                || lexicon::MODALS.contains(&w)
                                || matches!(w, "we" | "they" | "i" | "you" | "and" | "or")
                        }) || modifies_next_noun(text, q, e))
                })
        });
        // "spoke of a “capitulation”": "speak" reports a view only before "of" and a quote
        // a few words on; "who spoke on condition of anonymity" reports nothing.
        let idle_speak = props.verb.is_some_and(|v| {
            v.lemma == "speak"
                && !(text[q..e].starts_with(" of ")
                    && quotes
                        .get(qi)
                        .is_some_and(|n| n.open < e && n.open <= q + 24))
        });
        // "M. Bastien Roquelaure": the French "Monsieur" before a name, unless it follows a
        // capitalized word as a middle initial ("John M. Smith").
        let monsieur = &text[ws..q] == "M."
            && !out
                .last()
                .is_some_and(|t| t.is_word() && t.has(lexicon::flag::CAP));
        out.push(Tok {
            s: ws,
            e: q,
            kind: TokKind::Word,
            f: props.flags
                | if nouned { lexicon::flag::NOUNED } else { 0 }
                | if monsieur { lexicon::flag::TITLE } else { 0 },
            verb: props.verb.filter(|_| !state_noun && !idle_speak),
        });
        p = q;
    }
}

/// Whether the word after byte `q` (past one space, before `e`) is a lowercase person,
/// body or press noun, which a word before it modifies ("state officials").
fn modifies_next_noun(text: &str, q: usize, e: usize) -> bool {
    let Some(rest) = text.get(q..e).and_then(|r| r.strip_prefix(' ')) else {
        return false;
    };
    let next = rest
        .split(|c: char| !c.is_alphabetic())
        .next()
        .unwrap_or_default();
    !next.is_empty()
        && next.starts_with(|c: char| c.is_lowercase())
        && (lexicon::props(next).flags & (lexicon::flag::PERSON | lexicon::flag::ORG) != 0
            || lexicon::is_press_noun(next)
            || lexicon::is_force_noun(next))
}

/// The char starting at byte `p` (a char boundary), decoded only when it is not ASCII.
fn char_at(text: &str, p: usize) -> Option<char> {
    match text.as_bytes().get(p) {
        Some(&b) if b < 0x80 => Some(char::from(b)),
        Some(_) => text[p..].chars().next(),
        None => None,
    }
}

/// Splits a line's tokens into sentences (token index ranges). A quote is one token, so
/// its inner periods never split; a quote ending in . ! ? ends the sentence unless a short
/// attribution frame follows (`“We leave.” Kerry said.`).
pub(crate) fn sentences(
    text: &str,
    toks: &[Tok],
    quotes: &[RawQuote],
    out: &mut Vec<(usize, usize)>,
) {
    out.clear();
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
                // A semicolon joins two main clauses: what one says, the other does not
                // report ("says the mission \"did its job\"; opposition calls it a gamble").
                p == ";"
                    || matches!(p, "." | "!" | "?" | "…") && {
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
}

/// `Kerry said.` / `said the minister.`: a few words with a speech verb up to the next
/// sentence end.
/// A longer frame counts when its speech verb closes a clause after a named subject
/// (`Gulnora Rahimova, who runs a grocery near the garrison, said.`).
fn short_frame(text: &str, toks: &[Tok]) -> bool {
    let mut words = 0;
    let mut verb = false;
    for (k, t) in toks.iter().enumerate() {
        match t.kind {
            TokKind::Quote(_) => return verb && words <= 10,
            TokKind::Punct if matches!(t.text(text), "." | "!" | "?") => break,
            TokKind::Punct => {}
            TokKind::Word => {
                words += 1;
                if words > 30 {
                    return false;
                }
                // ("The message to state officials was blunt.": a verb read as a noun after
                // an article or possessive frames nothing.)
                if t.verb.is_some() && !t.has(lexicon::flag::NOUNED) {
                    // "Germany said they would …", "…, told reporters that …": the verb
                    // reports words of its own, so it frames nothing before it.
                    let own_clause = toks.get(k + 1).is_some_and(|n| {
                        n.kind == TokKind::Word
                            && matches!(
                                n.text(text),
                                "that" | "he" | "she" | "they" | "it" | "we" | "I"
                            )
                    });
                    // "The army stressed its commitment …": a subject, the verb and its
                    // object is a statement of its own, not a frame for the quote before.
                    // ("Kerry told the AP." and "said the minister." still frame.)
                    let object = k > 0
                        && t.verb.is_some_and(|v| !matches!(v.lemma, "say" | "tell"))
                        && toks.get(k + 1).is_some_and(|n| {
                            n.kind == TokKind::Word
                                && matches!(
                                    n.text(text),
                                    "its" | "their" | "his" | "her" | "our" | "a" | "an" | "the"
                                )
                        });
                    if own_clause || object {
                        return false;
                    }
                    if words <= 10 {
                        verb = true;
                    } else if toks.first().is_some_and(|f| f.has(lexicon::flag::CAP))
                        && toks.get(k + 1).is_none_or(|n| {
                            n.kind == TokKind::Punct && matches!(n.text(text), "," | ".")
                        })
                        && k > 0
                        && toks[k - 1].kind == TokKind::Punct
                        && toks[k - 1].text(text) == ","
                    {
                        return true;
                    }
                }
            }
        }
    }
    verb && words <= 10
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
            // Typewriter single quotes, with apostrophes inside and around them.
            ("Body.\n'We go,' she said.", &["We go"]),
            (
                "Body.\n'The soldiers' families are glad,' she said.",
                &["The soldiers' families are glad"],
            ),
            (
                "Body.\nHe called it 'reckless' and 'dangerous'.",
                &["reckless", "dangerous"],
            ),
            (
                "Body.\nThe soldiers' families weren't told, it's said.",
                &[],
            ),
            (
                "Body.\n'It's over,' he said, 'and the '90s are gone.'",
                &["It's over", "and the '90s are gone."],
            ),
            ("Body.\nIl a dit « nous partons » hier.", &["nous partons"]),
            ("Body.\nEr sagte: „Wir gehen“ heute.", &["Wir gehen"]),
            (
                "Body.\n“It’s done, isn't it? ‘Finished,’ they said,” he said.",
                &["It’s done, isn't it? ‘Finished,’ they said"],
            ),
            ("Body.\nThe soldiers’ families don’t agree.", &[]),
            ("Body.\n‘We are leaving,’ he said.", &["We are leaving"]),
            ("Body.\nHe is 6'2\" tall and said \"fine\".", &["fine"]),
            ("Body.\nEr sagte: »Wir gehen« heute.", &["Wir gehen"]),
            (
                "Body.\n»Sie sagten: ›Bleibt.‹ Nun nicht,« sagte er.",
                &["Sie sagten: ›Bleibt.‹ Nun nicht"],
            ),
            (
                "Body.\nElle a dit «nous partons» et ‹oui›.",
                &["nous partons", "oui"],
            ),
            ("Body.\nEr sagte ›nein‹ dazu.", &["nein"]),
            // A paragraph without evidence follows the article's.
            ("Body.\n»Ja«, sagte er.\n»«»", &["Ja"]),
        ];
        for (text, want) in table {
            assert_eq!(&spans(text), want, "{text:?}");
        }
    }

    #[test]
    fn stage_directions_and_turns() {
        // Unclosed and split: the last piece stays open for the next paragraph.
        let text = "Body.\n“We go. [Laughter] We stay.\n\n“Both,” he said.";
        let media = Media::new(&[]);
        let lines = layout(text, &media);
        let q = find_quotes(text, &lines);
        let got: Vec<&str> = q.iter().map(|q| &text[q.start..q.end]).collect();
        assert_eq!(got, ["We go.", "We stay.", "Both"]);
        assert!(!q[0].unclosed && q[1].unclosed && q[1].continues_prev && q[2].continues_prev);
        // Only a bracket note is left out; an editor's insertion stays.
        assert_eq!(
            spans("Body.\n“They [the soldiers] go (Laughs) now,” she said."),
            ["They [the soldiers] go", "now"]
        );
        // A turn made of a stage direction alone is no quote.
        let text = "Debate.\nMs ANNA BELL: [Interjection: No!]\nMr TOM KIRK: (Applause) Yes.";
        assert_eq!(spans(text), ["Yes."]);
        // A journalist's own paragraph between two kinds of transcript is no turn.
        let text = "Interview.\nQ: Why?\n\nA: Because.\n\nWe asked a resident.\n\nJonas Aberg: Fine.\n\nMaria Lind: Good.";
        assert_eq!(spans(text), ["Because.", "Fine.", "Good."]);
    }

    #[test]
    fn datelines() {
        let cases = [
            (
                "TORVENNA, March 3 (Wire) — Korvessa will go.",
                Some("Korvessa will go."),
            ),
            (
                "KAVALA, Norland (Reuters) - Norland began.",
                Some("Norland began."),
            ),
            (
                "PORT ANTON (AFP) — The battalion left.",
                Some("The battalion left."),
            ),
            (
                "LESNA GORA — The garrison left.",
                Some("The garrison left."),
            ),
            ("BERLIN—The ministry said.", Some("The ministry said.")),
            (
                "WASHINGTON, D.C. -- The Pentagon said.",
                Some("The Pentagon said."),
            ),
            (
                "KABUL, Afghanistan, Nov. 3, 2026 — Troops left.",
                Some("Troops left."),
            ),
            ("UN — the body said.", None),
            ("Russia — which backs it — said.", None),
            ("BERLIN-based analysts said.", None),
            ("NATO's chief - a former minister - said.", None),
            ("The army (Wire) — left.", None),
            ("BERLIN, May 2 (the agency) — Soldiers left.", None),
            ("BERLIN (Wire) -based reports.", None),
            ("ÄÖÜ (Wire) — ü", Some("ü")),
            (
                "Taipei, May 14 (CNA) Kestria will cut its rotation.",
                Some("Kestria will cut its rotation."),
            ),
            ("Taiwan (ROC) officials said.", None),
            ("Taipei, May 14 (CNA)Kestria", None),
            ("The army, May 14 (CNA) Kestria left.", None),
        ];
        for (line, want) in cases {
            assert_eq!(dateline(line).map(|k| &line[k..]), want, "{line}");
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
    fn every_caption_cue_is_found() {
        let media = Media::new(&[]);
        for &cue in CAPTION_CUES {
            assert!(
                is_caption(&format!("A soldier waits. {cue} x"), &media),
                "{cue}"
            );
        }
        assert!(!is_caption("A soldier waits at the gate.", &media));
    }

    #[test]
    fn lowercase_matches_std() {
        for s in [
            "",
            "HOST Amina",
            "“Ünïcode” İstanbul ΣΑΣ ΟΔΟΣ",
            "ẞig ǅ AND done",
        ] {
            assert_eq!(lowercase(s), s.to_lowercase(), "{s}");
        }
    }

    #[test]
    fn cue_prefilter_never_misses_a_cue_start() {
        for b in 0..=255u8 {
            if CUE_GROUP[usize::from(b)] != 0 {
                for k in 0..8 {
                    let mut eight = [b' '; 8];
                    eight[k] = b;
                    assert!(may_start_cue(&eight), "{b} at {k}");
                }
            }
        }
        assert!(!may_start_cue(b"abc def."));
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
