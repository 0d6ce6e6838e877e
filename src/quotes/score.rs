//! Scoring against gold articles (`name.txt` + `name.json`, the article-level format in
//! ANNOTATION.md): party recall, attribution precision and quote recall.
//!
//! Test-only: it uses nothing but the public API, so the scratch crate's example binary
//! includes this same file.

use std::fmt::Write as _;
use std::path::Path;

use super::{extract_quotes, ArticleQuotes, QuoteConfig};

/// One gold party.
#[derive(Debug, Clone, serde::Deserialize)]
pub struct GoldParty {
    pub party: String,
    #[serde(default)]
    pub aliases: Vec<String>,
    #[serde(default)]
    pub quotes: Vec<String>,
}

/// One gold article's annotations.
#[derive(Debug, Clone, serde::Deserialize)]
pub struct Gold {
    pub parties: Vec<GoldParty>,
    #[serde(default)]
    pub not_parties: Vec<String>,
}

/// Counts summed over articles; ratios are NaN when undefined.
#[derive(Debug, Default, Clone)]
pub struct Score {
    pub articles: usize,
    pub gold_parties: usize,
    pub found_parties: usize,
    pub attributed_overlapping: usize,
    pub attributed_correct: usize,
    pub gold_quotes: usize,
    pub covered_quotes: usize,
    pub covered_right_party: usize,
    pub not_party_hits: usize,
    /// Human-readable misses, one a line.
    pub log: String,
}

impl Score {
    pub fn party_recall(&self) -> f64 {
        self.found_parties as f64 / self.gold_parties as f64
    }
    pub fn attribution_precision(&self) -> f64 {
        self.attributed_correct as f64 / self.attributed_overlapping as f64
    }
    pub fn quote_recall(&self) -> f64 {
        self.covered_quotes as f64 / self.gold_quotes as f64
    }
    pub fn summary(&self) -> String {
        format!(
            "articles {}  party recall {:.3} ({}/{})  attribution precision {:.3} ({}/{})  quote recall {:.3} ({}/{}; right party {})  not-party hits {}",
            self.articles,
            self.party_recall(),
            self.found_parties,
            self.gold_parties,
            self.attribution_precision(),
            self.attributed_correct,
            self.attributed_overlapping,
            self.quote_recall(),
            self.covered_quotes,
            self.gold_quotes,
            self.covered_right_party,
            self.not_party_hits,
        )
    }
}

/// Case-, apostrophe- and space-insensitive form of a name.
pub fn norm(s: &str) -> String {
    s.replace('’', "'")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// Whether predicted party `p` is gold party `g`: its name or a mention equals the gold
/// name or an alias.
pub fn same_party(found: &ArticleQuotes, p: usize, g: &GoldParty) -> bool {
    let party = &found.parties[p];
    let gold: Vec<String> = std::iter::once(&g.party)
        .chain(&g.aliases)
        .map(|s| norm(s))
        .collect();
    std::iter::once(&party.name)
        .chain(&party.mentions)
        .any(|m| gold.contains(&norm(m)))
}

/// Scores one article.
pub fn score_article(name: &str, text: &str, gold: &Gold, score: &mut Score) {
    let found = match extract_quotes(text, &QuoteConfig::default()) {
        Ok(f) => f,
        Err(e) => {
            let _ = writeln!(score.log, "{name}: {e}");
            return;
        }
    };
    score.articles += 1;
    // Gold quote occurrences: (start, end, gold party index).
    let mut gold_spans = Vec::new();
    for (gi, g) in gold.parties.iter().enumerate() {
        score.gold_parties += 1;
        if (0..found.parties.len()).any(|p| same_party(&found, p, g)) {
            score.found_parties += 1;
        } else {
            let _ = writeln!(score.log, "{name}: party not found: {}", g.party);
        }
        for q in &g.quotes {
            score.gold_quotes += 1;
            let Some(s) = text.find(q.as_str()) else {
                let _ = writeln!(score.log, "{name}: gold quote not in text: {q}");
                continue;
            };
            let e = s + q.len();
            gold_spans.push((s, e, gi));
            let covering: Vec<_> = found
                .quotes
                .iter()
                .filter(|f| f.start <= s && e <= f.end)
                .collect();
            if !covering.is_empty() {
                score.covered_quotes += 1;
            }
            if covering
                .iter()
                .any(|f| f.party.is_some_and(|p| same_party(&found, p, g)))
            {
                score.covered_right_party += 1;
            } else {
                let who: Vec<String> = covering
                    .iter()
                    .map(|f| {
                        f.party
                            .map_or("-".to_string(), |p| found.parties[p].name.clone())
                    })
                    .collect();
                let _ = writeln!(
                    score.log,
                    "{name}: quote of {} missed: {q} (covered by {who:?})",
                    g.party
                );
            }
        }
    }
    for f in &found.quotes {
        let Some(p) = f.party else { continue };
        let overl: Vec<usize> = gold_spans
            .iter()
            .filter(|&&(s, e, _)| f.start < e && s < f.end)
            .map(|x| x.2)
            .collect();
        if overl.is_empty() {
            continue;
        }
        score.attributed_overlapping += 1;
        if overl
            .iter()
            .any(|&g| same_party(&found, p, &gold.parties[g]))
        {
            score.attributed_correct += 1;
        } else {
            let _ = writeln!(
                score.log,
                "{name}: wrong party {} ({}) for: {}",
                found.parties[p].name,
                f.sieve,
                &text[f.start..f.end].chars().take(60).collect::<String>()
            );
        }
    }
    let not: Vec<String> = gold.not_parties.iter().map(|s| norm(s)).collect();
    for p in &found.parties {
        if not.contains(&norm(&p.name)) {
            score.not_party_hits += 1;
            let _ = writeln!(score.log, "{name}: not a party but reported: {}", p.name);
        }
    }
}

/// Scores every `*.txt` with a `*.json` beside it in `dir`.
pub fn score_dir(dir: &Path, score: &mut Score) -> std::io::Result<()> {
    let mut paths: Vec<_> = std::fs::read_dir(dir)?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    paths.sort();
    for txt in paths {
        let json = txt.with_extension("json");
        let (Ok(text), Ok(gold)) = (
            std::fs::read_to_string(&txt),
            std::fs::read_to_string(&json),
        ) else {
            continue;
        };
        let gold: Gold = match serde_json::from_str(&gold) {
            Ok(g) => g,
            Err(e) => {
                let _ = writeln!(score.log, "{}: {e}", json.display());
                continue;
            }
        };
        let name = txt
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default();
        score_article(&name, &text, &gold, score);
    }
    Ok(())
}
