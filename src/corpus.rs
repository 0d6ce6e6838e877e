//! Labeled and unlabeled records from JSON Lines, CSV or TSV, streamed, with errors that name
//! the file and line. Text must be UTF-8 (strict unless `lossy`); a UTF-8 BOM is skipped;
//! `\n`, `\r\n` and lone `\r` all end a line.

use crate::{Error, Result};
use serde::{Deserialize, Serialize};
use std::io::{BufRead, BufReader, Read};
use std::path::Path;
use std::sync::Arc;

/// Record file format.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, clap::ValueEnum)]
#[serde(rename_all = "lowercase")]
pub enum InputFormat {
    /// One JSON object per line.
    Jsonl,
    /// Comma-separated with a header row.
    Csv,
    /// Tab-separated with a header row.
    Tsv,
}

impl InputFormat {
    /// By extension: `.csv`, `.tsv`/`.tab`, anything else JSON Lines.
    pub fn from_path(path: &str) -> InputFormat {
        let lower = path.to_ascii_lowercase();
        if lower.ends_with(".csv") {
            InputFormat::Csv
        } else if lower.ends_with(".tsv") || lower.ends_with(".tab") {
            InputFormat::Tsv
        } else {
            InputFormat::Jsonl
        }
    }
}

/// Which field holds what.
#[derive(Debug, Clone)]
pub struct Fields {
    pub id: String,
    pub text: String,
    pub label: String,
    /// Records sharing a group never land in two folds (e.g. `scenario`).
    pub group: Option<String>,
    pub context: String,
    pub verb: String,
    pub split: String,
}

impl Default for Fields {
    fn default() -> Self {
        Fields {
            id: "id".into(),
            text: "text".into(),
            label: "label".into(),
            group: None,
            context: "context".into(),
            verb: "verb".into(),
            split: "split".into(),
        }
    }
}

/// How to read records.
#[derive(Debug, Clone)]
pub struct ReadOptions {
    /// Format; `None` = from the extension.
    pub format: Option<InputFormat>,
    pub fields: Fields,
    /// Replace invalid UTF-8 with U+FFFD instead of failing.
    pub lossy: bool,
    /// Longest accepted record, in bytes. Default: 1 MiB.
    pub max_record_bytes: usize,
    /// Fail on records without a label (training, evaluation).
    pub require_label: bool,
}

impl Default for ReadOptions {
    fn default() -> Self {
        ReadOptions {
            format: None,
            fields: Fields::default(),
            lossy: false,
            max_record_bytes: 1 << 20,
            require_label: false,
        }
    }
}

/// One record.
#[derive(Debug, Clone, PartialEq)]
pub struct Record {
    /// File it came from (`<stdin>` for `-`).
    pub source: Arc<str>,
    /// 1-based line (JSON Lines) or record number + 1 for the header (CSV/TSV).
    pub line: usize,
    /// The record's id, or its line number when it has none.
    pub id: String,
    pub text: String,
    pub label: Option<String>,
    pub group: Option<String>,
    pub context: Option<String>,
    pub verb: Option<String>,
    pub split: Option<String>,
}

impl Record {
    /// The featurizer's view of this record.
    pub fn input(&self) -> crate::features::Input<'_> {
        crate::features::Input {
            text: &self.text,
            context: self.context.as_deref(),
            verb: self.verb.as_deref(),
        }
    }
}

/// Opens `path` (`-` = stdin) for reading, with an error naming it.
pub fn open(path: &str) -> Result<Box<dyn BufRead + Send>> {
    if path == "-" {
        return Ok(Box::new(BufReader::with_capacity(
            1 << 16,
            std::io::stdin(),
        )));
    }
    let p = Path::new(path);
    if p.is_dir() {
        return Err(Error::io(
            p,
            std::io::Error::other("is a directory, expected a file"),
        ));
    }
    let f = std::fs::File::open(p).map_err(|e| Error::io(p, e))?;
    Ok(Box::new(BufReader::with_capacity(1 << 16, f)))
}

fn source_name(path: &str) -> Arc<str> {
    if path == "-" {
        "<stdin>".into()
    } else {
        path.into()
    }
}

