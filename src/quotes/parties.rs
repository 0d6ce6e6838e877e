//! Parties: turning a speaker phrase into a name ("U.S. Secretary of State John Kerry" →
//! "John Kerry"), and merging mentions ("Kerry", "the commander", "he") into one party.
//!
//! Names are built from the text with typographic apostrophes normalized (’ → ') so that
//! "Germany’s foreign minister" and "Germany's foreign minister" are one party.

use std::borrow::Cow;
use std::collections::{HashMap, VecDeque};

use super::extract::Tok;
use super::lexicon::{self, flag, Media, Pronoun};
use super::PartyKind;

/// What a speaker phrase turned out to be.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum NpKind {
    /// A proper name: a person ("John Kerry") or a body ("France", "the Pentagon").
    Named {
        body: bool,
    },
    /// A description ("a commander of the Jabhat al-Nusra", "Germany's foreign minister").
    Descr {
        definite: bool,
        indefinite: bool,
        person: bool,
    },
    Pronoun(Pronoun),
}

/// An analysed speaker phrase. Its strings borrow the article where they can: most
/// phrases are analysed and dropped, and only a party's name is ever copied out.
#[derive(Debug, Clone)]
pub(crate) struct Np<'t> {
    pub kind: NpKind,
    /// The phrase as written (trimmed): a mention.
    pub surface: &'t str,
    /// The party name it yields.
    pub name: Cow<'t, str>,
    /// Lowercase head noun of a description ("commander"), for "the commander" later.
    pub head: Option<Cow<'t, str>>,
    /// Byte offset of the phrase, for recency.
    pub pos: usize,
    /// The other names of a coordinated subject ("Russia and China said"): each is a party
    /// to the same words.
    pub also: Vec<Np<'t>>,
}

impl<'t> Np<'t> {
    /// Marks a name the text shows to be a person's even if it is one word ("Marta, 34,",
    /// "Its landlord, Henrik,"): an empty head, which [`Book::add`] reads so (a bare word is
    /// otherwise a state's or body's name).
    pub(crate) fn mark_person(&mut self) {
        if self.head.is_none() {
            self.head = Some(Cow::Borrowed(""));
        }
    }

    /// A phrase that refers back as pronoun `p` does ("it", "its editorial", "one of them").
    pub(crate) fn pronoun(p: Pronoun, surface: &'t str, pos: usize) -> Np<'t> {
        Np {
            kind: NpKind::Pronoun(p),
            name: Cow::Borrowed(surface),
            surface,
            head: None,
            pos,
            also: Vec::new(),
        }
    }

    /// A name or pronoun settles the subject; a description may be an appositive.
    pub(crate) fn strong(&self) -> bool {
        matches!(self.kind, NpKind::Named { .. } | NpKind::Pronoun(_))
    }

    /// The same phrase with `surface` in its place, its other strings owned: for a phrase
    /// analysed on a rewritten copy of the text (a transcript tag in title case).
    pub(crate) fn with_surface<'u>(self, surface: &'u str) -> Np<'u> {
        Np {
            kind: self.kind,
            surface,
            name: Cow::Owned(self.name.into_owned()),
            head: self.head.map(|h| Cow::Owned(h.into_owned())),
            pos: self.pos,
            also: Vec::new(),
        }
    }
}

/// `s` with typographic apostrophes normalized; borrowed when it has none.
fn norm(s: &str) -> Cow<'_, str> {
    // The ASCII test is a fast word-at-a-time scan; most phrases pass it.
    if s.is_ascii() || !s.contains('’') {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len());
    push_norm(&mut out, s);
    Cow::Owned(out)
}

/// `s.to_lowercase()`, borrowed when that would change nothing (lowercase ASCII).
pub(crate) fn lower(s: &str) -> Cow<'_, str> {
    if s.bytes().all(|b| b.is_ascii() && !b.is_ascii_uppercase()) {
        Cow::Borrowed(s)
    } else {
        Cow::Owned(s.to_lowercase())
    }
}

/// Appends `s` with typographic apostrophes normalized.
fn push_norm(out: &mut String, s: &str) {
    let mut rest = s;
    while let Some(i) = rest.find('’') {
        out.push_str(&rest[..i]);
        out.push('\'');
        rest = &rest[i + '’'.len_utf8()..];
    }
    out.push_str(rest);
}

/// Where a subject before a verb ends, from `a` on: past trailing adverbs, auxiliaries, days
/// and punctuation ("the commander reportedly"), and past "went on to" ("The group's
/// statement then went on to promise …": the subject of "went" says the words).
pub(crate) fn subject_end(text: &str, toks: &[Tok], a: usize) -> usize {
    let mut b = toks.len();
    loop {
        // (A closing bracket whose opening one is in the phrase stays: "The Kalusa Freedom
        // Movement (KFM)".)
        let closes_bracket = |b: usize| {
            toks[b - 1].text(text) == ")" && toks[a..b - 1].iter().any(|t| t.text(text) == "(")
        };
        while b > a
            && (!toks[b - 1].is_word() || toks[b - 1].has(flag::TRAILING))
            && !closes_bracket(b)
        {
            b -= 1;
        }
        // "Mr Ratuvaka has in the past accused …", "She had for years argued …": a short
        // time phrase between an auxiliary and its verb.
        let aux = (b.saturating_sub(5).max(a + 1)..b.saturating_sub(1)).find(|&k| {
            matches!(toks[k].text(text), "has" | "have" | "had")
                && toks[k + 1].has(flag::PREP)
                && toks[k + 1..b]
                    .iter()
                    .all(|t| t.is_word() && !t.text(text).starts_with(|c: char| c.is_uppercase()))
        });
        if let Some(k) = aux {
            b = k + 1;
            continue;
        }
        let phase = went_on_to_len(text, &toks[..b]);
        if phase == 0 || b < a + phase + 1 {
            return b;
        }
        b -= phase;
    }
}

/// Whether `toks` end with "went on to" (or "goes on to", "began to", "started to" …),
/// after which a verb is the subject's next act, not an infinitive: "She went on to say that
/// …", "When the minister began to say that …".
pub(crate) fn ends_went_on_to(text: &str, toks: &[Tok]) -> bool {
    went_on_to_len(text, toks) > 0
}

/// The number of tokens of the "went on to" / "began to" that `toks` end with, 0 if none.
fn went_on_to_len(text: &str, toks: &[Tok]) -> usize {
    if let Some([go, on, to]) = toks.last_chunk::<3>() {
        if [go, on, to].iter().all(|t| t.is_word())
            && matches!(go.text(text), "went" | "goes" | "go" | "going")
            && on.text(text) == "on"
            && to.text(text) == "to"
        {
            return 3;
        }
    }
    let Some([begin, to]) = toks.last_chunk::<2>() else {
        return 0;
    };
    let begun = begin.is_word()
        && matches!(
            begin.text(text),
            "began" | "begins" | "started" | "starts" | "continued" | "continues"
        )
        && to.text(text) == "to";
    if begun {
        2
    } else {
        0
    }
}

/// Whether a text is about newspapers' editorials (a press review), where a paper is a
/// party.
fn about_editorials(text: &str) -> bool {
    memchr::memmem::find(text.as_bytes(), b"editorial").is_some()
}

/// Analyses the words `toks` (no quote tokens) as a speaker phrase. `None` when it cannot
/// be a party: empty, too long, a quantifier ("some countries"), a medium or a journalist.
pub(crate) fn analyze<'t>(text: &'t str, toks: &[Tok], media: &Media) -> Option<Np<'t>> {
    let mut a = 0;
    let mut b = toks.len();
    // Leading punctuation and subordinators ("While some countries", ", and the minister").
    while a < b && (!toks[a].is_word() || toks[a].has(flag::SUBORD)) {
        a += 1;
    }
    // Trailing adverbs, auxiliaries, days and punctuation ("the commander reportedly"), and
    // a "went on to" before the verb.
    b = subject_end(text, &toks[..b], a);
    // "TRANSCRIPT: “…”", "Repost: …": a layout label, not a speaker. Nor is a bare generic
    // plural: "Analysts cautioned that …", "Critics say …" name no one in particular.
    if b == a + 1
        && (lexicon::is_layout_label(toks[a].text(text))
            || lexicon::with_lower(toks[a].text(text), lexicon::is_generic_plural))
    {
        return None;
    }
    // "As one Western diplomat put it (bluntly):": the idiom says who speaks.
    if b > a + 2 && toks[b - 2].text(text) == "put" && toks[b - 1].text(text) == "it" {
        b -= 2;
    }
    // "… was quoted as" before a participle.
    while b > a + 1
        && matches!(
            toks[b - 1].text(text),
            "as" | "quoted" | "was" | "is" | "were"
        )
    {
        b -= 1;
    }
    // "a defence ministry announcement published on Tuesday": a document's participle and
    // what follows it say when or where it appeared, not who it is. (An agent after "by" is
    // left to the passive rule: "a statement issued by the foreign ministry".)
    if let Some(k) = (a + 1..b).find(|&k| {
        let w = toks[k].text(text);
        toks[k].is_word()
            && !toks[k].has(flag::CAP)
            && (w.ends_with("ed") || lexicon::is_irregular_past(w))
            && lexicon::with_lower(toks[k - 1].text(text), lexicon::is_published_text)
            && toks.get(k + 1).is_none_or(|t| {
                t.is_word() && (t.has(flag::TRAILING) || t.has(flag::PREP)) && t.text(text) != "by"
            })
    }) {
        b = k;
    }
    // "Neighbouring Ostmark": a sentence-opening adjective is no part of the name.
    if b > a + 1
        && toks[a].has(flag::CAP)
        && toks[a + 1].has(flag::CAP)
        && lexicon::is_place_adjective(toks[a].text(text))
    {
        a += 1;
    }
    // "the Veldorian Defense Ministry's press service": a body's press office speaks as the
    // body.
    if b >= a + 3
        && matches!(
            (toks[b - 2].text(text), toks[b - 1].text(text)),
            (
                "press" | "media",
                "service" | "office" | "department" | "centre" | "center"
            )
        )
    {
        let owner = toks[b - 3].text(text);
        if let Some(bare) = lexicon::strip_possessive(owner).filter(|_| toks[b - 3].has(flag::CAP))
        {
            let end = toks[b - 3].s + bare.len();
            let mut owner_toks = Vec::new();
            super::extract::tokenize(text, toks[a].s, end, &[], 0, &mut owner_toks);
            if let Some(np) = analyze(text, &owner_toks, media)
                .filter(|np| matches!(np.kind, NpKind::Named { .. }))
            {
                // (Its noun a head, so that "the press service" refers back to it.)
                return Some(Np {
                    kind: NpKind::Named { body: true },
                    surface: &text[toks[a].s..toks[b - 1].e],
                    head: Some(Cow::Borrowed(&text[toks[b - 2].s..toks[b - 1].e])),
                    ..np
                });
            }
        }
    }
    // "a group calling itself the Free Highlands Front": the name it goes by.
    if let Some(k) = (a..b.saturating_sub(2)).find(|&k| {
        matches!(toks[k].text(text), "calling" | "calls" | "called" | "call")
            && matches!(
                toks[k + 1].text(text),
                "itself" | "themselves" | "himself" | "herself"
            )
    }) {
        return analyze(text, &toks[k + 2..b], media);
    }
    // "a Telegram channel affiliated with Saraya al-Qisas": the channel is the medium, the
    // body it belongs to speaks.
    if let Some(k) = (a + 1..b.saturating_sub(3)).find(|&k| {
        matches!(
            toks[k].text(text),
            "channel" | "account" | "page" | "website" | "feed" | "outlet" | "blog"
        ) && matches!(
            (toks[k + 1].text(text), toks[k + 2].text(text)),
            ("affiliated" | "associated", "with")
                | ("linked" | "close" | "belonging" | "tied", "to")
                | ("run" | "used" | "operated", "by")
        )
    }) {
        // (A channel belongs to a body, whatever its name looks like.)
        return analyze(text, &toks[k + 3..b], media).map(|mut np| {
            if np.kind == (NpKind::Named { body: false }) {
                np.kind = NpKind::Named { body: true };
            }
            np
        });
    }
    // "The Mesarian news agency MesPress", "state broadcaster BTV": an outlet named after
    // its press noun is the press.
    if let Some(k) = (a + 1..b.saturating_sub(1)).find(|&k| {
        lexicon::is_generic_medium([toks[k - 1].text(text), toks[k].text(text)].into_iter())
    }) {
        if (k + 1..b).all(|i| toks[i].is_word() && toks[i].has(flag::CAP)) {
            return None;
        }
    }
    // A person goes by a name too: "a man who uses the name Colonel Ivo Marek and presents
    // himself as …", "a man who gives his name only as Commander Ilir Sava".
    let cap_run = |from: usize| {
        (from..b)
            .find(|&e| !(toks[e].is_word() && toks[e].has(flag::CAP | flag::PARTICLE)))
            .unwrap_or(b)
    };
    if let Some(k) = (a + 2..b.saturating_sub(1)).find(|&k| {
        toks[k].text(text) == "name"
            && toks[k - 1].text(text) == "the"
            && matches!(toks[k - 2].text(text), "uses" | "used" | "using" | "by")
            && toks[k + 1].has(flag::CAP)
    }) {
        return analyze(text, &toks[k + 1..cap_run(k + 1)], media);
    }
    if let Some(k) = (a + 3..b.saturating_sub(2)).find(|&k| {
        toks[k].text(text) == "as"
            // (Two name words past any title: a single one reads as a body's name.)
            && (k + 1..cap_run(k + 1))
                .filter(|&i| !toks[i].has(flag::TITLE))
                .count()
                >= 2
            && toks[a..k].iter().any(|t| t.text(text) == "who")
            && toks[a..k]
                .iter()
                .any(|t| matches!(t.text(text), "name" | "himself" | "herself"))
    }) {
        return analyze(text, &toks[k + 1..cap_run(k + 1)], media);
    }
    // "Ruling Justice and Development Party (AK Party) deputy Hulusi Şahin": a party's
    // acronym in brackets inside a person's title is read past; the person speaks. (A title
    // word may be capitalized, and the name may carry its own bracket after it: "Democratic
    // Progressive Party (DPP) Legislator Hsu Ching-wen (許靜雯)".)
    if let Some(open) = (a + 1..b).find(|&k| toks[k].text(text) == "(") {
        let close = (open + 1..b).find(|&k| toks[k].text(text) == ")");
        if let Some(close) = close.filter(|&c| c + 3 < b && c <= open + 4) {
            let name_end = (close + 1..b)
                .find(|&k| toks[k].text(text) == "(")
                .unwrap_or(b);
            let role = (close + 1..name_end.saturating_sub(1)).rfind(|&k| {
                toks[k].is_word()
                    && (!toks[k].has(flag::CAP) || toks[k].has(flag::TITLE))
                    && toks[k].has(flag::PERSON | flag::TITLE)
            });
            let named = role.is_some_and(|r| {
                name_end - r >= 3
                    && (r + 1..name_end).all(|k| toks[k].is_word() && toks[k].has(flag::CAP))
            });
            if named {
                let without: Vec<Tok> = toks[a..open]
                    .iter()
                    .chain(&toks[close + 1..name_end])
                    .copied()
                    .collect();
                return analyze(text, &without, media);
            }
        }
    }
    // Keep closing brackets that belong to the phrase ("(ENF)" or "Freedom (ENF)").
    let mut toks = &toks[a..b];
    // A relative clause ends at a subordinator: "a trader who asked not to be named
    // because he feared reprisals" → "a trader who asked not to be named".
    if let Some(r) = toks
        .iter()
        .position(|t| t.is_word() && matches!(t.text(text), "who" | "whose"))
    {
        let cut = (r + 1..toks.len()).find(|&k| {
            toks[k].is_word()
                && match toks[k].text(text) {
                    "because" | "since" | "although" | "though" | "while" | "when" | "after"
                    | "before" | "until" => true,
                    "as" => !toks.get(k + 1).is_some_and(|t| t.has(flag::CAP)),
                    _ => false,
                }
        });
        if let Some(k) = cut {
            toks = &toks[..k];
            while toks.last().is_some_and(|t| !t.is_word()) {
                toks = &toks[..toks.len() - 1];
            }
        }
    }
    // "A defence official I spoke to": a contact clause of the writer's ends the phrase.
    if let Some(r) = (1..toks.len().saturating_sub(1)).find(|&r| {
        matches!(toks[r].text(text), "I" | "we")
            && matches!(
                toks[r + 1].text(text),
                "spoke" | "talked" | "interviewed" | "met" | "reached" | "contacted" | "asked"
            )
    }) {
        toks = &toks[..r];
    }
    let nwords = toks.iter().filter(|t| t.is_word()).count();
    if nwords == 0 || nwords > 18 {
        return None;
    }
    let surface = &text[toks[0].s..toks[toks.len() - 1].e];
    let pos = toks[0].s;
    let first_tok = toks.iter().find(|t| t.is_word())?;
    if nwords == 1 {
        if let Some(p) = lexicon::pronoun(first_tok.text(text)) {
            return Some(Np::pronoun(p, surface, pos));
        }
    }
    // "“…,” its editorial said", "their statement read": the body's own text speaks for
    // it, as "it" or "they" would. "Her answer is blunt: “…”", "His verdict: “…”": an
    // answer is its giver's words.
    if nwords == 2 {
        let mut w = toks.iter().filter(|t| t.is_word()).map(|t| t.text(text));
        let (owner, noun) = (w.next()?, w.next()?);
        let owner_pronoun = match owner {
            "its" | "Its" => Some(Pronoun::Body),
            "their" | "Their" => Some(Pronoun::Any),
            "his" | "His" | "her" | "Her" => Some(Pronoun::Person),
            _ => None,
        };
        if let Some(p) = owner_pronoun {
            if p != Pronoun::Person && lexicon::with_lower(noun, lexicon::is_published_text) {
                return Some(Np::pronoun(p, surface, pos));
            }
            let verdict = matches!(
                noun,
                "answer" | "verdict" | "reply" | "response" | "advice" | "explanation" | "message"
            );
            if verdict && p != Pronoun::Body {
                // (The owner alone, so "her" gives the pronoun's gender.)
                return Some(Np::pronoun(p, first_tok.text(text), pos));
            }
            // "His Excellency stressed …": a style of address standing for the person last
            // named, as "he" does.
            let style = matches!(
                noun,
                "Excellency" | "Highness" | "Eminence" | "Majesty" | "Holiness"
            );
            if style && p == Pronoun::Person {
                return Some(Np::pronoun(p, first_tok.text(text), pos));
            }
        }
    }
    // "one of them": a member of the group last spoken of.
    if nwords == 3 && first_tok.text(text).eq_ignore_ascii_case("one") {
        let mut w = toks
            .iter()
            .filter(|t| t.is_word())
            .skip(1)
            .map(|t| t.text(text));
        if w.next() == Some("of") && matches!(w.next(), Some("them" | "those")) {
            return Some(Np::pronoun(Pronoun::Member, surface, pos));
        }
    }
    // A count opens a description ("two diplomats", "one Ilmari official"); other
    // quantifiers make a crowd ("some countries").
    if (first_tok.has(flag::QUANT) && !first_tok.has(flag::COUNT))
        || first_tok.has(flag::INTRO) && !first_tok.has(flag::DET)
    {
        return None;
    }
    // A restrictive relative clause belongs to a description ("a woman who sells charcoal
    // at the Birere market") but is not searched for names, verbs or heads.
    let rel = toks
        .iter()
        .position(|t| t.is_word() && matches!(t.text(text), "who" | "whose" | "that" | "which"))
        .unwrap_or(toks.len());
    let main = &toks[..rel];
    let wtoks = || main.iter().filter(|t| t.is_word());
    let w0t = *wtoks().next()?;
    if wtoks().any(|t| t.verb.is_some() || t.has(flag::BREAKER)) {
        return None;
    }
    // "forced the government …" is a verb phrase, not a speaker.
    let w0 = w0t.text(text);
    // "Neither government has said …", "No official would say …": nobody spoke.
    if lexicon::with_lower(w0, |w| matches!(w, "neither" | "no" | "none" | "nobody")) {
        return None;
    }
    if w0.ends_with("ed")
        && w0.chars().next().is_some_and(|c| c.is_lowercase())
        && !w0t.has(flag::TITLE)
    {
        return None;
    }
    // (A newspaper speaks in its editorials: in a text about them, "The Tribune called the
    // pull-out “…”" is the paper's view, not words it carried.)
    if media.is_medium(surface) && !(lexicon::is_paper_name(surface) && about_editorials(text)) {
        return None;
    }
    // A journalist noun before any preposition makes this the press ("our correspondent").
    for t in wtoks() {
        if t.has(flag::PREP) {
            break;
        }
        if t.has(flag::JOURNALIST)
            && t.text(text)
                .chars()
                .next()
                .is_some_and(|c| c.is_lowercase())
        {
            return None;
        }
    }
    // "the man who …" stays a description even when a name follows in the clause.
    let described = rel < toks.len() && w0t.has(flag::DET);
    if let Some(name) = name_run(text, main, media).filter(|_| !described) {
        // (Whether a title word stands right before the name: "Sen. TOMAS HALLORAN".)
        let titled = || {
            let at = name.as_ptr() as usize - text.as_ptr() as usize;
            main.iter()
                .position(|t| t.s == at)
                .is_some_and(|k| k > 0 && main[k - 1].has(flag::TITLE))
        };
        // "the Landwehr", "the Kremlin": one name word right after "the" is no person's.
        // (Not "the Americans", "the Petrovs", "the Bamako-based", "the Mirovian".)
        let the_name = !name.contains([' ', '-'])
            && !name.ends_with('s')
            && !lexicon::looks_like_demonym(name)
            && main.len() == 2
            && lexicon::with_lower(w0, |w| w == "the");
        let body = the_name || is_named_body(name, titled);
        return Some(Np {
            kind: NpKind::Named { body },
            surface: &text[toks[0].s..main[main.len() - 1].e],
            name: norm(name),
            head: None,
            pos,
            also: Vec::new(),
        });
    }
    // A description needs a person or body noun as its head, taken before any
    // prepositional phrase ("a commander of the Jabhat al-Nusra" → "commander").
    // "one of the soldiers loading the last vehicles", "one of the soldiers' wives": the
    // head is the group's noun after "of".
    let partitive = lexicon::with_lower(w0, |w| matches!(w, "one" | "two" | "some" | "several"))
        && wtoks().nth(1).is_some_and(|t| t.text(text) == "of");
    let det_led = w0t.has(flag::DET | flag::POSS) || partitive;
    let mut head_tok: Option<(&Tok, bool)> = None;
    let mut last_noun: Option<&Tok> = None;
    for t in wtoks().skip(if partitive { 2 } else { 0 }) {
        if t.has(flag::PREP) {
            if head_tok.is_some() || last_noun.is_some() {
                break;
            }
            continue;
        }
        if t.has(flag::PERSON) {
            head_tok = Some((t, true));
        } else if t.has(flag::ORG) {
            head_tok = Some((t, false));
        } else {
            last_noun = Some(t);
        }
    }
    // "the opposition said …" is a speaker; a heading's "Opposition calls it a betrayal" is
    // the headline writer's summary of speakers named below.
    if head_tok
        .is_some_and(|(t, _)| !det_led && lexicon::with_lower(t.text(text), |w| w == "opposition"))
    {
        return None;
    }
    let mut head: Option<(Cow<'t, str>, bool)> = head_tok.map(|(t, p)| (lower(t.text(text)), p));
    // An unlisted agent noun after a determiner ("a charcoal seller", "a schoolteacher").
    if head.is_none() && det_led {
        const AGENT: &[&str] = &[
            "er", "or", "ist", "ian", "man", "woman", "men", "ers", "ors", "ists", "ians",
        ];
        // Things and places with an agent's ending ("The new freezer is the white one").
        const THINGS: &[&str] = &[
            "freezer",
            "computer",
            "container",
            "trailer",
            "helicopter",
            "tanker",
            "tractor",
            "border",
            "order",
            "number",
            "paper",
            "water",
            "letter",
            "poster",
            "charter",
            "quarter",
            "corner",
            "river",
            "tower",
            "power",
            "counter",
            "chapter",
            "matter",
            "summer",
            "winter",
            "banner",
            "shelter",
            "barrier",
            "sector",
            "corridor",
            "harbor",
            "harbour",
            "floor",
            "door",
            "motor",
            "mirror",
            "error",
            "terror",
            "weather",
            "shower",
            "center",
            "centre",
            "theater",
            "theatre",
            "monitor",
            "radiator",
            "generator",
            "elevator",
            "ladder",
            "hammer",
            "finger",
            "shoulder",
            "rubber",
            "timber",
            "silver",
            "copper",
            "leather",
            "butter",
            "dinner",
            "supper",
            "manner",
            "layer",
            "filter",
            "roster",
            "cluster",
            "meter",
            "metre",
            "liter",
            "litre",
            "calendar",
            "answer",
            "offer",
            "cover",
            "flavor",
            "flavour",
            "behavior",
            "behaviour",
            "favor",
            "favour",
            "labor",
            "labour",
            "rumor",
            "rumour",
            "humor",
            "humour",
            "honor",
            "honour",
            "color",
            "colour",
            "vapor",
            "armor",
            "armour",
        ];
        if let Some(n) = last_noun
            .map(|t| lower(t.text(text)))
            .filter(|n| n.len() > 4 && AGENT.iter().any(|s| n.ends_with(s)))
            .filter(|n| {
                let singular = n.strip_suffix('s').unwrap_or(n);
                // ("The handover of the camp, he said, …": a noun in "-over" names an
                // event: handover, takeover, turnover, stopover.)
                !THINGS.contains(&singular)
                    && !THINGS.contains(&n.as_ref())
                    && !singular.ends_with("over")
                    && !matches!(singular, "transfer" | "disaster" | "register")
            })
        {
            head = Some((n, true));
        }
    }
    let (head, person) = head?;
    // "the agency", "the state news agency": the press, named generically.
    if !person
        && main.iter().all(|t| t.is_word())
        && lexicon::is_generic_medium(wtoks().map(|t| t.text(text)))
    {
        return None;
    }
    // "Its statement read", "a statement from the ministry said": a document speaks for
    // its author, named after "from"/"by"/"of" or found from the paragraph.
    if matches!(
        head.as_ref(),
        "statement" | "statements" | "communique" | "communiqué"
    ) {
        let k = main
            .iter()
            .position(|t| matches!(t.text(text), "from" | "by" | "of"))?;
        return analyze(text, &main[k + 1..], media);
    }
    let first = w0;
    let definite = first.eq_ignore_ascii_case("the");
    let indefinite = first.eq_ignore_ascii_case("a") || first.eq_ignore_ascii_case("an");
    // "A commander …" at a sentence start names the same party as "a commander …".
    let name = if (lexicon::is_determiner(first) || w0t.has(flag::COUNT))
        && first.bytes().any(|b| !b.is_ascii_lowercase())
    {
        let mut name = String::with_capacity(surface.len());
        push_norm(&mut name, &first.to_lowercase());
        push_norm(&mut name, &surface[first.len()..]);
        Cow::Owned(name)
    } else {
        // A lowercase determiner is kept as it is.
        norm(surface)
    };
    let head = match head {
        Cow::Borrowed(h) => Cow::Borrowed(h.trim_end_matches("'s")),
        Cow::Owned(h) => Cow::Owned(h.trim_end_matches("'s").to_string()),
    };
    Some(Np {
        kind: NpKind::Descr {
            definite,
            indefinite,
            person,
        },
        surface,
        name,
        head: Some(head),
        pos,
        also: Vec::new(),
    })
}

