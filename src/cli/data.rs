//! `stance data check`: validates a labeled corpus (quotes JSONL and annotated articles).
//! `stance data harvest`: derives quote records from annotated articles.

use anyhow::Result;
use clap::Subcommand;
use stance::corpus::{ReadOptions, RecordReader};
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::path::{Path, PathBuf};

#[derive(Debug, Subcommand)]
pub enum DataCommand {
    /// Check schema, labels, empty/duplicate/near-duplicate texts, article gold files and split
    /// leakage. Exits 1 when a problem is found.
    Check {
        /// Corpus files (.jsonl) or directories (searched recursively).
        #[arg(required = true, value_name = "FILE|DIR")]
        paths: Vec<PathBuf>,
        /// The allowed labels.
        #[arg(
            long,
            value_delimiter = ',',
            default_value = "supportive,skeptical,hostile"
        )]
        labels: Vec<String>,
        /// Word 3-shingle Jaccard similarity at or above which two texts are near-duplicates.
        #[arg(long, default_value_t = 0.6)]
        near_duplicate: f64,
    },
    /// Derive quote-level training records from annotated articles: each quote the extractor
    /// finds, with the context and verb the classifier reads at prediction time, labeled with
    /// the gold label of the one gold party whose quote substring it holds (JSON Lines).
    Harvest {
        /// Directories of articles (.txt with a gold .json beside each), searched recursively.
        #[arg(required = true, value_name = "DIR")]
        dirs: Vec<PathBuf>,
        /// Output file (written whole, through a temporary file and a rename).
        #[arg(long, value_name = "FILE")]
        out: PathBuf,
        /// The records' split (default: the name of each article's directory, e.g. `train`).
        #[arg(long)]
        split: Option<String>,
        /// Corpus files the records join: a record near-duplicating one of theirs (or an
        /// earlier record) is left out, as `stance data check` would flag it.
        #[arg(long, value_name = "FILE")]
        against: Vec<PathBuf>,
        /// Word 3-shingle Jaccard similarity at or above which two texts are near-duplicates.
        #[arg(long, default_value_t = 0.6)]
        near_duplicate: f64,
        /// Replace invalid UTF-8 in articles instead of failing.
        #[arg(long)]
        lossy: bool,
    },
}

/// Words a corpus text may have (`stance data check` flags others).
const TEXT_WORDS: std::ops::RangeInclusive<usize> = 4..=120;

/// `stance data harvest`: records from every annotated article under `dirs`, in path order.
fn harvest(
    dirs: &[PathBuf],
    out: &Path,
    split: Option<&str>,
    against: &[PathBuf],
    near_duplicate: f64,
    lossy: bool,
) -> Result<bool> {
    let mut files = Vec::new();
    for d in dirs {
        walk(d, &mut files)?;
    }
    let options = stance::article::ArticleOptions::default();
    let (mut n_articles, mut n_quotes, mut n_kept) = (0, 0, 0);
    let mut harvested = Vec::new();
    for txt in files
        .iter()
        .filter(|f| f.extension().is_some_and(|e| e == "txt"))
    {
        let gold_path = txt.with_extension("json");
        if !gold_path.exists() {
            continue;
        }
        let gold = stance::eval::articles::GoldArticle::load(&gold_path)?;
        let document = txt.display().to_string();
        let text = stance::corpus::read_text(&document, lossy, options.quotes.max_bytes)?;
        let inputs = stance::article::classifier_inputs(&document, &text, &options)?;
        let scenario = txt
            .file_stem()
            .map_or(String::new(), |s| s.to_string_lossy().into());
        let dir_split = txt
            .parent()
            .and_then(Path::file_name)
            .map_or(String::new(), |s| s.to_string_lossy().into());
        let records = stance::eval::articles::harvest(
            &text,
            &inputs,
            &gold,
            &scenario,
            split.unwrap_or(&dir_split),
        );
        n_articles += 1;
        n_quotes += inputs.len();
        harvested.extend(records);
    }
    if n_articles == 0 {
        anyhow::bail!(
            "no annotated articles (.txt with a .json beside it) under {}",
            dirs.iter()
                .map(|d| d.display().to_string())
                .collect::<Vec<_>>()
                .join(", ")
        );
    }
    let n_labeled = harvested.len();
    // Within the corpus's length bounds (partial quotes of two or three words are left to
    // their enclosing statements) …
    harvested.retain(|r| TEXT_WORDS.contains(&r.text.split_whitespace().count()));
    // … and no near-duplicate of the corpus it joins or of an earlier record (a headline
    // repeating a quote, a stock phrase two articles share).
    let names: Vec<String> = against.iter().map(|p| p.display().to_string()).collect();
    let existing = stance::corpus::read_all(&names, &ReadOptions::default())?;
    let mut texts: Vec<String> = existing.into_iter().map(|r| r.text).collect();
    let n_existing = texts.len();
    texts.extend(harvested.iter().map(|r| r.text.clone()));
    let mut dropped = vec![false; texts.len()];
    // Until none is left: dropping records changes which shingles are common enough to be
    // passed over as boilerplate, so a pair can only show once others are gone (and
    // `stance data check` reads the corpus without them).
    loop {
        let kept: Vec<usize> = (0..texts.len()).filter(|&i| !dropped[i]).collect();
        let kept_texts: Vec<String> = kept.iter().map(|&i| texts[i].clone()).collect();
        let mut changed = false;
        for (a, b, _) in near_duplicates(&kept_texts, near_duplicate) {
            let (i, j) = (kept[a], kept[b]);
            if j >= n_existing && (i < n_existing || !dropped[i]) && !dropped[j] {
                dropped[j] = true;
                changed = true;
            }
        }
        if !changed {
            break;
        }
    }
    let mut lines = String::new();
    for (k, r) in harvested.iter().enumerate() {
        if !dropped[n_existing + k] {
            lines.push_str(&serde_json::to_string(r)?);
            lines.push('\n');
            n_kept += 1;
        }
    }
    stance::pipeline::write_atomic(out, lines.as_bytes())?;
    println!(
        "{}: {n_kept} records ({n_labeled} quotes labeled by a gold party, of {n_quotes} in {n_articles} articles; the rest too short, too long or near-duplicates)",
        out.display()
    );
    Ok(true)
}

