//! The CLI's contracts: output shapes users script against, the shipped default model and
//! corpus, and the seed article the project started from.

mod common;

use common::{assert_success, stdout, TestDir};
use std::path::{Path, PathBuf};

fn repo(path: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(path)
}

/// The seed article beside the repository (`../shared/seed`), which users do not have.
fn seed() -> Option<(String, serde_json::Value)> {
    let dir = repo("../shared/seed");
    let text = std::fs::read_to_string(dir.join("kerry-moscow-syria-withdrawal.txt")).ok()?;
    let gold = std::fs::read_to_string(dir.join("kerry-moscow-syria-withdrawal.json")).ok()?;
    Some((
        text,
        serde_json::from_str(&gold).expect("seed gold is JSON"),
    ))
}

stance_test!(default_model_is_reproduced_byte_for_byte, |t| {
    // The README's documented command, run on the shipped corpus.
    let out = t.stance([
        "train",
        "--quiet",
        "--data",
        repo("training_data/quotes.jsonl").to_str().unwrap(),
        repo("training_data/article_quotes.jsonl").to_str().unwrap(),
        "--split",
        "train,dev",
        "--domain-features",
        "on",
        "--out",
        "m.json",
    ]);
    assert_success(&out);
    let shipped =
        std::fs::read(repo("models/withdrawal.json")).expect("models/withdrawal.json ships");
    assert!(
        t.read("m.json") == shipped,
        "retraining with the README command does not reproduce models/withdrawal.json; retrain and commit it"
    );
});

stance_test!(char_ngrams_auto_falls_back_to_off_on_tiny_data, |t| {
    // Two records cannot fill three folds: training still succeeds, without character
    // n-grams, and says why.
    t.write(
        "tiny.jsonl",
        concat!(
            "{\"text\":\"we welcome the withdrawal\",\"label\":\"supportive\"}\n",
            "{\"text\":\"a betrayal of our allies\",\"label\":\"hostile\"}\n",
        ),
    );
    let out = t.stance(["train", "--data", "tiny.jsonl", "--out", "m.json"]);
    assert_success(&out);
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("auto: C=20 char n-grams off"), "{err}");
    let model: serde_json::Value = serde_json::from_slice(&t.read("m.json")).unwrap();
    assert!(model["vectorizer"]["features"]["char_ngrams"].is_null());
});

stance_test!(c_is_chosen_by_cross_validation_when_not_given, |t| {
    // Weak, noisy cues among many random words: stronger regularization than C = 20
    // cross-validates better, so training without --c picks a smaller C; --c fixes it.
    let mut state: u64 = 12345;
    let mut rnd = move || {
        state = state
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        state >> 33
    };
    let labels = ["a", "b", "c"];
    let cues = [["alpha", "apex"], ["bravo", "bond"], ["charlie", "crest"]];
    let mut data = String::new();
    for i in 0..240u64 {
        let own = (i % 3) as usize;
        // The record's own cue 60% of the time, another label's otherwise.
        let src = if rnd() % 100 < 60 {
            own
        } else {
            ((i + 1 + rnd() % 2) % 3) as usize
        };
        let mut words = vec![cues[src][(rnd() % 2) as usize].to_string()];
        words.extend((0..8).map(|_| format!("w{}", rnd() % 300)));
        data.push_str(&format!(
            "{{\"text\":\"{}\",\"label\":\"{}\"}}\n",
            words.join(" "),
            labels[own]
        ));
    }
    t.write("noisy.jsonl", data);
    let c_of = |model: &str| {
        let m: serde_json::Value = serde_json::from_slice(&t.read(model)).unwrap();
        m["training"]["params"]["c"].as_f64().unwrap()
    };
    let out = t.stance(["train", "--data", "noisy.jsonl", "--out", "auto.json"]);
    assert_success(&out);
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("cv 3-fold: C=5 "), "{err}");
    assert!(c_of("auto.json") < 20.0, "{err}");
    let out = t.stance([
        "train",
        "--data",
        "noisy.jsonl",
        "--c",
        "20",
        "--out",
        "fixed.json",
    ]);
    assert_success(&out);
    assert_eq!(c_of("fixed.json"), 20.0);
});

