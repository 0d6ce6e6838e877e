//! Self-contained HTML reports, written into any `W: Write`.
//!
//! - [`write_evaluation_html`]: a classification report (like scikit-learn's), a
//!   confusion-matrix heatmap, per-class F1 bars, a reliability (calibration) plot, the most
//!   informative features per label and the most confident mistakes.
//! - [`write_article_html`]: the article with every quote highlighted in its party's colour and
//!   a side panel listing each party's label, confidence and evidence.
//!
//! Invariants: each page is one file — inline CSS, inline SVG drawn with plotters'
//! `SVGBackend`, no scripts, nothing fetched (a Content-Security-Policy forbids it). Every piece
//! of text that came from data (titles, labels, ids, article text, features) is HTML-escaped.
//! Quote spans are byte offsets into the article; spans that are empty, out of range, not on a
//! char boundary or overlapping an earlier span are skipped, never a panic.

use super::score;
use crate::article::{ArticleResult, QuoteResult};
use crate::eval::Metrics;
use plotters::coord::ranged1d::{DefaultFormatting, KeyPointHint};
use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};
use std::io::{self, Write};

/// Everything shown on the evaluation page.
#[derive(Debug, Clone, Copy)]
pub struct EvaluationHtml<'a> {
    /// Page title, e.g. the model and test-set names.
    pub title: &'a str,
    pub metrics: &'a Metrics,
    /// Per-example predictions; feed the reliability plot and the list of worst mistakes.
    /// May be empty (those two sections then say so).
    pub examples: &'a [Example<'a>],
    /// `(label, [(feature, weight)])`, strongest first, as from `Classifier::top_features`.
    pub top_features: &'a [(String, Vec<(String, f32)>)],
}

/// One evaluated example; `gold` and `predicted` index `metrics.labels`.
#[derive(Debug, Clone, Copy)]
pub struct Example<'a> {
    pub id: &'a str,
    pub text: &'a str,
    pub gold: usize,
    pub predicted: usize,
    /// One probability per label, in `metrics.labels` order.
    pub probabilities: &'a [f32],
}

/// Number of confidence bins of the reliability plot.
const CALIBRATION_BINS: usize = 10;
/// Number of misclassified examples listed.
const WORST_SHOWN: usize = 20;
/// Longest example text shown, in characters (keeps 1,000-example reports small).
const EXAMPLE_CHARS: usize = 600;
/// Most features listed per label.
const FEATURES_SHOWN: usize = 15;

/// Writes the evaluation page.
pub fn write_evaluation_html(w: &mut impl Write, input: &EvaluationHtml<'_>) -> io::Result<()> {
    let m = input.metrics;
    let calibration = Calibration::new(input.examples);
    let mut out = String::with_capacity(64 * 1024);
    page_start(&mut out, input.title, EVALUATION_CSS);

    out.push_str("<header class=\"top\"><div class=\"wrap\"><p class=\"kicker\">stance · evaluation report</p><h1>");
    escape_into(&mut out, input.title);
    out.push_str("</h1>");
    out.push_str(&format!(
        "<p class=\"sub\">{} examples · {} classes</p></div></header>\n<main class=\"wrap\">\n",
        m.n,
        m.labels.len()
    ));

    // Headline numbers.
    out.push_str("<section class=\"cards\">");
    card(
        &mut out,
        "Accuracy",
        &score(m.accuracy),
        "share of examples labeled correctly",
    );
    card(
        &mut out,
        "Macro F1",
        &score(m.macro_f1),
        "mean of per-class F1",
    );
    card(
        &mut out,
        "Weighted F1",
        &score(m.weighted_f1),
        "per-class F1 weighted by support",
    );
    card(
        &mut out,
        "Calibration error",
        &calibration
            .ece()
            .map(score)
            .unwrap_or_else(|| score(f64::NAN)),
        "expected calibration error, 10 bins",
    );
    out.push_str("</section>\n");

    // Classification report.
    out.push_str("<section class=\"panel\"><h2>Classification report</h2>");
    classification_report(&mut out, m);
    out.push_str("<p class=\"note\">Undefined values (a class never predicted or never present) are shown as <code>--------</code>, never 0.</p></section>\n");

    // Charts.
    out.push_str("<section class=\"charts\">");
    figure(
        &mut out,
        "Confusion matrix",
        &confusion_svg(m)?,
        "",
        "Rows are gold labels, columns predictions; each cell shows the count and the share of its row. Colour follows the row share.",
    );
    figure(
        &mut out,
        "F1 per class",
        &f1_svg(m)?,
        "",
        "Bars are per-class F1; the dashed line is macro F1.",
    );
    figure(
        &mut out,
        "Reliability",
        &calibration_svg(&calibration)?,
        &format!(
            "<p class=\"legend\"><span><i class=\"sw\" style=\"background:{}\"></i>accuracy per bin (number = examples)</span><span><i class=\"ln\"></i>mean confidence vs accuracy</span><span><i class=\"ln dash\"></i>perfect calibration</span></p>",
            css_rgb(CALIBRATION_BAR)
        ),
        "Confidence is the highest predicted probability, in 10 equal bins. Points below the diagonal are over-confident, above it under-confident.",
    );
    out.push_str("</section>\n");

    // Informative features.
    out.push_str("<section class=\"panel\"><h2>Most informative features</h2>");
    features_tables(&mut out, input.top_features);
    out.push_str("</section>\n");

    // Worst mistakes.
    out.push_str("<section class=\"panel\"><h2>Most confident mistakes</h2>");
    worst_examples(&mut out, m, input.examples);
    out.push_str("</section>\n");

    out.push_str("</main>\n<footer class=\"wrap\">Generated by stance ");
    out.push_str(env!("CARGO_PKG_VERSION"));
    out.push_str(". Self-contained: no scripts, no network.</footer>\n</body>\n</html>\n");
    w.write_all(out.as_bytes())
}

/// Writes the article page: `text` with `article`'s quotes highlighted.
pub fn write_article_html(
    w: &mut impl Write,
    text: &str,
    article: &ArticleResult,
) -> io::Result<()> {
    let title = format!("{} — {}", article.document, article.event);
    let mut out = String::with_capacity(text.len() * 2 + 16 * 1024);
    page_start(&mut out, &title, ARTICLE_CSS);

    out.push_str(
        "<header class=\"top\"><div class=\"wrap\"><p class=\"kicker\">stance · article</p><h1>",
    );
    escape_into(&mut out, &article.document);
    out.push_str("</h1><p class=\"sub\">Reactions to: <strong>");
    escape_into(&mut out, &article.event);
    out.push_str("</strong></p>");
    out.push_str("<p class=\"legend\">");
    let n_quotes: usize = article.parties.iter().map(|p| p.quotes.len()).sum();
    out.push_str(&format!(
        "{} {} · {} attributed {} · {} unattributed",
        article.parties.len(),
        plural(article.parties.len(), "party", "parties"),
        n_quotes,
        plural(n_quotes, "quote", "quotes"),
        article.unattributed.len()
    ));
    out.push_str("</p></div></header>\n<main class=\"wrap layout\">\n<article class=\"text\">");
    article_body(&mut out, text, article);
    out.push_str("</article>\n<aside class=\"side\">");
    party_panel(&mut out, article);
    out.push_str("</aside>\n</main>\n<footer class=\"wrap\">Generated by stance ");
    out.push_str(env!("CARGO_PKG_VERSION"));
    out.push_str(". Self-contained: no scripts, no network.</footer>\n</body>\n</html>\n");
    w.write_all(out.as_bytes())
}

// ---------------------------------------------------------------------------------------------
// Shared page pieces

