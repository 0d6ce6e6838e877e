//! Throughput bench (issue 2): featurize+predict records/s and MB/s, and train time, on a
//! generated 200k-record corpus (three labels, Zipf background vocabulary, overlapping cue
//! words, negation, contrast, typos, 4% label noise: not trivially separable; the same scheme
//! as bench/gen.py, re-implemented here so the bench needs nothing outside the crate).
//!
//! `cargo bench --bench throughput`. Not part of `cargo test`. Knobs (environment):
//! STANCE_BENCH_RECORDS (training records, default 200000), STANCE_BENCH_PREDICT (records
//! featurized+predicted per timed iteration, default 20000, taken from a separately generated
//! test corpus), STANCE_BENCH_TRAIN_ITERS (0, the default, times the large-corpus setting — hashing 2^20 and
//! one SGD epoch; N > 0 times N L-BFGS iterations instead; bench/compare.sh times the full
//! default fit through the CLI).

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use stance::corpus::Record;
use stance::features::Input;
use stance::features::{FeatureConfig, IndexMode};
use stance::model::{LogisticParams, Solver};
use stance::pipeline::{Classifier, PredictScratch, TrainConfig};
use std::sync::Arc;
use std::time::{Duration, Instant};

// The allocator the `stance` binary uses, so the figures are the CLI's.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// SplitMix64: small, seeded, good enough for synthetic text.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    fn unit(&mut self) -> f64 {
        (self.next() >> 11) as f64 / (1u64 << 53) as f64
    }
    fn pick<'a, T>(&mut self, xs: &'a [T]) -> &'a T {
        &xs[self.below(xs.len())]
    }
}

const LABELS: [&str; 3] = ["supportive", "skeptical", "hostile"];
const COMMON: &str = "the of and to a in that is was he for it with as his on be at by i this had not are \
    but from or have an they which one you were her all she there would their we him been has when who will \
    more no if out so said what up its about into than them can only other new some could time these two may \
    then do first any my now such like our over man me even most made after also did many before must \
    through back years where much your way well down should because each just those people how too little \
    state good very make world still own see men work long get here between both life being under never day \
    minister government official troops forces plan week report city region council officials spokesman \
    analyst withdrawal deal ceasefire talks army border security policy";
const CUES: [&str; 3] = [
    "welcome right overdue sensible wise relief proud progress success promise responsible encouraging \
     historic applaud praise endorse back celebrate vindicated courageous orderly achievement grateful",
    "premature unclear doubt uncertain question wait cautious unconvinced risky hasty unproven remains \
     concern unsure vague worry gamble fragile hope prudent watch tentative conditional",
    "betrayal disaster surrender reckless shameful abandon catastrophe outrage disgrace cowardly condemn \
     reject furious insult treason folly blunder capitulation scandal humiliation failure appalling",
];
const ONSETS: [&str; 20] = [
    "b", "br", "c", "ch", "d", "dr", "f", "g", "gr", "h", "k", "l", "m", "n", "p", "r", "s", "st",
    "t", "v",
];
const VOWELS: [&str; 8] = ["a", "e", "i", "o", "u", "ai", "ea", "ou"];
const CODAS: [&str; 9] = ["", "n", "r", "s", "t", "l", "nd", "st", "ck"];
const NEGATORS: [&str; 4] = ["not", "never", "no", "without"];
const SUFFIXES: [&str; 7] = ["", "", "", "s", "ed", "ing", "ly"];

struct Language {
    background: Vec<String>,
    cumulative: Vec<f64>,
    /// Per label: cue words (own stems weighted high, others' low, pseudo-word cues mixed).
    cues: [Vec<(String, f64)>; 3],
}