/// Decodes `bytes` as UTF-8 (strict or lossy), rejecting NUL bytes; `base` is the byte offset of
/// `bytes` in the file, for messages.
pub fn decode(bytes: Vec<u8>, source: &str, base: usize, lossy: bool) -> Result<String> {
    if let Some(i) = bytes.iter().position(|&b| b == 0) {
        return Err(Error::Binary {
            path: source.to_string(),
            offset: base + i,
        });
    }
    match String::from_utf8(bytes) {
        Ok(s) => Ok(s),
        Err(e) if lossy => Ok(String::from_utf8_lossy(e.as_bytes()).into_owned()),
        Err(e) => Err(Error::InvalidUtf8 {
            path: source.to_string(),
            offset: base + e.utf8_error().valid_up_to(),
        }),
    }
}

/// Lines of a stream split at `\n`, `\r\n` or a lone `\r`, with 1-based numbers and byte offsets.
struct Lines<R> {
    reader: R,
    pending: Vec<u8>,
    line: usize,
    offset: usize,
    max: usize,
    source: Arc<str>,
}

impl<R: BufRead> Lines<R> {
    /// Next raw line without its terminator; `None` at the end.
    fn next_line(&mut self) -> Result<Option<(usize, usize, Vec<u8>)>> {
        let mut buf = std::mem::take(&mut self.pending);
        if buf.is_empty() {
            let limit = self.max as u64 + 2;
            let n = (&mut self.reader)
                .take(limit)
                .read_until(b'\n', &mut buf)
                .map_err(|e| Error::io(&*self.source, e))?;
            if n == 0 {
                return Ok(None);
            }
            if n as u64 == limit && !buf.ends_with(b"\n") {
                return Err(Error::TooLarge {
                    what: format!("{}:{}", self.source, self.line + 1),
                    size: n,
                    limit: self.max,
                    flag: "--max-record-bytes",
                });
            }
        }
        // A lone CR ends a line too: keep the rest for the next call.
        let cr = buf
            .iter()
            .enumerate()
            .position(|(i, &b)| b == b'\r' && buf.get(i + 1) != Some(&b'\n'));
        let (line_bytes, consumed) = match cr {
            Some(i) => {
                self.pending = buf[i + 1..].to_vec();
                buf.truncate(i);
                (buf, i + 1)
            }
            None => {
                let n = buf.len();
                if buf.ends_with(b"\n") {
                    buf.pop();
                    if buf.ends_with(b"\r") {
                        buf.pop();
                    }
                }
                (buf, n)
            }
        };
        self.line += 1;
        let start = self.offset;
        self.offset += consumed;
        if line_bytes.len() > self.max {
            return Err(Error::TooLarge {
                what: format!("{}:{}", self.source, self.line),
                size: line_bytes.len(),
                limit: self.max,
                flag: "--max-record-bytes",
            });
        }
        Ok(Some((self.line, start, line_bytes)))
    }
}

/// A stream of records from one file.
pub struct RecordReader {
    inner: Inner,
    source: Arc<str>,
    options: ReadOptions,
}

enum Inner {
    Jsonl(Lines<Box<dyn BufRead + Send>>),
    Delimited {
        reader: csv::Reader<Box<dyn BufRead + Send>>,
        columns: Columns,
    },
}

struct Columns {
    id: Option<usize>,
    text: usize,
    label: Option<usize>,
    group: Option<usize>,
    context: Option<usize>,
    verb: Option<usize>,
    split: Option<usize>,
}

