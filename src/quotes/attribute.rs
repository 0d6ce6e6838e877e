//! Attribution: who said each quote, with which verb, through which medium, and which rule
//! decided it; plus reported speech without quote marks ("X said that …").
//!
//! Sieves run most precise first, within a sentence: speaker–verb–quote (including colon
//! introductions), quote–verb–speaker and its "said X" inversion, a bare colon; then, across
//! the article: continuation paragraphs of a multi-paragraph quote, and the paragraph's
//! speaker for a quote that stands alone. Pronouns and "the commander" are left as phrases
//! here and resolved to earlier parties in [`super::parties`].

use super::extract::{self, Line, LineRole, RawQuote, Tok, TokKind};
use super::lexicon::{self, flag, Form, Media, VerbClass};
use super::parties::{self, Np, NpKind};
use super::QuoteKind;

/// Who an item's words belong to, before parties are merged.
#[derive(Debug, Clone)]
pub(crate) enum Speaker<'t> {
    Np(Np<'t>),
    /// The same speaker as an earlier (or, for continuations, later) item.
    Inherit(usize),
}

/// A quote or reported statement, before parties are merged.
#[derive(Debug, Clone)]
pub(crate) struct Item<'t> {
    pub start: usize,
    pub end: usize,
    pub kind: QuoteKind,
    pub verb: Option<&'static str>,
    pub via: Option<String>,
    pub context: String,
    pub sieve: &'static str,
    pub speaker: Option<Speaker<'t>>,
    /// Appositive descriptions of the speaker ("a lawmaker from the … Party").
    pub appositives: Vec<&'t str>,
    pub line: usize,
    pub quote: Option<usize>,
    /// Not a statement: a mention of a possible speaker, kept only so that pronouns and
    /// "the commander" can refer back to it.
    pub ghost: bool,
}

const BE: &[&str] = &["is", "was", "were", "are", "be", "been", "being", "am"];
/// Auxiliaries of a finite verb besides "be": one after a clause's subject means its verb has
/// begun.
const FINITE_AUX: &[&str] = &[
    "has", "had", "have", "will", "would", "could", "can", "may", "might", "must", "should",
];
/// Nouns after which a quoted title is a work, not words spoken.
const WORKS: &[&str] = &[
    "book",
    "film",
    "movie",
    "documentary",
    "song",
    "album",
    "novel",
    "article",
    "essay",
    "titled",
    "entitled",
    "headlined",
    "show",
    "series",
    "programme",
    "program",
    "poem",
    "play",
    "op-ed",
    "column",
    "report",
    "study",
    "paper",
    "exhibition",
    "operation",
    "campaign",
    "podcast",
    "memoir",
    "headline",
    "slogan",
    "hashtag",
    "banner",
];

struct Ctx<'a, 'p> {
    text: &'a str,
    quotes: &'a [RawQuote],
    media: &'a Media<'a>,
    /// The article's reporters, lowercase (see `parties::is_press`).
    press: &'p [String],
    toks: Vec<Tok>,
    /// Quotes judged scare quotes or titles: not quotes, and no barrier in a clause.
    dropped: Vec<bool>,
    kinds: Vec<QuoteKind>,
    items: Vec<Item<'a>>,
    quote_item: Vec<Option<usize>>,
    /// The lead phrase of the last sentence `ghosts` saw: (sentence start token, phrase).
    last_lead: Option<(usize, Option<Np<'a>>)>,
    /// The subject of "… said this at a rally" in the current line: whoever spoke the quote
    /// standing alone on the line before.
    said_this: Option<Np<'a>>,
    /// The teller of "Instead she told a story." ending the current line: who speaks a
    /// quote standing alone on the next.
    story_teller: Option<Np<'a>>,
    /// `subject_np` results for the current line: a verb's subject is asked for by the
    /// quote sieves and again by reported speech.
    subjects: std::cell::RefCell<Vec<SubjectMemo<'a>>>,
    /// Buffers reused from line to line: the line's sentences (token ranges), its tokens
    /// already used as a quote's verb, and a sentence's quote tokens.
    sents: Vec<(usize, usize)>,
    used: Vec<bool>,
    qpos: Vec<usize>,
    /// A sentence's name mentions (token ranges).
    mention_spans: Vec<(usize, usize)>,
    /// The person a `Q:`/`A:` interview is with, once looked up.
    interviewee: Option<Option<Np<'a>>>,
    /// Who asks a hearing's dotted questions ("Ms Ortega (Greens) asked …" then "Q. …"):
    /// the person the last body line opened with.
    questioner: Option<Np<'a>>,
    /// The body the current sentence's subject names (`sent_body`) and the previous
    /// sentence's (`prev_body`), for a sentence-initial "It said".
    sent_body: Option<Np<'a>>,
    prev_body: Option<Np<'a>>,
    /// Who issued the statement named last ("President X … has issued a statement."), and
    /// how many body lines ago, for "“…,” the statement read." on the next.
    issuer: Option<(usize, Np<'a>)>,
}

/// A body speaking as such: a named organization or state, or a description of one.
fn is_org_like(np: &Np) -> bool {
    matches!(
        np.kind,
        NpKind::Named { body: true } | NpKind::Descr { person: false, .. }
    )
}

type SubjectMemo<'t> = ((usize, usize), Option<(Np<'t>, Vec<&'t str>)>);

/// Attributes every quote and finds reported speech. Items come out in the order they
/// were made (line by line); the caller sorts them.
pub(crate) fn attribute<'t>(
    text: &'t str,
    lines: &[Line],
    quotes: &'t [RawQuote],
    media: &'t Media<'t>,
    press: &[String],
) -> Vec<Item<'t>> {
    let mut cx = Ctx {
        text,
        quotes,
        media,
        press,
        toks: Vec::new(),
        dropped: vec![false; quotes.len()],
        kinds: vec![QuoteKind::Direct; quotes.len()],
        // Each quote makes an item; names mentioned in passing add about as many again.
        items: Vec::with_capacity(2 * quotes.len() + lines.len() / 2),
        quote_item: vec![None; quotes.len()],
        last_lead: None,
        said_this: None,
        story_teller: None,
        subjects: std::cell::RefCell::new(Vec::new()),
        sents: Vec::new(),
        used: Vec::new(),
        qpos: Vec::new(),
        mention_spans: Vec::new(),
        interviewee: None,
        questioner: None,
        sent_body: None,
        prev_body: None,
        issuer: None,
    };
    // Each line's items are made together, so they are a range of item indices.
    let mut line_items: Vec<std::ops::Range<usize>> = vec![0..0; lines.len()];
    let mut lead_np: Vec<Option<Np<'t>>> = vec![None; lines.len()];
    let mut said_this: Vec<Option<Np<'t>>> = vec![None; lines.len()];
    let mut alone: Vec<bool> = vec![false; lines.len()];
    // Where a `Q:`/`A:` interview begins: its interviewee is named before that.
    let first_turn = lines
        .iter()
        .find(|l| match l.role {
            LineRole::Tag { tag_end, .. } => {
                let tag = text[l.start..tag_end].trim();
                tag == "Q" || extract::is_answer_tag(tag)
            }
            _ => false,
        })
        .map_or(text.len(), |l| l.start);
    let mut qi = 0;
    for (li, line) in lines.iter().enumerate() {
        while qi < quotes.len() && quotes[qi].line < li {
            qi += 1;
        }
        let before = cx.items.len();
        match line.role {
            LineRole::Tag {
                tag_end,
                journalist: false,
            } => cx.tag_line(li, line, tag_end, qi, first_turn),
            LineRole::Tag {
                tag_end,
                journalist: true,
            } => {
                // A journalist's turn: no quote itself, but it may report others' words.
                let turn = Line {
                    start: tag_end + 1,
                    end: line.end,
                    role: LineRole::Body,
                };
                cx.body_line(li, &turn, qi);
            }
            LineRole::Letter { signer, .. } => cx.letter_line(li, signer, qi),
            LineRole::Body | LineRole::Post => {
                let (np, only_quotes) = cx.body_line(li, line, qi);
                // ("He then pressed the minister:" names the member by pronoun, resolved
                // later like any other.)
                if first_turn < text.len() {
                    let asks = |np: &&Np| {
                        is_person(np) || np.kind == NpKind::Pronoun(lexicon::Pronoun::Person)
                    };
                    if let Some(np) = np.as_ref().filter(asks) {
                        cx.questioner = Some(np.clone());
                    }
                }
                lead_np[li] = np;
                alone[li] = only_quotes;
                said_this[li] = cx.said_this.take();
            }
            _ => {}
        }
        line_items[li] = before..cx.items.len();
    }
    cx.fold_nested(&line_items);
    cx.second_pass(lines, &line_items, &lead_np, &said_this);
    cx.items
}

