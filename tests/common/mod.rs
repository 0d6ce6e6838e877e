//! Shared helpers for the CLI tests: a fresh temporary directory per test (`stance_test!`),
//! a `stance` command that runs inside it, a tiny labeled corpus, the seed article, and the
//! checks every error must pass (one line, `stance: ` prefix, names the file, no panic).
#![allow(dead_code)]

use assert_cmd::Command;
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::Output;

/// `stance_test!(name, |t| { ... })`: a test with a fresh [`TestDir`] bound to `t`.
/// Attributes (`#[ignore = "..."]`) go before the name.
#[macro_export]
macro_rules! stance_test {
    ($(#[$meta:meta])* $name:ident, |$t:ident| $body:block) => {
        $(#[$meta])*
        #[test]
        fn $name() {
            #[allow(unused_variables)]
            let $t = $crate::common::TestDir::new();
            $body
        }
    };
}

/// Twelve labeled records, four per label, every field `stance data check` requires, no two
/// texts alike (so the corpus itself passes `data check`).
pub const TRAIN_ROWS: &[(&str, &str)] = &[
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
        "supportive",
        "The handover shows the local army is ready to lead now.",
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
        "skeptical",
        "The timetable looks rushed and the details are still missing.",
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
    (
        "hostile",
        "History will judge this surrender as a disgraceful mistake.",
    ),
];

/// The labels of [`TRAIN_ROWS`], sorted (the model's label order).
pub const LABELS: &[&str] = &["hostile", "skeptical", "supportive"];

/// One JSON line per row of [`TRAIN_ROWS`], without line terminators.
pub fn training_lines() -> Vec<String> {
    TRAIN_ROWS
        .iter()
        .enumerate()
        .map(|(i, (label, text))| {
            serde_json::json!({
                "id": format!("r{}", i + 1),
                "text": text,
                "label": label,
                "party": format!("Party {}", i + 1),
                "event": "troop withdrawal",
                "scenario": format!("scenario-{}", i + 1),
            })
            .to_string()
        })
        .collect()
}

/// [`training_lines`] joined with `eol` after every line.
pub fn training_jsonl(eol: &str) -> String {
    training_lines()
        .iter()
        .map(|l| format!("{l}{eol}"))
        .collect()
}

/// `n` generated labeled records (three labels), distinct texts, for larger runs.
pub fn generated_jsonl(n: usize) -> String {
    const WORDS: &[&[&str]] = &[
        &[
            "welcome",
            "support",
            "praise",
            "celebrate",
            "endorse",
            "applaud",
        ],
        &[
            "doubt",
            "question",
            "wonder",
            "worry",
            "unclear",
            "uncertain",
        ],
        &[
            "betrayal",
            "disgrace",
            "abandon",
            "shame",
            "cowardly",
            "surrender",
        ],
    ];
    const FILLER: &[&str] = &[
        "the",
        "troops",
        "withdrawal",
        "region",
        "army",
        "border",
        "today",
        "plan",
        "base",
        "valley",
        "province",
        "allies",
        "timetable",
        "handover",
        "soldiers",
        "villages",
    ];
    let mut out = String::new();
    let mut x: u64 = 0x9e37_79b9_7f4a_7c15;
    let mut next = move || {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        x
    };
    for i in 0..n {
        let c = i % 3;
        let mut words = Vec::new();
        for k in 0..12 {
            let r = next() as usize;
            if k % 4 == 0 {
                words.push(WORDS[c][r % WORDS[c].len()]);
            } else {
                words.push(FILLER[r % FILLER.len()]);
            }
        }
        let text = format!("{} number {i}.", words.join(" "));
        out.push_str(
            &serde_json::json!({"id": format!("g{i}"), "text": text, "label": LABELS[c]})
                .to_string(),
        );
        out.push('\n');
    }
    out
}

/// The seed article: a headline and two attributed quotes.
pub const ARTICLE: &str = "Troops leave\n\n\u{201c}We welcome this,\u{201d} said Defence Minister Lena Okafor, according to AFP.\n\n\u{201c}This is a betrayal,\u{201d} said opposition leader Sam Reyes.\n";

/// Flags for a fast, tiny model.
pub const TINY: &[&str] = &["--char-ngrams", "off", "--min-df", "1", "--quiet"];

/// A fresh temporary directory; commands run inside it so file names in messages are the
/// short relative names the test wrote.
pub struct TestDir {
    dir: tempfile::TempDir,
}

impl Default for TestDir {
    fn default() -> Self {
        Self::new()
    }
}

impl TestDir {
    pub fn new() -> TestDir {
        TestDir {
            dir: tempfile::Builder::new()
                .prefix("stance-test-")
                .tempdir()
                .expect("create temp dir"),
        }
    }

    pub fn path(&self) -> &Path {
        self.dir.path()
    }

    pub fn join(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    /// Writes `bytes` to `name` (creating parent directories).
    pub fn write(&self, name: &str, bytes: impl AsRef<[u8]>) -> PathBuf {
        let p = self.join(name);
        if let Some(parent) = p.parent() {
            std::fs::create_dir_all(parent).unwrap();
        }
        std::fs::write(&p, bytes).unwrap();
        p
    }

    pub fn mkdir(&self, name: &str) -> PathBuf {
        let p = self.join(name);
        std::fs::create_dir_all(&p).unwrap();
        p
    }

    pub fn read(&self, name: &str) -> Vec<u8> {
        std::fs::read(self.join(name)).unwrap()
    }

    /// `stance` with the working directory set to this directory and no `STANCE_MODEL`.
    pub fn cmd(&self) -> Command {
        let mut c = Command::cargo_bin("stance").unwrap();
        c.current_dir(self.path()).env_remove("STANCE_MODEL");
        c
    }

    /// `stance` with `args`.
    pub fn stance<I, S>(&self, args: I) -> Output
    where
        I: IntoIterator<Item = S>,
        S: AsRef<std::ffi::OsStr>,
    {
        self.cmd().args(args).output().unwrap()
    }

    /// Writes the training corpus to `train.jsonl` (if missing) and trains `model` on it.
    pub fn train_model(&self, model: &str) -> PathBuf {
        if !self.join("train.jsonl").exists() {
            self.write("train.jsonl", training_jsonl("\n"));
        }
        let out = self.stance(
            ["train", "--data", "train.jsonl", "--out", model]
                .iter()
                .chain(TINY),
        );
        assert_success(&out);
        self.join(model)
    }

    /// Every path under this directory, relative, sorted (directories end in `/`).
    pub fn files(&self) -> BTreeSet<String> {
        fn walk(root: &Path, dir: &Path, out: &mut BTreeSet<String>) {
            let Ok(entries) = std::fs::read_dir(dir) else {
                return;
            };
            for e in entries.flatten() {
                let p = e.path();
                let rel = p.strip_prefix(root).unwrap().to_string_lossy().into_owned();
                if p.is_dir() {
                    out.insert(format!("{rel}/"));
                    walk(root, &p, out);
                } else {
                    out.insert(rel);
                }
            }
        }
        let mut out = BTreeSet::new();
        walk(self.path(), self.path(), &mut out);
        out
    }
}

pub fn stdout(out: &Output) -> String {
    String::from_utf8_lossy(&out.stdout).into_owned()
}

pub fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// Exit 0, no panic.
pub fn assert_success(out: &Output) {
    let err = stderr(out);
    assert!(
        out.status.success(),
        "expected success, got {:?}\nstderr: {err}\nstdout: {}",
        out.status.code(),
        stdout(out)
    );
    assert!(!err.contains("panicked"), "panic on stderr: {err}");
}

/// True when some `": "`-separated part of `message` is immediately repeated
/// (`x: No such file (os error 2): No such file (os error 2)`).
pub fn has_repeated_part(message: &str) -> bool {
    let parts: Vec<&str> = message.split(": ").collect();
    parts.windows(2).any(|w| w[0] == w[1])
}

/// Exit `code`, stderr exactly one line `stance: …` containing every needle, no panic, no
/// part of the message said twice, no internal temp-file name. Returns the message.
pub fn assert_error(out: &Output, code: i32, needles: &[&str]) -> String {
    let err = stderr(out);
    assert!(!err.contains("panicked"), "panic on stderr: {err}");
    assert_eq!(
        out.status.code(),
        Some(code),
        "expected exit {code}\nstderr: {err}\nstdout: {}",
        stdout(out)
    );
    assert!(
        err.ends_with('\n') && err.matches('\n').count() == 1,
        "expected exactly one line on stderr, got: {err:?}"
    );
    let line = err.trim_end();
    assert!(
        line.starts_with("stance: "),
        "stderr does not start with \"stance: \": {line}"
    );
    for n in needles {
        assert!(line.contains(n), "stderr does not contain {n:?}: {line}");
    }
    assert!(!has_repeated_part(line), "message repeats itself: {line}");
    assert!(
        !line.contains(".stance-"),
        "message names an internal temp file: {line}"
    );
    line.to_string()
}

/// `.stance-*.tmp` files left in `dir` (a killed process can leave one).
pub fn temp_files(dir: &Path) -> Vec<String> {
    std::fs::read_dir(dir)
        .unwrap()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with(".stance-") && n.ends_with(".tmp"))
        .collect()
}

/// True when the current user can read a file whose mode is 000 (root can).
pub fn permissions_are_bypassed(t: &TestDir) -> bool {
    use std::os::unix::fs::PermissionsExt;
    let p = t.write(".probe-perm", b"x");
    std::fs::set_permissions(&p, std::fs::Permissions::from_mode(0o000)).unwrap();
    let readable = std::fs::read(&p).is_ok();
    std::fs::set_permissions(&p, std::fs::Permissions::from_mode(0o644)).unwrap();
    std::fs::remove_file(&p).unwrap();
    readable
}

/// A model's JSON with its packed number arrays (the IDF values and the weights, base64 of
/// little-endian `f32`s) spelled out as JSON arrays, a form every model reader also accepts,
/// so a test can drop or change one number.
pub fn model_numbers_unpacked(mut v: serde_json::Value) -> serde_json::Value {
    for (a, b) in [("vectorizer", "idf"), ("model", "weights")] {
        let packed = v[a][b].as_str().expect("a packed number array");
        let numbers = stance::packed::unpack(packed).expect("packed numbers");
        v[a][b] = serde_json::json!(numbers);
    }
    v
}
