//! The library's one error type. Messages are lowercase, name the input and the place
//! (`train.jsonl:12: unknown label "neutral"`), and where possible the flag that fixes it.

use std::path::PathBuf;

/// Everything that can go wrong in `stance`, with the numbers that explain it.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// A file could not be opened, read or written. (The I/O error is part of the message,
    /// not a `source`, so it is printed once.)
    #[error("{}: {err}", path.display())]
    Io { path: PathBuf, err: std::io::Error },
    /// Input that is not valid UTF-8; `offset` is the byte offset of the first bad byte.
    #[error("{path}: invalid UTF-8 at byte offset {offset} (use --lossy to replace bad bytes)")]
    InvalidUtf8 { path: String, offset: usize },
    /// Input that contains NUL bytes, i.e. is binary rather than text.
    #[error("{path}: looks like a binary file (NUL byte at offset {offset})")]
    Binary { path: String, offset: usize },
    /// A record or line that cannot be parsed.
    #[error("{path}:{line}: {message}")]
    Parse {
        path: String,
        line: usize,
        message: String,
    },
    /// A label that the model or the label set does not know.
    #[error("{path}:{line}: unknown label {label:?} (expected {expected})")]
    UnknownLabel {
        path: String,
        line: usize,
        label: String,
        expected: String,
    },
    /// An input with nothing to learn from or classify.
    #[error("{0}: no records")]
    Empty(String),
    /// A text file (an article) that is empty or only whitespace.
    #[error("{0}: empty file (no text)")]
    EmptyText(String),
    /// Input larger than a configured limit.
    #[error("{what}: over the limit of {limit} bytes (raise it with {flag})")]
    TooLarge {
        what: String,
        size: usize,
        limit: usize,
        flag: &'static str,
    },
    /// A model file that cannot be used.
    #[error("{path}: {message}")]
    Model { path: String, message: String },
    /// A model file written by an incompatible format version.
    #[error("{path}: model format version {found} is not supported (this stance reads versions {oldest} to {newest}); retrain it with `stance train`")]
    ModelVersion {
        path: String,
        found: u32,
        oldest: u32,
        newest: u32,
    },
    /// Hyperparameters outside their valid range.
    #[error("invalid parameter: {0}")]
    InvalidParams(String),
    /// Two things that must agree in size do not.
    #[error("mismatched shapes: got {0} != {1}")]
    MismatchedShapes(usize, usize),
    /// Training data that cannot produce a model.
    #[error("{0}")]
    Training(String),
    /// An error raised by linfa itself.
    #[error(transparent)]
    Linfa(#[from] linfa::Error),
}

/// `Result` with [`Error`].
pub type Result<T, E = Error> = std::result::Result<T, E>;

impl Error {
    /// An I/O error on `path`.
    pub fn io(path: impl Into<PathBuf>, source: std::io::Error) -> Self {
        Error::Io {
            path: path.into(),
            err: source,
        }
    }
}