/// Records with labels `l0`, `l1` …, each with one of `cues[label]`'s words among filler, and
/// "not" (and a random word or two) before it when `negated(label, cue index, random)`.
fn negation_jsonl(cues: &[&[&str]], n: u64, negated: impl Fn(usize, usize, u64) -> bool) -> String {
    let mut state: u64 = 777;
    let mut rnd = move || {
        state = state
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        state >> 33
    };
    let mut data = String::new();
    for i in 0..n {
        let label = (i % cues.len() as u64) as usize;
        let pool = cues[label];
        let which = (rnd() % pool.len() as u64) as usize;
        let cue = pool[which];
        let mut words: Vec<String> = (0..3).map(|_| letters("filler", rnd() % 50)).collect();
        if negated(label, which, rnd()) {
            words.push("not".into());
            words.extend((0..1 + rnd() % 2).map(|_| letters("filler", rnd() % 50)));
        }
        words.push(cue.to_string());
        words.extend((0..2).map(|_| letters("filler", rnd() % 50)));
        data.push_str(&format!(
            "{{\"text\":\"{}\",\"label\":\"l{label}\"}}\n",
            words.join(" ")
        ));
    }
    data
}

/// A word of letters for `n` (the tokenizer folds digits, so "f12" and "f34" are one word).
fn letters(prefix: &str, mut n: u64) -> String {
    let mut s = prefix.to_string();
    loop {
        s.push((b'a' + (n % 26) as u8) as char);
        n /= 26;
        if n == 0 {
            return s;
        }
    }
}

fn tokenizer_negation(t: &TestDir, model: &str) -> bool {
    let m: serde_json::Value = serde_json::from_slice(&t.read(model)).unwrap();
    m["vectorizer"]["tokenizer"]["negation"].as_bool().unwrap()
}

stance_test!(domain_features_are_dropped_where_they_are_noise, |t| {
    // The label is the cue word; a "not" before it, at random, only splits each word into
    // a plain and a negated feature. Cross-validation finds the model better without the
    // scopes and drops the domain features; --domain-features on keeps them.
    // Words of random letters, so that character n-grams do not tell the label either.
    let mut state: u64 = 4242;
    let mut word = move || {
        state = state
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        letters("", (state >> 33) % 300_000_000 + 20_000_000)
    };
    let cues: Vec<Vec<String>> = (0..3).map(|_| (0..15).map(|_| word()).collect()).collect();
    let cues: Vec<Vec<&str>> = cues
        .iter()
        .map(|c| c.iter().map(String::as_str).collect())
        .collect();
    let pools: Vec<&[&str]> = cues.iter().map(Vec::as_slice).collect();
    t.write(
        "noise.jsonl",
        negation_jsonl(&pools, 180, |_, _, r| r % 2 == 0),
    );
    // Character n-grams (of the word, negated or not) would mend the split: off here.
    let out = t.stance([
        "train",
        "--data",
        "noise.jsonl",
        "--char-ngrams",
        "off",
        "--out",
        "auto.json",
    ]);
    assert_success(&out);
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains(", domain features off ("), "{err}");
    assert!(err.contains(", no domain features macro-F1="), "{err}");
    assert!(!tokenizer_negation(&t, "auto.json"), "{err}");
    let m: serde_json::Value = serde_json::from_slice(&t.read("auto.json")).unwrap();
    assert_eq!(m["vectorizer"]["features"]["lexicon_features"], false);
    let out = t.stance([
        "train",
        "--data",
        "noise.jsonl",
        "--domain-features",
        "on",
        "--out",
        "on.json",
    ]);
    assert_success(&out);
    assert!(tokenizer_negation(&t, "on.json"));
});

