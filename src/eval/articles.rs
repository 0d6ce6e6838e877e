//! Article-level scoring against gold `.json` files (format in the annotation guide): party
//! recall, attribution precision, quote recall, and party-stance accuracy and macro-F1.

use super::Metrics;
use crate::article::ArticleResult;
use crate::{Error, Result};
use serde::{Deserialize, Serialize};

/// A gold party.
#[derive(Debug, Clone, Deserialize)]
pub struct GoldParty {
    pub party: String,
    #[serde(default)]
    pub aliases: Vec<String>,
    pub label: String,
    #[serde(default)]
    pub uncertain: bool,
    #[serde(default)]
    pub quotes: Vec<String>,
}

/// A gold article file.
#[derive(Debug, Clone, Deserialize)]
pub struct GoldArticle {
    #[serde(default)]
    pub event: String,
    pub parties: Vec<GoldParty>,
    #[serde(default)]
    pub not_parties: Vec<String>,
}

impl GoldArticle {
    /// Reads and checks a gold file.
    pub fn load(path: &std::path::Path) -> Result<GoldArticle> {
        let bytes = std::fs::read(path).map_err(|e| Error::io(path, e))?;
        serde_json::from_slice(&bytes).map_err(|e| Error::Parse {
            path: path.display().to_string(),
            line: e.line(),
            message: format!("not a gold article file: {e}"),
        })
    }
}

/// Scores of one article.
#[derive(Debug, Clone, Serialize)]
pub struct ArticleScore {
    pub document: String,
    pub gold_parties: usize,
    pub found_parties: usize,
    pub predicted_parties: usize,
    pub gold_quotes: usize,
    pub found_quotes: usize,
    /// Predicted quotes overlapping a gold quote / of those, attributed to the right party.
    pub judged_quotes: usize,
    pub correct_attributions: usize,
    pub stance_correct: usize,
    /// `not_parties` that were reported as parties.
    pub media_as_parties: Vec<String>,
    /// Gold parties not found.
    pub missed: Vec<String>,
    /// Predicted parties matching no gold party.
    pub extra: Vec<String>,
    /// Predicted parties matching a gold party that another predicted party (the one holding
    /// most of its quotes) already stands for: one speaker reported twice.
    pub split: Vec<String>,
    /// Matched parties whose label is wrong: (party, gold, predicted).
    pub wrong_labels: Vec<(String, String, String)>,
}

/// Scores over many articles.
#[derive(Debug, Clone, Serialize)]
pub struct ArticleReport {
    pub articles: usize,
    pub party_recall: f64,
    pub party_precision: f64,
    /// Like `party_precision`, but a gold party reported as several parties counts once:
    /// matched gold parties over predicted parties.
    pub distinct_party_precision: f64,
    pub attribution_precision: f64,
    pub quote_recall: f64,
    /// Stance of matched parties (missed parties are counted in `party_recall`).
    pub stance: Metrics,
    /// Correct stance over all gold parties (a missed party counts as wrong).
    pub end_to_end_accuracy: f64,
    pub per_article: Vec<ArticleScore>,
}

fn norm(s: &str) -> String {
    s.chars()
        .map(crate::text::normalize_char)
        .collect::<String>()
        .to_lowercase()
        .trim()
        .to_string()
}

/// Byte spans of the gold quote substrings of party `g` in `text`.
fn gold_spans(text: &str, g: &GoldParty) -> Vec<(usize, usize)> {
    g.quotes
        .iter()
        .filter_map(|q| text.find(q.as_str()).map(|s| (s, s + q.len())))
        .collect()
}

/// A training record derived from an annotated article (`stance data harvest`): a quote as
/// the classifier reads it, labeled with the gold label of the one gold party whose quote
/// substring it holds. Fields are the quote corpus's.
#[derive(Debug, Clone, Serialize)]
pub struct HarvestedQuote {
    pub id: String,
    pub text: String,
    pub label: String,
    pub party: String,
    pub event: String,
    pub scenario: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub context: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub verb: Option<String>,
    pub split: String,
}

