//! `stance evaluate`: scores on labeled records, cross-validation, or annotated articles.

use super::train::HyperArgs;
use super::{DataArgs, ModelArg, ReportFormat};
use anyhow::Result;
use clap::Args;
use stance::eval::Metrics;
use stance::pipeline::label_indices;
use std::io::Write;
use std::path::PathBuf;

#[derive(Debug, Args)]
pub struct EvaluateArgs {
    #[command(flatten)]
    pub model: ModelArg,
    #[command(flatten)]
    pub data: DataArgs,
    /// Train and evaluate on K folds of --data instead of using a model.
    #[arg(long, value_name = "K")]
    pub cv: Option<usize>,
    #[command(flatten)]
    pub hyper: HyperArgs,
    /// Score articles against gold .json files beside their .txt files (directory, recursive).
    #[arg(long, value_name = "DIR", conflicts_with = "cv")]
    pub articles: Option<PathBuf>,
    /// Report format.
    #[arg(long, value_enum, default_value_t = ReportFormat::Text)]
    pub format: ReportFormat,
    /// Also write the report to FILE (atomically).
    #[arg(long, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Also write a self-contained HTML report (charts, calibration, worst errors) to FILE.
    #[arg(long, value_name = "FILE")]
    pub html: Option<PathBuf>,
}

pub fn run(args: EvaluateArgs, quiet: bool) -> Result<bool> {
    if let Some(dir) = &args.articles {
        return super::classify::evaluate_articles(
            dir,
            &args.model,
            args.format,
            args.output.as_deref(),
        );
    }
    let records = args.data.read(true)?;
    let mut top_features = Vec::new();
    let (metrics, extra, gold, predicted, probabilities) = if let Some(k) = args.cv {
        // `--char-ngrams auto` is settled first, as `train` would settle it.
        let config = super::train::resolve_config(&args.hyper, None, &[], &records, quiet)?;
        let result = stance::eval::cross_validate(&records, &config, k)?;
        let extra = serde_json::json!({"folds": k, "fold_macro_f1": result.fold_macro_f1});
        let gold = label_indices(&records, &result.metrics.labels)?;
        (
            result.metrics,
            Some(extra),
            gold,
            result.predicted,
            result.probabilities,
        )
    } else {
        let model = args.model.load()?;
        let gold = label_indices(&records, &model.labels)?;
        let inputs: Vec<_> = records.iter().map(|r| r.input()).collect();
        let predictions = model.predict_many(&inputs);
        let predicted: Vec<usize> = predictions.iter().map(|p| p.label).collect();
        if args.html.is_some() {
            top_features = model
                .labels
                .iter()
                .cloned()
                .zip(model.top_features(15))
                .collect();
        }
        let probabilities = predictions.into_iter().map(|p| p.probabilities).collect();
        let metrics = Metrics::new(&model.labels, &gold, &predicted);
        (metrics, None, gold, predicted, probabilities)
    };
    if let Some(path) = &args.html {
        let examples: Vec<stance::report::Example> = records
            .iter()
            .enumerate()
            .map(|(i, r)| stance::report::Example {
                id: &r.id,
                text: &r.text,
                gold: gold[i],
                predicted: predicted[i],
                probabilities: &probabilities[i],
            })
            .collect();
        let title = format!("stance evaluation: {}", args.data.data.join(", "));
        let mut html = Vec::new();
        stance::report::write_evaluation_html(
            &mut html,
            &stance::report::EvaluationHtml {
                title: &title,
                metrics: &metrics,
                examples: &examples,
                top_features: &top_features,
            },
        )?;
        stance::pipeline::write_atomic(path, &html)?;
    }
    let mut buf = Vec::new();
    match args.format {
        ReportFormat::Text => {
            if let Some(e) = &extra {
                writeln!(
                    buf,
                    "{}-fold cross-validation (out-of-fold predictions pooled)",
                    e["folds"]
                )?;
            }
            stance::report::write_metrics(&metrics, &mut buf)?;
        }
        ReportFormat::Json => {
            let mut v = serde_json::to_value(&metrics)?;
            if let Some(e) = extra {
                v["cv"] = e;
            }
            serde_json::to_writer_pretty(&mut buf, &v)?;
            buf.push(b'\n');
        }
    }
    if let Some(out) = &args.output {
        stance::pipeline::write_atomic(out, &buf)?;
    }
    std::io::stdout().write_all(&buf)?;
    Ok(true)
}
