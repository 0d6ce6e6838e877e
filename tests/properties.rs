//! Property tests through the library (issue #6): token and quote offsets are in bounds and
//! on char boundaries for any string; a model's probabilities sum to 1 over its own labels;
//! loaders never panic on arbitrary bytes. The fuzz targets (fuzz/) check the same
//! invariants; inputs they found bugs with live in fuzz/regressions/<target>/ and are replayed
//! here.

mod common;

use proptest::prelude::*;
use stance::corpus::{read_all, read_text, InputFormat, ReadOptions};
use stance::features::{IndexMode, Input};
use stance::pipeline::{Classifier, TrainConfig};
use stance::quotes::{extract_quotes, QuoteConfig};
use stance::text::{Language, Tokenizer, TokenizerConfig};
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

// ---- checks shared by the properties and the fuzz regressions ----

fn check_tokens(text: &str, config: TokenizerConfig) {
    let tokens = Tokenizer::new(config).tokenize(text);
    let mut last_end = 0;
    for t in &tokens {
        let (s, e) = (t.span.start, t.span.end);
        assert!(
            s <= e && e <= text.len(),
            "span {s}..{e} out of bounds in {text:?}"
        );
        assert!(
            text.is_char_boundary(s) && text.is_char_boundary(e),
            "span {s}..{e} splits a char in {text:?}"
        );
        assert!(
            s >= last_end,
            "tokens overlap or are out of order in {text:?}"
        );
        assert!(!text[s..e].is_empty(), "empty token in {text:?}");
        assert!(
            !t.lower.is_empty() && !t.form.is_empty(),
            "empty form in {text:?}"
        );
        last_end = e;
    }
}

fn check_quotes(text: &str) {
    let found = match extract_quotes(text, &QuoteConfig::default()) {
        Ok(f) => f,
        Err(_) => return,
    };
    let mut last = (0, 0);
    for q in &found.quotes {
        assert!(
            q.start <= q.end && q.end <= text.len(),
            "quote {}..{} out of bounds in {text:?}",
            q.start,
            q.end
        );
        assert!(
            text.is_char_boundary(q.start) && text.is_char_boundary(q.end),
            "quote {}..{} splits a char in {text:?}",
            q.start,
            q.end
        );
        assert!(
            (q.start, q.end) >= last,
            "quotes out of text order in {text:?}"
        );
        last = (q.start, q.end);
        if let Some(p) = q.party {
            assert!(
                p < found.parties.len(),
                "party {p} of {} in {text:?}",
                found.parties.len()
            );
        }
    }
    for p in &found.parties {
        assert!(
            !p.name.trim().is_empty(),
            "party with an empty name in {text:?}"
        );
    }
}

fn scratch_dir() -> &'static tempfile::TempDir {
    static DIR: OnceLock<tempfile::TempDir> = OnceLock::new();
    DIR.get_or_init(|| tempfile::tempdir().unwrap())
}

/// Record readers on `bytes` (first byte = option flags, as in fuzz/record_loader).
fn check_records(data: &[u8]) {
    let Some((&flags, bytes)) = data.split_first() else {
        return;
    };
    let file = tempfile::NamedTempFile::new_in(scratch_dir().path()).unwrap();
    std::fs::write(file.path(), bytes).unwrap();
    let name = file.path().to_string_lossy().into_owned();
    for format in [InputFormat::Jsonl, InputFormat::Csv, InputFormat::Tsv] {
        let options = ReadOptions {
            format: Some(format),
            lossy: flags & 1 != 0,
            require_label: flags & 2 != 0,
            max_record_bytes: if flags & 4 != 0 { 64 } else { 1 << 20 },
            ..ReadOptions::default()
        };
        match read_all(std::slice::from_ref(&name), &options) {
            Ok(records) => {
                assert!(!records.is_empty());
                for r in &records {
                    assert!(
                        !r.text.trim().is_empty(),
                        "empty text accepted ({format:?})"
                    );
                    assert!(r.line >= 1);
                    if options.require_label {
                        assert!(r.label.is_some(), "missing label accepted ({format:?})");
                    }
                }
            }
            Err(e) => {
                let msg = e.to_string();
                assert!(
                    msg.starts_with(&name),
                    "error does not name the file: {msg}"
                );
            }
        }
    }
    match read_text(&name, flags & 1 != 0, 1 << 16) {
        Ok(text) => assert!(!text.trim().is_empty()),
        Err(e) => assert!(e.to_string().starts_with(&name), "{e}"),
    }
}

