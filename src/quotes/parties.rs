//! Parties: turning a speaker phrase into a name ("U.S. Secretary of State John Kerry" →
//! "John Kerry"), and merging mentions ("Kerry", "the commander", "he") into one party.
//!
//! Names are built from the text with typographic apostrophes normalized (’ → ') so that
//! "Germany’s foreign minister" and "Germany's foreign minister" are one party.

use std::collections::{HashMap, VecDeque};

use super::extract::Tok;
use super::lexicon::{self, Media, Pronoun};
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

/// An analysed speaker phrase.
#[derive(Debug, Clone)]
pub(crate) struct Np {
    pub kind: NpKind,
    /// The phrase as written (trimmed): a mention.
    pub surface: String,
    /// The party name it yields.
    pub name: String,
    /// Lowercase head noun of a description ("commander"), for "the commander" later.
    pub head: Option<String>,
    /// Byte offset of the phrase, for recency.
    pub pos: usize,
}

impl Np {
    /// A name or pronoun settles the subject; a description may be an appositive.
    pub(crate) fn strong(&self) -> bool {
        matches!(self.kind, NpKind::Named { .. } | NpKind::Pronoun(_))
    }
}

fn norm(s: &str) -> String {
    s.replace('’', "'")
}

const PREPOSITIONS: &[&str] = &[
    "of", "from", "in", "at", "for", "with", "on", "to", "by", "within", "inside", "against",
    "about", "over", "under", "into", "between", "among", "near", "after", "before", "during",
    "like", "than", "toward", "towards", "through", "across", "behind", "beyond", "via", "per",
    "opposite", "outside", "around", "since", "without",
];
const NP_BREAKERS: &[&str] = &[
    "is", "was", "were", "are", "be", "been", "being", "has", "had", "have", "will", "would",
    "did", "does", "do", "can", "could", "should", "may", "might", "must", "i", "we", "you", "me",
    "not", "said", "says", "told",
];