/// A coordination of names — "Russia and China", "Both Germany and France", "The United
/// States, Britain and France" — as the first name's phrase with the others in `also`: a
/// joint statement is each party's. Only names qualify: every word capitalized except "the",
/// a leading "both" and the "of" of a title ("Secretary of State John Kerry and …"), and
/// each conjunct a name on its own; "the mayor and the police chief" or "farmers and
/// shopkeepers" stay one phrase for [`analyze`].
pub(crate) fn coordination<'t>(text: &'t str, toks: &[Tok], media: &Media) -> Option<Np<'t>> {
    let word = |t: &Tok| t.text(text);
    let mut a = 0;
    let mut b = toks.len();
    while a < b && !toks[a].is_word() {
        a += 1;
    }
    while b > a && (!toks[b - 1].is_word() || toks[b - 1].has(flag::TRAILING)) {
        b -= 1;
    }
    if a < b && word(&toks[a]).eq_ignore_ascii_case("both") {
        a += 1;
    }
    // "the governments of Lisovia and Pelland": the states speak together.
    if b > a + 3
        && word(&toks[a]).eq_ignore_ascii_case("the")
        && matches!(word(&toks[a + 1]), "governments" | "ministries")
        && word(&toks[a + 2]) == "of"
    {
        a += 3;
    }
    let toks = &toks[a..b];
    let mut ands = toks
        .iter()
        .enumerate()
        .filter(|(_, t)| t.is_word() && word(t) == "and");
    let (k, _) = ands.next()?;
    if ands.next().is_some() {
        return None;
    }
    let mut parts: Vec<&[Tok]> = Vec::new();
    let mut s = 0;
    for i in 0..k {
        if toks[i].is_punct(text, ",") {
            parts.push(&toks[s..i]);
            s = i + 1;
        }
    }
    // "Britain, France, and Germany": the serial comma leaves nothing before "and".
    if s < k || parts.is_empty() {
        parts.push(&toks[s..k]);
    }
    parts.push(&toks[k + 1..]);
    let only_names = |part: &[Tok]| {
        !part.is_empty()
            && part.iter().enumerate().all(|(i, t)| {
                if !t.is_word() {
                    return !matches!(word(t), "(" | ")" | "[" | "]" | ";" | ":" | "," | "—" | "–");
                }
                t.has(flag::CAP | flag::PARTICLE)
                    || word(t) == "the"
                    || (word(t) == "of" && i > 0 && part[i - 1].has(flag::TITLE))
            })
    };
    if !parts.iter().all(|p| only_names(p)) {
        return None;
    }
    // "Deputy Minister of Foreign Affairs and International Cooperation Amara Tesfaye": one
    // title's two fields, then a name, when a field noun opens what follows "and".
    let after = &toks[k + 1..];
    if after.len() >= 3
        && (0..after.len() - 2).any(|i| lexicon::is_field_noun(word(&after[i])))
        && toks[..k].iter().any(|t| t.has(flag::TITLE))
    {
        return None;
    }
    if k == 1 && portfolio_and(text, toks, k) {
        return None;
    }
    let surface = &text[toks[0].s..toks[toks.len() - 1].e];
    if lexicon::AND_NAMES.iter().any(|n| surface.contains(n)) {
        return None;
    }
    let mut nps = Vec::with_capacity(parts.len());
    for part in parts {
        let np = analyze(text, part, media).filter(|np| matches!(np.kind, NpKind::Named { .. }))?;
        nps.push(np);
    }
    let mut first = nps.remove(0);
    first.also = nps;
    Some(first)
}

/// Whether the "and" at `k` joins a portfolio's two fields before its title: "Settlement and
/// Heritage Minister Orit Kahalani", "Culture and Sport Minister …" (one title, no names).
fn portfolio_and(text: &str, toks: &[Tok], k: usize) -> bool {
    k >= 1
        && k + 2 < toks.len()
        && toks[k].text(text) == "and"
        && lexicon::is_field_noun(toks[k - 1].text(text))
        && lexicon::is_field_noun(toks[k + 1].text(text))
        && toks[k + 2].has(flag::TITLE)
}

/// How far a name runs on past particles at token `e` (of `n`): one or two particles and the
/// name word after them ("de Vries", "van der Linde", "de la Cruz"), if a name word follows.
fn particles_then_name(
    e: usize,
    n: usize,
    particle: &dyn Fn(usize) -> bool,
    nameable: &dyn Fn(usize) -> bool,
) -> Option<usize> {
    (1..=2)
        .find(|&k| e + k < n && (e..e + k).all(particle) && nameable(e + k))
        .map(|k| k + 1)
}