impl<'a> Ctx<'a, '_> {
    fn word(&self, i: usize) -> &'a str {
        self.toks[i].text(self.text)
    }

    /// Whether token `i` is the word `w` (any case); false past the last token.
    fn is_word(&self, i: usize, w: &str) -> bool {
        self.toks
            .get(i)
            .is_some_and(|t| t.is_word() && t.text(self.text).eq_ignore_ascii_case(w))
    }

    /// Whether token `i` is the punctuation `p`; false past the last token.
    fn punct(&self, i: usize, p: &str) -> bool {
        self.toks.get(i).is_some_and(|t| t.is_punct(self.text, p))
    }

    /// The speech verb at token `i`, unless it is used as a noun ("in a note to clients").
    fn verb(&self, i: usize) -> Option<lexicon::Verb> {
        self.toks[i]
            .verb
            .filter(|_| !self.toks[i].has(flag::NOUNED))
    }

    /// "the 1,100 police officers promised by the ministry «exist …»": a past participle
    /// at `j` modifying the noun before it, its agent after "by", reports no words, not even
    /// a quote after it (unlike a passive with its auxiliary: "the plan was described by
    /// officials as 'final'").
    fn modifies_noun(&self, ss: usize, j: usize, se: usize) -> bool {
        self.verb(j).is_some_and(|v| v.form == Form::Past)
            && j > ss
            && j + 1 < se
            && self.is_word(j + 1, "by")
            && self.toks[j - 1].is_word()
            && !self.passive_auxiliary(ss, j)
    }

    /// The speech verb or speech noun at `i`: either may introduce a partial quote ("on a
    /// promise to “…”").
    fn verb_or_noun(&self, i: usize, kind: QuoteKind) -> Option<lexicon::Verb> {
        if kind == QuoteKind::Partial {
            self.toks[i].verb
        } else {
            self.verb(i)
        }
    }

    /// Whether the verb at `j` follows a form of "be", across adverbs ("was sharply
    /// criticized", "has been also welcomed").
    fn passive_auxiliary(&self, ss: usize, j: usize) -> bool {
        (ss..j)
            .rev()
            .filter(|&i| self.toks[i].is_word())
            .map(|i| self.word(i))
            .take(3)
            .find(|w| {
                let adverb = w.ends_with("ly") && w.starts_with(char::is_lowercase);
                !(adverb || matches!(*w, "also" | "since" | "again"))
            })
            .is_some_and(|w| lexicon::with_lower(w, |w| BE.contains(&w)))
    }

    /// "it was stated by X that …", "It has been announced by the ministry that …": for the
    /// participle at `j`, the agent X and where the words start (after "that").
    fn impersonal_passive(&self, ss: usize, j: usize, se: usize) -> Option<(Np<'a>, usize)> {
        // Back over the auxiliary ("was", or "has been") to the subject.
        let mut before = (ss..j).rev().filter(|&i| self.toks[i].is_word());
        if self.word(before.next()?) == "been" {
            before.next()?;
        }
        if !self.is_word(before.next()?, "it") || !self.is_word(j + 1, "by") {
            return None;
        }
        let that = (j + 2..se.min(j + 16)).find(|&k| self.is_word(k, "that"))?;
        let np = parties::analyze(self.text, &self.toks[j + 2..that], self.media)?;
        if matches!(np.kind, NpKind::Pronoun(_)) || self.media.is_medium(np.surface) {
            return None;
        }
        Some((np, that + 1))
    }

    /// Whether the punctuation at `k` sits inside a number, digits glued on both sides
    /// ("40,000", "9:40am").
    fn inside_number(&self, k: usize) -> bool {
        k > 0
            && k + 1 < self.toks.len()
            && self.toks[k - 1].e == self.toks[k].s
            && self.toks[k + 1].s == self.toks[k].e
            && self.word(k - 1).ends_with(|c: char| c.is_ascii_digit())
            && self.word(k + 1).starts_with(|c: char| c.is_ascii_digit())
    }

    /// `X quoted Y as saying`: Y, for the participle at `j` right after "as".
    fn quoted_as(&self, ss: usize, j: usize) -> Option<Np<'a>> {
        if j < ss + 3 || !self.is_word(j - 1, "as") {
            return None;
        }
        let q = (j.saturating_sub(14).max(ss)..j - 1).rev().find(|&k| {
            self.toks[k].is_word()
                && matches!(self.word(k), "quoted" | "quotes" | "quoting" | "cited")
        })?;
        // "Kaleme was quoted by state television as saying …", "She was also quoted as
        // saying …": in the passive, the subject is who was quoted (a "by" names the
        // medium).
        let mut b = q;
        if b > ss + 1 && matches!(self.word(b - 1), "also" | "later" | "reportedly" | "widely") {
            b -= 1;
        }
        if b > ss + 1 && matches!(self.word(b - 1), "was" | "were" | "is" | "are" | "been") {
            let mut be = b - 1;
            if be > ss + 1
                && self.word(be) == "been"
                && matches!(self.word(be - 1), "has" | "have" | "had")
            {
                be -= 1;
            }
            return self.subject_np(ss, be).map(|(np, _)| np);
        }
        if q + 1 >= j - 1 || (q + 1..j - 1).any(|k| self.quote_at(k).is_some()) {
            return None;
        }
        parties::analyze(self.text, &self.toks[q + 1..j - 1], self.media)
            .filter(|np| !matches!(np.kind, NpKind::Pronoun(_)) || q + 2 == j - 1)
    }

    /// Whether "that" at `k`, after the speech verb at `j`, opens a relative clause ("at a
    /// news conference that grew tense"): a noun before it and a finite verb right after.
    fn relative_that(&self, j: usize, k: usize) -> bool {
        if k <= j + 1 || k + 1 >= self.toks.len() {
            return false;
        }
        let p = self.toks[k - 1];
        let n = self.toks[k + 1];
        if !p.is_word() || p.has(flag::CAP) || p.verb.is_some() || !n.is_word() {
            return false;
        }
        if lexicon::pronoun(p.text(self.text)).is_some() {
            return false;
        }
        let w = n.text(self.text);
        if n.has(flag::CAP | flag::DET) {
            return false;
        }
        matches!(
            w,
            "was"
                | "were"
                | "is"
                | "are"
                | "has"
                | "had"
                | "have"
                | "grew"
                | "became"
                | "began"
                | "came"
                | "went"
                | "took"
                | "made"
                | "left"
                | "fell"
                | "rose"
                | "ran"
                | "drew"
                | "brought"
                | "seemed"
                | "lasted"
        ) || (w.len() > 4
            && w.ends_with("ed")
            && n.verb.is_none()
            && self
                .toks
                .get(k + 2)
                .is_some_and(|t| t.is_word() && t.has(flag::DET | flag::PREP)))
    }

    /// A live quote token (not a dropped scare quote).
    fn quote_at(&self, i: usize) -> Option<usize> {
        match self.toks[i].kind {
            TokKind::Quote(q) if !self.dropped[q] => Some(q),
            _ => None,
        }
    }

    fn tag_line(&mut self, li: usize, line: &Line, tag_end: usize, qi: usize, first_turn: usize) {
        let tag = extract::tag_name(self.text[line.start..tag_end].trim());
        // "AMINA DIALLO" → "Amina Diallo", then the usual title stripping; a post's handle
        // "@SenMarkHale" → "Senator Mark Hale".
        let titled: String =
            extract::handle_words(tag).unwrap_or_else(|| lexicon::capitalized(tag));
        let mut toks = Vec::new();
        extract::tokenize(&titled, 0, titled.len(), &[], 0, &mut toks);
        let dotted = extract::is_dotted_mark(self.text, tag_end);
        let np = if extract::is_answer_tag(tag) {
            // "A: …" is the interviewee's turn: the person the introduction named last. A
            // hearing's "A. …" is its witness's: the person questioned, or else the one
            // its report names first.
            self.witness(first_turn).or_else(|| match dotted {
                true => self.first_named(first_turn),
                false => self.interviewee(first_turn),
            })
        } else if dotted {
            // "Q. …" in a hearing is the member the paragraph before named; when that is
            // the one who answers (an interview's introduction), the question is the
            // journalist's and no one's words.
            let answerer = self
                .witness(first_turn)
                .or_else(|| self.first_named(first_turn));
            let asker = self.questioner.clone().filter(|q| {
                !answerer
                    .as_ref()
                    .is_some_and(|a| parties::suffix_compatible(&a.name, &q.name))
            });
            // (Its quote then has no item and is dropped, as a `Q:` turn never is one.)
            if asker.is_none() {
                return;
            }
            asker
        } else {
            parties::analyze(&titled, &toks, self.media).map(|np| {
                let mut np = np.with_surface(tag);
                np.pos = line.start;
                np
            })
        };
        // A turn split around stage directions ("[Interjection: When?]") is several quotes.
        self.turn_items(li, qi, np, &format!("{tag}: …"), "tag");
    }

    /// One direct quote item for each quote of line `li` that is a whole turn (a transcript
    /// turn, a letter's paragraph), all the words of `speaker`.
    fn turn_items(
        &mut self,
        li: usize,
        qi: usize,
        speaker: Option<Np<'a>>,
        context: &str,
        sieve: &'static str,
    ) {
        let turn = (qi..self.quotes.len())
            .take_while(|&q| self.quotes[q].line <= li)
            .filter(|&q| self.quotes[q].line == li && self.quotes[q].tag);
        for q in turn {
            let quote = &self.quotes[q];
            self.quote_item[q] = Some(self.items.len());
            self.items.push(Item {
                start: quote.start,
                end: quote.end,
                kind: QuoteKind::Direct,
                verb: None,
                via: None,
                context: context.to_string(),
                sieve,
                speaker: speaker.clone().map(Speaker::Np),
                appositives: Vec::new(),
                line: li,
                quote: Some(q),
                ghost: false,
            });
        }
    }

    /// A letter's paragraph: its words are the signer's.
    fn letter_line(&mut self, li: usize, (s, e): (usize, usize), qi: usize) {
        let mut toks = Vec::new();
        extract::tokenize(self.text, s, e, &[], 0, &mut toks);
        let np = parties::analyze(self.text, &toks, self.media).map(|mut np| {
            np.pos = s;
            np
        });
        self.turn_items(li, qi, np, "", "signature");
    }

    /// The people named in full before the first turn (at `turn`), in text order.
    fn named_before(&self, turn: usize) -> impl DoubleEndedIterator<Item = &Np<'a>> {
        self.items.iter().filter_map(move |it| match &it.speaker {
            Some(Speaker::Np(np)) if np.pos < turn && is_person(np) && np.name.contains(' ') => {
                Some(np)
            }
            _ => None,
        })
    }

    /// The witness a hearing questions: the first person named in full right after a
    /// questioning verb before the first turn ("questioning State Secretary for Defence Lars
    /// Mykland", "cross-examined Dr Ines Holt").
    fn witness(&self, turn: usize) -> Option<Np<'a>> {
        self.named_before(turn)
            .find(|np| {
                // Back over the title before the name ("State Secretary for Defence").
                let verb = self.text[..np.pos]
                    .rsplit(|c: char| !c.is_alphanumeric() && c != '-')
                    .filter(|w| !w.is_empty())
                    .take(6)
                    .find(|w| {
                        !w.starts_with(char::is_uppercase) && !matches!(*w, "for" | "of" | "the")
                    })
                    .unwrap_or("");
                lexicon::is_questioning_verb(verb)
            })
            .cloned()
    }

    /// The first person named in full before the first turn (at `turn`).
    fn first_named(&self, turn: usize) -> Option<Np<'a>> {
        self.named_before(turn).next().cloned()
    }

    /// The person an interview introduces: the last person named in full before the first
    /// question or answer turn (at `turn`), remembered for the later turns.
    fn interviewee(&mut self, turn: usize) -> Option<Np<'a>> {
        if self.interviewee.is_none() {
            // ("Jorun Ekdahl … calls it …; Mirela Varga goes further: «…» Brandvold, 58,
            // received us in his office": by the family name, the last person mentioned is
            // the one named in full earlier.)
            let last_mentioned = self
                .items
                .iter()
                .filter_map(|it| match &it.speaker {
                    Some(Speaker::Np(np)) if np.pos < turn && is_person(np) => Some(np),
                    _ => None,
                })
                .next_back()
                .filter(|np| !np.name.contains(' '));
            let by_family_name = last_mentioned.and_then(|short| {
                self.named_before(turn)
                    .rfind(|np| np.name.rsplit(' ').next() == Some(short.name.as_ref()))
            });
            let last = by_family_name
                .or_else(|| self.named_before(turn).next_back())
                .cloned();
            self.interviewee = Some(last);
        }
        self.interviewee.clone().flatten()
    }

    /// Returns the phrase opening the line's last sentence (for a following quote that
    /// stands alone) and whether the line is nothing but quotes.
    fn body_line(&mut self, li: usize, line: &Line, qi: usize) -> (Option<Np<'a>>, bool) {
        self.subjects.borrow_mut().clear();
        // (Kept for one more body line.)
        if let Some((lines, _)) = &mut self.issuer {
            *lines += 1;
            if *lines > 1 {
                self.issuer = None;
            }
        }
        self.said_this = None;
        self.story_teller = None;
        let mut toks = std::mem::take(&mut self.toks);
        toks.clear();
        // A live blog's time stamp ("08:02 BST — Good morning …") opens no sentence.
        let start = extract::past_time_stamp(self.text, line.start, line.end);
        extract::tokenize(self.text, start, line.end, self.quotes, qi, &mut toks);
        self.toks = toks;
        let mut sents = std::mem::take(&mut self.sents);
        extract::sentences(self.text, &self.toks, self.quotes, &mut sents);
        let mut used = std::mem::take(&mut self.used);
        used.clear();
        used.resize(self.toks.len(), false);
        for &(ss, se) in &sents {
            self.sentence(li, ss, se, &mut used);
        }
        self.used = used;
        let only_quotes = self.toks.iter().all(|t| !t.is_word());
        let lead = sents.last().and_then(|&(ss, se)| {
            let np = match self.last_lead.take() {
                Some((s, np)) if s == ss => np,
                _ => self.lead_np(ss, se),
            };
            // "He wore a pressed boubou and spoke slowly." then a quote alone: "he", resolved
            // like any pronoun, is who speaks.
            np.or_else(|| {
                let first = self.toks.get(ss).filter(|t| t.is_word())?;
                // (Not in text set in title case, where "He Added" reads as a name.)
                let next_lower = self.toks.get(ss + 1).is_some_and(|t| {
                    t.is_word() && t.text(self.text).starts_with(|c: char| c.is_lowercase())
                });
                if matches!(first.text(self.text), "He" | "She") && next_lower {
                    return parties::analyze(self.text, &self.toks[ss..ss + 1], self.media);
                }
                // "When I asked him whether …, he laughed.": so is the subject of a short
                // main clause closing the sentence.
                let k = (ss..se).rev().find(|&k| self.punct(k, ","))?;
                let close = (k + 2..se).filter(|&i| self.toks[i].is_word()).count();
                let short = (1..=3).contains(&close)
                    && (k + 2..se).all(|i| !self.toks[i].is_word() || !self.toks[i].has(flag::CAP));
                (short && k + 1 < se && matches!(self.word(k + 1), "he" | "she"))
                    .then(|| parties::analyze(self.text, &self.toks[k + 1..k + 2], self.media))
                    .flatten()
            })
        });
        // ("Whitfield began by asking Halvorsen whether …" then the answer alone: the one the
        // press asked.)
        let lead = self
            .colon_speaker(line, &sents)
            .or(self.story_teller.take())
            .or_else(|| sents.last().and_then(|&(ss, se)| self.press_asked(ss, se)))
            .or_else(|| {
                sents
                    .last()
                    .and_then(|&(ss, se)| self.letter_author(ss, se))
            })
            .or(lead);
        self.sents = sents;
        (lead, only_quotes)
    }

    /// The person the press asks in a sentence ("Whitfield began by asking Halvorsen whether
    /// …", "Our reporter asked Mayor Ruiz about …"), whose answer a quote alone in the next
    /// paragraph is.
    fn press_asked(&self, ss: usize, se: usize) -> Option<Np<'a>> {
        let k = (ss + 1..se.saturating_sub(2)).find(|&k| {
            matches!(self.word(k), "asked" | "asking" | "asks") && self.toks[k + 1].has(flag::CAP)
        })?;
        // The asker: a journalist noun before the verb ("Our reporter asked"), or a name
        // opening the sentence that the byline or a credit made the press.
        let journalist = (ss..k.min(ss + 4)).any(|i| self.toks[i].has(flag::JOURNALIST));
        let name_end = (ss..k)
            .find(|&i| !self.toks[i].is_word() || !self.toks[i].has(flag::CAP))
            .unwrap_or(k);
        let press = journalist
            || (name_end > ss
                && parties::analyze(self.text, &self.toks[ss..name_end], self.media)
                    .is_some_and(|np| parties::is_press(self.press, &np.name.to_lowercase())));
        if !press {
            return None;
        }
        let end = (k + 1..se)
            .find(|&i| {
                !self.toks[i].is_word()
                    || matches!(
                        self.word(i),
                        "whether" | "if" | "about" | "why" | "how" | "what" | "when" | "to"
                    )
            })
            .unwrap_or(se);
        parties::analyze(self.text, &self.toks[k + 1..end], self.media).filter(|np| {
            matches!(np.kind, NpKind::Named { body: false })
                && !parties::is_press(self.press, &np.name.to_lowercase())
        })
    }

    /// The author of a letter or statement the sentence says was read out or released ("The
    /// clerk then read out a letter from the battalion's commanding officer, Lieutenant
    /// Colonel Marcus Hale, who was unable to attend."), whose words a quote alone in the next
    /// paragraph is: the name set in apposition after the description, if any.
    fn letter_author(&self, ss: usize, se: usize) -> Option<Np<'a>> {
        let k = (ss + 2..se.saturating_sub(2)).find(|&k| {
            matches!(self.word(k), "letter" | "statement" | "message" | "note")
                && self.is_word(k + 1, "from")
        })?;
        let released = (ss..k).rev().take(5).any(|i| {
            matches!(
                self.word(i),
                "read" | "released" | "circulated" | "received" | "shared" | "published"
            )
        });
        if !released {
            return None;
        }
        // The comma-separated phrases after "from", up to a relative clause or the end.
        let stop = (k + 2..se)
            .find(|&i| self.is_word(i, "who") || self.is_word(i, "which") || self.punct(i, "."))
            .unwrap_or(se);
        let mut phrases = Vec::new();
        let mut s = k + 2;
        for i in k + 2..=stop {
            if i == stop || self.punct(i, ",") {
                if i > s {
                    phrases.push((s, i));
                }
                s = i + 1;
            }
        }
        let speaker = |&(a, b): &(usize, usize)| {
            parties::analyze(self.text, &self.toks[a..b], self.media).filter(|np| {
                matches!(
                    np.kind,
                    NpKind::Named { body: false } | NpKind::Descr { person: true, .. }
                )
            })
        };
        let first = speaker(phrases.first()?)?;
        let named = phrases
            .get(1)
            .and_then(speaker)
            .filter(|np| matches!(np.kind, NpKind::Named { body: false }));
        Some(named.unwrap_or(first))
    }

    /// "Isak Moller spoke to Yusuf Arkan, who sells phone cards …:", "Our reporter talked
    /// with Lena Marsh, a baker:": when the press speaks to someone before a colon, the one
    /// spoken to says the words.
    fn press_interviewee(&self, ss: usize, colon: usize) -> Option<Np<'a>> {
        let k = (ss + 1..colon.saturating_sub(2)).find(|&k| {
            matches!(self.word(k), "spoke" | "talked" | "speaking" | "talking")
                && matches!(self.word(k + 1), "to" | "with")
        })?;
        let subject = parties::analyze(self.text, &self.toks[ss..k], self.media);
        let press = (ss..k).any(|i| self.toks[i].is_word() && self.toks[i].has(flag::JOURNALIST))
            || matches!(self.word(ss), "I" | "We")
            || subject.is_some_and(|np| parties::is_press(self.press, &np.name.to_lowercase()));
        if !press {
            return None;
        }
        let end = (k + 2..colon)
            .find(|&i| self.punct(i, ","))
            .unwrap_or(colon);
        parties::analyze(self.text, &self.toks[k + 2..end], self.media).filter(|np| {
            matches!(
                np.kind,
                NpKind::Named { body: false } | NpKind::Descr { person: true, .. }
            )
        })
    }

    /// Who speaks the words a paragraph ending on a colon introduces, when its opening phrase
    /// does not say: the name right before the colon ("Repost: a statement just issued by the
    /// Alliance Secretary-General, Margit Halloran:"), or, after a document opening the
    /// last sentence ("The Black Hills Front … has posted on its channel. The post reads in
    /// full:"), the body the sentence before was about.
    fn colon_speaker(&self, line: &Line, sents: &[(usize, usize)]) -> Option<Np<'a>> {
        if !self.text[line.start..line.end].trim_end().ends_with(':') {
            return None;
        }
        let &(ss, se) = sents.last()?;
        let colon = (ss..se).rev().find(|&k| self.punct(k, ":"))?;
        if let Some(np) = self.press_interviewee(ss, colon) {
            return Some(np);
        }
        // The comma-separated pieces after any dash: the person among them speaks ("Abu Yasir
        // al-Tamimi, commander, Kataib al-Wa'd:"), else the name right before the colon.
        let from = (ss..colon)
            .rev()
            .find(|&k| self.punct(k, "—") || self.punct(k, "–"))
            .map_or(ss, |k| k + 1);
        let mut named = Vec::new();
        let mut end = colon;
        for k in (from..=colon).rev() {
            if k == from || self.punct(k - 1, ",") {
                let words = (k..end).filter(|&i| self.toks[i].is_word()).count();
                if (1..=5).contains(&words) {
                    if let Some(np) = parties::analyze(self.text, &self.toks[k..end], self.media)
                        .filter(|np| {
                            matches!(np.kind, NpKind::Named { .. }) && np.surface == np.name
                        })
                        .filter(|np| !self.media.is_medium(np.surface))
                    {
                        named.push(np);
                    }
                }
                if k > from {
                    end = k - 1;
                }
                // Only the pieces of a list of names and roles: a clause before them ends it.
                if words > 5 {
                    break;
                }
            }
        }
        let person = named
            .iter()
            .rposition(|np| matches!(np.kind, NpKind::Named { body: false }));
        if let Some(np) = person
            .map(|i| named.swap_remove(i))
            .or_else(|| named.into_iter().next())
        {
            return Some(np);
        }
        // "Here is Minister Marwede's statement, read out at the ceremony, in full:": the
        // text's owner.
        let owned_text = (ss..colon).find(|&k| {
            self.toks[k].is_word()
                && self.toks[k].has(flag::CAP)
                && lexicon::is_possessive(self.word(k))
                && k + 1 < colon
                && lexicon::with_lower(self.word(k + 1), lexicon::is_published_text)
        });
        if let Some(k) = owned_text {
            let from = (ss..k)
                .rev()
                .take_while(|&i| self.toks[i].is_word() && self.toks[i].has(flag::CAP))
                .last()
                .unwrap_or(k);
            if let Some(np) = self.possessor(from, k) {
                if !self.media.is_medium(np.surface) {
                    return Some(np);
                }
            }
        }
        // "The Ormeda Liberation Front (OLF) posted on its Telegram channel …:": the body
        // the sentence opens on.
        if let Some((np, _)) = self.lead_phrase(ss, colon) {
            if matches!(np.kind, NpKind::Named { body: true }) && !self.media.is_medium(np.surface)
            {
                return Some(np);
            }
        }
        // "Luka Sestan has sent us a voice message. Here it is in full:", "It reads, in
        // part:": the text named before, quoted in the next paragraph, is its author's.
        let it_here = (ss..colon).any(|k| lexicon::with_lower(self.word(k), |w| w == "it"))
            && (ss..colon).any(|k| {
                lexicon::with_lower(self.word(k), |w| matches!(w, "here" | "read" | "reads"))
            });
        if it_here && self.text_named_before(ss) {
            if let Some(np) = self.author_before(colon) {
                return Some(np);
            }
        }
        // "Here is what she told Channel 7:", "This is what the mayor said:": the subject of
        // the speech verb in the "what" clause.
        let told = (ss + 2..colon).rev().find(|&v| {
            self.verb(v)
                .is_some_and(|verb| matches!(verb.lemma, "say" | "tell" | "write"))
                && (ss..v).any(|k| self.is_word(k, "what"))
        });
        if let Some((np, _)) = told.and_then(|v| self.subject_np(ss, v)) {
            return Some(np);
        }
        // "The post reads …", "Its statement says …".
        let document = se > ss + 1
            && self.toks[ss].is_word()
            && lexicon::with_lower(self.word(ss), lexicon::is_determiner)
            && self.toks[ss + 1].is_word()
            && lexicon::with_lower(self.word(ss + 1), lexicon::is_published_text);
        if document {
            return self.prev_body.clone();
        }
        None
    }

    /// The phrase of tokens `from..=k` without the possessive "'s" that ends token `k`, when
    /// it names someone: the owner in "the embassy's statement", "Minister Marwede's".
    fn possessor(&self, from: usize, k: usize) -> Option<Np<'a>> {
        let w = self.word(k);
        let suffix = w.len() - lexicon::strip_possessive(w).unwrap_or(w).len();
        let mut toks = Vec::new();
        extract::tokenize(
            self.text,
            self.toks[from].s,
            self.toks[k].e - suffix,
            &[],
            0,
            &mut toks,
        );
        parties::analyze(self.text, &toks, self.media)
            .filter(|np| !matches!(np.kind, NpKind::Pronoun(_)))
    }

    /// "“… Make of that what you will.” Oyelaran said the headline figure is …": after a
    /// quote its own stop ended, the speech verb that names its speaker also reports a
    /// clause of its own, so it stays free for reported speech.
    fn says_more_after(&self, q: usize, v: usize, se: usize) -> bool {
        let quote = &self.quotes[q];
        let ended = self.text[quote.start..quote.end]
            .trim_end()
            .ends_with(['.', '!', '?']);
        let say = self
            .verb(v)
            .is_some_and(|verb| matches!(verb.lemma, "say" | "add" | "argue" | "insist" | "note"));
        ended
            && say
            && v + 2 < se
            && self.toks[v + 1].is_word()
            && (self.is_word(v + 1, "that")
                || lexicon::with_lower(self.word(v + 1), |w| matches!(w, "the" | "a" | "an"))
                || lexicon::pronoun(self.word(v + 1)).is_some())
    }

    /// "He also confirmed that a small liaison cell will stay in the capital, Kessary, “for
    /// as long as …”": a speech verb whose "that" clause runs several words before the quote
    /// reports that clause too, so it stays free for reported speech.
    fn clause_before_quote(&self, v: usize, ti: usize) -> bool {
        v + 1 < ti
            && self.is_word(v + 1, "that")
            && (v + 2..ti).filter(|&k| self.toks[k].is_word()).count() >= 5
    }

    fn sentence(&mut self, li: usize, ss: usize, se: usize, used: &mut [bool]) {
        let first_item = self.items.len();
        self.prev_body = self.sent_body.take();
        self.ghosts(li, ss, se);
        let via = self.find_via(ss, se);
        let mut live = std::mem::take(&mut self.qpos);
        live.clear();
        live.extend((ss..se).filter(|&i| matches!(self.toks[i].kind, TokKind::Quote(_))));
        // Kinds first, and scare quotes dropped, so later clauses see through them.
        for &ti in &live {
            let TokKind::Quote(q) = self.toks[ti].kind else {
                continue;
            };
            let kind = self.classify(ss, ti, q);
            self.kinds[q] = kind;
            if (kind == QuoteKind::Partial && self.not_a_quote(ss, se, ti, q))
                || (kind == QuoteKind::Direct && self.work_in_apposition(ss, ti, q))
            {
                self.dropped[q] = true;
            }
        }
        live.retain(|&ti| self.quote_at(ti).is_some());
        let mut prev_item: Option<usize> = None;
        for (k, &ti) in live.iter().enumerate() {
            let Some(q) = self.quote_at(ti) else { continue };
            let lo = if k > 0 { live[k - 1] + 1 } else { ss };
            let hi = if k + 1 < live.len() { live[k + 1] } else { se };
            let kind = self.kinds[q];
            let found = self.quote_sieves(ss, lo, ti, hi, kind, prev_item);
            let (speaker, verb, sieve, vtok, appositives) = match found {
                Some(f) => f,
                None => (None, None, "none", None, Vec::new()),
            };
            if let (Some(v), QuoteKind::Direct) = (vtok, kind) {
                if !self.says_more_after(q, v, se) && !self.clause_before_quote(v, ti) {
                    used[v] = true;
                }
            }
            let quote = &self.quotes[q];
            let context = self.context(ss, se, quote.start, quote.end);
            let id = self.items.len();
            self.quote_item[q] = Some(id);
            self.items.push(Item {
                start: quote.start,
                end: quote.end,
                kind,
                verb,
                via: via.clone(),
                context,
                sieve,
                speaker,
                appositives,
                line: li,
                quote: Some(q),
                ghost: false,
            });
            prev_item = Some(id);
        }
        self.qpos = live;
        self.reported(li, ss, se, used, &via, first_item);
        // The body this sentence's subject names, for a next sentence's "It said": the
        // speaker named first, else the body the sentence opens with.
        let first_speaker = self.items[first_item..]
            .iter()
            .filter(|it| !it.ghost)
            .filter_map(|it| match &it.speaker {
                Some(Speaker::Np(np)) => Some(np),
                _ => None,
            })
            .min_by_key(|np| np.pos);
        if let Some(np) = first_speaker {
            self.sent_body = is_org_like(np).then(|| np.clone());
        }
        // "In a statement emailed to the Advocate, the office of … said": the sentence's
        // speaker issued the text a next line's "the statement read" quotes.
        let in_text = self.is_word(ss, "In")
            && (ss + 1..se.min(ss + 5)).any(|k| {
                self.toks[k].is_word()
                    && lexicon::with_lower(self.word(k), lexicon::is_document_noun)
                    && (ss + 1..k).all(|i| self.toks[i].is_word())
            });
        let opener = first_speaker.filter(|_| in_text).cloned();
        if let Some(np) = self.issuer_in(ss, se).or(opener) {
            self.issuer = Some((0, np));
        }
    }

    /// The subject of "issued a statement" (or released, published … a communiqué, letter)
    /// in sentence `ss..se`, when a name or description.
    fn issuer_in(&self, ss: usize, se: usize) -> Option<Np<'a>> {
        // (Length and first letter first: this runs on every sentence.)
        let t = (ss..se).find(|&i| {
            let w = self.word(i);
            self.toks[i].is_word()
                && (6..=11).contains(&w.len())
                && matches!(
                    w.as_bytes()[0] | 0x20,
                    b's' | b'c' | b'l' | b'm' | b'd' | b'r' | b'p'
                )
                && lexicon::with_lower(w, lexicon::is_document_noun)
        })?;
        let v = (ss..t).rev().take(4).find(|&i| {
            self.toks[i].is_word() && lexicon::with_lower(self.word(i), lexicon::is_issuing_verb)
        })?;
        let (np, _) = self.subject_np(ss, v)?;
        (!matches!(np.kind, NpKind::Pronoun(_))).then_some(np)
    }

    /// A pronoun speaker, resolved against the sentence it stands in:
    /// - a sentence-initial "It" or "They" is the body the previous sentence's subject named
    ///   ("The Carter Center, which monitored Calvo's elections, said … It said …"), not the
    ///   nearest name before it;
    /// - after the words it reports (`after_words`: "Her sergeant came to say goodbye, she
    ///   said, …"), a pronoun refers to someone named before those words, not inside them, so
    ///   it is resolved as if it stood at the sentence's start, and "it" there is the body the
    ///   previous sentence was about ("Sogdara's foreign ministry said … and thanked Moscow.
    ///   Dastan would take over …, it said.").
    fn prefer_prev_body(&self, ss: usize, mut np: Np<'a>, after_words: bool) -> Np<'a> {
        if !matches!(np.kind, NpKind::Pronoun(_)) {
            return np;
        }
        let opening = np.pos == self.toks[ss].s && matches!(np.surface, "It" | "They");
        let trailing_it = after_words && np.surface.eq_ignore_ascii_case("it");
        if opening || trailing_it {
            if let Some(prev) = &self.prev_body {
                return prev.clone();
            }
        }
        if after_words || self.after_participle_opener(ss, np.pos) {
            np.pos = self.toks[ss].s.saturating_sub(1);
        }
        np
    }

    /// Whether the sentence opens with a participle phrase that ends with the comma right
    /// before `pos`: "Expressing these views on a talk show hosted by Mehreen Qazi, he
    /// said". The phrase has no subject of its own (it shares the pronoun's), so a name
    /// inside it is someone else, not the one "he" refers to.
    fn after_participle_opener(&self, ss: usize, pos: usize) -> bool {
        let Some(first) = (ss..self.toks.len()).find(|&i| self.toks[i].is_word()) else {
            return false;
        };
        let w = self.word(first);
        let participle = w.len() > 5
            && w.starts_with(|c: char| c.is_uppercase())
            && (w.ends_with("ing") || w.ends_with("ed"))
            && !lexicon::is_intro(w);
        let Some(p) = (first + 1..self.toks.len()).find(|&i| self.toks[i].s == pos) else {
            return false;
        };
        participle && self.punct(p - 1, ",")
    }

    /// Mentions of possible speakers in the sentence (names, and a person the sentence
    /// opens with), so a later "he said" finds the person the text last talked about.
    fn ghosts(&mut self, li: usize, ss: usize, se: usize) {
        // The lead phrase once: the person test and the body test below both read it.
        let lead = self.lead_phrase(ss, se).map(|(np, _)| np);
        let (lead_np, lead_body) = match lead {
            Some(np) if lead_np_kind(&np.kind) => (Some(np), None),
            other => (None, other),
        };
        // "The kaymakam of Ain Dara district, Kemal Ozturan, …": a description with a name in
        // apposition is that person, whom the name's mention (with the role as its head)
        // stands for.
        // (Past the description's "of" phrase, which its mention may leave out: "the ataman
        // of the village host, Grigory Lomakin".)
        let named_apposition = lead_np.as_ref().is_some_and(|np| {
            let end = np.pos + np.surface.len();
            let Some(from) = (ss..se).find(|&k| self.toks[k].s >= end) else {
                return false;
            };
            let comma = (from..se.min(from + 7))
                .find(|&k| !self.toks[k].is_word())
                .filter(|&k| self.punct(k, ","));
            let name_word = |i: usize| {
                self.toks[i].is_word()
                    && self.toks[i].has(flag::CAP)
                    && !self.toks[i].has(flag::TITLE)
            };
            // ("Its landlord, Henrik, who asked that his surname not be printed, …": a given
            // name alone, set off as the full one would be.)
            comma.is_some_and(|k| {
                k + 2 < se && name_word(k + 1) && (name_word(k + 2) || self.punct(k + 2, ","))
            })
        });
        // ("For Petar Vilkancz, a retired lieutenant general who …, the danger lies …": a
        // description in apposition after a name is that person, whose name mention stands
        // for it.)
        // (Only after the "For" of a view: elsewhere a description after a comma is as often
        // someone else.)
        let after_name = self.word(ss) == "For"
            && lead_np.as_ref().is_some_and(|np| {
                (ss + 3..se)
                    .find(|&k| self.toks[k].s == np.pos)
                    .is_some_and(|p| {
                        self.punct(p - 1, ",")
                            && (ss + 1..p - 1)
                                .all(|k| self.toks[k].is_word() && self.toks[k].has(flag::CAP))
                    })
            });
        // ("A tall woman who answers questions while walking, she gave a tour …": an
        // indefinite description set before the sentence's own subject pronoun describes
        // the one that pronoun refers to, no one new.)
        let dislocated = lead_np.as_ref().is_some_and(|np| {
            matches!(
                np.kind,
                NpKind::Descr {
                    indefinite: true,
                    ..
                }
            ) && (ss..se.min(ss + 20))
                .find(|&k| self.punct(k, ","))
                .is_some_and(|c| {
                    c + 1 < se
                        && self.toks[c + 1].is_word()
                        && matches!(self.word(c + 1), "he" | "she" | "they")
                })
        });
        if let Some(np) = lead_np
            .as_ref()
            .filter(|_| !named_apposition && !after_name && !dislocated)
        {
            if matches!(np.kind, NpKind::Descr { .. }) {
                // A lead mention spans to its sentence's end: it speaks for quotes after it.
                let sent_end = self.toks[se - 1].e;
                self.push_ghost(li, np.clone(), sent_end, "lead");
            }
        } else if let Some(np) = lead_body.or_else(|| lead_np.clone()) {
            // A body the sentence is about ("The Federation of Shipowners … was less
            // enthusiastic."), so a later "It said" finds it; name mentions skip names that
            // open with a body noun.
            let dateline = (ss..se)
                .find(|&k| !self.toks[k].is_word())
                .is_some_and(|k| self.dateline(ss, k, se));
            // "The Mirovian defence ministry confirmed the withdrawal. It said …"; an office
            // named without a determiner too ("Office of the U.N. Resident Coordinator — It
            // welcomed …").
            let body_descr = match np.kind {
                NpKind::Descr {
                    definite,
                    indefinite,
                    person: false,
                } => definite || (!indefinite && self.toks[ss].has(flag::CAP)),
                _ => false,
            };
            if (matches!(np.kind, NpKind::Named { body: true }) || body_descr)
                && !self.media.is_medium(np.surface)
                && !dateline
            {
                let pos = np.pos;
                self.sent_body = Some(np.clone());
                self.push_ghost(li, np, pos, "lead-body");
            }
        }
        // "Dobrova has heard the theory. “…”": a person named opening the sentence speaks
        // for a quote after it too, as a description does; its name mention is marked so
        // (not "The Taji …" after a determiner, nor "How …", nor a question: "Safer where?").
        let question = se > ss && self.punct(se - 1, "?");
        let named_lead = lead_np.as_ref().filter(|np| {
            np.kind == NpKind::Named { body: false }
                && !question
                && self.toks[ss].is_word()
                && !self.toks[ss].has(flag::DET)
                && !lexicon::with_lower(self.word(ss), |w| {
                    matches!(w, "how" | "what" | "why" | "where" | "who" | "which")
                })
                && (np.name.contains(' ') || lexicon::props(&np.name).flags & !flag::CAP == 0)
        });
        // (By its name too: "Colonel Anton Halvik" opens the sentence where the mention
        // "Anton Halvik" is found, its title brought along.)
        let mut named_lead = named_lead.map(|np| (np.pos, np.name.clone()));
        self.last_lead = Some((ss, lead_np));
        let mut spans = std::mem::take(&mut self.mention_spans);
        parties::name_mentions(self.text, &self.toks[ss..se], &mut spans);
        // End of the last person's name mention, for the affiliation that may follow it.
        let mut person_end: Option<usize> = None;
        for &(a, b) in &spans {
            if a == 0 && self.dateline(ss, ss + b, se) {
                continue;
            }
            // "Federal deputy Wanderley Maciel (PL-RR)", "Sen. Maria Lopez (D-Texas)": one
            // bracketed word right after a person's name is the person's party and seat,
            // no one who could speak or be "he". (Not the initials of a body read as a
            // person's name: "Islamic State West Africa Province (ISWAP)".)
            // (Or a member's seat in words: "Aileen Tarrant (Lowther East)".)
            let affiliation = person_end.take().is_some_and(|end| end + 1 == a)
                && a >= 1
                && (b == a + 1 || (b <= a + 3 && (a..b).all(|k| self.toks[ss + k].is_word())))
                && self.punct(ss + a - 1, "(")
                && ss + b < se
                && self.punct(ss + b, ")")
                && !self.initials_before(ss + a - 1, self.word(ss + a));
            // "… Citizens for Justice and Accountability (CJA)": the body's short name in
            // brackets is the body, which its own mention stands for.
            let short_name = b == a + 1
                && a >= 2
                && self.punct(ss + a - 1, "(")
                && ss + b < se
                && self.punct(ss + b, ")")
                && self.initials_before(ss + a - 1, self.word(ss + a));
            if affiliation || short_name {
                continue;
            }
            // Titles right before the name ("Sheikh", "Senior Colonel") come along, so "the
            // sheikh" can refer back to it.
            // ("Professor Refilwe Dlamini-Hartley": a professor's title too, which is no
            // title word elsewhere: "Professor of Strategic Studies" names no person.)
            // (A lowercase office right before the name too, "mukhtar Kyriacos Demetriou",
            // so "the mukhtar" refers back.)
            let mut t = ss + a;
            while t > ss
                && self.toks[t - 1].is_word()
                && (self.toks[t - 1].has(flag::TITLE) || self.word(t - 1) == "Professor")
                && (self.toks[t - 1].has(flag::CAP)
                    || (t == ss + a && self.toks[t - 1].has(flag::PERSON)))
            {
                t -= 1;
            }
            if let Some(np) = parties::mention_np(self.text, &self.toks[t..ss + b], ss + a - t) {
                // Media are never antecedents of "he" or "it", nor is a ship or aircraft
                // named after its kind ("watched the frigate AKS Tormund clear the harbour.
                // “…,” he told reporters").
                if self.media.is_medium(np.surface)
                    || (t > ss && lexicon::with_lower(self.word(t - 1), lexicon::is_craft_noun))
                {
                    continue;
                }
                let mut np = parties::body_by_appositive(np, self.text, &self.toks[ss..se], b);
                if matches!(np.kind, NpKind::Named { body: false })
                    && parties::group_before(self.text, &self.toks[ss..se], t - ss)
                {
                    np.kind = NpKind::Named { body: true };
                }
                let end = ss + b;
                // "Meenakshi Nair-Iyer, Lok Sabha MP and member of …": a name right before a
                // role word names what the role belongs to, no person (a person's own name
                // opens with a given name: "Jane Hale MP").
                let before_role = t == ss + a
                    && end < se
                    && !lexicon::is_possessive(self.word(end - 1))
                    && self.toks[end].is_word()
                    && self.toks[end].has(flag::PERSON | flag::TITLE)
                    && !self.noun_as_verb(end, se)
                    && lexicon::given_name_gender(self.word(t)) == 0;
                if matches!(np.kind, NpKind::Named { body: false })
                    && (before_role || parties::after_group_noun(self.text, &self.toks, t))
                {
                    np.kind = NpKind::Named { body: true };
                }
                // "the daily Le Matin d'Ourané": a paper, which speaks in its editorials.
                let press = |k: usize| lexicon::is_newspaper_noun(self.word(k));
                if (t > ss && press(t - 1))
                    || (t > ss + 1
                        && press(t - 2)
                        && matches!(self.word(t - 1), "Le" | "La" | "El"))
                {
                    np.kind = NpKind::Named { body: true };
                }
                // "Marta, 34, was near the front": a sentence opening on a name with an age
                // is about a person, even by a bare given name (an empty head marks it so,
                // without a role word). (Not "whose son Liam, 22, is …" inside a sentence
                // about someone else.)
                let age = |k: usize| {
                    k < se
                        && self.toks[k].is_word()
                        && (1..=3).contains(&self.word(k).len())
                        && self.word(k).bytes().all(|c| c.is_ascii_digit())
                };
                // Likewise a person described in apposition: "Greta, a primary-school
                // teacher who has taught here for nineteen years, was marking books".
                let described = |k: usize| {
                    k < se
                        && (self.is_word(k, "a") || self.is_word(k, "an"))
                        && (k + 1..se.min(k + 6))
                            .take_while(|&i| self.toks[i].is_word())
                            .any(|i| self.toks[i].has(flag::PERSON))
                };
                // And a given name alone set off after a person's role: "Its landlord,
                // Henrik, who asked …", "A taxi driver who gave only his first name, Tomas,".
                // (Not a relative named in passing: "Her son, Erik, has spent …" before
                // "she said" about his mother.)
                let role = ss + a.saturating_sub(2);
                let apposed = b == a + 1
                    && a >= 2
                    && self.punct(ss + a - 1, ",")
                    && (self.punct(end, ",") || self.is_word(end, "who"))
                    && self.toks[role].is_word()
                    && ((self.toks[role].has(flag::PERSON)
                        && !lexicon::with_lower(self.word(role), lexicon::is_kin_noun))
                        || self.is_word(role, "name"));
                // (Or a caller by given name and village: "Baraka from Kisima saw it
                // differently.")
                let from_place = b == a + 1
                    && self.is_word(end, "from")
                    && self.toks[end + 1].is_word()
                    && self.toks[end + 1].has(flag::CAP);
                let opening = a == 0
                    && end + 2 < se
                    && ((self.punct(end, ",")
                        && ((age(end + 1)
                            && (self.punct(end + 2, ",") || self.punct(end + 2, ".")))
                            || described(end + 1)))
                        || from_place);
                if apposed || opening {
                    np.mark_person();
                }
                // "Tamaris's defence minister, Fernanda Albuquerque, …": the role before the
                // name is a head of it, so that "the minister" can refer back to her.
                // (Past any title before the name: "the Minister of the Armed Forces, M.
                // Bertrand Lescure".)
                let role = t;
                // (A title before the name is a head already; the role joins it.)
                let titled = t < ss + a;
                let with_role = |head: Option<std::borrow::Cow<'a, str>>, role: &'a str| {
                    Some(match head {
                        Some(h) if titled => std::borrow::Cow::Owned(format!("{h} {role}")),
                        _ => std::borrow::Cow::Borrowed(role),
                    })
                };
                let mut role_head = None;
                // "the Minister of Defence, Ramiro Echeverría", "The mukhtar of Tel Safa, Ahmad
                // Jaber": a title with its office after "of" is a head (first: "district" is a title
                // word too).
                if (np.head.is_none() || titled)
                    && matches!(np.kind, NpKind::Named { body: false })
                    && role >= ss + 4
                    && self.punct(role - 1, ",")
                {
                    let office = (ss + 1..role - 3).rev().take(4).find(|&t| {
                        self.toks[t].has(flag::TITLE | flag::PERSON)
                            && self.is_word(t + 1, "of")
                            && lexicon::with_lower(self.word(t - 1), |w| w == "the")
                            // (An office of a few words: "of Tel Safa", "of Ain Dara
                            // district", "of the village host".)
                            && role - 1 - (t + 2) <= 5
                            && (t + 2..role - 1).all(|k| {
                                self.toks[k].is_word()
                                    && self.toks[k].verb.is_none()
                                    && (!self.toks[k].has(flag::PREP) || self.is_word(k, "of"))
                            })
                    });
                    role_head = office.map(|t| self.word(t));
                }
                // Else the role word right before the comma.
                if role_head.is_none()
                    && (np.head.is_none() || titled)
                    && matches!(np.kind, NpKind::Named { body: false })
                    && role >= ss + 2
                    && self.punct(role - 1, ",")
                    && self.toks[role - 2].is_word()
                    && !self.toks[role - 2].has(flag::CAP)
                    && self.toks[role - 2].has(flag::TITLE | flag::PERSON)
                {
                    role_head = Some(self.word(role - 2));
                }
                // Or the role in apposition after the name: "Monsignor Ernesto Balbuena,
                // bishop of the diocese of …", "Florencia Arce, national deputy for the
                // opposition …", so that "the bishop" and "the deputy" refer back.
                // (A full name: a given name alone keeps the empty head that marks it a
                // person's, "Greta, a primary-school teacher who …".)
                if role_head.is_none()
                    && matches!(np.kind, NpKind::Named { body: false })
                    && np.name.contains(' ')
                    && self.punct(end, ",")
                {
                    role_head = self.apposed_role(end + 1, se);
                }
                if let Some(role) = role_head {
                    np.head = with_role(np.head.take(), role);
                }
                if matches!(np.kind, NpKind::Named { body: false }) && np.name.contains(' ') {
                    person_end = Some(b);
                }
                let pos = np.pos;
                let lead = named_lead
                    .as_ref()
                    .is_some_and(|(p, name)| *p == pos || *name == np.name);
                if lead {
                    named_lead = None;
                    let sent_end = self.toks[se - 1].e;
                    self.push_ghost(li, np, sent_end, "lead-name");
                } else {
                    self.push_ghost(li, np, pos, "lead-body");
                }
            }
        }
        self.mention_spans = spans;
    }

    /// "LESNA GORA — The garrison …": words `ss..b` in capitals and a dash after them are a
    /// dateline, which names a place, not a speaker.
    fn dateline(&self, ss: usize, b: usize, se: usize) -> bool {
        b > ss
            && b < se
            && ["—", "–", "-"].iter().any(|p| self.punct(b, p))
            && parties::is_all_caps(&self.text[self.toks[ss].s..self.toks[b - 1].e])
    }

    /// Where a sentence's words begin past a dateline ("TORVENNA, March 3 (Wire) — Korvessa
    /// will …"): after a dash within its first ten tokens when the sentence opens with a word
    /// in capitals; else `ss`.
    fn past_dateline(&self, ss: usize, before: usize) -> usize {
        let caps = self.toks[ss].is_word() && {
            let w = self.word(ss);
            w.chars().filter(|c| c.is_alphabetic()).count() >= 3 && parties::is_all_caps(w)
        };

        if !caps {
            return ss;
        }
        (ss + 1..before.min(ss + 10))
            .find(|&k| ["—", "–", "-"].iter().any(|p| self.punct(k, p)))
            .map_or(ss, |k| k + 1)
    }

    /// Whether `short` spells the initials of the capitalized words that end right before
    /// token `k` ("Islamic State West Africa Province" before "(ISWAP)").
    fn initials_before(&self, k: usize, short: &str) -> bool {
        let mut from = k;
        // (Past the small words inside a name: "Citizens for Justice and Accountability".)
        while from > 0
            && self.toks[from - 1].is_word()
            && (self.toks[from - 1].has(flag::CAP)
                || (from >= 2
                    && from < k
                    && matches!(self.word(from - 1), "for" | "and" | "of")
                    && self.toks[from - 2].has(flag::CAP)))
        {
            from -= 1;
        }
        from < k
            && parties::spells_initials(short, &self.text[self.toks[from].s..self.toks[k - 1].e])
    }

    fn push_ghost(&mut self, li: usize, np: Np<'a>, end: usize, sieve: &'static str) {
        self.items.push(Item {
            start: np.pos,
            end,
            kind: QuoteKind::Reported,
            verb: None,
            via: None,
            context: String::new(),
            sieve,
            speaker: Some(Speaker::Np(np)),
            appositives: Vec::new(),
            line: li,
            quote: None,
            ghost: true,
        });
    }

    /// Direct when the quote opens its sentence or follows a colon, comma or dash, or
    /// continues a paragraph; partial when it sits inside a clause ("called the move a
    /// “betrayal”").
    fn classify(&self, ss: usize, ti: usize, q: usize) -> QuoteKind {
        if self.quotes[q].continues_prev || ti == ss {
            return QuoteKind::Direct;
        }
        let p = self.toks[ti - 1];
        match p.kind {
            TokKind::Quote(_) => QuoteKind::Direct,
            TokKind::Punct
                if matches!(p.text(self.text), ":" | "," | ";" | "—" | "–" | "-" | "…") =>
            {
                QuoteKind::Direct
            }
            _ => QuoteKind::Partial,
        }
    }

    /// "The institute's latest report, “Lines in the Sand: …”, was released": a title in
    /// title case set off by a comma after a work noun names the work; nobody says it.
    fn work_in_apposition(&self, ss: usize, ti: usize, q: usize) -> bool {
        let quote = &self.quotes[q];
        ti >= ss + 2
            && self.punct(ti - 1, ",")
            && self.toks[ti - 2].is_word()
            && lexicon::with_lower(self.word(ti - 2), |w| WORKS.contains(&w))
            && title_case(&self.text[quote.start..quote.end])
    }

    /// Scare quotes (short terms with no speech or naming verb in the sentence) and titles
    /// of works are not quotes.
    fn not_a_quote(&self, ss: usize, se: usize, ti: usize, q: usize) -> bool {
        let quote = &self.quotes[q];
        let inner = &self.text[quote.start..quote.end];
        let words = inner.split_whitespace().count();
        // A work's title: a work noun just before it.
        let mut seen = 0;
        for i in (ss..ti).rev() {
            if !self.toks[i].is_word() {
                continue;
            }
            seen += 1;
            if lexicon::with_lower(self.word(i), |w| WORKS.contains(&w)) {
                return true;
            }
            if seen >= 3 {
                break;
            }
        }
        // A speech noun counts too: "on a promise to “send the foreigners home”".
        let verb = (ss..se).find(|&i| self.toks[i].verb.is_some());
        let title_case = title_case(inner);
        if verb.is_none() && title_case {
            return true;
        }
        // "author of “The Long Frontier: India, China and …”": a work by its author.
        if title_case
            && ti >= ss + 2
            && self.is_word(ti - 1, "of")
            && lexicon::with_lower(self.word(ti - 2), |w| {
                matches!(w, "author" | "co-author" | "authors" | "writer" | "editor")
            })
        {
            return true;
        }
        // "that locals call the “Glass Fort”", "known as “Camp Hope”": a name given.
        if title_case {
            let prev = (ss..ti)
                .rev()
                .filter(|&i| self.toks[i].is_word())
                .find(|&i| !lexicon::with_lower(self.word(i), |w| matches!(w, "the" | "a")));
            if prev.is_some_and(|i| {
                lexicon::with_lower(self.word(i), |w| {
                    matches!(
                        w,
                        "call"
                            | "calls"
                            | "called"
                            | "dubbed"
                            | "nicknamed"
                            | "named"
                            | "as"
                            | "christened"
                    )
                })
            }) {
                return true;
            }
        }
        if words > 4 {
            return false;
        }
        match verb {
            None => true,
            // "what its officers call a “security belt”": a term, not someone's words (the
            // naming verb nearest the quote).
            Some(_) => {
                let near = (ss..ti).rev().find(|&i| self.toks[i].verb.is_some());
                near.is_some_and(|v| {
                    (v.saturating_sub(4)..v).any(|i| i >= ss && self.is_word(i, "what"))
                })
            }
        }
    }

    /// The author of what is read out between `from` and the colon at `to`: the phrase after
    /// the last "from" or "by" following "read" ("read out a post from a channel run by the
    /// Dermat Shield, the militia …"), up to a comma.
    fn read_from(&self, from: usize, to: usize) -> Option<Np<'a>> {
        let read = (from..to).find(|&k| {
            self.toks[k].is_word() && matches!(self.word(k), "read" | "reads" | "reading")
        })?;
        let b = (read + 1..to)
            .rev()
            .find(|&k| self.is_word(k, "from") || self.is_word(k, "by"))?;
        let end = (b + 1..to).find(|&k| self.punct(k, ",")).unwrap_or(to);
        let np = parties::analyze(self.text, &self.toks[b + 1..end], self.media)?;
        if matches!(np.kind, NpKind::Pronoun(_)) || self.media.is_medium(np.surface) {
            return None;
        }
        Some(parties::body_by_appositive(
            np,
            self.text,
            &self.toks[..to],
            end,
        ))
    }

    /// The body a quoted statement opens on as its own subject, in the third person, as
    /// communiqués do: "The Republic of Marenga notes the decision …", "The Ministry of
    /// Foreign Affairs welcomes …".
    fn self_named(&self, ti: usize) -> Option<Np<'a>> {
        let q = &self.quotes[self.quote_at(ti)?];
        // Enough of the quote for a body's name and its verb.
        let mut end = q.end.min(q.start + 160);
        while !self.text.is_char_boundary(end) {
            end -= 1;
        }
        let mut toks = Vec::new();
        extract::tokenize(self.text, q.start, end, &[], 0, &mut toks);
        if toks.first().is_none_or(|t| t.text(self.text) != "The") {
            return None;
        }
        let v = (2..toks.len().min(12))
            .find(|&k| toks[k].is_word() && lexicon::is_communique_verb(toks[k].text(self.text)))?;
        let np = parties::analyze(self.text, &toks[..v], self.media)?;
        matches!(np.kind, NpKind::Named { body: true }).then_some(np)
    }

    /// For a quote at token `ti` that opens on a relative pronoun ("which", "who", "both of
    /// which") and speech verb `j` before it: the verb of the clause that holds `j`'s
    /// ("added that … had announced"), if any.
    fn outer_reporting_verb(
        &self,
        lo: usize,
        ti: usize,
        j: usize,
        kind: QuoteKind,
    ) -> Option<usize> {
        let q = &self.quotes[self.quote_at(ti)?];
        let words = self.text.get(q.start..q.end)?;
        let mut w = words
            .split_whitespace()
            .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()));
        let relative = |w: Option<&str>| matches!(w, Some("which" | "who" | "whom" | "whose"));
        let (first, second, third) = (w.next(), w.next(), w.next());
        let opens_relative =
            relative(first) || (second == Some("of") && relative(third) && first.is_some());
        if !opens_relative || j < lo + 2 {
            return None;
        }
        let that = (lo + 1..j).rev().find(|&i| self.is_word(i, "that"))?;
        (that.saturating_sub(4).max(lo)..that)
            .rev()
            .find(|&i| self.verb_or_noun(i, kind).is_some())
    }

    #[allow(clippy::type_complexity)]
    fn quote_sieves(
        &self,
        ss: usize,
        lo: usize,
        ti: usize,
        hi: usize,
        kind: QuoteKind,
        prev_item: Option<usize>,
    ) -> Option<(
        Option<Speaker<'a>>,
        Option<&'static str>,
        &'static str,
        Option<usize>,
        Vec<&'a str>,
    )> {
        // 0. "Voss then read out a post from a channel run by the Dermat Shield, the militia
        // …:", "The host read a statement from the defence ministry:": the reader lends the
        // words their voice; the author speaks (before any verb after the quote is looked at).
        if ti > lo && self.punct(ti - 1, ":") {
            if let Some(np) = self.read_from(lo, ti - 1) {
                return Some((Some(Speaker::Np(np)), None, "colon", None, Vec::new()));
            }
            // "A post on a channel used by the Kesh Brothers appeared overnight. It read: «…»":
            // the text's author, as after the quote ("“…,” it read"). "It read, in part:"
            // and "The post reads in full:" say how much is quoted, not who wrote it.
            let verb = match ti.checked_sub(lo + 3).map(|_| self.word(ti - 2)) {
                Some("part" | "full") if ti >= lo + 5 && self.is_word(ti - 3, "in") => {
                    (ti - 5..ti - 3).rev().find(|&k| self.toks[k].is_word())
                }
                Some(_) => Some(ti - 2),
                None => None,
            };
            let verb = verb.filter(|&v| {
                v > lo
                    && matches!(self.word(v), "read" | "reads")
                    && (self.is_word(v - 1, "it")
                        || lexicon::with_lower(self.word(v - 1), lexicon::is_published_text))
            });
            if let Some(v) = verb {
                // Without a "from X" before it, "it" is the text the line named, and that
                // text speaks for the body it was about ("The union issued a statement. It
                // did not use the word “protest.” It read: …").
                let np = if self.is_word(v - 1, "it") && self.text_named_before(v - 1) {
                    Some(self.text_author(ti, v - 1, v - 1))
                } else {
                    self.author_before(ti)
                };
                if let Some(np) = np {
                    return Some((Some(Speaker::Np(np)), None, "colon", None, Vec::new()));
                }
            }
        }
        // 1. Speaker–verb–quote: the last speech verb before the quote.
        // When the nearest verb has no subject ("said in an audio message posted online
        // that …"), an earlier one in the clause may.
        // ("adding that the government would explain the plan “carefully”": a speech verb
        // after a modal is words to come, inside the outer speaker's own.)
        let to_come = |i: usize| {
            kind == QuoteKind::Partial
                && i > lo
                && self.toks[i].verb.is_some_and(|v| v.form == Form::Base)
                && self.toks[i - 1].is_word()
                && lexicon::MODALS.contains(&self.word(i - 1))
        };
        for j in (lo..ti)
            .rev()
            .filter(|&i| {
                self.verb_or_noun(i, kind).is_some()
                    && !self.modifies_noun(ss, i, ti)
                    && !to_come(i)
            })
            .take(2)
        {
            let words_between = (j + 1..ti).filter(|&i| self.toks[i].is_word()).count();
            if kind == QuoteKind::Partial || words_between <= 12 {
                // "Raman added that Norvania had announced two reductions since 2017, “both
                // of which were quietly reversed”": words opening on a relative pronoun go on
                // the reporting sentence, so they are the outer speaker's, not those of a
                // verb inside what that speaker said. (The inner verb is the one the quote
                // uses up: the outer one still reports its clause.)
                let outer = self.outer_reporting_verb(lo, ti, j, kind).unwrap_or(j);
                let v = self.verb_or_noun(outer, kind).map(|v| v.lemma);
                if let Some((sp, app)) = self.subject_of_verb(ss, lo, outer, prev_item) {
                    let sp = match sp {
                        Speaker::Np(np) => Speaker::Np(self.prefer_prev_body(ss, np, false)),
                        other => other,
                    };
                    let colon = ti > 0 && self.punct(ti - 1, ":");
                    let sieve = if colon { "colon" } else { "speaker-verb-quote" };
                    return Some((Some(sp), v, sieve, Some(j), app));
                }
            }
        }
        // "“…,” according to Bishop Anselm Kerr.": the source named after the quote (not
        // a medium, which `analyze` refuses, nor a pronoun).
        let k = if ti + 1 < hi && self.punct(ti + 1, ",") {
            ti + 2
        } else {
            ti + 1
        };
        if k + 2 < hi && self.is_word(k, "according") && self.is_word(k + 1, "to") {
            let e = (k + 2..hi)
                .find(|&i| {
                    self.toks[i].kind == TokKind::Punct
                        && matches!(self.word(i), "," | "." | ";" | ":" | "!" | "?")
                })
                .unwrap_or(hi);
            if let Some(np) = parties::analyze(self.text, &self.toks[k + 2..e], self.media)
                .filter(|np| !matches!(np.kind, NpKind::Pronoun(_)))
            {
                return Some((
                    Some(Speaker::Np(np)),
                    Some("according to"),
                    "according-to",
                    None,
                    Vec::new(),
                ));
            }
        }
        // A pull quote signed after a dash: "“We spent four years …” — a Velmorian platoon
        // sergeant, speaking to the Courier".
        // (A quote ending in a period closes its sentence; the signature is the line's rest.)
        // (Or after a label that names no one: "The claim: "…" - Senator Ilse Markovic,
        // ValdoTV, 9 February." in a fact check.)
        let labelled = ti > lo + 1
            && self.punct(ti - 1, ":")
            && (lo..ti - 1).filter(|&k| self.toks[k].is_word()).count() <= 3
            && parties::analyze(self.text, &self.toks[lo..ti - 1], self.media).is_none();
        let opens = (lo..ti).all(|k| !self.toks[k].is_word()) || labelled;
        let line_end = self.toks.len();
        if opens
            && ti + 2 < line_end
            && (self.punct(ti + 1, "—") || self.punct(ti + 1, "–") || self.punct(ti + 1, "-"))
        {
            let e = (ti + 2..line_end)
                .find(|&k| !self.toks[k].is_word() && !self.punct(k, "."))
                .unwrap_or(line_end);
            // (After a plain hyphen, only a name: "- a reader in Halvik" under a comment is
            // no one's statement.)
            let hyphen = self.punct(ti + 1, "-");
            if let Some(np) =
                parties::analyze(self.text, &self.toks[ti + 2..e], self.media).filter(|np| {
                    !matches!(np.kind, NpKind::Pronoun(_))
                        && (!hyphen || matches!(np.kind, NpKind::Named { .. }))
                })
            {
                return Some((Some(Speaker::Np(np)), None, "signature", None, Vec::new()));
            }
        }
        // "„…“, the text reads": a published text speaks for its author, as "it" would
        // ("reads" is no speech verb otherwise: a sign reads "Go home").
        if let Some(k) =
            (ti + 2..hi.min(ti + 5)).find(|&k| matches!(self.word(k), "reads" | "read"))
        {
            let text_noun = self.is_word(k - 2, "the")
                && lexicon::with_lower(self.word(k - 1), lexicon::is_published_text)
                && (ti + 1..k - 2).all(|i| !self.toks[i].is_word());
            // "“…,” the embassy's statement read.": the owner is the author.
            let owner = (k >= ti + 4
                && lexicon::with_lower(self.word(k - 1), lexicon::is_published_text)
                && self.is_word(k - 3, "the")
                && lexicon::is_possessive(self.word(k - 2))
                && (ti + 1..k - 3).all(|i| !self.toks[i].is_word()))
            .then(|| self.possessor(k - 3, k - 2))
            .flatten();
            // "“…,” it read.": "it" is the statement the line named before the quote.
            let it_text = self.is_word(k - 1, "it")
                && (ti + 1..k - 1).all(|i| !self.toks[i].is_word())
                && self.text_named_before(ti);
            // The text's (or "it"'s) first word: the phrase standing for the author.
            let phrase = if text_noun {
                Some(k - 2)
            } else {
                it_text.then_some(k - 1)
            };
            let np = owner.or_else(|| Some(self.text_author(ti, phrase?, k - 1)));
            if let Some(np) = np {
                return Some((
                    Some(Speaker::Np(np)),
                    None,
                    "quote-verb-speaker",
                    Some(k),
                    Vec::new(),
                ));
            }
        }
        // 2. Quote–verb–speaker, or the "said X" inversion.
        let speech_verb = (ti + 1..hi).find(|&i| self.verb(i).is_some());
        // A gesture right after the quote stands for the speech verb: "'… forty cups,' he
        // laughed, wiping down a bench." (a short subject, then the gesture, before any
        // speech verb).
        let gesture = (ti + 2..hi.min(ti + 8))
            .find(|&i| self.toks[i].is_word() && lexicon::is_gesture_verb(self.word(i)));
        if let Some(j) = gesture.filter(|&j| speech_verb.is_none_or(|v| j < v)) {
            let words_before = (ti + 1..j).filter(|&i| self.toks[i].is_word()).count();
            if (1..=6).contains(&words_before) {
                if let Some((np, app)) = self.subject_np(ti + 1, j) {
                    return Some((
                        Some(Speaker::Np(np)),
                        None,
                        "quote-gesture-speaker",
                        Some(j),
                        app,
                    ));
                }
            }
        }
        if let Some(j) = speech_verb {
            let words_before = (ti + 1..j).filter(|&i| self.toks[i].is_word()).count();
            let v = self.verb(j)?;
            // ("«…», observed Mathilde Aubrac-Sené, a researcher …", "«…», assured General
            // Thierry Lambrecht": in the translated register any past speech verb inverts
            // before a name or a person described.)
            let person_after = || {
                self.speaker_after(j + 1, hi).filter(|np| {
                    matches!(
                        np.kind,
                        NpKind::Named { body: false } | NpKind::Descr { person: true, .. }
                    )
                })
            };
            if words_before == 0 {
                let inverted = if lexicon::INVERTIBLE.contains(&v.lemma) {
                    self.speaker_after(j + 1, hi)
                } else if v.class == VerbClass::Clause && v.form == Form::Past {
                    person_after()
                } else {
                    None
                };
                if let Some(np) = inverted {
                    return Some((
                        Some(Speaker::Np(np)),
                        Some(v.lemma),
                        "said-x",
                        Some(j),
                        Vec::new(),
                    ));
                }
            } else if words_before <= 40 {
                // "“…”, the paper said in an editorial": the paper the text just named
                // speaks for itself, as "it" would (the press is otherwise no speaker).
                let paper = words_before == 2
                    && self.is_word(j - 2, "the")
                    && (self.is_word(j - 1, "paper")
                        || lexicon::is_newspaper_noun(self.word(j - 1)))
                    && (j + 1..hi.min(j + 6)).any(|k| self.is_word(k, "editorial"));
                if paper {
                    let surface = &self.text[self.toks[j - 2].s..self.toks[j - 1].e];
                    let np = Np::pronoun(lexicon::Pronoun::Body, surface, self.toks[j - 2].s);
                    return Some((
                        Some(Speaker::Np(np)),
                        Some(v.lemma),
                        "quote-verb-speaker",
                        Some(j),
                        Vec::new(),
                    ));
                }
                if let Some((np, app)) = self.subject_np(ti + 1, j) {
                    return Some((
                        Some(Speaker::Np(np)),
                        Some(v.lemma),
                        "quote-verb-speaker",
                        Some(j),
                        app,
                    ));
                }
            }
        }
        // 3. A bare colon: "Peskov: “…”". After "quoted" the speaker is its object: "The
        // release quoted the coalition's director, Leilani Fonoti: “…”".
        if ti > lo && self.punct(ti - 1, ":") {
            let quoted = (lo..ti - 1)
                .rev()
                .find(|&i| lexicon::is_quoting_verb(self.word(i)));
            let from = quoted.map_or(lo, |i| i + 1);
            // "the minister laughed: “…”": the speaker is before the gesture.
            // "One Western diplomat was blunter still: “…”": before a word or three on how
            // they spoke.
            let manner = (from + 1..ti - 1)
                .find(|&b| self.toks[b].is_word() && BE.contains(&self.word(b)))
                .filter(|&b| {
                    (1..=3).contains(&(ti - 2 - b))
                        && (b + 1..ti - 1).all(|k| {
                            self.toks[k].is_word() && self.word(k).chars().all(|c| c.is_lowercase())
                        })
                });
            let to = if ti - 1 > from + 1 && lexicon::is_gesture_verb(self.word(ti - 2)) {
                ti - 2
            } else {
                manner.unwrap_or(ti - 1)
            };
            // "The chair opened the session with a warning: “…”", "The ministry issued a
            // stark reminder:": the noun announces words, so the clause's subject says them.
            let announced = (from.max(ti.saturating_sub(5))..ti - 1).find(|&k| {
                self.toks[k].is_word()
                    && lexicon::with_lower(self.word(k), lexicon::is_utterance_noun)
            });
            // (A verb between them: not "A warning:" or "The minister's message:".)
            let announcer = announced.and_then(|n| {
                self.lead_phrase(from, n)
                    .filter(|&(_, end)| end < n && (end..n).any(|k| self.toks[k].is_word()))
                    .map(|(np, _)| np)
            });
            if let Some(np) = announcer.filter(|np| !self.media.is_medium(np.surface)) {
                return Some((Some(Speaker::Np(np)), None, "colon", None, Vec::new()));
            }
            let subject = self.subject_np(from, to);
            // A communiqué names its author: "I'll read it: “The Republic of Marenga notes
            // the decision …”" (but "Its statement read: “The Federal Government of Somalia
            // appreciates …”" is the body already named).
            let owned = (from..to).any(|k| {
                self.toks[k].is_word() && matches!(self.word(k), "its" | "Its" | "their" | "Their")
            });
            if !owned
                && subject
                    .as_ref()
                    .is_none_or(|(np, _)| matches!(np.kind, NpKind::Pronoun(_)))
            {
                if let Some(np) = self.self_named(ti) {
                    return Some((Some(Speaker::Np(np)), None, "self-named", None, Vec::new()));
                }
            }
            if let Some((np, app)) = subject {
                return Some((Some(Speaker::Np(np)), None, "colon", None, app));
            }
        }
        // 4. A second partial quote in a sentence whose first one is attributed.
        if kind == QuoteKind::Partial {
            if let Some(p) = prev_item {
                if self.items[p].speaker.is_some() {
                    return Some((
                        Some(Speaker::Inherit(p)),
                        self.items[p].verb,
                        "continuation",
                        None,
                        Vec::new(),
                    ));
                }
            }
        }
        None
    }

    /// The subject of the speech verb at `j`: the phrase before it, a participle's governing
    /// verb ("said, adding: …"), or the previous quote's speaker for "and said: …".
    fn subject_of_verb(
        &self,
        ss: usize,
        lo: usize,
        j: usize,
        prev_item: Option<usize>,
    ) -> Option<(Speaker<'a>, Vec<&'a str>)> {
        // A speech noun before a partial quote counts here too (see `verb_or_noun`).
        let v = self.toks[j].verb?;
        let inherit = || {
            prev_item
                .filter(|&p| self.items[p].speaker.is_some())
                .map(|p| (Speaker::Inherit(p), Vec::new()))
        };
        if v.form == Form::Ing {
            // "State television quoted Rashid Kaleb as saying …": the person quoted.
            if let Some(np) = self.quoted_as(ss, j) {
                return Some((Speaker::Np(np), Vec::new()));
            }
            if let Some((np, app)) = self.with_subject(lo.max(ss), j) {
                return Some((Speaker::Np(np), app));
            }
            if let Some(k) = (ss..j)
                .rev()
                .find(|&i| self.verb(i).is_some_and(|v| v.form != Form::Ing))
            {
                if k >= lo {
                    // "Forces will stay …, it said, adding that “…”": the aside's speaker,
                    // not the reported clause's subject.
                    let lemma = self.toks[k].verb.map_or("", |v| v.lemma);
                    if let Some((_, np, app)) = self.trailing_attribution(ss, k, j + 1, lemma) {
                        return Some((Speaker::Np(np), app));
                    }
                    return self.subject_of_verb(ss, lo, k, prev_item);
                }
            }
            // "Yesenia Cordero went further, calling the handover “…”": the subject the
            // sentence opens with.
            if let Some(found) = inherit() {
                return Some(found);
            }
            // "The African Union Commission has issued a statement welcoming “…”": the
            // statement's author, the phrase the clause opens with.
            let document = j > lo
                && self.toks[j - 1].is_word()
                && lexicon::with_lower(self.word(j - 1), lexicon::is_document_noun);
            if document {
                return self
                    .lead_phrase(lo, j - 1)
                    .map(|(np, _)| (Speaker::Np(np), Vec::new()));
            }
            if j > lo && self.punct(j - 1, ",") {
                if let Some((np, _)) = self.lead_phrase(lo, j - 1) {
                    return Some((Speaker::Np(np), Vec::new()));
                }
                // "In an interview with Radio Continental, he went further, saying …": the
                // pronoun the clause opens with, past an opening adverbial.
                let start = if self.opens_adverbial(lo) {
                    (lo..j - 1).find(|&k| self.punct(k, ","))? + 1
                } else {
                    lo
                };
                let t = self.toks[start];
                let p = lexicon::pronoun(t.text(self.text)).filter(|_| start + 1 < j - 1)?;
                return Some((
                    Speaker::Np(Np::pronoun(p, t.text(self.text), t.s)),
                    Vec::new(),
                ));
            }
            return None;
        }
        let has_words = (lo..j).any(|i| self.toks[i].is_word() && !self.toks[i].has(flag::SUBORD));
        if !has_words {
            return inherit();
        }
        // "condemned the pull-out …, and said": the subject of the first verb.
        if let Some(k) = self.coordinated_with(ss, j) {
            if k >= lo {
                return self.subject_of_verb(ss, lo, k, prev_item);
            }
            return inherit();
        }
        self.subject_np(lo, j)
            .map(|(np, app)| (Speaker::Np(np), app))
    }

    /// The subject of a participle in a "with" phrase: "…, with Shri R.K. Vadhera, Union
    /// Minister of Defence, asserting that …" (the one who asserts, not the clause's
    /// subject).
    fn with_subject(&self, lo: usize, j: usize) -> Option<(Np<'a>, Vec<&'a str>)> {
        let w = (lo..j)
            .rev()
            .take(14)
            .find(|&k| self.toks[k].is_word() && self.word(k).eq_ignore_ascii_case("with"))?;
        let opens = w == lo || self.punct(w - 1, ",");
        if !opens || w + 1 >= j || !self.toks[w + 1].is_word() {
            return None;
        }
        let (np, app) = self.subject_np(w + 1, j)?;
        matches!(
            np.kind,
            NpKind::Named { .. } | NpKind::Descr { person: true, .. }
        )
        .then_some((np, app))
    }

    /// For a verb right after "and"/"but", the earlier finite speech verb it shares a
    /// subject with.
    fn coordinated_with(&self, ss: usize, j: usize) -> Option<usize> {
        let prev = (ss..j).rev().find(|&i| self.toks[i].is_word())?;
        if !matches!(self.word(prev), "and" | "but") {
            return None;
        }
        // A passive ("had been informed … and noted") is no speech verb of the subject.
        (ss..prev).rev().find(|&i| {
            self.verb(i)
                .is_some_and(|v| v.form != Form::Ing && v.form != Form::Base)
                && !(i > ss
                    && self.toks[i - 1].is_word()
                    && lexicon::with_lower(self.word(i - 1), |w| BE.contains(&w)))
        })
    }

    /// Finds the subject in tokens `a..b` that end right before a verb. The clause is cut
    /// into comma segments; the last one is the subject unless it is an appositive or a
    /// relative clause, in which case the walk goes back to a name ("Olga Oliker, a senior
    /// adviser …, a Washington-based think tank, said").
    fn subject_np(&self, a: usize, b: usize) -> Option<(Np<'a>, Vec<&'a str>)> {
        if let Some((_, r)) = self.subjects.borrow().iter().find(|(k, _)| *k == (a, b)) {
            return r.clone();
        }
        let r = self.subject_np_uncached(a, b);
        self.subjects.borrow_mut().push(((a, b), r.clone()));
        r
    }

    fn subject_np_uncached(&self, a: usize, b: usize) -> Option<(Np<'a>, Vec<&'a str>)> {
        // "In a letter to its members it said …": a subject pronoun right before the verb is
        // the subject, whatever opens the clause, unless a preposition or verb governs it
        // ("those who voted for it said").
        if b > a + 1 && self.toks[b - 1].is_word() && lexicon::pronoun(self.word(b - 1)).is_some() {
            let p = self.toks[b - 2];
            let governed = p.is_word() && (p.has(flag::PREP) || p.verb.is_some());
            if !governed && p.is_word() {
                return parties::analyze(self.text, &self.toks[b - 1..b], self.media)
                    .map(|np| (np, Vec::new()));
            }
        }
        // "a process the official said was “weeks, not years” from finished": a noun phrase
        // the relative clause's subject follows, with no "that", is no part of the subject
        // (a person's description: "a move the government insists is …" is the lede's).
        if let Some(k) = (a + 2..b.saturating_sub(1)).rev().find(|&k| {
            self.is_word(k, "the")
                && self.toks[k - 2].is_word()
                && matches!(self.word(k - 2), "a" | "an" | "the")
                && self.toks[k - 1].is_word()
                && self.toks[k - 1].verb.is_none()
                && !self.toks[k - 1].has(
                    flag::CAP
                        | flag::PREP
                        | flag::DET
                        | flag::QUANT
                        | flag::INTRO
                        | flag::SUBORD
                        | flag::TRAILING
                        | flag::COUNT
                        | flag::PERSON,
                )
                && (k + 1..b).all(|i| self.toks[i].is_word())
                && (k + 1..b).any(|i| self.toks[i].has(flag::PERSON))
        }) {
            return self.subject_np_uncached(k, b);
        }
        // "She added that the SHO had told her, “…”", "The widow said Foreign Minister
        // Sigrun Bakke had told her that …": a speech verb earlier in the clause reports
        // the rest, so the later verb's subject follows it (past "that"). Not inside a
        // relative clause ("The envoy, who said little, told …").
        let relative = |k: usize| {
            (a..k).any(|i| self.toks[i].is_word() && matches!(self.word(i), "who" | "which"))
        };
        // (Only for words told to someone: "said Kaltenmark had informed the government and
        // received “a positive reply”" quotes the one who said, not Kaltenmark.)
        let told = b < self.toks.len()
            && self.toks[b]
                .verb
                .is_some_and(|v| matches!(v.lemma, "tell" | "say" | "assure" | "promise"));
        let reporting_verb = told
            .then(|| {
                (a..b.saturating_sub(2)).rev().find(|&k| {
                    self.toks[k]
                        .verb
                        .is_some_and(|v| v.form != Form::Ing && v.form != Form::Base)
                        && self.quote_at(k).is_none()
                })
            })
            .flatten();
        if let Some(k) = reporting_verb {
            let from = if self.is_word(k + 1, "that") {
                k + 2
            } else {
                k + 1
            };
            let starts_clause = from < b
                && self.toks[from].is_word()
                && !self.toks[from].has(flag::PREP)
                && (self.is_word(k + 1, "that") || self.toks[from].has(flag::CAP));
            if starts_clause && !relative(k) {
                if let Some(found) = self.subject_np_uncached(from, b) {
                    return Some(found);
                }
            }
        }
        // The subject is after the last quote, semicolon or colon before the verb. (A title
        // after "of" is inside the subject: "Dr Iyer, author of “The Long Frontier”, said".)
        // (Nor a quote inside a relative clause: "Priya Hallam, an analyst who rates the
        // stock “hold”, said".)
        let in_relative = |i: usize| {
            self.punct(i + 1, ",")
                && (a..i)
                    .rev()
                    .take_while(|&k| !self.punct(k, ",") && self.quote_at(k).is_none())
                    .any(|k| self.toks[k].is_word() && matches!(self.word(k), "who" | "which"))
        };
        let delimiter = (a..b).rev().find(|&i| {
            (self.quote_at(i).is_some() && !(i > a && self.is_word(i - 1, "of")) && !in_relative(i))
                || self.punct(i, ";")
                || self.punct(i, ":")
        });
        // "- **Germany**: welcomed the move, calling it …": in a list of reactions the
        // label before the colon is the subject of the verb right after it.
        if let Some(c) = delimiter.filter(|&c| c + 1 == b && c > a && self.punct(c, ":")) {
            let label = &self.toks[a..c];
            let bullet_or_word = |t: &Tok| {
                t.is_word()
                    || (t.kind == TokKind::Punct
                        && matches!(t.text(self.text), "-" | "*" | "•" | "–"))
            };
            if label.iter().all(bullet_or_word) && label.iter().filter(|t| t.is_word()).count() <= 4
            {
                if let Some(np) = parties::analyze(self.text, label, self.media)
                    .filter(|np| matches!(np.kind, NpKind::Named { .. }))
                {
                    return Some((np, Vec::new()));
                }
            }
        }
        let a = delimiter.map_or(a, |i| i + 1);
        // "Our brigade commander stood up in the mess and said": joined by "and" to a verb
        // that reports nothing, the verb shares its subject, the phrase the clause opens
        // with (followed by that other verb, a lowercase word, or by a relative clause
        // without "who": "A sergeant I worked with shook my hand and said").
        if b > a + 2 && self.is_word(b - 1, "and") {
            // "He paid tribute to the 31 who had died, and said …": a personal pronoun
            // opening the clause, its verb right after it.
            let opener = (a..b).find(|&i| self.toks[i].is_word());
            if let Some(p) = opener.filter(|&p| {
                matches!(self.word(p), "He" | "She" | "They")
                    && self.toks[p + 1].is_word()
                    && !self.toks[p + 1].has(flag::CAP | flag::DET | flag::PREP)
            }) {
                if let Some(np) = parties::analyze(self.text, &self.toks[p..p + 1], self.media) {
                    return Some((np, Vec::new()));
                }
            }
            // (A description or a full name: "Good morning and welcome" has no subject.)
            let speaker = |np: &Np| match np.kind {
                NpKind::Descr { .. } => true,
                NpKind::Named { .. } => np.name.contains(' '),
                _ => false,
            };
            if let Some((np, e)) = self.lead_phrase(a, b - 1).filter(|(np, _)| speaker(np)) {
                let w = self.word(e);
                let verb_next = e + 1 < b
                    && self.toks[e].is_word()
                    && !self.toks[e].has(flag::DET | flag::PREP)
                    && (w.starts_with(|c: char| c.is_lowercase()) || w == "I");
                if verb_next && (e..b).all(|k| self.toks[k].is_word()) {
                    return Some((np, Vec::new()));
                }
            }
            // "Defence Minister Jonas Albrecht stood in front of the vehicles and said …": a
            // named subject of two coordinated verbs is the capitalized run the clause opens
            // with, before the first verb (past an opening phrase, "On Tuesday, …", which
            // the lead phrase above may have stopped at).
            let start = (a..b)
                .rev()
                .find(|&i| self.punct(i, ","))
                .map_or(a, |c| c + 1);
            let first = (start..b).find(|&i| self.toks[i].is_word());
            if let Some(f) = first.filter(|&f| self.toks[f].has(flag::CAP)) {
                let e = (f..b)
                    .find(|&i| !(self.toks[i].is_word() && self.toks[i].has(flag::CAP)))
                    .unwrap_or(b);
                let verb_next = e > f + 1
                    && e + 1 < b
                    && self.toks[e].is_word()
                    && !self.toks[e].has(flag::PREP | flag::DET | flag::SUBORD)
                    && self.word(e).starts_with(|c: char| c.is_lowercase());
                if verb_next {
                    if let Some(np) = parties::analyze(self.text, &self.toks[f..e], self.media)
                        .filter(|np| matches!(np.kind, NpKind::Named { body: false }))
                    {
                        return Some((np, Vec::new()));
                    }
                }
            }
        }
        // "Russia and China said", "On Tuesday, Britain and France said": names joined by
        // "and" right before the verb, after any opening phrase, are all speakers.
        // An aside may follow the names: "Russia and China, in a joint statement, said",
        // "Russia and Iran, both allies of Damascus, said".
        if (a..b).any(|i| self.is_word(i, "and")) {
            let commas: Vec<usize> = (a..b).filter(|&i| self.punct(i, ",")).collect();
            let starts = std::iter::once(a).chain(commas.iter().map(|&i| i + 1));
            let ends: Vec<usize> = std::iter::once(b).chain(commas.iter().copied()).collect();
            for s in starts {
                for &e in ends.iter().filter(|&&e| e > s) {
                    let toks = &self.toks[s..e];
                    if let Some(np) = parties::coordination(self.text, toks, self.media) {
                        return Some((np, Vec::new()));
                    }
                }
            }
        }
        let mut segs: Vec<(usize, usize)> = Vec::new();
        let mut s = a;
        let mut depth = 0i32;
        for i in a..b {
            let t = self.toks[i];
            if t.kind != TokKind::Punct {
                continue;
            }
            match t.text(self.text) {
                "(" | "[" => depth += 1,
                ")" | "]" => depth -= 1,
                // ("40,000 residents": a comma inside a number separates nothing.)
                "," if i > a && i + 1 < b && self.inside_number(i) => {}
                "," | "—" | "–" if depth <= 0 => {
                    segs.push((s, i));
                    s = i + 1;
                }
                _ => {}
            }
        }
        segs.push((s, b));
        // ("08:40 — Our correspondent in Kesh, Tom Ferrier, says": past a time stamp.)
        if segs.len() >= 2 && segs.iter().any(|&(s, e)| self.journalist_led(s, e)) {
            return None;
        }
        // "Dr. Meenakshi Iyer, Professor … at the Institute of Himalayan Affairs, Dehradun,
        // said": a place after a name in a prepositional phrase says where that is; the
        // person the sentence opens with speaks.
        if segs.len() >= 3 {
            let place = |(s, e): (usize, usize)| {
                (1..=2).contains(&(e - s))
                    && (s..e).all(|i| self.toks[i].is_word() && self.toks[i].has(flag::CAP))
            };
            let named_in_pp = |(s, e): (usize, usize)| {
                e > s + 1
                    && self.toks[e - 1].is_word()
                    && self.toks[e - 1].has(flag::CAP)
                    && (s..e).any(|i| self.toks[i].has(flag::PREP))
            };
            if let Some(k) = (2..segs.len()).find(|&k| place(segs[k]) && named_in_pp(segs[k - 1])) {
                let (fs, fe) = segs[0];
                let person = parties::analyze(self.text, &self.toks[fs..fe], self.media)
                    .is_some_and(|np| is_person(&np) && np.name.contains(' '));
                if person {
                    segs.remove(k);
                }
            }
        }
        // "Syria “has never accepted” a foreign presence on its soil, the ministry added":
        // words run on from a quote inside a clause (a word before it, no punctuation ending
        // it) are the rest of that clause, not a speaker with an appositive.
        let run_on = a > 1
            && a < b
            && self.toks[a].is_word()
            && self.toks[a - 2].is_word()
            && self.quote_at(a - 1).is_some_and(|q| {
                !self.text[..self.quotes[q].end]
                    .trim_end()
                    .ends_with(|c: char| c.is_ascii_punctuation() || c == '…')
            });
        if run_on && segs.len() > 1 {
            segs.remove(0);
        }
        // "In a statement signed by his Chief Press Secretary, Mr Solomon Agbo-Ijeh, the
        // governor said", "The DHQ, in a statement signed by its spokesman, Brigadier General
        // Kayode Olatunbosun, said": a name in apposition to "by/through <his> <role>" is
        // the go-between, an aside; the subject is around it.
        // (The subject must be left: a segment before or after the two.)
        let go_between = (segs.len() > 2).then(|| {
            (0..segs.len() - 1).find(|&k| {
                let (s, e) = segs[k];
                let by_role = (s..e.saturating_sub(2)).any(|i| {
                    matches!(self.word(i), "by" | "through" | "via")
                        && matches!(self.word(i + 1), "his" | "her" | "its" | "their")
                });
                let (ns, ne) = segs[k + 1];
                by_role
                    && parties::analyze(self.text, &self.toks[ns..ne], self.media)
                        .is_some_and(|np| matches!(np.kind, NpKind::Named { body: false }))
            })
        });
        if let Some(k) = go_between.flatten() {
            segs.drain(k..k + 2);
        }
        let mut best: Option<Np<'a>> = None;
        let mut appositives = Vec::new();
        // Segments skipped before anything is found: a trailing empty one, an appositive
        // ("a … think tank"), a participle ("speaking to AFP …"), a relative clause.
        let mut skipped = 0;
        // Whether the segment just walked past was a bare relative pronoun ("…, which").
        let mut relative = false;
        // Whether it was a relative clause on a person ("…, who told SNA on 4 June:").
        let mut who_clause = false;
        let mut relative_past_descr = false;
        // The segment the speaker was found in, for a description before it.
        let mut best_seg = 0;
        for (si, &(s, e)) in segs.iter().enumerate().rev() {
            let after_relative = std::mem::take(&mut relative);
            let after_who = std::mem::take(&mut who_clause);
            // "… from Henrik Saal, a former envoy, who told reporters …": past a
            // description in apposition, the relative pronoun's antecedent is still ahead.
            let after_relative = after_relative || std::mem::take(&mut relative_past_descr);
            relative = (s..e).filter(|&i| self.toks[i].is_word()).count() == 1
                && self.toks[s..e]
                    .iter()
                    .any(|t| t.is_word() && matches!(t.text(self.text), "which" | "who"));
            who_clause = (s..e)
                .find(|&i| self.toks[i].is_word())
                .is_some_and(|i| self.word(i) == "who");
            let (cs, ce, cut) = self.cut_clause(s, e);
            let first_word = (cs..ce)
                .find(|&i| self.toks[i].is_word())
                .map(|i| self.word(i));
            let Some(first_word) = first_word else {
                if best.is_some() {
                    break;
                }
                continue;
            };
            // "It said …": a lone pronoun right before the verb is its subject, though "it"
            // opens adverbial segments elsewhere ("It was not clear whether …").
            // (Past an adverb: "It also said …".)
            let lone_pronoun = lexicon::pronoun(first_word).is_some()
                && (cs..parties::subject_end(self.text, &self.toks[..ce], cs))
                    .filter(|&i| self.toks[i].is_word())
                    .count()
                    == 1
                && ce == b;
            // "Asked by a reporter whether …, he stated": a participle opening the sentence.
            let participle_opener = s == a
                && first_word.len() > 4
                && first_word.ends_with("ed")
                && first_word.starts_with(|c: char| c.is_uppercase())
                && (cs + 1..ce)
                    .find(|&i| self.toks[i].is_word())
                    .is_some_and(|i| {
                        self.toks[i].has(flag::PREP)
                            || matches!(self.word(i), "whether" | "if" | "about" | "how" | "why")
                    });
            // "Nodding, the minister said", "Closing his remarks, the minister said:": an
            // -ing word opening the sentence, alone or before a determiner, a possessive or
            // a preposition, and a comma after, is a participle, not a name with an
            // appositive after it ("Beijing urged …" is a name).
            let ing_opener = s == a
                && ce < b
                && first_word.len() > 5
                && first_word.ends_with("ing")
                && first_word.starts_with(|c: char| c.is_uppercase())
                && lexicon::given_name_gender(first_word) == 0
                && (cs + 1..ce)
                    .find(|&i| self.toks[i].is_word())
                    .is_none_or(|i| {
                        self.toks[i].has(flag::PREP)
                            || lexicon::is_determiner(self.word(i))
                            || lexicon::is_possessive(self.word(i))
                    });
            let intro = !cut
                && !lone_pronoun
                && (participle_opener
                    || ing_opener
                    || (lexicon::is_intro(first_word)
                        && !lexicon::is_determiner(first_word)
                        && !lexicon::is_subordinator(first_word))
                    || (first_word.ends_with("ing")
                        && first_word.chars().next().is_some_and(|c| c.is_lowercase())));
            // "Marco Feld, 62, a retired colonel, told …": an age between a name and its
            // description is passed over.
            let mut seg_words = (cs..ce).filter(|&i| self.toks[i].is_word());
            if let (Some(w), None) = (seg_words.next(), seg_words.next()) {
                let w = self.word(w);
                if w.len() <= 3 && w.bytes().all(|b| b.is_ascii_digit()) {
                    continue;
                }
            }
            // "It cited a commander of the Varn Highland Guard, who told SNA: «…»": the
            // person the relative clause is on, the object of the clause's verb.
            let object = after_who
                .then(|| {
                    (cs + 1..ce.saturating_sub(1)).find(|&k| {
                        let w = self.word(k);
                        self.toks[k].is_word()
                            && !self.toks[k].has(flag::CAP)
                            && (w.ends_with("ed") || lexicon::is_irregular_past(w))
                            && matches!(self.word(k + 1), "a" | "an" | "the" | "one")
                    })
                })
                .flatten();
            let np = if let Some(k) = object {
                parties::analyze(self.text, &self.toks[k + 1..ce], self.media)
                    .filter(|np| matches!(np.kind, NpKind::Descr { .. } | NpKind::Named { .. }))
            } else if intro {
                None
            } else {
                parties::analyze(self.text, &self.toks[cs..ce], self.media)
                    .or_else(|| {
                        // A passive's agent: "the decision was condemned by … Giles Pemberton".
                        let by = (cs..ce).rev().find(|&i| self.is_word(i, "by"))?;
                        let participle = by > cs && self.toks[by - 1].is_word() && {
                            let w = self.word(by - 1);
                            w.ends_with("ed") || w.ends_with("en") || self.verb(by - 1).is_some()
                        };
                        if !participle {
                            return None;
                        }
                        parties::analyze(self.text, &self.toks[by + 1..ce], self.media)
                    })
                    .or_else(|| {
                        // "… drew condemnation from Iran, which called it …": the relative
                        // pronoun's antecedent, a name ending the clause before it.
                        if !after_relative {
                            return None;
                        }
                        let p = (cs..ce).rev().find(|&i| self.toks[i].has(flag::PREP))?;
                        parties::analyze(self.text, &self.toks[p + 1..ce], self.media)
                            .filter(|np| matches!(np.kind, NpKind::Named { .. }))
                    })
            };
            match np {
                // "one of them, a nurse who works nights, said": the description says
                // which member; she is her own party, not the group.
                Some(np)
                    if matches!(np.kind, NpKind::Pronoun(lexicon::Pronoun::Member))
                        && best.is_some() =>
                {
                    break
                }
                // "Under questioning from Tomas Ederly, an independent member for the eastern
                // districts, the minister acknowledged": a description right after a name
                // that ends a prepositional phrase is that name's, not the subject's.
                Some(np)
                    if best.is_some() && matches!(np.kind, NpKind::Descr { .. }) && si > 0 && {
                        let (ps, pe) = segs[si - 1];
                        let prep = (ps..pe).rev().find(|&i| self.toks[i].has(flag::PREP));
                        prep.is_some_and(|p| {
                            p > ps
                                && parties::analyze(self.text, &self.toks[ps..pe], self.media)
                                    .is_none()
                                && parties::analyze(self.text, &self.toks[p + 1..pe], self.media)
                                    .is_some_and(|np| {
                                        is_person(&np) && np.strong() && np.name.contains(' ')
                                    })
                        })
                    } =>
                {
                    break
                }
                Some(np) => {
                    relative_past_descr =
                        after_relative && best.is_none() && matches!(np.kind, NpKind::Descr { .. });
                    if let Some(old) = best.take() {
                        appositives.push(old.surface);
                    }
                    // "Anna Berg, head of Horizon Relief, said": a name inside a role phrase
                    // ("head of", "country director at") is where the speaker works; the
                    // name before it speaks.
                    // (Or a capitalized title: "Under-Secretary-General for Peace Operations".)
                    let role_of = matches!(np.kind, NpKind::Named { .. })
                        && (np.surface.starts_with(|c: char| c.is_lowercase())
                            || np
                                .surface
                                .split(' ')
                                .next()
                                .is_some_and(|w| lexicon::props(w).flags & flag::TITLE != 0))
                        && !np
                            .surface
                            .split(' ')
                            .next()
                            .is_some_and(lexicon::is_determiner)
                        && np
                            .surface
                            .strip_suffix(np.name.as_ref())
                            .is_some_and(|role| {
                                [" of ", " at ", " for "].iter().any(|p| role.contains(p))
                            });
                    // "Sir Nigel Parbury, the Conservative Member for Castlereach, said": a
                    // capitalized role ("Member", "Minister") is no personal name.
                    // (Of a compound, its last part: "Under-Secretary-General".)
                    // (Or before its "of": "the Member of Parliament for Kalenga East".)
                    let role_word = |w: Option<&str>| {
                        w.and_then(|w| w.rsplit('-').next()).is_some_and(|w| {
                            lexicon::props(w).flags & (flag::TITLE | flag::PERSON) != 0
                        })
                    };
                    let role_title = (matches!(np.kind, NpKind::Named { body: false })
                        && role_word(np.name.split_whitespace().next_back()))
                        || (matches!(np.kind, NpKind::Named { .. })
                            && np.name.split_once(" of ").is_some_and(|(head, _)| {
                                role_word(head.split_whitespace().next_back())
                            }));
                    let strong = np.strong() && !role_of && !role_title;
                    best = Some(np);
                    best_seg = si;
                    if strong || cut {
                        break;
                    }
                }
                None if best.is_none() && skipped < 2 => skipped += 1,
                None => break,
            }
        }
        // "The ministry issued a statement. “…,” the statement said.": a document without
        // its author named speaks for the body the text was just about, as "it" would.
        if best.is_none() {
            // A determiner, at most two lowercase modifiers ("A two-line statement", "the
            // ministry's brief statement") and the document, nothing else (but an adverb or
            // "went on to" before the verb: "The statement also promised").
            let b = parties::subject_end(self.text, &self.toks[..b], a);
            let document = (a + 2..=a + 4).contains(&b)
                && (a..b).all(|i| self.toks[i].is_word())
                && lexicon::with_lower(self.word(a), |w| {
                    matches!(w, "the" | "its" | "this" | "a" | "an")
                })
                && (a + 1..b - 1).all(|i| !self.toks[i].has(flag::CAP))
                && lexicon::with_lower(self.word(b - 1), lexicon::is_document_noun);
            if document {
                // (Who issued a statement on this line or the one before: "President X has
                // issued a statement. He thanked … “…,” the statement read.")
                if let Some((_, np)) = &self.issuer {
                    return Some((np.clone(), Vec::new()));
                }
                if let Some(body) = self.prev_body.clone().or_else(|| self.sent_body.clone()) {
                    return Some((body, Vec::new()));
                }
            }
        }
        // "Ogunrinde-Bako, who handed over the keys to the Commissioner of Police, CP Musa
        // Abubakar-Yero, maintained that …": a name right after a relative clause that ends on
        // a person's title or name is set in apposition inside it; the subject is the
        // clause's antecedent, a named person.
        let is_named_person = |np: &Np| matches!(np.kind, NpKind::Named { body: false });
        if best.as_ref().is_some_and(is_named_person) && best_seg >= 2 {
            let (ws, we) = segs[best_seg - 1];
            let mut words = (ws..we).filter(|&i| self.toks[i].is_word());
            let who = words.next().is_some_and(|i| self.word(i) == "who");
            let ends_on_person = words.next_back().is_some_and(|i| {
                self.toks[i].has(flag::CAP)
                    || lexicon::props(self.word(i)).flags & (flag::PERSON | flag::TITLE) != 0
            });
            if who && ends_on_person {
                // (The antecedent may have a description in apposition before the clause:
                // "Henrik Falstedt, the Ambassador of Valdoria, who attended …".)
                let named = |k: usize| {
                    let (ps, pe) = segs[k];
                    parties::analyze(self.text, &self.toks[ps..pe], self.media)
                        .filter(|np| is_named_person(np) && np.strong())
                };
                let described = |k: usize| {
                    let (ps, _) = segs[k];
                    self.toks[ps].is_word()
                        && lexicon::with_lower(self.word(ps), |w| matches!(w, "the" | "a" | "an"))
                };
                let antecedent = named(best_seg - 2).map(|np| (np, 2)).or_else(|| {
                    (best_seg >= 3 && described(best_seg - 2))
                        .then(|| named(best_seg - 3))
                        .flatten()
                        .map(|np| (np, 3))
                });
                if let Some((np, back)) = antecedent {
                    appositives.clear();
                    best = Some(np);
                    best_seg -= back;
                }
            }
        }
        // "The Adoka State Governor, Mr Danladi Garba, described …": a definite
        // description in apposition before the name is his, so "the governor" finds him.
        let named_person = best
            .as_ref()
            .is_some_and(|np| np.strong() && is_named_person(np));
        if named_person && best_seg > 0 {
            let (ds, de) = segs[best_seg - 1];
            let before = parties::analyze(self.text, &self.toks[ds..de], self.media);
            if let Some(d) = before.filter(|d| {
                matches!(
                    d.kind,
                    NpKind::Descr {
                        definite: true,
                        person: true,
                        ..
                    }
                ) && (!self.toks[ds..de].iter().any(|t| t.has(flag::PREP))
                    // ("The head of state, Aurelio Benavente, …": later "the president".)
                    || self.text[self.toks[ds].s..self.toks[de - 1].e]
                        .eq_ignore_ascii_case("the head of state")
                    // (A capitalized office with its complement is one title: "the Chief of
                    // Army Staff, Lt. Gen. Adewale Ogunrinde-Bako, disclosed …".)
                    || self.toks[ds..de]
                        .iter()
                        .find(|t| t.is_word() && !lexicon::is_determiner(t.text(self.text)))
                        .is_some_and(|t| {
                            t.has(flag::CAP)
                                && lexicon::props(t.text(self.text)).flags
                                    & (flag::PERSON | flag::TITLE)
                                    != 0
                        }))
            }) {
                appositives.push(d.surface);
            }
        }
        // A pronoun or description reached only through appositives is no subject.
        best.map(|np| (np, appositives))
    }

    /// Cuts a segment at a conjunction: the subject follows "that", "while", "and the …".
    /// A segment that is a relative clause (", who …,", ", which …,") is no subject at all.
    fn cut_clause(&self, s: usize, e: usize) -> (usize, usize, bool) {
        if let Some(f) = (s..e).find(|&i| self.toks[i].is_word()) {
            if matches!(self.word(f), "who" | "which" | "whose" | "whom") {
                return (e, e, false);
            }
        }
        for i in (s..e).rev() {
            if !self.toks[i].is_word() {
                continue;
            }
            let w = self.word(i);
            let w = if self.toks[i].has(flag::CAP) {
                lower_small(w)
            } else {
                LowerBuf::borrowed(w)
            };
            // Inside a relative clause ("a trader who asked not to be named because he
            // feared reprisals said"), a subordinator belongs to that clause.
            let in_relative = || {
                (s..i).any(|k| self.toks[k].is_word() && matches!(self.word(k), "who" | "which"))
            };
            match w.as_str() {
                "that" | "where" | "when" | "while" | "whereas" | "because" | "as" | "after"
                | "before" | "if" | "although" | "though" | "since" | "until" | "what" | "once"
                | "whether"
                    if in_relative()
                        // "who identified himself as Commander Bahati": the name ends it.
                        && !(w.as_str() == "as"
                            && i + 1 < e
                            && self.toks[i + 1].has(flag::CAP)) => {}
                // "Sheikh Mubarak, leader of the Coastal Alliance that fought the militias for
                // five years, told Reuters": "that" right after a name, with no verb before
                // it in the segment, opens a relative clause about the name. So it does
                // after a description's noun: "…, a local militia that fought alongside US
                // forces, described".
                "that"
                    if i > s
                        && self.toks[i - 1].is_word()
                        && (self.toks[i - 1].has(flag::CAP)
                            || (lexicon::with_lower(self.word(s), |w| {
                                matches!(w, "a" | "an" | "the")
                            }) && !self.toks[i - 1].has(flag::PREP | flag::DET)))
                        && !self.media.is_medium(self.word(i - 1))
                        && self.toks.get(i + 1).is_some_and(|t| {
                            t.is_word()
                                && !t.has(flag::CAP)
                                && lexicon::pronoun(t.text(self.text)).is_none()
                        })
                        && (s..i).all(|k| self.toks[k].verb.is_none()) => {}
                // "…, briefing as a civil society representative, described": a participle's
                // role, not a clause whose subject follows.
                "as" if i > s
                    && self.toks[i - 1].is_word()
                    && self.word(i - 1).ends_with("ing")
                    && !self.toks[i - 1].has(flag::CAP) => {}
                "that" | "where" | "when" | "while" | "whereas" | "because" | "as" | "after"
                | "before" | "if" | "although" | "though" | "since" | "until" | "what" | "once"
                | "whether" => {
                    return (i + 1, e, i > s);
                }
                "and" | "but" | "or" => {
                    let next_det = (i + 1 < e)
                        && self.toks[i + 1].is_word()
                        && lexicon::with_lower(self.word(i + 1), |n| {
                            matches!(
                                n,
                                "the"
                                    | "a"
                                    | "an"
                                    | "his"
                                    | "her"
                                    | "its"
                                    | "their"
                                    | "he"
                                    | "she"
                                    | "they"
                                    | "it"
                            )
                        });
                    // "M. Bertrand Lhuillier, deputy for the Haute-Marche and a member of the
                    // defence committee, declared": roles joined in an appositive, no clause.
                    // (Or after a party's "of": "Senator Ana Ruiz, of the opposition MPO and a
                    // member of the Senate Defence Commission, told".)
                    let role = self.toks[s].is_word()
                        && !self.toks[s].has(flag::CAP)
                        && (self.toks[s].has(flag::TITLE | flag::PERSON)
                            || matches!(self.word(s), "of" | "from"));
                    if (next_det && !role) || self.clause_before_and(s, i) {
                        return (i + 1, e, true);
                    }
                }
                _ => {}
            }
        }
        (s, e, false)
    }

    /// Whether `s..and` is a clause of its own, so that "and" joins clauses, not names:
    /// "The last convoy left Kabul and Germany said" (Germany speaks, not Kabul). The sign
    /// is a past-tense verb right after a noun: a lowercase word in -ed or a common
    /// irregular past, no speech verb, whose previous word is no determiner or preposition
    /// ("the combined forces of X and Y" stays one phrase).
    fn clause_before_and(&self, s: usize, and: usize) -> bool {
        (s + 1..and).any(|i| {
            let t = self.toks[i];
            let prev = self.toks[i - 1];
            // (A speech verb there is a quote's own frame: "that Ismira called an
            // occupation and Varnesh called a mission".)
            if !t.is_word() || t.has(flag::CAP) || t.verb.is_some() || !prev.is_word() {
                return false;
            }
            if prev.has(flag::PREP | flag::DET) {
                return false;
            }
            let w = self.word(i);
            (w.len() > 4 && w.ends_with("ed")) || lexicon::is_irregular_past(w)
        })
    }

    /// The speaker after an inverted verb: `said Defence Minister Lena Okafor, who …`.
    fn speaker_after(&self, a: usize, hi: usize) -> Option<Np<'a>> {
        let mut e = a;
        while e < hi {
            let t = self.toks[e];
            if t.kind != TokKind::Word {
                if matches!(t.text(self.text), "(" | ")" | "." | "-") && t.kind == TokKind::Punct {
                    if t.text(self.text) == "." {
                        break;
                    }
                    e += 1;
                    continue;
                }
                break;
            }
            let w = t.text(self.text);
            let w = if t.has(flag::CAP) {
                lower_small(w)
            } else {
                LowerBuf::borrowed(w)
            };
            // "said a mother of five who sells vegetables in the market": a description
            // keeps its relative clause.
            if &*w == "who"
                && e > a
                && self.toks[a].is_word()
                && matches!(self.word(a), "a" | "an")
                && (a..e).all(|k| !self.toks[k].has(flag::CAP) || k == a)
            {
                while e < hi && ![",", ".", "—", "–"].into_iter().any(|p| self.punct(e, p)) {
                    e += 1;
                }
                break;
            }
            let stop = matches!(
                w.as_str(),
                "who"
                    | "which"
                    | "adding"
                    | "according"
                    | "told"
                    | "when"
                    | "while"
                    | "as"
                    | "after"
                    | "during"
                    | "before"
                    | "on"
                    | "because"
                    | "following"
                    | "referring"
                    | "speaking"
            ) || (&*w == "in"
                && e + 1 < hi
                && self.toks[e + 1].is_word()
                && matches!(self.word(e + 1), "a" | "an"));
            if stop {
                break;
            }
            e += 1;
        }
        // "…," said Britain and France.
        if let Some(np) = parties::coordination(self.text, &self.toks[a..e], self.media) {
            return Some(np);
        }
        let np = parties::analyze(self.text, &self.toks[a..e], self.media)?;
        Some(self.named_in_apposition(&np, e, hi).unwrap_or(np))
    }

    /// "said one veteran, Samuel Adeyemi, 67", "Austria's chancellor, Eva Gruber, said": a
    /// description whose next comma segment (tokens from `e`, before `hi`) is a person's
    /// full name is that person.
    fn named_in_apposition(&self, np: &Np<'a>, e: usize, hi: usize) -> Option<Np<'a>> {
        if matches!(np.kind, NpKind::Named { .. }) || e >= hi || !self.punct(e, ",") {
            return None;
        }
        // "said one of them, who gave his name only as Jawed": the name given.
        if self.is_word(e + 1, "who") {
            let end = (e + 1..hi).find(|&k| !self.toks[k].is_word()).unwrap_or(hi);
            let name = (e + 2..end)
                .find(|&k| self.is_word(k, "name"))
                .and_then(|k| (k + 1..end).find(|&a| self.is_word(a, "as")))
                .filter(|&a| a + 1 < end && (a + 1..end).all(|k| self.toks[k].has(flag::CAP)))?;
            let mut np = parties::analyze(self.text, &self.toks[name + 1..end], self.media)?;
            if end == name + 2 {
                np.mark_person();
            }
            return Some(np);
        }
        if !matches!(np.kind, NpKind::Descr { .. }) {
            return None;
        }
        let end = (e + 1..hi).find(|&k| !self.toks[k].is_word()).unwrap_or(hi);
        let words = end - (e + 1);
        if !(2..=4).contains(&words) || !(e + 1..end).all(|k| self.toks[k].has(flag::CAP)) {
            return None;
        }
        if end < hi && ![",", ".", ":", "—", "–"].iter().any(|p| self.punct(end, p)) {
            return None;
        }
        parties::analyze(self.text, &self.toks[e + 1..end], self.media)
            .filter(|name| matches!(name.kind, NpKind::Named { body: false }))
    }

    /// The phrase a sentence opens with, when it names a person ("A farmer in Kani Masi
    /// pointed to the ridge …"): a quote alone in the next paragraph is theirs.
    fn lead_np(&self, ss: usize, se: usize) -> Option<Np<'a>> {
        let (np, _) = self.lead_phrase(ss, se)?;
        lead_np_kind(&np.kind).then_some(np)
    }

    /// The role word of a description in apposition starting at token `k` (before `se`):
    /// "bishop" in "bishop of the diocese …", "deputy" in "a national deputy for …": the
    /// first role word among at most four lowercase content words after which the
    /// description goes on with an "of"/"for"/"at"/"in" complement or "who", or ends at a
    /// comma or period.
    fn apposed_role(&self, k: usize, se: usize) -> Option<&'a str> {
        if k >= se {
            return None;
        }
        let det = lexicon::with_lower(self.word(k), |w| matches!(w, "a" | "an" | "the"));
        let k = if det { k + 1 } else { k };
        // (Modifiers are content words: not "of the opposition", "whose husband". After an
        // article a capitalized office counts too: "Ruth Castellane, the Armed Forces
        // Minister, had …".)
        let cap_ok = if det { 0 } else { flag::CAP };
        let modifier = |i: usize| {
            self.toks[i].is_word()
                && !self.toks[i].has(cap_ok | flag::PREP | flag::DET)
                && lexicon::pronoun(self.word(i)).is_none()
                && !matches!(
                    self.word(i),
                    "whose" | "who" | "which" | "his" | "her" | "their" | "its" | "our" | "my"
                )
        };
        let ends = |i: usize| {
            i >= se
                || self.punct(i, ",")
                || self.punct(i, ".")
                || ["of", "for", "at", "in", "who"]
                    .iter()
                    .any(|w| self.is_word(i, w))
        };
        (k..se.min(k + 4))
            .take_while(|&i| modifier(i))
            .find(|&i| {
                self.toks[i].has(flag::TITLE | flag::PERSON)
                    && !matches!(self.word(i), "retired" | "former" | "acting" | "late")
                    && ends(i + 1)
            })
            .map(|i| self.word(i))
    }

    /// The phrase a sentence opens with (past an opening adverbial), and its end token.
    fn lead_phrase(&self, ss: usize, se: usize) -> Option<(Np<'a>, usize)> {
        // "11:47 — The Black Hills Front …": past a live blog's time stamp (in a sentence,
        // not an entry's headline: "08:40 — Minister rules out talk of retreat").
        let mut ss = ss;
        let sentence = se > ss && [".", ":", "!", "?"].iter().any(|p| self.punct(se - 1, p));
        if sentence && self.word(ss).starts_with(|c: char| c.is_ascii_digit()) {
            if let Some(dash) =
                (ss + 1..se.min(ss + 5)).find(|&k| self.punct(k, "—") || self.punct(k, "–"))
            {
                if (ss..dash).all(|k| {
                    let w = self.word(k);
                    w.chars()
                        .all(|c| c.is_ascii_digit() || c == ':' || c == '.')
                        || matches!(
                            w,
                            "am" | "pm" | "a.m." | "p.m." | "GMT" | "UTC" | "BST" | "CET" | "ET"
                        )
                }) {
                    ss = dash + 1;
                }
            }
        }
        // "• The ministry was warmer …": past a list's bullet (opening the line).
        if ss == 0
            && ss + 1 < se
            && matches!(self.word(ss), "•" | "·" | "▪" | "◦" | "●" | "■" | "*" | "-")
            && self.toks[ss + 1].is_word()
        {
            ss += 1;
        }
        // "In Zemo Khevi village, a pensioner …": past an opening adverbial.
        let adverbial = ss < se && self.opens_adverbial(ss);
        if adverbial {
            match (ss..se.min(ss + 12)).find(|&k| self.punct(k, ",")) {
                Some(comma) => ss = comma + 1,
                None => {
                    // "On Friday the chancellor will fly …": a date without its comma.
                    let k = (ss + 1..se.min(ss + 4)).find(|&k| {
                        let w = self.word(k);
                        !(self.toks[k].is_word()
                            && (lexicon::is_calendar_word(w)
                                || w.bytes().all(|c| c.is_ascii_digit())))
                    })?;
                    // (A definite or named subject: "In 1998 a major came …" begins a story.)
                    let subject = self.toks[k].is_word()
                        && (self.is_word(k, "the")
                            || (self.toks[k].has(flag::CAP) && !self.toks[k].has(flag::DET)));
                    if k == ss + 1 || !subject {
                        return None;
                    }
                    ss = k;
                }
            }
        }
        // "Tall and precise, the ambassador …": past an opening pair of adjectives.
        if ss + 4 < se
            && self.toks[ss].is_word()
            && self.is_word(ss + 1, "and")
            && self.toks[ss + 2].is_word()
            && !self.toks[ss + 2].has(flag::CAP)
            && self.punct(ss + 3, ",")
        {
            ss += 4;
        }
        // "he shook his head" is no description.
        if ss < se && self.toks[ss].is_word() && lexicon::pronoun(self.word(ss)).is_some() {
            return None;
        }
        let mut e = ss;
        let mut head = false;
        while e < se && e < ss + 12 {
            let t = self.toks[e];
            if !t.is_word() {
                break;
            }
            let w = t.text(self.text);
            // "The release quoted the coalition's director, Leilani Fonoti:": whom a text
            // quotes is who speaks.
            if !head && lexicon::is_quoting_verb(w) {
                ss = e + 1;
                e += 1;
                continue;
            }
            // "A sergeant I worked with": after a lowercase word, "I" is no Roman numeral
            // ending a name but a relative clause's subject.
            if w == "I" && e > ss && self.word(e - 1).starts_with(|c: char| c.is_lowercase()) {
                break;
            }
            let cap = t.has(flag::CAP);
            // ("Tory backbencher Giles Pennock": a lowercase title before the name too.)
            let noun = t.has(flag::PERSON | flag::ORG)
                || (head
                    && t.has(flag::TITLE)
                    && e + 1 < se
                    && self.toks[e + 1].is_word()
                    && self.toks[e + 1].has(flag::CAP));
            // "Hungary's foreign minister": lowercase modifiers before a person noun continue
            // the phrase after a capitalized possessor.
            let modifier = head
                && !cap
                && w.chars().all(|c| c.is_lowercase())
                && e > ss
                && lexicon::is_possessive(self.word(e - 1))
                && (e + 1..se.min(e + 3))
                    .any(|k| self.toks[k].is_word() && self.toks[k].has(flag::PERSON));
            // "Shadow defence spokesman Craig Lindqvist", "The opposition defence spokesman":
            // a lowercase field between a capitalized or organization word and the role
            // (no verb: not "The Kremlin warned reporters").
            let field = |k: usize| {
                let w = self.word(k);
                self.toks[k].is_word()
                    && w.chars().all(|c| c.is_lowercase())
                    && self.verb(k).is_none()
                    && !w.ends_with("ed")
                    && !w.ends_with("ly")
                    && !self.toks[k].has(flag::PREP | flag::DET | flag::SUBORD)
            };
            let field_modifier = head
                && e > ss
                && (self.toks[e - 1].has(flag::CAP) || self.toks[e - 1].has(flag::ORG))
                && field(e)
                && ((e + 1 < se
                    && self.toks[e + 1].has(flag::PERSON)
                    && !self.toks[e + 1].has(flag::CAP))
                    || (e + 2 < se
                        && field(e + 1)
                        && self.toks[e + 2].has(flag::PERSON)
                        && !self.toks[e + 2].has(flag::CAP)));
            let noun = noun || modifier || field_modifier;
            if noun && head && !cap && self.toks[e - 1].has(flag::CAP) && self.noun_as_verb(e, se) {
                break;
            }
            // "The town’s mayor": a lowercase possessor is a modifier too.
            let bare = lexicon::strip_possessive(w).unwrap_or(w);
            // "A spokesman for the Southern Front gloated": whom a person noun speaks for
            // ("former ambassador to Dravonia Anders Koll": where one serves).
            // ("the Victoria Damulak Centre for Peace": a body's field, as in its name.)
            let for_whom = e > ss
                && ((matches!(w, "for" | "to") && self.toks[e - 1].has(flag::PERSON))
                    || (w == "for"
                        && self.toks[e - 1].has(flag::CAP)
                        && self.toks[e - 1].has(flag::ORG | flag::BODY_SUFFIX)
                        && e + 1 < se
                        && self.toks[e + 1].has(flag::CAP)));
            let ok = cap
                || t.has(flag::DET)
                || noun
                || t.has(flag::PARTICLE)
                || for_whom
                || (matches!(w, "in" | "of" | "from" | "at") && e > ss)
                || (!head
                    && !bare.is_empty()
                    && bare.chars().all(|c| c.is_lowercase())
                    && !lexicon::with_lower(w, |l| BE.contains(&l)));
            if !ok
                || (head
                    && !cap
                    && !for_whom
                    && !matches!(w, "in" | "of" | "from" | "at")
                    && !t.has(flag::DET)
                    && !noun)
            {
                break;
            }
            // "A senior Caldenian security official": a capitalized word between the
            // description's own lowercase words, with a person noun a word or two on, is the
            // description's modifier, not its head.
            let cap_modifier = cap
                && e > ss
                && !noun
                && (self.toks[e - 1].has(flag::DET)
                    || self.word(e - 1).starts_with(|c: char| c.is_lowercase()))
                && (e + 2..se.min(e + 4)).any(|k| {
                    self.toks[k - 1].is_word()
                        && self.toks[k].has(flag::PERSON)
                        && (e + 1..k).all(|i| {
                            self.toks[i].is_word()
                                && self.word(i).chars().all(|c| c.is_lowercase() || c == '-')
                        })
                });
            // A capitalized first word heads the phrase too when it is no determiner: a
            // surname alone ("Speaking from the palace, Carvallo devoted …").
            head |= noun
                || (cap
                    && !cap_modifier
                    && (e > ss || !t.has(flag::DET | flag::QUANT | flag::INTRO)));
            e += 1;
        }
        // "Residents of the estate gathered": the phrase ends at its last noun, not at a
        // preposition or determiner before a lowercase word.
        while e > ss + 1
            && (self.toks[e - 1].has(flag::DET)
                || matches!(self.word(e - 1), "in" | "of" | "from" | "at" | "for"))
        {
            e -= 1;
        }
        // "a pensioner who gave her name only as Nana", "a man who identified himself as
        // Commander Bahati": the relative clause names them.
        if head && e < se && self.is_word(e, "who") {
            if let Some(k) = (e + 1..se.min(e + 10))
                .find(|&k| self.is_word(k, "as") && k + 1 < se && self.toks[k + 1].has(flag::CAP))
            {
                let mut n = k + 1;
                while n < se && self.toks[n].is_word() && self.toks[n].has(flag::CAP) {
                    n += 1;
                }
                e = n;
            }
        }
        let Some(np) = parties::analyze(self.text, &self.toks[ss..e], self.media) else {
            // "At the Golden Anchor, the bar across from the gate, the owner …": a phrase
            // that names nobody after an opening adverbial is the adverbial's appositive.
            return (adverbial && e < se && self.punct(e, ","))
                .then(|| self.lead_phrase(e + 1, se))
                .flatten();
        };
        match self.named_in_apposition(&np, e, se) {
            Some(name) => Some((name, e)),
            None => Some((np, e)),
        }
    }

    /// Whether token `i` opens an adverbial phrase ("In Zemo Khevi village, …", "Later, …"):
    /// a preposition or introductory word that is no determiner.
    fn opens_adverbial(&self, i: usize) -> bool {
        self.toks[i].is_word()
            && self.toks[i].has(flag::PREP | flag::INTRO)
            && !self.toks[i].has(flag::DET)
    }

    /// "Henrike Falbe heads the programme": a lowercase noun in "-s" before a determiner is
    /// the verb of the name before it.
    fn noun_as_verb(&self, k: usize, se: usize) -> bool {
        self.word(k).ends_with('s')
            && !self.toks[k].has(flag::CAP)
            && k + 1 < se
            && self.toks[k + 1].has(flag::DET)
    }

    /// Reported speech: a finite speech verb outside quotes with a subject, whose clause
    /// becomes a `Reported` item.
    fn reported(
        &mut self,
        li: usize,
        ss: usize,
        se: usize,
        used: &[bool],
        via: &Option<String>,
        first_item: usize,
    ) {
        for (j, &taken) in used.iter().enumerate().take(se).skip(ss) {
            if taken || !self.toks[j].is_word() {
                continue;
            }
            if self.is_word(j, "according") && j + 1 < se && self.is_word(j + 1, "to") {
                self.according_to(li, ss, se, j, j + 2, via);
                continue;
            }
            // "By the ministry's count, about 6,000 servicemen …": as "according to".
            if j == ss && self.word(j).eq_ignore_ascii_case("by") {
                let tally = (j + 3..se.min(j + 10))
                    .find(|&k| self.punct(k, ","))
                    .is_some_and(|c| {
                        lexicon::with_lower(self.word(c - 1), is_tally)
                            && lexicon::is_possessive(self.word(c - 2))
                    });
                if tally {
                    self.according_to(li, ss, se, j, j + 1, via);
                    continue;
                }
            }
            // "For the researcher Mathilde Aubry, of …, the operation is «…»": a named source's
            // view, as "according to", when the sentence quotes it.
            if j == ss && self.word(j) == "For" {
                if let Some((np, from)) = self.view_for(j + 1, se) {
                    if let Some(span) = self.trimmed(from, se) {
                        let speaker = Speaker::Np(np);
                        let sentence = (li, ss, se);
                        self.push_reported(sentence, span, "for", via, speaker, Vec::new(), "for");
                    }
                }
                continue;
            }
            // "In his view, whether the US has truly left will be clear only when …": the
            // view of the person the pronoun refers to.
            if self.is_word(j, "in")
                && j + 4 < se
                && (self.is_word(j + 1, "his")
                    || self.is_word(j + 1, "her")
                    || self.is_word(j + 1, "their"))
                && (self.is_word(j + 2, "view") || self.is_word(j + 2, "opinion"))
                && self.punct(j + 3, ",")
            {
                if let Some(span) = self.trimmed(j + 4, se) {
                    let p = if self.is_word(j + 1, "their") {
                        lexicon::Pronoun::Any
                    } else {
                        lexicon::Pronoun::Person
                    };
                    let t = self.toks[j + 1];
                    let np = Np::pronoun(p, &self.text[t.s..t.e], t.s);
                    let sentence = (li, ss, se);
                    self.push_reported(
                        sentence,
                        span,
                        "view",
                        via,
                        Speaker::Np(np),
                        Vec::new(),
                        "for",
                    );
                }
                continue;
            }
            // "In the view of X, …", "in the opinion of X": X's statement, as "according to".
            if self.is_word(j, "in")
                && j + 4 < se
                && self.is_word(j + 1, "the")
                && (self.is_word(j + 2, "view") || self.is_word(j + 2, "opinion"))
                && self.is_word(j + 3, "of")
            {
                self.according_to(li, ss, se, j, j + 4, via);
                continue;
            }
            let Some(v) = self.verb(j) else {
                self.closing_report(li, ss, j, se, via);
                continue;
            };
            // "welcomed what it called an orderly handover": the naming verb of "what it
            // called" is inside the words another speech verb before it reports.
            let what_called = j >= ss + 3
                && self.toks[j - 1].is_word()
                && lexicon::pronoun(self.word(j - 1)).is_some()
                && self.is_word(j - 2, "what")
                && (ss..j - 2).any(|k| self.verb(k).is_some());
            if what_called {
                continue;
            }
            // "Asked whether New Delhi had conceded patrolling rights, he stated …": a
            // speech verb inside a question's "whether" asserts nothing.
            let clause_start = (ss..j)
                .rev()
                .find(|&k| self.punct(k, ","))
                .map_or(ss, |c| c + 1);
            if (clause_start..j).any(|k| self.is_word(k, "whether")) {
                continue;
            }
            // "As the old people say, the river remembers.", "as they say in the village, …",
            // "as the saying goes": a hedge citing common wisdom, not a report.
            let as_clause = self.toks[clause_start].is_word()
                && self.word(clause_start).eq_ignore_ascii_case("as")
                && j - clause_start <= 5
                && lexicon::with_lower(self.word(j - 1), |w| {
                    matches!(
                        w,
                        "they" | "we" | "you" | "one" | "people" | "folks" | "elders" | "ancestors"
                    )
                })
                && (j + 1..se.min(j + 6))
                    .find(|&k| !self.toks[k].is_word())
                    .is_some_and(|k| self.punct(k, ","));
            if as_clause {
                continue;
            }
            // "said this at a rally in Tulsa": the words are a quote given before, not what
            // follows.
            let this_object = j + 1 < se
                && (self.is_word(j + 1, "this") || self.is_word(j + 1, "so"))
                && (j + 2 >= se
                    || !self.toks[j + 2].is_word()
                    || self.toks[j + 2].has(flag::PREP | flag::TRAILING));
            if this_object && v.form != Form::Ing {
                if let Some((Speaker::Np(np), _)) = self.subject_of_verb(ss, ss, j, None) {
                    self.said_this.get_or_insert(np);
                }
                continue;
            }
            // "…, the ministry said Wednesday, describing the move as a planned transition":
            // a judging participle after the sentence's statement is its speaker's words too.
            if v.form == Form::Ing
                && v.class == VerbClass::Eval
                && j > ss
                && self.punct(j - 1, ",")
                && match v.lemma {
                    "call" => !matches!(
                        self.toks.get(j + 1).map(|t| t.text(self.text)),
                        Some("off" | "up" | "back" | "out" | "in")
                    ),
                    lemma => matches!(
                        lemma,
                        "describe"
                            | "welcome"
                            | "praise"
                            | "hail"
                            | "laud"
                            | "condemn"
                            | "criticise"
                            | "criticize"
                            | "dismiss"
                            | "reject"
                            | "urge"
                            | "accuse"
                            | "deny"
                            | "blame"
                            | "slam"
                            | "decry"
                            | "denounce"
                    ),
                }
            {
                let last = self.last_statement(first_item);
                // (Not one inside the statement's own span: "welcomed the move, calling it …".)
                let inside = last.is_some_and(|l| self.items[l].end > self.toks[j].s);
                if let Some(last) = last.filter(|_| !inside) {
                    self.report_as((li, ss, se), j, v.lemma, via, last);
                    continue;
                }
            }
            if v.form == Form::Ing && v.class == VerbClass::Clause {
                // "quoted Rashid Kaleb as saying that …": the person quoted.
                if let Some(np) = self.quoted_as(ss, j) {
                    let start = self.past_that(j, se);
                    self.report_to_quote((li, ss, se), start, v.lemma, via, np, Vec::new());
                    continue;
                }
                // "…, with the minister asserting that …": the words of the one the
                // "with" phrase names.
                if let Some((np, app)) = self.with_subject(ss, j) {
                    let start = self.past_that(j, se);
                    self.report_to_quote((li, ss, se), start, v.lemma, via, np, app);
                    continue;
                }
                // "…, adding that …": the words of the sentence's speaker.
                let last = self.last_statement(first_item);
                let after_comma = j > ss && self.punct(j - 1, ",");
                if let (Some(last), true, true) =
                    (last, after_comma, j + 1 < se && self.is_word(j + 1, "that"))
                {
                    self.report_as((li, ss, se), j + 2, v.lemma, via, last);
                    continue;
                }
                // "Ruud brushed the threat aside, saying the army had held …": after a clause
                // that reports nothing, its subject's words.
                // (A partial quote inside its own clause is no statement before it.)
                let before = last.filter(|&l| self.items[l].start < self.toks[j].s);
                if before.is_none() && after_comma && v.lemma == "say" {
                    let subject = self.subject_of_verb(ss, ss, j, None);
                    if let Some((Speaker::Np(np), _)) = subject {
                        let start = self.past_that(j, se);
                        if start < se && self.toks[start].is_word() {
                            self.report_to_quote((li, ss, se), start, v.lemma, via, np, Vec::new());
                            continue;
                        }
                    }
                }
                // "Colonel Ilse Marrendahl … has spent six weeks explaining that …": with no
                // comma before it, the participle's subject is the sentence's, the name or
                // person it opens with.
                if last.is_none() && !after_comma && j + 1 < se && self.is_word(j + 1, "that") {
                    let lead = self.lead_phrase(ss, j).map(|(np, _)| np).filter(|np| {
                        matches!(
                            np.kind,
                            NpKind::Named { .. } | NpKind::Descr { person: true, .. }
                        ) && !self.media.is_medium(np.surface)
                    });
                    if let Some(np) = lead {
                        self.report_to_quote((li, ss, se), j + 2, v.lemma, via, np, Vec::new());
                        continue;
                    }
                }
                // "The council issued a statement (on Thursday) saying that the occupier had
                // lost": the statement's author, the phrase the clause opens with.
                let document = (j.saturating_sub(4).max(ss + 1)..j).find(|&d| {
                    self.toks[d].is_word()
                        && lexicon::with_lower(self.word(d), lexicon::is_document_noun)
                        && (d + 1..j).all(|k| self.toks[k].is_word())
                        && (d + 1 == j || self.toks[d + 1].has(flag::PREP))
                });
                if let Some(d) = document {
                    let start = self.past_that(j, se);
                    // (Up to a direct quote, or the main clause's verb: "…, which pushed
                    // through a resolution demanding the departure of foreign forces, called
                    // the handover …".)
                    let end = (start..se)
                        .find(|&k| {
                            self.quote_at(k)
                                .is_some_and(|q| self.kinds[q] == QuoteKind::Direct)
                                || (self.punct(k, ",") && k + 1 < se && self.verb(k + 1).is_some())
                        })
                        .unwrap_or(se);
                    // (Words, not a bare object: "claiming victory".)
                    let words = (start..end).filter(|&k| self.toks[k].is_word()).count();
                    if let (Some((np, _)), Some((s, e)), true) = (
                        self.lead_phrase(ss, d),
                        self.trimmed(start, end),
                        words >= 3,
                    ) {
                        if !matches!(np.kind, NpKind::Pronoun(_)) {
                            let speaker = Speaker::Np(np);
                            self.report((li, ss, se), (s, e), v.lemma, via, speaker, Vec::new());
                        }
                    }
                }
                continue;
            }
            // (A reply reports a clause only with "that": "Carvalho replied that about forty
            // officers would remain".)
            // (Past an aside: "answered, smiling, that …".)
            let that_at = match (j + 1 < se && self.punct(j + 1, ","))
                .then(|| (j + 2..se.min(j + 6)).find(|&k| self.punct(k, ",")))
                .flatten()
            {
                Some(c) => c + 1,
                None => j + 1,
            };
            let that_next = that_at < se && self.is_word(that_at, "that");
            let aside_that = that_at > j + 1 && that_next;
            let replied_that = matches!(v.lemma, "reply" | "respond" | "answer") && that_next;
            // "She also asked why the agreement had been negotiated without …": a pointed
            // question reports a view, as "questioned why" does.
            let asked_why = v.lemma == "ask" && v.form != Form::Base && self.is_word(j + 1, "why");
            if v.form == Form::Ing
                || (matches!(
                    v.lemma,
                    "ask" | "reply" | "respond" | "answer" | "quip" | "scoff"
                ) && !replied_that
                    && !asked_why)
            {
                // "…, the general answered at length." closing its paragraph: the answer is
                // the next paragraph's words.
                if matches!(v.lemma, "reply" | "respond" | "answer")
                    && v.form == Form::Past
                    && se == self.toks.len()
                    && self.punct(se - 1, ".")
                    && (j + 1..se - 1).all(|k| {
                        self.toks[k].is_word()
                            && matches!(
                                self.word(k),
                                "at" | "length"
                                    | "in"
                                    | "detail"
                                    | "carefully"
                                    | "slowly"
                                    | "briefly"
                                    | "bluntly"
                                    | "simply"
                                    | "firmly"
                                    | "calmly"
                                    | "quietly"
                                    | "frankly"
                                    | "plainly"
                            )
                    })
                {
                    if let Some((Speaker::Np(np), _)) = self.subject_of_verb(ss, ss, j, None) {
                        self.story_teller = Some(np);
                    }
                }
                continue;
            }
            let prev = (ss..j)
                .rev()
                .find(|&i| self.toks[i].is_word())
                .map(|i| self.word(i));
            let prev_l = prev.map(lower_small).unwrap_or(LowerBuf::borrowed(""));
            // "The decision was welcomed by Gerry Tallon, general secretary of …": a judging
            // verb in the passive is its agent's statement, the sentence up to the agent.
            // (Also with adverbs between: "was sharply criticized by", "was also welcomed
            // by".)
            if v.class == VerbClass::Eval
                && j + 2 < se
                && self.is_word(j + 1, "by")
                && self.passive_auxiliary(ss, j)
            {
                let end = (j + 2..se)
                    .find(|&k| !self.toks[k].is_word() || self.toks[k].has(flag::SUBORD))
                    .unwrap_or(se);
                // "… criticized by Karl Betz as “reckless”": what the agent called it is
                // the statement's too.
                let span_end = if end < se && self.is_word(end, "as") {
                    se
                } else {
                    end
                };
                // (A description with its determiner: "by lawmakers who pushed for it" is
                // a crowd.)
                let agent =
                    parties::analyze(self.text, &self.toks[j + 2..end], self.media).filter(|np| {
                        match np.kind {
                            NpKind::Named { .. } => true,
                            NpKind::Descr { .. } => self.toks[j + 2].has(flag::DET | flag::POSS),
                            _ => false,
                        }
                    });
                if let (Some(np), Some(span)) = (agent, self.trimmed(ss, span_end)) {
                    self.report(
                        (li, ss, se),
                        span,
                        v.lemma,
                        via,
                        Speaker::Np(np),
                        Vec::new(),
                    );
                    continue;
                }
            }
            // "it was stated by Staff Lieutenant General Al-Suwaidi that the men …": the
            // impersonal passive's agent says the clause.
            if BE.contains(&prev_l.as_str()) && v.class == VerbClass::Clause {
                if let Some((np, start)) = self.impersonal_passive(ss, j, se) {
                    self.report_to_quote((li, ss, se), start, v.lemma, via, np, Vec::new());
                    continue;
                }
            }
            // ("went on to say" is no infinitive.)
            let modal = lexicon::MODALS.contains(&prev_l.as_str())
                && !(prev_l.as_str() == "to"
                    && parties::ends_went_on_to(self.text, &self.toks[ss..j]));
            if BE.contains(&prev_l.as_str())
                || modal
                || prev_l.ends_with("n't")
                || prev_l.ends_with("n’t")
                || &*prev_l == "so"
            {
                continue;
            }
            if v.form == Form::Base
                && !matches!(
                    v.lemma,
                    "say"
                        | "warn"
                        | "argue"
                        | "insist"
                        | "claim"
                        | "deny"
                        | "accuse"
                        | "urge"
                        | "reject"
                        | "welcome"
                        | "condemn"
                        | "concede"
                        | "admit"
                        | "acknowledge"
                        | "contend"
                        | "predict"
                )
            {
                continue;
            }
            // "Good Wednesday morning, and welcome to Capitol Circuit.": a greeting.
            if v.form == Form::Base
                && v.lemma == "welcome"
                && j + 1 < se
                && self.is_word(j + 1, "to")
            {
                continue;
            }
            // "the package promised to the districts": promised to someone, no words given
            // ("promised to the crowd that …" gives them).
            if matches!(v.lemma, "promise" | "pledge" | "vow")
                && j + 2 < se
                && self.is_word(j + 1, "to")
                && self.toks[j + 2].has(flag::DET)
                && !(j + 3..se.min(j + 10)).any(|k| self.is_word(k, "that"))
            {
                continue;
            }
            let next = (j + 1 < se).then(|| self.toks[j + 1]);
            let next_w = next
                .filter(|t| t.is_word())
                .map(|t| lower_small(t.text(self.text)));
            // "that" opening the complement: not past "and"/"but" or another verb, which
            // begin a second clause ("said X but added that Y").
            // "said its members feared the crews that …": after a verb that takes no object,
            // a subject pronoun or possessive begins the complement, and a later "that" is a
            // relative pronoun inside it.
            let complement_begun = matches!(v.lemma, "say" | "add" | "insist" | "argue")
                && next_w.as_deref().is_some_and(|w| {
                    matches!(
                        w,
                        "he" | "she"
                            | "it"
                            | "they"
                            | "we"
                            | "its"
                            | "his"
                            | "her"
                            | "their"
                            | "our"
                    )
                });
            // "said the sell-off assumed a certainty that nobody …": a noun phrase right
            // after the verb, then a past-tense verb: the complement's subject and verb.
            let complement_begun = complement_begun
                || (matches!(v.lemma, "say" | "add" | "insist" | "argue")
                    && matches!(next_w.as_deref(), Some("the" | "a" | "an"))
                    && (j + 3..se.min(j + 6))
                        .take_while(|&k| {
                            self.toks[k].is_word()
                                && !self.toks[k].has(flag::PREP)
                                && !self.is_word(k, "that")
                        })
                        .any(|k| {
                            let w = self.word(k);
                            !self.toks[k].has(flag::CAP)
                                && self.verb(k).is_none()
                                && (w.ends_with("ed") || lexicon::is_irregular_past(w))
                        }));
            let that_within = |n: usize| {
                if complement_begun {
                    return None;
                }
                for k in j + 1..se.min(j + 1 + n) {
                    if self.is_word(k, "that") {
                        // "at a news conference that grew tense": a relative clause.
                        if self.relative_that(j, k) {
                            return None;
                        }
                        return Some(k);
                    }
                    // (Not the "and" inside a name: "told the Defence and Security
                    // Committee on Wednesday that …".)
                    let in_name = |k: usize| {
                        k > j + 1
                            && k + 1 < se
                            && self.toks[k - 1].has(flag::CAP)
                            && self.toks[k + 1].has(flag::CAP)
                    };
                    if self.is_word(k, "and") && in_name(k) {
                        continue;
                    }
                    // An auxiliary means the complement has begun without "that" ("said
                    // the government had not bought the radar that …").
                    if self.toks[k].is_word()
                        && (matches!(self.word(k), "and" | "but" | "is" | "was" | "were" | "are")
                            || FINITE_AUX.contains(&self.word(k))
                            || self.verb(k).is_some())
                    {
                        return None;
                    }
                }
                None
            };
            // (Not a clock's: "posted Thursday, 9:40am".)
            let colon_within = |n: usize| {
                (j + 1..se.min(j + 1 + n))
                    .any(|k| self.punct(k, ":") && !(k + 1 < se && self.inside_number(k)))
            };
            let ok = match v.lemma {
                "call" => !matches!(
                    next_w.as_deref(),
                    Some("off" | "up" | "back" | "out" | "in")
                ),
                lemma if lexicon::needs_marked_complement(lemma) => {
                    // "Varenia, he added, could not support …": set off by commas, the verb
                    // reports the sentence around it.
                    let aside = j >= ss + 2
                        && j + 1 < se
                        && self.punct(j + 1, ",")
                        && self.punct(j - 2, ",")
                        && lexicon::pronoun(self.word(j - 1)).is_some();
                    // "…, the spokesman added.": ending the sentence after its subject, the
                    // verb reports the clause before the comma (a quoted clause is the quote
                    // sieves'). (Past a short time or place: "…, the Defense Ministry
                    // confirmed on Monday.")
                    let tail_end = if self.toks[se - 1].is_word() {
                        se
                    } else {
                        se - 1
                    };
                    let short_tail = j + 1 < tail_end
                        && tail_end - (j + 1) <= 4
                        && self.toks[j + 1].has(flag::PREP | flag::TRAILING)
                        && (j + 1..tail_end)
                            .all(|k| self.toks[k].is_word() && self.verb(k).is_none());
                    let aside = aside
                        || ((j + 1 >= se
                            || (j + 2 >= se && !self.toks[j + 1].is_word())
                            || short_tail)
                            && (j.saturating_sub(8).max(ss)..j)
                                .rev()
                                .find(|&k| self.punct(k, ","))
                                .is_some_and(|c| {
                                    c > ss && !(c - 1..j).any(|k| self.quote_at(k).is_some())
                                }));
                    // (Whom one informs or reminds may take many words: "informed the heads
                    // of diplomatic missions accredited in Zarevsk that …".)
                    let reach = if matches!(v.lemma, "inform" | "remind") {
                        14
                    } else {
                        8
                    };
                    // ("Brennmoor reported full-year revenue up 7%": figures filed, not words.)
                    let figures = (j + 1..se.min(j + 4))
                        .take_while(|&k| self.toks[k].is_word())
                        .any(|k| lexicon::with_lower(self.word(k), lexicon::is_financial_figure));
                    // ("recalled how the town had refurbished …", "remembered a night in
                    // April when …": a told story.)
                    let recalled_how = matches!(v.lemma, "recall" | "remember")
                        && (matches!(next_w.as_deref(), Some("how" | "when"))
                            || (matches!(next_w.as_deref(), Some("the" | "a" | "an" | "one"))
                                && j + 2 < se
                                && lexicon::with_lower(self.word(j + 2), is_story_time))
                            // "remembers the last time patrols were thinned".
                            || (matches!(next_w.as_deref(), Some("the"))
                                && j + 3 < se
                                && matches!(self.word(j + 2), "last" | "first")
                                && lexicon::with_lower(self.word(j + 3), is_story_time)));
                    that_within(reach).is_some()
                        || colon_within(8)
                        || recalled_how
                        || (v.lemma == "report" && !figures)
                        || aside
                }
                // "doubts that …", "doubted the company would be the last", not "expressed
                // doubts about …".
                "doubt" => {
                    matches!(next_w.as_deref(), Some("that" | "whether" | "if"))
                        || (j + 2..se.min(j + 8)).any(|k| {
                            self.toks[k].is_word()
                                && lexicon::with_lower(self.word(k), |w| {
                                    matches!(w, "would" | "will" | "could" | "was" | "were")
                                })
                        })
                }
                "wonder" => matches!(next_w.as_deref(), Some("whether" | "if" | "aloud")),
                // "Brenning, who announced the drawdown in January, was not there" recalls
                // an act in passing; "who announced that the base would close" reports
                // words. (A main clause's "announced the completion of …" can carry the
                // party's name for its later words, so it stays.)
                "announce" if j > ss && self.is_word(j - 1, "who") => {
                    that_within(8).is_some()
                        || colon_within(8)
                        || (j + 1..se.min(j + 9))
                            .take_while(|&k| self.toks[k].is_word())
                            .any(|k| {
                                BE.contains(&self.word(k)) || FINITE_AUX.contains(&self.word(k))
                            })
                        || (j + 1..se).any(|k| self.quote_at(k).is_some())
                }
                // "pointed out (that) …", "pointed to the risk that …"; "pointed to her own
                // figures" names what follows, it reports no words.
                "point" => next_w.as_deref() == Some("out") || that_within(8).is_some(),
                "sum" => next_w.as_deref() == Some("up"),
                // ("The army fired back at the gunmen" is shooting.)
                "shoot" | "fire" => {
                    next_w.as_deref() == Some("back")
                        && !(j + 2 < se
                            && matches!(self.word(j + 2), "at" | "with" | "on" | "into"))
                }
                // "declared independence", "declared a state of emergency": acts, not words.
                "declare" => !matches!(
                    next_w.as_deref(),
                    Some(
                        "independence"
                            | "war"
                            | "martial"
                            | "bankruptcy"
                            | "a"
                            | "an"
                            | "ceasefire"
                            | "emergency"
                    )
                ),
                // "cast the pull-out as a humiliation", "portrayed the drawdown as a
                // victory": framing the object is a view of it; "cast a vote" is none.
                "cast" | "portray" | "paint" | "frame" => {
                    (v.lemma == "cast"
                        && matches!(next_w.as_deref(), Some("doubt" | "doubts" | "aspersions")))
                        || (j + 2..se.min(j + 8))
                            .take_while(|&k| self.toks[k].is_word())
                            .any(|k| self.word(k) == "as")
                }
                "brush" => matches!(next_w.as_deref(), Some("aside" | "off")),
                "push" => {
                    next_w.as_deref() == Some("back")
                        && j + 2 < se
                        && matches!(self.word(j + 2), "on" | "against")
                }
                "raise" => matches!(
                    next_w.as_deref(),
                    Some(
                        "doubt"
                            | "doubts"
                            | "concern"
                            | "concerns"
                            | "questions"
                            | "fears"
                            | "objections"
                            | "alarm"
                    )
                ),
                _ => true,
            };
            if !ok {
                continue;
            }
            // "Troops will stay, the ministry said on Tuesday.", "…, Renvall announced on
            // Monday, ending …", "…, a spokesman said, adding that …": after the verb only an
            // adverbial or a participle, so the words are the clause before the subject.
            if v.class == VerbClass::Clause
                && that_within(12).is_none()
                && !colon_within(8)
                && !replied_that
            {
                if let Some((span, speaker, app)) = self.trailing_report(ss, j, se, v.lemma) {
                    self.report((li, ss, se), span, v.lemma, via, speaker, app);
                    continue;
                }
            }
            // "a plan announced on Thursday", "a centre promised for the site": a past
            // participle followed by a time or place phrase, with no "that", colon or quote
            // after it, reports no words. ("called on residents to …", "called for restraint"
            // are words.)
            let adverbial = matches!(
                next_w.as_deref(),
                Some(
                    "on" | "in"
                        | "at"
                        | "by"
                        | "for"
                        | "during"
                        | "after"
                        | "before"
                        | "since"
                        | "until"
                        | "within"
                        | "near"
                        | "inside"
                        | "outside"
                )
            ) && !matches!(v.lemma, "call" | "appeal" | "urge");
            if self.modifies_noun(ss, j, se) {
                continue;
            }
            if v.form == Form::Past
                && adverbial
                && !(j + 1..se).any(|k| {
                    (self.is_word(k, "that") && !self.relative_that(j, k))
                        || self.punct(k, ":")
                        || self.quote_at(k).is_some()
                })
            {
                continue;
            }
            // "under what the two governments called Operation Long Harbour": naming, not
            // words said.
            if lexicon::is_naming_verb(v.lemma) && (j.saturating_sub(5).max(ss)..j).any(|k| {
                // "welcomed what she called …" frames the speaker's own words. (Also "the
                // strip that Lusaria has always called occupied territory", but not "said
                // that Lusaria called it …".)
                let relative = (self.is_word(k, "that") || self.is_word(k, "which"))
                    // The object of the verb, not its subject ("Iran, which called it “a
                    // ploy”"): a subject stands between.
                    && (k + 1..j).any(|i| {
                        self.toks[i].is_word()
                            && (self.toks[i].has(flag::CAP) || lexicon::pronoun(self.word(i)).is_some())
                    });
                (self.is_word(k, "what") || relative) && !(k > ss && self.verb(k - 1).is_some())
            }) && !matches!(next_w.as_deref(), Some("on" | "upon" | "for"))
            {
                continue;
            }
            // "Arben Kole, who describes himself as a spokesman for the Front, wrote": how
            // someone names himself, not words about the event.
            if matches!(v.lemma, "call" | "describe" | "term" | "style")
                && matches!(
                    next_w.as_deref(),
                    Some("himself" | "herself" | "itself" | "themselves")
                )
            {
                continue;
            }
            // "General, you have said …", "as I said": the interlocutor or the writer, not a
            // third party (a vocative before the pronoun is no speaker). Likewise their own
            // people: "Minister, your critics say …".
            let mut before_verb = (ss..j)
                .rev()
                .filter(|&i| self.toks[i].is_word())
                .map(|i| lower_small(self.word(i)))
                .skip_while(|w| {
                    matches!(
                        w.as_str(),
                        "have"
                            | "has"
                            | "had"
                            | "publicly"
                            | "already"
                            | "also"
                            | "just"
                            | "repeatedly"
                            | "often"
                    )
                });
            let subject = before_verb.next();
            // ("Senator, you've called it something else": the contracted auxiliary too.)
            let subject_pronoun = subject.as_ref().is_some_and(|w| {
                let w = w.as_str();
                let w = ["'ve", "’ve", "'d", "’d", "'ll", "’ll"]
                    .iter()
                    .find_map(|c| w.strip_suffix(c))
                    .unwrap_or(w);
                matches!(w, "you" | "i" | "we")
            }) || before_verb
                .next()
                .is_some_and(|w| matches!(w.as_str(), "your" | "my"));
            if subject_pronoun {
                continue;
            }
            // "Guatemala, which claimed the territory": a relative clause without "that" says
            // what a thing did, not what anyone said.
            if prev_l.as_str() == "which"
                && v.class == VerbClass::Clause
                && that_within(12).is_none()
            {
                continue;
            }
            // "condemned the move, and said that …": the first verb's subject.
            let subj_end = self.coordinated_with(ss, j).unwrap_or(j);
            // "The soldiers, the ministry said, will leave by June": in an aside, the
            // subject is the phrase between the comma and the verb, not the sentence's
            // opening phrase it interrupts.
            // (Not before a participle: "…, a spokesman said, adding that …".)
            let aside = subj_end == j
                && j + 2 < se
                && self.punct(j + 1, ",")
                && !aside_that
                && !(self.toks[j + 2].is_word() && self.word(j + 2).ends_with("ing"));
            let aside_subject = aside
                .then(|| (ss..j).rev().find(|&k| self.punct(k, ",")))
                .flatten()
                .and_then(|c| parties::analyze(self.text, &self.toks[c + 1..j], self.media))
                .map(|np| (np, Vec::new()));
            let in_aside = aside_subject.is_some();
            // The words an aside interrupts start after the comma or quote before it: "“…,”
            // said the farmer, who asked not to be named because, he said, …" may mean the
            // farmer.
            let words_from = (ss..j)
                .rev()
                .find(|&k| self.punct(k, ","))
                .filter(|_| in_aside)
                .and_then(|c| {
                    (ss..c).rev().find(|&k| {
                        self.punct(k, ",") || self.punct(k, ":") || self.quote_at(k).is_some()
                    })
                })
                .map_or(ss, |k| k + 1);
            // (A colon opens the words too: "… rejected any suggestion …: the tower, he said,
            // had been handed …". But when all before that comma is the words' own subject,
            // with no quote, speech verb or colon, the words are the whole sentence: "The
            // contingent, known as Task Force Dnipro, will leave …, she said".)
            let words_from = if (ss..words_from).all(|k| {
                self.quote_at(k).is_none() && self.toks[k].verb.is_none() && !self.punct(k, ":")
            }) {
                ss
            } else {
                words_from
            };
            let (speaker, appositives, subj_start) = match aside_subject
                .or_else(|| self.subject_np(ss, subj_end))
            {
                Some((np, app)) => {
                    let p = np.pos;
                    (
                        Speaker::Np(self.prefer_prev_body(words_from, np, in_aside)),
                        app,
                        Some(p),
                    )
                }
                None => {
                    // "…, the agency reported.": the press carried the words of the speaker
                    // named before, when this sentence has none of its own.
                    if v.class == VerbClass::Clause {
                        if let Some(c) = self.medium_subject(ss, j) {
                            let own = self.items[first_item..].iter().any(|it| !it.ghost);
                            let last = (0..self.items.len())
                                .rev()
                                .find(|&i| !self.items[i].ghost && self.items[i].speaker.is_some());
                            if let (false, Some(last), Some((s, e))) =
                                (own, last, self.span_before(ss, c))
                            {
                                self.report(
                                    (li, ss, se),
                                    (s, e),
                                    v.lemma,
                                    via,
                                    Speaker::Inherit(last),
                                    Vec::new(),
                                );
                            }
                            continue;
                        }
                    }
                    // "…, said the ministry."; "The pullout — said one officer — was rushed":
                    // an aside, and the words are the whole sentence (as for "The ships, she
                    // said, are not going far").
                    let opener = [",", "—", "–"]
                        .into_iter()
                        .find(|&p| j > ss && self.punct(j - 1, p))
                        .filter(|_| !self.journalist_led(ss, j));
                    if let (Some(opener), true) = (opener, lexicon::INVERTIBLE.contains(&v.lemma)) {
                        if let Some(np) = self.speaker_after(j + 1, se) {
                            let aside =
                                (j + 1..se)
                                    .find(|&k| self.punct(k, opener))
                                    .is_some_and(|c| {
                                        (c + 1..se).filter(|&k| self.toks[k].is_word()).count() >= 2
                                    })
                                    && (ss..j - 1).any(|k| self.toks[k].is_word());
                            let span = if aside {
                                self.trimmed(ss, se)
                            } else {
                                self.span_before(ss, j - 1)
                            };
                            if let Some((s, e)) = span {
                                self.report(
                                    (li, ss, se),
                                    (s, e),
                                    v.lemma,
                                    via,
                                    Speaker::Np(np),
                                    Vec::new(),
                                );
                            }
                        }
                    }
                    continue;
                }
            };
            // The complement: after "that" for say-verbs, the whole verb phrase for verbs
            // that judge ("denied the allegations that …").
            // "The ships, she said, are not going far": the whole sentence is the words.
            // ("Units were ready, he told the committee, to take over …": whoever was told
            // sits between the verb and its comma. Not "…, and he told me through my
            // interpreter, …", nor "told the presenter, Seun Adekoya, that …".)
            let told_aside = v.lemma == "tell"
                && subj_start.is_some_and(|p| {
                    (ss..j)
                        .rev()
                        .find(|&k| self.toks[k].e <= p)
                        .is_some_and(|k| self.punct(k, ","))
                })
                && (j + 2..se.min(j + 6))
                    .find(|&k| !self.toks[k].is_word())
                    .is_some_and(|c| {
                        self.punct(c, ",")
                            && (j + 1..c).all(|k| {
                                !self.is_word(k, "that")
                                    && !self.is_word(k, "and")
                                    && self.verb(k).is_none()
                            })
                            && !(c + 1..se.min(c + 6)).any(|k| self.is_word(k, "that"))
                    });
            let parenthetical = v.class == VerbClass::Clause
                && subj_end == j
                && j + 1 < se
                && (self.punct(j + 1, ",") || told_aside)
                && !aside_that
                && subj_start.is_some_and(|p| {
                    (ss..j).any(|k| self.toks[k].e <= p && self.punct(k, ","))
                        && (ss..j).all(|k| self.quote_at(k).is_none())
                });
            let start_tok = match v.class {
                _ if parenthetical => ss,
                VerbClass::Eval => j,
                VerbClass::Clause => {
                    let stop = (j + 1..se)
                        .find(|&k| self.quote_at(k).is_some() || self.punct(k, ":"))
                        .unwrap_or(se);
                    match that_within(12).filter(|&k| k < stop) {
                        // "said that was precisely the problem": a "that" right before a
                        // finite verb is the clause's subject, not its complementizer.
                        Some(k)
                            if k == j + 1
                                && k + 1 < se
                                && self.toks[k + 1].is_word()
                                && (BE.contains(&self.word(k + 1))
                                    || FINITE_AUX.contains(&self.word(k + 1))) =>
                        {
                            k
                        }
                        Some(k) => k + 1,
                        // "wondered aloud whether …".
                        None if v.lemma == "wonder" && self.is_word(j + 1, "aloud") => j + 2,
                        None if v.lemma == "tell" => {
                            let k = self.past_told_object(j + 1, se);
                            self.skip_parenthetical(k, se)
                        }
                        None => self.skip_parenthetical(j + 1, se),
                    }
                }
            };
            // "The mayor, who had argued that the base should stay, said …": words reported
            // inside a relative clause end where the clause does, before the main verb.
            // (Still open at the verb: not "A senior official, who spoke on condition of
            // anonymity, said …".)
            let in_relative = (ss + 1..j).any(|i| {
                self.punct(i - 1, ",")
                    && self.toks[i].is_word()
                    && matches!(self.word(i), "who" | "whose" | "which")
                    && !(i + 1..j).any(|k| self.punct(k, ","))
            });
            // "When the minister replied that those elements were under review, Mrs Garside
            // observed …": so do words reported in an opening adverbial clause, at its comma.
            let in_adverbial = j > ss
                && !parenthetical
                && start_tok > j
                && lexicon::with_lower(self.word(ss), |w| {
                    matches!(
                        w,
                        "when" | "after" | "once" | "if" | "although" | "though" | "while"
                    )
                });
            let mut end_tok = se;
            for k in j + 1..se {
                // (The main verb: a speech verb, an auxiliary or a past form: "The
                // government, which has long demanded that the battalion leave, was more
                // guarded.")
                let closes_relative = in_relative
                    && self.punct(k, ",")
                    && k + 1 < se
                    && (self.verb(k + 1).is_some_and(|v| v.form != Form::Ing)
                        || (self.toks[k + 1].is_word()
                            && !self.toks[k + 1].has(flag::CAP)
                            && lexicon::with_lower(self.word(k + 1), |w| {
                                BE.contains(&w)
                                    || FINITE_AUX.contains(&w)
                                    || (w.len() > 4 && w.ends_with("ed"))
                            })));
                // (Not the comma inside "6,000".)
                let closes_adverbial = in_adverbial
                    && k > start_tok
                    && self.punct(k, ",")
                    && self.toks[k + 1..]
                        .first()
                        .is_none_or(|t| t.s > self.toks[k].e);
                if closes_relative || closes_adverbial {
                    end_tok = k;
                    break;
                }
                let direct = self
                    .quote_at(k)
                    .is_some_and(|q| self.kinds[q] == QuoteKind::Direct);
                let and_verb = self.toks[k].is_word()
                    && matches!(self.word(k), "and" | "but")
                    && k + 1 < se
                    && self.verb(k + 1).is_some_and(|v| v.form != Form::Ing);
                let medium = self.punct(k, ",")
                    && (k + 2..se.min(k + 7))
                        .any(|v| self.verb(v).is_some() && self.medium_subject(k, v) == Some(k));
                // ", and the Patriotic Front … called …": a second speaker's clause.
                let and_speaker = self.punct(k, ",")
                    && k + 2 < se
                    && self.toks[k + 1].is_word()
                    && matches!(self.word(k + 1), "and" | "but" | "while" | "whereas")
                    && (k + 3..se.min(k + 16)).any(|v| {
                        self.verb(v).is_some_and(|v| v.form != Form::Ing)
                            && self.subject_np(k + 2, v).is_some()
                    });
                // "called the timetable reckless, and in the north, separatists are already
                // claiming a win": after a judging verb's phrase, a new clause with its own
                // finite verb is not more of the judgement.
                let and_clause = v.class == VerbClass::Eval
                    && self.punct(k, ",")
                    && self.is_word(k + 1, "and")
                    // (Not a second object: "described the morning …, and the afternoon
                    // her brother was taken".)
                    && self.toks.get(k + 2).is_some_and(|t| !t.has(flag::DET))
                    && (k + 2..se.min(k + 14)).any(|x| {
                        self.toks[x].is_word()
                            && !self.toks[x].has(flag::CAP)
                            && (BE.contains(&self.word(x)) || FINITE_AUX.contains(&self.word(x)))
                    });
                if direct || self.punct(k, ":") || and_verb || medium || and_speaker || and_clause {
                    end_tok = k;
                    break;
                }
            }
            let words = (start_tok..end_tok)
                .filter(|&k| self.toks[k].is_word() || self.quote_at(k).is_some())
                .count();
            // "…,” the statement said, a reference to the camps …": a noun phrase after the
            // verb's comma is the reporter's gloss on the words, not more of them.
            let gloss = v.class == VerbClass::Clause
                && !parenthetical
                && start_tok == j + 2
                && self.punct(j + 1, ",")
                && (self.is_word(j + 2, "a") || self.is_word(j + 2, "an"));
            // "told parliament a story instead of giving a speech:", "posted a short thread
            // on Facebook:": what was told or posted is the object, and the words are the
            // quote after the colon.
            // "He told the story slowly, as if he had practised it": a story told is no
            // clause either, whatever follows.
            let story = (start_tok..end_tok.min(start_tok + 3)).any(|k| {
                self.toks[k].is_word()
                    && matches!(self.word(k), "story" | "stories" | "tale" | "anecdote")
            });
            let told_object = (end_tok < se
                && self.punct(end_tok, ":")
                && (self.is_word(start_tok, "a") || self.is_word(start_tok, "an")))
                || (story && v.lemma == "tell");
            // (A story told as the sentence ends introduces the next paragraph's words.)
            if story && told_object && end_tok + 1 >= se {
                if let Speaker::Np(np) = &speaker {
                    self.story_teller = Some(np.clone());
                }
            }
            // "Prime Minister Odile Sarn announced the drawdown in November": announcing
            // the event is no reaction to it. Its words are what follows "that", a quote or
            // a participle ("announced the move, calling it “…”"); the speaker stays
            // mentioned, for a pronoun after.
            let bare_announcement = v.lemma == "announce"
                && !(j + 1..end_tok.min(j + 14)).any(|k| self.is_word(k, "that"))
                && (start_tok..end_tok).all(|k| {
                    self.quote_at(k).is_none() && !self.verb(k).is_some_and(|v| v.form == Form::Ing)
                });
            if words >= 2 && !gloss && !told_object && bare_announcement {
                if let Speaker::Np(np) = speaker {
                    self.push_ghost(li, np, self.toks[se - 1].e, "lead");
                }
            } else if words >= 2 && !gloss && !told_object {
                if let Some((s, e)) = self.trimmed(start_tok, end_tok) {
                    self.report((li, ss, se), (s, e), v.lemma, via, speaker, appositives);
                }
            } else if let (VerbClass::Clause, Some(sp), false, false) = (
                v.class,
                subj_start,
                told_object,
                // (Not when the verb has words of its own: "… and warned that “…”".)
                (j + 1..se).any(|k| self.quote_at(k).is_some() || self.is_word(k, "that")),
            ) {
                // "Troops will stay, the ministry said.": the clause before the subject.
                let comma = (ss..j)
                    .rev()
                    .find(|&k| self.toks[k].s < sp && self.punct(k, ","));
                // "Speaking at a dinner on Wednesday night, she said:" sets the scene for the
                // words after the colon: the speaker is kept for them, with no words here.
                let after = (j + 1..self.toks.len()).find(|&k| !self.toks[k].is_word());
                if comma.is_some() && after.is_some_and(|k| self.punct(k, ":")) {
                    if let Speaker::Np(np) = speaker {
                        self.push_ghost(li, np, self.toks[se - 1].e, "colon-intro");
                    }
                    continue;
                }
                if let Some(c) = comma {
                    if (ss..c).all(|k| {
                        !self
                            .quote_at(k)
                            .is_some_and(|q| self.kinds[q] == QuoteKind::Direct)
                    }) {
                        if let Some((s, e)) = self.span_before(ss, c) {
                            self.report((li, ss, se), (s, e), v.lemma, via, speaker, appositives);
                        }
                    }
                }
            }
        }
    }

    /// For a speech verb at `j` whose subject follows a comma ("…, the ministry said on
    /// Tuesday."), that comma, the subject and its appositives — when the clause before the
    /// comma can be the words (three words or more, no direct quote, not an opening
    /// adverbial) and what follows the verb is at most a short adverbial or object ("in a
    /// statement", "told reporters in Brussels") or a participle after a comma.
    /// "…, the press service of the Ministry of Defence reports.": a present form more often
    /// a noun ("reports", "notes", "states", "claims") is the speech verb when it closes the
    /// sentence after a subject set off by a comma, as "said" would.
    fn closing_report(&mut self, li: usize, ss: usize, j: usize, se: usize, via: &Option<String>) {
        let lemma = match self.word(j) {
            "reports" => "report",
            "notes" => "note",
            "states" => "state",
            "claims" => "claim",
            _ => return,
        };
        if j == ss || !self.toks[j - 1].is_word() || (j + 1..se).any(|k| self.toks[k].is_word()) {
            return;
        }
        if let Some((span, speaker, app)) = self.trailing_report(ss, j, se, lemma) {
            self.report((li, ss, se), span, lemma, via, speaker, app);
        }
    }

    /// The words before a trailing attribution at verb `j` ("…, the ministry said on
    /// Tuesday."), with their speaker (the attribution's subject) and its appositives.
    fn trailing_report(
        &self,
        ss: usize,
        j: usize,
        se: usize,
        lemma: &str,
    ) -> Option<((usize, usize), Speaker<'a>, Vec<&'a str>)> {
        let (c, np, app) = self.trailing_attribution(ss, j, se, lemma)?;
        let span = self.span_before(self.past_dateline(ss, c), c)?;
        Some((span, Speaker::Np(self.prefer_prev_body(ss, np, true)), app))
    }

    fn trailing_attribution(
        &self,
        ss: usize,
        j: usize,
        se: usize,
        lemma: &str,
    ) -> Option<(usize, Np<'a>, Vec<&'a str>)> {
        let stop = (j + 1..se)
            .find(|&k| !self.toks[k].is_word() && self.quote_at(k).is_none())
            .unwrap_or(se);
        // After a comma, only a participle ("…, adding that …") or the sentence's end.
        let participle_after = stop + 1 < se
            && self.punct(stop, ",")
            && self.toks[stop + 1].is_word()
            && self.word(stop + 1).ends_with("ing")
            && !self.toks[stop + 1].has(flag::CAP);
        // (A quote in the participle's clause is its own: "…, it said, adding that “…”".)
        let quotes_end = if participle_after { stop } else { se };
        if (j + 1..quotes_end).any(|k| self.quote_at(k).is_some()) {
            return None;
        }
        let tail = j + 1..stop;
        // "…, a handover also reported by the state agency.": a participle with its agent
        // describes what came before; it names no speaker ("said by telephone" does).
        if j + 2 < stop
            && self.is_word(j + 1, "by")
            && !lexicon::with_lower(self.word(j + 2), |w| {
                matches!(
                    w,
                    "telephone"
                        | "phone"
                        | "email"
                        | "e-mail"
                        | "text"
                        | "video"
                        | "videolink"
                        | "letter"
                        | "radio"
                        | "satellite"
                        | "message"
                        | "messaging"
                )
            })
        {
            return None;
        }
        let tail_ok = tail.len() <= 6
            && (tail.is_empty()
                || lemma == "tell"
                || self.toks[j + 1].has(flag::PREP | flag::TRAILING))
            && !tail.clone().any(|k| {
                self.verb(k).is_some()
                    || lexicon::with_lower(self.word(k), |w| {
                        BE.contains(&w)
                            || lexicon::MODALS.contains(&w)
                            || matches!(w, "that" | "had")
                    })
            });
        let after_ok = stop >= se || !self.punct(stop, ",") || participle_after;
        if !tail_ok || !after_ok {
            return None;
        }
        // A name (with its appositives: "…, Olga Oliker, a senior adviser at CSIS, said"),
        // else a description right before the verb ("…, the ministry said").
        let last_comma = (ss..j).rev().find(|&k| self.punct(k, ","))?;
        let (np, app) = match self.subject_np(ss, j) {
            Some((np, app)) if np.strong() => (np, app),
            _ => {
                let np = parties::analyze(self.text, &self.toks[last_comma + 1..j], self.media)?;
                (np, Vec::new())
            }
        };
        let c = (ss..j)
            .rev()
            .find(|&k| self.toks[k].s < np.pos && self.punct(k, ","))?;
        let first_after = (c + 1..j).find(|&k| self.toks[k].is_word())?;
        if self.toks[first_after].s != np.pos || (app.is_empty() && c != last_comma) {
            return None;
        }
        let words = (ss..c).filter(|&k| self.toks[k].is_word()).count();
        let opener = (ss..c).find(|&k| self.toks[k].is_word())?;
        let direct = (ss..c).any(|k| {
            self.quote_at(k)
                .is_some_and(|q| self.kinds[q] == QuoteKind::Direct)
        });
        let o = self.toks[opener];
        // ("Under the new arrangement, the contingent will shrink …, the MND said": an
        // opening phrase set off by its comma, then a clause with a verb of its own, is the
        // statement's; "In Tamsara, the ministry said" reports nothing.)
        let opening_phrase = o.has(flag::PREP) && {
            let first_comma = (opener..c).find(|&k| self.punct(k, ","));
            first_comma.is_some_and(|k0| {
                (k0 + 1..c).any(|k| {
                    self.toks[k].is_word()
                        && (BE.contains(&self.word(k))
                            || FINITE_AUX.contains(&self.word(k))
                            || lexicon::MODALS.contains(&self.word(k)))
                })
            })
        };
        if words < 3
            || direct
            || (o.has(flag::PREP) && !opening_phrase)
            || (o.has(flag::INTRO) && !o.has(flag::DET) && !opening_phrase)
        {
            return None;
        }
        Some((c, np, app))
    }

    /// "According to X, …" / "…, according to X.": X's statement unless X is a medium or a
    /// crowd ("according to border officials").
    /// `j` is where the phrase opens, `a` where the source's words begin.
    /// The source a sentence opening "For" gives its view to, and where the view starts,
    /// when the sentence quotes it: "For the researcher Mathilde Aubry, of …, the operation
    /// is «…»", "For the Minister of Foreign Affairs, Mme Aïssata Koné, the day marks «…»"
    /// (the name in apposition), "For Dr. Matthias Krenn, researcher at …, the announcement
    /// is « … »" (not "For years", "For the first time").
    fn view_for(&self, a: usize, se: usize) -> Option<(Np<'a>, usize)> {
        // A quote after the opening phrase (read as a scare quote or not: the source is who
        // says it).
        (a..se).find(|&k| matches!(self.toks[k].kind, TokKind::Quote(_)))?;
        // The opening phrase and an appositive after it: comma-separated pieces outside
        // brackets (the phrase of up to eight tokens, the appositive twelve).
        let mut pieces = Vec::new();
        let (mut from, mut depth) = (a, 0i32);
        for k in a..se.min(a + 24) {
            match self.toks[k].kind {
                TokKind::Quote(_) => break,
                TokKind::Punct => match self.word(k) {
                    "(" => depth += 1,
                    ")" => depth -= 1,
                    "," if depth == 0 => {
                        pieces.push((from, k));
                        from = k + 1;
                        if pieces.len() == 2 {
                            break;
                        }
                    }
                    _ => {}
                },
                _ => {}
            }
        }
        let &(s0, e0) = pieces.first()?;
        if e0 == s0 || e0 - s0 > 8 {
            return None;
        }
        let source = |s: usize, e: usize| {
            parties::analyze(self.text, &self.toks[s..e], self.media).filter(|np| {
                matches!(
                    np.kind,
                    NpKind::Named { .. } | NpKind::Descr { person: true, .. }
                ) && !self.media.is_medium(np.surface)
            })
        };
        let first = source(s0, e0)?;
        // (The appositive may carry a bracketed party tag: "Mme Sandrine Kervella (Debout la
        // Nation, opposition)".)
        if let Some(&(s1, e1)) = pieces.get(1).filter(|(s, e)| e > s && e - s <= 12) {
            let person = |np: &Np| np.kind == NpKind::Named { body: false };
            // A name in apposition speaks for the description before it ("the Minister of
            // Foreign Affairs, Mme Aïssata Koné"); a description in apposition after a name
            // is passed over.
            let described = !person(&first) || self.toks[s0].has(flag::DET);
            let bracket = (s1..e1).find(|&k| self.punct(k, "(")).unwrap_or(e1);
            let second = source(s1, bracket);
            if let Some(np) = second.filter(|np| person(np) && described) {
                return Some((np, e1 + 1));
            }
            if person(&first) && self.toks[s1].is_word() && !self.toks[s1].has(flag::CAP) {
                return Some((first, e1 + 1));
            }
        }
        Some((first, e0 + 1))
    }

    fn according_to(
        &mut self,
        li: usize,
        ss: usize,
        se: usize,
        j: usize,
        a: usize,
        via: &Option<String>,
    ) {
        let mut e = a;
        while e < se
            && !(self.toks[e].kind == TokKind::Punct
                && matches!(self.word(e), "," | "." | ";" | ":" | "!" | "?"))
        {
            if self.quote_at(e).is_some() {
                return;
            }
            e += 1;
        }
        // "According to Castellane-Holt's statement": the statement's author.
        let author_end = (a + 1 < e
            && self.toks[e - 1].is_word()
            && lexicon::with_lower(self.word(e - 1), |w| {
                lexicon::is_published_text(w) || is_tally(w)
            })
            && self.toks[e - 2].is_word()
            && lexicon::is_possessive(self.word(e - 2)))
        .then_some(e - 1);
        let np = match author_end {
            Some(k) => self.possessor(a, k - 1),
            None => parties::analyze(self.text, &self.toks[a..e], self.media),
        };
        let Some(np) = np else {
            return;
        };
        let plural_crowd = matches!(
            np.kind,
            NpKind::Descr {
                definite: false,
                indefinite: false,
                ..
            }
        ) && np.head.as_deref().is_some_and(|h| h.ends_with('s'))
            && !np.name.contains('\'')
            && !self.toks[a].has(flag::COUNT);
        // "According to him" is left to the quote's paragraph; "according to one of them"
        // is one of the group just named.
        let pronoun = matches!(np.kind, NpKind::Pronoun(p) if p != lexicon::Pronoun::Member);
        // "according to official figures": numbers, not anyone's words.
        let data = (a..e)
            .rev()
            .find(|&k| self.toks[k].is_word())
            .is_some_and(|k| lexicon::with_lower(self.word(k), lexicon::is_data_noun));
        if plural_crowd || pronoun || data {
            return;
        }
        // A relative clause on the source ("According to X, who …, the …") is passed over.
        if e + 1 < se
            && self.punct(e, ",")
            && self.toks[e + 1].is_word()
            && matches!(self.word(e + 1), "who" | "which" | "whose")
        {
            if let Some(c) = (e + 2..se).find(|&k| self.punct(k, ",")) {
                e = c;
            }
        }
        // "According to a statement by the military's media wing, the Armed Forces Media
        // Directorate (AFMD), the handover …": a name in apposition to a description is the
        // source.
        let mut np = np;
        if e + 1 < se && self.punct(e, ",") && !matches!(np.kind, NpKind::Named { .. }) {
            let c = (e + 1..se.min(e + 14)).find(|&k| self.punct(k, ","));
            // (Not a subject with a relative clause: "According to the ministry, President
            // Alan Ruiz, who …, will visit".)
            let relative = |c: usize| {
                lexicon::with_lower(self.word(c + 1), |w| {
                    matches!(w, "who" | "which" | "whose" | "whom")
                })
            };
            let named = c.filter(|&c| c + 1 < se && !relative(c)).and_then(|c| {
                parties::analyze(self.text, &self.toks[e + 1..c], self.media)
                    .filter(|n| {
                        matches!(n.kind, NpKind::Named { .. })
                            && n.surface.len() == self.toks[c - 1].e - self.toks[e + 1].s
                            && !self.media.is_medium(n.surface)
                    })
                    .map(|n| (c, n))
            });
            if let Some((c, named)) = named {
                np = named;
                e = c;
            }
        }
        // "According to KTV-2, Mr Orsk also said that …": a clause with its own speaker is
        // that speaker's, the source before it only carried it.
        // (A subject of a few words right before "said that" (or "said his party would"),
        // with no quote between: a name, or a description or pronoun: "According to the
        // QKA, the militant spokesman also warned that …".)
        let own_speaker = |from: usize| {
            let named =
                |k: usize| (from..k).any(|i| self.toks[i].is_word() && self.toks[i].has(flag::CAP));
            (from + 1..se.min(from + 8)).any(|k| {
                let Some(v) = self.toks[k].verb else {
                    return false;
                };
                let says = matches!(
                    v.lemma,
                    "say" | "tell" | "add" | "note" | "insist" | "claim"
                );
                // ("Malhotra also said his party would …": a named speaker's "said" with
                // its clause's subject right after it.)
                let clause = k + 1 < se
                    && (self.is_word(k + 1, "that")
                        || (says
                            && named(k)
                            && lexicon::with_lower(self.word(k + 1), |w| {
                                matches!(
                                    w,
                                    "he" | "she"
                                        | "it"
                                        | "they"
                                        | "we"
                                        | "his"
                                        | "her"
                                        | "its"
                                        | "their"
                                )
                            })));
                v.form != Form::Ing
                    && v.form != Form::Base
                    && (v.class == VerbClass::Clause || says)
                    && clause
                    && (from..k).all(|i| self.quote_at(i).is_none())
                    && (named(k)
                        || (self.toks[from].is_word()
                            && lexicon::with_lower(self.word(from), |w| {
                                matches!(w, "the" | "he" | "she" | "they" | "it")
                            })))
            })
        };
        let span = if j == ss && e < se && self.punct(e, ",") && !own_speaker(e + 1) {
            self.trimmed(e + 1, se)
        } else if j > ss && self.punct(j - 1, ",") && (e >= se || self.punct(e, ".")) {
            self.span_before(ss, j - 1)
        } else {
            None
        };
        if let Some((s, e)) = span {
            self.push_reported(
                (li, ss, se),
                (s, e),
                "according to",
                via,
                Speaker::Np(np),
                Vec::new(),
                "according-to",
            );
        }
    }

    /// When the words right before the verb at `j` (back to a comma, or the sentence start
    /// `ss`) name the press generically ("the agency"), the offset of that comma (or `ss`).
    fn medium_subject(&self, ss: usize, j: usize) -> Option<usize> {
        let c = (ss..j)
            .rev()
            .find(|&k| !self.toks[k].is_word())
            .unwrap_or(ss);
        let a = if self.toks[c].is_word() { c } else { c + 1 };
        (a < j && lexicon::is_generic_medium((a..j).map(|k| self.word(k)))).then_some(c)
    }

    /// Skips ", according to AFP," right after a verb.
    fn skip_parenthetical(&self, mut k: usize, se: usize) -> usize {
        while k < se && self.punct(k, ",") {
            k += 1;
            if k + 1 < se && self.is_word(k, "according") && self.is_word(k + 1, "to") {
                while k < se && !self.punct(k, ",") {
                    k += 1;
                }
            }
        }
        k
    }

    /// A medium named by the words from token `k` (at most six, before `se` and any
    /// punctuation): its canonical name and how many words it spans.
    fn medium_at(&self, k: usize, se: usize) -> Option<(String, usize)> {
        let mut words: [&str; 6] = [""; 6];
        let mut n = 0;
        for i in k..se.min(k + 6) {
            if !self.toks[i].is_word() {
                break;
            }
            words[n] = self.word(i);
            n += 1;
        }
        self.media.match_at(&words[..n])
    }

    /// Past the object of "told" at `k`: a medium ("told AFP the withdrawal …") or the
    /// people told ("told reporters the …"), so the words begin after it.
    fn past_told_object(&self, k: usize, se: usize) -> usize {
        if k >= se || !self.toks[k].is_word() {
            return k;
        }
        if let Some((_, len)) = self.medium_at(k, se) {
            return k + len;
        }
        // "told KHFD radio the Guard would …", "told the Kessaria Times the …": a name the
        // list lacks, ending in a lowercase press noun or read as a medium's by its shape.
        let from = k + usize::from(self.is_word(k, "the"));
        // (A station's number is a name word: "told Channel 7 they would …".)
        let names = (from..se.min(from + 5))
            .take_while(|&i| {
                self.toks[i].is_word()
                    && (self.toks[i].has(flag::CAP)
                        || (i > from && self.word(i).starts_with(|c: char| c.is_ascii_digit())))
            })
            .count();
        if names > 0 {
            let e = from + names;
            if e < se
                && self.toks[e].is_word()
                && lexicon::is_press_noun(self.word(e))
                && e + 1 < se
                && self.toks[e + 1].is_word()
            {
                return e + 1;
            }
            if self
                .media
                .is_medium(&self.text[self.toks[k].s..self.toks[e - 1].e])
            {
                return e;
            }
            // "told Funkwelle the withdrawal had been …", "told Kessler by phone:": whoever
            // was told, a name the list lacks, is not the words' first; a lowercase word
            // after the name starts them.
            if from == k
                && e < se
                && self.toks[e].is_word()
                && !self.toks[e].has(flag::CAP)
                && !self.toks[e - 1].has(flag::POSS)
            {
                return e;
            }
        }
        let people = lexicon::with_lower(self.word(k), |w| {
            matches!(
                w,
                "reporters"
                    | "journalists"
                    | "lawmakers"
                    | "parliament"
                    | "delegates"
                    | "diplomats"
                    | "supporters"
                    | "me"
                    | "us"
                    | "him"
                    | "her"
                    | "them"
            )
        });
        if people {
            k + 1
        } else {
            k
        }
    }

    /// The clause from the sentence start to token `c` (exclusive), if it has 3+ words.
    fn span_before(&self, ss: usize, c: usize) -> Option<(usize, usize)> {
        let words = (ss..c).filter(|&k| self.toks[k].is_word()).count();
        if words < 3 {
            return None;
        }
        self.trimmed(ss, c)
    }

    /// Byte span of tokens `a..b` without leading/trailing punctuation (quote tokens kept).
    fn trimmed(&self, mut a: usize, mut b: usize) -> Option<(usize, usize)> {
        while a < b && self.toks[a].kind == TokKind::Punct {
            a += 1;
        }
        while b > a
            && self.toks[b - 1].kind == TokKind::Punct
            && !matches!(self.word(b - 1), ")" | "]")
        {
            b -= 1;
        }
        (a < b).then(|| (self.toks[a].s, self.toks[b - 1].e))
    }

    /// A statement found by the "reported" sieve: see [`Ctx::push_reported`].
    /// Where the words of the verb at `j` begin: past a "that" right after it.
    fn past_that(&self, j: usize, se: usize) -> usize {
        if j + 1 < se && self.is_word(j + 1, "that") {
            j + 2
        } else {
            j + 1
        }
    }

    /// The sentence's last statement with a speaker, among the items from `first_item`.
    fn last_statement(&self, first_item: usize) -> Option<usize> {
        (first_item..self.items.len())
            .rev()
            .find(|&i| !self.items[i].ghost && self.items[i].speaker.is_some())
    }

    /// Reports words from token `start` up to the sentence's next colon or direct quote (or
    /// its end) as the speaker of the statement `last` ("…, adding that …").
    fn report_as(
        &mut self,
        at: (usize, usize, usize),
        start: usize,
        verb: &'static str,
        via: &Option<String>,
        last: usize,
    ) {
        let se = at.2;
        let end = (start..se)
            .find(|&k| {
                self.punct(k, ":")
                    || self
                        .quote_at(k)
                        .is_some_and(|q| self.kinds[q] == QuoteKind::Direct)
            })
            .unwrap_or(se);
        if let Some((s, e)) = self.trimmed(start, end) {
            self.report(at, (s, e), verb, via, Speaker::Inherit(last), Vec::new());
        }
    }

    /// Reports `speaker`'s words (with the speaker's `appositives`) from token `start` up to
    /// the sentence's next direct quote (or its end), for the sentence `at` = (line, first
    /// token, end token).
    fn report_to_quote(
        &mut self,
        at: (usize, usize, usize),
        start: usize,
        verb: &'static str,
        via: &Option<String>,
        speaker: Np<'a>,
        appositives: Vec<&'a str>,
    ) {
        let se = at.2;
        let end = (start..se)
            .find(|&k| {
                self.quote_at(k)
                    .is_some_and(|q| self.kinds[q] == QuoteKind::Direct)
            })
            .unwrap_or(se);
        if let Some((s, e)) = self.trimmed(start, end) {
            self.report(at, (s, e), verb, via, Speaker::Np(speaker), appositives);
        }
    }

    fn report(
        &mut self,
        at: (usize, usize, usize),
        span: (usize, usize),
        verb: &'static str,
        via: &Option<String>,
        speaker: Speaker<'a>,
        appositives: Vec<&'a str>,
    ) {
        if declines_comment(&self.text[span.0..span.1]) {
            return;
        }
        // "wrote on X:", "posted on Facebook:": a short phrase opening on a preposition
        // says where the words went, not what they were.
        // ("Here is what she told Channel 7:": the medium told, and no words.)
        // (Short spans only: this runs on every reported statement.)
        let words = &self.text[span.0..span.1];
        let short = words.len() <= 48 && words.split_whitespace().nth(5).is_none();
        if short {
            let where_only = words.split_whitespace().nth(3).is_none()
                && words.split_whitespace().next().is_some_and(|w| {
                    matches!(
                        w,
                        "on" | "in" | "at" | "to" | "via" | "from" | "through" | "by" | "over"
                    )
                })
                && !words.contains(['"', '“', '”', '«', '»']);
            if where_only || self.media.is_medium(words) {
                return;
            }
        }
        // "the governor recounted what residents near the site had told her": who told
        // "what" is quoted only by what follows, not by the words around it. ("what the
        // ministry called “a long-overdue step”" does quote the ministry.)
        if let (Speaker::Np(np), "tell" | "say") = (&speaker, verb) {
            let before = self.text[..np.pos].trim_end();
            let what = before
                .rsplit(|c: char| !c.is_alphabetic())
                .next()
                .is_some_and(|w| w.eq_ignore_ascii_case("what"));
            if what && span.1 <= np.pos {
                return;
            }
        }
        self.push_reported(at, span, verb, via, speaker, appositives, "reported");
    }

    /// Pushes the reported words `span` (byte offsets) of the sentence `at` = (line, first
    /// token, end token), with their verb, medium, speaker, appositives and sieve.
    #[allow(clippy::too_many_arguments)]
    fn push_reported(
        &mut self,
        (li, ss, se): (usize, usize, usize),
        (s, e): (usize, usize),
        verb: &'static str,
        via: &Option<String>,
        speaker: Speaker<'a>,
        appositives: Vec<&'a str>,
        sieve: &'static str,
    ) {
        let context = self.context(ss, se, s, e);
        self.items.push(Item {
            start: s,
            end: e,
            kind: QuoteKind::Reported,
            verb: Some(verb),
            via: via.clone(),
            context,
            sieve,
            speaker: Some(speaker),
            appositives,
            line: li,
            quote: None,
            ghost: false,
        });
    }

    /// The sentence with the item's own words replaced by "…".
    fn context(&self, ss: usize, se: usize, s: usize, e: usize) -> String {
        if ss >= se {
            return String::new();
        }
        let a = self.toks[ss].s.min(s);
        let b = self.toks[se - 1].e.max(e);
        let (before, after) = (&self.text[a..s], &self.text[e..b]);
        let mut out = String::with_capacity(before.len() + '…'.len_utf8() + after.len());
        out.push_str(before);
        out.push('…');
        out.push_str(after);
        out
    }

    /// The first medium named in the sentence outside quotes ("told Reuters", "according
    /// to AFP", "in an interview with Al Jazeera").
    fn find_via(&self, ss: usize, se: usize) -> Option<String> {
        for i in ss..se {
            // A medium's name starts with a capital (the tokenizer's CAP flag).
            if !self.toks[i].is_word() || !self.toks[i].has(flag::CAP) {
                continue;
            }
            // A medium's name may include one punctuation token: "Agence France-Presse".
            if let Some((name, len)) = self.medium_at(i, se) {
                // Before a body's word it is part of the body's name, no medium: "the Harran
                // Liberation Front" does not name the newspaper Libération ("BBC Radio",
                // "Sputnik News Agency" are media).
                let k = i + len;
                let body_word = k < se
                    && self.toks[k].is_word()
                    && self.toks[k].has(flag::CAP)
                    && self.toks[k].has(flag::ORG | flag::BODY_SUFFIX | flag::ORG_NAME)
                    && !lexicon::with_lower(self.word(k), |w| w == "agency");
                if body_word {
                    continue;
                }
                return Some(name);
            }
        }
        None
    }

    /// Whether tokens `a..b` are headed by a journalist noun: "Our correspondent in Kesh,
    /// Tom Ferrier, says" names the medium's own voice, not a party (a possessive,
    /// "the reporter's source", heads nothing).
    fn journalist_led(&self, a: usize, b: usize) -> bool {
        // (The noun opens the phrase: "who told reporters that …" is no journalist.)
        (a..b)
            .filter(|&i| self.toks[i].is_word())
            .take(3)
            .take_while(|&i| !self.toks[i].has(flag::PREP) && self.toks[i].verb.is_none())
            .any(|i| {
                self.toks[i].has(flag::JOURNALIST)
                    && !self.word(i).ends_with("'s")
                    && !self.word(i).ends_with("’s")
            })
    }

    /// The author a published text is from, named earlier in the line before token `ti`:
    /// "A five-page memo from the Defence Intelligence Directorate … “…,” the memo reads".
    fn author_before(&self, ti: usize) -> Option<Np<'a>> {
        let text_noun = |i: usize| {
            self.toks[i].is_word() && lexicon::with_lower(self.word(i), lexicon::is_published_text)
        };
        self.author_from_by(ti, &text_noun)
            .or_else(|| self.author_issuing(ti, &text_noun))
    }

    /// Whether a published text ("statement", "post", "memo" …) is named in the line before
    /// token `end`.
    fn text_named_before(&self, end: usize) -> bool {
        (0..end).any(|i| {
            self.toks[i].is_word() && lexicon::with_lower(self.word(i), lexicon::is_published_text)
        })
    }

    /// The author of a text quoted at token `ti` that tokens `a..=b` ("it", "the statement")
    /// stand for: named before it, else who issued a statement on the line before, else the
    /// body the text was about, as "it" would be.
    fn text_author(&self, ti: usize, a: usize, b: usize) -> Np<'a> {
        let issuer = || self.issuer.as_ref().map(|(_, np)| np.clone());
        self.author_before(ti).or_else(issuer).unwrap_or_else(|| {
            let surface = &self.text[self.toks[a].s..self.toks[b].e];
            Np::pronoun(lexicon::Pronoun::Body, surface, self.toks[a].s)
        })
    }

    /// The subject of the verb that put out the last text named before token `ti`: "The
    /// Karuun Front … responded with a post on its channel on the messaging app Sendline.
    /// “…,” it read." (the app is where, not who).
    fn author_issuing(&self, ti: usize, text_noun: &dyn Fn(usize) -> bool) -> Option<Np<'a>> {
        let t = (0..ti).rev().find(|&i| text_noun(i))?;
        let start = (0..t)
            .rev()
            .find(|&i| [".", "!", "?"].iter().any(|p| self.punct(i, p)))
            .map_or(0, |i| i + 1);
        let v = (start..t).rev().take(6).find(|&i| {
            self.toks[i].is_word() && lexicon::with_lower(self.word(i), lexicon::is_issuing_verb)
        })?;
        let (np, _) = self.subject_np(start, v)?;
        let end = np.pos + np.surface.len();
        let e = (start..v).find(|&i| self.toks[i].s >= end).unwrap_or(v);
        matches!(np.kind, NpKind::Named { .. })
            .then(|| parties::body_by_appositive(np, self.text, &self.toks, e))
    }

    /// "a post from X", "a memo by X", or through a participle: "a post on a channel used by
    /// X".
    fn author_from_by(&self, ti: usize, text_noun: &dyn Fn(usize) -> bool) -> Option<Np<'a>> {
        (1..ti.saturating_sub(1)).rev().find_map(|k| {
            // "a post from X", or through a participle: "a post on a channel used by X".
            let participle = || {
                self.toks[k - 1].is_word()
                    && (self.word(k - 1).ends_with("ed") || matches!(self.word(k - 1), "run"))
                    && (k.saturating_sub(7)..k - 1).any(text_noun)
            };
            let from = matches!(self.word(k), "from" | "by") && (text_noun(k - 1) || participle());
            if !from {
                return None;
            }
            let e = (k + 1..ti)
                .find(|&i| {
                    !(self.toks[i].is_word()
                        && (self.toks[i].has(flag::CAP | flag::DET) || self.word(i) == "of"))
                })
                .unwrap_or(ti);
            parties::analyze(self.text, &self.toks[k + 1..e], self.media)
                .filter(|np| matches!(np.kind, NpKind::Named { .. }))
                .map(|np| parties::body_by_appositive(np, self.text, &self.toks, e))
        })
    }

    /// The signer of quote `q` standing alone on line `li` when the next paragraph is a
    /// dash and a name: a statement set apart, then "– Colonel Eryk Vasch, spokesperson,
    /// Ministry of Defence". A fact check sets its claims apart the same way, under a
    /// label, and names the claimant on the next line: "Claim: “…”" then "Who said it:
    /// Senator Lio Batchelor, in a video posted on 6 May.".
    fn signed_below(&self, lines: &[Line], li: usize, q: usize) -> Option<Np<'a>> {
        let quote = &self.quotes[q];
        let line = &lines[li];
        let before = self.text[line.start..quote.open].trim();
        let labelled = before.len() <= 24
            && before.starts_with(|c: char| c.is_uppercase())
            && before
                .strip_suffix(':')
                .is_some_and(|label| label.split_whitespace().count() <= 2);
        let alone = (before.is_empty() || labelled)
            && self.text[quote.close_end.min(line.end)..line.end]
                .trim()
                .is_empty();
        if !alone {
            return None;
        }
        let next = lines[li + 1..]
            .iter()
            .find(|l| !self.text[l.start..l.end].trim().is_empty())?;
        let sig = self.text[next.start..next.end].trim();
        let from = if sig.starts_with(['–', '—']) {
            next.start
        } else {
            const CLAIMANT_LABELS: &[&str] = &[
                "who said it",
                "who said",
                "said by",
                "claimed by",
                "claim by",
                "made by",
                "attributed to",
                "speaker",
                "claimant",
            ];
            let colon = sig.find(':').filter(|&c| {
                CLAIMANT_LABELS
                    .iter()
                    .any(|l| sig[..c].eq_ignore_ascii_case(l))
            })?;
            // (`sig` is a trimmed slice of the text: its offset is its pointer's.)
            sig.as_ptr() as usize - self.text.as_ptr() as usize + colon + 1
        };
        if sig.len() > 160 {
            return None;
        }
        let mut toks = Vec::new();
        extract::tokenize(self.text, from, next.end, &[], 0, &mut toks);
        let a = toks.iter().position(|t| t.is_word())?;
        let e = (a..toks.len())
            .find(|&k| !toks[k].is_word() && !matches!(toks[k].text(self.text), "." | "'" | "’"));
        parties::analyze(self.text, &toks[a..e.unwrap_or(toks.len())], self.media)
            .filter(|np| !matches!(np.kind, NpKind::Pronoun(_)))
    }

    /// A speaker named inside the reported statement of a speaker named before them in the
    /// same sentence is part of what that speaker reports, not a party of its own: in "X said
    /// that the state government had written to the Centre seeking an assurance that …" and
    /// "X answered that the committee had asked for a finished mission, “not a finished
    /// press release”" the words are X's. Words the inner speaker is quoted saying stay
    /// theirs ("X noted that the group had boasted that the troops had “run …”"), and a
    /// pronoun inside may be X again.
    fn fold_nested(&mut self, line_items: &[std::ops::Range<usize>]) {
        let own_words = |it: &Item| {
            self.text[it.start..it.end].contains(['"', '“', '”', '‘', '’', '«', '»', '„'])
        };
        // The outer speaker is named earlier in the same sentence (not a pronoun resolved
        // to someone in an earlier one).
        let same_sentence = |a: usize, b: usize| {
            a < b && !self.text[a..b].contains(". ") && !self.text[a..b].contains('\n')
        };
        for range in line_items {
            for id in range.clone() {
                let it = &self.items[id];
                let Some(Speaker::Np(np)) = &it.speaker else {
                    continue;
                };
                if it.ghost || matches!(np.kind, NpKind::Pronoun(_)) {
                    continue;
                }
                let (pos, len) = (np.pos, np.surface.len());
                let quoted = it.quote.is_some();
                // A quote inside the inner speaker's own clause ("had told her that “…”",
                // "had boasted that the troops had “…”"), after a colon ("a statement, which
                // she read in full: “…”") or naming what the inner speaker calls something
                // ("and a former commander calls it ‘a change of address’") is theirs.
                let theirs = match it.quote {
                    Some(q) => {
                        let open = self.quotes[q].open;
                        let before = &self.text[pos.min(open)..open];
                        it.verb.is_some_and(lexicon::is_naming_verb)
                            || before.trim_end().ends_with(':')
                            || before.split_whitespace().any(|w| w == "that")
                    }
                    None => own_words(it),
                };
                if theirs {
                    continue;
                }
                let (start, end) = (it.start, it.end);
                let speaker_at = |o: usize| match &self.items[o].speaker {
                    Some(Speaker::Np(np)) => Some(np.pos),
                    _ => None,
                };
                let outer = range.clone().find(|&o| {
                    let out = &self.items[o];
                    o != id
                        && !out.ghost
                        && out.quote.is_none()
                        && speaker_at(o).is_some_and(|p| same_sentence(p, out.start))
                        && out.start <= pos
                        && pos < out.end
                        && if quoted {
                            start <= out.end + 3
                        } else {
                            end <= out.end
                        }
                });
                let Some(o) = outer else { continue };
                if quoted {
                    self.items[id].speaker = Some(Speaker::Inherit(o));
                    self.items[id].sieve = self.items[o].sieve;
                } else {
                    let it = &mut self.items[id];
                    it.ghost = true;
                    it.start = pos;
                    it.end = pos + len;
                }
            }
        }
    }

    /// Continuations and the paragraph's speaker, for quotes the sentence sieves left.
    fn second_pass(
        &mut self,
        lines: &[Line],
        line_items: &[std::ops::Range<usize>],
        lead_np: &[Option<Np<'a>>],
        said_this: &[Option<Np<'a>>],
    ) {
        let n = self.items.len();
        for id in 0..n {
            if self.items[id].speaker.is_some() {
                continue;
            }
            let Some(q) = self.items[id].quote else {
                continue;
            };
            // A continuation paragraph, or the first paragraph of one attributed later.
            if self.quotes[q].continues_prev {
                if let Some(p) = self.quote_item[q - 1] {
                    self.items[id].speaker = Some(Speaker::Inherit(p));
                    self.items[id].sieve = "continuation";
                    continue;
                }
            }
            let mut k = q + 1;
            let mut later = None;
            while k < self.quotes.len() && self.quotes[k].continues_prev {
                if let Some(it) = self.quote_item[k] {
                    if matches!(self.items[it].speaker, Some(Speaker::Np(_))) {
                        later = Some(it);
                        break;
                    }
                }
                k += 1;
            }
            // A pull quote of several paragraphs signed under its last one ("— Radek
            // Sulimov, in an op-ed"): the signature speaks for the whole chain.
            if later.is_none() && k > q + 1 {
                if let Some(it) =
                    self.quote_item[k - 1].filter(|&it| self.items[it].speaker.is_none())
                {
                    if let Some(np) = self.signed_below(lines, self.items[it].line, k - 1) {
                        self.items[it].speaker = Some(Speaker::Np(np));
                        self.items[it].sieve = "signature";
                        later = Some(it);
                    }
                }
            }
            if let Some(it) = later {
                self.items[id].speaker = Some(Speaker::Inherit(it));
                self.items[id].sieve = "continuation";
                continue;
            }
            let li = self.items[id].line;
            if let Some(np) = self.signed_below(lines, li, q) {
                self.items[id].speaker = Some(Speaker::Np(np));
                self.items[id].sieve = "signature";
                continue;
            }
            let same = line_items[li].clone();
            // A quote inside a reported statement is its speaker's: "According to a
            // Korvanian official, Korvania “will watch closely” …".
            let (qs, qe) = (self.items[id].start, self.items[id].end);
            if let Some(o) = same.clone().find(|&o| {
                let it = &self.items[o];
                !it.ghost
                    && it.quote.is_none()
                    && it.speaker.is_some()
                    && it.start <= qs
                    && qe <= it.end
            }) {
                self.items[id].speaker = Some(Speaker::Inherit(o));
                self.items[id].sieve = self.items[o].sieve;
                continue;
            }
            // The paragraph: another attributed quote in the same paragraph, then the
            // previous paragraph's last speaker, then a person its last sentence opens with.
            // A person the paragraph's earlier sentence opens with ("A pensioner … watched
            // the trucks go by. “…”") counts as a speaker there.
            // (Not words of a speaker named inside another's reported statement: in "he
            // said, adding that the government had declared “full control” …. “…”" the next
            // quote is still his.)
            let nested = |o: usize| {
                let Some(Speaker::Np(np)) = &self.items[o].speaker else {
                    return false;
                };
                same.clone().any(|p| {
                    let outer = &self.items[p];
                    p != o
                        && !outer.ghost
                        && outer.quote.is_none()
                        && outer.speaker.is_some()
                        && (outer.start..outer.end).contains(&np.pos)
                })
            };
            let earlier = same.clone().rev().find(|&o| {
                o < id
                    && self.items[o].speaker.is_some()
                    && !nested(o)
                    && (!self.items[o].ghost
                        || (matches!(self.items[o].sieve, "lead" | "lead-name")
                            && self.items[o].end <= self.quotes[q].open))
            });
            if let Some(o) = earlier.filter(|&o| self.items[o].ghost) {
                self.items[id].speaker = self.items[o].speaker.clone();
                self.items[id].sieve = "paragraph";
                continue;
            }
            let later = same.clone().find(|&o| {
                o > id && self.items[o].quote.is_some() && self.items[o].speaker.is_some()
            });
            let first_in_line = !same
                .clone()
                .any(|o| o < id && self.items[o].quote.is_some());
            // (Past an interviewer's question set with a dash: "– Is it not too early?"
            // before the answer "– Officers are paid to worry.")
            let dash_question = |l: usize| {
                let t = self.text[lines[l].start..lines[l].end].trim();
                t.starts_with(['–', '—']) && t.ends_with('?')
            };
            let prev_line = (0..li)
                .rev()
                .find(|&l| lines[l].role != LineRole::Blank && !dash_question(l));
            let prev_ok = prev_line.filter(|&l| {
                matches!(
                    lines[l].role,
                    LineRole::Body
                        | LineRole::Tag {
                            journalist: false,
                            ..
                        }
                )
            });
            // A partial quote sits in a clause of its own sentence, whose subject the sieves
            // did not find ("The Russian statement … said that “…”"): the previous
            // paragraph's speaker, or a person it opens with, is no guess for it.
            let partial = self.items[id].kind == QuoteKind::Partial;
            let from_prev = prev_ok.filter(|_| first_in_line && !partial).and_then(|l| {
                line_items[l].clone().rev().find(|&o| {
                    self.items[o].speaker.is_some()
                        && (!self.items[o].ghost || self.items[o].sieve == "colon-intro")
                })
            });
            // A paragraph that ends on a colon introduces the next one's words: the person
            // it opens with speaks them ("The release quoted its director, Leilani Fonoti:"),
            // even where it reported someone else's words first.
            let introduced = prev_ok
                .filter(|_| first_in_line && !partial && earlier.is_none() && later.is_none())
                .filter(|&l| {
                    self.text[lines[l].start..lines[l].end]
                        .trim_end()
                        .ends_with(':')
                })
                .and_then(|l| lead_np[l].clone());
            if let Some(np) = introduced {
                self.items[id].speaker = Some(Speaker::Np(np));
                self.items[id].sieve = "paragraph";
                continue;
            }
            // "CLAIM: “…”" then "Sen. Dale Whitacre said this at a rally …": the quote alone
            // on its line is the next line's subject's.
            let next_line = (li + 1..lines.len()).find(|&l| lines[l].role != LineRole::Blank);
            let claimed = next_line
                .filter(|_| first_in_line && !partial && earlier.is_none() && later.is_none())
                .and_then(|l| said_this[l].clone());
            if let Some(np) = claimed {
                self.items[id].speaker = Some(Speaker::Np(np));
                self.items[id].sieve = "said-this";
                continue;
            }
            let pick = earlier.or(later).or(from_prev);
            // (A ghost is no statement to inherit from: its speaker is copied, as above.)
            if let Some(o) = pick.filter(|&o| self.items[o].ghost) {
                self.items[id].speaker = self.items[o].speaker.clone();
                self.items[id].sieve = "paragraph";
            } else if let Some(o) = pick {
                self.items[id].speaker = Some(Speaker::Inherit(o));
                self.items[id].sieve = "paragraph";
            } else if let Some(np) = prev_ok
                .filter(|_| first_in_line && !partial)
                .and_then(|l| lead_np[l].clone())
            {
                self.items[id].speaker = Some(Speaker::Np(np));
                self.items[id].sieve = "paragraph";
            }
        }
    }
}

/// A time a told story is set in: "recalled the night gunmen reached her village".
fn is_story_time(word: &str) -> bool {
    matches!(
        word,
        "night"
            | "day"
            | "morning"
            | "afternoon"
            | "evening"
            | "time"
            | "moment"
            | "week"
            | "summer"
            | "winter"
            | "spring"
            | "autumn"
            | "year"
            | "years"
            | "days"
            | "months"
    )
}

/// Two words or more, every word longer than three letters capitalized ("Lines in the
/// Sand", "Camp Hope").
fn title_case(s: &str) -> bool {
    s.split_whitespace().count() >= 2
        && s.split_whitespace()
            .filter(|w| w.len() > 3)
            .all(|w| w.chars().next().is_some_and(|c| c.is_uppercase()))
}

/// A word lowercased without allocating when it is short ASCII (the common case).
pub(crate) struct LowerBuf<'a> {
    buf: [u8; 24],
    len: usize,
    owned: Option<String>,
    borrowed: Option<&'a str>,
}

