//! `stance predict`: streams records through a model, one JSON line out per record, in input
//! order. Records are read and predicted one batch at a time, so memory stays flat.

use super::{DataArgs, ModelArg};
use anyhow::Result;
use clap::Args;
use serde::Serialize;
use stance::corpus::{Record, RecordReader};
use std::collections::BTreeMap;
use std::io::Write;

#[derive(Debug, Args)]
pub struct PredictArgs {
    #[command(flatten)]
    pub model: ModelArg,
    #[command(flatten)]
    pub data: DataArgs,
    /// Records per batch (each batch is spread over the worker threads).
    #[arg(long, default_value_t = 16384)]
    pub batch: usize,
}

#[derive(Serialize)]
struct Line<'a> {
    id: &'a str,
    label: &'a str,
    probabilities: BTreeMap<&'a str, f32>,
}

pub fn run(mut args: PredictArgs, quiet: bool) -> Result<bool> {
    let model = args.model.load()?;
    if args.data.data.is_empty() {
        args.data.data.push("-".into());
    }
    let options = args.data.read_options(false);
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::with_capacity(1 << 16, stdout.lock());
    let mut batch: Vec<Record> = Vec::with_capacity(args.batch);
    let mut any = false;
    // Streams have no known length: a counter, on a terminal only, without --quiet.
    let bar = super::progress_bar(quiet, 0, "records");
    bar.set_length(0);
    let bar = if bar.is_hidden() {
        bar
    } else {
        let spinner = indicatif::ProgressBar::new_spinner();
        spinner.set_message("records predicted");
        spinner
    };
    for path in &args.data.data {
        for record in RecordReader::open(path, &options)? {
            let record = record?;
            if !args.data.keeps(&record) {
                continue;
            }
            batch.push(record);
            if batch.len() >= args.batch.max(1) {
                write_batch(&model, &batch, &mut out)?;
                bar.inc(batch.len() as u64);
                batch.clear();
                any = true;
            }
        }
    }
    if !batch.is_empty() {
        write_batch(&model, &batch, &mut out)?;
        any = true;
    }
    out.flush()?;
    bar.finish_and_clear();
    if !any {
        let names: Vec<&str> = args
            .data
            .data
            .iter()
            .map(|d| if d == "-" { "<stdin>" } else { d.as_str() })
            .collect();
        return Err(args.data.no_records(&names.join(", ")));
    }
    Ok(true)
}

fn write_batch(
    model: &stance::pipeline::Classifier,
    batch: &[Record],
    out: &mut impl Write,
) -> Result<()> {
    let inputs: Vec<_> = batch.iter().map(Record::input).collect();
    let predictions = model.predict_many(&inputs);
    for (r, p) in batch.iter().zip(&predictions) {
        let line = Line {
            id: &r.id,
            label: &model.labels[p.label],
            probabilities: model
                .labels
                .iter()
                .map(String::as_str)
                .zip(p.probabilities.iter().copied())
                .collect(),
        };
        serde_json::to_writer(&mut *out, &line)?;
        out.write_all(b"\n")?;
    }
    Ok(())
}