/// The first run of capitalized words that is a name in its own right: not a title, not a
/// possessor ("Vladimir Putin's"), not a modifier ("Western diplomat"), not inside a
/// prepositional phrase ("of the European Parliament").
fn name_run<'t>(text: &'t str, toks: &[Tok], media: &Media) -> Option<&'t str> {
    let n = toks.len();
    let word = |i: usize| toks[i].text(text);
    let cap = |i: usize| toks[i].has(flag::CAP);
    let particle = |i: usize| {
        let w = word(i);
        toks[i].has(flag::PARTICLE)
            || without_article(w).is_some()
            || w.starts_with("bin-")
            || elided_of(w)
    };
    let nameable = |i: usize| {
        let t = &toks[i];
        t.is_word()
            && t.has(flag::CAP)
            && !t.has(flag::TITLE | flag::DET | flag::QUANT | flag::INTRO)
            && !(i == 0 && t.has(flag::PERSON | flag::ORG))
    };
    let mut i = 0;
    while i < n {
        if !nameable(i) {
            i += 1;
            continue;
        }
        let s = i;
        let mut e = i + 1;
        loop {
            if e < n && nameable(e) {
                e += 1;
            } else if let Some(k) = particles_then_name(e, n, &particle, &nameable) {
                e += k;
            } else if e < n && toks[e].is_word() && particle(e) && word(e).contains('-') {
                e += 1;
            } else {
                break;
            }
        }
        e = extend_of(text, toks, s, e, &nameable);
        // "Citizens for Justice and Accountability (CJA)": a run its bracketed initials spell,
        // small words and all, is one name.
        if e < n && matches!(word(e), "for" | "and" | "of" | "&") {
            let open = (e + 1..n.min(e + 10)).find(|&k| word(k) == "(");
            if let Some(open) = open.filter(|&o| o + 2 < n && word(o + 2) == ")") {
                let run = (e..open).all(|k| {
                    toks[k].is_word() && (cap(k) || matches!(word(k), "for" | "and" | "of" | "the"))
                });
                if run && spells_initials(word(open + 1), &text[toks[s].s..toks[open - 1].e]) {
                    e = open;
                }
            }
        }
        // (A portfolio's two fields before a title are no name.)
        if e == s + 1 && portfolio_and(text, toks, e) {
            i = e + 2;
            continue;
        }
        // "The Kellbrook and District Chamber of Trade", "Harrowgate and District Council":
        // a town and its district name one body.
        if e + 2 < n && word(e) == "and" && matches!(word(e + 1), "District" | "County") {
            let mut f = e + 2;
            loop {
                while f < n && cap(f) {
                    f += 1;
                }
                let g = extend_of(text, toks, e + 1, f, &nameable);
                if g == f {
                    break;
                }
                f = g;
            }
            if f > e + 2 && is_body(&text[toks[e + 1].s..toks[f - 1].e]) {
                e = f;
            }
        }
        // "Bosnia and Herzegovina", "Saint Vincent and the Grenadines": one state.
        if e + 1 < n && word(e) == "and" {
            if let Some(f) = (e + 2..=(e + 4).min(n))
                .find(|&f| lexicon::AND_NAMES.contains(&&text[toks[s].s..toks[f - 1].e]))
            {
                e = f;
            }
        }
        i = e;
        // "Federal Minister for States and Frontier Regions Sardar Naveed Bhatti": in a
        // title string, a field joined by "and" runs on into the person's name. The field
        // before "and" is no name, and the name starts after the later field's last noun.
        let title_field = |k: usize| {
            cap(0)
                && !toks[0].has(flag::DET)
                && (1..k).any(|p| toks[p].has(flag::PREP) && toks[p - 1].has(flag::TITLE))
        };
        if e + 1 < n && word(e) == "and" && cap(e + 1) && title_field(s) {
            continue;
        }
        let mut s = s;
        // (The stretch of capitals may open with title words: "and International
        // Cooperation …".)
        let mut b = s;
        while b > 0 && toks[b - 1].is_word() && cap(b - 1) {
            b -= 1;
        }
        if b >= 2 && word(b - 1) == "and" && title_field(b - 1) {
            let Some(k) = (b..e.saturating_sub(2))
                .rev()
                .find(|&k| lexicon::is_field_noun(word(k)))
            else {
                continue;
            };
            s = k + 1;
            let follows_ok = e >= n || !toks[e].is_word() || toks[e].has(flag::PREP);
            if !follows_ok {
                continue;
            }
            return Some(&text[toks[s].s..toks[e - 1].e]);
        }
        let last = word(e - 1);
        if (e == s + 1 && lexicon::is_calendar_word(last))
            || (s..e).all(|k| lexicon::is_clock_word(word(k)))
        {
            continue;
        }
        if last.ends_with("'s")
            || last.ends_with("’s")
            || last.ends_with('\'')
            || last.ends_with('’')
        {
            continue;
        }
        // What follows must end the name: nothing, punctuation, or a preposition/relative.
        let follows_ok = e >= n
            || !toks[e].is_word()
            || toks[e].has(flag::PREP)
            || matches!(word(e), "who" | "which" | "and" | "whose");
        // What precedes must not make the run an object: a preposition anywhere before it
        // ("a deterrent against Guatemala", "at the Center for Strategic & International
        // Studies"), except inside a title ("Secretary of State John Kerry").
        // "the mayor of Santa Luz" is a description: after a determiner, a title's "of"
        // governs the name right after it (a place or body), not a person's name.
        // "Minister of State at the Department of Defence Pádraig Ó Murchú", "Ministry of
        // External Affairs spokesperson Vikrant Sehgal": a title string before a full name
        // is the name's title, prepositions and all. ("a spokesman for Minister Ana Ruiz"
        // opens on a determiner: there the name is the object.)
        let titled_name = cap(0)
            && toks[0].has(flag::TITLE | flag::ORG)
            && !toks[0].has(flag::DET)
            && s > 0
            && toks[s - 1].is_word()
            && toks[s - 1].has(flag::TITLE | flag::PERSON)
            && e >= s + 2;
        // "Armed Forces of the Philippines (AFP) spokesperson Col. Ma. Teresa Villaruel": a
        // body's name, then a role and title words, then a full name: the role's holder.
        let body_role_name = || {
            if !cap(0) || toks[0].has(flag::DET) || s < 3 || e < s + 2 {
                return false;
            }
            let mut r = (0..s)
                .take_while(|&k| {
                    toks[k].is_word() && (cap(k) || matches!(word(k), "of" | "the" | "and" | "for"))
                })
                .count();
            let body_end = r;
            if r + 2 < s && word(r) == "(" && word(r + 2) == ")" {
                r += 3;
            }
            r < s
                && body_end >= 2
                && (r..s).all(|k| toks[k].is_word() && toks[k].has(flag::TITLE | flag::PERSON))
                && is_body(&text[toks[0].s..toks[body_end - 1].e])
                && !is_body(&text[toks[s].s..toks[e - 1].e])
        };
        let titled_name = titled_name || body_role_name();
        // "former ambassador to Dravonia Anders Koll": a role's place, then a full name.
        if let Some(k) = follows_ok
            .then(|| name_after_place(text, toks, s, e))
            .flatten()
        {
            return Some(&text[toks[k].s..toks[e - 1].e]);
        }
        // "Parish priest of Glenmore Fr Liam Gaffney": a role's "of" and its place, then a
        // title and a full name: the role's holder.
        let place_then_title =
            e >= s + 2 && s >= 4 && cap(s - 1) && toks[s - 1].has(flag::TITLE) && {
                let mut b = s - 1;
                while b > 0
                    && toks[b - 1].is_word()
                    && cap(b - 1)
                    && !toks[b - 1].has(flag::TITLE | flag::PREP | flag::DET)
                {
                    b -= 1;
                }
                b + 1 < s
                    && b >= 2
                    && word(b - 1) == "of"
                    && toks[b - 2].has(flag::TITLE | flag::PERSON)
            };
        let in_pp = !titled_name
            && !place_then_title
            && (0..s).any(|k| {
                toks[k].has(flag::PREP)
                    && !(k > 0
                        && toks[k - 1].has(flag::TITLE)
                        // ("chairman of Strathdearn and Kinlochbrae Community Council": a
                        // lowercase role's "of" governs a place or body.)
                        && cap(k - 1)
                        && k + 1 < n
                        && cap(k + 1)
                        && !toks[k + 1].has(flag::DET)
                        && !(k + 1 == s && toks[0].has(flag::DET))
                        // ("spokesman for Bénadou's ruling Council for National Renewal":
                        // a lowercase word between makes the name the phrase's object,
                        // unless a title comes right before the name: "the Minister of
                        // Communication and government spokesperson Aminata Sorel".)
                        && ((k + 1..s).all(|i| {
                            !toks[i].is_word() || cap(i) || toks[i].has(flag::PREP)
                        }) || toks[s - 1].has(flag::TITLE)))
                    // "DA shadow minister of defence Riaan Oosthuizen": a title string
                    // written in lowercase, its field and all, before a full name that ends
                    // the phrase.
                    && !(k > 0
                        && toks[k - 1].has(flag::TITLE)
                        && !toks[0].has(flag::DET)
                        && (2..=4).contains(&(s - k))
                        && (k + 1..s).all(|i| {
                            toks[i].is_word() && !cap(i) && !toks[i].has(flag::DET | flag::PREP)
                        })
                        && e == n
                        && e >= s + 2)
            });
        let before_ok = !in_pp
            && (s == 0 || {
                let p = toks[s - 1];
                let pw = p.text(text);
                if p.is_word() {
                    // "a Horn of Africa analyst": a name after "a" is a modifier.
                    !lexicon::with_lower(pw, |l| {
                        matches!(l, "and" | "or" | "nor" | "than" | "a" | "an")
                    })
                } else {
                    // "Colonel (ret.) Henrik Saal": a title's bracketed word is passed over.
                    matches!(pw, "(" | "," | "—" | "–")
                        || (pw == ")"
                            && s >= 4
                            && toks[s - 3].text(text) == "("
                            && toks[s - 4].has(flag::TITLE))
                }
            });
        if follows_ok && before_ok {
            // A body's name can open with title words: "the State Department", "the
            // Foreign Office", "the National Front" are not "Department", "Office", "Front".
            let mut s = s;
            if toks[e - 1].has(flag::ORG | flag::BODY_SUFFIX) {
                while s > 0 && toks[s - 1].is_word() && cap(s - 1) && toks[s - 1].has(flag::TITLE) {
                    s -= 1;
                }
                // ... and the state before those ("the Russian Foreign Ministry", "the
                // Kurdistan Regional Government"): ministries of different states are
                // different bodies.
                if s < e - 1 {
                    while s > 0
                        && nameable(s - 1)
                        && !toks[s - 1].has(flag::POSS)
                        && !word(s - 1).ends_with("'s")
                        && !word(s - 1).ends_with("’s")
                    {
                        s -= 1;
                    }
                }
            }
            let name = &text[toks[s].s..toks[e - 1].e];
            if media.is_medium(name) {
                continue;
            }
            return Some(name);
        }
    }
    None
}

/// Every full name (two words or more) and every known-looking single name in `toks`,
/// as mentions for recency: `(start, end)` token ranges, possessives included ("Ersoy's
/// office"), names inside prepositional phrases excluded.
/// A French or Italian "of" elided onto a capitalized name: "d'Ourané", "d’Ivoire",
/// "dell'Aquila" (inside a name: "Le Matin d'Ourané").
fn elided_of(w: &str) -> bool {
    ["d'", "d’", "dell'", "dell’"].iter().any(|p| {
        w.strip_prefix(p)
            .is_some_and(|rest| rest.starts_with(|c: char| c.is_uppercase()))
    })
}

pub(crate) fn name_mentions(text: &str, toks: &[Tok], out: &mut Vec<(usize, usize)>) {
    out.clear();
    let n = toks.len();
    let word = |i: usize| toks[i].text(text);
    let nameable = |i: usize| {
        let t = &toks[i];
        t.is_word()
            && t.has(flag::CAP)
            && !t.has(
                flag::TITLE | flag::DET | flag::QUANT | flag::COUNT | flag::INTRO | flag::PERSON | flag::ORG,
            )
            && !lexicon::is_place_adjective(word(i))
            // "They had lobbied …": a pronoun opening a sentence is no name, nor a
            // function word alone ("Not otherwise.", but "Will Hutton", "Salma Bakari Said").
            && lexicon::pronoun(word(i)).is_none()
            && (!t.has(flag::BREAKER)
                || toks.get(i + 1).is_some_and(|n| n.has(flag::CAP))
                || (i > 0 && toks[i - 1].has(flag::CAP)))
            // "I'll read it: “…”", "The hangar, I'm told, …": the writer, not a name.
            && !(t.has(flag::BREAKER) && word(i).contains(['\'', '’']))
    };
    // Inside a name, a capitalized body noun continues it ("the Maldivian Democratic Party").
    let inner = |i: usize| {
        nameable(i)
            || (toks[i].is_word()
                && toks[i].has(flag::CAP)
                && toks[i].has(flag::ORG | flag::BODY_SUFFIX)
                && !toks[i].has(flag::TITLE))
    };
    let mut i = 0;
    while i < n {
        if !nameable(i) {
            i += 1;
            continue;
        }
        let s = i;
        let mut e = i + 1;
        loop {
            if e < n && inner(e) {
                e += 1;
            } else if let Some(k) =
                particles_then_name(e, n, &|k| toks[k].has(flag::PARTICLE), &nameable)
            {
                e += k;
            } else if e < n
                && toks[e].is_word()
                && (without_article(word(e)).is_some() || elided_of(word(e)))
            {
                e += 1;
            } else {
                break;
            }
        }
        e = extend_of(text, toks, s, e, &nameable);
        i = e;
        // "on 24 January": a lone month or weekday is a date ("April Ryan" is a name).
        if (e == s + 1 && lexicon::is_calendar_word(word(s)))
            || (s..e).all(|k| lexicon::is_clock_word(word(k)))
        {
            continue;
        }
        // "thanked British personnel", "Iranian officials", "the Brennish broadcaster BTV1":
        // a nationality adjective before a person, body or press noun modifies it; it names
        // no one a pronoun could refer to.
        if e == s + 1
            && e < n
            && toks[e].is_word()
            && !toks[e].has(flag::CAP)
            && (toks[e].has(flag::PERSON | flag::ORG)
                || lexicon::is_force_noun(word(e))
                || lexicon::is_press_noun(word(e)))
            && lexicon::looks_like_demonym(word(s))
        {
            continue;
        }
        // "Brennish Defence Minister Ilse Marwede": a nationality adjective (and the rest of
        // a title's words) before a capitalized title modifies the title, not a name.
        if e < n
            && toks[e].is_word()
            && toks[e].has(flag::CAP)
            && toks[e].has(flag::TITLE)
            && lexicon::looks_like_demonym(word(s))
        {
            continue;
        }
        // Back over a coordination of names ("at Cerro Pelado and Laguna Chica") and
        // modifiers ("the National Maritime University") to what governs them.
        let mut k = s;
        let (mut commas, mut coord) = (0, false);
        while k > 0
            && ((toks[k - 1].has(flag::CAP)
                && !toks[k - 1].has(flag::TITLE | flag::PREP | flag::DET | flag::INTRO))
                || matches!(word(k - 1), "and" | "or" | "," | "&"))
        {
            commas += usize::from(word(k - 1) == ",");
            coord |= matches!(word(k - 1), "and" | "or" | "&");
            k -= 1;
        }
        // (The name alone is the mention.)
        if let Some(g) = (k == s)
            .then(|| name_after_place(text, toks, s, e))
            .flatten()
        {
            out.push((g, e));
            continue;
        }
        // Two words or more, not a body's: a person's name, when the context says so.
        let full_person = || e > s + 1 && !is_body(&text[toks[s].s..toks[e - 1].e]);
        // "In Sorenia, Radu Ciobanu … held a rally" or "At the Bluebird, Gloria Tatum poured
        // coffee": the subject after an opening adverbial, not a list governed by its
        // preposition.
        let opening_adverbial = (k == 1
            || (k == 2 && toks[0].has(flag::PREP) && toks[1].has(flag::DET))
            // "Back at the Harlan Kitchen, Lee …".
            || (k == 3
                && toks[0].has(flag::INTRO)
                && toks[1].has(flag::PREP)
                && toks[2].has(flag::DET))
            // "In a house outside Hallen, Ruta Mesner keeps …", "Four hours north, in a
            // house outside Hallen, Ruta Mesner …": longer ones (a comma before the
            // subject's only between two of them).
            || (toks[0].is_word()
                && (toks[0].has(flag::PREP | flag::INTRO)
                    || (toks[0].has(flag::COUNT) && toks.get(1).is_some_and(|t| !t.has(flag::CAP))))
                && !toks[0].has(flag::DET)
                && (2..=20).contains(&s)
                && (0..s - 1).all(|i| word(i) != "," || toks[i + 1].has(flag::PREP))))
            && commas == 1
            && !coord
            && s > 0
            && word(s - 1) == ","
            && !(e < n && matches!(word(e), "and" | "or"));
        // "flanked by Mara Feld": an agent is a person the text may go on about.
        // ("Asked by Radio Litoral" names an interviewer.)
        let by_agent = k == s
            && k > 0
            && word(k - 1).eq_ignore_ascii_case("by")
            && !(k > 1
                && toks[k - 2].is_word()
                && lexicon::with_lower(word(k - 2), |w| lexicon::props(w).verb.is_some()))
            && full_person();
        // "We spoke to Moussa Adoum, 24, …": a person the reporter talked to, who "he told
        // us" may then refer to.
        let interviewee = k == s
            && k > 1
            && matches!(word(k - 1), "to" | "with")
            && lexicon::with_lower(word(k - 2), |w| {
                matches!(w, "spoke" | "speaking" | "spoken" | "talked" | "talking")
            })
            && full_person();
        // "The mayor of Tin-Eddar, Sidi Bella, has …": a name set off by commas after a
        // phrase is its appositive, not the next item of a list the preposition governs.
        let appositive = !coord
            && commas == 1
            && s > 0
            && word(s - 1) == ","
            && e < n
            && word(e) == ","
            && e > s + 1;
        // "For Karen Whitby, whose son serves …, the timing could not matter less": the
        // person a sentence opens on, whom "she said" may then refer to.
        let topic =
            k == s && k == 1 && word(0) == "For" && e < n && word(e) == "," && full_person();
        // "The verdict came from Liis Kask, who runs a café …": a relative "who" makes
        // the name a person's, whom "she told ERR" may then mean.
        // ("a segment with Maja Lindqvist, whose son served …": "whose" says as much after
        // a known given name; after "the Left Greens, whose party …" it does not.)
        let person_who = e + 1 < n
            && word(e) == ","
            && (word(e + 1) == "who"
                || (word(e + 1) == "whose" && lexicon::given_name_gender(word(s)) > 0))
            && full_person();
        // "… put it better than Lotte Brandt, a former army captain who …": a name described
        // as a person in apposition is one, whatever governs it.
        // (Or by a bare role: "fell to Katrin Wehlau, spokeswoman for the Defence Ministry".)
        // (Or by an office with its article: "belonged to Morag Lindqvist, the Member for
        // Kessock".)
        let described_person = e + 2 < n
            && word(e) == ","
            && ((matches!(word(e + 1), "a" | "an")
                && (e + 2..n.min(e + 7))
                    .take_while(|&i| toks[i].is_word())
                    .any(|i| toks[i].has(flag::PERSON)))
                || (word(e + 1) == "the"
                    // (Not a place an office is of: "In Nova Sloboda, the ataman of …".)
                    && !(k > 0
                        && lexicon::with_lower(word(k - 1), |w| {
                            matches!(w, "in" | "at" | "from" | "near" | "outside" | "across")
                        }))
                    && (e + 2..n.min(e + 6))
                        .take_while(|&i| toks[i].is_word() && !toks[i].has(flag::PREP))
                        .any(|i| toks[i].has(flag::PERSON | flag::TITLE)))
                || (toks[e + 1].is_word()
                    && !toks[e + 1].has(flag::CAP)
                    && toks[e + 1].has(flag::PERSON)))
            && full_person();
        // "the Katibat al-Sahra, the armed group …": a body named with its article.
        let group = k == s && k > 0 && word(k - 1) == "the" && group_appositive(text, toks, e);
        // "the daily Le Matin d'Ourané, close to the transition, was …", "At home, the
        // newspaper Dagsposten …": a paper the clause is about, which may speak in its
        // editorials (not one that carried someone's words: "told the daily X").
        let press_at = |i: usize| lexicon::with_lower(word(i), lexicon::is_newspaper_noun);
        let paper_subject = k == s && k >= 2 && {
            let p = if k >= 3 && press_at(k - 2) && matches!(word(k - 1), "Le" | "La" | "El") {
                k - 2
            } else {
                k - 1
            };
            p >= 1
                && press_at(p)
                && word(p - 1).eq_ignore_ascii_case("the")
                && (p == 1 || word(p - 2) == ",")
        };
        // "the Center for Security and Development Policy", "the Institute for Peace and
        // Conflict Studies": a coordination inside a body's "for"/"of" phrase is more of its
        // name, whatever its field words are (a title word like "Security" stops the walk
        // above).
        let in_body_name = k > 0 && matches!(word(k), "and" | "&") && {
            let mut j = k;
            while j > 0 && toks[j - 1].is_word() && toks[j - 1].has(flag::CAP) {
                j -= 1;
            }
            j < k && j >= 2 && matches!(word(j - 1), "for" | "of") && toks[j - 2].has(flag::CAP)
        };
        // "with the state-run Balita Nasyonal news agency": past a medium's modifier, the
        // article governs the name as it would right before it.
        let k_det = if k >= 2
            && matches!(word(k - 2), "the" | "a" | "an")
            && lexicon::is_medium_modifier(word(k - 1))
            && word(k - 1).contains('-')
        {
            k - 1
        } else {
            k
        };
        let after_prep = k > 0
            && !group
            && !paper_subject
            && !opening_adverbial
            && !appositive
            && !by_agent
            && !interviewee
            && !topic
            && !person_who
            && !described_person
            && toks[k_det - 1].is_word()
            && (toks[k_det - 1].has(flag::PREP | flag::JOURNALIST)
                || lexicon::with_lower(word(k_det - 1), |l| {
                    matches!(
                        l,
                        "the"
                            | "a"
                            | "an"
                            | "site"
                            | "website"
                            | "channel"
                            | "magazine"
                            | "station"
                            | "network"
                            | "programme"
                            | "program"
                            | "daily"
                            | "weekly"
                            | "agency"
                            | "told"
                            // "Ruth Seleni, whose Western Reefs constituency …": what the
                            // relative's possessor has, not someone "she" may be.
                            | "whose"
                    )
                }));
        // "Western diplomat", "Pentagon officials": a modifier, not a mention. A noun-like
        // word followed by a determiner is the name's verb ("Ines Brandvold commands the …").
        let lower_word = |i: usize| {
            i < n && toks[i].is_word() && word(i).chars().next().is_some_and(|c| c.is_lowercase())
        };
        let modifier = lower_word(e)
            && toks[e].has(flag::PERSON | flag::ORG | flag::TITLE)
            && !toks[e - 1].has(flag::POSS)
            && !toks
                .get(e + 1)
                .is_some_and(|t| t.is_word() && t.has(flag::DET));
        // "340 German civilian employees": one word modifying through an adjective.
        let modifier = modifier
            || (e == s + 1
                && lower_word(e)
                && lower_word(e + 1)
                && toks[e].verb.is_none()
                && !toks[e].has(
                    flag::PREP
                        | flag::DET
                        | flag::SUBORD
                        | flag::TRAILING
                        | flag::POSS
                        | flag::QUANT,
                )
                && !matches!(word(e), "and" | "or" | "but" | "who" | "which")
                && toks[e + 1].has(flag::PERSON | flag::ORG)
                && !toks[e - 1].has(flag::POSS));
        if !after_prep && !modifier && !in_body_name {
            out.push((s, e));
        }
    }
}