/// Analyses the words `toks` (no quote tokens) as a speaker phrase. `None` when it cannot
/// be a party: empty, too long, a quantifier ("some countries"), a medium or a journalist.
pub(crate) fn analyze(text: &str, toks: &[Tok], media: &Media) -> Option<Np> {
    let mut a = 0;
    let mut b = toks.len();
    // Leading punctuation and subordinators ("While some countries", ", and the minister").
    while a < b && (!toks[a].is_word() || lexicon::is_subordinator(toks[a].text(text))) {
        a += 1;
    }
    // Trailing adverbs, auxiliaries, days and punctuation ("the commander reportedly").
    while b > a && (!toks[b - 1].is_word() || lexicon::is_trailing(toks[b - 1].text(text))) {
        b -= 1;
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
    // Keep closing brackets that belong to the phrase ("(ENF)" or "Freedom (ENF)").
    let toks = &toks[a..b];
    let words: Vec<&str> = toks
        .iter()
        .filter(|t| t.is_word())
        .map(|t| t.text(text))
        .collect();
    if words.is_empty() || words.len() > 18 {
        return None;
    }
    let surface = text[toks[0].s..toks[toks.len() - 1].e].to_string();
    let pos = toks[0].s;
    if words.len() == 1 {
        if let Some(p) = lexicon::pronoun(words[0]) {
            return Some(Np {
                kind: NpKind::Pronoun(p),
                name: surface.clone(),
                surface,
                head: None,
                pos,
            });
        }
    }
    if lexicon::is_quantifier(words[0])
        || lexicon::is_intro(words[0]) && !lexicon::is_determiner(words[0])
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
    let words: Vec<&str> = main
        .iter()
        .filter(|t| t.is_word())
        .map(|t| t.text(text))
        .collect();
    if words.is_empty() {
        return None;
    }
    if words.iter().any(|w| {
        lexicon::with_lower(w, |l| NP_BREAKERS.contains(&l) || l == "what")
            || lexicon::speech_verb(w).is_some()
    }) {
        return None;
    }
    // "forced the government …" is a verb phrase, not a speaker.
    let w0 = words[0];
    if w0.ends_with("ed")
        && w0.chars().next().is_some_and(|c| c.is_lowercase())
        && !lexicon::is_title(w0)
    {
        return None;
    }
    if media.is_medium(&surface) {
        return None;
    }
    // A journalist noun before any preposition makes this the press ("our correspondent").
    for w in &words {
        if lexicon::with_lower(w, |l| PREPOSITIONS.contains(&l)) {
            break;
        }
        if w.chars().next().is_some_and(|c| c.is_lowercase()) && lexicon::is_journalist_noun(w) {
            return None;
        }
    }
    // "the man who …" stays a description even when a name follows in the clause.
    let described = rel < toks.len() && lexicon::is_determiner(words[0]);
    if let Some(name) = name_run(text, main, media).filter(|_| !described) {
        let body = is_body(&name);
        return Some(Np {
            kind: NpKind::Named { body },
            surface: text[toks[0].s..main[main.len() - 1].e].to_string(),
            name: norm(&name),
            head: None,
            pos,
        });
    }
    // A description needs a person or body noun as its head, taken before any
    // prepositional phrase ("a commander of the Jabhat al-Nusra" → "commander").
    let mut head: Option<(String, bool)> = None;
    let det_led =
        lexicon::is_determiner(words[0]) || words[0].ends_with("'s") || words[0].ends_with("’s");
    let mut last_noun: Option<String> = None;
    for w in &words {
        let lw = w.to_lowercase();
        if PREPOSITIONS.contains(&lw.as_str()) {
            if head.is_some() || last_noun.is_some() {
                break;
            }
            continue;
        }
        if lexicon::is_person_noun(w) {
            head = Some((lw, true));
        } else if lexicon::is_org_noun(w) {
            head = Some((lw, false));
        } else {
            last_noun = Some(lw);
        }
    }
    // An unlisted agent noun after a determiner ("a charcoal seller", "a schoolteacher").
    if head.is_none() && det_led {
        const AGENT: &[&str] = &[
            "er", "or", "ist", "ian", "man", "woman", "men", "ers", "ors", "ists", "ians",
        ];
        if let Some(n) = last_noun.filter(|n| n.len() > 4 && AGENT.iter().any(|s| n.ends_with(s))) {
            head = Some((n, true));
        }
    }
    let (head, person) = head?;
    let first = words[0];
    let definite = first.eq_ignore_ascii_case("the");
    let indefinite = first.eq_ignore_ascii_case("a") || first.eq_ignore_ascii_case("an");
    // "A commander …" at a sentence start names the same party as "a commander …".
    let name = if lexicon::is_determiner(first) {
        format!("{}{}", first.to_lowercase(), &surface[first.len()..])
    } else {
        surface.clone()
    };
    let head = head.trim_end_matches("'s").to_string();
    Some(Np {
        kind: NpKind::Descr {
            definite,
            indefinite,
            person,
        },
        surface,
        name: norm(&name),
        head: Some(head),
        pos,
    })
}

/// The first run of capitalized words that is a name in its own right: not a title, not a
/// possessor ("Vladimir Putin's"), not a modifier ("Western diplomat"), not inside a
/// prepositional phrase ("of the European Parliament").
fn name_run(text: &str, toks: &[Tok], media: &Media) -> Option<String> {
    let n = toks.len();
    let word = |i: usize| toks[i].text(text);
    let cap = |w: &str| w.chars().next().is_some_and(|c| c.is_uppercase());
    let particle = |w: &str| {
        lexicon::is_particle(w)
            || w.starts_with("al-")
            || w.starts_with("el-")
            || w.starts_with("bin-")
    };
    let nameable = |i: usize| {
        let w = word(i);
        toks[i].is_word()
            && cap(w)
            && !lexicon::is_title(w)
            && !lexicon::is_determiner(w)
            && !lexicon::is_quantifier(w)
            && !lexicon::is_intro(w)
            && !(i == 0 && (lexicon::is_person_noun(w) || lexicon::is_org_noun(w)))
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
            } else if e + 1 < n && particle(word(e)) && nameable(e + 1) {
                e += 2;
            } else if e < n && toks[e].is_word() && particle(word(e)) && word(e).contains('-') {
                e += 1;
            } else {
                break;
            }
        }
        i = e;
        let last = word(e - 1);
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
            || lexicon::with_lower(word(e), |l| {
                PREPOSITIONS.contains(&l) || matches!(l, "who" | "which" | "and" | "whose")
            });
        // What precedes must not make the run an object: a preposition anywhere before it
        // ("a deterrent against Guatemala", "at the Center for Strategic & International
        // Studies"), except inside a title ("Secretary of State John Kerry").
        let in_pp = (0..s).any(|k| {
            toks[k].is_word()
                && lexicon::with_lower(word(k), |l| PREPOSITIONS.contains(&l))
                && !(k > 0
                    && lexicon::is_title(word(k - 1))
                    && k + 1 < n
                    && cap(word(k + 1))
                    && !lexicon::is_determiner(word(k + 1)))
        });
        let before_ok = !in_pp
            && (s == 0 || {
                let p = toks[s - 1];
                let pw = p.text(text);
                if p.is_word() {
                    !lexicon::with_lower(pw, |l| matches!(l, "and" | "or" | "nor" | "than"))
                } else {
                    matches!(pw, "(" | "," | "—" | "–")
                }
            });
        if follows_ok && before_ok {
            let name = &text[toks[s].s..toks[e - 1].e];
            if media.is_medium(name) {
                continue;
            }
            return Some(name.to_string());
        }
    }
    None
}

