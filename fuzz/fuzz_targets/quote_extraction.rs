//! Quote extraction on arbitrary text: never panics; quote spans are in bounds, on char
//! boundaries, in text order; party indices point at a party.
#![no_main]

use libfuzzer_sys::fuzz_target;
use stance::quotes::{extract_quotes, QuoteConfig};

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let found = match extract_quotes(text, &QuoteConfig::default()) {
        Ok(f) => f,
        Err(_) => return,
    };
    let mut last = (0, 0);
    for q in &found.quotes {
        assert!(q.start <= q.end && q.end <= text.len(), "quote {}..{} out of bounds", q.start, q.end);
        assert!(
            text.is_char_boundary(q.start) && text.is_char_boundary(q.end),
            "quote {}..{} splits a char",
            q.start,
            q.end
        );
        assert!((q.start, q.end) >= last, "quotes out of text order");
        last = (q.start, q.end);
        if let Some(p) = q.party {
            assert!(p < found.parties.len(), "party index {p} of {}", found.parties.len());
        }
    }
});
