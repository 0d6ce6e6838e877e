//! `stance quotes` and `stance classify` on articles, and `stance evaluate --articles`.

use super::{ModelArg, ReportFormat};
use anyhow::{Context, Result};
use clap::{Args, ValueEnum};
use rayon::prelude::*;
use stance::article::{self, ArticleOptions, ArticleResult};
use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};

/// How articles are printed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ArticleFormat {
    /// A readable table per article (default on a terminal).
    Table,
    /// One JSON object per article, one per line (default when piped).
    Json,
}

#[derive(Debug, Args)]
pub struct ArticleArgs {
    /// Article files (.txt), directories (searched recursively for *.txt), or `-` for stdin.
    #[arg(required = true, value_name = "FILE|DIR|-")]
    pub inputs: Vec<String>,
    /// Output format (default: table on a terminal, JSON Lines otherwise).
    #[arg(long, value_enum)]
    pub format: Option<ArticleFormat>,
    /// The event the reactions are to (echoed in the output).
    #[arg(long, value_name = "TEXT")]
    pub event: Option<String>,
    /// Extra media names, one per line: outlets that carry quotes but never speak.
    #[arg(long, value_name = "FILE")]
    pub media: Option<PathBuf>,
    /// Replace invalid UTF-8 instead of failing.
    #[arg(long)]
    pub lossy: bool,
    /// Set from the global --quiet: no progress bar.
    #[arg(skip)]
    pub quiet: bool,
    /// Largest article accepted, in bytes.
    #[arg(long, default_value_t = 8 << 20, value_name = "BYTES")]
    pub max_article_bytes: usize,
}

#[derive(Debug, Args)]
pub struct ClassifyArgs {
    #[command(flatten)]
    pub article: ArticleArgs,
    #[command(flatten)]
    pub model: ModelArg,
    /// Add the top-weighted features behind each quote's label.
    #[arg(long)]
    pub explain: bool,
    /// Also write the article as HTML with quotes highlighted by party: a file for one
    /// article, a directory (one NAME.html per article) for several.
    #[arg(long, value_name = "FILE|DIR")]
    pub html: Option<PathBuf>,
}

impl ArticleArgs {
    fn options(&self, explain: usize) -> Result<ArticleOptions> {
        let mut options = ArticleOptions {
            event: self.event.clone(),
            explain,
            ..ArticleOptions::default()
        };
        options.quotes.max_bytes = self.max_article_bytes;
        if let Some(path) = &self.media {
            let text = stance::corpus::read_text(&path.to_string_lossy(), false, 16 << 20)?;
            options.quotes.extra_media = text
                .lines()
                .map(str::trim)
                .filter(|l| !l.is_empty() && !l.starts_with('#'))
                .map(String::from)
                .collect();
        }
        Ok(options)
    }

    fn format(&self) -> ArticleFormat {
        self.format.unwrap_or(if std::io::stdout().is_terminal() {
            ArticleFormat::Table
        } else {
            ArticleFormat::Json
        })
    }
}

/// Article paths: files as given, directories searched recursively for *.txt (sorted).
pub fn collect_inputs(inputs: &[String]) -> Result<Vec<String>> {
    let mut out = Vec::new();
    for input in inputs {
        let p = Path::new(input);
        if input != "-" && p.is_dir() {
            let mut found = Vec::new();
            walk(p, &mut found)?;
            if found.is_empty() {
                anyhow::bail!("{input}: no .txt files in this directory");
            }
            found.sort();
            out.extend(found);
        } else {
            out.push(input.clone());
        }
    }
    Ok(out)
}

fn walk(dir: &Path, out: &mut Vec<String>) -> Result<()> {
    let entries = std::fs::read_dir(dir).with_context(|| format!("{}", dir.display()))?;
    for entry in entries {
        let path = entry.with_context(|| format!("{}", dir.display()))?.path();
        if path.is_dir() {
            walk(&path, out)?;
        } else if path.extension().is_some_and(|e| e == "txt") {
            out.push(path.to_string_lossy().into_owned());
        }
    }
    Ok(())
}

fn print(results: &[ArticleResult], format: ArticleFormat) -> Result<()> {
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    for r in results {
        match format {
            ArticleFormat::Json => {
                serde_json::to_writer(&mut out, r)?;
                out.write_all(b"\n")?;
            }
            ArticleFormat::Table => {
                let rows: Vec<_> = r
                    .parties
                    .iter()
                    .map(|p| {
                        (
                            p.party.clone(),
                            p.label.clone(),
                            p.confidence,
                            p.quotes.len(),
                            p.quotes.first().map(|q| q.text.clone()).unwrap_or_default(),
                        )
                    })
                    .collect();
                let color =
                    std::io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none();
                stance::report::write_parties(&r.document, &r.event, &rows, color, &mut out)?;
                writeln!(out)?;
            }
        }
    }
    out.flush()?;
    Ok(())
}

/// Each article's text and result, in input order (processed in parallel).
fn process(
    args: &ArticleArgs,
    each: impl Fn(&str, &str) -> stance::Result<ArticleResult> + Sync,
) -> Result<Vec<(String, ArticleResult)>> {
    let paths = collect_inputs(&args.inputs)?;
    // A bar only for many articles, on a terminal, without --quiet.
    let bar = super::progress_bar(
        args.quiet || paths.len() < 2,
        paths.len() as u64,
        "articles",
    );
    let results = paths
        .par_iter()
        .map(|path| {
            let text = stance::corpus::read_text(path, args.lossy, args.max_article_bytes)?;
            let name = if path == "-" {
                "<stdin>"
            } else {
                path.as_str()
            };
            let result = each(name, &text)?;
            bar.inc(1);
            Ok((text, result))
        })
        .collect();
    bar.finish_and_clear();
    results
}