impl<'a> LowerBuf<'a> {
    fn borrowed(s: &'a str) -> LowerBuf<'a> {
        LowerBuf {
            buf: [0; 24],
            len: 0,
            owned: None,
            borrowed: Some(s),
        }
    }
    fn as_str(&self) -> &str {
        if let Some(b) = self.borrowed {
            return b;
        }
        if let Some(o) = &self.owned {
            return o;
        }
        std::str::from_utf8(&self.buf[..self.len]).unwrap_or("")
    }
}

impl std::ops::Deref for LowerBuf<'_> {
    type Target = str;
    fn deref(&self) -> &str {
        self.as_str()
    }
}

fn lower_small(w: &str) -> LowerBuf<'_> {
    let b = w.as_bytes();
    if !b.iter().any(|c| c.is_ascii_uppercase() || *c >= 0x80) {
        return LowerBuf::borrowed(w);
    }
    if b.len() <= 24 && b.is_ascii() {
        let mut buf = [0u8; 24];
        for (d, s) in buf.iter_mut().zip(b) {
            *d = s.to_ascii_lowercase();
        }
        return LowerBuf {
            buf,
            len: b.len(),
            owned: None,
            borrowed: None,
        };
    }
    LowerBuf {
        buf: [0; 24],
        len: 0,
        owned: Some(w.to_lowercase()),
        borrowed: None,
    }
}

