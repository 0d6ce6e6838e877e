//! Reports for people: aligned text tables (like scikit-learn's classification_report),
//! JSON, and self-contained HTML, all written into any `W: Write`.

mod html;
mod table;

pub use html::{write_article_html, write_evaluation_html, EvaluationHtml, Example};
pub use table::{write_metrics, write_parties, PartyRow};

/// Formats a score, NaN as `--------` (undefined, never 0).
pub fn score(v: f64) -> String {
    if v.is_finite() {
        format!("{v:.4}")
    } else {
        "--------".to_string()
    }
}