impl Language {
    fn new() -> Self {
        let mut rng = Rng(12345);
        let mut background: Vec<String> = COMMON.split_whitespace().map(String::from).collect();
        let mut seen: std::collections::HashSet<String> = background.iter().cloned().collect();
        let pseudo = |rng: &mut Rng, n: usize, seen: &mut std::collections::HashSet<String>| {
            let mut out = Vec::new();
            while out.len() < n {
                let syl = 1 + rng.below(3);
                let w: String = (0..syl)
                    .map(|_| {
                        format!(
                            "{}{}{}",
                            rng.pick(&ONSETS),
                            rng.pick(&VOWELS),
                            rng.pick(&CODAS)
                        )
                    })
                    .collect();
                if seen.insert(w.clone()) {
                    out.push(w);
                }
            }
            out
        };
        background.extend(pseudo(&mut rng, 30_000, &mut seen));
        let mut acc = 0.0;
        let cumulative = (0..background.len())
            .map(|r| {
                acc += 1.0 / ((r + 8) as f64).powf(1.05);
                acc
            })
            .collect();
        let mut cues: [Vec<(String, f64)>; 3] = Default::default();
        for (k, stems) in CUES.iter().enumerate() {
            for s in stems.split_whitespace() {
                for (l, list) in cues.iter_mut().enumerate() {
                    list.push((
                        s.to_string(),
                        if l == k { 0.84 * 30.0 } else { 0.08 * 30.0 },
                    ));
                }
            }
        }
        for w in pseudo(&mut rng, 600, &mut seen) {
            let a: Vec<f64> = (0..3).map(|_| rng.unit().powi(3) + 0.01).collect();
            let t: f64 = a.iter().sum();
            for (l, list) in cues.iter_mut().enumerate() {
                list.push((w.clone(), a[l] / t));
            }
        }
        // Turn cue weights into cumulative weights.
        for list in cues.iter_mut() {
            let mut acc = 0.0;
            for (_, w) in list.iter_mut() {
                acc += *w;
                *w = acc;
            }
        }
        Language {
            background,
            cumulative,
            cues,
        }
    }

    fn cue(&self, rng: &mut Rng, label: usize) -> String {
        let list = &self.cues[label];
        let x = rng.unit() * list.last().unwrap().1;
        let i = list.partition_point(|(_, c)| *c < x).min(list.len() - 1);
        format!("{}{}", list[i].0, rng.pick(&SUFFIXES))
    }

    fn word(&self, rng: &mut Rng) -> &str {
        let x = rng.unit() * self.cumulative.last().unwrap();
        let i = self
            .cumulative
            .partition_point(|c| *c < x)
            .min(self.background.len() - 1);
        &self.background[i]
    }

    fn records(&self, n: usize, seed: u64) -> Vec<Record> {
        let mut rng = Rng(seed);
        let source: Arc<str> = Arc::from("<generated>");
        (0..n)
            .map(|i| {
                let x = rng.unit();
                let mut label = if x < 0.36 {
                    0
                } else if x < 0.66 {
                    1
                } else {
                    2
                };
                let n_words = 8 + rng.below(38);
                let mut words: Vec<String> = (0..n_words)
                    .map(|_| self.word(&mut rng).to_string())
                    .collect();
                for _ in 0..3 + rng.below(4) {
                    let pos = rng.below(words.len() + 1);
                    if rng.unit() < 0.12 {
                        let other = (label + 1 + rng.below(2)) % 3;
                        let c = self.cue(&mut rng, other);
                        words.insert(pos, c);
                        words.insert(pos, rng.pick(&NEGATORS).to_string());
                    } else {
                        let c = self.cue(&mut rng, label);
                        words.insert(pos, c);
                    }
                }
                if rng.unit() < 0.15 {
                    let other = (label + 1 + rng.below(2)) % 3;
                    let c2 = self.cue(&mut rng, other);
                    words.insert(0, c2);
                    words.insert(4.min(words.len()), "but".into());
                    let c = self.cue(&mut rng, label);
                    words.push(c);
                }
                for w in words.iter_mut() {
                    if w.len() >= 4 && rng.unit() < 0.03 {
                        let j = 1 + rng.below(w.len() - 2);
                        w.remove(j);
                    }
                }
                let mut text = String::with_capacity(words.len() * 7);
                for (j, w) in words.iter().enumerate() {
                    if j > 0 {
                        text.push(' ');
                    }
                    text.push_str(w);
                    let r = rng.unit();
                    if r < 0.06 {
                        text.push('.');
                    } else if r < 0.12 {
                        text.push(',');
                    }
                }
                text.push('.');
                if rng.unit() < 0.04 {
                    label = rng.below(3);
                }
                Record {
                    source: source.clone(),
                    line: i + 1,
                    id: format!("g{seed}-{i}"),
                    text,
                    label: Some(LABELS[label].to_string()),
                    group: None,
                    context: None,
                    verb: None,
                    split: None,
                }
            })
            .collect()
    }
}

