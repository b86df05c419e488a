//! From a file's bytes to text: UTF-8 (with or without a byte-order mark) and UTF-16 (Notepad's
//! "Unicode", with a byte-order mark, or JSON starting with an ASCII character without one).
//! Binary content (a PDF, a picture, an archive) and text in another encoding (Windows-1252 /
//! Latin-1 from an older editor or Excel) each get their own error.

use std::borrow::Cow;

use super::error::FileError;
use super::guard::check_size;

/// Opening bytes of kinds of binary files people pick by mistake.
const MAGIC: [&[u8]; 8] = [
    b"%PDF",
    b"PK\x03\x04",       // zip: .docx, .xlsx, .odt
    b"\x89PNG",          // PNG
    b"\xFF\xD8\xFF",     // JPEG
    b"GIF8",             // GIF
    b"\xD0\xCF\x11\xE0", // .doc, .xls
    b"\x1F\x8B",         // gzip
    b"Rar!",             // RAR
];

/// How many bytes are looked at to tell binary content from text.
const SNIFF: usize = 4096;

/// The text of a file, decoded from its bytes. UTF-8 without a byte-order mark (the usual
/// case) is borrowed, not copied; a UTF-8 byte-order mark is dropped.
///
/// - UTF-16 LE or BE with a byte-order mark is decoded; so is UTF-16 without one when the
///   text starts the way JSON does (`{`, `[` or white space).
/// - A file cut off in the middle of a UTF-8 character gives the text before it, which the
///   JSON reader then reports as cut off.
/// - Known binary formats, NUL bytes and control characters give [`FileError::Binary`].
/// - Other bytes that are not UTF-8 give [`FileError::NotUtf8`] with where the first one is.
pub fn teks_dari_bytes(bytes: &[u8]) -> Result<Cow<'_, str>, FileError> {
    check_size(bytes.len())?;
    if let Some(rest) = bytes.strip_prefix(b"\xEF\xBB\xBF") {
        return utf8(rest);
    }
    // UTF-32 starts with a UTF-16 byte-order mark followed by NUL: not handled, but text.
    if bytes.starts_with(b"\xFF\xFE\x00\x00") || bytes.starts_with(b"\x00\x00\xFE\xFF") {
        return Err(FileError::NotUtf8 { line: 1, column: 1 });
    }
    if let Some(rest) = bytes.strip_prefix(b"\xFF\xFE") {
        return utf16(rest, u16::from_le_bytes).map(Cow::Owned);
    }
    if let Some(rest) = bytes.strip_prefix(b"\xFE\xFF") {
        return utf16(rest, u16::from_be_bytes).map(Cow::Owned);
    }
    match bytes {
        [a, 0, ..] if json_start(*a) => utf16(bytes, u16::from_le_bytes).map(Cow::Owned),
        [0, b, ..] if json_start(*b) => utf16(bytes, u16::from_be_bytes).map(Cow::Owned),
        _ => utf8(bytes),
    }
}

/// A byte JSON text can start with.
fn json_start(b: u8) -> bool {
    matches!(b, b'{' | b'[' | b' ' | b'\t' | b'\r' | b'\n')
}

fn utf8(bytes: &[u8]) -> Result<Cow<'_, str>, FileError> {
    match std::str::from_utf8(bytes) {
        Ok(text) => Ok(Cow::Borrowed(text)),
        Err(e) => {
            let valid = &bytes[..e.valid_up_to()];
            if looks_binary(bytes) {
                return Err(FileError::Binary);
            }
            // `valid` is UTF-8 up to `valid_up_to` by the error's contract.
            let before = std::str::from_utf8(valid).unwrap_or_default();
            if e.error_len().is_none() {
                // Cut off inside the last character: the JSON reader will say it is cut off.
                return Ok(Cow::Borrowed(before));
            }
            let (line, column) = position(before);
            Err(FileError::NotUtf8 { line, column })
        }
    }
}

/// 1-based line and column just after `before`.
fn position(before: &str) -> (usize, usize) {
    let line = before.matches('\n').count() + 1;
    let column = before
        .rsplit('\n')
        .next()
        .map_or(0, |last| last.chars().count())
        + 1;
    (line, column)
}

/// A known binary format, a NUL byte or a control character other than tab, line feed, form
/// feed, carriage return and the DOS end-of-file mark in the first [`SNIFF`] bytes. Text in a
/// single-byte encoding such as Windows-1252 has none of these.
fn looks_binary(bytes: &[u8]) -> bool {
    MAGIC.iter().any(|m| bytes.starts_with(m))
        || bytes.iter().take(SNIFF).any(|&b| {
            (b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\x0C' | b'\r' | 0x1A)) || b == 0x7F
        })
}

fn utf16(bytes: &[u8], unit: fn([u8; 2]) -> u16) -> Result<String, FileError> {
    let units = bytes.chunks_exact(2).map(|pair| unit([pair[0], pair[1]]));
    let mut text = String::with_capacity(bytes.len());
    for c in char::decode_utf16(units) {
        match c {
            Ok(c) => text.push(c),
            // A lone surrogate: the file is damaged at this point.
            Err(_) => {
                let (line, column) = position(&text);
                return Err(FileError::NotJson { line, column });
            }
        }
    }
    if bytes.len() % 2 == 1 {
        // Half a character at the end: the file is cut off.
        let (line, column) = position(&text);
        return Err(FileError::NotJson { line, column });
    }
    if text.contains('\0') {
        return Err(FileError::Binary);
    }
    Ok(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_position_of_the_first_bad_byte() {
        assert_eq!(position(""), (1, 1));
        assert_eq!(position("ab\ncd"), (2, 3));
        assert_eq!(position("é\n"), (2, 1));
    }
}