pub fn run_quotes(mut args: ArticleArgs, quiet: bool) -> Result<bool> {
    args.quiet = quiet;
    let options = args.options(0)?;
    let results = process(&args, |name, text| article::quotes(name, text, &options))?;
    let results: Vec<ArticleResult> = results.into_iter().map(|(_, r)| r).collect();
    print(&results, args.format())?;
    Ok(true)
}

pub fn run_classify(mut args: ClassifyArgs, quiet: bool) -> Result<bool> {
    args.article.quiet = quiet;
    let model = args.model.load()?;
    let options = args.article.options(if args.explain { 8 } else { 0 })?;
    let results = process(&args.article, |name, text| {
        article::classify(name, text, &model, &options)
    })?;
    if let Some(html) = &args.html {
        let many = results.len() > 1 || html.is_dir();
        if many {
            std::fs::create_dir_all(html).with_context(|| format!("{}", html.display()))?;
        }
        for (text, r) in &results {
            let path = if many {
                let stem = Path::new(&r.document)
                    .file_stem()
                    .map(|s| s.to_string_lossy().into_owned())
                    .unwrap_or_else(|| "stdin".into());
                html.join(format!("{stem}.html"))
            } else {
                html.clone()
            };
            let mut buf = Vec::new();
            stance::report::write_article_html(&mut buf, text, r)?;
            stance::pipeline::write_atomic(&path, &buf)?;
        }
    }
    let results: Vec<ArticleResult> = results.into_iter().map(|(_, r)| r).collect();
    print(&results, args.article.format())?;
    Ok(true)
}

/// `stance evaluate --articles DIR`.
pub fn evaluate_articles(
    dir: &Path,
    model: &ModelArg,
    format: ReportFormat,
    output: Option<&Path>,
) -> Result<bool> {
    use stance::eval::articles::{report, score_article, GoldArticle};
    let model = model.load()?;
    let paths = collect_inputs(&[dir.to_string_lossy().into_owned()])?;
    let options = ArticleOptions::default();
    let scored: Vec<_> = paths
        .par_iter()
        .filter_map(|path| {
            let gold_path = Path::new(path).with_extension("json");
            gold_path.exists().then_some((path, gold_path))
        })
        .map(|(path, gold_path)| -> Result<_> {
            let gold = GoldArticle::load(&gold_path)?;
            let text = stance::corpus::read_text(path, false, 8 << 20)?;
            let result = article::classify(path, &text, &model, &options)?;
            Ok(score_article(&text, &result, &gold))
        })
        .collect::<Result<_>>()?;
    if scored.is_empty() {
        anyhow::bail!(
            "{}: no articles with a gold .json beside them",
            dir.display()
        );
    }
    let r = report(&model.labels, scored);
    let mut buf = Vec::new();
    match format {
        ReportFormat::Json => {
            serde_json::to_writer_pretty(&mut buf, &r)?;
            buf.push(b'\n');
        }
        ReportFormat::Text => {
            use stance::report::score;
            writeln!(buf, "{} articles", r.articles)?;
            writeln!(buf, "party recall           {}", score(r.party_recall))?;
            writeln!(buf, "party precision        {}", score(r.party_precision))?;
            writeln!(
                buf,
                "  one per gold party   {}",
                score(r.distinct_party_precision)
            )?;
            writeln!(
                buf,
                "attribution precision  {}",
                score(r.attribution_precision)
            )?;
            writeln!(buf, "quote recall           {}", score(r.quote_recall))?;
            writeln!(
                buf,
                "end-to-end accuracy    {}",
                score(r.end_to_end_accuracy)
            )?;
            writeln!(buf, "\nparty stance (matched parties)")?;
            stance::report::write_metrics(&r.stance, &mut buf)?;
            writeln!(buf, "\nper article")?;
            for a in &r.per_article {
                writeln!(
                    buf,
                    "  {}: parties {}/{} (+{} extra, +{} split), quotes {}/{}, attribution {}/{}, stance {}/{}",
                    a.document,
                    a.found_parties,
                    a.gold_parties,
                    a.extra.len(),
                    a.split.len(),
                    a.found_quotes,
                    a.gold_quotes,
                    a.correct_attributions,
                    a.judged_quotes,
                    a.stance_correct,
                    a.gold_parties
                )?;
                if !a.missed.is_empty() {
                    writeln!(buf, "      missed: {}", a.missed.join("; "))?;
                }
                if !a.extra.is_empty() {
                    writeln!(buf, "      extra: {}", a.extra.join("; "))?;
                }
                if !a.split.is_empty() {
                    writeln!(buf, "      split: {}", a.split.join("; "))?;
                }
                for (p, g, l) in &a.wrong_labels {
                    writeln!(buf, "      {p}: gold {g}, predicted {l}")?;
                }
                if !a.media_as_parties.is_empty() {
                    writeln!(
                        buf,
                        "      media reported as parties: {}",
                        a.media_as_parties.join("; ")
                    )?;
                }
            }
        }
    }
    if let Some(out) = output {
        stance::pipeline::write_atomic(out, &buf)?;
    }
    std::io::stdout().write_all(&buf)?;
    Ok(true)
}
