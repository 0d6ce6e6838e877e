//! The text as it should be read, with every byte where it was: line endings folded to `\n`
//! and hard-wrapped paragraphs joined. Plain-text exports (wire feeds, archives, mail) wrap
//! paragraphs at 70–80 columns; read line by line, a speaker's name is cut from its verb
//! ("… said Defence\nMinister Lena Okafor"), and party recall on wrapped copies of the dev
//! articles fell from 1.00 to 0.61. Only ASCII bytes are swapped for ASCII bytes of the same
//! length, so offsets found on the result are offsets into the input.

use std::borrow::Cow;

/// `text` with `\r\n` → ` \n`, lone `\r` → `\n`, and, when the text is hard-wrapped, each line
/// break inside a paragraph → a space. Borrowed when nothing changes.
pub fn reflow(text: &str) -> Cow<'_, str> {
    let folded = fold_line_endings(text);
    let joins = wrapped_breaks(&folded);
    if joins.is_empty() {
        return folded;
    }
    let mut bytes = folded.into_owned().into_bytes();
    for at in joins {
        bytes[at] = b' ';
    }
    // Only `\n` bytes became spaces, so this stays valid UTF-8.
    Cow::Owned(String::from_utf8(bytes).expect("ASCII-for-ASCII swap keeps UTF-8"))
}

fn fold_line_endings(text: &str) -> Cow<'_, str> {
    if !text.contains('\r') {
        return Cow::Borrowed(text);
    }
    let mut bytes = text.as_bytes().to_vec();
    for i in 0..bytes.len() {
        if bytes[i] == b'\r' {
            bytes[i] = if bytes.get(i + 1) == Some(&b'\n') {
                b' '
            } else {
                b'\n'
            };
        }
    }
    Cow::Owned(String::from_utf8(bytes).expect("ASCII-for-ASCII swap keeps UTF-8"))
}

/// One line's facts for the wrap decision.
struct LineInfo {
    /// Byte offset of the `\n` that ends it (`None` for the last line).
    newline: Option<usize>,
    /// Characters, trailing whitespace excluded.
    chars: usize,
    blank: bool,
    /// Ends like a sentence or a quote does.
    closed: bool,
    /// Opens like a new block: indented, a list item or a transcript speaker tag.
    opens_block: bool,
    starts_lower: bool,
    starts_upper: bool,
    /// Opens with a quotation mark.
    starts_quote: bool,
}

fn line_info(line: &str, newline: Option<usize>, chars: usize) -> LineInfo {
    let body = line.trim_end();
    let lead = line.trim_start();
    let c0 = lead.chars().next();
    LineInfo {
        newline,
        chars,
        blank: chars == 0,
        closed: body.ends_with([
            '.', '!', '?', ':', ';', '…', '"', '”', '’', '\'', '»', '«', ')', ']',
        ]),
        opens_block: line.starts_with(char::is_whitespace) || is_list_item(lead) || is_tag(lead),
        starts_lower: c0.is_some_and(char::is_lowercase),
        starts_upper: c0.is_some_and(char::is_uppercase),
        starts_quote: c0.is_some_and(|c| matches!(c, '"' | '“' | '«' | '„' | '‘' | '\'')),
    }
}

/// Characters of a line without trailing whitespace (0 for a blank line). Above
/// [`MAX_WIDTH`] only "more than that" matters, so a line too long in bytes to be under it
/// (4 bytes per char at most) is not counted.
fn visible_chars(line: &str) -> usize {
    if line.len() > 4 * MAX_WIDTH {
        return line.len();
    }
    let body = line.trim_end();
    if body.trim_start().is_empty() {
        0
    } else {
        body.chars().count()
    }
}

/// The widest wrap a plain-text layout uses; wider lines are paragraphs.
const MAX_WIDTH: usize = 120;

/// "- item", "* item", "• item", "1. item", "2) item".
fn is_list_item(lead: &str) -> bool {
    if lead.starts_with(['-', '*', '•', '–', '—', '·']) {
        return lead.chars().nth(1).is_some_and(char::is_whitespace);
    }
    let digits = lead.bytes().take_while(u8::is_ascii_digit).count();
    digits > 0 && digits <= 3 && lead[digits..].starts_with([')', '.']) && {
        lead[digits + 1..].starts_with(' ')
    }
}

/// A transcript turn: "Q:", "A:", "AMINA DIALLO:" (capitals before a colon, early in the line).
fn is_tag(lead: &str) -> bool {
    let Some(colon) = lead.find(':') else {
        return false;
    };
    let tag = &lead[..colon];
    colon <= 40
        && tag.chars().any(char::is_alphabetic)
        && tag
            .chars()
            .all(|c| c.is_uppercase() || matches!(c, ' ' | '.' | '-' | '\'' | '’'))
}