/// Every full name (two words or more) and every known-looking single name in `toks`,
/// as mentions for recency: `(start, end)` token ranges, possessives included ("Ersoy's
/// office"), names inside prepositional phrases excluded.
pub(crate) fn name_mentions(text: &str, toks: &[Tok]) -> Vec<(usize, usize)> {
    let n = toks.len();
    let word = |i: usize| toks[i].text(text);
    let cap = |w: &str| w.chars().next().is_some_and(|c| c.is_uppercase());
    let nameable = |i: usize| {
        let w = word(i);
        toks[i].is_word()
            && cap(w)
            && !lexicon::is_title(w)
            && !lexicon::is_determiner(w)
            && !lexicon::is_quantifier(w)
            && !lexicon::is_intro(w)
            && !lexicon::is_person_noun(w)
            && !lexicon::is_org_noun(w)
    };
    let mut out = Vec::new();
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
            } else if e + 1 < n
                && toks[e].is_word()
                && lexicon::is_particle(word(e))
                && nameable(e + 1)
            {
                e += 2;
            } else if e < n
                && toks[e].is_word()
                && (word(e).starts_with("al-") || word(e).starts_with("el-"))
            {
                e += 1;
            } else {
                break;
            }
        }
        i = e;
        let after_prep = s > 0
            && toks[s - 1].is_word()
            && lexicon::with_lower(word(s - 1), |l| PREPOSITIONS.contains(&l) || l == "the");
        // "Western diplomat", "Pentagon officials": a modifier, not a mention.
        let modifier = e < n
            && toks[e].is_word()
            && word(e).chars().next().is_some_and(|c| c.is_lowercase())
            && (lexicon::is_person_noun(word(e))
                || lexicon::is_org_noun(word(e))
                || lexicon::is_title(word(e)))
            && !last_is_possessive(word(e - 1));
        if !after_prep && !modifier {
            out.push((s, e));
        }
    }
    out
}

fn last_is_possessive(w: &str) -> bool {
    w.ends_with("'s") || w.ends_with("’s")
}

/// A name mention as a phrase: possessive stripped ("Ersoy's" → "Ersoy").
pub(crate) fn mention_np(text: &str, toks: &[Tok]) -> Option<Np> {
    let s = toks.first()?.s;
    let e = toks.last()?.e;
    let full = &text[s..e];
    let name = full
        .strip_suffix("'s")
        .or_else(|| full.strip_suffix("’s"))
        .unwrap_or(full);
    if name.is_empty() {
        return None;
    }
    let body = is_body(name);
    Some(Np {
        kind: NpKind::Named { body },
        surface: name.to_string(),
        name: norm(name),
        head: None,
        pos: s,
    })
}