fn check_model_bytes(bytes: &[u8]) {
    let Ok(model) = Classifier::from_bytes(bytes, "fuzz") else {
        return;
    };
    for text in [
        "We welcome the withdrawal.",
        "",
        "not a betrayal, but risky",
    ] {
        check_prediction(&model, Input::text(text));
    }
}

fn check_prediction(model: &Classifier, input: Input<'_>) {
    let p = model.predict(input);
    assert_eq!(p.probabilities.len(), model.labels.len());
    assert!(
        p.label < model.labels.len(),
        "label index {} of {}",
        p.label,
        model.labels.len()
    );
    assert!(
        p.probabilities
            .iter()
            .all(|x| x.is_finite() && (0.0..=1.0).contains(x)),
        "probabilities {:?} for {:?}",
        p.probabilities,
        input.text
    );
    let sum: f32 = p.probabilities.iter().sum();
    assert!(
        (sum - 1.0).abs() < 1e-4,
        "probabilities sum to {sum} for {:?}",
        input.text
    );
    let max = p.probabilities.iter().cloned().fold(f32::MIN, f32::max);
    assert_eq!(p.probabilities[p.label], max, "label is not the argmax");
}

// ---- a tiny model, trained once ----

const ROWS: &[(&str, &str)] = &[
    (
        "supportive",
        "We welcome the withdrawal and thank everyone who made it possible.",
    ),
    (
        "supportive",
        "This agreement is a victory for peace in the whole region.",
    ),
    (
        "supportive",
        "Our soldiers can finally come home to their families this winter.",
    ),
    (
        "skeptical",
        "It remains unclear whether the local forces can hold the valley.",
    ),
    (
        "skeptical",
        "We will wait and see if the promises survive the first attack.",
    ),
    (
        "skeptical",
        "Nobody has explained who pays for the border posts next year.",
    ),
    (
        "hostile",
        "This retreat is a betrayal of every ally who trusted them.",
    ),
    (
        "hostile",
        "They are abandoning our villages to the militias, shame on them.",
    ),
    (
        "hostile",
        "A cowardly decision that hands the province to the enemy.",
    ),
];

fn model() -> &'static Classifier {
    static MODEL: OnceLock<Classifier> = OnceLock::new();
    MODEL.get_or_init(|| {
        let mut jsonl = String::new();
        for (i, (label, text)) in ROWS.iter().enumerate() {
            let v = serde_json::json!({"id": i.to_string(), "text": text, "label": label,
                "context": "\u{2026}, the minister said", "verb": "say"});
            jsonl.push_str(&v.to_string());
            jsonl.push('\n');
        }
        let file = scratch_dir().path().join("tiny.jsonl");
        std::fs::write(&file, jsonl).unwrap();
        let options = ReadOptions {
            require_label: true,
            ..ReadOptions::default()
        };
        let records = read_all(&[file.to_string_lossy().into_owned()], &options).unwrap();
        let mut config = TrainConfig::default();
        config.features.char_ngrams = Some((2, 4));
        config.features.index = IndexMode::Vocabulary {
            min_df: 1,
            max_features: None,
        };
        Classifier::train(&records, &config, &mut |_, _| {}).unwrap()
    })
}

fn hashing_model() -> &'static Classifier {
    static MODEL: OnceLock<Classifier> = OnceLock::new();
    MODEL.get_or_init(|| {
        let mut config = TrainConfig::default();
        config.features.index = IndexMode::Hashing { bits: 10 };
        let records: Vec<_> = model_records();
        Classifier::train(&records, &config, &mut |_, _| {}).unwrap()
    })
}

