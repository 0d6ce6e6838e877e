//! Writes the two HTML reports the render check opens in a browser:
//! `target/reports/evaluation.html` (a held-out evaluation of a small model trained on the
//! corpus) and `target/reports/article.html` (the first dev article, classified).
//!
//! Run: `cargo run --release --example render_reports [OUT_DIR]`

use stance::article::{self, ArticleOptions};
use stance::corpus::{self, ReadOptions};
use stance::eval::Metrics;
use stance::pipeline::{label_indices, Classifier, TrainConfig};
use stance::report::{write_article_html, write_evaluation_html, EvaluationHtml, Example};
use std::error::Error;
use std::fs;
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};

/// Every fifth record is held out for the evaluation page.
const HOLD_OUT_EVERY: usize = 5;

fn corpus_paths() -> Result<Vec<String>, Box<dyn Error>> {
    if Path::new("training_data/quotes.jsonl").exists() {
        return Ok(vec!["training_data/quotes.jsonl".into()]);
    }
    let mut paths: Vec<String> = fs::read_dir("training_data/parts")?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "jsonl"))
        .map(|p| p.display().to_string())
        .collect();
    paths.sort();
    Ok(paths)
}

fn first_dev_article() -> Result<PathBuf, Box<dyn Error>> {
    let mut txt: Vec<PathBuf> = fs::read_dir("training_data/articles/dev")?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    txt.sort();
    Ok(txt
        .into_iter()
        .next()
        .ok_or("no .txt article in training_data/articles/dev")?)
}

fn main() -> Result<(), Box<dyn Error>> {
    let out_dir = PathBuf::from(
        std::env::args()
            .nth(1)
            .unwrap_or_else(|| "target/reports".into()),
    );
    fs::create_dir_all(&out_dir)?;

    let options = ReadOptions {
        require_label: true,
        ..ReadOptions::default()
    };
    let records = corpus::read_all(&corpus_paths()?, &options)?;
    let mut labels: Vec<String> = records.iter().filter_map(|r| r.label.clone()).collect();
    labels.sort();
    labels.dedup();
    let (train, test): (Vec<_>, Vec<_>) = records
        .into_iter()
        .enumerate()
        .partition(|(i, _)| i % HOLD_OUT_EVERY != 0);
    let train: Vec<_> = train.into_iter().map(|(_, r)| r).collect();
    let test: Vec<_> = test.into_iter().map(|(_, r)| r).collect();
    let config = TrainConfig {
        labels: Some(labels),
        ..TrainConfig::default()
    };
    let model = Classifier::train(&train, &config, &mut |_, _| {})?;
    eprintln!(
        "trained on {} records, evaluating on {}",
        train.len(),
        test.len()
    );

    // Evaluation page.
    let inputs: Vec<_> = test.iter().map(|r| r.input()).collect();
    let predictions = model.predict_many(&inputs);
    let gold = label_indices(&test, &model.labels)?;
    let predicted: Vec<usize> = predictions.iter().map(|p| p.label).collect();
    let metrics = Metrics::new(&model.labels, &gold, &predicted);
    let examples: Vec<Example> = test
        .iter()
        .zip(&predictions)
        .zip(&gold)
        .map(|((r, p), &g)| Example {
            id: &r.id,
            text: &r.text,
            gold: g,
            predicted: p.label,
            probabilities: &p.probabilities,
        })
        .collect();
    let top_features: Vec<(String, Vec<(String, f32)>)> = model
        .labels
        .iter()
        .cloned()
        .zip(model.top_features(12))
        .collect();
    let path = out_dir.join("evaluation.html");
    let mut w = BufWriter::new(fs::File::create(&path)?);
    write_evaluation_html(
        &mut w,
        &EvaluationHtml {
            title: "Held-out evaluation (every 5th corpus record)",
            metrics: &metrics,
            examples: &examples,
            top_features: &top_features,
        },
    )?;
    w.flush()?;
    println!("{}", path.display());

    // Article page.
    let article_path = first_dev_article()?;
    let text = fs::read_to_string(&article_path)?;
    let name = article_path
        .file_name()
        .unwrap_or_default()
        .to_string_lossy()
        .into_owned();
    let options = ArticleOptions {
        explain: 3,
        ..ArticleOptions::default()
    };
    let result = article::classify(&name, &text, &model, &options)?;
    let path = out_dir.join("article.html");
    let mut w = BufWriter::new(fs::File::create(&path)?);
    write_article_html(&mut w, &text, &result)?;
    w.flush()?;
    println!("{}", path.display());
    Ok(())
}
