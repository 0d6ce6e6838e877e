//! Plain-text tables.

use super::score;
use crate::eval::Metrics;
use std::io::{self, Write};

/// A classification report and confusion matrix (rows = gold, columns = predicted).
pub fn write_metrics(m: &Metrics, w: &mut impl Write) -> io::Result<()> {
    let width = m
        .labels
        .iter()
        .map(|l| l.chars().count())
        .max()
        .unwrap_or(5)
        .max(12);
    writeln!(
        w,
        "{:>width$}  {:>9}  {:>9}  {:>9}  {:>7}",
        "", "precision", "recall", "f1", "support"
    )?;
    for c in &m.per_class {
        writeln!(
            w,
            "{:>width$}  {:>9}  {:>9}  {:>9}  {:>7}",
            c.label,
            score(c.precision),
            score(c.recall),
            score(c.f1),
            c.support
        )?;
    }
    writeln!(w)?;
    writeln!(
        w,
        "{:>width$}  {:>9}  {:>9}  {:>9}  {:>7}",
        "accuracy",
        "",
        "",
        score(m.accuracy),
        m.n
    )?;
    writeln!(
        w,
        "{:>width$}  {:>9}  {:>9}  {:>9}  {:>7}",
        "macro F1",
        "",
        "",
        score(m.macro_f1),
        m.n
    )?;
    writeln!(
        w,
        "{:>width$}  {:>9}  {:>9}  {:>9}  {:>7}",
        "weighted F1",
        "",
        "",
        score(m.weighted_f1),
        m.n
    )?;
    writeln!(w)?;
    writeln!(w, "confusion matrix (rows = gold, columns = predicted)")?;
    let cw = m.labels.iter().map(|l| l.len()).max().unwrap_or(5).max(6);
    write!(w, "{:>width$}", "")?;
    for l in &m.labels {
        write!(w, "  {l:>cw$}")?;
    }
    writeln!(w)?;
    for (l, row) in m.labels.iter().zip(&m.confusion_matrix) {
        write!(w, "{l:>width$}")?;
        for v in row {
            write!(w, "  {v:>cw$}")?;
        }
        writeln!(w)?;
    }
    Ok(())
}

/// ANSI colour of a stance label (green, yellow, red); other labels stay plain.
fn label_color(label: &str) -> Option<&'static str> {
    match label {
        "supportive" => Some("\x1b[32m"),
        "skeptical" => Some("\x1b[33m"),
        "hostile" => Some("\x1b[31m"),
        _ => None,
    }
}

/// A party's row: name, label, confidence, number of quotes, first quote.
pub type PartyRow = (String, Option<String>, Option<f32>, usize, String);

/// One row per party. `color` adds ANSI colours to labels (the caller decides: a terminal,
/// and `NO_COLOR` unset).
pub fn write_parties(
    document: &str,
    event: &str,
    rows: &[PartyRow],
    color: bool,
    w: &mut impl Write,
) -> io::Result<()> {
    writeln!(w, "{document} — reactions to: {event}")?;
    let pw = rows
        .iter()
        .map(|r| r.0.chars().count())
        .max()
        .unwrap_or(5)
        .clamp(5, 40);
    for (party, label, conf, n, first) in rows {
        let name: String = party.chars().take(pw).collect();
        let label = label.as_deref().unwrap_or("");
        let conf = conf.map(|c| format!("{c:.2}")).unwrap_or_default();
        let mut quote: String = first.chars().take(70).collect();
        if first.chars().count() > 70 {
            quote.push('…');
        }
        let shown = format!("{label:<10}");
        let shown = match (color, label_color(label)) {
            (true, Some(c)) => format!("{c}{shown}\x1b[0m"),
            _ => shown,
        };
        writeln!(w, "  {name:<pw$}  {shown}  {conf:>4}  {n:>2}q  \"{quote}\"")?;
    }
    Ok(())
}