fn is_body(name: &str) -> bool {
    let words: Vec<&str> = name.split_whitespace().collect();
    let last = words.last().copied().unwrap_or("");
    (words.len() == 1 && lexicon::is_body_name(last))
        || lexicon::is_body_suffix(last)
        || (last.len() >= 2 && last.chars().all(|c| c.is_uppercase() || c == '.'))
}

/// A party under construction.
#[derive(Debug, Clone)]
pub(crate) struct Draft {
    pub name: String,
    pub mentions: Vec<String>,
    pub kind: PartyKind,
    /// Whether "he"/"she" may refer to it (persons and person descriptions).
    person: bool,
    /// Lowercase head nouns and name words, for "the commander".
    heads: Vec<String>,
    /// Descriptions seen with it (appositives), for matching "a member from …".
    pub descriptors: Vec<String>,
    indefinite: bool,
    plural: bool,
}

/// Collects parties as mentions arrive in text order.
#[derive(Default)]
pub(crate) struct Book {
    pub drafts: Vec<Draft>,
    by_surname: HashMap<String, Vec<usize>>,
    by_key: HashMap<String, usize>,
    /// Most recently mentioned parties, newest last; bounded so resolution stays linear.
    recent: VecDeque<usize>,
}

const RECENT: usize = 64;

impl Book {
    fn touch(&mut self, i: usize) {
        if let Some(p) = self.recent.iter().position(|&r| r == i) {
            self.recent.remove(p);
        }
        self.recent.push_back(i);
        if self.recent.len() > RECENT {
            self.recent.pop_front();
        }
    }

    fn mention(&mut self, i: usize, surface: &str) {
        let d = &mut self.drafts[i];
        if !d.mentions.iter().any(|m| m == surface) {
            d.mentions.push(surface.to_string());
        }
        self.touch(i);
    }

    /// Records an appositive description of a party ("a lawmaker from the … Party").
    pub(crate) fn describe(&mut self, i: usize, descriptor: &str) {
        let d = &mut self.drafts[i];
        if !d.descriptors.iter().any(|m| m == descriptor) {
            d.descriptors.push(descriptor.to_string());
        }
    }

    fn push(&mut self, d: Draft) -> usize {
        self.drafts.push(d);
        self.drafts.len() - 1
    }

    /// The party a speaker phrase refers to, creating it when new; `None` for a pronoun
    /// with no compatible antecedent. The flag is true when resolution went back to an
    /// earlier mention (a pronoun or "the commander").
    pub(crate) fn add(&mut self, np: &Np) -> Option<(usize, bool)> {
        match &np.kind {
            NpKind::Pronoun(p) => {
                let i = self.resolve(|d| match p {
                    Pronoun::Person => d.person && !d.plural,
                    Pronoun::Body => !d.person,
                    Pronoun::Any => true,
                })?;
                self.touch(i);
                Some((i, true))
            }
            NpKind::Named { body } => Some((self.add_named(np, *body), false)),
            NpKind::Descr {
                definite,
                indefinite,
                person,
            } => {
                let key = np.name.to_lowercase();
                if let Some(&i) = self.by_key.get(&key) {
                    self.mention(i, &np.surface);
                    return Some((i, false));
                }
                if *definite {
                    if let Some(head) = &np.head {
                        let head = head.trim_end_matches('s');
                        if let Some(i) = self
                            .resolve(|d| d.heads.iter().any(|h| h.trim_end_matches('s') == head))
                        {
                            self.mention(i, &np.surface);
                            return Some((i, true));
                        }
                    }
                }
                let mut heads: Vec<String> = np.head.iter().cloned().collect();
                heads.extend(
                    np.name
                        .split_whitespace()
                        .map(|w| w.to_lowercase().replace("'s", "")),
                );
                let i = self.push(Draft {
                    name: np.name.clone(),
                    mentions: vec![np.surface.clone()],
                    kind: PartyKind::Descriptive,
                    person: *person,
                    heads,
                    descriptors: Vec::new(),
                    indefinite: *indefinite,
                    plural: np
                        .head
                        .as_deref()
                        .is_some_and(|h| h.ends_with('s') || h.ends_with("men"))
                        && !*indefinite,
                });
                self.by_key.insert(key, i);
                self.touch(i);
                Some((i, false))
            }
        }
    }

