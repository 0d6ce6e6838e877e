//! Command-line interface: `Opts` (clap) and one file per verb. Only this layer prints.

mod classify;
mod data;
mod evaluate;
mod predict;
mod train;

use anyhow::Result;
use clap::{Args, Parser, Subcommand, ValueEnum};
use stance::corpus::{Fields, InputFormat, ReadOptions};
use std::path::PathBuf;

/// Find quoted parties in news articles and label their reaction to an event (by default a
/// troop withdrawal) as supportive, skeptical or hostile.
#[derive(Debug, Parser)]
#[command(name = "stance", version, about, long_about = None, propagate_version = true)]
pub struct Opts {
    /// Print nothing but results and errors (no progress bars or summaries).
    #[arg(long, short, global = true)]
    pub quiet: bool,
    /// Worker threads (default: all cores).
    #[arg(long, global = true, value_name = "N")]
    pub threads: Option<usize>,
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Train a model on labeled records (JSON Lines, CSV or TSV).
    Train(train::TrainArgs),
    /// Label records with a model: one JSON line per record.
    Predict(predict::PredictArgs),
    /// Score a model on labeled records or annotated articles (or cross-validate).
    Evaluate(evaluate::EvaluateArgs),
    /// List the quotes in articles and who said them.
    Quotes(classify::ArticleArgs),
    /// Label every quoted party's reaction in articles.
    Classify(classify::ClassifyArgs),
    /// Check the labeled corpus.
    Data {
        #[command(subcommand)]
        command: data::DataCommand,
    },
    /// Print shell completions.
    Completions {
        /// The shell.
        shell: clap_complete::Shell,
    },
    /// Print the man page (roff).
    Man,
}

/// Where records come from and which fields mean what.
#[derive(Debug, Clone, Args)]
pub struct DataArgs {
    /// Record files; `-` reads stdin.
    #[arg(long = "data", short = 'd', value_name = "FILE", num_args = 1..)]
    pub data: Vec<String>,
    /// Record format (default: by extension; .csv, .tsv, otherwise JSON Lines).
    #[arg(long, value_enum)]
    pub input_format: Option<InputFormat>,
    /// Field with the text.
    #[arg(long, default_value = "text")]
    pub text_field: String,
    /// Field with the label.
    #[arg(long, default_value = "label")]
    pub label_field: String,
    /// Field with the record id (default: the line number).
    #[arg(long, default_value = "id")]
    pub id_field: String,
    /// Field with the attributing sentence (context features).
    #[arg(long, default_value = "context")]
    pub context_field: String,
    /// Field grouping records that must stay in one fold (e.g. scenario).
    #[arg(long)]
    pub group_field: Option<String>,
    /// Keep only records whose split field is one of these (e.g. `train,dev`).
    #[arg(long, value_delimiter = ',')]
    pub split: Vec<String>,
    /// Field holding the split name.
    #[arg(long, default_value = "split")]
    pub split_field: String,
    /// Replace invalid UTF-8 instead of failing.
    #[arg(long)]
    pub lossy: bool,
    /// Longest record accepted, in bytes.
    #[arg(long, default_value_t = 1 << 20, value_name = "BYTES")]
    pub max_record_bytes: usize,
}

impl DataArgs {
    pub fn read_options(&self, require_label: bool) -> ReadOptions {
        ReadOptions {
            format: self.input_format,
            fields: Fields {
                id: self.id_field.clone(),
                text: self.text_field.clone(),
                label: self.label_field.clone(),
                group: self.group_field.clone(),
                context: self.context_field.clone(),
                verb: "verb".into(),
                split: self.split_field.clone(),
            },
            lossy: self.lossy,
            max_record_bytes: self.max_record_bytes,
            require_label,
        }
    }

    /// All records, filtered by `--split`.
    pub fn read(&self, require_label: bool) -> Result<Vec<stance::corpus::Record>> {
        if self.data.is_empty() {
            anyhow::bail!("no input: give record files with --data FILE (or --data - for stdin)");
        }
        let mut records = stance::corpus::read_all(&self.data, &self.read_options(require_label))?;
        records.retain(|r| self.keeps(r));
        if records.is_empty() && !self.split.is_empty() {
            return Err(self.no_records(&self.data.join(", ")));
        }
        Ok(records)
    }

    /// Whether `--split` keeps `record` (every record when no split is asked for).
    pub fn keeps(&self, record: &stance::corpus::Record) -> bool {
        self.split.is_empty()
            || record
                .split
                .as_ref()
                .is_some_and(|s| self.split.contains(s))
    }

