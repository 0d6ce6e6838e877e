//! Determinism (issue #6): same data + same seed → byte-identical model files; `predict` and
//! `classify` give identical output single- and multi-threaded, in input order.

#[macro_use]
mod common;

use common::*;
use std::path::Path;

fn train(t: &TestDir, data: &str, out: &str, extra: &[&str]) -> Vec<u8> {
    let mut args = vec![
        "train", "--data", data, "--out", out, "--quiet", "--seed", "7",
    ];
    args.extend(extra);
    assert_success(&t.stance(&args));
    t.read(out)
}

// Default features (character n-grams on, min-df 2) on a corpus large enough for the parallel
// featurizer to split it into several chunks.
stance_test!(same_data_and_seed_give_identical_model_bytes, |t| {
    t.write("data.jsonl", generated_jsonl(3_000));
    let a = train(&t, "data.jsonl", "a.json", &[]);
    let b = train(&t, "data.jsonl", "b.json", &[]);
    assert!(a == b, "two trainings on the same data differ");
});

stance_test!(model_bytes_do_not_depend_on_thread_count, |t| {
    t.write("data.jsonl", generated_jsonl(3_000));
    let one = train(&t, "data.jsonl", "one.json", &["--threads", "1"]);
    let two = train(&t, "data.jsonl", "two.json", &["--threads", "2"]);
    assert!(
        one == two,
        "--threads 1 and --threads 2 train different models"
    );
});

stance_test!(cross_validated_training_is_deterministic, |t| {
    t.write("data.jsonl", generated_jsonl(600));
    let flags = ["--cv", "3", "--c-grid", "1,10", "--char-ngrams", "off"];
    let a = train(&t, "data.jsonl", "a.json", &flags);
    let b = train(&t, "data.jsonl", "b.json", &flags);
    assert!(a == b, "two --cv trainings differ");
});

stance_test!(hashing_model_is_deterministic, |t| {
    t.write("data.jsonl", generated_jsonl(1_000));
    let flags = ["--hash-bits", "12"];
    let a = train(&t, "data.jsonl", "a.json", &flags);
    let b = train(&t, "data.jsonl", "b.json", &flags);
    assert!(a == b, "two hashing trainings differ");
});

// Different data must give a different model (the test above can fail).
stance_test!(different_data_gives_different_model, |t| {
    t.write("a.jsonl", generated_jsonl(300));
    t.write("b.jsonl", generated_jsonl(301));
    let a = train(&t, "a.jsonl", "a.json", &[]);
    let b = train(&t, "b.jsonl", "b.json", &[]);
    assert!(a != b);
});

fn run_threads(t: &TestDir, threads: &str, args: &[&str]) -> String {
    let mut all = vec!["--threads", threads];
    all.extend(args);
    let out = t.stance(&all);
    assert_success(&out);
    stdout(&out)
}

stance_test!(
    predict_is_identical_across_threads_and_in_input_order,
    |t| {
        t.write("train.jsonl", generated_jsonl(900));
        train(&t, "train.jsonl", "model.json", &[]);
        // Shuffled ids so input order is not sorted order.
        let n = 5_000;
        let mut data = String::new();
        let mut want = Vec::new();
        for (i, line) in generated_jsonl(n).lines().enumerate() {
            let id = format!("q{}", (i * 7919) % n);
            let mut v: serde_json::Value = serde_json::from_str(line).unwrap();
            v["id"] = id.clone().into();
            data.push_str(&v.to_string());
            data.push('\n');
            want.push(id);
        }
        t.write("in.jsonl", data);
        for batch in ["16384", "7"] {
            let args = [
                "predict",
                "--model",
                "model.json",
                "--data",
                "in.jsonl",
                "--batch",
                batch,
            ];
            let one = run_threads(&t, "1", &args);
            let two = run_threads(&t, "2", &args);
            let four = run_threads(&t, "4", &args);
            assert!(one == two, "--threads 1 and 2 differ (batch {batch})");
            assert!(one == four, "--threads 1 and 4 differ (batch {batch})");
            let ids: Vec<String> = one
                .lines()
                .map(|l| {
                    serde_json::from_str::<serde_json::Value>(l).unwrap()["id"]
                        .as_str()
                        .unwrap()
                        .to_string()
                })
                .collect();
            assert_eq!(ids, want, "output is not in input order (batch {batch})");
        }
        // Through stdin too.
        let input = t.read("in.jsonl");
        let piped = |threads: &str| {
            let out = t
                .cmd()
                .args(["--threads", threads, "predict", "--model", "model.json"])
                .write_stdin(input.clone())
                .output()
                .unwrap();
            assert_success(&out);
            stdout(&out)
        };
        let one = piped("1");
        assert!(one == piped("2"), "stdin: --threads 1 and 2 differ");
        assert!(
            one == run_threads(
                &t,
                "1",
                &["predict", "--model", "model.json", "--data", "in.jsonl"]
            )
        );
    }
);