impl RecordReader {
    /// Opens `path` (`-` = stdin).
    pub fn open(path: &str, options: &ReadOptions) -> Result<RecordReader> {
        let source = source_name(path);
        let mut reader = open(path)?;
        // Skip a UTF-8 byte-order mark.
        let buf = reader.fill_buf().map_err(|e| Error::io(&*source, e))?;
        let bom = buf.starts_with(b"\xEF\xBB\xBF");
        if bom {
            reader.consume(3);
        }
        let format = options
            .format
            .unwrap_or_else(|| InputFormat::from_path(path));
        let inner = match format {
            InputFormat::Jsonl => Inner::Jsonl(Lines {
                reader,
                pending: Vec::new(),
                line: 0,
                offset: if bom { 3 } else { 0 },
                max: options.max_record_bytes,
                source: source.clone(),
            }),
            InputFormat::Csv | InputFormat::Tsv => {
                let mut r = csv::ReaderBuilder::new()
                    .delimiter(if format == InputFormat::Csv {
                        b','
                    } else {
                        b'\t'
                    })
                    .flexible(false)
                    .from_reader(reader);
                let header = r.byte_headers().map_err(|e| csv_error(&source, e))?.clone();
                let names: Vec<String> = header
                    .iter()
                    .map(|h| String::from_utf8_lossy(h).trim().to_string())
                    .collect();
                // Header cells go into one-line messages: show them escaped.
                let shown: Vec<String> = names.iter().map(|n| format!("{n:?}")).collect();
                let find = |name: &str| names.iter().position(|n| n == name);
                let f = &options.fields;
                let text = find(&f.text).ok_or_else(|| Error::Parse {
                    path: source.to_string(),
                    line: 1,
                    message: format!(
                        "header has no {:?} column (columns: {}); name the text column with --text-field",
                        f.text,
                        shown.join(", ")
                    ),
                })?;
                let label = find(&f.label);
                if options.require_label && label.is_none() {
                    return Err(Error::Parse {
                        path: source.to_string(),
                        line: 1,
                        message: format!(
                            "header has no {:?} column (columns: {}); name the label column with --label-field",
                            f.label,
                            shown.join(", ")
                        ),
                    });
                }
                let columns = Columns {
                    id: find(&f.id),
                    text,
                    label,
                    group: f.group.as_deref().and_then(find),
                    context: find(&f.context),
                    verb: find(&f.verb),
                    split: find(&f.split),
                };
                if let (Some(g), None) = (&f.group, columns.group) {
                    return Err(Error::Parse {
                        path: source.to_string(),
                        line: 1,
                        message: format!("header has no {g:?} column for --group-field"),
                    });
                }
                Inner::Delimited { reader: r, columns }
            }
        };
        Ok(RecordReader {
            inner,
            source,
            options: options.clone(),
        })
    }

    fn next_record(&mut self) -> Result<Option<Record>> {
        match &mut self.inner {
            Inner::Jsonl(lines) => loop {
                let Some((line, offset, bytes)) = lines.next_line()? else {
                    return Ok(None);
                };
                if bytes.iter().all(u8::is_ascii_whitespace) {
                    continue;
                }
                let text = decode(bytes, &self.source, offset, self.options.lossy)?;
                return parse_json_record(&text, &self.source, line, &self.options).map(Some);
            },
            Inner::Delimited { reader, columns } => {
                let mut rec = csv::ByteRecord::new();
                let more = reader
                    .read_byte_record(&mut rec)
                    .map_err(|e| csv_error(&self.source, e))?;
                if !more {
                    return Ok(None);
                }
                let pos = rec.position().cloned().unwrap_or_else(csv::Position::new);
                let line = pos.line() as usize;
                let field = |i: Option<usize>| -> Result<Option<String>> {
                    match i.and_then(|i| rec.get(i)) {
                        None => Ok(None),
                        Some(b) => {
                            let s = decode(
                                b.to_vec(),
                                &self.source,
                                pos.byte() as usize,
                                self.options.lossy,
                            )?;
                            let s = s.trim();
                            Ok((!s.is_empty()).then(|| s.to_string()))
                        }
                    }
                };
                let text = field(Some(columns.text))?.ok_or_else(|| Error::Parse {
                    path: self.source.to_string(),
                    line,
                    message: format!("empty {:?} field", self.options.fields.text),
                })?;
                if text.len() > self.options.max_record_bytes {
                    return Err(Error::TooLarge {
                        what: format!("{}:{line}", self.source),
                        size: text.len(),
                        limit: self.options.max_record_bytes,
                        flag: "--max-record-bytes",
                    });
                }
                let label = field(columns.label)?;
                if self.options.require_label && label.is_none() {
                    return Err(Error::Parse {
                        path: self.source.to_string(),
                        line,
                        message: format!("empty {:?} field", self.options.fields.label),
                    });
                }
                Ok(Some(Record {
                    source: self.source.clone(),
                    line,
                    id: field(columns.id)?.unwrap_or_else(|| line.to_string()),
                    text,
                    label,
                    group: field(columns.group)?,
                    context: field(columns.context)?,
                    verb: field(columns.verb)?,
                    split: field(columns.split)?,
                }))
            }
        }
    }
}

impl Iterator for RecordReader {
    type Item = Result<Record>;
    fn next(&mut self) -> Option<Self::Item> {
        self.next_record().transpose()
    }
}

