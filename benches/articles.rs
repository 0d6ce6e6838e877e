//! Article throughput bench (issue 3): MB/s of article text per core for quote extraction and
//! attribution alone, and for `stance classify` end to end (extraction, one prediction per
//! quote with its context, party aggregation) with the shipped default model.
//!
//! `cargo bench --bench articles`. Input: every annotated article under
//! `training_data/articles/` (all splits; speed does not depend on labels), processed one
//! article at a time on one thread, as `stance classify` does per file. A third case runs
//! `classify` on one long document, the first 100 articles joined by blank lines (a live
//! blog, a transcript or a feed dump is one long file): its MB/s should stay near the
//! per-article figure, so nothing in extraction is quadratic in the length of a text.

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use stance::article::{classify, quotes, ArticleOptions};
use stance::pipeline::Classifier;
use std::path::{Path, PathBuf};

// The allocator the `stance` binary uses, so the figures are the CLI's.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn article_texts() -> Vec<(String, String)> {
    fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
        let mut entries: Vec<PathBuf> = std::fs::read_dir(dir)
            .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
            .filter_map(|e| e.ok().map(|e| e.path()))
            .collect();
        entries.sort();
        for p in entries {
            if p.is_dir() {
                walk(&p, out);
            } else if p.extension().is_some_and(|e| e == "txt") {
                out.push(p);
            }
        }
    }
    let mut paths = Vec::new();
    walk(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("training_data/articles"),
        &mut paths,
    );
    paths
        .into_iter()
        .map(|p| {
            let text =
                std::fs::read_to_string(&p).unwrap_or_else(|e| panic!("{}: {e}", p.display()));
            (p.display().to_string(), text)
        })
        .collect()
}

fn bench(c: &mut Criterion) {
    let articles = article_texts();
    let bytes: usize = articles.iter().map(|(_, t)| t.len()).sum();
    let model_path = Path::new(env!("CARGO_MANIFEST_DIR")).join("models/withdrawal.json");
    let model = Classifier::load(&model_path).expect("the shipped default model loads");
    let options = ArticleOptions::default();

    let mut g = c.benchmark_group("articles");
    g.throughput(Throughput::Bytes(bytes as u64));
    // Parties found over all articles, one article at a time (returned so nothing is elided).
    let per_article = |run: &dyn Fn(&str, &str) -> usize| {
        articles
            .iter()
            .map(|(doc, text)| run(doc, text))
            .sum::<usize>()
    };
    let n = articles.len();
    g.bench_function(format!("quotes, {n} articles, 1 thread"), |b| {
        b.iter(|| per_article(&|doc, text| quotes(doc, text, &options).unwrap().parties.len()))
    });
    g.bench_function(format!("classify, {n} articles, 1 thread"), |b| {
        b.iter(|| {
            per_article(&|doc, text| classify(doc, text, &model, &options).unwrap().parties.len())
        })
    });
    g.finish();

    // One long document: MB/s near the per-article figure means linear in the text's length.
    let long: String = articles
        .iter()
        .take(100)
        .map(|(_, t)| t.as_str())
        .collect::<Vec<_>>()
        .join("\n\n");
    let mut g = c.benchmark_group("long document");
    g.sample_size(10);
    g.throughput(Throughput::Bytes(long.len() as u64));
    g.bench_function(
        format!(
            "classify, 100 articles as one document of {} KB",
            long.len() / 1024
        ),
        |b| {
            b.iter(|| {
                classify("long", &long, &model, &options)
                    .unwrap()
                    .parties
                    .len()
            })
        },
    );
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