/// A name mention as a phrase: possessive stripped ("Ersoy's" → "Ersoy"). The first
/// `titles` tokens are titles before the name ("Sheikh"): they are its `head`, so that
/// "the sheikh" can refer back to it, but not part of the name or mention.
pub(crate) fn mention_np<'t>(text: &'t str, toks: &[Tok], titles: usize) -> Option<Np<'t>> {
    let s = toks.first()?.s;
    let ns = toks.get(titles)?.s;
    let e = toks.last()?.e;
    let full = &text[ns..e];
    let name = lexicon::strip_possessive(full).unwrap_or(full);
    if name.is_empty() {
        return None;
    }
    // "Camp Veldhuis", "Fort Karsk", "Mount Ilam": a place, never whom "she said" refers to.
    if let Some((first, _)) = name.split_once(' ') {
        if matches!(first, "Camp" | "Fort" | "Mount" | "Lake" | "Cape") {
            return None;
        }
    }
    let body = is_named_body(name, || titles > 0);
    Some(Np {
        kind: NpKind::Named { body },
        surface: name,
        name: norm(name),
        head: (titles > 0).then(|| Cow::Borrowed(text[s..ns].trim_end())),
        pos: ns,
        also: Vec::new(),
    })
}

/// "Council" + "of the Northern Seas", "Union" + "of Kaiyo": a body named with "of" when its
/// run ends in a body noun or follows "the". Returns the new end of the run.
fn extend_of(
    text: &str,
    toks: &[Tok],
    s: usize,
    e: usize,
    nameable: &dyn Fn(usize) -> bool,
) -> usize {
    let n = toks.len();
    if e + 1 >= n || !toks[e].is_word() || !matches!(toks[e].text(text), "of" | "for") {
        return e;
    }
    let body_noun = toks[e - 1].has(flag::ORG | flag::BODY_SUFFIX);
    let after_the = s > 0 && toks[s - 1].text(text).eq_ignore_ascii_case("the");
    // "The Department for Education", "the Office for National Statistics": "for" names a
    // body's field only right after the body's noun.
    let of = toks[e].text(text) == "of";
    if !(body_noun || (of && after_the)) || toks[e - 1].has(flag::POSS) {
        return e;
    }
    let mut k = e + 1;
    if k < n && toks[k].text(text).eq_ignore_ascii_case("the") {
        k += 1;
    }
    // After a body noun, title words name its field: "the Ministry of Defence", "the
    // Ministry of Foreign Affairs".
    let part = |k: usize| {
        nameable(k)
            || toks[k].is_word()
                && toks[k].has(flag::CAP)
                && (toks[k].has(flag::ORG | flag::BODY_SUFFIX) || body_noun)
    };
    if k >= n || !part(k) {
        return e;
    }
    let first = k;
    while k < n && part(k) {
        // "the Department of Defence Pádraig Ó Murchú": a person's full name after the
        // field's title words is no part of the body's name.
        if k > first && !nameable(k - 1) && nameable(k) {
            let run = (k..n).take_while(|&i| nameable(i)).count();
            if run >= 2 && !toks[k + run - 1].has(flag::ORG | flag::BODY_SUFFIX) {
                break;
            }
        }
        k += 1;
    }
    // "the Ministry of Foreign Affairs of the Republic of Tamsara": one name.
    if k < e + 12 && k + 1 < n && toks[k].is_word() && toks[k].text(text) == "of" {
        let further = extend_of(text, toks, s, k, nameable);
        if further > k + 1 {
            return further;
        }
    }
    k
}

/// A phrase's gender from its title or noun words ("Mr", "spokeswoman"), 0 when none says.
fn phrase_gender(surface: &str) -> u8 {
    // A possessive says whose, not who: "Her husband" is a man.
    surface
        .split(|c: char| c.is_whitespace() || c == ',')
        .take(8)
        .filter(|w| !matches!(*w, "his" | "His" | "her" | "Her"))
        .map(lexicon::gender_word)
        .find(|&g| g != 0)
        .unwrap_or(0)
}

/// A named person's gender: from a title or noun of the mention, else from the given name
/// of a name of two words or more ("Janet Pell"; "Pell" alone says nothing).
fn person_gender(surface: &str, name: &str) -> u8 {
    match phrase_gender(surface) {
        0 => {
            let mut words = name.split_whitespace();
            match (words.next(), words.next()) {
                (Some(given), Some(_)) => lexicon::given_name_gender(given),
                _ => 0,
            }
        }
        g => g,
    }
}

/// Whether a lowercase party name is one of the `press` names, the family name alone of one
/// ("haraldsen" after "Tove Haraldsen of Kanal 4"), or one after its outlet's possessive
/// ("wbn's dev amaranth").
pub(crate) fn is_press(press: &[String], name: &str) -> bool {
    press.iter().any(|p| {
        p == name
            || (!name.contains(' ') && p.rsplit(' ').next() == Some(name))
            // ("bilal ahmed" of "By Bilal Ahmed Sheikh", its family name read as a title.)
            || (name.contains(' ')
                && p.strip_prefix(name)
                    .is_some_and(|rest| rest.starts_with(' ') && !rest[1..].contains(' ')))
            || name
                .strip_suffix(p.as_str())
                .is_some_and(|outlet| outlet.ends_with("'s ") || outlet.ends_with("’s "))
    })
}

/// Every letter uppercase, with at least two of them ("GERMANY", "LESNA GORA").
pub(crate) fn is_all_caps(name: &str) -> bool {
    // (Most names fail on their second letter.)
    if name.as_bytes().get(1).is_some_and(u8::is_ascii_lowercase) {
        return false;
    }
    name.chars().filter(|c| c.is_alphabetic()).count() >= 2
        && !name.chars().any(|c| c.is_lowercase())
}

/// Whether a name is a body's. A name in capitals ("Sen. TOMAS HALLORAN", "IRENA
/// VOSKUIJL", as newsletters set a first mention) is a person's after a title or with a
/// known given name, not a body's initials.
fn is_named_body(name: &str, titled: impl FnOnce() -> bool) -> bool {
    is_body(name)
        && !(is_all_caps(name)
            && name.contains(' ')
            && (titled()
                || name
                    .split_whitespace()
                    .next()
                    .is_some_and(|g| lexicon::given_name_gender(g) != 0)))
}

fn is_body(name: &str) -> bool {
    let (mut words, mut last, mut has_of, mut org_word) = (0, "", false, false);
    let mut foreign_noun = false;
    for w in name.split_whitespace() {
        words += 1;
        has_of |= w == "of";
        // "Palacio del Alba", "Ministère des Armées": a body's noun in its own language.
        // (Only words that can be one are lowercased: most names fail on the first letter.)
        foreign_noun |= words == 1
            && w.starts_with(['P', 'M', 'G', 'R', 'C', 'E', 'A', 'S'])
            && lexicon::with_lower(w, lexicon::english_body_noun).is_some();
        // "Human Rights Watch", "Amnesty International": an organization's word anywhere.
        org_word |= words > 1 && lexicon::is_org_name_word(w);
        last = w;
    }
    if (words > 2 && has_of) || org_word || (words > 1 && foreign_noun) {
        return true;
    }
    (words == 1 && lexicon::is_body_name(last))
        || lexicon::is_body_suffix(last)
        || (last.len() >= 2 && last.chars().all(|c| c.is_uppercase() || c == '.'))
}

/// A party under construction. Its strings borrow the article where they can: most
/// drafts are names mentioned in passing that never become a party.
#[derive(Debug, Clone)]
pub(crate) struct Draft<'t> {
    pub name: Cow<'t, str>,
    pub mentions: Vec<Cow<'t, str>>,
    pub kind: PartyKind,
    /// Whether "he"/"she" may refer to it (persons and person descriptions).
    person: bool,
    /// 1 male, 2 female, 0 unknown: from a title or noun in a mention ("Mr", "woman") or a
    /// "he"/"she" already resolved to it; "she" never goes to a known man.
    gender: u8,
    /// Lowercase head nouns and name words, for "the commander"; each ends in '\n' (no
    /// word holds whitespace), so they share one allocation.
    heads: String,
    /// Descriptions seen with it (appositives), for matching "a member from …".
    pub descriptors: Vec<&'t str>,
    indefinite: bool,
    plural: bool,
    /// The name lowercased, whose words are matched against surnames; empty for a
    /// description.
    lower: String,
    /// Byte offset of the first mention.
    pos: usize,
    /// Whether words were attributed to it yet (not only a name in passing).
    pub spoke: bool,
    /// Whether it spoke "through a spokesperson", whom a bare "the spokesperson" means.
    by_spokesperson: bool,
    /// Whether its last mention was a person speaking for it ("a ministry spokesman"),
    /// whom a following "he" or "she" means.
    voiced: bool,
}

impl Draft<'_> {
    /// Whether `name` ("Piet", "Ilse") is a word of the party's name.
    pub(crate) fn answers_to(&self, name: &str) -> bool {
        self.lower
            .split_whitespace()
            .any(|w| w.eq_ignore_ascii_case(name))
    }

    /// Whether one of its mentions has the word `m` (any case).
    fn said_word(&self, m: &str) -> bool {
        self.mentions
            .iter()
            .any(|x| x.split(' ').any(|w| w.eq_ignore_ascii_case(m)))
    }

    /// Its mentions, then the appositive descriptions seen with it.
    fn mentions_and_descriptors(&self) -> impl Iterator<Item = &str> {
        self.mentions
            .iter()
            .map(|x| x.as_ref())
            .chain(self.descriptors.iter().copied())
    }

    /// Whether one of its mentions or appositive descriptions has the word `m` (any case):
    /// "the defence minister" after "Ana Ruiz, the defence minister, said".
    fn said_or_described(&self, m: &str) -> bool {
        self.said_word(m)
            || self.descriptors.iter().any(|x| {
                x.split(' ').any(|w| {
                    w.trim_matches(|c: char| !c.is_alphanumeric())
                        .eq_ignore_ascii_case(m)
                })
            })
    }

    fn heads(&self) -> impl Iterator<Item = &str> {
        self.heads.split_terminator('\n')
    }

    /// Whether `w` (any case) is one of its heads.
    fn has_head(&self, w: &str) -> bool {
        self.heads().any(|h| h.eq_ignore_ascii_case(w))
    }

    /// Gives the party the title word `w` (and what it also answers to) unless it has it.
    fn add_title(&mut self, w: &str) {
        let mut lower = String::new();
        push_lower(&mut lower, w);
        if !self.heads().any(|h| h == lower) {
            push_title_heads(&mut self.heads, w);
        }
    }
}

/// Appends `s.to_lowercase()`, without an allocation when `s` is ASCII.
fn push_lower(out: &mut String, s: &str) {
    if s.is_ascii() {
        let from = out.len();
        out.push_str(s);
        out[from..].make_ascii_lowercase();
    } else if s.contains(['ı', 'İ']) {
        // Turkish dotless and dotted i fold to "i": "AYDIN" in a transcript tag is "Aydın",
        // and "İ" would lowercase to "i" plus a combining dot.
        out.push_str(&s.replace(['ı', 'İ'], "i").to_lowercase());
    } else {
        out.push_str(&s.to_lowercase());
    }
}

/// Collects parties as mentions arrive in text order.
#[derive(Default)]
pub(crate) struct Book<'t> {
    pub drafts: Vec<Draft<'t>>,
    by_surname: HashMap<String, Vec<usize>, lexicon::Fast>,
    /// Persons by the first word of their name, for "Liu" after "Liu Jianguo".
    by_first: HashMap<String, Vec<usize>, lexicon::Fast>,
    /// The same for untitled two-word names, matched only by a given name standing alone.
    by_given: HashMap<String, Vec<usize>, lexicon::Fast>,
    /// Persons named with three words or more by their next-to-last, the first family name
    /// of a Spanish or Portuguese name: "Quispe" after "Marta Elena Quispe Salazar".
    by_paternal: HashMap<String, Vec<usize>, lexicon::Fast>,
    by_key: HashMap<String, usize, lexicon::Fast>,
    /// Most recently mentioned parties, newest last; bounded so resolution stays linear.
    recent: VecDeque<usize>,
    /// A reused buffer for lowercase lookup keys.
    key: String,
    /// The article's reporters, lowercase (a byline's, a script's credits): a "he" or "she"
    /// may mean one, and then the words are the press's, dropped rather than given to the
    /// next person back.
    pub press: Vec<String>,
}

const RECENT: usize = 64;

impl<'t> Book<'t> {
    /// Makes party `i` the most recent again: a speaker whose reported words named others
    /// ("Germany said France had acted too soon. “…,” it added." is Germany again).
    pub(crate) fn refresh(&mut self, i: usize) {
        if i < self.drafts.len() {
            self.touch(i);
        }
    }

    /// "He"/"She" opening a sentence right after one whose subject was the person `subject`
    /// ("Laurent Fauchet, a deputy for the nationalist Rassemblement Civique, told the
    /// assembly: «…» He called …"): that person, when compatible, rather than the name
    /// mentioned last.
    pub(crate) fn add_subject_pronoun(
        &mut self,
        np: &Np<'t>,
        subject: usize,
    ) -> Option<(usize, bool)> {
        if np.kind != NpKind::Pronoun(Pronoun::Person) || !matches!(np.surface, "He" | "She") {
            return None;
        }
        let g = lexicon::gender_word(np.surface);
        fits_person_pronoun(&self.drafts[subject], g).then(|| self.pronoun_refers_to(subject, g))
    }

    /// A pronoun of gender `g` (0: unknown) resolved to party `i`: the party learns the
    /// gender if it had none, and is the most recent one.
    fn pronoun_refers_to(&mut self, i: usize, g: u8) -> (usize, bool) {
        if self.drafts[i].gender == 0 {
            self.drafts[i].gender = g;
        }
        self.touch(i);
        (i, true)
    }

    fn touch(&mut self, i: usize) {
        if let Some(p) = self.recent.iter().position(|&r| r == i) {
            self.recent.remove(p);
        }
        self.recent.push_back(i);
        if self.recent.len() > RECENT {
            self.recent.pop_front();
        }
    }

    fn mention(&mut self, i: usize, surface: &'t str) {
        let d = &mut self.drafts[i];
        if !d.mentions.iter().any(|m| m == surface) {
            d.mentions.push(Cow::Borrowed(surface));
        }
        self.touch(i);
    }

    /// The state's party for a capital's name, or the capital's party for a state's name,
    /// when one is known, is no person and was not named by a dateline in capitals.
    fn capital_or_state(&self, key: &str) -> Option<usize> {
        let body = |k: &str| {
            self.by_key
                .get(k)
                .copied()
                .filter(|&i| !self.drafts[i].person && !is_all_caps(&self.drafts[i].name))
        };
        match lexicon::state_of_capital(key) {
            Some(states) => states.iter().find_map(|s| body(s)),
            None => body(lexicon::capital_of_state(key)?),
        }
    }