stance_test!(domain_features_are_kept_where_they_carry_the_label, |t| {
    // "zorp" means l0 and "not … zorp" l1; "blick" the reverse, with words between "not" and
    // the cue so that no word bigram sees both. Without the negation scope the label is an
    // exclusive or of two words, which a linear model cannot learn; the choice keeps the
    // domain features, and --domain-features off still drops them.
    let pools: [&[&str]; 2] = [&["zorp", "blick"], &["zorp", "blick"]];
    let data = negation_jsonl(&pools, 240, |label, cue, _| (label == 0) != (cue == 0));
    t.write("scoped.jsonl", data);
    let out = t.stance(["train", "--data", "scoped.jsonl", "--out", "auto.json"]);
    assert_success(&out);
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains(", domain features on ("), "{err}");
    assert!(tokenizer_negation(&t, "auto.json"), "{err}");
    let out = t.stance([
        "train",
        "--data",
        "scoped.jsonl",
        "--domain-features",
        "off",
        "--out",
        "off.json",
    ]);
    assert_success(&out);
    assert!(!tokenizer_negation(&t, "off.json"));
});

stance_test!(offsets_count_from_after_a_byte_order_mark, |t| {
    let body = "\"We welcome this,\" the minister said.\n";
    t.write("bom.txt", format!("\u{feff}{body}"));
    let out = t.stance(["quotes", "bom.txt", "--format", "json"]);
    assert_success(&out);
    let v: serde_json::Value = serde_json::from_str(stdout(&out).trim()).unwrap();
    let q = &v["parties"][0]["quotes"][0];
    let (start, end) = (q["start"].as_u64().unwrap(), q["end"].as_u64().unwrap());
    // As the README says: offsets into the text without the mark, file offsets 3 later.
    assert_eq!(&body[start as usize..end as usize], "We welcome this");
    let file = t.read("bom.txt");
    assert_eq!(
        &file[start as usize + 3..end as usize + 3],
        b"We welcome this"
    );
});

/// A train article with two parties: Paul Roux's direct quote `words` (gold substring
/// `gold`, supportive) and Ines Vidal's hostile reported statement.
fn write_roux_vidal_article(t: &TestDir, words: &str, gold: &str) {
    t.write(
        "arts/train/a.txt",
        format!("Troops leave\n\n“{words},” said Paul Roux.\n\nInes Vidal said the pull-out was a cynical stunt before the election.\n"),
    );
    t.write(
        "arts/train/a.json",
        format!(
            r#"{{"event": "troop withdrawal", "parties": [
            {{"party": "Paul Roux", "label": "supportive", "quotes": ["{gold}"]}},
            {{"party": "Ines Vidal", "label": "hostile", "quotes": ["a cynical stunt before the election"]}}
        ]}}"#
        ),
    );
}

/// `stance data harvest arts --against corpus.jsonl`, which must succeed: the records written.
fn harvest_arts_against_corpus(t: &TestDir) -> String {
    let out = t.stance([
        "data",
        "harvest",
        "arts",
        "--out",
        "h.jsonl",
        "--against",
        "corpus.jsonl",
    ]);
    assert_success(&out);
    String::from_utf8(t.read("h.jsonl")).unwrap()
}

stance_test!(data_harvest_labels_quotes_by_their_gold_party, |t| {
    write_roux_vidal_article(
        &t,
        "We welcome the withdrawal of the brigade",
        "We welcome the withdrawal",
    );
    t.write(
        "arts/train/notes.txt",
        "An article with no gold file is passed over.\n",
    );
    // A record the corpus already holds is not harvested again.
    t.write(
        "corpus.jsonl",
        "{\"id\":\"c1\",\"text\":\"We welcome the withdrawal of the brigade\",\"label\":\"supportive\"}\n",
    );
    let lines: Vec<serde_json::Value> = harvest_arts_against_corpus(&t)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 1, "{lines:?}");
    assert_eq!(lines[0]["label"], "hostile");
    assert_eq!(lines[0]["party"], "Ines Vidal");
    assert_eq!(lines[0]["split"], "train");
    assert_eq!(lines[0]["scenario"], "a");
    assert_eq!(lines[0]["verb"], "say");
    // The records train a model as they are.
    let out = t.stance([
        "train",
        "--quiet",
        "--data",
        "h.jsonl",
        "corpus.jsonl",
        "--out",
        "m.json",
    ]);
    assert_success(&out);
});