fn csv_error(source: &str, e: csv::Error) -> Error {
    let line = e.position().map(|p| p.line() as usize).unwrap_or(0);
    match e.into_kind() {
        csv::ErrorKind::Io(io) => Error::io(source, io),
        csv::ErrorKind::UnequalLengths {
            expected_len, len, ..
        } => Error::Parse {
            path: source.to_string(),
            line,
            message: format!("{len} fields where the header has {expected_len}"),
        },
        other => Error::Parse {
            path: source.to_string(),
            line,
            message: format!("{other:?}").to_lowercase(),
        },
    }
}

fn parse_json_record(
    line_text: &str,
    source: &Arc<str>,
    line: usize,
    options: &ReadOptions,
) -> Result<Record> {
    let err = |message: String| Error::Parse {
        path: source.to_string(),
        line,
        message,
    };
    let value: serde_json::Value =
        serde_json::from_str(line_text).map_err(|e| err(format!("malformed JSON: {e}")))?;
    let obj = value
        .as_object()
        .ok_or_else(|| err("expected a JSON object".into()))?;
    let f = &options.fields;
    let string = |name: &str| -> Result<Option<String>> {
        match obj.get(name) {
            None | Some(serde_json::Value::Null) => Ok(None),
            Some(serde_json::Value::String(s)) => {
                let t = s.trim();
                Ok((!t.is_empty()).then(|| t.to_string()))
            }
            Some(serde_json::Value::Number(n)) => Ok(Some(n.to_string())),
            Some(_) => Err(err(format!("field {name:?} must be a string"))),
        }
    };
    let text = match obj.get(&f.text) {
        None => {
            return Err(err(format!(
                "missing field {:?} (set --text-field)",
                f.text
            )))
        }
        Some(_) => string(&f.text)?.ok_or_else(|| err(format!("empty {:?} field", f.text)))?,
    };
    let label = string(&f.label)?;
    if options.require_label && label.is_none() {
        return Err(err(format!(
            "missing or empty field {:?} (set --label-field)",
            f.label
        )));
    }
    let group = match &f.group {
        Some(g) => Some(
            string(g)?.ok_or_else(|| err(format!("missing field {g:?} given by --group-field")))?,
        ),
        None => None,
    };
    Ok(Record {
        source: source.clone(),
        line,
        id: string(&f.id)?.unwrap_or_else(|| line.to_string()),
        text,
        label,
        group,
        context: string(&f.context)?,
        verb: string(&f.verb)?,
        split: string(&f.split)?,
    })
}

/// All records of all `paths`, in order; fails on the first bad record.
pub fn read_all(paths: &[String], options: &ReadOptions) -> Result<Vec<Record>> {
    let mut out = Vec::new();
    for path in paths {
        let before = out.len();
        for r in RecordReader::open(path, options)? {
            out.push(r?);
        }
        if out.len() == before {
            return Err(Error::Empty(source_name(path).to_string()));
        }
    }
    Ok(out)
}