/// The quotes of `inputs` (one article's, from [`crate::article::classifier_inputs`] on
/// `text`) that hold a gold quote substring of exactly one gold party, labeled with that
/// party's label. Left out: quotes holding no gold quote or several parties' (a misread span),
/// quotes of a party marked `uncertain` (its label is a guess), and a quote inside another kept
/// quote of the same party (a partial quote within its reported sentence: one statement, one
/// record).
pub fn harvest(
    text: &str,
    inputs: &[crate::article::ClassifierInput],
    gold: &GoldArticle,
    scenario: &str,
    split: &str,
) -> Vec<HarvestedQuote> {
    let spans: Vec<Vec<(usize, usize)>> =
        gold.parties.iter().map(|g| gold_spans(text, g)).collect();
    let holder = |q: &crate::article::ClassifierInput| {
        let mut holders = (0..gold.parties.len())
            .filter(|&gi| spans[gi].iter().any(|s| q.start <= s.0 && s.1 <= q.end));
        match (holders.next(), holders.next()) {
            (Some(gi), None) if !gold.parties[gi].uncertain => Some(gi),
            _ => None,
        }
    };
    let held: Vec<Option<usize>> = inputs.iter().map(holder).collect();
    let event = if gold.event.trim().is_empty() {
        "troop withdrawal"
    } else {
        gold.event.as_str()
    };
    let mut out = Vec::new();
    for (i, q) in inputs.iter().enumerate() {
        let Some(gi) = held[i] else { continue };
        let nested = inputs.iter().enumerate().any(|(j, o)| {
            j != i
                && held[j] == Some(gi)
                && o.start <= q.start
                && q.end <= o.end
                && (o.start, o.end) != (q.start, q.end)
        });
        if nested || q.text.trim().is_empty() {
            continue;
        }
        let g = &gold.parties[gi];
        out.push(HarvestedQuote {
            id: format!("{scenario}-q{:02}", out.len() + 1),
            text: q.text.clone(),
            label: g.label.clone(),
            party: g.party.clone(),
            event: event.to_string(),
            scenario: scenario.to_string(),
            context: q.context.clone(),
            verb: q.verb.clone(),
            split: split.to_string(),
        });
    }
    out
}

fn overlaps(a: (usize, usize), b: (usize, usize)) -> bool {
    a.0 < b.1 && b.0 < a.1
}

/// Per gold party: its index, gold label and predicted label (`None`: the party was missed).
pub type PartyStances = Vec<(usize, String, Option<String>)>;

