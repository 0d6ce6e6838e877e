//! Classifies the first dev article: `cargo run --release --example classify_article`.
use stance::{article, corpus, pipeline::Classifier};
use std::{fs, path::Path};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let model = match Path::new("models/withdrawal.json") {
        shipped if shipped.exists() => Classifier::load(shipped)?,
        _ => {
            // No shipped model: train one on the corpus (its parts until quotes.jsonl exists).
            let mut data = vec!["training_data/quotes.jsonl".to_string()];
            if !Path::new(&data[0]).exists() {
                data = files("training_data/parts", "jsonl")?;
            }
            let records = corpus::read_all(&data, &Default::default())?;
            Classifier::train(&records, &Default::default(), &mut |_, _| {})?
        }
    };
    let articles = files("training_data/articles/dev", "txt")?;
    let path = articles.first().ok_or("no dev article")?;
    let text = fs::read_to_string(path)?;
    let result = article::classify(path, &text, &model, &Default::default())?;
    println!("{path} — reactions to: {}", result.event);
    for p in &result.parties {
        let (party, label) = (&p.party, p.label.as_deref().unwrap_or("-"));
        let confidence = p.confidence.unwrap_or(0.0);
        println!("  {party:<40} {label:<10} {confidence:.2}");
    }
    Ok(())
}

/// Files in `dir` ending in `.ext`, sorted.
fn files(dir: &str, ext: &str) -> std::io::Result<Vec<String>> {
    let mut paths: Vec<String> = fs::read_dir(dir)?
        .filter_map(|e| Some(e.ok()?.path()))
        .filter(|p| p.extension().is_some_and(|x| x == ext))
        .map(|p| p.display().to_string())
        .collect();
    paths.sort();
    Ok(paths)
}