    /// The error for inputs `names` that held no (kept) record.
    pub fn no_records(&self, names: &str) -> anyhow::Error {
        if self.split.is_empty() {
            anyhow::anyhow!("{names}: no records")
        } else {
            anyhow::anyhow!(
                "{names}: no records with {} in {:?} (check --split and --split-field)",
                self.split_field,
                self.split
            )
        }
    }
}

/// Output format for reports.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ReportFormat {
    /// Aligned, readable tables.
    Text,
    /// One JSON document.
    Json,
}

/// Model location: `--model`, else `$STANCE_MODEL`, else the shipped default.
#[derive(Debug, Clone, Args)]
pub struct ModelArg {
    /// Model file (default: $STANCE_MODEL, else models/withdrawal.json).
    #[arg(long, short)]
    pub model: Option<PathBuf>,
}

impl ModelArg {
    pub fn path(&self) -> PathBuf {
        if let Some(p) = &self.model {
            return p.clone();
        }
        if let Some(p) = std::env::var_os("STANCE_MODEL") {
            return PathBuf::from(p);
        }
        let local = PathBuf::from("models/withdrawal.json");
        if local.exists() {
            return local;
        }
        // Running from elsewhere: the checkout this binary was built from.
        let built = PathBuf::from(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/models/withdrawal.json"
        ));
        if built.exists() {
            return built;
        }
        local
    }

    pub fn load(&self) -> Result<stance::pipeline::Classifier> {
        let path = self.path();
        if self.model.is_none() && !path.exists() {
            anyhow::bail!(
                "{}: default model not found; pass --model FILE or set STANCE_MODEL",
                path.display()
            );
        }
        Ok(stance::pipeline::Classifier::load(&path)?)
    }
}

/// Progress bar on stderr when it is a terminal and not `--quiet`.
pub fn progress_bar(quiet: bool, len: u64, what: &str) -> indicatif::ProgressBar {
    use std::io::IsTerminal;
    if quiet || !std::io::stderr().is_terminal() {
        return indicatif::ProgressBar::hidden();
    }
    let bar = indicatif::ProgressBar::new(len);
    bar.set_style(
        indicatif::ProgressStyle::with_template("{prefix} [{bar:30}] {pos}/{len} {msg}")
            .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar())
            .progress_chars("=> "),
    );
    bar.set_prefix(what.to_string());
    bar
}

/// Runs the parsed command.
pub fn run(opts: Opts) -> Result<bool> {
    if let Some(n) = opts.threads {
        rayon::ThreadPoolBuilder::new()
            .num_threads(n.max(1))
            .build_global()
            .ok();
    }
    match opts.command {
        Command::Train(a) => train::run(a, opts.quiet),
        Command::Predict(a) => predict::run(a, opts.quiet),
        Command::Evaluate(a) => evaluate::run(a, opts.quiet),
        Command::Quotes(a) => classify::run_quotes(a, opts.quiet),
        Command::Classify(a) => classify::run_classify(a, opts.quiet),
        Command::Data { command } => data::run(command),
        Command::Completions { shell } => {
            let mut cmd = <Opts as clap::CommandFactory>::command();
            clap_complete::generate(shell, &mut cmd, "stance", &mut std::io::stdout());
            Ok(true)
        }
        Command::Man => {
            let cmd = <Opts as clap::CommandFactory>::command();
            clap_mangen::Man::new(cmd).render(&mut std::io::stdout())?;
            Ok(true)
        }
    }
}

/// Parses "1-2" or "3" into an inclusive range.
pub fn parse_range(s: &str) -> Result<(usize, usize), String> {
    let (a, b) = match s.split_once('-') {
        Some((a, b)) => (a, b),
        None => (s, s),
    };
    let a: usize = a
        .trim()
        .parse()
        .map_err(|_| format!("{s:?} is not a range like 1-2"))?;
    let b: usize = b
        .trim()
        .parse()
        .map_err(|_| format!("{s:?} is not a range like 1-2"))?;
    if a == 0 || a > b {
        return Err(format!("{s:?}: need 1 <= min <= max"));
    }
    Ok((a, b))
}

/// Parses "off" or a range.
pub fn parse_optional_range(s: &str) -> Result<Option<(usize, usize)>, String> {
    if matches!(s, "off" | "none" | "0") {
        Ok(None)
    } else {
        parse_range(s).map(Some)
    }
}
