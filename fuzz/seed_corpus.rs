//! Writes the fuzzers' seed corpus: every bundled example exported (pretty, compact, with a
//! UTF-8 byte-order mark, as UTF-16) and a backup of them all; and a libFuzzer dictionary of
//! the format's words. scripts/fuzz adds tests/fixtures.
//!
//!     seed_corpus <corpus dir> <dictionary file>

use std::path::PathBuf;

use skp_mandiri::domain::contoh::CONTOH;
use skp_mandiri::domain::file::{export_backup, export_skp, export_skp_compact};

const WRITTEN_AT: &str = "2025-10-01T09:00:00+08:00";

fn utf16le(text: &str) -> Vec<u8> {
    let mut bytes = vec![0xFF, 0xFE];
    bytes.extend(text.encode_utf16().flat_map(u16::to_le_bytes));
    bytes
}

/// One dictionary entry: the bytes in quotes, escaped as libFuzzer reads them.
fn entry(bytes: &[u8]) -> String {
    let mut out = String::from("\"");
    for &b in bytes {
        match b {
            b'"' | b'\\' => {
                out.push('\\');
                out.push(char::from(b));
            }
            0x20..=0x7E => out.push(char::from(b)),
            _ => out.push_str(&format!("\\x{b:02X}")),
        }
    }
    out.push('"');
    out
}

fn main() -> std::io::Result<()> {
    let mut args = std::env::args().skip(1);
    let (Some(dir), Some(dict)) = (args.next(), args.next()) else {
        eprintln!("usage: seed_corpus <corpus dir> <dictionary file>");
        std::process::exit(2);
    };
    let dir = PathBuf::from(dir);
    std::fs::create_dir_all(&dir)?;
    let mut all = Vec::new();
    for (n, contoh) in CONTOH.iter().enumerate() {
        let skp = (contoh.buat)();
        let pretty = export_skp(&skp, WRITTEN_AT);
        std::fs::write(dir.join(format!("contoh-{n}.json")), &pretty)?;
        std::fs::write(
            dir.join(format!("contoh-{n}-compact.json")),
            export_skp_compact(&skp, WRITTEN_AT),
        )?;
        std::fs::write(
            dir.join(format!("contoh-{n}-bom.json")),
            format!("\u{feff}{pretty}"),
        )?;
        std::fs::write(dir.join(format!("contoh-{n}-utf16.json")), utf16le(&pretty))?;
        all.push(skp);
    }
    std::fs::write(dir.join("backup.json"), export_backup(&all, WRITTEN_AT))?;

    let mut lines: Vec<String> = skp_mandiri_fuzz::words()
        .iter()
        .map(|w| entry(format!("\"{w}\"").as_bytes()))
        .collect();
    for token in [
        &b"true"[..],
        b"false",
        b"null",
        b"\": ",
        b"\\u0000",
        b"\\ud800",
        b"\xEF\xBB\xBF",
        b"\xFF\xFE",
        b"\xFE\xFF",
        b"2025-01-01",
        b"2024-02-29",
        b"1900-01-01",
        b"2200-12-31",
        b"1e308",
        b"-0",
        b"4294967296",
    ] {
        lines.push(entry(token));
    }
    std::fs::write(dict, lines.join("\n") + "\n")
}