/// The `\n` offsets to join when `text` is hard-wrapped; empty when it is not.
///
/// A text is wrapped when many line breaks inside blocks fall mid-sentence after a line
/// near the wrap width; then every break after such a line is joined, except before a
/// line that opens a block (indent, list item, speaker tag) and after the headline.
fn wrapped_breaks(text: &str) -> Vec<usize> {
    // First only lengths, which settle most texts: paragraphs on one line each are wider
    // than any wrap width.
    let mut spans = Vec::new();
    let mut start = 0;
    for (at, _) in text.match_indices('\n') {
        spans.push((start, at));
        start = at + 1;
    }
    spans.push((start, text.len()));
    // The wrap width: the 90th percentile of non-blank line lengths. Wider than any
    // plain-text convention means the lines are paragraphs.
    let chars: Vec<usize> = spans
        .iter()
        .map(|&(s, e)| visible_chars(&text[s..e]))
        .collect();
    let mut lengths: Vec<usize> = chars.iter().copied().filter(|&n| n > 0).collect();
    if lengths.len() < 4 {
        return Vec::new();
    }
    let p90 = lengths.len() * 9 / 10;
    let width = *lengths.select_nth_unstable(p90).1;
    if !(30..=MAX_WIDTH).contains(&width) {
        return Vec::new();
    }
    let lines: Vec<LineInfo> = spans
        .iter()
        .zip(&chars)
        .map(|(&(s, e), &n)| line_info(&text[s..e], (e < text.len()).then_some(e), n))
        .collect();
    let long = |l: &LineInfo| l.chars * 10 >= width * 6;
    let first = lines.iter().position(|l| !l.blank);

    let mut inner = 0usize;
    let mut soft = 0usize;
    let mut joins = Vec::new();
    for (i, pair) in lines.windows(2).enumerate() {
        let (a, b) = (&pair[0], &pair[1]);
        if a.blank || b.blank {
            continue;
        }
        inner += 1;
        let mid_sentence = !a.closed || b.starts_lower;
        if long(a) && mid_sentence {
            soft += 1;
        }
        let headline = Some(i) == first && b.starts_upper;
        // A closed sentence, then a line opening with a quotation mark: in wrapped text
        // without blank lines, the usual start of a quoted paragraph.
        let quoted_paragraph = a.closed && b.starts_quote;
        if long(a) && !b.opens_block && !headline && !quoted_paragraph {
            joins.extend(a.newline);
        }
    }
    // Paragraph-per-line texts break after closed sentences; wrapped ones mostly do not.
    if soft >= 3 && soft * 3 >= inner {
        joins
    } else {
        Vec::new()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const WRAPPED: &str = "Troops begin leaving the valley\n\n\
        The defence minister said on Tuesday that the last battalion would leave\n\
        the valley by the end of the month, and that the bases would be handed\n\
        to local forces. \"We welcome this,\" said Deputy Foreign Minister Lena\n\
        Okafor, who had pressed for the pullout for two years.\n\n\
        Opposition leaders were unconvinced. \"It is a nice story to tell at\n\
        home,\" said Paul Roux, who heads the Green bloc in parliament, adding\n\
        that he would judge the government by what happened on the ground.\n";

    #[test]
    fn joins_lines_inside_wrapped_paragraphs_only() {
        let out = reflow(WRAPPED);
        assert_eq!(out.len(), WRAPPED.len());
        assert!(out.contains("said Deputy Foreign Minister Lena Okafor, who"));
        assert!(out.contains("to tell at home,\" said Paul Roux"));
        // Paragraph breaks and the headline stay.
        assert!(out.starts_with("Troops begin leaving the valley\n\nThe defence"));
        assert!(out.contains("two years.\n\nOpposition"));
        assert_eq!(reflow(&out), out, "its own output reads the same");
    }

    #[test]
    fn paragraph_per_line_text_is_left_alone() {
        let text = "Troops leave\n\
            \"We welcome this,\" said Defence Minister Lena Okafor on Tuesday afternoon.\n\
            The opposition said the plan was a nice story to tell at home.\n\
            Paul Roux added that he would judge the government by its actions.\n\
            A spokesman for the rebels called it \"a defeat for the occupiers\".\n";
        assert!(matches!(reflow(text), Cow::Borrowed(_)));
    }

    #[test]
    fn short_lines_tags_and_lists_keep_their_breaks() {
        let text = "Pullout\n\n\
            By Anna Weber\n\
            The minister said the last battalion would leave the valley by the end of\n\
            the month and that its bases would go to local forces, who have trained\n\
            for two years. She said the schedule would hold despite the weather and\n\
            the talks.\n\
            Q: Is the schedule realistic given the state of the roads in the north?\n\
            A: It is, and the engineers have already cleared the main route south.\n\
            - the first convoy leaves on Monday from the northern base at dawn\n\
            The opposition leader said the plan was a nice story to tell at home.\n\
            \"We will judge the government by what happens on the ground,\" he added.\n";
        let out = reflow(text);
        assert!(out.contains("By Anna Weber\nThe minister"), "{out}");
        assert!(out.contains("by the end of the month and that"));
        assert!(out.contains("the talks.\nQ: Is"));
        assert!(out.contains("roads in the north?\nA: It is"));
        assert!(out.contains("route south.\n- the first"));
        // Without blank lines, a line opening with a quote after a closed sentence is a new
        // paragraph.
        assert!(out.contains("tell at home.\n\"We will judge"));
    }

    #[test]
    fn line_endings_fold_without_moving_bytes() {
        assert_eq!(reflow("a\r\nb\rc"), "a \nb\nc");
        assert!(matches!(reflow("plain\ntext"), Cow::Borrowed(_)));
    }
}
