//! Kinds of values in words a person uses ("angka", "daftar", "a date"), and the translation of
//! serde's error messages into [`Problem`]s built from those kinds, so that no message shows a
//! Rust type name (`f64`, `struct Periode`, `a sequence`).

use super::error::Problem;

/// A kind of JSON value, as the format's reader needs it or finds it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Jenis {
    /// Any number (`f64`).
    Angka,
    /// A whole number, possibly negative.
    BilanganBulat,
    /// A whole number 0 or more (bilangan cacah: `u32`).
    Cacah,
    /// A text (JSON string).
    Teks,
    /// A list (JSON array).
    Daftar,
    /// An object: a set of named fields.
    Objek,
    /// `true` or `false`.
    YaTidak,
    /// A date written `YYYY-MM-DD`.
    Tanggal,
    /// `null`.
    Kosong,
    /// One of a fixed set of choices, written as text (`"utama"`).
    Pilihan,
    /// Something this reader has no word for, in the parser's own words (a last resort).
    Lain(String),
}

/// Longest value quoted in a message, in characters.
const KUTIPAN_MAKS: usize = 40;

fn kutip(s: &str) -> String {
    if s.chars().count() <= KUTIPAN_MAKS {
        s.to_string()
    } else {
        let mut short: String = s.chars().take(KUTIPAN_MAKS).collect();
        short.push('…');
        short
    }
}

/// What serde says a file holds (`string "lima"`, `integer \`5\``, `map`) as a kind and the
/// value, if any.
fn found(s: &str) -> (Jenis, Option<String>) {
    let ticked = |prefix: &str| {
        s.strip_prefix(prefix)
            .and_then(|r| r.strip_prefix('`'))
            .and_then(|r| r.strip_suffix('`'))
            .map(kutip)
    };
    if let Some(inner) = s
        .strip_prefix("string \"")
        .and_then(|r| r.strip_suffix('"'))
    {
        return (Jenis::Teks, Some(kutip(inner)));
    }
    if let Some(v) = ticked("integer ") {
        return (Jenis::Angka, Some(v));
    }
    if let Some(v) = ticked("floating point ") {
        return (Jenis::Angka, Some(v));
    }
    if let Some(v) = ticked("boolean ") {
        return (Jenis::YaTidak, Some(v));
    }
    let kind = match s {
        "map" => Jenis::Objek,
        "sequence" => Jenis::Daftar,
        "null" | "unit value" | "unit" => Jenis::Kosong,
        "option" => Jenis::Kosong,
        other if other.starts_with("string") || other.starts_with("char") => Jenis::Teks,
        other => Jenis::Lain(other.to_string()),
    };
    (kind, None)
}

const SIGNED: [&str; 6] = ["i8", "i16", "i32", "i64", "i128", "isize"];
const UNSIGNED: [&str; 6] = ["u8", "u16", "u32", "u64", "u128", "usize"];

/// What serde says is expected (`f64`, `a sequence`, `struct Periode`, `a formatted date
/// string`) as a kind.
fn expected(s: &str) -> Jenis {
    match s {
        "f64" | "f32" => Jenis::Angka,
        s if SIGNED.contains(&s) => Jenis::BilanganBulat,
        s if UNSIGNED.contains(&s) => Jenis::Cacah,
        "a string" | "a borrowed string" | "a character" | "a char" => Jenis::Teks,
        "a sequence" | "a tuple" | "an array" => Jenis::Daftar,
        "a boolean" | "a bool" => Jenis::YaTidak,
        "unit" | "null" => Jenis::Kosong,
        "a map" | "map" => Jenis::Objek,
        "string or map" | "variant identifier" | "map with a single key" | "field identifier" => {
            Jenis::Pilihan
        }
        s if s.contains("date") => Jenis::Tanggal,
        s if s.starts_with("unit variant") || s.starts_with("enum ") => Jenis::Pilihan,
        s if s.starts_with("struct ")
            || s.starts_with("internally tagged enum")
            || s.starts_with("adjacently tagged enum")
            || s.starts_with("tuple struct") =>
        {
            Jenis::Objek
        }
        other => Jenis::Lain(other.to_string()),
    }
}

/// The highest value of an unsigned integer type that fits in a `u32`.
fn unsigned_max(ty: &str) -> Option<u32> {
    match ty {
        "u8" => Some(u8::MAX.into()),
        "u16" => Some(u16::MAX.into()),
        "u32" => Some(u32::MAX),
        _ => None,
    }
}