    /// Records that party `i` spoke "through a spokesperson": a later "the spokesperson"
    /// with no other party's spokesperson met is that party's.
    pub(crate) fn speaks_through_spokesperson(&mut self, i: usize) {
        self.drafts[i].by_spokesperson = true;
    }

    /// Records an appositive description of a party ("a lawmaker from the … Party").
    pub(crate) fn describe(&mut self, i: usize, descriptor: &'t str) {
        let d = &mut self.drafts[i];
        if !d.descriptors.contains(&descriptor) {
            d.descriptors.push(descriptor);
        }
        // "The regional governor, Paul Roux, said": the description's head noun is his, so a
        // later "the governor" refers back. The head ends the description's first noun
        // phrase: "a longtime adviser to the president" gives "adviser", never "president".
        // A coordinated role is a head too when it is a title or person noun ("Special
        // Representative … and Head of UNSMIT"), not a name's "and" ("… Relief and
        // Resettlement Office").
        if d.person {
            for (k, phrase) in descriptor.split(" and ").enumerate() {
                let head = phrase_head(phrase).filter(|w| {
                    k == 0 || lexicon::props(w).flags & (flag::PERSON | flag::TITLE) != 0
                });
                if let Some(head) = head {
                    d.add_title(head);
                }
            }
        }
    }

    fn push(&mut self, d: Draft<'t>) -> usize {
        self.drafts.push(d);
        self.drafts.len() - 1
    }

    /// `name` lowercased into the reused key buffer (taken out; give it back with
    /// `self.key = key` once done).
    fn take_key(&mut self, name: &str) -> String {
        let mut key = std::mem::take(&mut self.key);
        key.clear();
        push_lower(&mut key, name);
        // "Tamaran's representative" is "the representative of Tamaran", a state's voice at
        // the Council whichever way the text puts it.
        let envoy = [
            "representative",
            "delegate",
            "delegation",
            "ambassador",
            "envoy",
        ]
        .iter()
        .find_map(|role| {
            let owner = key.strip_suffix(role)?;
            let owner = owner
                .strip_suffix("'s ")
                .or_else(|| owner.strip_suffix("’s "))?;
            let owner = owner.strip_prefix("the ").unwrap_or(owner);
            (!owner.is_empty() && !owner.contains(' ')).then(|| format!("the {role} of {owner}"))
        });
        if let Some(envoy) = envoy {
            key.clear();
            key.push_str(&envoy);
        }
        key
    }

    /// The party a speaker phrase refers to, creating it when new; `None` for a pronoun
    /// with no compatible antecedent. The flag is true when resolution went back to an
    /// earlier mention (a pronoun or "the commander").
    pub(crate) fn add(&mut self, np: &Np<'t>) -> Option<(usize, bool)> {
        self.add_addressing(np, None)
    }

    /// As [`Book::add`], for words that end by addressing someone by name
    /// (`addressed`: "“You'll miss them, Piet,” she told him"): "he" or "she" is not the
    /// one addressed.
    pub(crate) fn add_addressing(
        &mut self,
        np: &Np<'t>,
        addressed: Option<&str>,
    ) -> Option<(usize, bool)> {
        match &np.kind {
            NpKind::Pronoun(p) => {
                let g = if *p == Pronoun::Person {
                    lexicon::gender_word(np.surface)
                } else {
                    0
                };
                let i = self.resolve(|d| match p {
                    Pronoun::Person => {
                        fits_person_pronoun(d, g) && addressed.is_none_or(|a| !d.answers_to(a))
                    }
                    Pronoun::Body => !d.person,
                    Pronoun::Any => true,
                    Pronoun::Member => d.plural,
                })?;
                Some(self.pronoun_refers_to(i, g))
            }
            NpKind::Named { .. } if is_party_tag(&np.name) => None,
            NpKind::Named { body } => {
                let i = self.add_named(np, *body);
                // "The Citizens' Human Rights Observatory (OCDH)": the short form, in
                // whatever language it abbreviates, names the same body later. (After a
                // person's name it is the person's party: "Jens Habermehl (SPD)".)
                // (A name whose initials the acronym spells is a body's whatever it looks
                // like: "the Inter-Services Public Relations (ISPR)".)
                let short = parenthesized_acronym(np.surface)
                    .filter(|short| !self.drafts[i].person || spells_initials(short, &np.name))
                    // (Not a person's: "Armed Forces of the Philippines (AFP) spokesperson
                    // Col. Teresa Villaruel" is not "AFP".)
                    .or_else(|| bracketed_initials(np.surface).filter(|_| !self.drafts[i].person));
                if let Some(short) = short {
                    let key = short.to_ascii_lowercase();
                    if !self.by_key.contains_key(key.as_str()) {
                        self.by_key.insert(key, i);
                        self.mention(i, short);
                    }
                }
                Some((i, false))
            }
            NpKind::Descr {
                indefinite, person, ..
            } => {
                let key = self.take_key(&np.name);
                let known = self.by_key.get(key.as_str()).copied();
                // "one of the two officials" after "Two senior Keshi officials": a member of
                // that group speaks for it, as "one of them" does.
                // (So is "one source" after "Defense Ministry sources said".)
                let member = || {
                    let head = np.head.as_deref()?;
                    if np.name.starts_with("one of ") {
                        let i = self.resolve(|d| d.plural && d.heads().any(|h| h == head))?;
                        return Some((i, true));
                    }
                    if np.name.strip_prefix("one ") != Some(head) {
                        return None;
                    }
                    let i = self.resolve(|d| {
                        d.plural
                            && d.heads()
                                .any(|h| h.strip_suffix('s').is_some_and(|h| h == head))
                    })?;
                    Some((i, true))
                };
                let found = known
                    .map(|i| (i, false))
                    .or_else(member)
                    .or_else(|| self.refer_back(np));
                if let Some((i, back)) = found {
                    // ("A ministry spokesman said …. He added …": the spokesman's "he".)
                    let speaking_for = !self.drafts[i].person
                        && matches!(np.kind, NpKind::Descr { person: true, .. });
                    self.drafts[i].voiced = speaking_for;
                    // The same phrase read again in full: "The association" (a sentence's
                    // lead, cut before "of"), then the speaker "The association of market
                    // traders of the town".
                    let d = &mut self.drafts[i];
                    if d.kind == PartyKind::Descriptive
                        && d.pos == np.pos
                        && np.name.len() > d.name.len()
                        && np.name.starts_with(d.name.as_ref())
                    {
                        d.name = np.name.clone();
                        self.by_key.insert(key, i);
                    } else {
                        self.key = key;
                    }
                    self.mention(i, np.surface);
                    return Some((i, back));
                }
                let mut mentions = vec![Cow::Borrowed(np.surface)];
                // The bare role ("a farmer there" → "farmer"), how later text refers to it.
                if let Some(core) = core_of(&np.name, np.head.as_deref()) {
                    if core != np.surface && core.split(' ').count() <= 3 {
                        mentions.push(Cow::Owned(core));
                    }
                }
                let mut heads = String::new();
                if let Some(h) = &np.head {
                    heads.push_str(h);
                    heads.push('\n');
                }
                let mut before_head = np.head.is_some();
                for w in np.name.split_whitespace() {
                    let from = heads.len();
                    push_lower(&mut heads, w);
                    // A possessive's "'s" is dropped ("group's" → "group").
                    let possessive = heads[from..].contains("'s");
                    if possessive {
                        let word = heads[from..].replace("'s", "");
                        heads.truncate(from);
                        heads.push_str(&word);
                    }
                    // A noun modifying the head does not name the party: "the navy" is not
                    // "a navy spokesman".
                    if before_head && !possessive {
                        if np.head.as_deref() == Some(&heads[from..]) {
                            before_head = false;
                        } else {
                            heads.truncate(from);
                            continue;
                        }
                    }
                    heads.push('\n');
                }
                let i =
                    self.push(Draft {
                        name: np.name.clone(),
                        mentions,
                        kind: PartyKind::Descriptive,
                        person: *person,
                        gender: phrase_gender(np.surface),
                        heads,
                        descriptors: Vec::new(),
                        lower: String::new(),
                        pos: np.pos,
                        indefinite: *indefinite,
                        // "one of the soldiers" is one person, whatever its head.
                        plural: (np.head.as_deref().is_some_and(|h| {
                            h.ends_with('s') || h.ends_with("men") || h == "people"
                        }) && !*indefinite
                            && !np.name.starts_with("one of "))
                            || np.name.split(' ').next().is_some_and(|w| {
                                lexicon::is_count(w) && !w.eq_ignore_ascii_case("one")
                            }),
                        spoke: false,
                        by_spokesperson: false,
                        voiced: false,
                    });
                self.by_key.insert(key, i);
                self.touch(i);
                Some((i, false))
            }
        }
    }

    /// A description that refers back to a party already met: "its foreign ministry",
    /// "the Bravnian foreign ministry" after "Bravnia", "the commander".
    /// The body an indefinite spokesperson speaks for, named by a lowercase noun before or
    /// after the role ("a ministry spokesperson", "a spokesman for the ministry"), when the
    /// text named a body with that noun.
    fn spokesperson_of_named_body(&self, np: &Np<'t>) -> Option<usize> {
        let words: Vec<&str> = np.name.split(' ').collect();
        let role = |w: &str| matches!(w, "spokesperson" | "spokesman" | "spokeswoman");
        let org = match words.as_slice() {
            [_, org, r] if role(r) => *org,
            [_, r, "for", "the", org] if role(r) => *org,
            _ => return None,
        };
        if !matches!(
            org,
            "ministry" | "embassy" | "government" | "council" | "commission"
        ) {
            return None;
        }
        self.resolve(|d| !d.person && d.has_head(org))
    }

    fn refer_back(&self, np: &Np<'t>) -> Option<(usize, bool)> {
        let NpKind::Descr {
            definite, person, ..
        } = np.kind
        else {
            return None;
        };
        // "a ministry spokesperson", "a spokesman for the ministry" after "The Defence
        // Ministry said …": the ministry's own words, when the text named one.
        if matches!(
            np.kind,
            NpKind::Descr {
                indefinite: true,
                ..
            }
        ) {
            if let Some(i) = self.spokesperson_of_named_body(np) {
                return Some((i, true));
            }
        }
        // "its foreign ministry", "their spokesman": the body the text is about.
        let first = np.name.split(' ').next().unwrap_or("");
        if matches!(first, "its" | "Its" | "their" | "Their") {
            if let Some(i) = self.resolve(|d| d.kind == PartyKind::Body) {
                return Some((i, true));
            }
        }
        // "the Bravnian foreign ministry" after "Bravnia": the state speaking.
        if definite && !person {
            if let Some(adj) = np
                .name
                .split(' ')
                .nth(1)
                .filter(|w| w.chars().next().is_some_and(|c| c.is_uppercase()) && w.len() >= 4)
            {
                if let Some(i) = self.resolve(|d| {
                    d.kind == PartyKind::Body && !d.name.contains(' ') && is_demonym(adj, &d.name)
                }) {
                    return Some((i, true));
                }
            }
        }
        if definite {
            if let Some(head) = &np.head {
                let head = head.trim_end_matches('s');
                // "the Drevanian foreign ministry" is not "the defence ministry" named before:
                // a capitalized modifier must be among the earlier party's words.
                // (In any case, without a possessive: "the European Union's foreign policy
                // service" after the heading "EUROPEAN UNION".)
                let modifiers: Vec<String> = np
                    .name
                    .split(' ')
                    .skip(1)
                    .take_while(|w| !w.eq_ignore_ascii_case(head))
                    .filter(|w| w.chars().next().is_some_and(char::is_uppercase))
                    .map(|w| {
                        w.trim_end_matches("'s")
                            .trim_end_matches("’s")
                            .to_lowercase()
                    })
                    .collect();
                // "the defence minister" is not "the prime minister" named before: a
                // lowercase modifier must be a word of one of the earlier party's mentions
                // ("the foreign minister" after "Foreign Minister Ana Ruiz"). A bare "the
                // minister" may refer back to either.
                let before_head: Vec<&str> = np
                    .name
                    .split(' ')
                    .skip(1)
                    .take_while(|w| {
                        let w = w.trim_end_matches("'s").trim_end_matches("’s");
                        !w.eq_ignore_ascii_case(head)
                    })
                    .collect();
                // Only the description's own words count: those after a determiner or a
                // sentence break inside a misread phrase ("… mattered. today the minister").
                let own = before_head
                    .iter()
                    .rposition(|w| {
                        matches!(*w, "the" | "a" | "an") || w.ends_with(['.', ',', ';', ':'])
                    })
                    .map_or(0, |k| k + 1);
                let lower_modifiers: Vec<&str> = before_head[own..]
                    .iter()
                    .copied()
                    .filter(|w| {
                        w.chars().next().is_some_and(char::is_lowercase)
                            && !w.ends_with("'s")
                            && !w.ends_with("’s")
                    })
                    .collect();
                // "The group's spokesman" is not "Government spokesman Bassem al-Obeidi": a
                // lowercase possessor must be the earlier party's word or head, or a group
                // the earlier party speaks for ("a spokesman for the Kaledi Brotherhood").
                let possessors: Vec<&str> = before_head[own..]
                    .iter()
                    .filter(|w| w.chars().next().is_some_and(char::is_lowercase))
                    .filter_map(|w| lexicon::strip_possessive(w))
                    .collect();
                let possessed_by = |d: &Draft| {
                    possessors.iter().all(|&p| {
                        d.said_or_described(p)
                            || d.heads().any(|h| h == p)
                            || (is_group_noun(p)
                                && d.mentions
                                    .iter()
                                    .any(|x| x.contains(" for ") || x.contains(" of ")))
                    })
                };
                // "the head of Morvanian diplomacy" is not "the head of the defence ministry":
                // when both have an "of" complement after the head, the words of the later
                // one's must be the earlier party's. ("the grandmother of seven" may still
                // be "the grandmother".)
                let complement: Vec<&str> = {
                    let mut words = np.name.split(' ').skip(1);
                    let _ = words.by_ref().position(|w| {
                        w.trim_end_matches("'s")
                            .trim_end_matches("’s")
                            .eq_ignore_ascii_case(head)
                    });
                    let mut rest = words.peekable();
                    if rest.next_if(|w| matches!(*w, "of" | "for")).is_some() {
                        rest.filter(|w| !lexicon::is_determiner(w)).collect()
                    } else {
                        Vec::new()
                    }
                };
                // "The spokesperson for the UN Secretary-General" is not "a spokesperson" of
                // another body met before: a complement that names someone must have been
                // said of the earlier party.
                let named_complement: Vec<&str> = complement
                    .iter()
                    .copied()
                    .filter(|w| w.chars().next().is_some_and(char::is_uppercase))
                    .collect();
                // "the minister" is not "Prime Minister Hisham Qaddour": the head of
                // government is "the prime minister".
                let bare_minister = head == "minister" && !np.name.to_lowercase().contains("prime");
                let prime_only = |d: &Draft| {
                    bare_minister && d.heads().any(|h| h == "prime" || h == "prime minister")
                };
                // "Foreign Ministry Spokeswoman Marina Vetlugina … the diplomat stressed": a
                // foreign ministry's spokesperson is a diplomat.
                let foreign_spokesperson = |d: &Draft, h: &str| {
                    head == "diplomat"
                        && matches!(h, "spokesperson" | "spokeswoman" | "spokesman")
                        && d.said_word("foreign")
                };
                // "the head of state, Aurelio Benavente, described … the president declared".
                let head_of_state = |d: &Draft| {
                    head == "president"
                        && d.mentions_and_descriptors()
                            .any(|x| x.to_lowercase().contains("head of state"))
                };
                let has = |d: &Draft| {
                    !prime_only(d)
                        && (d.heads().any(|h| {
                            h.trim_end_matches('s') == head
                                || lexicon::is_kind_of(h, head)
                                || foreign_spokesperson(d, h)
                        }) || head_of_state(d))
                        && (!d.mentions.iter().any(|x| x.contains(" of "))
                            || complement.iter().all(|m| d.said_or_described(m)))
                        && named_complement.iter().all(|m| d.said_or_described(m))
                        // (Either kind of modifier may be a title word it was introduced
                        // with, which a mention in passing keeps only as a head: "the deputy
                        // prime minister", "The Deputy Prime Minister" after "Deputy Prime
                        // Minister Vuong Dinh Lac attended …".)
                        && modifiers.iter().all(|m| {
                            d.mentions_and_descriptors()
                                .any(|x| x.to_lowercase().contains(m))
                                || d.has_head(m)
                        })
                        && lower_modifiers.iter().all(|m| {
                            d.said_or_described(m)
                                || d.has_head(m)
                                // ("The presidential palace" after "the Palacio del Alba":
                                // there is one palace of the head of state.)
                                || (head == "palace"
                                    && matches!(*m, "presidential" | "royal" | "imperial"))
                        })
                        && possessed_by(d)
                };
                // "the governor's office" after "Gov. Carl Brandvold's office": the office of
                // the one titled so.
                if head == "office" && possessors.len() == 1 {
                    let titled = |w: &str| {
                        w.eq_ignore_ascii_case(possessors[0])
                            || lexicon::title_in_full(w) == Some(possessors[0])
                    };
                    let office_of = |d: &Draft| {
                        !d.person
                            && d.mentions.iter().any(|x| {
                                x.strip_suffix(" office")
                                    .is_some_and(lexicon::is_possessive)
                                    && x.split(' ').any(titled)
                            })
                    };
                    if let Some(i) = self.resolve(office_of) {
                        return Some((i, true));
                    }
                }
                // "The cooperative said through a spokesperson that …. “…,” the spokesperson
                // said.": the party that spoke so, unless another's spokesperson came since.
                let bare = np.name.split(' ').count() == 2;
                if bare && matches!(head, "spokesperson" | "spokesman" | "spokeswoman") {
                    let found = self.resolve(|d| d.by_spokesperson || has(d));
                    if let Some(i) = found.filter(|&i| self.drafts[i].by_spokesperson) {
                        return Some((i, true));
                    }
                }
                if let Some(i) = self.resolve(has) {
                    // A title names a person only when one person met so far carries it:
                    // "the general" after two generals is neither.
                    // (Unless it is the person the text last mentioned and the other was
                    // met before the last two persons: "Marhoven said …. The minister said …"
                    // after another minister paragraphs earlier. Bodies named since do not
                    // count: "Al Mazrooq affirmed that the Rimal Air Force would ….")
                    let person = |j: usize| self.drafts[j].kind == PartyKind::Person;
                    let persons = || self.recent.iter().copied().filter(|&j| person(j));
                    let last = persons().next_back() == Some(i);
                    let near = persons().count().saturating_sub(2);
                    let ambiguous = person(i)
                        && persons()
                            .enumerate()
                            .any(|(at, j)| j != i && has(&self.drafts[j]) && (!last || at >= near));
                    if !ambiguous {
                        return Some((i, true));
                    }
                }
                // "“…,” the Donegal TD said", "the Ohio Republican added": a legislator
                // named by constituency or party is the named person the text is on (a
                // writer's variation), when no one met so far carries the title.
                if person
                    && lexicon::is_legislator(head)
                    && !modifiers.is_empty()
                    && np.name.split(' ').count() == 3
                {
                    if let Some(i) = self.resolve(|d| d.person && d.spoke && !d.lower.is_empty()) {
                        return Some((i, true));
                    }
                }
                // "The former lance corporal said", "the retired general added": a past role
                // with no name is a writer's variation on the person the text is on.
                let past_role = np.name.split(' ').nth(1).is_some_and(|w| {
                    matches!(w, "former" | "retired" | "veteran") || w.starts_with("ex-")
                });
                if person && past_role {
                    if let Some(i) = self.resolve(|d| d.kind == PartyKind::Person) {
                        return Some((i, true));
                    }
                }
                // "the group", "the organisation": the organization the text last named
                // (several words or an acronym, not a one-word place).
                // "The European Union said … However, the bloc called …": a bloc is a union
                // of states.
                if !person && np.name.split(' ').count() == 2 && is_org_category(head) {
                    let bloc = |d: &Draft| {
                        head != "bloc"
                            || is_all_caps(&d.name)
                            || d.lower
                                .split(' ')
                                .any(|w| matches!(w, "union" | "alliance" | "community" | "league"))
                    };
                    // "A spokesman for the Northern Liberation Front … The group said": the
                    // organization was named only in its spokesperson's description. (The
                    // later of it and a body named before: "the Foreign Ministry said …. A
                    // spokesman for the Sarnow Liberation Front …. the group claimed".)
                    let speaks_for_named = |d: &Draft| {
                        head != "bloc"
                            && d.kind == PartyKind::Descriptive
                            && d.mentions.iter().any(|x| {
                                x.split_once(" for ").is_some_and(|(_, org)| {
                                    org.trim_start_matches("the ")
                                        .starts_with(char::is_uppercase)
                                })
                            })
                    };
                    // (A state's initials are no organization: "1,800 U.S. troops".)
                    if let Some(i) = self.resolve(|d| {
                        (d.kind == PartyKind::Body
                            && (d.name.contains(' ')
                                || d.name.chars().all(|c| c.is_uppercase() || c == '.'))
                            && !lexicon::is_state_initials(&d.name)
                            && bloc(d))
                            || speaks_for_named(d)
                    }) {
                        return Some((i, true));
                    }
                }
            }
        }
        None
    }

