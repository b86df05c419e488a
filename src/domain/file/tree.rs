//! JSON text to a [`Value`] in one pass, refusing what `serde_json::from_str` lets through:
//! a key written twice in one object (serde_json keeps the last one, so what a person sees in
//! the file and what the app reads differ) and nesting deeper than [`MAX_DEPTH`].
//!
//! The check costs nothing on a good file: each object's keys go into the map through its
//! entry, one lookup as before, and a key that is already there is the duplicate. The JSON
//! path is only put together when something is wrong, as the error climbs back out.

use std::fmt;

use serde::de::{self, DeserializeSeed, Deserializer, MapAccess, SeqAccess, Visitor};
use serde_json::map::Entry;
use serde_json::{Map, Number, Value};

use super::error::{FileError, Problem};
use super::guard::MAX_DEPTH;

/// What stopped the parse, beside serde_json's own syntax errors.
enum Fault {
    Duplicate(String),
    TooDeep,
}

enum Segment {
    Key(String),
    Index(usize),
}

#[derive(Default)]
struct State {
    fault: Option<Fault>,
    /// The path of the fault, innermost segment first.
    path: Vec<Segment>,
}

impl State {
    fn path(&self) -> String {
        let mut out = String::new();
        for segment in self.path.iter().rev() {
            match segment {
                Segment::Key(key) if out.is_empty() => out.push_str(key),
                Segment::Key(key) => {
                    out.push('.');
                    out.push_str(key);
                }
                Segment::Index(i) => out.push_str(&format!("[{i}]")),
            }
        }
        out
    }

    /// Adds the segment of an enclosing value to the path of a fault on its way out.
    fn climb(&mut self, segment: impl FnOnce() -> Segment) {
        if self.fault.is_some() {
            self.path.push(segment());
        }
    }
}

/// Parses JSON text (without a byte-order mark) into a value.
pub(super) fn parse(text: &str) -> Result<Value, FileError> {
    let mut state = State::default();
    let mut de = serde_json::Deserializer::from_str(text);
    let parsed = Node {
        depth: 0,
        state: &mut state,
    }
    .deserialize(&mut de)
    .and_then(|value| de.end().map(|()| value));
    parsed.map_err(|e| match state.fault.take() {
        Some(Fault::Duplicate(key)) => FileError::Invalid {
            path: state.path(),
            problem: Problem::DuplicateField(key),
        },
        Some(Fault::TooDeep) => FileError::TooDeep { max: MAX_DEPTH },
        None => FileError::NotJson {
            line: e.line(),
            column: e.column(),
        },
    })
}

/// One value being read, `depth` arrays and objects deep.
struct Node<'s> {
    depth: usize,
    state: &'s mut State,
}

impl Node<'_> {
    fn deeper<E: de::Error>(&mut self) -> Result<usize, E> {
        let depth = self.depth + 1;
        if depth > MAX_DEPTH {
            self.state.fault = Some(Fault::TooDeep);
            return Err(E::custom("too deep"));
        }
        Ok(depth)
    }
}

impl<'de> DeserializeSeed<'de> for Node<'_> {
    type Value = Value;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Value, D::Error> {
        deserializer.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for Node<'_> {
    type Value = Value;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a JSON value")
    }

    fn visit_bool<E>(self, v: bool) -> Result<Value, E> {
        Ok(Value::Bool(v))
    }

    fn visit_i64<E>(self, v: i64) -> Result<Value, E> {
        Ok(Value::Number(v.into()))
    }

    fn visit_u64<E>(self, v: u64) -> Result<Value, E> {
        Ok(Value::Number(v.into()))
    }

    fn visit_f64<E>(self, v: f64) -> Result<Value, E> {
        // JSON has no NaN or infinity; serde_json refuses numbers out of range.
        Ok(Number::from_f64(v).map_or(Value::Null, Value::Number))
    }

    fn visit_str<E>(self, v: &str) -> Result<Value, E> {
        Ok(Value::String(v.to_owned()))
    }

    fn visit_string<E>(self, v: String) -> Result<Value, E> {
        Ok(Value::String(v))
    }

    fn visit_unit<E>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }

    fn visit_seq<A: SeqAccess<'de>>(mut self, mut seq: A) -> Result<Value, A::Error> {
        let depth = self.deeper()?;
        let mut items = Vec::with_capacity(seq.size_hint().unwrap_or(0));
        loop {
            let node = Node {
                depth,
                state: &mut *self.state,
            };
            match seq.next_element_seed(node) {
                Ok(Some(item)) => items.push(item),
                Ok(None) => return Ok(Value::Array(items)),
                Err(e) => {
                    let i = items.len();
                    self.state.climb(|| Segment::Index(i));
                    return Err(e);
                }
            }
        }
    }

    fn visit_map<A: MapAccess<'de>>(mut self, mut access: A) -> Result<Value, A::Error> {
        let depth = self.deeper()?;
        let mut map = Map::new();
        while let Some(key) = access.next_key::<String>()? {
            let node = Node {
                depth,
                state: &mut *self.state,
            };
            let value = match access.next_value_seed(node) {
                Ok(value) => value,
                Err(e) => {
                    self.state.climb(|| Segment::Key(key));
                    return Err(e);
                }
            };
            match map.entry(key) {
                Entry::Vacant(slot) => {
                    slot.insert(value);
                }
                Entry::Occupied(slot) => {
                    let key = slot.key().clone();
                    self.state.fault = Some(Fault::Duplicate(key.clone()));
                    self.state.path.push(Segment::Key(key));
                    return Err(de::Error::custom("duplicate key"));
                }
            }
        }
        Ok(Value::Object(map))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_same_value_as_serde_json() {
        let text = r#"{"a": [1, -2, 3.5, 18446744073709551616, "x\u00e9", true, null, {}], "b": {"c": []}}"#;
        assert_eq!(
            parse(text).unwrap(),
            serde_json::from_str::<Value>(text).unwrap()
        );
    }

    #[test]
    fn a_duplicate_is_named_with_its_path() {
        let e = parse(r#"{"a": [{"b": 1}, {"c": 1, "d": {"e": 2, "e": 3}}]}"#).unwrap_err();
        assert_eq!(
            e,
            FileError::Invalid {
                path: "a[1].d.e".into(),
                problem: Problem::DuplicateField("e".into())
            }
        );
        // The same key in different objects is fine.
        assert!(parse(r#"[{"a": 1}, {"a": 1}, {"b": {"a": 1}}]"#).is_ok());
    }

    #[test]
    fn syntax_errors_keep_serde_json_s_line_and_column() {
        for text in [
            "{\n  \"a\": tru\n}",
            "{} x",
            "[1, 2",
            "{\"a\" 1}",
            "\"\\q\"",
        ] {
            let e = serde_json::from_str::<Value>(text).unwrap_err();
            assert_eq!(
                parse(text),
                Err(FileError::NotJson {
                    line: e.line(),
                    column: e.column()
                }),
                "{text}"
            );
        }
    }
}