fn model_records() -> Vec<stance::corpus::Record> {
    let mut jsonl = String::new();
    for (label, text) in ROWS {
        jsonl.push_str(&serde_json::json!({"text": text, "label": label}).to_string());
        jsonl.push('\n');
    }
    let file = tempfile::NamedTempFile::new_in(scratch_dir().path()).unwrap();
    std::fs::write(file.path(), jsonl).unwrap();
    read_all(
        &[file.path().to_string_lossy().into_owned()],
        &ReadOptions::default(),
    )
    .unwrap()
}

// ---- strategies ----

/// Pieces that exercise quotes, attribution, scopes and multi-byte chars.
const PIECES: &[&str] = &[
    // HTML character references from scraped pages, decoded before extraction (offsets are
    // mapped back), and broken ones that are not.
    "&quot;",
    "&#8220;",
    "&#8221;",
    "&rsquo;",
    "&amp;",
    "&nbsp;",
    "&#x201C;",
    "&#;",
    "&",
    "\"",
    "\u{201c}",
    "\u{201d}",
    "\u{2018}",
    "\u{2019}",
    "'",
    "\u{ab}",
    "\u{bb}",
    "\u{201e}",
    " ",
    " ",
    " ",
    "\n",
    "\n\n",
    "\r",
    "\r\n",
    "\t",
    ",",
    ".",
    ":",
    ";",
    "?",
    "!",
    "\u{2014}",
    "-",
    "\u{2026}",
    "(",
    ")",
    "said",
    "says",
    "told",
    "warned",
    "according to",
    "Lena Okafor",
    "Minister",
    "the Pentagon",
    "France",
    "he",
    "she",
    "they",
    "We",
    "welcome",
    "not",
    "n't",
    "but",
    "however",
    "never",
    "betrayal",
    "Q:",
    "SMITH:",
    // Tags that open with a multi-byte letter, hearings' dotted turns, blockquote markers.
    "\u{c9}LODIE:",
    "Q. ",
    "A. ",
    "> ",
    "NEWSREADER:",
    ", who",
    "AFP",
    "Reuters",
    "\u{e9}",
    "\u{1f642}",
    "\u{0301}",
    "\u{200d}",
    "\u{feff}",
    "\u{a0}",
    "\u{2028}",
    "Ünïcödé",
    "Москва",
    "مرحبا",
    "日本",
    "0",
    "123",
    "isn't",
    "don\u{2019}t",
];

fn pieces(max: usize) -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(PIECES), 0..max).prop_map(|v| v.concat())
}

fn texts() -> impl Strategy<Value = String> {
    prop_oneof![
        any::<String>(),
        pieces(80),
        "[ -~\n\u{201c}\u{201d}]{0,200}"
    ]
}

