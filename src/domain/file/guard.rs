//! Defences against hostile or broken files: size, binary content, list and text lengths
//! (nesting depth and duplicate keys are refused while parsing, in `tree`). Each limit fails
//! with its own message.

use serde_json::Value;

use super::error::FileError;

/// Largest file accepted, in bytes (10 MiB; a year of a big SKP is well under 1 MiB).
pub const MAX_FILE_BYTES: usize = 10 * 1024 * 1024;
/// Deepest nesting of arrays and objects (the format needs 8).
pub const MAX_DEPTH: usize = 32;
/// Most items in one list (a backup of 5,000 SKP, 5,000 realisasi in one period, ...).
pub const MAX_LIST_LEN: usize = 5_000;
/// Longest text, in characters.
pub const MAX_STRING_CHARS: usize = 20_000;

/// Checks a file's size before it is read; the UI calls this with the file's byte length.
pub fn check_size(len: usize) -> Result<(), FileError> {
    if len > MAX_FILE_BYTES {
        Err(FileError::TooLarge {
            size: len,
            max: MAX_FILE_BYTES,
        })
    } else {
        Ok(())
    }
}

/// Empty and binary checks on the raw text, before any parsing. Nesting depth is checked
/// while parsing (`tree::parse`).
pub fn check_text(text: &str) -> Result<(), FileError> {
    check_size(text.len())?;
    let trimmed = text.trim_start_matches('\u{feff}').trim();
    if trimmed.is_empty() {
        return Err(FileError::Empty);
    }
    // Text that opens like JSON is left to the JSON parser, which names line and column.
    // Otherwise a NUL, another control character or a replacement character (from decoding
    // bytes that are not UTF-8) in the first 4 KiB marks binary content.
    let binary = !trimmed.starts_with(['{', '['])
        && trimmed
            .chars()
            .take(4096)
            .any(|c| c == '\u{fffd}' || (c.is_control() && !matches!(c, '\n' | '\r' | '\t')));
    if binary {
        return Err(FileError::Binary);
    }
    Ok(())
}

/// List and text lengths of a parsed value; `path` is the JSON path of `value`.
pub fn check_lengths(value: &Value, path: &mut String) -> Result<(), FileError> {
    match value {
        Value::String(s) => {
            if s.len() > MAX_STRING_CHARS {
                let len = s.chars().count();
                if len > MAX_STRING_CHARS {
                    return Err(FileError::StringTooLong {
                        path: path.clone(),
                        len,
                        max: MAX_STRING_CHARS,
                    });
                }
            }
        }
        Value::Array(items) => {
            if items.len() > MAX_LIST_LEN {
                return Err(FileError::ListTooLong {
                    path: path.clone(),
                    len: items.len(),
                    max: MAX_LIST_LEN,
                });
            }
            for (i, item) in items.iter().enumerate() {
                let len = path.len();
                path.push_str(&format!("[{i}]"));
                check_lengths(item, path)?;
                path.truncate(len);
            }
        }
        Value::Object(map) => {
            if map.len() > MAX_LIST_LEN {
                return Err(FileError::ListTooLong {
                    path: path.clone(),
                    len: map.len(),
                    max: MAX_LIST_LEN,
                });
            }
            for (key, item) in map {
                let len = path.len();
                if !path.is_empty() {
                    path.push('.');
                }
                path.push_str(key);
                if key.chars().count() > MAX_STRING_CHARS {
                    return Err(FileError::StringTooLong {
                        path: path.clone(),
                        len: key.chars().count(),
                        max: MAX_STRING_CHARS,
                    });
                }
                check_lengths(item, path)?;
                path.truncate(len);
            }
        }
        Value::Null | Value::Bool(_) | Value::Number(_) => {}
    }
    Ok(())
}
