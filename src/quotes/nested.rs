//! Quoted speech inside a quote: a speaker who tells what someone else said ("Our brigade
//! commander stood up and said, 'Gentlemen, we are relocating.'"; a transcript turn with
//! "President Castan said to me, "We are grateful.""). The words inside belong to the one
//! who said them, not to the one who retells them, so the sieves run again over the outer
//! quote's words as if they were a short article, and the inner quotes they attribute to
//! someone named there join the article's quotes. The outer quote keeps its speaker and its
//! words, inner ones included: retelling is part of what that speaker said.

use super::lexicon::Media;
use super::{extract_with, ArticleQuotes, Headline, Party, PartyKind, Quote, QuoteKind};

/// Quote marks that can open a quote inside a quote. A straight apostrophe opens one only
/// after a space or punctuation ("said, 'Gentlemen"), not inside a word ("don't").
fn may_hold_quote(words: &str) -> bool {
    let bytes = words.as_bytes();
    words.contains(['“', '‘', '«', '„', '‹', '"'])
        || bytes.iter().enumerate().any(|(i, &b)| {
            b == b'\''
                && i > 0
                && matches!(bytes[i - 1], b' ' | b',' | b':' | b'(' | b'\n')
                && bytes.get(i + 1).is_some_and(|c| c.is_ascii_alphabetic())
        })
}

/// Adds to `found` the quotes that its direct quotes retell, attributed to their speakers.
pub(super) fn add_quoted_speech(text: &str, media: &Media, found: &mut ArticleQuotes) {
    let mut added: Vec<Quote> = Vec::new();
    for outer in &found.quotes {
        let Some(teller) = outer.party else { continue };
        if outer.kind != QuoteKind::Direct || !may_hold_quote(&text[outer.start..outer.end]) {
            continue;
        }
        let inside = extract_with(&text[outer.start..outer.end], media, Headline::None);
        for q in inside.quotes {
            let Some(p) = q.party else { continue };
            if !retold(&q, &inside.parties[p]) {
                continue;
            }
            let speaker = retold_speaker(&inside.parties[p], &found.parties[teller]);
            let party = match find_party(&found.parties, &speaker) {
                Some(i) => i,
                None => {
                    found.parties.push(speaker);
                    found.parties.len() - 1
                }
            };
            if party == teller {
                continue;
            }
            let (start, end) = (outer.start + q.start, outer.start + q.end);
            added.push(Quote {
                start,
                end,
                party: Some(party),
                also: Vec::new(),
                sieve: "quoted-speech",
                ..q
            });
        }
    }
    if added.is_empty() {
        return;
    }
    found.quotes.extend(added);
    found.quotes.sort_by_key(|q| (q.start, q.end));
    in_order_of_first_quote(found);
}

/// Whether an inner quote is words its speaker said, told in the outer quote. A whole
/// statement counts when a sentence inside attributes it (not a paragraph's or an earlier
/// quote's speaker, which inside a quote are guesses); quoted words inside a sentence only
/// when a named person is their subject ("General Ruth Ashby told the committee that the
/// shore was "quiet, but not yet safe""), since inside a quote they are more often a phrase
/// held up ("a card with a number on it, for 'if things ever go bad'"). Nobody in general
/// ("people would say, 'See?'") is a speaker, nor is a lone capitalized word never given a
/// title or a first name ("It’s done. They told us ‘we’ll stay’").
fn retold(q: &Quote, speaker: &Party) -> bool {
    let in_sentence = !matches!(q.sieve, "paragraph" | "continuation" | "none");
    let one_word = speaker.mentions.iter().all(|m| !m.contains(' '));
    in_sentence
        && !one_word
        && match q.kind {
            QuoteKind::Direct => true,
            QuoteKind::Partial => speaker.kind == PartyKind::Person,
            QuoteKind::Reported => false,
        }
}

/// The party an inner quote's speaker is in the article: "my brother" in Otero's words is
/// "Otero's brother".
fn retold_speaker(inner: &Party, teller: &Party) -> Party {
    let mut party = inner.clone();
    if inner.kind == PartyKind::Descriptive {
        let lower = inner.name.to_lowercase();
        for own in ["my ", "our "] {
            if lower.starts_with(own) {
                party.name = format!("{}'s {}", teller.name, &inner.name[own.len()..]);
            }
        }
    }
    party
}

/// The article's party `speaker` names: the same name or mention, or the same surname.
fn find_party(parties: &[Party], speaker: &Party) -> Option<usize> {
    let same = |a: &str, b: &str| a.eq_ignore_ascii_case(b);
    parties
        .iter()
        .position(|p| {
            same(&p.name, &speaker.name)
                || p.mentions
                    .iter()
                    .any(|m| speaker.mentions.iter().any(|s| same(m, s)))
        })
        .or_else(|| {
            // "Castan" retold is the "Mirela Castan" the article quotes.
            (speaker.kind == PartyKind::Person && !speaker.name.contains(' '))
                .then(|| {
                    parties.iter().position(|p| {
                        p.kind == PartyKind::Person
                            && p.name.rsplit(' ').next() == Some(speaker.name.as_str())
                    })
                })
                .flatten()
        })
}

/// Renumbers parties so they come in order of their first quote (the invariant of
/// [`ArticleQuotes`]), dropping any that no quote names.
fn in_order_of_first_quote(found: &mut ArticleQuotes) {
    let mut new_index: Vec<Option<usize>> = vec![None; found.parties.len()];
    let mut order: Vec<usize> = Vec::new();
    for q in &found.quotes {
        for &p in q.party.iter().chain(&q.also) {
            if new_index[p].is_none() {
                new_index[p] = Some(order.len());
                order.push(p);
            }
        }
    }
    let mut old: Vec<Option<Party>> = std::mem::take(&mut found.parties)
        .into_iter()
        .map(Some)
        .collect();
    found.parties = order.iter().filter_map(|&p| old[p].take()).collect();
    for q in &mut found.quotes {
        q.party = q.party.and_then(|p| new_index[p]);
        for a in &mut q.also {
            *a = new_index[*a].unwrap_or(*a);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_apostrophe_inside_a_word_opens_no_quote() {
        assert!(!may_hold_quote("We don't know, and they won't say."));
        assert!(may_hold_quote("He said, 'Gentlemen, we are relocating.'"));
        assert!(may_hold_quote("She told me, “We are grateful.”"));
    }
}