stance_test!(data_harvest_drops_a_stock_phrase_the_corpus_holds, |t| {
    // "This is not a retreat" is in hundreds of records, so its shingles are too common for
    // the near-duplicate search; the exact repeat is still not harvested again.
    write_roux_vidal_article(&t, "This is not a retreat", "This is not a retreat");
    let mut corpus = String::from(
        "{\"id\":\"c0\",\"text\":\"This is not a retreat.\",\"label\":\"supportive\"}\n",
    );
    for i in 1..=210 {
        corpus.push_str(&format!(
            "{{\"id\":\"c{i}\",\"text\":\"This is not a retreat, official number {i} said\",\"label\":\"supportive\"}}\n"
        ));
    }
    t.write("corpus.jsonl", &corpus);
    let text = harvest_arts_against_corpus(&t);
    assert_eq!(text.lines().count(), 1, "{text}");
    assert!(text.contains("Ines Vidal"), "{text}");
});

stance_test!(data_harvest_names_what_is_wrong, |t| {
    let fails = |args: &[&str], want: &str| {
        let out = t.stance(args);
        let err = String::from_utf8_lossy(&out.stderr).to_string();
        assert_eq!(out.status.code(), Some(1), "{args:?}: {err}");
        assert!(err.contains(want), "{args:?}: {err}");
        assert!(!err.contains("panicked"), "{err}");
    };
    fails(
        &["data", "harvest", "nope", "--out", "h.jsonl"],
        "nope: no such file",
    );
    t.write("d/notes.txt", "no gold here\n");
    fails(
        &["data", "harvest", "d", "--out", "h.jsonl"],
        "no annotated articles",
    );
    t.write("d/notes.json", "{\"parties\": [\n  {\"party\": 1}]}");
    fails(
        &["data", "harvest", "d", "--out", "h.jsonl"],
        "notes.json:2:",
    );
    t.write("e/a.txt", b"Head\n\n\xff\xfe said.");
    t.write("e/a.json", "{\"parties\": []}");
    fails(
        &["data", "harvest", "e", "--out", "h.jsonl"],
        "a.txt: invalid UTF-8",
    );
    assert!(
        !t.path().join("h.jsonl").exists(),
        "nothing is written on failure"
    );
});

stance_test!(shipped_corpus_passes_data_check, |t| {
    let out = t.stance(["data", "check", repo("training_data").to_str().unwrap()]);
    assert_success(&out);
    let s = stdout(&out);
    assert!(s.contains("ok: no problems found"), "{s}");
});

