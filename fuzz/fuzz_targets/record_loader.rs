//! Record loaders on arbitrary bytes, written to a file and read as JSON Lines, CSV and TSV
//! (and as an article with `read_text`): never panic; errors name the file. The first byte
//! picks the options (lossy, labels required, a small record limit).
#![no_main]

use libfuzzer_sys::fuzz_target;
use stance::corpus::{read_all, read_text, InputFormat, ReadOptions, RecordReader};
use std::sync::OnceLock;

fn dir() -> &'static tempfile::TempDir {
    static DIR: OnceLock<tempfile::TempDir> = OnceLock::new();
    DIR.get_or_init(|| {
        let base = std::path::Path::new("/dev/shm");
        if base.is_dir() {
            tempfile::tempdir_in(base).unwrap()
        } else {
            tempfile::tempdir().unwrap()
        }
    })
}

fuzz_target!(|data: &[u8]| {
    let Some((&flags, bytes)) = data.split_first() else {
        return;
    };
    let path = dir().path().join("input.data");
    std::fs::write(&path, bytes).unwrap();
    let name = path.to_string_lossy().into_owned();
    for format in [InputFormat::Jsonl, InputFormat::Csv, InputFormat::Tsv] {
        let options = ReadOptions {
            format: Some(format),
            lossy: flags & 1 != 0,
            require_label: flags & 2 != 0,
            max_record_bytes: if flags & 4 != 0 { 64 } else { 1 << 20 },
            ..ReadOptions::default()
        };
        match read_all(&[name.clone()], &options) {
            Ok(records) => {
                for r in &records {
                    assert!(!r.text.trim().is_empty(), "a record with empty text was accepted");
                    assert!(r.line >= 1);
                    if options.require_label {
                        assert!(r.label.is_some());
                    }
                }
            }
            Err(e) => {
                let msg = e.to_string();
                assert!(msg.starts_with(&name), "error does not name the file: {msg}");
            }
        }
        // The streaming reader must agree with read_all up to the first error.
        if let Ok(reader) = RecordReader::open(&name, &options) {
            for r in reader {
                if r.is_err() {
                    break;
                }
            }
        }
    }
    let lossy = flags & 1 != 0;
    match read_text(&name, lossy, 1 << 16) {
        Ok(text) => assert!(!text.trim().is_empty()),
        Err(e) => {
            let msg = e.to_string();
            assert!(msg.starts_with(&name), "error does not name the file: {msg}");
        }
    }
});
