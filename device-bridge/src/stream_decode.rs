//! Turns the raw bytes a board sends into text, piece by piece.
//!
//! A serial read can end anywhere: in the middle of a multi-byte UTF-8
//! character, or between the `\r` and `\n` of a line ending. The decoder keeps
//! such an unfinished tail until the next read completes it, so text reaches
//! the output sink as soon as it is whole and never garbled.

/// Incremental UTF-8 decoder that also normalises `\r\n` to `\n`.
#[derive(Debug, Default)]
pub struct StreamDecoder {
    /// Bytes of an unfinished UTF-8 sequence.
    partial: Vec<u8>,
    /// The previous chunk ended with `\r`, which may be half of `\r\n`.
    pending_cr: bool,
}

impl StreamDecoder {
    pub fn new() -> StreamDecoder {
        StreamDecoder::default()
    }

    /// Decode a chunk, returning the text that is complete so far.
    /// Invalid bytes become U+FFFD rather than being dropped silently.
    pub fn push(&mut self, bytes: &[u8]) -> String {
        let mut data = std::mem::take(&mut self.partial);
        data.extend_from_slice(bytes);
        let mut text = String::with_capacity(data.len());
        let mut rest: &[u8] = &data;
        loop {
            match std::str::from_utf8(rest) {
                Ok(valid) => {
                    text.push_str(valid);
                    break;
                }
                Err(e) => {
                    let (valid, after) = rest.split_at(e.valid_up_to());
                    // `valid_up_to` marks a prefix that is valid UTF-8.
                    text.push_str(std::str::from_utf8(valid).unwrap_or_default());
                    match e.error_len() {
                        Some(bad) => {
                            text.push('\u{FFFD}');
                            rest = &after[bad..];
                        }
                        None => {
                            // An incomplete sequence at the end: keep it for later.
                            self.partial = after.to_vec();
                            break;
                        }
                    }
                }
            }
        }
        self.normalise(&text)
    }

    /// Flush whatever is held back at the end of a stream.
    pub fn finish(&mut self) -> String {
        let mut text = String::new();
        if self.pending_cr {
            self.pending_cr = false;
            text.push('\r');
        }
        if !self.partial.is_empty() {
            self.partial.clear();
            text.push('\u{FFFD}');
        }
        text
    }

    fn normalise(&mut self, text: &str) -> String {
        let mut out = String::with_capacity(text.len() + 1);
        let mut chars = text.chars().peekable();
        if self.pending_cr {
            self.pending_cr = false;
            match chars.peek() {
                Some('\n') => {}
                Some(_) => out.push('\r'),
                None => {
                    self.pending_cr = true;
                    return out;
                }
            }
        }
        while let Some(c) = chars.next() {
            if c == '\r' {
                match chars.peek() {
                    Some('\n') => {}
                    Some(_) => out.push('\r'),
                    None => self.pending_cr = true,
                }
            } else {
                out.push(c);
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn decode_in_pieces(bytes: &[u8], cut: usize) -> String {
        let mut d = StreamDecoder::new();
        let mut s = d.push(&bytes[..cut]);
        s += &d.push(&bytes[cut..]);
        s += &d.finish();
        s
    }

    #[test]
    fn multibyte_characters_survive_every_split_point() {
        let text = "température: 21°C → ok 🙂\r\nnext\r\n";
        for cut in 0..=text.len() {
            assert_eq!(decode_in_pieces(text.as_bytes(), cut), "température: 21°C → ok 🙂\nnext\n", "cut at {cut}");
        }
    }

    #[test]
    fn lone_carriage_return_is_kept() {
        let mut d = StreamDecoder::new();
        assert_eq!(d.push(b"10%\r"), "10%");
        assert_eq!(d.push(b"20%\r"), "\r20%");
        assert_eq!(d.finish(), "\r");
    }

    #[test]
    fn invalid_bytes_become_replacement_characters() {
        let mut d = StreamDecoder::new();
        assert_eq!(d.push(b"a\xffb"), "a\u{FFFD}b");
        assert_eq!(d.push(b"\xe2\x82"), "");
        assert_eq!(d.finish(), "\u{FFFD}");
    }
}