const REQUIRED: &[&str] = &["id", "text", "label", "party", "event", "scenario"];

fn walk(p: &Path, out: &mut Vec<PathBuf>) -> Result<()> {
    if p.is_dir() {
        let mut entries: Vec<PathBuf> = std::fs::read_dir(p)?
            .filter_map(|e| e.ok().map(|e| e.path()))
            .collect();
        entries.sort();
        for e in entries {
            walk(&e, out)?;
        }
    } else if p.exists() {
        out.push(p.to_path_buf());
    } else {
        anyhow::bail!("{}: no such file or directory", p.display());
    }
    Ok(())
}

/// Word 3-shingles as hashes (lowercased words).
fn shingles(text: &str) -> Vec<u64> {
    let words: Vec<String> = text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    let mut out: Vec<u64> = if words.len() < 3 {
        vec![stance::features::feature_hash(&words.join(" "))]
    } else {
        words
            .windows(3)
            .map(|w| stance::features::feature_hash(&w.join(" ")))
            .collect()
    };
    out.sort_unstable();
    out.dedup();
    out
}

/// Pairs (i, j, jaccard) with similarity ≥ threshold, via an inverted index of shingles.
fn near_duplicates(texts: &[String], threshold: f64) -> Vec<(usize, usize, f64)> {
    let sets: Vec<Vec<u64>> = texts.iter().map(|t| shingles(t)).collect();
    let mut index: HashMap<u64, Vec<usize>> = HashMap::new();
    for (i, s) in sets.iter().enumerate() {
        for &h in s {
            index.entry(h).or_default().push(i);
        }
    }
    let mut shared: HashMap<(usize, usize), usize> = HashMap::new();
    for docs in index.values() {
        if docs.len() > 200 {
            continue; // a boilerplate shingle; real duplicates share rarer ones too
        }
        for a in 0..docs.len() {
            for b in a + 1..docs.len() {
                *shared.entry((docs[a], docs[b])).or_default() += 1;
            }
        }
    }
    let mut out: Vec<(usize, usize, f64)> = shared
        .into_iter()
        .filter_map(|((i, j), n)| {
            let union = sets[i].len() + sets[j].len() - n;
            let jac = n as f64 / union as f64;
            (jac >= threshold).then_some((i, j, jac))
        })
        .collect();
    // The same words are a duplicate even when every shingle is boilerplate: a stock phrase
    // many records share ("This is not a retreat") has only common shingles.
    let mut first: HashMap<&[u64], usize> = HashMap::new();
    for (j, set) in sets.iter().enumerate() {
        match first.get(set.as_slice()) {
            Some(&i) => out.push((i, j, 1.0)),
            None => {
                first.insert(set, j);
            }
        }
    }
    out.sort_by_key(|a| (a.0, a.1));
    out.dedup_by_key(|a| (a.0, a.1));
    out
}

