//! What every fuzz target checks after an import, and the words of the format.

use std::sync::OnceLock;

use serde_json::Value;
use skp_mandiri::domain::file::{
    export_backup, export_skp, export_skp_compact, import, Imported, Jenis, Problem,
};
use skp_mandiri::domain::{FileError, Lang};

const WRITTEN_AT: &str = "2026-01-01T00:00:00Z";

/// Import may refuse anything, but never panics (libFuzzer reports a panic as a crash), and
/// what it accepts the app can write and read back unchanged: export, import, export again
/// gives the same SKP and the same bytes. A refusal's message can be built in both languages
/// and is told in words of the format, not of the parser.
pub fn check(result: Result<Imported, FileError>) {
    match result {
        Ok(Imported::Skp(skp)) => {
            for text in [
                export_skp(&skp, WRITTEN_AT),
                export_skp_compact(&skp, WRITTEN_AT),
            ] {
                match import(&text) {
                    // Equal SKP export to equal bytes.
                    Ok(Imported::Skp(back)) => {
                        assert_eq!(back, skp, "an imported SKP reads back unchanged")
                    }
                    other => panic!("an imported SKP must import again after export: {other:?}"),
                }
            }
        }
        Ok(Imported::Backup(skps)) => {
            let text = export_backup(&skps, WRITTEN_AT);
            match import(&text) {
                Ok(Imported::Backup(back)) => assert_eq!(back, skps, "a backup reads back"),
                other => panic!("an imported backup must import again after export: {other:?}"),
            }
        }
        Err(e) => {
            let _ = e.message(Lang::Id);
            let _ = e.message(Lang::En);
            let _ = e.path();
            // Every refusal is told in the format's words: the parser's own wording is a
            // last resort that no input should reach.
            if let FileError::Invalid { path, problem } = &e {
                match problem {
                    Problem::Other(m) => panic!("unclassified problem at {path}: {m}"),
                    Problem::WrongType {
                        found: Jenis::Lain(w),
                        ..
                    }
                    | Problem::WrongType {
                        expected: Jenis::Lain(w),
                        ..
                    } => panic!("a kind without a word at {path}: {w}"),
                    _ => {}
                }
            }
        }
    }
}

/// Field names and the texts of choices (`utama`, `skp-mandiri/skp`, ...) from the JSON
/// Schema, so the fuzzers speak the format as it is today.
pub fn words() -> &'static [String] {
    static WORDS: OnceLock<Vec<String>> = OnceLock::new();
    WORDS.get_or_init(|| {
        let schema: Value =
            serde_json::from_str(include_str!("../../docs/skp-mandiri.schema.json"))
                .unwrap_or(Value::Null);
        let mut words = std::collections::BTreeSet::new();
        collect(&schema, &mut words);
        // Version 1 only (migrated away) and texts the migration reads.
        for w in [
            "rhk_atasan",
            "2 Dokumen",
            "3-5 Hari",
            "3 s.d. 5 Hari",
            "99,5 %",
            "1.200 Tiket",
        ] {
            words.insert(w.to_string());
        }
        words.into_iter().collect()
    })
}

fn collect(schema: &Value, words: &mut std::collections::BTreeSet<String>) {
    match schema {
        Value::Object(map) => {
            for (key, value) in map {
                match (key.as_str(), value) {
                    ("properties", Value::Object(props)) => {
                        words.extend(props.keys().cloned());
                    }
                    ("const", Value::String(s)) => {
                        words.insert(s.clone());
                    }
                    ("enum", Value::Array(items)) => {
                        words.extend(items.iter().filter_map(Value::as_str).map(str::to_string));
                    }
                    _ => {}
                }
                collect(value, words);
            }
        }
        Value::Array(items) => items.iter().for_each(|v| collect(v, words)),
        _ => {}
    }
}