/// Articles for `classify`: the shipped training articles when present, else generated ones.
fn article_dir(t: &TestDir) -> String {
    let shipped = Path::new(env!("CARGO_MANIFEST_DIR")).join("training_data/articles/train");
    let has_txt = std::fs::read_dir(&shipped)
        .map(|d| {
            d.flatten()
                .filter(|e| e.path().extension().is_some_and(|x| x == "txt"))
                .count()
                >= 2
        })
        .unwrap_or(false);
    if has_txt {
        // Copy so concurrent edits of the corpus cannot change the input between runs.
        let dst = t.mkdir("articles");
        for e in std::fs::read_dir(&shipped).unwrap().flatten() {
            let p = e.path();
            if p.extension().is_some_and(|x| x == "txt") {
                std::fs::copy(&p, dst.join(p.file_name().unwrap())).unwrap();
            }
        }
    } else {
        println!("training_data/articles/train not found: using generated articles");
        for i in 0..24 {
            t.write(
                &format!("articles/a{i:02}.txt"),
                ARTICLE.replace("Lena Okafor", &format!("Lena Okafor{i}")),
            );
        }
    }
    "articles".to_string()
}

stance_test!(
    classify_and_quotes_are_identical_across_threads_in_input_order,
    |t| {
        t.write("train.jsonl", generated_jsonl(600));
        train(&t, "train.jsonl", "model.json", &[]);
        let dir = article_dir(&t);
        let mut want: Vec<String> = std::fs::read_dir(t.join(&dir))
            .unwrap()
            .flatten()
            .map(|e| format!("{dir}/{}", e.file_name().to_string_lossy()))
            .filter(|n| n.ends_with(".txt"))
            .collect();
        want.sort();
        for verb in [
            vec![
                "classify",
                "--model",
                "model.json",
                "--format",
                "json",
                &dir,
            ],
            vec![
                "classify",
                "--model",
                "model.json",
                "--format",
                "json",
                "--explain",
                &dir,
            ],
            vec!["quotes", "--format", "json", &dir],
        ] {
            let one = run_threads(&t, "1", &verb);
            let two = run_threads(&t, "2", &verb);
            let four = run_threads(&t, "4", &verb);
            assert!(one == two, "{verb:?}: --threads 1 and 2 differ");
            assert!(one == four, "{verb:?}: --threads 1 and 4 differ");
            let docs: Vec<String> = one
                .lines()
                .map(|l| {
                    serde_json::from_str::<serde_json::Value>(l).unwrap()["document"]
                        .as_str()
                        .unwrap()
                        .to_string()
                })
                .collect();
            assert_eq!(docs, want, "{verb:?}: documents not in input order");
        }
        // Files given one by one, in a non-sorted order, come out in that order.
        let mut given = want.clone();
        given.reverse();
        let mut args = vec!["classify", "--model", "model.json", "--format", "json"];
        args.extend(given.iter().map(String::as_str));
        let one = run_threads(&t, "1", &args);
        let two = run_threads(&t, "2", &args);
        assert!(one == two);
        let docs: Vec<String> = one
            .lines()
            .map(|l| {
                serde_json::from_str::<serde_json::Value>(l).unwrap()["document"]
                    .as_str()
                    .unwrap()
                    .to_string()
            })
            .collect();
        assert_eq!(docs, given);
    }
);
