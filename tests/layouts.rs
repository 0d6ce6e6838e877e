//! The same article in another plain-text layout reads the same: hard-wrapped copies of the
//! dev articles (at 60, 72 and 80 columns, with and without the trailing space `fold -s`
//! leaves) give the same parties, quotes and labels as the originals. Before `text::reflow`,
//! party recall on the 72-column copies fell from 1.00 to 0.61. Copies with quote marks as HTML
//! character references, as scraped pages leave them, read the same too.

use stance::article::{classify, ArticleOptions, ArticleResult};
use stance::pipeline::Classifier;
use std::path::Path;

/// Greedy word wrap of each paragraph at `width` characters; blank lines kept. With
/// `trailing_space`, a broken line keeps the space it broke at, as `fold -s` does.
fn wrap(text: &str, width: usize, trailing_space: bool) -> String {
    let mut out = String::new();
    for (i, line) in text.split('\n').enumerate() {
        if i > 0 {
            out.push('\n');
        }
        let mut col = 0;
        for (j, word) in line.split(' ').enumerate() {
            let n = word.chars().count();
            if j > 0 {
                if col + 1 + n > width {
                    out.push_str(if trailing_space { " \n" } else { "\n" });
                    col = 0;
                } else {
                    out.push(' ');
                    col += 1;
                }
            }
            out.push_str(word);
            col += n;
        }
    }
    out
}

/// (party, quote text with whitespace runs as one space, label), sorted.
fn reading(r: &ArticleResult) -> Vec<(String, String, Option<String>)> {
    let one_line = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
    let mut out: Vec<_> = r
        .parties
        .iter()
        .flat_map(|p| {
            p.quotes
                .iter()
                .map(|q| (p.party.clone(), one_line(&q.text), q.label.clone()))
        })
        .chain(
            r.unattributed
                .iter()
                .map(|q| ("-".to_string(), one_line(&q.text), q.label.clone())),
        )
        .collect();
    out.sort();
    out
}

/// The shipped default model and the dev articles' paths, sorted.
fn model_and_dev_articles() -> (Classifier, Vec<std::path::PathBuf>) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let model = Classifier::load(&root.join("models/withdrawal.json")).expect("default model");
    let mut paths: Vec<_> = std::fs::read_dir(root.join("training_data/articles/dev"))
        .expect("dev articles")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    paths.sort();
    assert!(paths.len() >= 5, "expected the dev articles");
    (model, paths)
}

#[test]
fn hard_wrapped_articles_read_like_the_originals() {
    let (model, paths) = model_and_dev_articles();
    let options = ArticleOptions::default();
    for path in &paths {
        let text = std::fs::read_to_string(path).expect("article");
        let want = reading(&classify("original", &text, &model, &options).expect("classify"));
        assert!(!want.is_empty(), "{}: no quotes", path.display());
        for width in [60, 72, 80] {
            for trailing_space in [false, true] {
                let wrapped = wrap(&text, width, trailing_space);
                assert_ne!(wrapped, text, "{} was not wrapped", path.display());
                let got = classify("wrapped", &wrapped, &model, &options).expect("classify");
                for q in got.parties.iter().flat_map(|p| &p.quotes) {
                    assert_eq!(&wrapped[q.start..q.end], q.text, "offsets index the input");
                }
                assert_eq!(
                    reading(&got),
                    want,
                    "{} wrapped at {width} (trailing space: {trailing_space})",
                    path.display()
                );
            }
        }
    }
}

/// A dev article as a scraped web page leaves it: quote marks and apostrophes as HTML
/// character references, named and numeric.
fn entity_encoded(text: &str) -> String {
    let mut out = String::with_capacity(text.len() * 2);
    for c in text.chars() {
        match c {
            '"' => out.push_str("&quot;"),
            '\u{201c}' => out.push_str("&#8220;"),
            '\u{201d}' => out.push_str("&#x201D;"),
            '\u{2019}' => out.push_str("&rsquo;"),
            '\'' => out.push_str("&#39;"),
            '&' => out.push_str("&amp;"),
            _ => out.push(c),
        }
    }
    out
}

#[test]
fn entity_encoded_articles_read_like_the_originals() {
    let (model, paths) = model_and_dev_articles();
    let options = ArticleOptions::default();
    for path in &paths {
        let text = std::fs::read_to_string(path).expect("article");
        let want = reading(&classify("original", &text, &model, &options).expect("classify"));
        let encoded = entity_encoded(&text);
        assert_ne!(encoded, text, "{} has no quote marks", path.display());
        let mut got = classify("encoded", &encoded, &model, &options).expect("classify");
        for q in got
            .parties
            .iter_mut()
            .flat_map(|p| &mut p.quotes)
            .chain(&mut got.unattributed)
        {
            // Offsets index the input as it was given; its text, decoded, is the original's.
            assert_eq!(&encoded[q.start..q.end], q.text, "offsets index the input");
            q.text = html_escape::decode_html_entities(&q.text).into_owned();
        }
        assert_eq!(reading(&got), want, "{} entity-encoded", path.display());
    }
}