    fn add_named(&mut self, np: &Np<'t>, body: bool) -> usize {
        let key = self.take_key(&np.name);
        // ("the Thera" after "Ven. Kotagama Dhammasiri Thera": a person's last name word
        // after "the" is that person.)
        let body = body && !self.by_surname.contains_key(key.as_str());
        if let Some(&i) = self.by_key.get(key.as_str()) {
            self.key = key;
            // A heading in capitals ("GERMANY") yields to the body's "Germany".
            let d = &mut self.drafts[i];
            if is_all_caps(&d.name) && !is_all_caps(&np.name) {
                d.name = np.name.clone();
            }
            // A later mention may bring the role an earlier one lacked ("«…», declared the
            // Minister of Defence, X, …": the speaker, then the mention with its office), so
            // that "the minister" refers back.
            if let Some(head) = np.head.as_deref().filter(|_| d.person) {
                for w in head.split_whitespace() {
                    d.add_title(w);
                }
            }
            self.mention(i, np.surface);
            return i;
        }
        // Names met for the first time that stand for a body already met:
        // "KVDF Media Office" after "The Korvan Valley Defence Front (KVDF)": a body's press
        // office speaks for it.
        let office = [
            "media office",
            "press office",
            "press service",
            "media centre",
        ]
        .iter()
        .find_map(|o| key.strip_suffix(o)?.strip_suffix(' '))
        .and_then(|owner| self.by_key.get(owner).copied())
        .filter(|&i| !self.drafts[i].person);
        // A short name in capitals after "the" ("the FCN", "the PM") or without it ("KVDF").
        let letters = np.name.len();
        let capitals = np.name.bytes().all(|b| b.is_ascii_uppercase());
        let the = np.surface.starts_with("the ") || np.surface.starts_with("The ");
        // "KVDF" after "The Korvan Valley Defence Front": an acronym of a body's initials is
        // that body.
        // ("MoD" after "the Ministry of Defence", "DfE" after "the Department for
        // Education": small letters spell the small words.)
        let mixed_case = (3..=6).contains(&letters)
            && np.name.bytes().all(|b| b.is_ascii_alphabetic())
            && np.name.starts_with(|c: char| c.is_ascii_uppercase())
            && np.name.bytes().filter(u8::is_ascii_uppercase).count() >= 2
            && !capitals;
        let mixed_acronym = || {
            mixed_case.then(|| {
                self.drafts.iter().rposition(|d| {
                    let initials = d.name.split_whitespace().filter_map(|w| w.chars().next());
                    initials.eq(np.name.chars())
                })
            })?
        };
        let acronym = || {
            if !(2..=6).contains(&letters) || !capitals {
                return None;
            }
            // (A name read as a person's is a body's when "the" and its initials refer to it:
            // "the FCN" after "the Frente Campesino del Norte".)
            self.drafts.iter().rposition(|d| {
                (!d.person || (the && letters >= 3)) && {
                    let initials = d
                        .name
                        .split_whitespace()
                        .filter_map(|w| w.chars().next().filter(|c| c.is_uppercase()));
                    initials.eq(np.name.chars())
                }
            })
        };
        // "The CS" after "Defence Cabinet Secretary Philip Kiprono Sang", "the PM" after
        // "Prime Minister …": a title's initials after "the" are the person holding it.
        let title_initials = || {
            if !the || !(2..=4).contains(&letters) || !capitals {
                return None;
            }
            let spelled_in = |title: &str| {
                let words: Vec<&str> = title.split_whitespace().collect();
                words
                    .windows(letters)
                    .any(|w| spells_initials(&np.name, &w.join(" ")))
            };
            // (Or its appositive description: "the COAS" after "the Chief of Army Staff, Lt.
            // Gen. …".)
            self.drafts.iter().rposition(|d| {
                d.person
                    && (d
                        .mentions
                        .iter()
                        .any(|x| x.strip_suffix(&*d.name).is_some_and(spelled_in))
                        || d.descriptors.iter().any(|x| spelled_in(x)))
            })
        };
        if let Some(i) = office {
            self.key = key;
            self.mention(i, np.surface);
            return i;
        }
        // "The Ministry of Defence" after "Ostrel's defence ministry" or "The Defence
        // Ministry": one body, its name's words in either order, when one body met so far
        // reads so.
        if let Some(other) = body.then(|| inverted_office(&key)).flatten() {
            // (By the name: a description's draft keeps no lowercase key.)
            let mut same = self.drafts.iter().enumerate().filter(|(_, d)| {
                let name = d.name.to_lowercase();
                !d.person
                    && (name == other
                        || name
                            .strip_suffix(other.as_str())
                            .is_some_and(|owner| owner.ends_with("'s ") || owner.ends_with("’s ")))
            });
            if let (Some((i, _)), None) = (same.next(), same.next()) {
                self.by_key.insert(key, i);
                self.mention(i, np.surface);
                return i;
            }
        }
        if let Some(i) = title_initials() {
            self.by_key.insert(key, i);
            self.mention(i, np.surface);
            return i;
        }
        if let Some(i) = acronym().or_else(mixed_acronym) {
            self.by_key.insert(key, i);
            self.mention(i, np.surface);
            return i;
        }
        // "@SecurePacificAU posted" after "the Secure Pacific Forum": a handle that opens
        // with two or more of a party's words run together is its account.
        let handle = || {
            let camel = np.name.len() >= 8
                && !np.name.contains(' ')
                && np
                    .name
                    .bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b == b'_')
                && np.name.bytes().skip(1).any(|b| b.is_ascii_uppercase());
            if !camel {
                return None;
            }
            let handle = np.name.to_ascii_lowercase().replace('_', "");
            let mut owners = self.drafts.iter().enumerate().filter(|(_, d)| {
                // (Two words at least: the first alone is any handle's "Secure…".)
                let mut joined = String::new();
                d.lower.split(' ').enumerate().any(|(k, w)| {
                    joined.push_str(w);
                    k >= 1 && joined.len() >= 8 && handle.starts_with(&joined)
                }) || spells_handle(&handle, &d.lower)
            });
            if let (Some((i, _)), None) = (owners.next(), owners.next()) {
                return Some(i);
            }
            // "@SenHalloran", "@RepOkonjoBrandt": a title's short form, then the family
            // name of one person met so far.
            let family = [
                "sen", "rep", "gov", "mp", "dr", "amb", "min", "cllr", "mayor",
            ]
            .iter()
            .find_map(|t| handle.strip_prefix(t))
            .filter(|rest| rest.len() >= 4)?;
            let mut owners = self.drafts.iter().enumerate().filter(|(_, d)| {
                d.person
                    && d.lower.contains(' ')
                    && d.lower
                        .rsplit(' ')
                        .next()
                        .is_some_and(|last| last.replace('-', "") == family)
            });
            match (owners.next(), owners.next()) {
                (Some((i, _)), None) => Some(i),
                _ => None,
            }
        };
        if let Some(i) = handle() {
            self.by_key.insert(key, i);
            self.mention(i, np.surface);
            return i;
        }
        // A capital speaks for its state ("Moscow said" is Russia, before or after "Russia
        // said"); the party takes the state's name. A dateline in capitals ("MOSCOW -") is no
        // such mention.
        if !is_all_caps(np.surface) {
            if let Some(i) = self.capital_or_state(&key) {
                if lexicon::state_of_capital(&key).is_none() {
                    self.drafts[i].name = np.name.clone();
                    self.drafts[i].lower.clone_from(&key);
                }
                self.by_key.insert(key, i);
                self.mention(i, np.surface);
                return i;
            }
        }
        let words = key.split_whitespace().count();
        // "The Joint Command" after "the Joint Command of the Armed Forces": a body's name
        // cut before its "of" phrase, when only one body met so far reads so.
        if words >= 2 || body {
            let mut cut = self.drafts.iter().enumerate().filter(|(_, d)| {
                !d.person
                    && d.lower.len() > key.len()
                    && d.lower.starts_with(key.as_str())
                    && [" of ", " for ", " on "]
                        .iter()
                        .any(|p| d.lower[key.len()..].starts_with(p))
            });
            if let (Some((i, _)), None) = (cut.next(), cut.next()) {
                self.by_key.insert(key, i);
                self.mention(i, np.surface);
                return i;
            }
        }
        // "the Brotherhood" after "the Sarband Brotherhood": a body named by the end of its
        // name, when only one body met so far ends so.
        // (A paper too: "the Courier" after "The Halvern Courier", whichever way that was
        // read.)
        if lexicon::is_paper_name(&np.name) {
            fn last(name: &str) -> &str {
                name.rsplit(' ').next().unwrap_or("")
            }
            let mut same = self.drafts.iter().enumerate().filter(|(_, d)| {
                d.name.contains(' ')
                    && lexicon::is_paper_name(&d.name)
                    && last(&d.name).eq_ignore_ascii_case(last(&np.name))
            });
            if let (Some((i, _)), None) = (same.next(), same.next()) {
                self.by_key.insert(key, i);
                self.mention(i, np.surface);
                return i;
            }
        }
        if body {
            // (Or the end of its name before its field: "the Centre" after "the Victoria
            // Damulak Centre for Peace".)
            let ends_with_key = |name: &str| {
                name.len() > key.len() + 1
                    && name.ends_with(key.as_str())
                    && name.as_bytes()[name.len() - key.len() - 1] == b' '
            };
            let mut tail = self.drafts.iter().enumerate().filter(|(_, d)| {
                !d.person
                    && (ends_with_key(&d.lower)
                        || before_field(&d.lower).is_some_and(ends_with_key))
            });
            if let (Some((i, _)), None) = (tail.next(), tail.next()) {
                self.by_key.insert(key, i);
                self.mention(i, np.surface);
                return i;
            }
            // "the High Commission" after "A spokesperson for the Kestrian High Commission":
            // the body a spokesperson's description named, when no body so named was met.
            let names_body = |x: &str| {
                // (A shortened name only: the full name is a body of its own.)
                x.split_once(" for ").is_some_and(|(_, org)| {
                    let org = org.to_lowercase();
                    let org = org.strip_prefix("the ").unwrap_or(&org);
                    org.len() > key.len() + 1
                        && org.ends_with(key.as_str())
                        && org.as_bytes()[org.len() - key.len() - 1] == b' '
                })
            };
            let mut spoken_for = self.drafts.iter().enumerate().filter(|(_, d)| {
                d.kind == PartyKind::Descriptive && d.mentions.iter().any(|x| names_body(x))
            });
            if let (Some((i, _)), None) = (spoken_for.next(), spoken_for.next()) {
                self.by_key.insert(key, i);
                self.mention(i, np.surface);
                return i;
            }
        }
        // "Malik Mandokhel" after "Malik Gul Rehman Mandokhel", "Haji Muhammad" after "Haji
        // Noor Muhammad": an honorific or first name with the family name, its middle names
        // left out, is the one person met so far named with both ends.
        if !body {
            if let Some((first, last)) = key.split_once(' ').filter(|(_, l)| !l.contains(' ')) {
                let mut same = self
                    .by_surname
                    .get(last)
                    .into_iter()
                    .flatten()
                    .filter(|&&i| {
                        let d = &self.drafts[i];
                        d.kind == PartyKind::Person
                            && d.lower.split(' ').count() >= 3
                            && d.lower.starts_with(first)
                            && d.lower.as_bytes().get(first.len()) == Some(&b' ')
                            && d.lower.ends_with(last)
                    });
                if let (Some(&i), None) = (same.next(), same.next()) {
                    self.by_key.insert(key, i);
                    self.mention(i, np.surface);
                    return i;
                }
            }
        }
        let surname = key.split_whitespace().next_back().unwrap_or_default();
        if !body {
            // "Kerry" after "John Kerry", or "John Kerry" after "Kerry": one person unless the
            // given names disagree.
            // (One who has spoken before one named in passing: "Lopes said" after "Maria Lopes
            // said …, whose husband, Daniel Lopes, …" is Maria.)
            let found = self.by_surname.get(surname).and_then(|cands| {
                let compatible = || {
                    cands
                        .iter()
                        .rev()
                        .copied()
                        .filter(|&c| suffix_compatible(&key, &self.drafts[c].lower))
                };
                compatible()
                    .find(|&c| self.drafts[c].spoke)
                    .or_else(|| compatible().next())
            });
            // "Quispe" after "Marta Elena Quispe Salazar": the first of two family names,
            // when one person met so far has it.
            let found = found.or_else(|| {
                let cands = self.by_paternal.get(key.as_str()).filter(|_| words == 1)?;
                (cands.len() == 1).then(|| cands[0])
            });
            // "Liu" after "Liu Jianguo": a name whose family name comes first, or a given
            // name; only when one titled person met so far has it first.
            let found = found.or_else(|| {
                let cands = self.by_first.get(key.as_str()).filter(|_| words == 1)?;
                (cands.len() == 1).then(|| cands[0])
            });
            // A given name standing alone refers to one untitled person named in full:
            // "Lena" after "Lena Petrov" when the text has named another Petrov (a writer who
            // cannot tell family members apart by surname uses given names); "Yoshiko" after
            // "Yoshiko Higa", whom a "she" already confirmed a person (an untitled pair of
            // capitalized words may be a misread place: "the Serra do Tapiri Indigenous
            // territory"); "Kim" after "Kim Dae-hyun", whose hyphenated given name puts the
            // family name first.
            let found = found.or_else(|| {
                let bare = words == 1
                    && np.surface == np.name
                    && lexicon::pronoun(&key).is_none()
                    && lexicon::props(&key).flags == 0
                    && !self.by_first.contains_key(&key);
                let cands = self.by_given.get(key.as_str()).filter(|_| bare)?;
                let c = *cands.first().filter(|_| cands.len() == 1)?;
                let family = self.drafts[c].lower.split_whitespace().next_back()?;
                let shared = self.by_surname.get(family).map_or(0, Vec::len) > 1;
                let d = &self.drafts[c];
                let family_first = family.contains('-');
                (shared || d.gender != 0 || family_first).then_some(c)
            });
            if let Some(i) = found {
                if words > self.drafts[i].lower.split_whitespace().count() {
                    self.drafts[i].name = np.name.clone();
                    self.drafts[i].lower.clone_from(&key);
                    // "Barrow orders troops out" in a headline read the bare word as a
                    // body; "Defence Secretary Graham Barrow" shows it is a person.
                    // (Titled only: "ConflictWatch Sarvan" after the state "Sarvan" is a
                    // misread monitor, not a person.)
                    let d = &mut self.drafts[i];
                    let prefix = np.surface.strip_suffix(np.name.as_ref()).unwrap_or("");
                    let titled = prefix
                        .split_whitespace()
                        .chain(np.head.as_deref().unwrap_or("").split_whitespace())
                        .any(|w| lexicon::props(w).flags & flag::TITLE != 0);
                    // (Or by a known given name: "Helen Ashcombe" after a headline's
                    // "Ashcombe insists …".)
                    let given = np
                        .name
                        .split_whitespace()
                        .next()
                        .is_some_and(|g| lexicon::given_name_gender(g) != 0);
                    if d.kind == PartyKind::Body && words > 1 && (titled || given) {
                        d.kind = PartyKind::Person;
                        d.person = true;
                        d.gender = person_gender(np.surface, &np.name);
                    }
                }
                self.by_key.insert(key, i);
                self.mention(i, np.surface);
                return i;
            }
        }
        // A speaker first named by one bare word ("Kampura welcomed …") is a state or body:
        // news text introduces people by full name or title.
        // (Not a name given with an age, marked by an empty head: "Marta, 34,", nor one
        // after a person's title: "Mr Hartigan", "Colonel Hartigan".)
        let titled_person = np.head.as_deref().is_some_and(|h| {
            h.is_empty()
                || h.split_whitespace()
                    .next_back()
                    .is_some_and(|w| lexicon::is_honorific(w) || lexicon::is_rank(w))
        });
        let body = body
            || (words == 1
                && np.surface == np.name
                && !titled_person
                && np.pos > 0
                && !np.name.contains('-'));
        let mut heads = String::with_capacity(key.len() + 1);
        for w in key.split_whitespace() {
            heads.push_str(w);
            heads.push('\n');
            // "the presidential palace" after "the Palacio del Alba": a body named in its
            // own language answers to the English noun.
            if let Some(english) = body.then(|| lexicon::english_body_noun(w)).flatten() {
                heads.push_str(english);
                heads.push('\n');
            }
        }
        // Title words are heads too: "the minister" may refer to "Minister X Y", "the
        // general" to "Lt. Gen. X Y", "the sheikh" to a mention "Sheikh X Y".
        let titled = np.surface != np.name || np.head.is_some();
        let titles = if np.surface != np.name {
            np.surface
        } else {
            ""
        };
        for w in titles
            .split_whitespace()
            .chain(np.head.as_deref().unwrap_or("").split_whitespace())
        {
            push_title_heads(&mut heads, w);
        }
        let surname = surname.to_string();
        // "Defence Minister IRENA VOSKUIJL": a newsletter's first mention in capitals names
        // the person "Irena Voskuijl" (see `analyze`: only a person's name gets here).
        let name = if !body && words > 1 && is_all_caps(&np.name) {
            Cow::Owned(lexicon::capitalized(&np.name))
        } else {
            np.name.clone()
        };
        let i = self.push(Draft {
            name,
            mentions: vec![Cow::Borrowed(np.surface)],
            kind: if body {
                PartyKind::Body
            } else {
                PartyKind::Person
            },
            person: !body,
            gender: if body {
                0
            } else {
                person_gender(np.surface, &np.name)
            },
            heads,
            descriptors: Vec::new(),
            indefinite: false,
            plural: false,
            lower: key.clone(),
            pos: np.pos,
            spoke: false,
            by_spokesperson: false,
            voiced: false,
        });
        // Only a person introduced with a title surely is one ("Senior Colonel Liu
        // Jianguo"), not a misread place ("the Serra do Tapiri Indigenous territory").
        // An untitled two-word name is kept apart, for a given name standing alone.
        if !body && words > 1 {
            let by = match (titled, words) {
                (true, _) => Some(&mut self.by_first),
                (false, 2) => Some(&mut self.by_given),
                _ => None,
            };
            if let (Some(by), Some(first)) = (by, key.split_whitespace().next()) {
                index_under(by, first, i);
            }
        }
        if !body && words >= 3 {
            let paternal = key.split_whitespace().nth_back(1).filter(|w| {
                w.len() > 3 && !matches!(*w, "de" | "del" | "da" | "dos" | "van" | "von" | "bin")
            });
            if let Some(p) = paternal {
                index_under(&mut self.by_paternal, p, i);
            }
        }
        // "Sabri" after "Khalid al-Sabri": the family name without its article too.
        if !body && words >= 2 {
            if let Some(bare) = without_article(&surname).filter(|b| b.len() > 2) {
                index_under(&mut self.by_surname, bare, i);
            }
        }
        self.by_key.insert(key, i);
        self.by_surname.entry(surname).or_default().push(i);
        self.touch(i);
        i
    }

    /// Notes a mention that is not a speaker: a full name creates a draft (dropped unless
    /// quoted later), a bare surname only refreshes a known party, so pronouns find the
    /// person the text last talked about.
    pub(crate) fn note(&mut self, np: &Np<'t>) {
        match &np.kind {
            NpKind::Named { .. } if !np.name.contains(' ') => {
                let key = self.take_key(&np.name);
                let known = self.by_key.get(key.as_str()).copied().or_else(|| {
                    self.by_surname
                        .get(key.as_str())
                        .and_then(|v| v.last().copied())
                        .or_else(|| {
                            let v = self.by_first.get(key.as_str())?;
                            (v.len() == 1).then(|| v[0])
                        })
                });
                self.key = key;
                if let Some(i) = known {
                    self.touch(i);
                }
            }
            NpKind::Pronoun(_) => {}
            _ => {
                let _ = self.add(np);
            }
        }
    }

    fn resolve(&self, ok: impl Fn(&Draft) -> bool) -> Option<usize> {
        self.recent
            .iter()
            .rev()
            .copied()
            .find(|&i| ok(&self.drafts[i]))
    }

    /// Merges an indefinite description that names an organization ("a member from the
    /// European parliament") into the one named person described with that organization
    /// ("Mario Borghezio of … in the European Parliament"): a lede often summarizes a
    /// speaker before naming them. Returns a map old index → new index.
    pub(crate) fn merge_indefinite_members(&self) -> Vec<usize> {
        let mut map: Vec<usize> = (0..self.drafts.len()).collect();
        // Lowercase mentions and descriptors of persons, built once and only when needed.
        let mut lower: Option<Vec<Vec<String>>> = None;
        for (i, d) in self.drafts.iter().enumerate() {
            if !d.indefinite {
                continue;
            }
            let Some(org) = org_phrase(&d.name) else {
                continue;
            };
            let org = org.to_lowercase();
            let lower = lower.get_or_insert_with(|| {
                self.drafts
                    .iter()
                    .map(|o| {
                        if o.kind != PartyKind::Person {
                            return Vec::new();
                        }
                        o.mentions
                            .iter()
                            .map(|m| m.as_ref())
                            .chain(o.descriptors.iter().copied())
                            .map(|m| m.to_lowercase())
                            .collect()
                    })
                    .collect()
            });
            let cands: Vec<usize> = (0..self.drafts.len())
                .filter(|&j| j != i && lower[j].iter().any(|m| m.contains(&org)))
                .collect();
            if cands.len() == 1 {
                map[i] = cands[0];
            }
        }
        map
    }

    /// Merges a definite description that spoke before its person was named ("The
    /// Opposition's defence spokesman has called the timetable reckless", later "the
    /// Opposition's defence spokesman, Graham Pettit, put his objection bluntly") into that
    /// person: the text sets the name in apposition after one of its mentions. Updates
    /// `map` (old index → new index).
    pub(crate) fn merge_named_descriptions(&self, text: &str, map: &mut [usize]) {
        // The names relative clauses give (", who gave his name only as Abu Hamza,"), by
        // where the clause's comma stands: found once, and most texts have none.
        let relative_names: Vec<(usize, &str)> =
            memchr::memmem::find_iter(text.as_bytes(), ", who ")
                .filter_map(|at| named_by_relative(&text[at..]).map(|name| (at, name)))
                .collect();
        // The person party other than `i` that `name` is the key of.
        let other_person = |name: &str, i: usize| {
            let mut key = String::with_capacity(name.len());
            push_lower(&mut key, name);
            self.by_key
                .get(key.as_str())
                .copied()
                .filter(|&j| j != i && self.drafts[j].kind == PartyKind::Person)
        };
        // Where the text sets a name in apposition, found once and only if needed.
        let appositions = std::cell::OnceCell::new();
        for (i, d) in self.drafts.iter().enumerate() {
            if !d.person || !d.lower.is_empty() || map[i] != i {
                continue;
            }
            // (A possessor makes it definite too: "Poland's deputy defence minister says …"
            // in a standfirst, then "Poland's deputy defence minister, Paweł Wójcik,".)
            let definite = d
                .name
                .split(' ')
                .next()
                .is_some_and(|w| w.eq_ignore_ascii_case("the") || lexicon::is_possessive(w));
            if d.name.split(' ').count() < 2 {
                continue;
            }
            // A name set in apposition is the description's only after "the"; one the
            // relative clause gives is, whatever the article ("A spokesman for the group,
            // who gave his name only as Abu Hamza, told AFP").
            let apposition = definite && !d.indefinite;
            // "A spokesman for the Free Highlands Movement … told AFP", then "said the
            // spokesman, Arvid Kolnar": the one person later named after the definite head is
            // the same, unless another party has that head too.
            if d.indefinite {
                if let Some(j) = self.named_by_definite_head(text, i, &appositions) {
                    map[i] = map[j];
                    continue;
                }
            }
            if !apposition && relative_names.is_empty() {
                continue;
            }
            let mut named: Option<usize> = None;
            let mut conflict = false;
            for m in d.mentions.iter() {
                for &(at, name) in &relative_names {
                    if !text[..at].ends_with(m.as_ref()) {
                        continue;
                    }
                    // (Known by the name without its title too: "Commander Iskander" is the
                    // party "Iskander".)
                    let person = name.match_indices(' ').map(|(k, _)| k + 1);
                    let person = std::iter::once(0)
                        .chain(person)
                        .find_map(|k| other_person(&name[k..], i));
                    if let Some(j) = person {
                        conflict |= named.is_some_and(|n| n != j);
                        named = Some(j);
                    }
                }
                if !apposition || !m.contains(' ') {
                    continue;
                }
                // (The text's last word before an apposition is the mention's last word.)
                let last = m.rsplit(' ').next().unwrap_or_default();
                let appositions = appositions.get_or_init(|| apposition_index(text));
                for &(end, name) in appositions.get(last).into_iter().flatten() {
                    if !text[..end].ends_with(m.as_ref()) {
                        continue;
                    }
                    if let Some(j) = other_person(name, i) {
                        // (Two people under one description: neither.)
                        conflict |= named.is_some_and(|n| n != j);
                        named = Some(j);
                    }
                }
            }
            if let Some(j) = named.filter(|_| !conflict) {
                map[i] = map[j];
            }
        }
    }

    /// For an indefinite description (party `i`, "a spokesman for the group"), the one
    /// person named after the same head with "the" later in `text` ("the spokesman, Arvid
    /// Kolnar"), when no other party has that head.
    fn named_by_definite_head<'s>(
        &self,
        text: &'s str,
        i: usize,
        appositions: &std::cell::OnceCell<HashMap<&'s str, Vec<(usize, &'s str)>>>,
    ) -> Option<usize> {
        let d = &self.drafts[i];
        let head = phrase_head(&d.name)?;
        let mut lower = String::new();
        push_lower(&mut lower, head);
        let shared = self.drafts.iter().enumerate().any(|(k, o)| {
            k != i && o.person && o.lower.is_empty() && o.heads().any(|h| h == lower)
        });
        if shared {
            return None;
        }
        let appositions = appositions.get_or_init(|| apposition_index(text));
        let mut named = None;
        for &(end, name) in appositions.get(head).into_iter().flatten() {
            let Some(before) = text[..end].strip_suffix(head) else {
                continue;
            };
            if end <= d.pos || !(before.ends_with("the ") || before.ends_with("The ")) {
                continue;
            }
            let mut key = String::with_capacity(name.len());
            push_lower(&mut key, name);
            let j = self
                .by_key
                .get(key.as_str())
                .copied()
                .filter(|&j| j != i && self.drafts[j].kind == PartyKind::Person)?;
            if named.is_some_and(|n| n != j) {
                return None;
            }
            named = Some(j);
        }
        named
    }

    /// Merges a bare title in a heading ("Governor says move premature" under a headline,
    /// "1. The senator" over a fact check) into the one named person the text later gives
    /// that title.
    pub(crate) fn merge_bare_titles(&self, text: &str, map: &mut [usize]) {
        // A heading: its line ends without a sentence's closing punctuation.
        let heading = |pos: usize| {
            let end = text[pos..].find('\n').map_or(text.len(), |k| pos + k);
            // (A closing quote ends a sentence only after its own stop: `."`.)
            !text[..end]
                .trim_end()
                .trim_end_matches(['"', '”', '’', '\''])
                .ends_with(['.', '!', '?', ':', ','])
        };
        for (i, d) in self.drafts.iter().enumerate() {
            if !d.person || !d.lower.is_empty() || d.indefinite || map[i] != i {
                continue;
            }
            let mut words: Vec<&str> = d.name.split(' ').collect();
            let the = words[0].eq_ignore_ascii_case("the");
            if the {
                words.remove(0);
            }
            // "Defence minister says …" over a story, "The defense minister insists …" in
            // its standfirst: a title with its field ("defence") is specific enough to name
            // the one person later given both words, in a heading or before that person is
            // named; a bare "the minister" only in a heading.
            let Some((head, modifiers)) = words.split_last() else {
                continue;
            };
            let plain = |w: &&str| w.chars().all(char::is_alphabetic);
            if modifiers.len() > 2 || !modifiers.iter().all(plain) {
                continue;
            }
            if !the && modifiers.is_empty() && !head.starts_with(|c: char| c.is_uppercase()) {
                continue;
            }
            let in_heading = heading(d.pos);
            // "…, the Tánaiste has confirmed." before "Tánaiste and Minister for Defence
            // Declan Furlong told the Dáil …": an office capitalized as one of a kind names
            // the one person later given the title.
            let capital_office =
                the && modifiers.is_empty() && head.starts_with(|c: char| c.is_uppercase());
            if !in_heading && modifiers.is_empty() && !capital_office {
                continue;
            }
            let mut lower = String::new();
            push_lower(&mut lower, head);
            let mut titled = self.drafts.iter().enumerate().filter(|&(j, o)| {
                j != i
                    && o.person
                    && !o.lower.is_empty()
                    && (in_heading || d.pos < o.pos)
                    && (o.heads().any(|h| h == lower) || (capital_office && o.said_word(head)))
                    // ("the local mayor": "local" tells no mayor from another.)
                    && modifiers
                        .iter()
                        .all(|m| o.said_word(m) || m.eq_ignore_ascii_case("local"))
            });
            if let (Some((j, _)), None) = (titled.next(), titled.next()) {
                map[i] = map[j];
            }
        }
    }
}