/// Scores `predicted` (for `text`) against `gold`; `labels` is the label set for stance.
pub fn score_article(
    text: &str,
    predicted: &ArticleResult,
    gold: &GoldArticle,
) -> (ArticleScore, PartyStances) {
    let gold_names: Vec<Vec<String>> = gold
        .parties
        .iter()
        .map(|g| {
            std::iter::once(&g.party)
                .chain(&g.aliases)
                .map(|s| norm(s))
                .collect()
        })
        .collect();
    let spans: Vec<Vec<(usize, usize)>> =
        gold.parties.iter().map(|g| gold_spans(text, g)).collect();
    // Match each predicted party to a gold party: by name/mention first, then by quotes.
    let mut matched: Vec<Option<usize>> = Vec::new();
    for p in &predicted.parties {
        let names: Vec<String> = std::iter::once(&p.party)
            .chain(&p.mentions)
            .map(|s| norm(s))
            .collect();
        let by_quotes = |gi: usize| {
            p.quotes
                .iter()
                .filter(|q| spans[gi].iter().any(|s| overlaps(*s, (q.start, q.end))))
                .count()
        };
        let by_name = (0..gold.parties.len()).find(|&gi| {
            gold_names[gi].iter().any(|g| names.contains(g))
                && (by_quotes(gi) > 0 || spans[gi].is_empty())
        });
        let m = by_name.or_else(|| {
            (0..gold.parties.len())
                .map(|gi| (by_quotes(gi), gi))
                .filter(|(n, _)| *n > 0)
                .max_by_key(|(n, gi)| (*n, std::cmp::Reverse(*gi)))
                .map(|(_, gi)| gi)
        });
        matched.push(m);
    }
    let mut score = ArticleScore {
        document: predicted.document.clone(),
        gold_parties: gold.parties.len(),
        found_parties: 0,
        predicted_parties: predicted.parties.len(),
        gold_quotes: spans.iter().map(Vec::len).sum(),
        found_quotes: 0,
        judged_quotes: 0,
        correct_attributions: 0,
        stance_correct: 0,
        media_as_parties: Vec::new(),
        missed: Vec::new(),
        extra: Vec::new(),
        split: Vec::new(),
        wrong_labels: Vec::new(),
    };
    // Stance pairs: (gold party index, gold label, predicted label of the best-matching party).
    let mut stance = Vec::new();
    for (gi, g) in gold.parties.iter().enumerate() {
        let candidates: Vec<usize> = (0..predicted.parties.len())
            .filter(|&pi| matched[pi] == Some(gi))
            .collect();
        if candidates.is_empty() {
            score.missed.push(g.party.clone());
            stance.push((gi, g.label.clone(), None));
            continue;
        }
        score.found_parties += 1;
        // The predicted party holding most of the gold quotes speaks for it.
        let best = *candidates
            .iter()
            .max_by_key(|&&pi| predicted.parties[pi].quotes.len())
            .expect("non-empty");
        score.split.extend(
            candidates
                .iter()
                .filter(|&&pi| pi != best)
                .map(|&pi| predicted.parties[pi].party.clone()),
        );
        let label = predicted.parties[best].label.clone();
        if label.as_deref() == Some(g.label.as_str()) {
            score.stance_correct += 1;
        } else if let Some(l) = &label {
            score
                .wrong_labels
                .push((g.party.clone(), g.label.clone(), l.clone()));
        }
        stance.push((gi, g.label.clone(), label));
    }
    for (pi, p) in predicted.parties.iter().enumerate() {
        if matched[pi].is_none() {
            score.extra.push(p.party.clone());
        }
        let names: Vec<String> = std::iter::once(&p.party)
            .chain(&p.mentions)
            .map(|s| norm(s))
            .collect();
        for m in &gold.not_parties {
            if norm(&p.party) == norm(m) || (names.len() == 1 && names[0] == norm(m)) {
                score.media_as_parties.push(m.clone());
            }
        }
        // A joint statement's words are in the gold of each party that made it: the
        // attribution is right if any of them is the predicted party's match.
        for q in &p.quotes {
            let mut owners = (0..gold.parties.len())
                .filter(|&gi| spans[gi].iter().any(|s| overlaps(*s, (q.start, q.end))))
                .peekable();
            if owners.peek().is_some() {
                score.judged_quotes += 1;
                if owners.any(|gi| matched[pi] == Some(gi)) {
                    score.correct_attributions += 1;
                }
            }
        }
    }
    let all_quotes: Vec<(usize, usize)> = predicted
        .parties
        .iter()
        .flat_map(|p| p.quotes.iter())
        .chain(&predicted.unattributed)
        .map(|q| (q.start, q.end))
        .collect();
    score.found_quotes = spans
        .iter()
        .flatten()
        .filter(|s| all_quotes.iter().any(|q| overlaps(**s, *q)))
        .count();
    (score, stance)
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        f64::NAN
    } else {
        a as f64 / b as f64
    }
}