fn env_usize(name: &str, default: usize) -> usize {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

fn bench(c: &mut Criterion) {
    let n = env_usize("STANCE_BENCH_RECORDS", 200_000);
    let iters = env_usize("STANCE_BENCH_TRAIN_ITERS", 0) as u32;
    let n_pred = env_usize("STANCE_BENCH_PREDICT", 20_000);
    let lang = Language::new();
    let train = lang.records(n, 1);
    let test = lang.records(n_pred, 2);
    let bytes: usize = test.iter().map(|r| r.text.len()).sum();
    eprintln!(
        "corpus: {n} train records; {n_pred} test records per predict iteration, {:.1} MB of text ({:.0} bytes/record)",
        bytes as f64 / 1e6,
        bytes as f64 / n_pred as f64
    );

    // The large-corpus setting (README, BENCHMARKS.md): signed hashing into 2^20 columns and
    // one AdaGrad epoch; STANCE_BENCH_TRAIN_ITERS > 0 times L-BFGS for that many iterations.
    let params = if iters > 0 {
        LogisticParams::default().max_iterations(iters)
    } else {
        LogisticParams::default().solver(Solver::Sgd).epochs(1)
    };
    let config = TrainConfig {
        params,
        features: FeatureConfig {
            index: IndexMode::Hashing { bits: 20 },
            ..FeatureConfig::default()
        },
        ..TrainConfig::default()
    };
    let t0 = Instant::now();
    let model = Classifier::train(&train, &config, &mut |_, _| {}).expect("train");
    eprintln!(
        "model for the predict benches: {} features, trained ({iters} iterations) in {:.1} s",
        model.training.n_features,
        t0.elapsed().as_secs_f64()
    );
    let inputs: Vec<Input> = test.iter().map(Record::input).collect();
    {
        // Accuracy of the bench model (few iterations: a lower bound of the full fit's).
        let preds = model.predict_many(&inputs);
        let correct = preds
            .iter()
            .zip(&test)
            .filter(|(p, r)| Some(model.labels[p.label].as_str()) == r.label.as_deref())
            .count();
        eprintln!(
            "bench model test accuracy: {:.4}",
            correct as f64 / n_pred as f64
        );
    }

    let mut g = c.benchmark_group("featurize+predict");
    g.sample_size(10)
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(10));
    g.throughput(Throughput::Elements(n_pred as u64));
    g.bench_function(BenchmarkId::new("records, 1 thread", n_pred), |b| {
        b.iter(|| {
            let mut scratch = PredictScratch::default();
            let mut hits = 0usize;
            for i in &inputs {
                hits += model.predict_with(*i, &mut scratch).label;
            }
            hits
        })
    });
    g.bench_function(BenchmarkId::new("records, all cores", n_pred), |b| {
        b.iter(|| model.predict_many(&inputs).len())
    });
    g.throughput(Throughput::Bytes(bytes as u64));
    g.bench_function(BenchmarkId::new("bytes, all cores", n_pred), |b| {
        b.iter(|| model.predict_many(&inputs).len())
    });
    g.finish();

    let mut g = c.benchmark_group("train");
    g.sample_size(10)
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(30));
    g.throughput(Throughput::Elements(n as u64));
    g.bench_function(
        BenchmarkId::new(
            if iters > 0 {
                format!("featurize+fit L-BFGS {iters} iterations, all cores")
            } else {
                "featurize+fit SGD 1 epoch, all cores".to_string()
            },
            n,
        ),
        |b| {
            b.iter(|| {
                Classifier::train(&train, &config, &mut |_, _| {})
                    .unwrap()
                    .labels
                    .len()
            })
        },
    );
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