fn page_start(out: &mut String, title: &str, css: &str) {
    out.push_str("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
    out.push_str("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    // Nothing may be fetched or run; inline styles and SVG only.
    out.push_str("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">\n");
    out.push_str("<link rel=\"icon\" href=\"data:,\">\n<title>");
    escape_into(out, title);
    out.push_str("</title>\n<style>\n");
    out.push_str(BASE_CSS);
    out.push_str(css);
    out.push_str("</style>\n</head>\n<body>\n");
}

/// Appends `s` with `& < > " '` escaped; safe in element content and quoted attributes.
fn escape_into(out: &mut String, s: &str) {
    for c in s.chars() {
        push_escaped(out, c);
    }
}

fn push_escaped(out: &mut String, c: char) {
    match c {
        '&' => out.push_str("&amp;"),
        '<' => out.push_str("&lt;"),
        '>' => out.push_str("&gt;"),
        '"' => out.push_str("&quot;"),
        '\'' => out.push_str("&#39;"),
        c => out.push(c),
    }
}

fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    escape_into(&mut out, s);
    out
}

/// At most `max` characters of `s`, with an ellipsis when cut.
fn truncate(s: &str, max: usize) -> String {
    match s.char_indices().nth(max) {
        Some((i, _)) => format!("{}…", s[..i].trim_end()),
        None => s.to_string(),
    }
}

fn plural<'a>(n: usize, one: &'a str, many: &'a str) -> &'a str {
    if n == 1 {
        one
    } else {
        many
    }
}

fn card(out: &mut String, name: &str, value: &str, help: &str) {
    out.push_str(&format!(
        "<div class=\"card\"><div class=\"card-name\">{}</div><div class=\"card-value\">{}</div><div class=\"card-help\">{}</div></div>",
        escape(name),
        escape(value),
        escape(help)
    ));
}

/// A chart with its heading and caption; `legend` is trusted markup (may be empty).
fn figure(out: &mut String, title: &str, svg: &str, legend: &str, caption: &str) {
    out.push_str("<figure class=\"chart\"><h2>");
    escape_into(out, title);
    out.push_str("</h2>");
    if svg.is_empty() {
        out.push_str("<p class=\"empty\">No data.</p>");
    } else {
        out.push_str(svg);
    }
    out.push_str(legend);
    out.push_str("<figcaption>");
    escape_into(out, caption);
    out.push_str("</figcaption></figure>\n");
}

/// Colour of a stance label; unknown labels are slate grey.
fn stance_color(label: &str) -> RGBColor {
    match label.to_ascii_lowercase().as_str() {
        "supportive" => RGBColor(26, 152, 80),
        "skeptical" | "sceptical" => RGBColor(224, 140, 20),
        "hostile" => RGBColor(205, 48, 40),
        _ => RGBColor(100, 116, 139),
    }
}

/// CSS class of a stance badge.
fn stance_class(label: &str) -> &'static str {
    match label.to_ascii_lowercase().as_str() {
        "supportive" => "supportive",
        "skeptical" | "sceptical" => "skeptical",
        "hostile" => "hostile",
        _ => "other",
    }
}

fn label_name(labels: &[String], i: usize) -> String {
    labels.get(i).cloned().unwrap_or_else(|| format!("#{i}"))
}

fn plot_err(e: impl std::fmt::Display) -> io::Error {
    io::Error::other(format!("drawing chart: {e}"))
}

const FONT: &str = "sans-serif";
const INK: RGBColor = RGBColor(31, 41, 55);
const MUTED: RGBColor = RGBColor(107, 114, 128);
const GRID: RGBColor = RGBColor(229, 231, 235);

/// Draws with `draw` on a `width` × `height` SVG canvas and returns the SVG text.
fn svg_chart(
    width: u32,
    height: u32,
    draw: impl FnOnce(&DrawingArea<SVGBackend<'_>, Shift>) -> io::Result<()>,
) -> io::Result<String> {
    let mut svg = String::new();
    {
        let root = SVGBackend::with_string(&mut svg, (width, height)).into_drawing_area();
        root.fill(&WHITE).map_err(plot_err)?;
        draw(&root)?;
        root.present().map_err(plot_err)?;
    }
    Ok(svg)
}

/// Short axis label: at most 16 characters.
fn axis_label(s: &str) -> String {
    truncate(s, 16)
}

// ---------------------------------------------------------------------------------------------
// Evaluation page

fn classification_report(out: &mut String, m: &Metrics) {
    out.push_str("<table class=\"report\"><thead><tr><th></th><th>precision</th><th>recall</th><th>f1-score</th><th>support</th></tr></thead><tbody>");
    for c in &m.per_class {
        out.push_str("<tr><th><span class=\"dot\" style=\"background:");
        out.push_str(&css_rgb(stance_color(&c.label)));
        out.push_str("\"></span>");
        escape_into(out, &c.label);
        out.push_str("</th>");
        for v in [c.precision, c.recall, c.f1] {
            score_cell(out, v);
        }
        out.push_str(&format!("<td>{}</td></tr>", c.support));
    }
    out.push_str("</tbody><tbody class=\"totals\">");
    out.push_str("<tr><th>accuracy</th><td></td><td></td>");
    score_cell(out, m.accuracy);
    out.push_str(&format!("<td>{}</td></tr>", m.n));

    // Macro and weighted precision/recall follow eval's F1 convention: undefined values are
    // left out of the macro mean and contribute nothing to the weighted sum.
    let finite = |f: fn(&crate::eval::ClassMetrics) -> f64| -> Vec<(f64, usize)> {
        m.per_class
            .iter()
            .map(|c| (f(c), c.support))
            .filter(|(v, _)| v.is_finite())
            .collect()
    };
    let macro_of = |v: &[(f64, usize)]| {
        if v.is_empty() {
            f64::NAN
        } else {
            v.iter().map(|x| x.0).sum::<f64>() / v.len() as f64
        }
    };
    let weighted_of = |v: &[(f64, usize)]| {
        if m.n == 0 {
            f64::NAN
        } else {
            v.iter().map(|x| x.0 * x.1 as f64).sum::<f64>() / m.n as f64
        }
    };
    let p = finite(|c| c.precision);
    let r = finite(|c| c.recall);
    out.push_str("<tr><th>macro avg</th>");
    score_cell(out, macro_of(&p));
    score_cell(out, macro_of(&r));
    score_cell(out, m.macro_f1);
    out.push_str(&format!("<td>{}</td></tr>", m.n));
    out.push_str("<tr><th>weighted avg</th>");
    score_cell(out, weighted_of(&p));
    score_cell(out, weighted_of(&r));
    score_cell(out, m.weighted_f1);
    out.push_str(&format!("<td>{}</td></tr>", m.n));
    out.push_str("</tbody></table>");
}

/// A score cell with a faint bar behind the number.
fn score_cell(out: &mut String, v: f64) {
    if v.is_finite() {
        let pct = (v.clamp(0.0, 1.0) * 100.0).round();
        out.push_str(&format!(
            "<td class=\"score\" style=\"--v:{pct}%\">{}</td>",
            score(v)
        ));
    } else {
        out.push_str("<td class=\"undef\">--------</td>");
    }
}

fn css_rgb(c: RGBColor) -> String {
    format!("rgb({},{},{})", c.0, c.1, c.2)
}

fn lerp(a: RGBColor, b: RGBColor, t: f64) -> RGBColor {
    let t = if t.is_finite() {
        t.clamp(0.0, 1.0)
    } else {
        0.0
    };
    let mix = |x: u8, y: u8| (x as f64 + (y as f64 - x as f64) * t).round() as u8;
    RGBColor(mix(a.0, b.0), mix(a.1, b.1), mix(a.2, b.2))
}

/// An axis of `k` unit cells over `[0, k]` whose ticks sit at the cell centres (0.5, 1.5, …),
/// so categorical labels land in the middle of their bar or cell.
struct Cells(usize);

impl Ranged for Cells {
    type FormatOption = DefaultFormatting;
    type ValueType = f64;

    fn map(&self, v: &f64, limit: (i32, i32)) -> i32 {
        let t = v / self.0.max(1) as f64;
        limit.0 + ((limit.1 - limit.0) as f64 * t).round() as i32
    }

    fn key_points<H: KeyPointHint>(&self, _hint: H) -> Vec<f64> {
        (0..self.0).map(|i| i as f64 + 0.5).collect()
    }

    fn range(&self) -> std::ops::Range<f64> {
        0.0..self.0 as f64
    }
}

fn confusion_svg(m: &Metrics) -> io::Result<String> {
    let k = m.labels.len();
    if k == 0 {
        return Ok(String::new());
    }
    let kf = k as f64;
    let label_at = |v: f64| -> String {
        let i = v.floor();
        if i >= 0.0 && (i as usize) < k {
            axis_label(&m.labels[i as usize])
        } else {
            String::new()
        }
    };
    // Gold row i is drawn top-down: its cell spans y in [k-1-i, k-i].
    let x_fmt = |v: &f64| label_at(*v);
    let y_fmt = |v: &f64| label_at(kf - 1.0 - v.floor());
    let big = if k <= 4 {
        24
    } else if k <= 8 {
        16
    } else {
        11
    };
    svg_chart(460, 440, |root| {
        let mut chart = ChartBuilder::on(root)
            .margin(12)
            .margin_right(24)
            .x_label_area_size(64)
            .y_label_area_size(104)
            .build_cartesian_2d(Cells(k), Cells(k))
            .map_err(plot_err)?;
        chart
            .configure_mesh()
            .disable_mesh()
            .x_labels(k)
            .y_labels(k)
            .x_label_formatter(&x_fmt)
            .y_label_formatter(&y_fmt)
            .label_style((FONT, 16).into_font().color(&INK))
            .axis_desc_style((FONT, 17).into_font().color(&INK))
            .x_desc("Predicted label")
            .y_desc("Gold label")
            .axis_style(MUTED)
            .draw()
            .map_err(plot_err)?;
        let low = RGBColor(239, 246, 255);
        let high = RGBColor(8, 69, 148);
        for (i, row) in m.confusion_matrix.iter().enumerate().take(k) {
            let total: usize = row.iter().sum();
            for (j, &count) in row.iter().enumerate().take(k) {
                let share = if total == 0 {
                    0.0
                } else {
                    count as f64 / total as f64
                };
                let (x0, y0) = (j as f64, kf - 1.0 - i as f64);
                let fill = lerp(low, high, share);
                chart
                    .draw_series(std::iter::once(Rectangle::new(
                        [(x0, y0), (x0 + 1.0, y0 + 1.0)],
                        fill.filled(),
                    )))
                    .map_err(plot_err)?;
                chart
                    .draw_series(std::iter::once(Rectangle::new(
                        [(x0, y0), (x0 + 1.0, y0 + 1.0)],
                        WHITE.stroke_width(2),
                    )))
                    .map_err(plot_err)?;
                let ink = if share > 0.5 { WHITE } else { INK };
                let center = Pos::new(HPos::Center, VPos::Center);
                let count_style = (FONT, big).into_font().color(&ink).pos(center);
                let share_style = (FONT, (big * 3 / 4).max(9))
                    .into_font()
                    .color(&ink)
                    .pos(center);
                let share_text = if total == 0 {
                    "–".to_string()
                } else {
                    format!("{:.0}%", share * 100.0)
                };
                chart
                    .draw_series([
                        Text::new(count.to_string(), (x0 + 0.5, y0 + 0.58), count_style),
                        Text::new(share_text, (x0 + 0.5, y0 + 0.34), share_style),
                    ])
                    .map_err(plot_err)?;
            }
        }
        Ok(())
    })
}

fn f1_svg(m: &Metrics) -> io::Result<String> {
    let k = m.per_class.len();
    if k == 0 {
        return Ok(String::new());
    }
    let kf = k as f64;
    let x_fmt = |v: &f64| {
        let i = v.floor();
        if i >= 0.0 && (i as usize) < k {
            axis_label(&m.per_class[i as usize].label)
        } else {
            String::new()
        }
    };
    let y_fmt = |v: &f64| {
        if *v <= 1.0 + 1e-9 {
            format!("{v:.1}")
        } else {
            String::new()
        }
    };
    svg_chart(460, 440, |root| {
        let mut chart = ChartBuilder::on(root)
            .margin(12)
            .margin_right(24)
            .x_label_area_size(64)
            .y_label_area_size(64)
            .build_cartesian_2d(Cells(k), 0f64..1.15)
            .map_err(plot_err)?;
        chart
            .configure_mesh()
            .disable_x_mesh()
            .x_labels(k)
            .y_labels(6)
            .x_label_formatter(&x_fmt)
            .y_label_formatter(&y_fmt)
            .light_line_style(TRANSPARENT)
            .bold_line_style(GRID)
            .label_style((FONT, 16).into_font().color(&INK))
            .axis_desc_style((FONT, 17).into_font().color(&INK))
            .x_desc("Class")
            .y_desc("F1 score")
            .axis_style(MUTED)
            .draw()
            .map_err(plot_err)?;
        let value_style = (FONT, 16)
            .into_font()
            .color(&INK)
            .pos(Pos::new(HPos::Center, VPos::Bottom));
        for (i, c) in m.per_class.iter().enumerate() {
            let x = i as f64;
            if c.f1.is_finite() {
                let f1 = c.f1.clamp(0.0, 1.0);
                chart
                    .draw_series(std::iter::once(Rectangle::new(
                        [(x + 0.22, 0.0), (x + 0.78, f1)],
                        stance_color(&c.label).filled(),
                    )))
                    .map_err(plot_err)?;
                chart
                    .draw_series(std::iter::once(Text::new(
                        format!("{:.3}", c.f1),
                        (x + 0.5, f1 + 0.015),
                        value_style.clone(),
                    )))
                    .map_err(plot_err)?;
            } else {
                chart
                    .draw_series(std::iter::once(Text::new(
                        "undefined".to_string(),
                        (x + 0.5, 0.03),
                        value_style.clone(),
                    )))
                    .map_err(plot_err)?;
            }
        }
        if m.macro_f1.is_finite() {
            let y = m.macro_f1.clamp(0.0, 1.0);
            chart
                .draw_series(DashedLineSeries::new(
                    vec![(0.0, y), (kf, y)],
                    6,
                    4,
                    INK.stroke_width(2),
                ))
                .map_err(plot_err)?;
            chart
                .draw_series(std::iter::once(Text::new(
                    format!("- - -  macro F1 {:.3}", m.macro_f1),
                    (kf - 0.04, 1.14),
                    (FONT, 15)
                        .into_font()
                        .color(&INK)
                        .pos(Pos::new(HPos::Right, VPos::Top)),
                )))
                .map_err(plot_err)?;
        }
        Ok(())
    })
}

/// Confidence-vs-accuracy statistics in equal-width bins over [0, 1].
#[derive(Debug, Clone, Default)]
struct Calibration {
    /// Per bin: (examples, correct, summed confidence).
    bins: [(usize, usize, f64); CALIBRATION_BINS],
    total: usize,
}

/// The highest finite probability, if any.
fn confidence(probabilities: &[f32]) -> Option<f64> {
    probabilities
        .iter()
        .copied()
        .filter(|p| p.is_finite())
        .map(f64::from)
        .max_by(|a, b| a.total_cmp(b))
}

impl Calibration {
    fn new(examples: &[Example<'_>]) -> Calibration {
        let mut c = Calibration::default();
        for e in examples {
            let Some(conf) = confidence(e.probabilities) else {
                continue;
            };
            let conf = conf.clamp(0.0, 1.0);
            let b = ((conf * CALIBRATION_BINS as f64) as usize).min(CALIBRATION_BINS - 1);
            c.bins[b].0 += 1;
            c.bins[b].1 += usize::from(e.gold == e.predicted);
            c.bins[b].2 += conf;
            c.total += 1;
        }
        c
    }

    /// Expected calibration error: support-weighted mean |accuracy − confidence| over bins.
    fn ece(&self) -> Option<f64> {
        (self.total > 0).then(|| {
            self.bins
                .iter()
                .filter(|b| b.0 > 0)
                .map(|&(n, correct, conf)| {
                    let n = n as f64;
                    (n / self.total as f64) * (correct as f64 / n - conf / n).abs()
                })
                .sum()
        })
    }
}

/// Fill of the reliability plot's accuracy bars (also used by its HTML legend).
const CALIBRATION_BAR: RGBColor = RGBColor(120, 160, 215);

fn calibration_svg(c: &Calibration) -> io::Result<String> {
    if c.total == 0 {
        return Ok(String::new());
    }
    let tick_fmt = |v: &f64| format!("{v:.1}");
    svg_chart(460, 440, |root| {
        let mut chart = ChartBuilder::on(root)
            .margin(12)
            .margin_right(24)
            .x_label_area_size(64)
            .y_label_area_size(64)
            .build_cartesian_2d(0f64..1.0, 0f64..1.0)
            .map_err(plot_err)?;
        chart
            .configure_mesh()
            .x_labels(6)
            .y_labels(6)
            .x_label_formatter(&tick_fmt)
            .y_label_formatter(&tick_fmt)
            .light_line_style(TRANSPARENT)
            .bold_line_style(GRID)
            .label_style((FONT, 16).into_font().color(&INK))
            .axis_desc_style((FONT, 17).into_font().color(&INK))
            .x_desc("Confidence (highest predicted probability)")
            .y_desc("Accuracy")
            .axis_style(MUTED)
            .draw()
            .map_err(plot_err)?;
        let width = 1.0 / CALIBRATION_BINS as f64;
        let mut points = Vec::new();
        let mut bars = Vec::new();
        let mut counts = Vec::new();
        for (b, &(n, correct, conf_sum)) in c.bins.iter().enumerate() {
            if n == 0 {
                continue;
            }
            let acc = correct as f64 / n as f64;
            let conf = conf_sum / n as f64;
            let (x0, x1) = (b as f64 * width + 0.005, (b + 1) as f64 * width - 0.005);
            bars.push(Rectangle::new(
                [(x0, 0.0), (x1, acc)],
                CALIBRATION_BAR.filled(),
            ));
            points.push((conf, acc));
            // The bin's size, inside the bar when it is tall enough to hold it.
            let (y, ink) = if acc >= 0.1 {
                (0.015, WHITE)
            } else {
                (acc + 0.015, MUTED)
            };
            let style = (FONT, 13)
                .into_font()
                .color(&ink)
                .pos(Pos::new(HPos::Center, VPos::Bottom));
            counts.push(Text::new(n.to_string(), ((x0 + x1) / 2.0, y), style));
        }
        chart.draw_series(bars).map_err(plot_err)?;
        chart.draw_series(counts).map_err(plot_err)?;
        chart
            .draw_series(DashedLineSeries::new(
                vec![(0.0, 0.0), (1.0, 1.0)],
                6,
                4,
                MUTED.stroke_width(2),
            ))
            .map_err(plot_err)?;
        chart
            .draw_series(LineSeries::new(points.clone(), INK.stroke_width(2)))
            .map_err(plot_err)?;
        chart
            .draw_series(points.iter().map(|&p| Circle::new(p, 4, INK.filled())))
            .map_err(plot_err)?;
        Ok(())
    })
}

fn features_tables(out: &mut String, top: &[(String, Vec<(String, f32)>)]) {
    if top.iter().all(|(_, f)| f.is_empty()) {
        out.push_str("<p class=\"empty\">No feature weights supplied.</p>");
        return;
    }
    out.push_str("<p class=\"note\">Features with the largest weights toward each label; the bar is relative to the label's strongest feature. Prefixes: <code>w:</code> word n-gram, <code>h:</code> character n-gram (<code>&lt;</code> <code>&gt;</code> mark word edges), <code>x:</code> word of the attributing sentence, <code>l:</code> lexicon class, <code>c:</code> word after a contrast; <code>!</code> marks negation.</p><div class=\"features\">");
    for (label, feats) in top {
        let max = feats
            .iter()
            .take(FEATURES_SHOWN)
            .map(|f| f.1.abs())
            .filter(|v| v.is_finite())
            .fold(0f32, f32::max);
        out.push_str("<div class=\"feature-card\"><h3><span class=\"badge ");
        out.push_str(stance_class(label));
        out.push_str("\">");
        escape_into(out, label);
        out.push_str("</span></h3><table class=\"feat\"><thead><tr><th>#</th><th>feature</th><th>weight</th></tr></thead><tbody>");
        for (rank, (name, weight)) in feats.iter().take(FEATURES_SHOWN).enumerate() {
            let pct = if max > 0.0 && weight.is_finite() {
                (weight.abs() / max * 100.0).round()
            } else {
                0.0
            };
            out.push_str(&format!(
                "<tr><td class=\"rank\">{}</td><td><code>",
                rank + 1
            ));
            escape_into(out, name);
            out.push_str(&format!(
                "</code></td><td class=\"weight\"><span class=\"wbar {}\" style=\"width:{pct}%\"></span>{weight:.3}</td></tr>",
                stance_class(label)
            ));
        }
        out.push_str("</tbody></table></div>");
    }
    out.push_str("</div>");
}

fn worst_examples(out: &mut String, m: &Metrics, examples: &[Example<'_>]) {
    let mut wrong: Vec<(&Example<'_>, f64)> = examples
        .iter()
        .filter(|e| e.gold != e.predicted)
        .map(|e| (e, confidence(e.probabilities).unwrap_or(f64::NAN)))
        .collect();
    if wrong.is_empty() {
        out.push_str(if examples.is_empty() {
            "<p class=\"empty\">No per-example predictions supplied.</p>"
        } else {
            "<p class=\"empty\">No misclassified examples.</p>"
        });
        return;
    }
    // Most confident first; examples without probabilities last.
    wrong.sort_by(|a, b| match (a.1.is_nan(), b.1.is_nan()) {
        (false, false) => b.1.total_cmp(&a.1),
        (x, y) => x.cmp(&y),
    });
    out.push_str(&format!(
        "<p class=\"note\">{} of {} examples are misclassified; the {} most confident mistakes:</p>",
        wrong.len(),
        examples.len(),
        wrong.len().min(WORST_SHOWN)
    ));
    out.push_str("<table class=\"worst\"><thead><tr><th>#</th><th>id</th><th>gold</th><th>predicted</th><th>confidence</th><th>p(gold)</th><th>text</th></tr></thead><tbody>");
    for (rank, (e, conf)) in wrong.iter().take(WORST_SHOWN).enumerate() {
        let gold = label_name(&m.labels, e.gold);
        let pred = label_name(&m.labels, e.predicted);
        let p_gold = e
            .probabilities
            .get(e.gold)
            .map(|&p| f64::from(p))
            .unwrap_or(f64::NAN);
        out.push_str(&format!(
            "<tr><td class=\"rank\">{}</td><td class=\"id\">",
            rank + 1
        ));
        escape_into(out, &truncate(e.id, 40));
        out.push_str(&format!(
            "</td><td><span class=\"badge {}\">",
            stance_class(&gold)
        ));
        escape_into(out, &gold);
        out.push_str(&format!(
            "</span></td><td><span class=\"badge {}\">",
            stance_class(&pred)
        ));
        escape_into(out, &pred);
        out.push_str(&format!(
            "</span></td><td class=\"num\">{}</td><td class=\"num\">{}</td><td class=\"quote\">",
            score(*conf),
            score(p_gold)
        ));
        escape_into(out, &truncate(e.text, EXAMPLE_CHARS));
        out.push_str("</td></tr>");
    }
    out.push_str("</tbody></table>");
}

// ---------------------------------------------------------------------------------------------
// Article page

/// Distinct party colours (Tableau-like); beyond these, hues step by the golden angle.
const PARTY_COLORS: [RGBColor; 10] = [
    RGBColor(78, 121, 167),
    RGBColor(242, 142, 43),
    RGBColor(89, 161, 79),
    RGBColor(225, 87, 89),
    RGBColor(176, 122, 161),
    RGBColor(156, 117, 95),
    RGBColor(255, 157, 167),
    RGBColor(118, 183, 178),
    RGBColor(188, 189, 34),
    RGBColor(237, 201, 72),
];

fn party_color(i: usize) -> RGBColor {
    if let Some(&c) = PARTY_COLORS.get(i) {
        return c;
    }
    let hue = (i as f64 * 137.508).rem_euclid(360.0) / 360.0;
    let (r, g, b) = HSLColor(hue, 0.55, 0.5).rgb();
    RGBColor(r, g, b)
}

/// Who a highlighted span belongs to.
#[derive(Debug, Clone, Copy)]
enum Owner {
    /// `(party, quote)` indices into `article.parties`.
    Party(usize, usize),
    /// Index into `article.unattributed`.
    Unattributed(usize),
}

/// The spans to highlight, in text order: valid, non-empty, on char boundaries, and not
/// overlapping an earlier kept span (the earliest start wins, then the longest).
fn highlight_spans(text: &str, article: &ArticleResult) -> Vec<(usize, usize, Owner)> {
    let mut spans: Vec<(usize, usize, Owner)> = article
        .parties
        .iter()
        .enumerate()
        .flat_map(|(i, p)| {
            p.quotes
                .iter()
                .enumerate()
                .map(move |(j, q)| (q.start, q.end, Owner::Party(i, j)))
        })
        .chain(
            article
                .unattributed
                .iter()
                .enumerate()
                .map(|(j, q)| (q.start, q.end, Owner::Unattributed(j))),
        )
        .filter(|&(s, e, _)| {
            s < e && e <= text.len() && text.is_char_boundary(s) && text.is_char_boundary(e)
        })
        .collect();
    spans.sort_by(|a, b| a.0.cmp(&b.0).then(b.1.cmp(&a.1)));
    let mut kept = Vec::with_capacity(spans.len());
    let mut end = 0;
    for s in spans {
        if s.0 >= end {
            end = s.1;
            kept.push(s);
        }
    }
    kept
}

/// Turns article text into paragraphs: a blank line starts a new `<p>`, a single newline is a
/// `<br>`. A highlight crossing a paragraph break is closed and reopened so tags nest.
struct Paragraphs<'o> {
    out: &'o mut String,
    newlines: usize,
    has_content: bool,
    mark: Option<String>,
}

impl<'o> Paragraphs<'o> {
    fn new(out: &'o mut String) -> Self {
        out.push_str("<p>");
        Paragraphs {
            out,
            newlines: 0,
            has_content: false,
            mark: None,
        }
    }

    fn flush_breaks(&mut self) {
        if self.newlines > 0 && self.has_content {
            if self.newlines >= 2 {
                if self.mark.is_some() {
                    self.out.push_str("</mark>");
                }
                self.out.push_str("</p>\n<p>");
                if let Some(tag) = &self.mark {
                    self.out.push_str(tag);
                }
                self.has_content = false;
            } else {
                self.out.push_str("<br>");
            }
        }
        self.newlines = 0;
    }

    fn text(&mut self, s: &str) {
        for c in s.chars() {
            match c {
                '\r' => {}
                '\n' => self.newlines += 1,
                c if c.is_whitespace() && self.newlines > 0 => {}
                c if c.is_whitespace() && !self.has_content => {}
                c => {
                    self.flush_breaks();
                    push_escaped(self.out, c);
                    self.has_content = true;
                }
            }
        }
    }

    fn open(&mut self, tag: String, prefix: &str) {
        self.flush_breaks();
        self.out.push_str(&tag);
        self.out.push_str(prefix);
        self.mark = Some(tag);
    }

    fn close(&mut self, suffix: &str) {
        if self.mark.take().is_some() {
            self.out.push_str("</mark>");
            self.out.push_str(suffix);
        }
    }

    fn finish(self) {
        if self.mark.is_some() {
            self.out.push_str("</mark>");
        }
        self.out.push_str("</p>\n");
    }
}

fn quote_of(article: &ArticleResult, owner: Owner) -> Option<&QuoteResult> {
    match owner {
        Owner::Party(i, j) => article.parties.get(i)?.quotes.get(j),
        Owner::Unattributed(j) => article.unattributed.get(j),
    }
}

/// The probability of the quote's own label, if known.
fn quote_confidence(q: &QuoteResult) -> Option<f32> {
    let label = q.label.as_ref()?;
    q.probabilities.as_ref()?.get(label).copied()
}

fn article_body(out: &mut String, text: &str, article: &ArticleResult) {
    let spans = highlight_spans(text, article);
    let mut para = Paragraphs::new(out);
    let mut pos = 0;
    for (start, end, owner) in spans {
        para.text(&text[pos..start]);
        let q = quote_of(article, owner);
        let (tag, chip) = match owner {
            Owner::Party(i, j) => {
                let c = party_color(i);
                let name = article
                    .parties
                    .get(i)
                    .map(|p| p.party.as_str())
                    .unwrap_or("");
                let mut title = name.to_string();
                if let Some(q) = q {
                    if let Some(l) = &q.label {
                        title.push_str(&format!(" · quote: {l}"));
                        if let Some(p) = quote_confidence(q) {
                            title.push_str(&format!(" {p:.2}"));
                        }
                    }
                }
                (
                    format!(
                        "<mark class=\"q\" id=\"q-{i}-{j}\" style=\"--c:{};--hl:rgba({},{},{},0.2)\" title=\"{}\">",
                        css_rgb(c),
                        c.0,
                        c.1,
                        c.2,
                        escape(&title)
                    ),
                    format!(
                        "<a class=\"chip\" href=\"#party-{i}\" style=\"background:{}\">{}</a>",
                        css_rgb(c),
                        i + 1
                    ),
                )
            }
            Owner::Unattributed(j) => (
                format!("<mark class=\"q un\" id=\"u-{j}\" title=\"speaker not determined\">"),
                "<span class=\"chip un\">?</span>".to_string(),
            ),
        };
        let pill = q
            .and_then(|q| {
                let l = q.label.as_ref()?;
                let conf = quote_confidence(q)
                    .map(|p| format!(" {p:.2}"))
                    .unwrap_or_default();
                Some(format!(
                    "<span class=\"pill {}\">{}{conf}</span>",
                    stance_class(l),
                    escape(l)
                ))
            })
            .unwrap_or_default();
        para.open(tag, &chip);
        para.text(&text[start..end]);
        para.close(&pill);
        pos = end;
    }
    para.text(&text[pos..]);
    para.finish();
}

fn party_panel(out: &mut String, article: &ArticleResult) {
    // Tally of party labels.
    let mut tally: Vec<(String, usize)> = Vec::new();
    for p in &article.parties {
        let l = p.label.clone().unwrap_or_else(|| "unlabeled".into());
        match tally.iter_mut().find(|t| t.0 == l) {
            Some(t) => t.1 += 1,
            None => tally.push((l, 1)),
        }
    }
    out.push_str("<h2>Parties</h2>");
    if !tally.is_empty() {
        out.push_str("<p class=\"tally\">");
        for (l, n) in &tally {
            out.push_str(&format!("<span class=\"badge {}\">{n} ", stance_class(l)));
            escape_into(out, l);
            out.push_str("</span> ");
        }
        out.push_str("</p>");
    } else {
        out.push_str("<p class=\"empty\">No quoted parties found.</p>");
    }
    for (i, p) in article.parties.iter().enumerate() {
        let c = party_color(i);
        out.push_str(&format!(
            "<section class=\"party\" id=\"party-{i}\" style=\"--c:{}\"><header><span class=\"swatch\">{}</span><h3>",
            css_rgb(c),
            i + 1
        ));
        escape_into(out, &p.party);
        out.push_str("</h3></header>");
        out.push_str("<div class=\"verdict\">");
        match &p.label {
            Some(l) => {
                out.push_str(&format!("<span class=\"badge {}\">", stance_class(l)));
                escape_into(out, l);
                out.push_str("</span>");
            }
            None => out.push_str("<span class=\"badge other\">unlabeled</span>"),
        }
        if let Some(conf) = p.confidence.filter(|c| c.is_finite()) {
            out.push_str(&format!(
                "<span class=\"conf\">confidence <strong>{conf:.2}</strong></span><span class=\"meter\"><span style=\"width:{:.0}%\"></span></span>",
                conf.clamp(0.0, 1.0) * 100.0
            ));
        }
        out.push_str("</div>");
        if let Some(probs) = &p.probabilities {
            out.push_str("<table class=\"probs\"><tbody>");
            for (l, v) in probs {
                let v = if v.is_finite() {
                    v.clamp(0.0, 1.0)
                } else {
                    0.0
                };
                out.push_str("<tr><th>");
                escape_into(out, l);
                out.push_str(&format!(
                    "</th><td><span class=\"pbar {}\" style=\"width:{:.0}%\"></span></td><td class=\"num\">{v:.2}</td></tr>",
                    stance_class(l),
                    v * 100.0
                ));
            }
            out.push_str("</tbody></table>");
        }
        let others: Vec<&String> = p.mentions.iter().filter(|m| **m != p.party).collect();
        if !others.is_empty() {
            out.push_str("<p class=\"mentions\">Also named: ");
            for (k, m) in others.iter().take(6).enumerate() {
                if k > 0 {
                    out.push_str("; ");
                }
                escape_into(out, m);
            }
            out.push_str("</p>");
        }
        out.push_str("<ol class=\"evidence\">");
        for (j, q) in p.quotes.iter().enumerate() {
            evidence_item(out, q, &format!("q-{i}-{j}"));
        }
        out.push_str("</ol></section>");
    }
    if !article.unattributed.is_empty() {
        out.push_str("<section class=\"party un\"><header><span class=\"swatch\">?</span><h3>Unattributed quotes</h3></header><ol class=\"evidence\">");
        for (j, q) in article.unattributed.iter().enumerate() {
            evidence_item(out, q, &format!("u-{j}"));
        }
        out.push_str("</ol></section>");
    }
}

fn evidence_item(out: &mut String, q: &QuoteResult, anchor: &str) {
    out.push_str(&format!("<li><a href=\"#{anchor}\">“"));
    escape_into(out, &truncate(q.text.trim(), 280));
    out.push_str("”</a>");
    out.push_str("<div class=\"meta\">");
    if let Some(l) = &q.label {
        out.push_str(&format!("<span class=\"pill {}\">", stance_class(l)));
        escape_into(out, l);
        if let Some(p) = quote_confidence(q) {
            out.push_str(&format!(" {p:.2}"));
        }
        out.push_str("</span>");
    }
    if let Some(v) = &q.verb {
        out.push_str("<span class=\"verb\">");
        escape_into(out, v);
        out.push_str("</span>");
    }
    if let Some(via) = &q.via {
        out.push_str("<span class=\"via\">via ");
        escape_into(out, via);
        out.push_str("</span>");
    }
    out.push_str("</div>");
    if let Some(ev) = q.explain.as_ref().filter(|e| !e.is_empty()) {
        out.push_str("<div class=\"explain\">");
        for e in ev {
            out.push_str("<code>");
            escape_into(out, &e.feature);
            out.push_str(&format!(" <small>{:+.2}</small></code>", e.weight));
        }
        out.push_str("</div>");
    }
    out.push_str("</li>");
}

// ---------------------------------------------------------------------------------------------
// Styles

const BASE_CSS: &str = r#"
:root { --ink:#1f2937; --muted:#6b7280; --line:#e5e7eb; --bg:#f6f7f9; --panel:#fff;
  --sup:#1a9850; --ske:#e08c14; --hos:#cd3028; --oth:#64748b; }
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body { margin: 0; background: var(--bg); color: var(--ink);
  font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", "DejaVu Sans", sans-serif; }
.wrap { max-width: 1320px; margin: 0 auto; padding: 0 28px; }
header.top { background: #111827; color: #f9fafb; padding: 22px 0 18px; margin-bottom: 24px; }
header.top h1 { margin: 2px 0 4px; font-size: 26px; font-weight: 650; letter-spacing: -0.01em; }
.kicker { margin: 0; text-transform: uppercase; letter-spacing: .12em; font-size: 11px; color: #9ca3af; }
.sub { margin: 0; color: #d1d5db; }
h2 { font-size: 17px; margin: 0 0 12px; font-weight: 650; }
h3 { font-size: 15px; margin: 0; }
code { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, "DejaVu Sans Mono", monospace; font-size: 13px; }
.panel, figure.chart { background: var(--panel); border: 1px solid var(--line); border-radius: 10px; padding: 18px 20px; margin: 0 0 20px; }
.note, figcaption, .empty { color: var(--muted); font-size: 13px; }
.empty { font-style: italic; }
.badge, .pill { display: inline-block; border-radius: 999px; padding: 1px 9px; font-size: 12px; font-weight: 600;
  color: #fff; background: var(--oth); white-space: nowrap; font-family: system-ui, -apple-system, "Segoe UI", Roboto, Arial, "DejaVu Sans", sans-serif; }
.supportive { background: var(--sup); } .skeptical { background: var(--ske); } .hostile { background: var(--hos); } .other { background: var(--oth); }
.num { text-align: right; font-variant-numeric: tabular-nums; }
footer { color: var(--muted); font-size: 12px; padding: 8px 28px 28px; }
"#;

const EVALUATION_CSS: &str = r#"
.cards { display: grid; grid-template-columns: repeat(4, 1fr); gap: 16px; margin-bottom: 20px; }
.card { background: var(--panel); border: 1px solid var(--line); border-radius: 10px; padding: 14px 18px; }
.card-name { font-size: 12px; text-transform: uppercase; letter-spacing: .08em; color: var(--muted); }
.card-value { font-size: 30px; font-weight: 650; font-variant-numeric: tabular-nums; }
.card-help { font-size: 12px; color: var(--muted); }
table { border-collapse: collapse; }
table.report { min-width: 560px; font-variant-numeric: tabular-nums; }
table.report th, table.report td { padding: 6px 14px; border-bottom: 1px solid var(--line); text-align: right; }
table.report thead th { font-size: 12px; text-transform: uppercase; letter-spacing: .06em; color: var(--muted); font-weight: 600; }
table.report tbody th { text-align: left; font-weight: 600; }
table.report tbody.totals tr:first-child th, table.report tbody.totals tr:first-child td { border-top: 2px solid #d1d5db; }
td.score { background: linear-gradient(to right, #dbeafe var(--v), transparent var(--v)); }
td.undef { color: var(--muted); }
.dot { display: inline-block; width: 10px; height: 10px; border-radius: 50%; margin-right: 8px; }
.legend { display: flex; flex-wrap: wrap; gap: 4px 14px; margin: 0 0 6px; font-size: 12.5px; color: var(--ink); }
.legend span { display: inline-flex; align-items: center; gap: 6px; }
.legend .sw { display: inline-block; width: 14px; height: 10px; border-radius: 2px; }
.legend .ln { display: inline-block; width: 18px; border-top: 2px solid var(--ink); }
.legend .ln.dash { border-top: 2px dashed var(--muted); }
.charts { display: grid; grid-template-columns: repeat(3, minmax(0, 1fr)); gap: 20px; }
figure.chart { margin: 0 0 20px; }
figure.chart svg { display: block; width: 100%; height: auto; margin: 4px 0 8px; }
.features { display: grid; grid-template-columns: repeat(auto-fit, minmax(280px, 1fr)); gap: 16px; }
.feature-card { border: 1px solid var(--line); border-radius: 8px; padding: 12px 14px; }
.feature-card h3 { margin-bottom: 8px; }
table.feat { width: 100%; font-size: 13px; }
table.feat th { font-size: 11px; text-transform: uppercase; letter-spacing: .06em; color: var(--muted); text-align: left; font-weight: 600; padding: 2px 6px; }
table.feat td { padding: 3px 6px; border-top: 1px solid #f1f2f4; }
td.rank { color: var(--muted); width: 2em; text-align: right; font-variant-numeric: tabular-nums; }
td.weight { position: relative; width: 42%; text-align: right; font-variant-numeric: tabular-nums; }
.wbar { position: absolute; left: 6px; top: 7px; height: 10px; border-radius: 2px; opacity: .35; max-width: calc(100% - 56px); }
table.worst { width: 100%; font-size: 14px; }
table.worst th { font-size: 11px; text-transform: uppercase; letter-spacing: .06em; color: var(--muted); text-align: left; font-weight: 600; padding: 6px 8px; border-bottom: 1px solid var(--line); }
table.worst td { padding: 8px; border-bottom: 1px solid var(--line); vertical-align: top; }
td.id { font-family: ui-monospace, Menlo, Consolas, "DejaVu Sans Mono", monospace; font-size: 12px; white-space: nowrap; }
td.quote { font-family: Georgia, "Times New Roman", "DejaVu Serif", serif; line-height: 1.45; }
@media (max-width: 1100px) { .charts { grid-template-columns: 1fr 1fr; } .cards { grid-template-columns: 1fr 1fr; } }
"#;

const ARTICLE_CSS: &str = r#"
.legend { margin: 6px 0 0; color: #9ca3af; font-size: 13px; }
.layout { display: grid; grid-template-columns: minmax(0, 1fr) 420px; gap: 28px; align-items: start; }
article.text { background: var(--panel); border: 1px solid var(--line); border-radius: 10px; padding: 28px 40px;
  font: 18px/1.7 Georgia, "Times New Roman", "DejaVu Serif", serif; }
article.text p { margin: 0 0 1em; }
article.text p:first-child { font: 700 26px/1.25 Georgia, "Times New Roman", "DejaVu Serif", serif; margin-bottom: .8em; }
mark.q { background: var(--hl); border-bottom: 3px solid var(--c); padding: 1px 2px; border-radius: 3px 3px 0 0;
  color: inherit; -webkit-box-decoration-break: clone; box-decoration-break: clone; }
mark.q:target { outline: 2px solid var(--c); }
mark.q.un { background: #f1f5f9; border-bottom: 2px dashed #94a3b8; }
.chip { display: inline-block; min-width: 18px; height: 18px; line-height: 18px; border-radius: 9px; margin-right: 4px; padding: 0 4px;
  color: #fff; font: 700 11px/18px system-ui, -apple-system, "Segoe UI", Roboto, Arial, "DejaVu Sans", sans-serif; text-align: center; text-decoration: none; vertical-align: 2px; }
.chip.un { background: #94a3b8; }
article .pill { font-size: 10.5px; padding: 0 6px; margin-left: 4px; vertical-align: 2px; opacity: .9; }
aside.side { position: sticky; top: 16px; }
aside.side > h2 { margin-bottom: 6px; }
.tally { margin: 0 0 14px; } .tally .badge { margin-right: 4px; }
section.party { background: var(--panel); border: 1px solid var(--line); border-left: 6px solid var(--c); border-radius: 10px; padding: 12px 16px; margin-bottom: 14px; }
section.party.un { --c: #94a3b8; }
section.party header { display: flex; align-items: center; gap: 10px; margin-bottom: 8px; }
.swatch { flex: none; width: 24px; height: 24px; border-radius: 12px; background: var(--c); color: #fff; font-weight: 700; font-size: 12px; line-height: 24px; text-align: center; }
.verdict { display: flex; align-items: center; gap: 10px; margin-bottom: 6px; font-size: 13px; }
.conf { color: var(--muted); }
.meter { flex: 1; height: 6px; background: var(--line); border-radius: 3px; overflow: hidden; }
.meter span { display: block; height: 100%; background: var(--ink); }
table.probs { width: 100%; border-collapse: collapse; font-size: 12px; margin-bottom: 6px; }
table.probs th { text-align: left; font-weight: 500; color: var(--muted); width: 6.5em; padding: 1px 0; }
table.probs td { padding: 1px 0 1px 6px; }
table.probs td.num { width: 3em; }
.pbar { display: block; height: 8px; border-radius: 2px; min-width: 1px; }
.mentions { font-size: 12px; color: var(--muted); margin: 4px 0; }
ol.evidence { margin: 6px 0 0; padding-left: 20px; font-size: 13.5px; }
ol.evidence li { margin-bottom: 8px; }
ol.evidence a { color: inherit; text-decoration: none; font-family: Georgia, "Times New Roman", "DejaVu Serif", serif; }
ol.evidence a:hover { text-decoration: underline; }
.meta { display: flex; flex-wrap: wrap; gap: 6px; align-items: center; margin-top: 2px; font-size: 12px; color: var(--muted); }
.meta .pill { font-size: 11px; }
.explain code { display: inline-block; background: #f3f4f6; border-radius: 4px; padding: 0 5px; margin: 3px 4px 0 0; font-size: 11.5px; }
@media (max-width: 1000px) { .layout { grid-template-columns: 1fr; } aside.side { position: static; } }
"#;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::article::PartyResult;
    use crate::quotes::QuoteKind;
    use std::collections::BTreeMap;

    fn labels() -> Vec<String> {
        ["hostile", "skeptical", "supportive"]
            .iter()
            .map(|s| s.to_string())
            .collect()
    }

    fn quote(text: &str, start: usize, end: usize, label: Option<&str>) -> QuoteResult {
        QuoteResult {
            text: text.get(start..end).unwrap_or("").to_string(),
            start,
            end,
            kind: QuoteKind::Direct,
            via: None,
            verb: Some("said".into()),
            label: label.map(String::from),
            probabilities: label.map(|l| BTreeMap::from([(l.to_string(), 0.8f32)])),
            explain: None,
        }
    }

    fn article(text: &str, spans: &[(usize, usize)]) -> ArticleResult {
        ArticleResult {
            document: "doc <1>.txt".into(),
            event: "troop withdrawal".into(),
            parties: vec![PartyResult {
                party: "Amina <b>Diallo</b>".into(),
                mentions: vec!["Diallo".into()],
                label: Some("supportive".into()),
                confidence: Some(0.8),
                probabilities: Some(BTreeMap::from([
                    ("hostile".to_string(), 0.1f32),
                    ("skeptical".to_string(), 0.1),
                    ("supportive".to_string(), 0.8),
                ])),
                quotes: spans
                    .iter()
                    .map(|&(s, e)| quote(text, s, e, Some("supportive")))
                    .collect(),
            }],
            unattributed: vec![],
        }
    }

    fn render_article(text: &str, a: &ArticleResult) -> String {
        let mut buf = Vec::new();
        write_article_html(&mut buf, text, a).unwrap();
        String::from_utf8(buf).unwrap()
    }

    /// (id, text, gold, predicted, probabilities) of one example.
    type Row = (String, String, usize, usize, Vec<f32>);

    /// A deterministic 1,000-example evaluation with long texts.
    fn evaluation(n: usize) -> (Metrics, Vec<Row>) {
        let mut rows = Vec::new();
        for i in 0..n {
            let gold = i % 3;
            let predicted = if i % 4 == 0 { (i + 1) % 3 } else { gold };
            let top = 0.34 + (i % 60) as f32 / 100.0;
            let mut p = vec![(1.0 - top) / 2.0; 3];
            p[predicted] = top;
            let text = format!(
                "<script>alert({i})</script> \"we welcome\" & {}",
                "word ".repeat(150)
            );
            rows.push((format!("ex-{i}"), text, gold, predicted, p));
        }
        let gold: Vec<usize> = rows.iter().map(|r| r.2).collect();
        let pred: Vec<usize> = rows.iter().map(|r| r.3).collect();
        (Metrics::new(&labels(), &gold, &pred), rows)
    }

    fn render_evaluation(n: usize) -> String {
        let (m, rows) = evaluation(n);
        let examples: Vec<Example> = rows
            .iter()
            .map(|r| Example {
                id: &r.0,
                text: &r.1,
                gold: r.2,
                predicted: r.3,
                probabilities: &r.4,
            })
            .collect();
        let top: Vec<(String, Vec<(String, f32)>)> = labels()
            .into_iter()
            .map(|l| {
                (
                    l,
                    vec![("<b>betray</b>".to_string(), 2.5), ("welcome".into(), 1.0)],
                )
            })
            .collect();
        let mut buf = Vec::new();
        write_evaluation_html(
            &mut buf,
            &EvaluationHtml {
                title: "dev <set>",
                metrics: &m,
                examples: &examples,
                top_features: &top,
            },
        )
        .unwrap();
        String::from_utf8(buf).unwrap()
    }

    #[test]
    fn evaluation_has_charts_and_stays_small() {
        let html = render_evaluation(1000);
        assert!(html.len() < 2 * 1024 * 1024, "{} bytes", html.len());
        assert_eq!(html.matches("<svg").count(), 3);
        assert!(html.contains("Classification report"));
        assert!(!html.contains("<script"));
        assert!(html.contains("&lt;script&gt;alert("));
        assert!(html.contains("dev &lt;set&gt;"));
        assert!(html.contains("&lt;b&gt;betray&lt;/b&gt;"));
        // 20 worst of 250 mistakes.
        assert_eq!(html.matches("<td class=\"rank\">").count(), 20 + 2 * 3);
    }

    #[test]
    fn evaluation_shows_undefined_as_dashes() {
        // Class 2 never present nor predicted: its P/R/F1 are undefined.
        let m = Metrics::new(&labels(), &[0, 1, 0], &[0, 1, 1]);
        let mut buf = Vec::new();
        write_evaluation_html(
            &mut buf,
            &EvaluationHtml {
                title: "t",
                metrics: &m,
                examples: &[],
                top_features: &[],
            },
        )
        .unwrap();
        let html = String::from_utf8(buf).unwrap();
        assert!(html.contains("<td class=\"undef\">--------</td>"));
        assert!(html.contains("No per-example predictions supplied."));
    }

    #[test]
    fn evaluation_survives_degenerate_metrics() {
        for labels in [vec![], vec!["only".to_string()]] {
            let gold: Vec<usize> = if labels.is_empty() {
                vec![]
            } else {
                vec![0, 0]
            };
            let m = Metrics::new(&labels, &gold, &gold);
            let probs = [f32::NAN];
            let ex = [Example {
                id: "x",
                text: "t",
                gold: 0,
                predicted: 7,
                probabilities: &probs,
            }];
            let mut buf = Vec::new();
            write_evaluation_html(
                &mut buf,
                &EvaluationHtml {
                    title: "t",
                    metrics: &m,
                    examples: &ex,
                    top_features: &[],
                },
            )
            .unwrap();
            assert!(String::from_utf8(buf).unwrap().contains("#7"));
        }
    }

    #[test]
    fn calibration_bins_and_ece() {
        let p_hi = [0.95f32, 0.05];
        let p_lo = [0.55f32, 0.45];
        let ex = [
            Example {
                id: "a",
                text: "",
                gold: 0,
                predicted: 0,
                probabilities: &p_hi,
            },
            Example {
                id: "b",
                text: "",
                gold: 1,
                predicted: 0,
                probabilities: &p_hi,
            },
            Example {
                id: "c",
                text: "",
                gold: 0,
                predicted: 0,
                probabilities: &p_lo,
            },
        ];
        let c = Calibration::new(&ex);
        assert_eq!(c.bins[9].0, 2);
        assert_eq!(c.bins[9].1, 1);
        assert_eq!(c.bins[5].0, 1);
        // (2/3)·|0.5 − 0.95| + (1/3)·|1 − 0.55| = 0.45
        assert!((c.ece().unwrap() - 0.45).abs() < 1e-6);
    }

    #[test]
    fn article_escapes_script_and_highlights_quotes() {
        let text =
            "Headline <script>alert(1)</script>\n\nShe said \"we welcome it\" today.\nNext line.";
        let s = text.find("we welcome").unwrap();
        let a = article(text, &[(s, s + "we welcome it".len())]);
        let html = render_article(text, &a);
        assert!(!html.contains("<script"));
        assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
        assert!(html.contains("we welcome it</mark>"));
        assert!(html.contains("Amina &lt;b&gt;Diallo&lt;/b&gt;"));
        assert!(html.contains("doc &lt;1&gt;.txt"));
        assert!(html.contains("</p>\n<p>"));
        assert!(html.contains("today.<br>Next line."));
    }

    #[test]
    fn odd_spans_are_skipped_not_fatal() {
        let text = "Él dijo «sí» — \"no\" al retiro.\n\nFin.";
        let n = text.len();
        let table: &[(usize, usize)] = &[
            (0, 1),      // inside 'É' (2 bytes): not a char boundary
            (5, 3),      // reversed
            (4, 4),      // empty
            (n, n + 10), // past the end
            (usize::MAX - 1, usize::MAX),
            (3, 12), // valid
            (5, 9),  // overlaps the previous
            (0, n),  // overlaps everything, starts first: wins
        ];
        for &(s, e) in table {
            let a = article(text, &[(s, e)]);
            render_article(text, &a);
        }
        let a = article(text, table);
        let html = render_article(text, &a);
        assert_eq!(
            html.matches("<mark").count(),
            2,
            "reopened across the paragraph break"
        );
        let spans = highlight_spans(text, &a);
        assert_eq!(spans.len(), 1);
        assert_eq!(&text[spans[0].0..spans[0].1], text);
    }

    #[test]
    fn span_crossing_paragraphs_nests() {
        let text = "One \"two\n\nthree\" four";
        let s = text.find("two").unwrap();
        let e = text.find(" four").unwrap();
        let html = render_article(text, &article(text, &[(s, e)]));
        assert!(html.contains("two</mark></p>\n<p><mark"));
        let body = &html[html.find("<article").unwrap()..html.find("</article>").unwrap()];
        for (tag, n) in [("<p>", 2), ("</p>", 2), ("<mark", 2), ("</mark>", 2)] {
            assert_eq!(body.matches(tag).count(), n, "{tag} in {body}");
        }
    }

    #[test]
    fn many_parties_get_distinct_colors() {
        let colors: Vec<RGBColor> = (0..30).map(party_color).collect();
        for i in 0..colors.len() {
            for j in 0..i {
                assert_ne!(colors[i], colors[j], "{i} vs {j}");
            }
        }
    }
}