/// Files party `i` under `word` in a name index, once.
fn index_under(by: &mut HashMap<String, Vec<usize>, lexicon::Fast>, word: &str, i: usize) {
    let v = by.entry(word.to_string()).or_default();
    if !v.contains(&i) {
        v.push(i);
    }
}

/// A description's determiner-less core up to its head: "a date farmer whose family …" →
/// "date farmer". `None` when the head is not found or nothing precedes it but a possessor.
fn core_of(name: &str, head: Option<&str>) -> Option<String> {
    let head = head?;
    let mut words = name.split(' ');
    let first = words.next()?;
    if !matches!(first.to_ascii_lowercase().as_str(), "a" | "an" | "the") {
        return None;
    }
    let mut out: Vec<&str> = Vec::new();
    for w in words {
        out.push(w);
        let l = w.to_lowercase();
        if l.trim_end_matches("'s") == head {
            return Some(out.join(" "));
        }
    }
    None
}

/// Whether `adj` is the adjective of the place `name`: "Bravnian" / "Bravnia", "German" /
/// "Germany", "Kampuran" / "Kampura".
fn is_demonym(adj: &str, name: &str) -> bool {
    let stem = name.trim_end_matches(['a', 'e', 'o', 'y']);
    if stem.chars().count() < 3 || adj.len() <= stem.len() || !adj.starts_with(stem) {
        return adj == name.trim_end_matches('y') && name.ends_with('y');
    }
    let rest = &adj[stem.len()..];
    matches!(
        rest,
        "n" | "an" | "ian" | "ese" | "i" | "ish" | "ic" | "ean" | "ine"
    )
}

/// A noun that stands for any organization ("the group"), singular without its "s".
fn is_org_category(head: &str) -> bool {
    // ("The Economic Freedom Fighters (EFF) was scathing. In a statement, the party said".)
    matches!(
        head,
        "group" | "organisation" | "organization" | "bloc" | "party" | "movement"
    )
}

/// `np`, a name ending before token `e`, read as a body's when a [`group_appositive`] follows
/// it ("Katibat al-Sahra, the armed group …"); other phrases as they are.
pub(crate) fn body_by_appositive<'t>(mut np: Np<'t>, text: &str, toks: &[Tok], e: usize) -> Np<'t> {
    if matches!(np.kind, NpKind::Named { .. }) && group_appositive(text, toks, e) {
        np.kind = NpKind::Named { body: true };
    }
    np
}

/// Whether "he"/"she" of gender `g` (0: unknown) may refer to `d`: one person of no other
/// gender.
fn fits_person_pronoun(d: &Draft, g: u8) -> bool {
    (d.person || d.voiced) && !d.plural && (g == 0 || d.gender == 0 || d.gender == g)
}