/// Runs `stance predict --model MODEL --data in.jsonl EXTRA…` and parses its lines.
fn predict_lines(t: &TestDir, model: &Path, extra: &[&str]) -> Vec<serde_json::Value> {
    let mut args = vec![
        "predict",
        "--model",
        model.to_str().unwrap(),
        "--data",
        "in.jsonl",
    ];
    args.extend_from_slice(extra);
    let out = t.stance(args);
    assert_success(&out);
    stdout(&out)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

stance_test!(predict_keeps_only_the_requested_split, |t| {
    let model = t.train_model("m.json");
    t.write(
        "in.jsonl",
        "{\"id\":\"a\",\"text\":\"we welcome it\",\"split\":\"train\"}\n\
         {\"id\":\"b\",\"text\":\"a betrayal\",\"split\":\"test\"}\n",
    );
    let lines = predict_lines(&t, &model, &["--split", "test"]);
    let ids: Vec<&str> = lines.iter().map(|l| l["id"].as_str().unwrap()).collect();
    assert_eq!(ids, ["b"]);
});

stance_test!(predict_lines_have_id_label_probabilities, |t| {
    let model = t.train_model("m.json");
    t.write(
        "in.jsonl",
        "{\"id\":\"a\",\"text\":\"we welcome the withdrawal\"}\n{\"text\":\"a betrayal\"}\n",
    );
    let lines = predict_lines(&t, &model, &[]);
    assert_eq!(lines.len(), 2);
    assert_eq!(lines[0]["id"], "a");
    assert_eq!(
        lines[1]["id"], "2",
        "records without an id get their line number"
    );
    for l in &lines {
        let p = l["probabilities"].as_object().unwrap();
        assert_eq!(p.len(), 3);
        let sum: f64 = p.values().map(|v| v.as_f64().unwrap()).sum();
        assert!((sum - 1.0).abs() < 1e-4);
        assert!(p.contains_key(l["label"].as_str().unwrap()));
    }
});

stance_test!(evaluate_json_has_the_documented_keys, |t| {
    let model = t.train_model("m.json");
    let data = t.write("eval.jsonl", common::training_jsonl("\n"));
    let out = t.stance([
        "evaluate",
        "--model",
        model.to_str().unwrap(),
        "--data",
        data.to_str().unwrap(),
        "--format",
        "json",
    ]);
    assert_success(&out);
    let v: serde_json::Value = serde_json::from_str(&stdout(&out)).unwrap();
    for key in [
        "accuracy",
        "macro_f1",
        "weighted_f1",
        "per_class",
        "confusion_matrix",
        "labels",
    ] {
        assert!(v.get(key).is_some(), "missing {key}: {v}");
    }
    assert_eq!(v["confusion_matrix"].as_array().unwrap().len(), 3);
});

stance_test!(evaluate_html_report_is_one_self_contained_file, |t| {
    let model = t.train_model("m.json");
    let data = t.write("eval.jsonl", common::training_jsonl("\n"));
    let out = t.stance([
        "evaluate",
        "--model",
        model.to_str().unwrap(),
        "--data",
        data.to_str().unwrap(),
        "--html",
        "r.html",
    ]);
    assert_success(&out);
    let html = String::from_utf8(t.read("r.html")).unwrap();
    assert!(html.contains("<svg"), "charts are inline SVG");
    // Namespaces (xmlns="http://www.w3.org/…") are names, not fetches; sources and links are.
    for fetch in [
        "src=\"http",
        "href=\"http",
        "url(http",
        "<script src",
        "@import",
    ] {
        assert!(!html.contains(fetch), "no network fetches: found {fetch}");
    }
    assert!(html.len() < 2 << 20, "under 2 MB");
});

stance_test!(classify_json_contract_and_event_echo, |t| {
    let model = t.train_model("m.json");
    let article = t.write("a.txt", common::ARTICLE);
    let out = t.stance([
        "classify",
        "--model",
        model.to_str().unwrap(),
        "--format",
        "json",
        "--event",
        "base handover",
        article.to_str().unwrap(),
    ]);
    assert_success(&out);
    let v: serde_json::Value = serde_json::from_str(stdout(&out).trim()).unwrap();
    assert_eq!(v["event"], "base handover");
    assert_eq!(v["document"], article.to_str().unwrap());
    let parties = v["parties"].as_array().unwrap();
    let names: Vec<&str> = parties
        .iter()
        .map(|p| p["party"].as_str().unwrap())
        .collect();
    assert!(names.contains(&"Lena Okafor"), "{names:?}");
    assert!(
        !names.iter().any(|n| n.contains("AFP")),
        "media are not parties: {names:?}"
    );
    for p in parties {
        for key in [
            "party",
            "mentions",
            "label",
            "confidence",
            "probabilities",
            "quotes",
        ] {
            assert!(p.get(key).is_some(), "party lacks {key}: {p}");
        }
        let text = std::fs::read_to_string(&article).unwrap();
        for q in p["quotes"].as_array().unwrap() {
            let (s, e) = (
                q["start"].as_u64().unwrap() as usize,
                q["end"].as_u64().unwrap() as usize,
            );
            assert_eq!(
                &text[s..e],
                q["text"].as_str().unwrap(),
                "offsets point into the article"
            );
            assert!(["direct", "partial", "reported"].contains(&q["kind"].as_str().unwrap()));
        }
    }
    let okafor = parties
        .iter()
        .find(|p| p["party"] == "Lena Okafor")
        .unwrap();
    assert_eq!(okafor["quotes"][0]["via"], "AFP");
});

stance_test!(quotes_output_has_no_labels, |t| {
    let article = t.write("a.txt", common::ARTICLE);
    let out = t.stance(["quotes", "--format", "json", article.to_str().unwrap()]);
    assert_success(&out);
    let v: serde_json::Value = serde_json::from_str(stdout(&out).trim()).unwrap();
    assert!(v["parties"][0].get("label").is_none());
    assert!(v["parties"][0]["quotes"][0].get("probabilities").is_none());
});

stance_test!(completions_and_man_page, |t| {
    for shell in ["bash", "zsh", "fish"] {
        let out = t.stance(["completions", shell]);
        assert_success(&out);
        assert!(
            stdout(&out).contains("classify"),
            "{shell} completion mentions verbs"
        );
    }
    let out = t.stance(["man"]);
    assert_success(&out);
    assert!(stdout(&out).contains(".TH"));
});

/// The project's seed article (../shared, absent on users' machines): every expected party is
/// found with its quotes, no medium is a party, and the labels of the default model.
#[test]
fn seed_article_parties_and_labels() {
    let Some((text, gold)) = seed() else {
        println!("skipped: ../shared/seed is not present (it is not shipped with the repository)");
        return;
    };
    let t = TestDir::new();
    let article = t.write("seed.txt", &text);
    let model = repo("models/withdrawal.json");
    let out = t.stance([
        "classify",
        "--model",
        model.to_str().unwrap(),
        "--format",
        "json",
        article.to_str().unwrap(),
    ]);
    assert_success(&out);
    let v: serde_json::Value = serde_json::from_str(stdout(&out).trim()).unwrap();
    let parties = v["parties"].as_array().unwrap();
    let norm = |s: &str| s.to_lowercase();
    let mut wrong = Vec::new();
    for g in gold["parties"].as_array().unwrap() {
        let name = g["party"].as_str().unwrap();
        let found = parties
            .iter()
            .find(|p| {
                norm(p["party"].as_str().unwrap()) == norm(name)
                    || p["mentions"]
                        .as_array()
                        .unwrap()
                        .iter()
                        .any(|m| norm(m.as_str().unwrap()) == norm(name))
            })
            .unwrap_or_else(|| panic!("seed party {name:?} not found"));
        for q in g["quotes"].as_array().unwrap() {
            let q = q.as_str().unwrap();
            let at = text.find(q).expect("gold quote in text");
            let covered = found["quotes"].as_array().unwrap().iter().any(|pq| {
                let (s, e) = (
                    pq["start"].as_u64().unwrap() as usize,
                    pq["end"].as_u64().unwrap() as usize,
                );
                s <= at && at + q.len() <= e
            });
            assert!(covered, "{name}: quote {q:?} not attributed to it");
        }
        if found["label"] != g["label"] {
            wrong.push(format!(
                "{name}: gold {}, predicted {}",
                g["label"], found["label"]
            ));
        }
    }
    assert_eq!(
        parties.len(),
        gold["parties"].as_array().unwrap().len(),
        "no extra parties"
    );
    for m in gold["not_parties"].as_array().unwrap() {
        assert!(
            !parties
                .iter()
                .any(|p| norm(p["party"].as_str().unwrap()) == norm(m.as_str().unwrap())),
            "medium {m} reported as a party"
        );
    }
    assert!(wrong.is_empty(), "seed labels wrong: {wrong:?}");
}
