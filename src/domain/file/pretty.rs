//! Files people open are indented; the app serialises everything compactly once and indents
//! the text afterwards, so the model's serialisation code exists once in the WebAssembly (a
//! second serde formatter would duplicate every `Serialize` impl: about 30 KB).

/// `compact` JSON (as `serde_json::to_string` writes it) laid out exactly as
/// `serde_json::to_string_pretty` would: two spaces a level, `": "` after keys, `[]` and `{}`
/// for empty lists and objects.
pub(crate) fn indent(compact: &str) -> String {
    let bytes = compact.as_bytes();
    let mut out = Vec::with_capacity(bytes.len() + bytes.len() / 2);
    let mut depth = 0usize;
    let mut in_string = false;
    let mut escaped = false;
    let mut i = 0;
    let new_line = |out: &mut Vec<u8>, depth: usize| {
        out.push(b'\n');
        out.resize(out.len() + 2 * depth, b' ');
    };
    while i < bytes.len() {
        let b = bytes[i];
        i += 1;
        if in_string {
            out.push(b);
            match (escaped, b) {
                (true, _) => escaped = false,
                (false, b'\\') => escaped = true,
                (false, b'"') => in_string = false,
                _ => {}
            }
            continue;
        }
        match b {
            b'"' => {
                in_string = true;
                out.push(b);
            }
            b'{' | b'[' if matches!(bytes.get(i), Some(b'}' | b']')) => {
                out.extend_from_slice(&[b, bytes[i]]);
                i += 1;
            }
            b'{' | b'[' => {
                out.push(b);
                depth += 1;
                new_line(&mut out, depth);
            }
            b'}' | b']' => {
                depth = depth.saturating_sub(1);
                new_line(&mut out, depth);
                out.push(b);
            }
            b',' => {
                out.push(b);
                new_line(&mut out, depth);
            }
            b':' => out.extend_from_slice(b": "),
            _ => out.push(b),
        }
    }
    // Only ASCII bytes were added, outside strings: still UTF-8.
    String::from_utf8(out).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::indent;
    use serde_json::json;

    fn same_as_serde(value: &serde_json::Value) {
        let compact = serde_json::to_string(value).unwrap();
        assert_eq!(
            indent(&compact),
            serde_json::to_string_pretty(value).unwrap()
        );
    }

    #[test]
    fn lays_out_as_serde_pretty() {
        same_as_serde(&json!({}));
        same_as_serde(&json!([]));
        same_as_serde(&json!({"a": [], "b": {}, "c": [1, 2.5, -3e-7], "d": null, "e": true}));
        same_as_serde(&json!([[[]], [{}], [{"x": [{"y": []}]}]]));
    }

    #[test]
    fn leaves_strings_as_they_are() {
        // Brackets, commas, colons, quotes and backslashes inside text are not structure.
        same_as_serde(&json!({"k:,{[": "a, b: {c} [d] \"e\" \\ \\\" f\n", "ü€😀": "\u{1}"}));
        same_as_serde(&json!(["\\", "\\\\\"", "]", "}{"]));
    }

    #[test]
    fn the_large_example_is_byte_for_byte_serde_pretty() {
        let skp = crate::domain::contoh::contoh_besar();
        let compact = serde_json::to_string(&skp).unwrap();
        assert_eq!(
            indent(&compact),
            serde_json::to_string_pretty(&skp).unwrap()
        );
    }
}