/// Reads a whole text file (an article), strict UTF-8 unless `lossy`, within `max_bytes`.
pub fn read_text(path: &str, lossy: bool, max_bytes: usize) -> Result<String> {
    let source = source_name(path);
    let mut reader = open(path)?;
    let mut bytes = Vec::new();
    reader
        .by_ref()
        .take(max_bytes as u64 + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| Error::io(&*source, e))?;
    if bytes.len() > max_bytes {
        return Err(Error::TooLarge {
            what: source.to_string(),
            size: bytes.len(),
            limit: max_bytes,
            flag: "--max-article-bytes",
        });
    }
    let (start, rest) = match bytes.strip_prefix(b"\xEF\xBB\xBF") {
        Some(r) => (3, r.to_vec()),
        None => (0, bytes),
    };
    let text = decode(rest, &source, start, lossy)?;
    if text.trim().is_empty() {
        return Err(Error::EmptyText(source.to_string()));
    }
    Ok(text)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    fn write(name: &str, bytes: &[u8]) -> (tempfile::TempDir, String) {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join(name);
        std::fs::File::create(&p).unwrap().write_all(bytes).unwrap();
        (dir, p.to_string_lossy().into_owned())
    }

    fn labeled() -> ReadOptions {
        ReadOptions {
            require_label: true,
            ..ReadOptions::default()
        }
    }

    #[test]
    fn jsonl_with_bom_crlf_and_lone_cr() {
        let (_d, p) = write(
            "a.jsonl",
            b"\xEF\xBB\xBF{\"text\":\"a\",\"label\":\"x\"}\r\n{\"text\":\"b\",\"label\":\"y\"}\r{\"text\":\"c\",\"label\":\"x\",\"id\":7}\n",
        );
        let recs = read_all(&[p], &labeled()).unwrap();
        let got: Vec<(&str, usize, &str)> = recs
            .iter()
            .map(|r| (r.text.as_str(), r.line, r.id.as_str()))
            .collect();
        assert_eq!(got, [("a", 1, "1"), ("b", 2, "2"), ("c", 3, "7")]);
    }

    #[test]
    fn errors_name_file_and_line() {
        let (_d, p) = write(
            "bad.jsonl",
            b"{\"text\":\"a\",\"label\":\"x\"}\n{\"text\": oops}\n",
        );
        let e = read_all(std::slice::from_ref(&p), &labeled())
            .unwrap_err()
            .to_string();
        assert!(e.starts_with(&format!("{p}:2: malformed JSON")), "{e}");

        let (_d, p) = write("nolabel.jsonl", b"{\"text\":\"a\"}\n");
        let e = read_all(std::slice::from_ref(&p), &labeled())
            .unwrap_err()
            .to_string();
        assert!(e.contains(":1: missing or empty field \"label\""), "{e}");

        let (_d, p) = write("empty.jsonl", b"{\"text\":\"  \",\"label\":\"x\"}\n");
        let e = read_all(&[p], &labeled()).unwrap_err().to_string();
        assert!(e.contains(":1: empty \"text\" field"), "{e}");
    }

    #[test]
    fn invalid_utf8_reports_byte_offset_and_lossy_replaces() {
        let (_d, p) = write("u.jsonl", b"{\"text\":\"ok\"}\n{\"text\":\"b\xFFd\"}\n");
        let e = read_all(std::slice::from_ref(&p), &ReadOptions::default()).unwrap_err();
        assert!(matches!(e, Error::InvalidUtf8 { offset: 24, .. }), "{e}");
        let lossy = ReadOptions {
            lossy: true,
            ..ReadOptions::default()
        };
        let recs = read_all(&[p], &lossy).unwrap();
        assert_eq!(recs[1].text, "b\u{FFFD}d");
    }

    #[test]
    fn binary_and_empty_files_are_refused() {
        let (_d, p) = write("b.jsonl", b"\x00\x01\x02");
        assert!(matches!(
            read_all(&[p], &ReadOptions::default()),
            Err(Error::Binary { offset: 0, .. })
        ));
        let (_d, p) = write("e.jsonl", b"\n  \n");
        assert!(matches!(
            read_all(&[p], &ReadOptions::default()),
            Err(Error::Empty(_))
        ));
    }

    #[test]
    fn csv_and_tsv_with_header() {
        let (_d, p) = write("a.csv", b"text,label\n\"hi, there\",x\nyo,y\n");
        let recs = read_all(&[p], &labeled()).unwrap();
        assert_eq!(recs[0].text, "hi, there");
        assert_eq!(recs[1].label.as_deref(), Some("y"));
        assert_eq!(recs[1].line, 3);
        let (_d, p) = write("crlf.csv", b"text,label\r\n\"a\r\nb\",x\r\nyo,y\r\n");
        let recs = read_all(&[p], &labeled()).unwrap();
        assert_eq!(recs[0].text, "a\r\nb");
        assert_eq!(recs[1].text, "yo");
        let (_d, p) = write("a.tsv", b"body\tlabel\nhi\tx\n");
        let e = read_all(&[p], &labeled()).unwrap_err().to_string();
        assert!(
            e.contains("header has no \"text\" column (columns: \"body\", \"label\")"),
            "{e}"
        );
    }

    #[test]
    fn record_limit() {
        let (_d, p) = write(
            "long.jsonl",
            format!("{{\"text\":\"{}\"}}\n", "a".repeat(5000)).as_bytes(),
        );
        let opts = ReadOptions {
            max_record_bytes: 1000,
            ..ReadOptions::default()
        };
        let e = read_all(&[p], &opts).unwrap_err();
        assert!(matches!(e, Error::TooLarge { .. }), "{e}");
    }
}