/// Whole lines of the shapes the layout pass gives roles to (reaction-box labels, transcript
/// tags, Q/A turns, newsletter lead-ins, datelines, live-blog stamps, captions, bylines,
/// dash dialogue) beside quote lines and bare marks: documents built from them reach the
/// code that rewrites line bounds, which arbitrary strings seldom do. (Two panics were found
/// this way: a label right over another label, a lead-in leaving a line of spaces.)
const LINES: &[&str] = &[
    "Dario Fenn, Velmira's Interior Minister:",
    "Sefa Brannock, spokesman for the Tarvos Liberation Front:",
    "Tomas Rehn, opposition defence spokesman: I would like to believe her.",
    "WHAT THEY SAID",
    "HOST: Good evening.",
    "AMINA DIALLO: Thank you.",
    "Q: Does China plan to stay?",
    "A: No.",
    "Gao: The so-called vacuum theory is wrong.",
    "Q. Did you sign it?",
    "A. I did.",
    "NEWSREADER: TOM ASHWORTH / RUNNING TIME 4'10\"",
    "THE WHITE HOUSE LINE: A senior official said the move was late.",
    "BUT NOT EVERY DEMOCRAT:",
    "... BUT NOT EVERY DEMOCRAT: fine",
    "ULVEN CITY, March 3 (Wire) — Ulvenia's government welcomed the move.",
    "Taipei, May 14 (CNA) Kestria will leave.",
    "08:02 BST — Good morning.",
    "08:40 — Minister rules out talk of retreat \"now\"",
    "[00:12:31] Maria Okafor: We leave.",
    "> “We are leaving.”",
    "Photo: Reuters/John Smith",
    "In this photo, soldiers leave.",
    "By Jane Doe",
    "Script as broadcast. Presenter: Dara Menk. Field reporting: Yusuf Aramb.",
    "ON-SCREEN CAPTION: HESNA VARO, TEACHER",
    "“We welcome this,” said Defence Minister Lena Okafor.",
    "\"We may face the best opportunity,\" U.S. Secretary of State John Kerry said.",
    "“We welcome this,” Lena Okafor said, “but it is late.",
    "“And this is a new paragraph of the same quote.”",
    "France said: “Anything that helps should be encouraged.”",
    "The Opposition's defence spokesman, Graham Pettit, said it was reckless.",
    "the leader of the Unified Peasant Federation of the North (FECUNOR), Teodoro Ccama Huanca, said no.",
    "A spokesman for the group, who gave his name only as Abu Hamza, told AFP it was a trick.",
    "He said the government had declared \"full control\".",
    "– Are you leaving?",
    "– We are, said the colonel.",
    "Junta: 'Partners of our own choosing'",
    "1. The senator",
    "Governor says move premature",
    "\"",
    "“",
    "”",
    "«",
    "»",
    ":",
    ",",
    "(",
    ")",
];

fn line_documents() -> impl Strategy<Value = String> {
    let line = (
        prop::sample::select(LINES),
        prop::sample::select(&["\n", "\n\n", " ", ""][..]),
    );
    prop::collection::vec(line, 1..14)
        .prop_map(|v| v.into_iter().flat_map(|(l, s)| [l, s]).collect())
}

fn languages() -> impl Strategy<Value = Language> {
    prop::sample::select(vec![
        Language::English,
        Language::None,
        Language::German,
        Language::French,
        Language::Russian,
        Language::Arabic,
        Language::Turkish,
        Language::Greek,
    ])
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, .. ProptestConfig::default() })]

    #[test]
    fn token_spans_are_in_bounds_and_on_char_boundaries(
        text in texts(),
        language in languages(),
        negation: bool,
        contrast: bool,
    ) {
        check_tokens(&text, TokenizerConfig { language, negation, contrast });
    }

    #[test]
    fn quote_spans_are_in_bounds_and_on_char_boundaries(text in texts()) {
        check_quotes(&text);
    }

    #[test]
    fn documents_of_shaped_lines_never_panic(text in line_documents()) {
        check_quotes(&text);
    }

    #[test]
    fn quote_spans_survive_line_ending_variants(text in pieces(60)) {
        check_quotes(&text.replace('\n', "\r\n"));
        check_quotes(&text.replace('\n', "\r"));
    }

    #[test]
    fn probabilities_sum_to_one_over_the_models_labels(
        text in texts(),
        context in proptest::option::of(texts()),
        verb in proptest::option::of("[a-z ]{0,12}"),
    ) {
        let input = Input { text: &text, context: context.as_deref(), verb: verb.as_deref() };
        check_prediction(model(), input);
        check_prediction(hashing_model(), input);
        let p = model().predict(input);
        let label = &model().labels[p.label];
        prop_assert!(["hostile", "skeptical", "supportive"].contains(&label.as_str()));
    }

    #[test]
    fn predict_many_matches_predict_in_order(batch in prop::collection::vec(texts(), 0..40)) {
        let inputs: Vec<Input<'_>> = batch.iter().map(|t| Input::text(t)).collect();
        let many = model().predict_many(&inputs);
        prop_assert_eq!(many.len(), inputs.len());
        for (i, p) in inputs.iter().zip(&many) {
            prop_assert_eq!(&model().predict(*i), p);
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, .. ProptestConfig::default() })]

    #[test]
    fn record_readers_never_panic_and_name_the_file(
        flags: u8,
        body in prop_oneof![
            prop::collection::vec(any::<u8>(), 0..300),
            pieces(60).prop_map(String::into_bytes),
            "(\\{\"text\": ?\"[a-z ,\"]{0,10}\"(, ?\"label\": ?\"[a-z]{0,4}\")?\\}\r?\n){0,4}".prop_map(String::into_bytes),
            "(text|label|id)(,(text|label|id|x)){0,3}\r?\n([a-z\" ,]{0,12}\r?\n){0,4}".prop_map(String::into_bytes),
        ],
    ) {
        let mut data = vec![flags];
        data.extend(body);
        check_records(&data);
    }

    #[test]
    fn model_loader_never_panics_on_mutated_models(
        edits in prop::collection::vec((any::<prop::sample::Index>(), any::<u8>()), 1..8),
        cut in proptest::option::of(any::<prop::sample::Index>()),
    ) {
        static BYTES: OnceLock<Vec<u8>> = OnceLock::new();
        let bytes = BYTES.get_or_init(|| model().to_bytes().unwrap());
        let mut b = bytes.clone();
        for (at, byte) in edits {
            let i = at.index(b.len());
            b[i] = byte;
        }
        if let Some(c) = cut {
            let n = c.index(b.len());
            b.truncate(n);
        }
        check_model_bytes(&b);
    }

    #[test]
    fn model_loader_never_panics_on_arbitrary_bytes(b in prop::collection::vec(any::<u8>(), 0..200)) {
        check_model_bytes(&b);
    }
}

