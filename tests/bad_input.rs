//! Bad input, verb by verb (issue #6, issue #2 "Bad input"): every verb × every kind of bad
//! file, run through the real binary. A failure is exit 1 with exactly one stderr line
//! `stance: …` naming the file (and line), no panic, no message said twice, and no file left
//! behind; usage errors exit 2. `stance data check` reports problems in its report on stdout
//! (exit 1) rather than stopping at the first one.
//!
//! The matrix is a table of rows `name: Verb, Case;` at the bottom; `plan` builds each
//! row's input and `expect` says what must happen.

#[macro_use]
mod common;

use common::*;
use std::process::Output;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Verb {
    Train,
    Predict,
    Evaluate,
    Quotes,
    Classify,
    DataCheck,
}

impl Verb {
    fn reads_articles(self) -> bool {
        matches!(self, Verb::Quotes | Verb::Classify)
    }
    fn needs_model(self) -> bool {
        matches!(self, Verb::Predict | Verb::Evaluate | Verb::Classify)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Case {
    Empty,
    Whitespace,
    Binary,
    InvalidUtf8,
    InvalidUtf8Lossy,
    Bom,
    Crlf,
    CrOnly,
    HugeLine,
    Missing,
    Directory,
    Unreadable,
    MalformedJson,
    MissingText,
    EmptyText,
    SingleLabel,
    UnknownLabel,
    CsvWrongHeader,
    ModelEmpty,
    ModelTruncated,
    ModelDropIdf,
    ModelDropWeight,
    ModelDropLabel,
    ModelNewerVersion,
    ModelNotAModel,
    ModelHugeShape,
    ModelMissing,
    ModelDirectory,
    OutMissingDir,
    OutIsDirectory,
}

impl Case {
    /// Base name of the input file this case writes.
    fn slug(self) -> String {
        let s = format!("{self:?}");
        let mut out = String::new();
        for (i, c) in s.chars().enumerate() {
            if c.is_uppercase() && i > 0 {
                out.push('_');
            }
            out.push(c.to_ascii_lowercase());
        }
        out
    }
}

/// What a row must do.
#[derive(Debug)]
enum Expect {
    /// Exit 0 and the verb's normal output.
    Ok,
    /// Exit 1, one stderr line containing every needle, no new files.
    Fail(Vec<String>),
    /// `data check`: exit 1 and a report line (stdout) or the error line containing every needle.
    Problem(Vec<String>),
}

const HUGE: usize = 50 << 20;

/// Valid training lines with line `n` (1-based) replaced.
fn lines_with(n: usize, line: &str) -> String {
    let mut lines = training_lines();
    lines[n - 1] = line.to_string();
    lines.iter().map(|l| format!("{l}\n")).collect()
}

fn invalid_utf8_records() -> Vec<u8> {
    let mut bytes = Vec::new();
    for (i, l) in training_lines().iter().enumerate() {
        if i == 3 {
            bytes.extend(l.replace("handover", "hand\u{1}over").as_bytes());
            let at = bytes.iter().rposition(|&b| b == 1).unwrap();
            bytes[at] = 0xFF;
        } else {
            bytes.extend(l.as_bytes());
        }
        bytes.push(b'\n');
    }
    bytes
}

fn invalid_utf8_article() -> Vec<u8> {
    let mut bytes = ARTICLE.replace("Troops", "Tro\u{1}ops").into_bytes();
    let at = bytes.iter().position(|&b| b == 1).unwrap();
    bytes[at] = 0xFF;
    bytes
}

/// Writes the row's files and returns the command line and the expectation.
fn plan(t: &TestDir, verb: Verb, case: Case) -> (Vec<String>, Expect) {
    let ext = if verb.reads_articles() {
        "txt"
    } else if case == Case::CsvWrongHeader {
        "csv"
    } else {
        "jsonl"
    };
    let mut input = format!("{}.{ext}", case.slug());
    let articles = verb.reads_articles();
    let good: Vec<u8> = if articles {
        ARTICLE.as_bytes().to_vec()
    } else {
        training_jsonl("\n").into_bytes()
    };
    let mut model = "model.json".to_string();
    if verb.needs_model() {
        t.train_model("model.json");
    }
    let model_json = || -> serde_json::Value {
        serde_json::from_slice(&t.read("model.json")).expect("model is JSON")
    };
    let write_model = |name: &str, v: &serde_json::Value| {
        t.write(name, serde_json::to_vec(v).unwrap());
    };
    let mut out_path = "out.json".to_string();
    let mut report_path: Option<String> = None;
    let mut lossy = false;

    match case {
        Case::Empty => {
            t.write(&input, b"");
        }
        Case::Whitespace => {
            t.write(&input, b" \n\t\r\n  \n");
        }
        Case::Binary => {
            t.write(&input, b"\x00\x01\x02stance\x00\n");
        }
        Case::InvalidUtf8 | Case::InvalidUtf8Lossy => {
            let bytes = if articles {
                invalid_utf8_article()
            } else {
                invalid_utf8_records()
            };
            t.write(&input, bytes);
            lossy = case == Case::InvalidUtf8Lossy;
        }
        Case::Bom => {
            let mut b = b"\xEF\xBB\xBF".to_vec();
            b.extend(&good);
            t.write(&input, b);
        }
        Case::Crlf => {
            t.write(
                &input,
                String::from_utf8(good).unwrap().replace('\n', "\r\n"),
            );
        }
        Case::CrOnly => {
            t.write(&input, String::from_utf8(good).unwrap().replace('\n', "\r"));
        }
        Case::HugeLine => {
            let mut b = Vec::with_capacity(HUGE + 16);
            if articles {
                while b.len() < HUGE {
                    b.extend(b"word ");
                }
            } else {
                b.extend(b"{\"text\":\"");
                b.resize(HUGE, b'a');
                b.extend(b"\",\"label\":\"hostile\"}");
            }
            t.write(&input, b);
        }
        Case::Missing => {}
        Case::Directory => {
            if articles {
                input = "no_articles_here".into();
            }
            t.mkdir(&input);
        }
        Case::Unreadable => {
            use std::os::unix::fs::PermissionsExt;
            let p = t.write(&input, &good);
            std::fs::set_permissions(&p, std::fs::Permissions::from_mode(0o000)).unwrap();
        }
        Case::MalformedJson => {
            t.write(&input, lines_with(3, "{\"text\": oops}"));
        }
        Case::MissingText => {
            t.write(&input, lines_with(2, r#"{"id":"x","label":"supportive"}"#));
        }
        Case::EmptyText => {
            t.write(
                &input,
                lines_with(2, r#"{"id":"x","text":"   ","label":"supportive"}"#),
            );
        }
        Case::SingleLabel => {
            t.write(
                &input,
                training_jsonl("\n")
                    .replace("\"hostile\"", "\"supportive\"")
                    .replace("\"skeptical\"", "\"supportive\""),
            );
        }
        Case::UnknownLabel => {
            let l = training_lines()[4].replace("\"skeptical\"", "\"neutral\"");
            t.write(&input, lines_with(5, &l));
        }
        Case::CsvWrongHeader => {
            t.write(
                &input,
                "body,label\nWe welcome the withdrawal today,supportive\nA betrayal of allies,hostile\n",
            );
        }
        Case::ModelEmpty
        | Case::ModelTruncated
        | Case::ModelDropIdf
        | Case::ModelDropWeight
        | Case::ModelDropLabel
        | Case::ModelNewerVersion
        | Case::ModelNotAModel
        | Case::ModelHugeShape
        | Case::ModelMissing
        | Case::ModelDirectory => {
            input = if articles {
                "article.txt"
            } else {
                "train.jsonl"
            }
            .into();
            t.write(&input, &good);
            model = format!("{}.json", case.slug());
            match case {
                Case::ModelEmpty => {
                    t.write(&model, b"");
                }
                Case::ModelTruncated => {
                    let b = t.read("model.json");
                    t.write(&model, &b[..b.len() / 2]);
                }
                Case::ModelDropIdf => {
                    let mut v = model_numbers_unpacked(model_json());
                    v["vectorizer"]["idf"].as_array_mut().unwrap().pop();
                    write_model(&model, &v);
                }
                Case::ModelDropWeight => {
                    let mut v = model_numbers_unpacked(model_json());
                    v["model"]["weights"].as_array_mut().unwrap().pop();
                    write_model(&model, &v);
                }
                Case::ModelDropLabel => {
                    let mut v = model_json();
                    v["labels"].as_array_mut().unwrap().pop();
                    write_model(&model, &v);
                }
                Case::ModelNewerVersion => {
                    let mut v = model_json();
                    v["format_version"] = 999.into();
                    write_model(&model, &v);
                }
                Case::ModelNotAModel => {
                    t.write(&model, br#"{"hello": "world", "weights": [1, 2, 3]}"#);
                }
                Case::ModelHugeShape => {
                    // n_features × n_classes overflows usize.
                    let mut v = model_json();
                    v["model"]["n_features"] = (1u64 << 63).into();
                    write_model(&model, &v);
                }
                Case::ModelMissing => {}
                Case::ModelDirectory => {
                    t.mkdir(&model);
                }
                _ => unreachable!(),
            }
        }
        Case::OutMissingDir | Case::OutIsDirectory => {
            input = "train.jsonl".into();
            t.write(&input, &good);
            let target = if case == Case::OutMissingDir {
                "/nonexistent-stance-dir/out.json".to_string()
            } else {
                t.mkdir("out_dir");
                "out_dir".to_string()
            };
            match verb {
                Verb::Train => out_path = target,
                Verb::Evaluate => report_path = Some(target),
                _ => panic!("{case:?} only applies to train and evaluate"),
            }
        }
    }

    let mut args: Vec<String> = match verb {
        Verb::Train => vec!["train", "--data", &input, "--out", &out_path]
            .into_iter()
            .map(String::from)
            .chain(TINY.iter().map(|s| s.to_string()))
            .collect(),
        Verb::Predict => vec![
            "predict".into(),
            "--model".into(),
            model.clone(),
            "--data".into(),
            input.clone(),
        ],
        Verb::Evaluate => vec![
            "evaluate".into(),
            "--model".into(),
            model.clone(),
            "--data".into(),
            input.clone(),
        ],
        Verb::Quotes => vec![
            "quotes".into(),
            "--format".into(),
            "json".into(),
            input.clone(),
        ],
        Verb::Classify => vec![
            "classify".into(),
            "--model".into(),
            model.clone(),
            "--format".into(),
            "json".into(),
            input.clone(),
        ],
        Verb::DataCheck => vec!["data".into(), "check".into(), input.clone()],
    };
    if lossy {
        args.push("--lossy".into());
    }
    if let Some(r) = &report_path {
        args.extend(["--output".into(), r.clone()]);
    }

    let f = |extra: &[&str]| -> Vec<String> {
        std::iter::once(input.clone())
            .chain(extra.iter().map(|s| s.to_string()))
            .collect()
    };
    let m = |extra: &[&str]| -> Vec<String> {
        std::iter::once(model.clone())
            .chain(extra.iter().map(|s| s.to_string()))
            .collect()
    };
    let fail_or_problem = |needles: Vec<String>| {
        if verb == Verb::DataCheck {
            Expect::Problem(needles)
        } else {
            Expect::Fail(needles)
        }
    };
    let limit_flag = if articles {
        "--max-article-bytes"
    } else {
        "--max-record-bytes"
    };
    let expect = match case {
        Case::Empty | Case::Whitespace | Case::Binary => fail_or_problem(f(&[])),
        Case::InvalidUtf8 => fail_or_problem(f(&["byte offset"])),
        Case::InvalidUtf8Lossy | Case::Bom | Case::Crlf | Case::CrOnly => Expect::Ok,
        Case::HugeLine => fail_or_problem(f(&["over the limit", limit_flag])),
        Case::Missing | Case::Unreadable => Expect::Fail(f(&[])),
        Case::Directory => fail_or_problem(f(&[])),
        Case::MalformedJson => fail_or_problem(vec![format!("{input}:3:")]),
        Case::MissingText | Case::EmptyText => {
            fail_or_problem(vec![format!("{input}:2:"), "\"text\"".into()])
        }
        Case::SingleLabel => Expect::Fail(f(&[])),
        Case::UnknownLabel => match verb {
            Verb::Predict | Verb::Train => Expect::Ok,
            _ => fail_or_problem(vec![format!("{input}:5:"), "\"neutral\"".into()]),
        },
        Case::CsvWrongHeader => match verb {
            Verb::DataCheck => Expect::Problem(f(&[])),
            _ => Expect::Fail(vec![format!("{input}:1:"), "\"text\"".into()]),
        },
        Case::ModelNewerVersion => Expect::Fail(m(&["999"])),
        Case::ModelEmpty
        | Case::ModelTruncated
        | Case::ModelDropIdf
        | Case::ModelDropWeight
        | Case::ModelDropLabel
        | Case::ModelNotAModel
        | Case::ModelHugeShape
        | Case::ModelMissing
        | Case::ModelDirectory => Expect::Fail(m(&[])),
        Case::OutMissingDir | Case::OutIsDirectory => Expect::Fail(vec![report_path
            .clone()
            .unwrap_or_else(|| out_path.clone())]),
    };
    (args, expect)
}

/// (party, quote text, kind) of every quote in `quotes`/`classify` JSON output.
fn quote_summary(stdout: &str) -> Vec<(String, String, String)> {
    let mut out = Vec::new();
    for line in stdout.lines().filter(|l| !l.trim().is_empty()) {
        let v: serde_json::Value = serde_json::from_str(line).expect("JSON line");
        for p in v["parties"].as_array().unwrap() {
            for q in p["quotes"].as_array().unwrap() {
                out.push((
                    p["party"].as_str().unwrap().to_string(),
                    q["text"].as_str().unwrap().to_string(),
                    q["kind"].as_str().unwrap().to_string(),
                ));
            }
        }
    }
    out
}

fn check_ok(t: &TestDir, verb: Verb, case: Case, out: &Output) {
    assert_success(out);
    let so = stdout(out);
    match verb {
        Verb::Train => {
            let model = t.read("out.json");
            assert!(
                String::from_utf8_lossy(&model).contains("\"stance-model\""),
                "train wrote no model"
            );
            let p = t.stance(["predict", "--model", "out.json", "--data", "train.jsonl"]);
            if t.join("train.jsonl").exists() {
                assert_success(&p);
            }
        }
        Verb::Predict => {
            let ids: Vec<String> = so
                .lines()
                .map(|l| {
                    let v: serde_json::Value = serde_json::from_str(l).unwrap();
                    v["id"].as_str().unwrap().to_string()
                })
                .collect();
            let want: Vec<String> = (1..=12).map(|i| format!("r{i}")).collect();
            assert_eq!(ids, want, "one line per record, in input order");
        }
        Verb::Evaluate => {
            for l in LABELS {
                assert!(so.contains(l), "report lacks {l}: {so}");
            }
        }
        Verb::Quotes | Verb::Classify => {
            // Same quotes, parties and kinds as the plain `\n` article.
            t.write("baseline.txt", ARTICLE);
            let mut args: Vec<&str> = if verb == Verb::Quotes {
                vec!["quotes"]
            } else {
                vec!["classify", "--model", "model.json"]
            };
            args.extend(["--format", "json", "baseline.txt"]);
            let base = t.stance(&args);
            assert_success(&base);
            let want = quote_summary(&stdout(&base));
            assert!(want.len() >= 2, "baseline found too few quotes: {want:?}");
            let got = quote_summary(&so);
            if case == Case::InvalidUtf8Lossy {
                assert_eq!(got.len(), want.len(), "{got:?} vs {want:?}");
            } else {
                assert_eq!(got, want, "{case:?} article differs from the \\n article");
            }
        }
        Verb::DataCheck => {
            assert!(
                so.contains("12 quotes (hostile 4, skeptical 4, supportive 4), 12 scenarios"),
                "data check did not check all 12 records: {so}"
            );
            assert!(so.contains("ok: no problems found"), "{so}");
        }
    }
}

fn check(t: &TestDir, verb: Verb, case: Case) {
    if case == Case::Unreadable && permissions_are_bypassed(t) {
        println!("skipped {verb:?} × {case:?}: running as root, chmod 000 does not block reads");
        return;
    }
    let (args, expect) = plan(t, verb, case);
    let before = t.files();
    let out = t.stance(&args);
    let after = t.files();
    let err = stderr(&out);
    assert!(!err.contains("panicked"), "panic: {err}");
    match expect {
        Expect::Ok => check_ok(t, verb, case, &out),
        Expect::Fail(needles) => {
            let needles: Vec<&str> = needles.iter().map(String::as_str).collect();
            assert_error(&out, 1, &needles);
            assert_eq!(before, after, "a failed run left files behind");
        }
        Expect::Problem(needles) => {
            assert_eq!(
                out.status.code(),
                Some(1),
                "data check must exit 1 on a problem\nstdout: {}\nstderr: {err}",
                stdout(&out)
            );
            if !err.is_empty() {
                assert_error(&out, 1, &[]);
            }
            let text = format!("{}{err}", stdout(&out));
            assert!(
                text.lines()
                    .any(|l| needles.iter().all(|n| l.contains(n.as_str()))),
                "no line names {needles:?}:\n{text}"
            );
            assert_eq!(before, after, "data check left files behind");
        }
    }
    // Restore permissions so the temp dir can be removed by a non-root user.
    if case == Case::Unreadable {
        use std::os::unix::fs::PermissionsExt;
        for f in t.files() {
            let _ = std::fs::set_permissions(t.join(&f), std::fs::Permissions::from_mode(0o644));
        }
    }
}

macro_rules! matrix {
    ($( $(#[$meta:meta])* $name:ident: $verb:ident, $case:ident; )*) => {
        $( stance_test!($(#[$meta])* $name, |t| { check(&t, Verb::$verb, Case::$case) }); )*
    };
}

matrix! {
    // Empty file
    train_empty: Train, Empty;
    predict_empty: Predict, Empty;
    evaluate_empty: Evaluate, Empty;
    quotes_empty: Quotes, Empty;
    classify_empty: Classify, Empty;
    data_check_empty: DataCheck, Empty;
    // Whitespace only
    train_whitespace: Train, Whitespace;
    predict_whitespace: Predict, Whitespace;
    evaluate_whitespace: Evaluate, Whitespace;
    quotes_whitespace: Quotes, Whitespace;
    classify_whitespace: Classify, Whitespace;
    data_check_whitespace: DataCheck, Whitespace;
    // Binary with NUL bytes
    train_binary: Train, Binary;
    predict_binary: Predict, Binary;
    evaluate_binary: Evaluate, Binary;
    quotes_binary: Quotes, Binary;
    classify_binary: Classify, Binary;
    data_check_binary: DataCheck, Binary;
    // Invalid UTF-8: strict by default, --lossy replaces
    train_invalid_utf8: Train, InvalidUtf8;
    predict_invalid_utf8: Predict, InvalidUtf8;
    evaluate_invalid_utf8: Evaluate, InvalidUtf8;
    quotes_invalid_utf8: Quotes, InvalidUtf8;
    classify_invalid_utf8: Classify, InvalidUtf8;
    data_check_invalid_utf8: DataCheck, InvalidUtf8;
    train_invalid_utf8_lossy: Train, InvalidUtf8Lossy;
    predict_invalid_utf8_lossy: Predict, InvalidUtf8Lossy;
    evaluate_invalid_utf8_lossy: Evaluate, InvalidUtf8Lossy;
    quotes_invalid_utf8_lossy: Quotes, InvalidUtf8Lossy;
    classify_invalid_utf8_lossy: Classify, InvalidUtf8Lossy;
    // UTF-8 byte-order mark
    train_bom: Train, Bom;
    predict_bom: Predict, Bom;
    evaluate_bom: Evaluate, Bom;
    quotes_bom: Quotes, Bom;
    classify_bom: Classify, Bom;
    data_check_bom: DataCheck, Bom;
    // CRLF line endings
    train_crlf: Train, Crlf;
    predict_crlf: Predict, Crlf;
    evaluate_crlf: Evaluate, Crlf;
    quotes_crlf: Quotes, Crlf;
    classify_crlf: Classify, Crlf;
    data_check_crlf: DataCheck, Crlf;
    // CR-only line endings
    train_cr_only: Train, CrOnly;
    predict_cr_only: Predict, CrOnly;
    evaluate_cr_only: Evaluate, CrOnly;
    quotes_cr_only: Quotes, CrOnly;
    classify_cr_only: Classify, CrOnly;
    data_check_cr_only: DataCheck, CrOnly;
    // A 50 MB single line
    train_huge_line: Train, HugeLine;
    predict_huge_line: Predict, HugeLine;
    evaluate_huge_line: Evaluate, HugeLine;
    quotes_huge_line: Quotes, HugeLine;
    classify_huge_line: Classify, HugeLine;
    data_check_huge_line: DataCheck, HugeLine;
    // Missing file
    train_missing: Train, Missing;
    predict_missing: Predict, Missing;
    evaluate_missing: Evaluate, Missing;
    quotes_missing: Quotes, Missing;
    classify_missing: Classify, Missing;
    data_check_missing: DataCheck, Missing;
    // A directory where a file is expected (articles: a directory without .txt files)
    train_directory: Train, Directory;
    predict_directory: Predict, Directory;
    evaluate_directory: Evaluate, Directory;
    quotes_directory: Quotes, Directory;
    classify_directory: Classify, Directory;
    data_check_directory: DataCheck, Directory;
    // Unreadable permissions (skipped when running as root)
    train_unreadable: Train, Unreadable;
    predict_unreadable: Predict, Unreadable;
    evaluate_unreadable: Evaluate, Unreadable;
    quotes_unreadable: Quotes, Unreadable;
    classify_unreadable: Classify, Unreadable;
    data_check_unreadable: DataCheck, Unreadable;
    // Malformed JSON at line 3
    train_malformed_json: Train, MalformedJson;
    predict_malformed_json: Predict, MalformedJson;
    evaluate_malformed_json: Evaluate, MalformedJson;
    data_check_malformed_json: DataCheck, MalformedJson;
    // Missing / empty text field at line 2
    train_missing_text: Train, MissingText;
    predict_missing_text: Predict, MissingText;
    evaluate_missing_text: Evaluate, MissingText;
    data_check_missing_text: DataCheck, MissingText;
    train_empty_text: Train, EmptyText;
    predict_empty_text: Predict, EmptyText;
    evaluate_empty_text: Evaluate, EmptyText;
    data_check_empty_text: DataCheck, EmptyText;
    // One label only: nothing to learn
    train_single_label: Train, SingleLabel;
    // Unknown label at line 5
    evaluate_unknown_label: Evaluate, UnknownLabel;
    data_check_unknown_label: DataCheck, UnknownLabel;
    predict_unknown_label: Predict, UnknownLabel;
    // CSV with the wrong header
    train_csv_wrong_header: Train, CsvWrongHeader;
    predict_csv_wrong_header: Predict, CsvWrongHeader;
    evaluate_csv_wrong_header: Evaluate, CsvWrongHeader;
    data_check_csv_wrong_header: DataCheck, CsvWrongHeader;
    // Bad model files
    predict_model_empty: Predict, ModelEmpty;
    evaluate_model_empty: Evaluate, ModelEmpty;
    classify_model_empty: Classify, ModelEmpty;
    predict_model_truncated: Predict, ModelTruncated;
    evaluate_model_truncated: Evaluate, ModelTruncated;
    classify_model_truncated: Classify, ModelTruncated;
    predict_model_drop_idf: Predict, ModelDropIdf;
    evaluate_model_drop_idf: Evaluate, ModelDropIdf;
    classify_model_drop_idf: Classify, ModelDropIdf;
    predict_model_drop_weight: Predict, ModelDropWeight;
    evaluate_model_drop_weight: Evaluate, ModelDropWeight;
    classify_model_drop_weight: Classify, ModelDropWeight;
    predict_model_drop_label: Predict, ModelDropLabel;
    evaluate_model_drop_label: Evaluate, ModelDropLabel;
    classify_model_drop_label: Classify, ModelDropLabel;
    predict_model_newer_version: Predict, ModelNewerVersion;
    evaluate_model_newer_version: Evaluate, ModelNewerVersion;
    classify_model_newer_version: Classify, ModelNewerVersion;
    predict_model_not_a_model: Predict, ModelNotAModel;
    evaluate_model_not_a_model: Evaluate, ModelNotAModel;
    classify_model_not_a_model: Classify, ModelNotAModel;
    predict_model_huge_shape: Predict, ModelHugeShape;
    evaluate_model_huge_shape: Evaluate, ModelHugeShape;
    classify_model_huge_shape: Classify, ModelHugeShape;
    predict_model_missing: Predict, ModelMissing;
    evaluate_model_missing: Evaluate, ModelMissing;
    classify_model_missing: Classify, ModelMissing;
    predict_model_directory: Predict, ModelDirectory;
    evaluate_model_directory: Evaluate, ModelDirectory;
    classify_model_directory: Classify, ModelDirectory;
    // Unwritable output paths
    train_out_missing_dir: Train, OutMissingDir;
    train_out_is_directory: Train, OutIsDirectory;
    evaluate_output_missing_dir: Evaluate, OutMissingDir;
    evaluate_output_is_directory: Evaluate, OutIsDirectory;
}

/// Runs `args` with `input` on stdin; expects exit 1 naming `<stdin>` plus `needles`.
fn stdin_case(t: &TestDir, args: &[&str], input: &[u8], needles: &[&str]) {
    if args.contains(&"model.json") {
        t.train_model("model.json");
    }
    let before = t.files();
    let out = t
        .cmd()
        .args(args)
        .write_stdin(input.to_vec())
        .output()
        .unwrap();
    let mut all = vec!["<stdin>"];
    all.extend(needles);
    assert_error(&out, 1, &all);
    assert_eq!(before, t.files(), "{args:?} left files behind");
}

// Input on stdin is named `<stdin>`.
stance_test!(stdin_predict_empty, |t| {
    stdin_case(
        &t,
        &["predict", "--model", "model.json", "--data", "-"],
        b"",
        &[],
    );
});
stance_test!(stdin_predict_empty_default, |t| {
    stdin_case(&t, &["predict", "--model", "model.json"], b"", &[]);
});
stance_test!(stdin_predict_invalid_utf8, |t| {
    stdin_case(
        &t,
        &["predict", "--model", "model.json"],
        b"{\"text\":\"ok\"}\n{\"text\":\"b\xFFd\"}\n",
        &["byte offset"],
    );
});
stance_test!(stdin_predict_malformed_line_2, |t| {
    stdin_case(
        &t,
        &["predict", "--model", "model.json", "--data", "-"],
        b"{\"text\":\"ok\"}\n{oops\n",
        &["<stdin>:2:"],
    );
});
stance_test!(stdin_train_malformed_line_1, |t| {
    stdin_case(
        &t,
        &["train", "--data", "-", "--out", "m.json", "--quiet"],
        b"{oops\n",
        &["<stdin>:1:"],
    );
});
stance_test!(stdin_quotes_binary, |t| {
    stdin_case(&t, &["quotes", "--format", "json", "-"], b"\x00\x00", &[]);
});
stance_test!(stdin_classify_whitespace, |t| {
    stdin_case(
        &t,
        &["classify", "--model", "model.json", "--format", "json", "-"],
        b"  \n",
        &[],
    );
});

// Usage errors exit 2 and create nothing.
stance_test!(usage_errors_exit_2, |t| {
    t.write("train.jsonl", training_jsonl("\n"));
    let cases: &[&[&str]] = &[
        &["train", "--data", "train.jsonl"],
        &[
            "train",
            "--data",
            "train.jsonl",
            "--out",
            "m.json",
            "--char-ngrams",
            "5-2",
        ],
        &[
            "train",
            "--data",
            "train.jsonl",
            "--out",
            "m.json",
            "--word-ngrams",
            "x",
        ],
        &[
            "train",
            "--data",
            "train.jsonl",
            "--out",
            "m.json",
            "--c",
            "lots",
        ],
        &["predict", "--data"],
        &["predict", "--batch", "-1"],
        &["quotes"],
        &["classify", "--format", "yaml", "a.txt"],
        &["data", "check"],
        &["data", "frobnicate"],
        &["data", "harvest", "a.txt"],
        &["frobnicate"],
        &["--threads", "two", "quotes", "a.txt"],
    ];
    for args in cases {
        let before = t.files();
        let out = t.stance(*args);
        let err = stderr(&out);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {err}");
        assert!(!err.contains("panicked"), "{args:?}: {err}");
        assert!(!err.trim().is_empty(), "{args:?}: no usage message");
        assert_eq!(before, t.files(), "{args:?} left files behind");
    }
});

// Invalid hyperparameters are errors (exit 1, one line), not panics.
stance_test!(bad_hyperparameters_fail_cleanly, |t| {
    t.write("train.jsonl", training_jsonl("\n"));
    let cases: &[&[&str]] = &[
        &["--c=-1"],
        &["--c", "0"],
        &["--tolerance=-1"],
        &["--max-iter", "0"],
        &["--hash-bits", "70"],
        &["--hash-bits", "0"],
        &["--word-ngrams", "1-9"],
        &["--cv", "1"],
        &["--cv", "100"],
    ];
    for extra in cases {
        let before = t.files();
        let mut args = vec!["train", "--data", "train.jsonl", "--out", "m.json"];
        args.extend(TINY);
        args.extend(*extra);
        let out = t.stance(&args);
        assert_error(&out, 1, &[]);
        assert_eq!(before, t.files(), "{extra:?} left files behind");
    }
});

/// Trains `model.json`, then runs a failing `train --out model.json` with `bad` data (written
/// to `bad.jsonl` unless `None`) and `extra` flags; the old model must be byte-identical.
fn old_model_survives(t: &TestDir, bad: Option<&[u8]>, extra: &[&str]) {
    t.train_model("model.json");
    let old = t.read("model.json");
    if let Some(b) = bad {
        t.write("bad.jsonl", b);
    }
    let before = t.files();
    let mut args = vec!["train", "--data", "bad.jsonl", "--out", "model.json"];
    args.extend(TINY);
    args.extend(extra);
    let out = t.stance(&args);
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(!err.contains("panicked"), "{err}");
    assert_eq!(t.read("model.json"), old, "the old model was changed");
    assert_eq!(before, t.files(), "files changed: {err}");
    let p = t.stance(["predict", "--model", "model.json", "--data", "train.jsonl"]);
    assert_success(&p);
}

stance_test!(failed_train_keeps_old_model_malformed, |t| {
    old_model_survives(&t, Some(lines_with(3, "{oops").as_bytes()), &[]);
});
stance_test!(failed_train_keeps_old_model_empty, |t| {
    old_model_survives(&t, Some(b""), &[]);
});
stance_test!(failed_train_keeps_old_model_binary, |t| {
    old_model_survives(&t, Some(b"\x00\x00\x00"), &[]);
});
stance_test!(failed_train_keeps_old_model_single_label, |t| {
    old_model_survives(
        &t,
        Some(b"{\"text\":\"a b c\",\"label\":\"x\"}\n{\"text\":\"d e f\",\"label\":\"x\"}\n"),
        &[],
    );
});
stance_test!(failed_train_keeps_old_model_missing_data, |t| {
    old_model_survives(&t, None, &[]);
});
stance_test!(failed_train_keeps_old_model_bad_params, |t| {
    old_model_survives(&t, Some(training_jsonl("\n").as_bytes()), &["--c=-5"]);
});
stance_test!(failed_train_keeps_old_model_huge_line, |t| {
    let mut b = b"{\"text\":\"".to_vec();
    b.resize(3 << 20, b'a');
    b.extend(b"\"}\n");
    old_model_survives(&t, Some(&b), &[]);
});

// A successful train over an existing model replaces it completely (no leftovers).
stance_test!(train_over_existing_model_replaces_it, |t| {
    t.train_model("model.json");
    t.write("other.jsonl", generated_jsonl(60));
    let before = t.files();
    let mut args = vec!["train", "--data", "other.jsonl", "--out", "model.json"];
    args.extend(TINY);
    assert_success(&t.stance(&args));
    assert_eq!(before, t.files(), "leftover files");
    assert_success(&t.stance(["predict", "--model", "model.json", "--data", "train.jsonl"]));
});

// SIGKILL during `train --out` over an existing model: the old model stays intact and
// loadable, or (if training already finished) the new one is complete. Only a `.stance-*.tmp`
// may be left behind. Repeated at several kill points; not timed: either outcome is checked.
stance_test!(sigkill_during_train_keeps_model_loadable, |t| {
    t.train_model("model.json");
    let old = t.read("model.json");
    t.write("big.jsonl", generated_jsonl(30_000));
    let expected: std::collections::BTreeSet<String> = t.files();
    let mut killed_mid_run = 0;
    for delay_ms in [200u64, 50, 600, 1500] {
        let mut child = std::process::Command::new(assert_cmd::cargo::cargo_bin("stance"))
            .current_dir(t.path())
            .args([
                "train",
                "--data",
                "big.jsonl",
                "--out",
                "model.json",
                "--quiet",
            ])
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .unwrap();
        std::thread::sleep(std::time::Duration::from_millis(delay_ms));
        let still_running = child.try_wait().unwrap().is_none();
        child.kill().unwrap(); // SIGKILL on Unix
        let _ = child.wait();
        let now = t.read("model.json");
        if still_running {
            killed_mid_run += 1;
            // The rename had not happened unless the new file is complete; either way the file
            // must be one whole model. Usually it is the old one, byte for byte.
            if now != old {
                println!("kill at {delay_ms} ms: training had already renamed its new model");
            }
        } else {
            println!("kill at {delay_ms} ms: training had finished before the kill");
        }
        let p = t.stance(["predict", "--model", "model.json", "--data", "train.jsonl"]);
        assert_success(&p);
        let stray: Vec<String> = t.files().difference(&expected).cloned().collect();
        let (tmp, other): (Vec<String>, Vec<String>) = stray
            .into_iter()
            .partition(|n| n.starts_with(".stance-") && n.ends_with(".tmp"));
        assert!(other.is_empty(), "stray files after SIGKILL: {other:?}");
        if !tmp.is_empty() {
            println!("note: SIGKILL at {delay_ms} ms left temp file(s) {tmp:?} (acceptable)");
            for f in tmp {
                std::fs::remove_file(t.join(&f)).unwrap();
            }
        }
        // Reset for the next kill point.
        std::fs::write(t.join("model.json"), &old).unwrap();
    }
    println!("{killed_mid_run} of 4 kills hit a running `stance train`");
});