/// The head noun of a description's first noun phrase, the last word before a preposition
/// or relative ("adviser" in "a longtime adviser to the president", "executive" in "the
/// chief executive of Arden Mining"); none when that word is no word ("aged 60").
fn phrase_head(phrase: &str) -> Option<&str> {
    let head = phrase
        .split(' ')
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .take_while(|w| {
            !lexicon::with_lower(w, |l| {
                lexicon::props(l).flags & flag::PREP != 0 || matches!(l, "who" | "which" | "that")
            })
        })
        .filter(|w| !w.is_empty())
        .last()?;
    (head.starts_with(char::is_alphabetic)
        && !lexicon::is_determiner(head)
        && !lexicon::is_possessive(head))
    .then_some(head)
}

/// A title word as heads a later "the minister", "the general" refers back by: the word
/// lowercased, its full form ("Gen." → "general") and the titles it also answers to.
fn push_title_heads(heads: &mut String, w: &str) {
    push_lower(heads, w);
    heads.push('\n');
    if let Some(full) = lexicon::title_in_full(w) {
        heads.push_str(full);
        heads.push('\n');
    }
    for also in lexicon::title_also(w) {
        heads.push_str(also);
        heads.push('\n');
    }
}

/// A noun for a kind of organization ("the armed group", "an Islamist movement").
fn is_group_noun(word: &str) -> bool {
    matches!(
        word,
        "group"
            | "movement"
            | "militia"
            | "faction"
            | "organisation"
            | "organization"
            | "alliance"
            | "coalition"
            | "network"
            | "insurgency"
    )
}

/// Whether the name starting at token `s` follows a lowercase noun for a kind of
/// organization: "the aid group Médecins du Désert", "the charity Help Now", "the nationalist
/// party Rassemblement Civique". A name of unknown capitalized words otherwise reads as a
/// person's, and a later "she said" would go to it.
pub(crate) fn after_group_noun(text: &str, toks: &[Tok], s: usize) -> bool {
    s > 0
        && toks[s - 1].is_word()
        && !toks[s - 1].has(flag::CAP)
        && (is_group_noun(toks[s - 1].text(text))
            || matches!(
                toks[s - 1].text(text),
                "charity" | "party" | "union" | "association" | "foundation" | "federation" | "ngo"
            ))
}

/// Whether the tokens from `e` are an appositive whose head is a kind of organization:
/// "Katibat al-Sahra, the armed group most active in the region, …", "Harakat al-Tahrir, an
/// Islamist movement". It makes the name before it a body's whatever its words (a name of
/// two unknown capitalized words otherwise reads as a person's), so "the group" can refer to
/// it. "a militia commander" and "a spokesman for the group" describe persons.
pub(crate) fn group_appositive(text: &str, toks: &[Tok], e: usize) -> bool {
    let word = |i: usize| toks[i].text(text);
    if !(e + 2 < toks.len() && word(e) == "," && matches!(word(e + 1), "the" | "a" | "an")) {
        return false;
    }
    for k in e + 2..(e + 6).min(toks.len()) {
        // "a spokesman for the group" is a person's description.
        if !toks[k].is_word() || toks[k].has(flag::PREP | flag::PERSON | flag::TITLE) {
            return false;
        }
        // (A paper too: "El Correo de Valdoro, the largest daily in the host country,"
        // speaks in its editorials.)
        let head = is_group_noun(word(k)) || lexicon::is_newspaper_noun(word(k));
        if head {
            return !toks
                .get(k + 1)
                .is_some_and(|t| t.is_word() && t.has(flag::PERSON | flag::TITLE | flag::ORG));
        }
    }
    false
}

/// "An armed group active around Tinzar, Harakat Ahl al-Sahra, claimed …": a sentence that
/// opens on a group described, then names it set off by commas. `a` is the name's first
/// token in the sentence `toks`.
pub(crate) fn group_before(text: &str, toks: &[Tok], a: usize) -> bool {
    let word = |i: usize| toks[i].text(text);
    if !(a >= 3 && word(a - 1) == "," && matches!(word(0), "A" | "An" | "The")) {
        return false;
    }
    // One description up to the comma: no other comma, quote or verb of its own before it.
    if (1..a - 1).any(|k| !toks[k].is_word() && !word(k).starts_with('-')) {
        return false;
    }
    (1..(a - 1).min(5))
        .take_while(|&k| !toks[k].has(flag::PREP | flag::PERSON | flag::TITLE))
        .any(|k| is_group_noun(word(k)))
}

/// "Sen. Dale Whitacre (R-Okla.)": a US party-and-state tag ("R-Okla", "D-N.M."), not a name.
fn is_party_tag(word: &str) -> bool {
    word.split_once('-').is_some_and(|(p, state)| {
        matches!(p, "D" | "R" | "I") && state.starts_with(|c: char| c.is_ascii_uppercase())
    })
}

/// The acronym a phrase ends on in parentheses ("… Observatory (OCDH)" or, cut at the
/// closing mark, "… Observatory (OCDH"): two to eight capital letters.
fn parenthesized_acronym(surface: &str) -> Option<&str> {
    let (before, after) = surface.rsplit_once(" (")?;
    let short = after.strip_suffix(')').unwrap_or(after);
    (!before.is_empty() && lexicon::is_initials(short)).then_some(short)
}

/// Initials in brackets inside a name that they spell up to the bracket ("the Inter Services
/// Public Relations (ISPR) Directorate").
fn bracketed_initials(surface: &str) -> Option<&str> {
    let (before, after) = surface.split_once(" (")?;
    let (short, rest) = after.split_once(')')?;
    let ok = !rest.trim().is_empty() && lexicon::is_initials(short);
    let words: Vec<&str> = before.split(' ').collect();
    // The initials spell the words right before the bracket, past any determiner.
    let spelled = (0..words.len()).any(|k| spells_initials(short, &words[k..].join(" ")));
    (ok && spelled).then_some(short)
}

/// Whether `short` ("ISPR") is the initials of `name`'s words ("Inter-Services Public
/// Relations"), hyphenated parts counted apart and small words ("of", "the") skipped or not.
pub(crate) fn spells_initials(short: &str, name: &str) -> bool {
    let words: Vec<&str> = name.split([' ', '-']).filter(|w| !w.is_empty()).collect();
    let initials = |skip_small: bool| -> String {
        words
            .iter()
            .filter(|w| !(skip_small && w.starts_with(|c: char| c.is_lowercase())))
            .filter_map(|w| w.chars().next())
            .flat_map(char::to_uppercase)
            .collect()
    };
    short.len() >= 2 && (initials(true) == short || initials(false) == short)
}

/// Whether a handle (lowercase, no underscores) is all of a name's words run together, each
/// in full or by its initial, one in full at least: "velstadmod" for "velstad's ministry of
/// defence", "taldring" for "tomas aldring".
fn spells_handle(handle: &str, lower_name: &str) -> bool {
    fn spells(handle: &str, words: &[&str], full: bool) -> bool {
        let Some((w, rest)) = words.split_first() else {
            return handle.is_empty() && full;
        };
        let initial = w.chars().next().map_or(0, char::len_utf8);
        (handle.starts_with(w) && spells(&handle[w.len()..], rest, true))
            || (initial > 0
                && handle.starts_with(&w[..initial])
                && spells(&handle[initial..], rest, full))
    }
    let words: Vec<&str> = lower_name
        .split([' ', '-'])
        .map(|w| lexicon::strip_possessive(w).unwrap_or(w))
        .filter(|w| !w.is_empty())
        .collect();
    words.len() >= 2 && words.len() <= 8 && spells(handle, &words, false)
}

/// A ministry's or department's lowercase name with its words in the other order:
/// "ministry of defence" ↔ "defence ministry", "department of defense" ↔ "defense
/// department" (one or two words of field).
fn inverted_office(key: &str) -> Option<String> {
    let key = key.strip_prefix("the ").unwrap_or(key);
    for head in ["ministry", "department"] {
        if let Some(field) = key
            .strip_prefix(head)
            .and_then(|r| r.strip_prefix(" of "))
            .map(|f| f.strip_prefix("the ").unwrap_or(f))
        {
            let words = field.split(' ').count();
            return (words <= 2 && !field.contains(" of ")).then(|| format!("{field} {head}"));
        }
        if let Some(field) = key.strip_suffix(head).and_then(|f| f.strip_suffix(' ')) {
            let words = field.split(' ').count();
            return (words <= 2 && !field.contains('\'') && !field.contains('’'))
                .then(|| format!("{head} of {field}"));
        }
    }
    None
}

/// One name's words are a suffix of the other's ("kerry" / "john kerry").
/// (A family name's Arabic article may be left out: "sabri" / "khalid al-sabri".)
/// (A nickname in quote marks is the given name used, or is left out: "buck pruett" and
/// "harold pruett" / "harold \"buck\" pruett".)
pub(crate) fn suffix_compatible(a: &str, b: &str) -> bool {
    const MARKS: &[char] = &['"', '“', '”', '\'', '‘', '’'];
    let quoted = |w: &str| w.len() > 2 && w.starts_with(MARKS) && w.ends_with(MARKS);
    let same = |x: &str, y: &str| {
        let (x, y) = (x.trim_matches(MARKS), y.trim_matches(MARKS));
        x == y || without_article(x).unwrap_or(x) == without_article(y).unwrap_or(y)
    };
    let with_nicknames = a
        .split_whitespace()
        .rev()
        .zip(b.split_whitespace().rev())
        .all(|(x, y)| same(x, y));
    with_nicknames || {
        let words = |s| str::split_whitespace(s).filter(|w| !quoted(w)).rev();
        (a.contains(MARKS) || b.contains(MARKS)) && words(a).zip(words(b)).all(|(x, y)| same(x, y))
    }
}

/// Where a person's name starts inside the run of capitalized words `s..e` that follows a
/// role's preposition: "former ambassador to Dravonia Anders Koll" (the run "Dravonia Anders
/// Koll"), at the first known given name after the run's first word.
fn name_after_place(text: &str, toks: &[Tok], s: usize, e: usize) -> Option<usize> {
    if s < 2
        || !matches!(toks[s - 1].text(text), "to" | "of" | "in" | "for")
        || !toks[s - 2].has(flag::TITLE | flag::PERSON)
    {
        return None;
    }
    (s + 1..e.saturating_sub(1)).find(|&k| lexicon::given_name_gender(toks[k].text(text)) > 0)
}

/// A lowercase body name's words before its first " of " or " for " ("victoria damulak
/// centre" of "victoria damulak centre for peace").
fn before_field(lower: &str) -> Option<&str> {
    let find = |field: &[u8]| memchr::memmem::find(lower.as_bytes(), field);
    let at = match (find(b" of "), find(b" for ")) {
        (Some(of), Some(fr)) => of.min(fr),
        (of, fr) => of.or(fr)?,
    };
    (at > 0).then(|| &lower[..at])
}

/// A lowercased name word without the Arabic article it opens with ("al-sabri" → "sabri").
fn without_article(word: &str) -> Option<&str> {
    word.strip_prefix("al-")
        .or_else(|| word.strip_prefix("el-"))
}

/// "a member from the European parliament" → "European parliament" (must hold a capital).
fn org_phrase(name: &str) -> Option<&str> {
    for prep in [
        " from the ",
        " of the ",
        " in the ",
        " at the ",
        " from ",
        " of ",
        " in ",
        " at ",
    ] {
        if let Some(p) = name.find(prep) {
            let org = name[p + prep.len()..].trim();
            if org.chars().any(|c| c.is_uppercase()) {
                return Some(org);
            }
        }
    }
    None
}

/// The name a relative clause right after a description gives its person (", who gave his
/// name only as Abu Hamza,", ", who asked to be identified only as Commander Iskander,",
/// ", who goes by the call sign Kobzar,"): one to four capitalized words.
fn named_by_relative(rest: &str) -> Option<&str> {
    let rest = rest.strip_prefix(", who ")?;
    let end = rest.find([',', '.', ';', ':', '\n']).unwrap_or(rest.len());
    let clause = &rest[..end];
    // ", who asked that only her first name, Leyla, be used", ", who gave only his first
    // name, Tomas,": the name set off after "first name".
    if clause.ends_with(" first name") || clause.ends_with(" first name only") {
        let after = rest[end..].strip_prefix(", ")?;
        let name = &after[..after.find([',', '.', ';', ')']).unwrap_or(after.len())];
        return (1..=3).contains(&capitalized_words(name)).then_some(name);
    }
    let name = [
        " name only as ",
        " name as ",
        " identified only as ",
        " identified as ",
        " call sign ",
        " nom de guerre ",
        " himself only as ",
        " herself only as ",
        " himself as ",
        " herself as ",
    ]
    .iter()
    .find_map(|cue| clause.find(cue).map(|k| &clause[k + cue.len()..]))?;
    (1..=4).contains(&capitalized_words(name)).then_some(name)
}

/// How many words `name` has when every one is capitalized; 0 otherwise.
/// The names a text sets in apposition (", Graham Pettit," after a description: two to four
/// capitalized words), each with where the words before it end, keyed by the last of those
/// words. The words before may close with a bracketed acronym, which is skipped: "the
/// leader of the Unified Peasant Federation of the North (FECUNOR), Teodoro Ccama Huanca".
/// One pass over the text, so a long text is not searched once per description.
fn apposition_index(text: &str) -> HashMap<&str, Vec<(usize, &str)>> {
    let b = text.as_bytes();
    let mut index: HashMap<&str, Vec<(usize, &str)>> = HashMap::new();
    for comma in memchr::memmem::find_iter(b, ", ") {
        let rest = &text[comma + 2..];
        let name = &rest[..rest.find([',', '.', ';', ':', '\n']).unwrap_or(rest.len())];
        if !(2..=4).contains(&capitalized_words(name)) {
            continue;
        }
        // The bracket: " (" then at most twelve bytes with no space and no ')'.
        let bracketed = (b[..comma].last() == Some(&b')'))
            .then(|| {
                let close = comma - 1;
                let open = memchr::memrchr(b'(', &b[close.saturating_sub(13)..close])?
                    + close.saturating_sub(13);
                let inner = &b[open + 1..close];
                (open >= 1
                    && b[open - 1] == b' '
                    && inner.len() <= 12
                    && !inner.contains(&b' ')
                    && !inner.contains(&b')'))
                .then_some(open - 1)
            })
            .flatten();
        for end in std::iter::once(comma).chain(bracketed) {
            let before = &text[..end];
            let last = before.rfind(' ').map_or(before, |k| &before[k + 1..]);
            index.entry(last).or_default().push((end, name));
        }
    }
    index
}

fn capitalized_words(name: &str) -> usize {
    let capitalized = name
        .split(' ')
        .all(|w| w.starts_with(|c: char| c.is_uppercase()));
    if capitalized {
        name.split(' ').count()
    } else {
        0
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::quotes::extract::tokenize;

    fn np(s: &str) -> Option<(String, NpKind)> {
        let mut toks = Vec::new();
        tokenize(s, 0, s.len(), &[], 0, &mut toks);
        analyze(s, &toks, &Media::new(&[])).map(|n| (n.name.into_owned(), n.kind))
    }

    #[test]
    fn names() {
        let table = [
            ("U.S. Secretary of State John Kerry", Some("John Kerry")),
            ("Deputy Defense Minister Nikolai Pankov", Some("Nikolai Pankov")),
            ("Russian President Vladimir Putin's spokesman Dmitry Peskov", Some("Dmitry Peskov")),
            ("United Nations envoy Staffan de Mistura", Some("Staffan de Mistura")),
            ("Mario Borghezio of the Europe of Nations and Freedom (ENF) political group in the European Parliament", Some("Mario Borghezio")),
            ("government spokesman Haidar al-Samarrai", Some("Haidar al-Samarrai")),
            ("Germany’s foreign minister", Some("Germany's foreign minister")),
            ("A commander of the group's armed wing", Some("a commander of the group's armed wing")),
            ("a senior Western diplomat in Baghdad", Some("a senior Western diplomat in Baghdad")),
            ("France", Some("France")),
            ("the commander reportedly", Some("the commander")),
            ("Lt. Gen. Raymond Castell", Some("Raymond Castell")),
            ("Agence France-Presse (AFP)", None),
            ("some countries", None),
            ("reporters", None),
            ("the decision", None),
        ];
        for (s, want) in table {
            assert_eq!(np(s).map(|x| x.0).as_deref(), want, "{s}");
        }
        assert!(matches!(
            np("France").unwrap().1,
            NpKind::Named { body: true }
        ));
        assert!(matches!(
            np("Olga Oliker").unwrap().1,
            NpKind::Named { body: false }
        ));
        assert!(matches!(
            np("she").unwrap().1,
            NpKind::Pronoun(Pronoun::Person)
        ));
    }

    #[test]
    fn merging() {
        let media = Media::new(&[]);
        let mk = |s: &'static str| {
            let mut toks = Vec::new();
            tokenize(s, 0, s.len(), &[], 0, &mut toks);
            analyze(s, &toks, &media).unwrap()
        };
        let mut book = Book::default();
        let kerry = book
            .add(&mk("U.S. Secretary of State John Kerry"))
            .unwrap()
            .0;
        let cmd = book
            .add(&mk("a commander of the Jabhat al-Nusra"))
            .unwrap()
            .0;
        assert_eq!(book.add(&mk("Kerry")).unwrap().0, kerry);
        assert_eq!(book.add(&mk("the commander")).unwrap().0, cmd);
        assert_eq!(book.add(&mk("he")).unwrap().0, cmd);
        assert_eq!(book.add(&mk("Kerry")).unwrap().0, kerry);
        assert_eq!(book.add(&mk("he")).unwrap().0, kerry);
        assert_ne!(book.add(&mk("Jane Kerry")).unwrap().0, kerry);
        assert_eq!(book.drafts[kerry].name, "John Kerry");
        assert_eq!(
            book.drafts[kerry].mentions,
            vec!["U.S. Secretary of State John Kerry", "Kerry"]
        );
    }
}