/// A named person (not a body).
fn is_person(np: &Np) -> bool {
    matches!(np.kind, NpKind::Named { body: false })
}

/// "A spokesman said she would not comment on internal correspondence", "said it had no
/// comment", "has said nothing in public": a refusal to speak reports no view.
fn declines_comment(words: &str) -> bool {
    let words = words.trim_start();
    let n = words.split_whitespace().count();
    let mut w = words.split_whitespace();
    // ("nothing would change" is a clause, and words; "nothing about the base's airstrip,
    // its radar station or …" is silence however long the topic.)
    if w.next() == Some("nothing")
        && w.next().is_none_or(|second| {
            matches!(
                second,
                "in" | "at" | "about" | "on" | "publicly" | "further" | "more" | "else" | "yet"
            ) && (n <= 4 || matches!(second, "about" | "on"))
        })
    {
        return true;
    }
    // Past a subject pronoun and an auxiliary.
    let rest = ["he ", "she ", "it ", "they ", "we "]
        .iter()
        .find_map(|p| {
            words
                .get(..p.len())
                .filter(|w| w.eq_ignore_ascii_case(p))
                .map(|_| &words[p.len()..])
        })
        .unwrap_or(words);
    let rest = ["could ", "would ", "will ", "did ", "had ", "has "]
        .iter()
        .find_map(|a| rest.strip_prefix(a))
        .unwrap_or(rest);
    let refused = match rest.strip_prefix("not ") {
        Some(r) => r.trim_start_matches("immediately ").starts_with("comment"),
        None => rest.starts_with("no comment") || rest.starts_with("no immediate comment"),
    };
    // Short: "would not comment on internal correspondence", not a view that mentions
    // commenting.
    refused && n <= 12
}

/// A lead phrase that can speak for later quotes as a person: a person's name or a person
/// described.
fn lead_np_kind(kind: &NpKind) -> bool {
    matches!(
        kind,
        NpKind::Named { body: false } | NpKind::Descr { person: true, .. }
    )
}

/// A reckoning that speaks for whoever made it: "By the ministry's count", "according to
/// the monitor's tally".
fn is_tally(word: &str) -> bool {
    matches!(
        word,
        "count" | "estimate" | "estimates" | "tally" | "reckoning" | "calculation" | "calculations"
    )
}