/// Aggregates article scores; `labels` orders the stance metrics.
pub fn report(labels: &[String], scored: Vec<(ArticleScore, PartyStances)>) -> ArticleReport {
    let mut gold = Vec::new();
    let mut pred = Vec::new();
    let mut all_gold = 0;
    let mut all_correct = 0;
    for (_, stance) in &scored {
        for (_, g, p) in stance {
            all_gold += 1;
            if let (Some(gi), Some(p)) = (labels.iter().position(|l| l == g), p) {
                if let Some(pi) = labels.iter().position(|l| l == p) {
                    gold.push(gi);
                    pred.push(pi);
                    if gi == pi {
                        all_correct += 1;
                    }
                }
            }
        }
    }
    let sum = |f: fn(&ArticleScore) -> usize| scored.iter().map(|(s, _)| f(s)).sum::<usize>();
    let per_article: Vec<ArticleScore> = scored.iter().map(|(s, _)| s.clone()).collect();
    let predicted_parties = sum(|s| s.predicted_parties);
    let extra = sum(|s| s.extra.len());
    ArticleReport {
        articles: per_article.len(),
        party_recall: ratio(sum(|s| s.found_parties), sum(|s| s.gold_parties)),
        party_precision: ratio(predicted_parties - extra, predicted_parties),
        distinct_party_precision: ratio(sum(|s| s.found_parties), predicted_parties),
        attribution_precision: ratio(sum(|s| s.correct_attributions), sum(|s| s.judged_quotes)),
        quote_recall: ratio(sum(|s| s.found_quotes), sum(|s| s.gold_quotes)),
        stance: Metrics::new(labels, &gold, &pred),
        end_to_end_accuracy: ratio(all_correct, all_gold),
        per_article,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_joint_statement_is_right_under_each_party_that_made_it() {
        let text = "Troops leave\n\nRussia and Iran said the withdrawal was overdue.";
        let predicted =
            crate::article::quotes("doc", text, &crate::article::ArticleOptions::default())
                .unwrap();
        let gold: GoldArticle = serde_json::from_str(
            r#"{"parties": [
                {"party": "Russia", "label": "hostile", "quotes": ["the withdrawal was overdue"]},
                {"party": "Iran", "label": "hostile", "quotes": ["the withdrawal was overdue"]}
            ]}"#,
        )
        .unwrap();
        let (score, _) = score_article(text, &predicted, &gold);
        assert_eq!(score.found_parties, 2);
        assert_eq!((score.correct_attributions, score.judged_quotes), (2, 2));
    }

    #[test]
    fn a_gold_party_reported_twice_counts_once_in_distinct_precision() {
        // (Gold holds both statements for one party: the second speaker is a split.)
        let text = "Troops leave\n\nAna Ruiz said the withdrawal was overdue.\n\n\"It is late,\" Paul Roux said.";
        let predicted =
            crate::article::quotes("doc", text, &crate::article::ArticleOptions::default())
                .unwrap();
        let gold: GoldArticle = serde_json::from_str(
            r#"{"parties": [{"party": "Ana Ruiz", "label": "hostile",
                "quotes": ["the withdrawal was overdue", "It is late"]}]}"#,
        )
        .unwrap();
        let (score, stances) = score_article(text, &predicted, &gold);
        assert_eq!(score.predicted_parties, 2);
        assert_eq!((score.found_parties, score.split.len()), (1, 1));
        assert!(score.extra.is_empty());
        let labels = ["hostile".to_string()];
        let r = report(&labels, vec![(score, stances)]);
        assert_eq!((r.party_precision, r.distinct_party_precision), (1.0, 0.5));
    }

    #[test]
    fn harvest_keeps_quotes_of_exactly_one_sure_gold_party_once() {
        let text = "Troops leave\n\nAnna Berg called the move “a betrayal of every promise made”.\n\n“We welcome it,” said Paul Roux. “It is late,” said Ines Vidal.\n\nThe ministry gave the schedule: phase two starts in May.";
        let options = crate::article::ArticleOptions::default();
        let inputs = crate::article::classifier_inputs("doc", text, &options).unwrap();
        let gold: GoldArticle = serde_json::from_str(
            r#"{"event": "troop withdrawal", "parties": [
                {"party": "Anna Berg", "label": "hostile", "quotes": ["a betrayal of every promise"]},
                {"party": "Paul Roux", "label": "supportive", "quotes": ["We welcome it"]},
                {"party": "Ines Vidal", "label": "skeptical", "quotes": ["It is late"]},
                {"party": "ministry", "label": "supportive", "uncertain": true, "quotes": ["phase two starts in May"]}
            ]}"#,
        )
        .unwrap();
        let records = harvest(text, &inputs, &gold, "s", "train");
        let got: Vec<(&str, &str, &str)> = records
            .iter()
            .map(|r| (r.text.as_str(), r.label.as_str(), r.party.as_str()))
            .collect();
        // The partial quote inside Anna Berg's reported sentence is one record with it; the
        // uncertain party gives none.
        assert_eq!(
            got,
            [
                (
                    "called the move “a betrayal of every promise made”",
                    "hostile",
                    "Anna Berg"
                ),
                ("We welcome it", "supportive", "Paul Roux"),
                ("It is late", "skeptical", "Ines Vidal"),
            ]
        );
        assert_eq!(records[0].id, "s-q01");
        assert!(records
            .iter()
            .all(|r| r.split == "train" && r.scenario == "s"));
        assert_eq!(records[1].context.as_deref(), Some("“…,” said Paul Roux."));
    }
}