#[test]
fn model_round_trips_through_bytes() {
    for m in [model(), hashing_model()] {
        let bytes = m.to_bytes().unwrap();
        let back = Classifier::from_bytes(&bytes, "round-trip").unwrap();
        assert_eq!(
            back.to_bytes().unwrap(),
            bytes,
            "save → load → save changed the bytes"
        );
        for (_, text) in ROWS {
            assert_eq!(
                back.predict(Input::text(text)),
                m.predict(Input::text(text))
            );
        }
    }
}

/// Structural edits of a valid model: each must load with an error or work, never panic.
#[test]
fn hand_edited_models_are_refused_or_work() {
    let good = common::model_numbers_unpacked(
        serde_json::from_slice(&model().to_bytes().unwrap()).unwrap(),
    );
    type Edit = (&'static str, Box<dyn Fn(&mut serde_json::Value)>);
    let edits: Vec<Edit> = vec![
        (
            "drop idf",
            Box::new(|v| {
                v["vectorizer"]["idf"].as_array_mut().unwrap().pop();
            }),
        ),
        (
            "drop weight",
            Box::new(|v| {
                v["model"]["weights"].as_array_mut().unwrap().pop();
            }),
        ),
        (
            "drop intercept",
            Box::new(|v| {
                v["model"]["intercept"].as_array_mut().unwrap().pop();
            }),
        ),
        (
            "drop label",
            Box::new(|v| {
                v["labels"].as_array_mut().unwrap().pop();
            }),
        ),
        (
            "drop vocabulary",
            Box::new(|v| {
                v["vectorizer"]["vocabulary"].as_array_mut().unwrap().pop();
            }),
        ),
        (
            "n_features 2^63",
            Box::new(|v| v["model"]["n_features"] = (1u64 << 63).into()),
        ),
        (
            "n_classes 2^63",
            Box::new(|v| v["model"]["n_classes"] = (1u64 << 63).into()),
        ),
        (
            "n_classes 0",
            Box::new(|v| v["model"]["n_classes"] = 0.into()),
        ),
        (
            "labels empty",
            Box::new(|v| v["labels"] = serde_json::json!([])),
        ),
        (
            "word ngrams 0-0",
            Box::new(|v| v["vectorizer"]["features"]["word_ngrams"] = serde_json::json!([0, 0])),
        ),
        (
            "word ngrams 1-1000",
            Box::new(|v| v["vectorizer"]["features"]["word_ngrams"] = serde_json::json!([1, 1000])),
        ),
        (
            "char ngrams 0-3",
            Box::new(|v| v["vectorizer"]["features"]["char_ngrams"] = serde_json::json!([0, 3])),
        ),
        (
            "hash bits 64",
            Box::new(|v| {
                v["vectorizer"]["features"]["index"] =
                    serde_json::json!({"type": "hashing", "bits": 64})
            }),
        ),
        (
            "weight 1e39",
            Box::new(|v| v["model"]["weights"][0] = serde_json::json!(1e39)),
        ),
        (
            "idf negative",
            Box::new(|v| v["vectorizer"]["idf"][0] = serde_json::json!(-1e30)),
        ),
        (
            "format_version 999",
            Box::new(|v| v["format_version"] = 999.into()),
        ),
        (
            "format_version -1",
            Box::new(|v| v["format_version"] = (-1).into()),
        ),
        (
            "duplicate label",
            Box::new(|v| {
                let l = v["labels"][0].clone();
                v["labels"][1] = l;
            }),
        ),
        (
            "duplicate vocabulary",
            Box::new(|v| {
                let w = v["vectorizer"]["vocabulary"][0].clone();
                v["vectorizer"]["vocabulary"][1] = w;
            }),
        ),
    ];
    let mut refused = Vec::new();
    for (name, edit) in &edits {
        let mut v = good.clone();
        edit(&mut v);
        let bytes = serde_json::to_vec(&v).unwrap();
        let result = std::panic::catch_unwind(|| check_model_bytes(&bytes));
        assert!(result.is_ok(), "{name}: loading or predicting panicked");
        if Classifier::from_bytes(&bytes, "edited.json").is_err() {
            refused.push(*name);
        }
    }
    for must in [
        "drop idf",
        "drop weight",
        "drop intercept",
        "drop label",
        "drop vocabulary",
        "n_features 2^63",
        "n_classes 2^63",
        "labels empty",
        "word ngrams 0-0",
        "hash bits 64",
        "format_version 999",
        "duplicate label",
    ] {
        assert!(
            refused.contains(&must),
            "{must}: an inconsistent model was accepted"
        );
    }
}

/// A version 1 model file (weights and IDF values as decimal arrays) still loads, and
/// predicts with the same bits as the packed version 2 file it was spelled out from; the
/// packed file holds exactly the numbers of the model.
#[test]
fn version_one_model_files_still_load_and_agree() {
    let packed = model().to_bytes().unwrap();
    let mut v = common::model_numbers_unpacked(serde_json::from_slice(&packed).unwrap());
    assert_eq!(v["format_version"], 2);
    v["format_version"] = 1.into();
    let old = Classifier::from_bytes(&serde_json::to_vec(&v).unwrap(), "v1.json")
        .expect("a version 1 model loads");
    let new = Classifier::from_bytes(&packed, "v2.json").unwrap();
    assert_eq!(
        old.to_bytes().unwrap(),
        packed,
        "re-saved, it is the packed file"
    );
    for text in [
        "We welcome the withdrawal.",
        "This is a betrayal",
        "too early to say",
    ] {
        let bits = |c: &Classifier| {
            let p = c.predict(Input::text(text));
            p.probabilities
                .iter()
                .map(|x| x.to_bits())
                .collect::<Vec<_>>()
        };
        assert_eq!(bits(&old), bits(&new), "{text}");
    }
}

/// Found by `hand_edited_models_are_refused_or_work`: every idf = 3e38 (finite f32) loads, and
/// the L2 norm of a row overflows to inf, so every probability is NaN.
#[test]
fn model_with_huge_idf_is_refused_or_predicts_finite() {
    let mut v = common::model_numbers_unpacked(
        serde_json::from_slice(&model().to_bytes().unwrap()).unwrap(),
    );
    for x in v["vectorizer"]["idf"].as_array_mut().unwrap() {
        *x = serde_json::json!(3e38);
    }
    check_model_bytes(&serde_json::to_vec(&v).unwrap());
}

/// Found by `record_readers_never_panic_and_name_the_file`: a CSV header cell with a quoted
/// newline is echoed raw in the "header has no column" error, so the message spans two lines.
#[test]
fn csv_header_error_is_one_line() {
    let file = tempfile::NamedTempFile::new_in(scratch_dir().path()).unwrap();
    std::fs::write(file.path(), b"\"a\nb\",label\nx,y\n").unwrap();
    let options = ReadOptions {
        format: Some(InputFormat::Csv),
        ..ReadOptions::default()
    };
    let e = read_all(&[file.path().to_string_lossy().into_owned()], &options).unwrap_err();
    let msg = e.to_string();
    assert!(msg.contains("header has no"), "{msg}");
    assert!(
        !msg.contains('\n') && !msg.contains('\r'),
        "multi-line error: {msg:?}"
    );
}

/// Every error the readers can give is one line, even for adversarial CSV cells and JSON.
#[test]
fn record_errors_are_one_line() {
    let cases: &[&[u8]] = &[
        b"{\"text\": \"a\nb\"\n",
        b"{\"text\": 5, \"label\": [1,\n2]}\n",
        b"text,label\n\"a\nb\",x,extra\n",
        b"text,label\n\"unterminated\n",
    ];
    for (i, body) in cases.iter().enumerate() {
        let file = tempfile::NamedTempFile::new_in(scratch_dir().path()).unwrap();
        std::fs::write(file.path(), body).unwrap();
        for format in [InputFormat::Jsonl, InputFormat::Csv] {
            let options = ReadOptions {
                format: Some(format),
                require_label: true,
                ..ReadOptions::default()
            };
            if let Err(e) = read_all(&[file.path().to_string_lossy().into_owned()], &options) {
                let msg = e.to_string();
                assert!(
                    !msg.contains('\n'),
                    "case {i} {format:?}: multi-line error: {msg:?}"
                );
            }
        }
    }
}

// ---- fuzz regressions ----

fn regressions(target: &str) -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("fuzz/regressions")
        .join(target);
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .map(|d| {
            d.flatten()
                .map(|e| e.path())
                .filter(|p| p.is_file())
                .collect()
        })
        .unwrap_or_default();
    files.sort();
    files
}