    fn add_named(&mut self, np: &Np, body: bool) -> usize {
        let key = np.name.to_lowercase();
        if let Some(&i) = self.by_key.get(&key) {
            self.mention(i, &np.surface);
            return i;
        }
        let tokens: Vec<String> = key.split_whitespace().map(|s| s.to_string()).collect();
        let surname = tokens.last().cloned().unwrap_or_default();
        if !body {
            // "Kerry" after "John Kerry", or "John Kerry" after "Kerry": one person unless the
            // given names disagree.
            let found = self.by_surname.get(&surname).and_then(|cands| {
                cands.iter().rev().copied().find(|&c| {
                    let other: Vec<String> = self.drafts[c]
                        .name
                        .to_lowercase()
                        .split_whitespace()
                        .map(|s| s.to_string())
                        .collect();
                    suffix_compatible(&tokens, &other)
                })
            });
            if let Some(i) = found {
                if tokens.len() > self.drafts[i].name.split_whitespace().count() {
                    self.drafts[i].name = np.name.clone();
                }
                self.by_key.insert(key, i);
                self.mention(i, &np.surface);
                return i;
            }
        }
        let i = self.push(Draft {
            name: np.name.clone(),
            mentions: vec![np.surface.clone()],
            kind: if body {
                PartyKind::Body
            } else {
                PartyKind::Person
            },
            person: !body,
            heads: tokens.clone(),
            descriptors: Vec::new(),
            indefinite: false,
            plural: false,
        });
        if np.surface != np.name {
            // Title words are heads too: "the minister" may refer to "Minister X Y".
            let extra: Vec<String> = np
                .surface
                .split_whitespace()
                .map(|w| w.to_lowercase())
                .collect();
            self.drafts[i].heads.extend(extra);
        }
        self.by_key.insert(key, i);
        self.by_surname.entry(surname).or_default().push(i);
        self.touch(i);
        i
    }

    /// Notes a mention that is not a speaker: a full name creates a draft (dropped unless
    /// quoted later), a bare surname only refreshes a known party, so pronouns find the
    /// person the text last talked about.
    pub(crate) fn note(&mut self, np: &Np) {
        match &np.kind {
            NpKind::Named { .. } if !np.name.contains(' ') => {
                let key = np.name.to_lowercase();
                let known = self
                    .by_key
                    .get(&key)
                    .copied()
                    .or_else(|| self.by_surname.get(&key).and_then(|v| v.last().copied()));
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
        for (i, d) in self.drafts.iter().enumerate() {
            if !d.indefinite {
                continue;
            }
            let Some(org) = org_phrase(&d.name) else {
                continue;
            };
            let org = org.to_lowercase();
            let cands: Vec<usize> = self
                .drafts
                .iter()
                .enumerate()
                .filter(|(j, o)| {
                    *j != i
                        && o.kind == PartyKind::Person
                        && o.mentions
                            .iter()
                            .chain(&o.descriptors)
                            .any(|m| m.to_lowercase().contains(&org))
                })
                .map(|(j, _)| j)
                .collect();
            if cands.len() == 1 {
                map[i] = cands[0];
            }
        }
        map
    }
}

/// One name's words are a suffix of the other's ("kerry" / "john kerry").
fn suffix_compatible(a: &[String], b: &[String]) -> bool {
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    long.ends_with(short)
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::quotes::extract::tokenize;

    fn np(s: &str) -> Option<(String, NpKind)> {
        let mut toks = Vec::new();
        tokenize(s, 0, s.len(), &[], 0, &mut toks);
        analyze(s, &toks, &Media::new(&[])).map(|n| (n.name, n.kind))
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
        let mk = |s: &str| {
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