/// Messages of chrono's date parser (`ParseErrorKind`): the only custom errors the model's
/// types raise, all from a date field.
const CHRONO: [&str; 7] = [
    "input is out of range",
    "no possible date and time matching input",
    "input is not enough for unique date and time",
    "input contains invalid characters",
    "premature end of input",
    "trailing input",
    "bad or unsupported format string",
];

fn between<'a>(s: &'a str, start: &str, end: &str) -> Option<(&'a str, &'a str)> {
    let rest = s.strip_prefix(start)?;
    let i = rest.find(end)?;
    Some((&rest[..i], &rest[i + end.len()..]))
}

/// The names in serde's list of choices: "one of `a`, `b`", "`a` or `b`", "`a`".
fn names(list: &str) -> Vec<String> {
    list.split('`')
        .skip(1)
        .step_by(2)
        .map(str::to_string)
        .collect()
}

impl Problem {
    /// Classifies a serde error message into a problem described by kinds. The serde text is
    /// kept only when nothing else fits ([`Problem::Other`]). A [`Problem::BadDate`] comes back
    /// without the text found; the caller knows the value and fills it in.
    pub fn from_serde(msg: &str) -> Problem {
        if let Some((field, _)) = between(msg, "missing field `", "`") {
            return Problem::MissingField(field.to_string());
        }
        if let Some((field, _)) = between(msg, "unknown field `", "`") {
            return Problem::UnknownField(field.to_string());
        }
        if let Some((field, _)) = between(msg, "duplicate field `", "`") {
            return Problem::DuplicateField(field.to_string());
        }
        if let Some((found, rest)) = between(msg, "unknown variant `", "`") {
            return Problem::UnknownVariant {
                found: found.to_string(),
                expected: names(rest),
            };
        }
        if let Some(rest) = msg.strip_prefix("invalid length ") {
            // A list where the model has a struct: serde would read the struct's fields from
            // the list's items in order, and the lengths differ.
            if rest.contains("expected struct") || rest.contains("fewer elements") {
                return Problem::WrongType {
                    found: Jenis::Daftar,
                    value: None,
                    expected: Jenis::Objek,
                };
            }
        }
        for (prefix, is_value) in [("invalid type: ", false), ("invalid value: ", true)] {
            let Some((f, e)) = msg
                .strip_prefix(prefix)
                .and_then(|rest| rest.rsplit_once(", expected "))
            else {
                continue;
            };
            let (found, value) = found(f);
            // A whole number too large for its field (a negative one reads better as "0 or
            // more").
            if let (true, Some(max), Some(v)) = (is_value, unsigned_max(e), &value) {
                if !v.starts_with('-') && v.bytes().all(|b| b.is_ascii_digit()) {
                    return Problem::OutOfRange {
                        found: v.clone(),
                        min: 0,
                        max,
                    };
                }
            }
            return Problem::WrongType {
                found,
                value,
                expected: expected(e),
            };
        }
        if CHRONO.contains(&msg) {
            return Problem::BadDate { found: None };
        }
        Problem::Other(msg.to_string())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn serde_words_become_kinds() {
        let p = Problem::from_serde("invalid type: floating point `1.5`, expected u32");
        assert_eq!(
            p,
            Problem::WrongType {
                found: Jenis::Angka,
                value: Some("1.5".into()),
                expected: Jenis::Cacah
            }
        );
        assert_eq!(
            Problem::from_serde("invalid type: map, expected a sequence"),
            Problem::WrongType {
                found: Jenis::Objek,
                value: None,
                expected: Jenis::Daftar
            }
        );
        assert_eq!(
            Problem::from_serde("invalid value: integer `5000000000`, expected u32"),
            Problem::OutOfRange {
                found: "5000000000".into(),
                min: 0,
                max: u32::MAX
            }
        );
        assert_eq!(
            Problem::from_serde("premature end of input"),
            Problem::BadDate { found: None }
        );
        assert_eq!(
            Problem::from_serde("unknown variant `x`, expected `a` or `b`"),
            Problem::UnknownVariant {
                found: "x".into(),
                expected: vec!["a".into(), "b".into()]
            }
        );
        // Not classifiable: kept as a last resort.
        assert_eq!(
            Problem::from_serde("something new"),
            Problem::Other("something new".into())
        );
    }

    #[test]
    fn long_values_are_shortened() {
        let long = "x".repeat(100);
        let Problem::WrongType { value, .. } =
            Problem::from_serde(&format!("invalid type: string \"{long}\", expected f64"))
        else {
            panic!()
        };
        assert_eq!(value.unwrap().chars().count(), KUTIPAN_MAKS + 1);
    }
}