fn replay(target: &str, check: impl Fn(&[u8]) + std::panic::RefUnwindSafe) {
    let mut failed = Vec::new();
    for f in regressions(target) {
        let bytes = std::fs::read(&f).unwrap();
        if std::panic::catch_unwind(|| check(&bytes)).is_err() {
            failed.push(f.display().to_string());
        }
    }
    assert!(failed.is_empty(), "fuzz regressions fail: {failed:?}");
}

fn tokenizer_input(data: &[u8]) {
    const LANGUAGES: &[Language] = &[
        Language::English,
        Language::None,
        Language::German,
        Language::Russian,
        Language::Arabic,
        Language::Turkish,
    ];
    let Some((&flags, rest)) = data.split_first() else {
        return;
    };
    let Ok(text) = std::str::from_utf8(rest) else {
        return;
    };
    check_tokens(
        text,
        TokenizerConfig {
            language: LANGUAGES[(flags as usize >> 2) % LANGUAGES.len()],
            negation: flags & 1 != 0,
            contrast: flags & 2 != 0,
        },
    );
}

#[test]
fn fuzz_regressions_tokenizer() {
    replay("tokenizer", tokenizer_input);
}

#[test]
fn fuzz_regressions_quote_extraction() {
    replay("quote_extraction", |b| {
        if let Ok(text) = std::str::from_utf8(b) {
            check_quotes(text)
        }
    });
}

#[test]
fn fuzz_regressions_record_loader() {
    replay("record_loader", check_records);
}

#[test]
fn fuzz_regressions_model_loader() {
    replay("model_loader", check_model_bytes);
}