pub fn run(command: DataCommand) -> Result<bool> {
    let (paths, labels, near_duplicate) = match command {
        DataCommand::Check {
            paths,
            labels,
            near_duplicate,
        } => (paths, labels, near_duplicate),
        DataCommand::Harvest {
            dirs,
            out,
            split,
            against,
            near_duplicate,
            lossy,
        } => {
            return harvest(
                &dirs,
                &out,
                split.as_deref(),
                &against,
                near_duplicate,
                lossy,
            )
        }
    };
    let mut files = Vec::new();
    let mut problems: Vec<String> = Vec::new();
    let is_corpus = |f: &PathBuf| f.extension().is_some_and(|e| e == "jsonl" || e == "txt");
    for p in &paths {
        let before = files.len();
        walk(p, &mut files)?;
        if !p.is_dir() {
            // A file named explicitly is checked whatever its kind.
            if !is_corpus(&files[before]) {
                let name = p.display().to_string();
                let opts = ReadOptions {
                    require_label: true,
                    ..ReadOptions::default()
                };
                match stance::corpus::read_all(std::slice::from_ref(&name), &opts) {
                    Ok(records) => problems.push(format!(
                        "{name}: {} records, but the corpus format is JSON Lines (.jsonl) with the fields {}",
                        records.len(),
                        REQUIRED.join(", ")
                    )),
                    Err(e) => problems.push(e.to_string()),
                }
            }
        } else if !files[before..].iter().any(is_corpus) {
            problems.push(format!(
                "{}: no corpus files here (.jsonl quotes or .txt articles)",
                p.display()
            ));
        }
    }
    let mut texts: Vec<String> = Vec::new();
    let mut where_: Vec<String> = Vec::new();
    let mut label_counts: BTreeMap<String, usize> = BTreeMap::new();
    let mut scenario_counts: BTreeMap<String, usize> = BTreeMap::new();
    let mut scenario_splits: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    let mut ids: HashMap<String, String> = HashMap::new();
    let mut n_quotes = 0;
    for f in files
        .iter()
        .filter(|f| f.extension().is_some_and(|e| e == "jsonl"))
    {
        let name = f.display().to_string();
        let opts = ReadOptions {
            max_record_bytes: 1 << 20,
            ..ReadOptions::default()
        };
        // Schema first, on the raw JSON; the record reader then checks encoding and text.
        let raw = std::fs::read(f).map_err(|e| anyhow::anyhow!("{name}: {e}"))?;
        let raw = String::from_utf8_lossy(raw.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(&raw));
        // Line numbers as the record reader counts them: \n, \r\n and lone \r end a line.
        let raw = raw.replace("\r\n", "\n").replace('\r', "\n");
        for (n, line) in raw.lines().enumerate() {
            if line.trim().is_empty() {
                continue;
            }
            let Ok(v) = serde_json::from_str::<serde_json::Value>(line) else {
                continue;
            };
            for field in REQUIRED {
                if v.get(field)
                    .is_none_or(|x| x.as_str().is_none_or(|s| s.trim().is_empty()))
                {
                    problems.push(format!(
                        "{name}:{}: missing or empty field {field:?}",
                        n + 1
                    ));
                }
            }
            if let (Some(sc), Some(split)) = (
                v.get("scenario").and_then(|x| x.as_str()),
                v.get("split").and_then(|x| x.as_str()),
            ) {
                scenario_splits
                    .entry(sc.to_string())
                    .or_default()
                    .insert(split.to_string());
            }
            if let Some(sc) = v.get("scenario").and_then(|x| x.as_str()) {
                *scenario_counts.entry(sc.to_string()).or_default() += 1;
            }
            if let Some(words) = v
                .get("text")
                .and_then(|x| x.as_str())
                .map(|t| t.split_whitespace().count())
            {
                if !(4..=120).contains(&words) {
                    problems.push(format!(
                        "{name}:{}: text has {words} words (expected 4-120)",
                        n + 1
                    ));
                }
            }
        }
        let before = n_quotes;
        for r in RecordReader::open(&name, &opts)? {
            let r = match r {
                Ok(r) => r,
                Err(e) => {
                    problems.push(e.to_string());
                    break;
                }
            };
            n_quotes += 1;
            match &r.label {
                Some(l) if labels.contains(l) => *label_counts.entry(l.clone()).or_default() += 1,
                Some(l) => problems.push(format!(
                    "{name}:{}: unknown label {l:?} (expected {})",
                    r.line,
                    labels.join(", ")
                )),
                None => problems.push(format!("{name}:{}: no label", r.line)),
            }
            if let Some(prev) = ids.insert(r.id.clone(), format!("{name}:{}", r.line)) {
                problems.push(format!(
                    "{name}:{}: duplicate id {:?} (first at {prev})",
                    r.line, r.id
                ));
            }
            texts.push(r.text.clone());
            where_.push(format!("{name}:{}", r.line));
        }
        if n_quotes == before && !problems.iter().any(|p| p.starts_with(&name)) {
            problems.push(format!("{name}: no records"));
        }
    }
    // Exact duplicates, then near-duplicates.
    let mut seen: HashMap<String, usize> = HashMap::new();
    for (i, t) in texts.iter().enumerate() {
        let key = t.to_lowercase();
        if let Some(&j) = seen.get(&key) {
            problems.push(format!(
                "{}: duplicate text (same as {})",
                where_[i], where_[j]
            ));
        } else {
            seen.insert(key, i);
        }
    }
    for (i, j, jac) in near_duplicates(&texts, near_duplicate) {
        if texts[i].to_lowercase() != texts[j].to_lowercase() {
            problems.push(format!(
                "{}: near-duplicate of {} (Jaccard {jac:.2})",
                where_[j], where_[i]
            ));
        }
    }
    for (sc, splits) in &scenario_splits {
        if splits.len() > 1 {
            problems.push(format!(
                "split leakage: scenario {sc:?} is in {}",
                splits.iter().cloned().collect::<Vec<_>>().join(" and ")
            ));
        }
    }

    // Articles: every .txt with its gold .json.
    let mut n_articles = 0;
    let mut article_labels: BTreeMap<String, usize> = BTreeMap::new();
    let mut article_scenarios: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for f in files
        .iter()
        .filter(|f| f.extension().is_some_and(|e| e == "txt"))
    {
        let name = f.display().to_string();
        let gold_path = f.with_extension("json");
        if !gold_path.exists() {
            problems.push(format!("{name}: no gold file {}", gold_path.display()));
            continue;
        }
        n_articles += 1;
        let text = match stance::corpus::read_text(&name, false, 8 << 20) {
            Ok(t) => t,
            Err(e) => {
                problems.push(e.to_string());
                continue;
            }
        };
        let gold = match stance::eval::articles::GoldArticle::load(&gold_path) {
            Ok(g) => g,
            Err(e) => {
                problems.push(e.to_string());
                continue;
            }
        };
        let split = f
            .parent()
            .and_then(|p| p.file_name())
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default();
        let raw: serde_json::Value = serde_json::from_slice(&std::fs::read(&gold_path)?)?;
        if let Some(sc) = raw.get("scenario").and_then(|s| s.as_str()) {
            article_scenarios
                .entry(sc.to_string())
                .or_default()
                .insert(split.clone());
            // An article's scenario is its event with a batch prefix ("a-uganda-south-sudan-
            // 2015"): quotes written about the same event under the bare name leak too.
            let bare = sc.split_once('-').map(|(_, rest)| rest);
            for sc in std::iter::once(sc).chain(bare) {
                if let Some(qs) = scenario_splits.get(sc) {
                    if !qs.contains(&split) {
                        problems.push(format!(
                            "{name}: split leakage: scenario {sc:?} is also in quote split(s) {qs:?}"
                        ));
                    }
                }
            }
        }
        let words = text.split_whitespace().count();
        if !(300..=900).contains(&words) {
            problems.push(format!("{name}: {words} words (expected 300-900)"));
        }
        if !(4..=10).contains(&gold.parties.len()) {
            problems.push(format!(
                "{}: {} parties (expected 4-10)",
                gold_path.display(),
                gold.parties.len()
            ));
        }
        for p in &gold.parties {
            if !labels.contains(&p.label) {
                problems.push(format!(
                    "{}: party {:?}: unknown label {:?}",
                    gold_path.display(),
                    p.party,
                    p.label
                ));
            }
            *article_labels.entry(p.label.clone()).or_default() += 1;
            if p.quotes.is_empty() {
                problems.push(format!(
                    "{}: party {:?} has no quotes",
                    gold_path.display(),
                    p.party
                ));
            }
            for q in &p.quotes {
                if !text.contains(q.as_str()) {
                    problems.push(format!(
                        "{}: party {:?}: quote is not a substring of the article: {q:?}",
                        gold_path.display(),
                        p.party
                    ));
                }
            }
        }
    }
    for (sc, splits) in &article_scenarios {
        if splits.len() > 1 {
            problems.push(format!(
                "split leakage: article scenario {sc:?} is in {splits:?}"
            ));
        }
    }

    for p in &problems {
        println!("{p}");
    }
    println!(
        "{n_quotes} quotes ({}), {} scenarios; {n_articles} articles, {} parties ({})",
        label_counts
            .iter()
            .map(|(l, n)| format!("{l} {n}"))
            .collect::<Vec<_>>()
            .join(", "),
        scenario_counts.len(),
        article_labels.values().sum::<usize>(),
        article_labels
            .iter()
            .map(|(l, n)| format!("{l} {n}"))
            .collect::<Vec<_>>()
            .join(", "),
    );
    if problems.is_empty() {
        println!("ok: no problems found");
        Ok(true)
    } else {
        println!("{} problem(s) found", problems.len());
        Ok(false)
    }
}
