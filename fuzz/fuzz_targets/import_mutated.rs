//! Structure-aware: a valid export of a bundled example (or the version 1 fixture, or a
//! backup) changed by a few edits a hand or another tool might make, then imported. Random
//! bytes rarely get past the JSON parser; these reach migration, the strict parse and
//! validation with nearly valid data.
#![no_main]

use std::sync::OnceLock;

use arbitrary::Arbitrary;
use libfuzzer_sys::fuzz_target;
use serde_json::{json, Map, Value};
use skp_mandiri::domain::contoh::CONTOH;
use skp_mandiri::domain::file::{export_backup, export_skp, import};

/// Which child to go into at each level: an index, taken modulo the number of children.
type Path = Vec<u8>;

#[derive(Arbitrary, Debug)]
enum Key {
    /// A word of the format (field name or choice).
    Known(u8),
    Any(String),
}

#[derive(Arbitrary, Debug)]
enum Leaf {
    Null,
    Bool(bool),
    Int(i64),
    Uint(u64),
    Float(f64),
    Text(String),
    Word(u8),
    Date(i32, u8, u8),
    EmptyList,
    EmptyObject,
}

#[derive(Arbitrary, Debug)]
enum Edit {
    Replace(Path, Leaf),
    Remove(Path),
    Rename(Path, Key),
    Insert(Path, Key, Leaf),
    /// A real subtree grafted somewhere else (the right shapes in the wrong places).
    Graft {
        from: Path,
        to: Path,
    },
    /// The item doubled in its list (duplicate ids, periods).
    Double(Path),
    /// Wrapped in a list.
    Wrap(Path),
}

#[derive(Arbitrary, Debug)]
struct Input {
    base: u8,
    backup: bool,
    compact: bool,
    edits: Vec<Edit>,
}

fn bases() -> &'static [Value] {
    static BASES: OnceLock<Vec<Value>> = OnceLock::new();
    BASES.get_or_init(|| {
        let mut bases: Vec<Value> = CONTOH
            .iter()
            .map(|c| export_skp(&(c.buat)(), "2025-10-01T09:00:00+08:00"))
            .chain([include_str!("../../tests/fixtures/skp-v1.json").to_string()])
            .filter_map(|text| serde_json::from_str(&text).ok())
            .collect();
        let all: Vec<_> = CONTOH.iter().map(|c| (c.buat)()).collect();
        bases.extend(serde_json::from_str(&export_backup(&all, "2025-10-01T09:00:00Z")).ok());
        bases
    })
}

fn word(i: u8) -> String {
    let words = skp_mandiri_fuzz::words();
    words
        .get(usize::from(i) % words.len().max(1))
        .cloned()
        .unwrap_or_default()
}

fn key(k: Key) -> String {
    match k {
        Key::Known(i) => word(i),
        Key::Any(s) => s,
    }
}

fn leaf(l: Leaf) -> Value {
    match l {
        Leaf::Null => Value::Null,
        Leaf::Bool(b) => json!(b),
        Leaf::Int(n) => json!(n),
        Leaf::Uint(n) => json!(n),
        Leaf::Float(f) => json!(f),
        Leaf::Text(s) => json!(s),
        Leaf::Word(i) => json!(word(i)),
        Leaf::Date(y, m, d) => json!(format!("{y:04}-{m:02}-{d:02}")),
        Leaf::EmptyList => json!([]),
        Leaf::EmptyObject => json!({}),
    }
}

fn children(v: &mut Value) -> Vec<&mut Value> {
    match v {
        Value::Array(items) => items.iter_mut().collect(),
        Value::Object(map) => map.values_mut().collect(),
        _ => Vec::new(),
    }
}

/// The node a path leads to (stopping early at a leaf).
fn node<'a>(v: &'a mut Value, path: &[u8]) -> &'a mut Value {
    let Some((first, rest)) = path.split_first() else {
        return v;
    };
    if children(v).is_empty() {
        return v;
    }
    let mut kids = children(v);
    let i = usize::from(*first) % kids.len();
    node(kids.swap_remove(i), rest)
}

/// The parent a path leads to and the chosen child's index in it.
fn parent<'a>(v: &'a mut Value, path: &[u8]) -> Option<(&'a mut Value, usize)> {
    let (last, init) = path.split_last()?;
    let p = node(v, init);
    let n = children(p).len();
    (n > 0).then(|| (p, usize::from(*last) % n))
}

fn nth_key(map: &Map<String, Value>, i: usize) -> Option<String> {
    map.keys().nth(i).cloned()
}

fn apply(doc: &mut Value, edit: Edit) {
    match edit {
        Edit::Replace(path, with) => *node(doc, &path) = leaf(with),
        Edit::Remove(path) => match parent(doc, &path) {
            Some((Value::Array(items), i)) => {
                items.remove(i);
            }
            Some((Value::Object(map), i)) => {
                if let Some(k) = nth_key(map, i) {
                    map.remove(&k);
                }
            }
            _ => {}
        },
        Edit::Rename(path, to) => {
            if let Some((Value::Object(map), i)) = parent(doc, &path) {
                if let Some(k) = nth_key(map, i) {
                    if let Some(v) = map.remove(&k) {
                        map.insert(key(to), v);
                    }
                }
            }
        }
        Edit::Insert(path, k, with) => match node(doc, &path) {
            Value::Object(map) => {
                map.insert(key(k), leaf(with));
            }
            Value::Array(items) => items.push(leaf(with)),
            _ => {}
        },
        Edit::Graft { from, to } => {
            let copy = node(doc, &from).clone();
            *node(doc, &to) = copy;
        }
        Edit::Double(path) => {
            if let Some((Value::Array(items), i)) = parent(doc, &path) {
                let copy = items[i].clone();
                items.insert(i, copy);
            }
        }
        Edit::Wrap(path) => {
            let n = node(doc, &path);
            *n = Value::Array(vec![n.take()]);
        }
    }
}

fuzz_target!(|input: Input| {
    let bases = bases();
    let Some(base) = bases.get(usize::from(input.base) % bases.len().max(1)) else {
        return;
    };
    let mut doc = base.clone();
    // A few edits: nearly valid files, not noise.
    for edit in input.edits.into_iter().take(8) {
        apply(&mut doc, edit);
    }
    let text = if input.compact {
        doc.to_string()
    } else {
        serde_json::to_string_pretty(&doc).unwrap_or_default()
    };
    skp_mandiri_fuzz::check(import(&text));
    if input.backup {
        // The same data inside a backup.
        let mut backup = doc.clone();
        if let Some(data) = backup.get_mut("data") {
            *data = Value::Array(vec![data.take()]);
        }
        if let Some(format) = backup.get_mut("format") {
            *format = json!("skp-mandiri/backup");
        }
        skp_mandiri_fuzz::check(import(&backup.to_string()));
    }
});
