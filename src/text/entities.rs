//! HTML character references left in text copied from web pages (`&quot;`, `&#8220;`,
//! `&rsquo;`, `&nbsp;`): read as the characters they stand for, with a map back to the
//! input's offsets. A scraped story that marks every quote `&#8220;…&#8221;` has no quote
//! marks at all until they are decoded (on one such article 5 of 18 quotes were found).
//!
//! Unlike [`super::reflow`], decoding changes lengths, so offsets found on the decoded text
//! go through [`Decoded::original`] before they leave the pipeline.

/// Text with its character references decoded.
#[derive(Debug, Clone)]
pub struct Decoded {
    pub text: String,
    /// For each reference, in text order: where it ends in the decoded text and in the input.
    ends: Vec<(usize, usize)>,
}

impl Decoded {
    /// The input offset of the decoded text's byte offset `at` (a char boundary): offsets
    /// between references move by what the references before them saved; the start and end
    /// of a decoded character are the start and end of its reference.
    pub fn original(&self, at: usize) -> usize {
        let before = self.ends.partition_point(|&(decoded, _)| decoded <= at);
        match before {
            0 => at,
            n => {
                let (decoded, input) = self.ends[n - 1];
                input + (at - decoded)
            }
        }
    }
}

/// The longest reference read (`&CounterClockwiseContourIntegral;` is 33 bytes).
const MAX_REFERENCE: usize = 40;

/// `text` with every named or numeric character reference that ends in `;` decoded, or
/// `None` when there is none (the usual case, which costs one scan for `&`).
pub fn decode_entities(text: &str) -> Option<Decoded> {
    let bytes = text.as_bytes();
    let mut out: Option<Decoded> = None;
    // Input bytes up to here are in `out`.
    let mut copied = 0;
    let mut i = 0;
    // (`str::find` of one ASCII byte is a memchr: most texts have no `&` at all.)
    while let Some(k) = text[i..].find('&') {
        let amp = i + k;
        i = amp + 1;
        let Some(semi) = reference_end(bytes, amp) else {
            continue;
        };
        let reference = &text[amp..=semi];
        let decoded = html_escape::decode_html_entities(reference);
        if decoded == reference {
            continue;
        }
        let d = out.get_or_insert_with(|| Decoded {
            text: String::with_capacity(text.len()),
            ends: Vec::new(),
        });
        d.text.push_str(&text[copied..amp]);
        d.text.push_str(&decoded);
        d.ends.push((d.text.len(), semi + 1));
        copied = semi + 1;
        i = semi + 1;
    }
    let mut d = out?;
    d.text.push_str(&text[copied..]);
    Some(d)
}

/// The `;` that closes a reference opened by the `&` at `amp`: a name (`&rsquo;`) or a
/// decimal or hex number (`&#8220;`, `&#x201C;`), nothing else in between.
fn reference_end(bytes: &[u8], amp: usize) -> Option<usize> {
    let body = &bytes[amp + 1..bytes.len().min(amp + MAX_REFERENCE)];
    let len = body
        .iter()
        .position(|&b| !(b.is_ascii_alphanumeric() || b == b'#'))?;
    (len > 0 && body[len] == b';').then_some(amp + 1 + len)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decodes_references_and_maps_offsets_back() {
        let text = "&#8220;We leave,&#8221; Norland&rsquo;s minister said. A&amp;B &nope; &#;";
        let d = decode_entities(text).unwrap();
        assert_eq!(
            d.text,
            "\u{201c}We leave,\u{201d} Norland\u{2019}s minister said. A&B &nope; &#;"
        );
        // "We leave," in the decoded text is "We leave," in the input.
        let (s, e) = (3, 3 + "We leave,".len());
        assert_eq!(&d.text[s..e], "We leave,");
        assert_eq!(&text[d.original(s)..d.original(e)], "We leave,");
        // The start and end of a decoded character are those of its reference.
        let q = d.text.find('\u{201d}').unwrap();
        assert_eq!(&text[d.original(q)..d.original(q + 3)], "&#8221;");
        let minister = d.text.find("minister").unwrap();
        assert_eq!(
            &text[d.original(minister)..],
            &text[text.find("minister").unwrap()..]
        );
        assert_eq!(d.original(d.text.len()), text.len());
    }

    #[test]
    fn no_reference_no_copy() {
        for text in ["", "AT&T and R&D", "&", "a & b;", "&;", "&amp", "&#xZZ;"] {
            assert!(decode_entities(text).is_none(), "{text:?}");
        }
    }
}
