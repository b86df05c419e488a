//! The versioned file format: a self-describing JSON envelope for one SKP, a backup of the
//! whole library, a workshop case pack ([`crate::domain::paket`]) or a leader's feedback slip
//! ([`crate::domain::lembar`]). See docs/format.md.
//!
//! Unknown fields are **rejected** with their JSON path (inside `data` and in the envelope):
//! a file of the current version with a field this app does not know was written by another
//! tool or edited by hand, and silently dropping what someone typed would lose data. Newer
//! versions are refused as a whole. Only `summary` is ignored on import.

mod decode;
mod error;
mod guard;
mod jenis;
mod jenis_berkas;
mod migrate;
mod perbaikan;
mod pretty;
mod summary;
mod tree;
mod validate;

pub use decode::teks_dari_bytes;
pub use error::{FileError, Problem};
pub use guard::{check_size, MAX_DEPTH, MAX_FILE_BYTES, MAX_LIST_LEN, MAX_STRING_CHARS};
pub use jenis::Jenis;
pub use jenis_berkas::JenisBerkas;
pub(crate) use migrate::migrate_skp;
pub use migrate::{target_dari_teks, versi_skp, CURRENT_VERSION};
pub use perbaikan::baca_dengan_perbaikan;
pub use summary::{ringkasan, CapaianIki, Ringkasan, RingkasanCadangan};
pub(crate) use validate::{bimbingan_sah, persetujuan_sah, tanggal_opsional_sah, tanggal_sah};
pub use validate::{validate_skp, MAX_PERIODE_KE};

use serde::Serialize;
use serde_json::Value;

use crate::domain::model::Skp;

/// `format` of a file holding one SKP.
pub const FORMAT_SKP: &str = "skp-mandiri/skp";
/// `format` of a backup of the whole library.
pub const FORMAT_BACKUP: &str = "skp-mandiri/backup";
/// The app name written in `app.name`.
pub const APP_NAME: &str = "skp-mandiri";

/// What a file held.
// One value per import, moved once: boxing the SKP would only add an indirection.
#[allow(clippy::large_enum_variant)]
#[derive(Debug, Clone, PartialEq)]
pub enum Imported {
    /// One SKP.
    Skp(Skp),
    /// A backup: every SKP of a library.
    Backup(Vec<Skp>),
}

#[derive(Serialize)]
struct App {
    name: &'static str,
    version: &'static str,
}

#[derive(Serialize)]
struct Envelope<'a, D, S> {
    format: &'static str,
    version: u32,
    app: App,
    written_at: &'a str,
    data: D,
    #[serde(skip_serializing_if = "Option::is_none")]
    summary: Option<S>,
}

/// Pretty for files people may open; compact for browser storage, where every byte counts
/// against the origin's quota.
#[derive(Clone, Copy)]
enum Layout {
    Pretty,
    Compact,
}

/// Writes the envelope with `versi`, the version the data needs (see [`versi_skp`]).
fn write<D: Serialize, S: Serialize>(
    layout: Layout,
    jenis: JenisBerkas,
    versi: u32,
    written_at: &str,
    data: D,
    summary: Option<S>,
) -> String {
    let envelope = Envelope {
        format: jenis.format(),
        version: versi,
        app: App {
            name: APP_NAME,
            version: env!("CARGO_PKG_VERSION"),
        },
        written_at,
        data,
        summary,
    };
    // Serialising plain structs, Vecs and Strings into a String cannot fail: there are no
    // maps with non-string keys and no fallible Serialize impls in the model.
    let compact = serde_json::to_string(&envelope).unwrap_or_default();
    match layout {
        Layout::Pretty => pretty::indent(&compact),
        Layout::Compact => compact,
    }
}

/// Writes a file of another kind than an SKP (a case pack) in its kind's version: pretty,
/// without a summary.
pub(crate) fn write_pretty<D: Serialize>(jenis: JenisBerkas, written_at: &str, data: D) -> String {
    write_pretty_versi(jenis, jenis.versi(), written_at, data)
}

/// The same in version `versi` of the kind: the lowest that holds the data.
pub(crate) fn write_pretty_versi<D: Serialize>(
    jenis: JenisBerkas,
    versi: u32,
    written_at: &str,
    data: D,
) -> String {
    write::<_, ()>(Layout::Pretty, jenis, versi, written_at, data, None)
}

/// Writes one SKP as pretty JSON, in the version its data needs ([`versi_skp`]: 3 for a real
/// SKP, 4 for a practice SKP). `written_at` is an RFC 3339 timestamp from the caller (the
/// domain has no clock). Same SKP and timestamp give the same bytes.
pub fn export_skp(skp: &Skp, written_at: &str) -> String {
    write(
        Layout::Pretty,
        JenisBerkas::Skp,
        versi_skp([skp]),
        written_at,
        skp,
        Some(ringkasan(skp)),
    )
}

/// The same envelope as [`export_skp`] without whitespace and without the summary: how the
/// library keeps an SKP in browser storage (about a third smaller for a large SKP). The
/// summary is for other tools reading an export; computing it on every autosave would only
/// cost time.
pub fn export_skp_compact(skp: &Skp, written_at: &str) -> String {
    write::<_, Ringkasan>(
        Layout::Compact,
        JenisBerkas::Skp,
        versi_skp([skp]),
        written_at,
        skp,
        None,
    )
}

/// Writes a backup of the whole library: version 4 when it holds a practice SKP, else 3
/// ([`versi_skp`]).
pub fn export_backup(skps: &[Skp], written_at: &str) -> String {
    write(
        Layout::Pretty,
        JenisBerkas::Cadangan,
        versi_skp(skps),
        written_at,
        skps,
        Some(RingkasanCadangan {
            jumlah_skp: skps.len(),
        }),
    )
}

/// Reads a file from its bytes: size, encoding ([`teks_dari_bytes`]), then [`import`].
pub fn import_bytes(bytes: &[u8]) -> Result<Imported, FileError> {
    import(&teks_dari_bytes(bytes)?)
}

/// Reads a file: checks, parses, migrates and validates it. See [`import_with_version`].
pub fn import(text: &str) -> Result<Imported, FileError> {
    import_with_version(text).map(|(imported, _)| imported)
}

const ENVELOPE_FIELDS: [&str; 6] = ["format", "version", "app", "written_at", "data", "summary"];

/// The checks every file gets before its data is parsed: size, JSON, envelope, format,
/// version, lengths. A file of this app of a kind not in `diterima` is refused as
/// [`FileError::WrongKind`] with `diharapkan`, before its version is looked at: "this is a
/// case pack" helps more than "this is too new". Returns the kind, the data and the version
/// it was written in.
pub(crate) fn read_envelope(
    text: &str,
    diterima: &[JenisBerkas],
    diharapkan: JenisBerkas,
) -> Result<(JenisBerkas, Value, u32), FileError> {
    guard::check_text(text)?;
    let value = tree::parse(text.trim_start_matches('\u{feff}'))?;
    let Value::Object(mut envelope) = value else {
        return Err(FileError::NoFormat);
    };
    let jenis = match envelope.get("format") {
        None => return Err(FileError::NoFormat),
        Some(Value::String(f)) => match JenisBerkas::dari_format(f) {
            Some(jenis) if diterima.contains(&jenis) => jenis,
            Some(found) => {
                return Err(FileError::WrongKind {
                    found,
                    expected: diharapkan,
                })
            }
            None => return Err(format_lain(f.clone(), diharapkan)),
        },
        Some(other) => return Err(format_lain(other.to_string(), diharapkan)),
    };
    let version = envelope
        .get("version")
        .and_then(Value::as_u64)
        .filter(|v| *v >= 1)
        .ok_or(FileError::BadVersion)?;
    if version > u64::from(jenis.versi()) {
        return Err(FileError::TooNew {
            version,
            known: jenis.versi(),
        });
    }
    // `version` is between 1 and the kind's version, so it fits in u32.
    let version = version as u32;
    if let Some(key) = envelope.keys().find(|k| {
        !ENVELOPE_FIELDS.contains(&k.as_str()) || (*k == "summary" && !jenis.ada_ringkasan())
    }) {
        return Err(FileError::Invalid {
            path: key.clone(),
            problem: Problem::UnknownField(key.clone()),
        });
    }
    for field in ["app", "written_at"] {
        if !envelope.contains_key(field) {
            return Err(FileError::Invalid {
                path: field.into(),
                problem: Problem::MissingField(field.into()),
            });
        }
    }
    let data = envelope.remove("data").ok_or_else(|| FileError::Invalid {
        path: "data".into(),
        problem: Problem::MissingField("data".into()),
    })?;
    guard::check_lengths(&data, &mut "data".to_string())?;
    Ok((jenis, data, version))
}

/// A `format` that is none of this app's: the message names the kind expected.
fn format_lain(format: String, diharapkan: JenisBerkas) -> FileError {
    match diharapkan {
        JenisBerkas::PaketKasus => FileError::OtherFormatNotPack { format },
        JenisBerkas::LembarUmpanBalik => FileError::OtherFormatNotSlip { format },
        JenisBerkas::Skp | JenisBerkas::Cadangan => FileError::OtherFormat { format },
    }
}

/// Reads a file and also tells the version it was written in (older ones are migrated).
pub fn import_with_version(text: &str) -> Result<(Imported, u32), FileError> {
    let (jenis, mut data, version) = read_envelope(
        text,
        &[JenisBerkas::Skp, JenisBerkas::Cadangan],
        JenisBerkas::Skp,
    )?;
    let imported = if jenis == JenisBerkas::Skp {
        migrate::migrate_skp(&mut data, version);
        let skp: Skp = parse(&data)?;
        validate::validate_skp(&skp, "data")?;
        Imported::Skp(skp)
    } else {
        if let Value::Array(items) = &mut data {
            for item in items.iter_mut() {
                migrate::migrate_skp(item, version);
            }
        }
        let skps: Vec<Skp> = parse(&data)?;
        let mut ids = std::collections::HashSet::new();
        for (i, skp) in skps.iter().enumerate() {
            validate::validate_skp(skp, &format!("data[{i}]"))?;
            if !ids.insert(skp.id.as_str()) {
                return Err(FileError::DuplicateId {
                    path: format!("data[{i}].id"),
                    id: skp.id.clone(),
                });
            }
        }
        Imported::Backup(skps)
    };
    Ok((imported, version))
}

pub(crate) fn parse<T: serde::de::DeserializeOwned>(data: &Value) -> Result<T, FileError> {
    serde_path_to_error::deserialize(data).map_err(|e| {
        let inner = e.path().to_string();
        let path = match inner.as_str() {
            "." => "data".to_string(),
            p if p.starts_with('[') => format!("data{p}"),
            p => format!("data.{p}"),
        };
        let value = value_at(data, e.path());
        let problem = match Problem::from_serde(&e.inner().to_string()) {
            Problem::BadDate { .. } => Problem::BadDate {
                found: value.and_then(Value::as_str).map(str::to_string),
            },
            // A list where an object with a required field is expected.
            Problem::MissingField(_) if value.is_some_and(Value::is_array) => Problem::WrongType {
                found: Jenis::Daftar,
                value: None,
                expected: Jenis::Objek,
            },
            problem => problem,
        };
        FileError::Invalid { path, problem }
    })
}

/// The value a serde path points at, to quote it in a message.
fn value_at<'a>(mut value: &'a Value, path: &serde_path_to_error::Path) -> Option<&'a Value> {
    use serde_path_to_error::Segment;
    for segment in path.iter() {
        value = match segment {
            Segment::Seq { index } => value.get(*index)?,
            Segment::Map { key } => value.get(key)?,
            Segment::Enum { .. } | Segment::Unknown => return None,
        };
    }
    Some(value)
}

/// When a file (or a stored SKP) was written, read from its envelope without the strict
/// import: the import preview tells two versions apart by it. `None` when it cannot be read.
pub fn ditulis_pada(text: &str) -> Option<String> {
    #[derive(serde::Deserialize)]
    struct Header {
        written_at: String,
    }
    serde_json::from_str::<Header>(text.trim_start_matches('\u{feff}'))
        .ok()
        .map(|h| h.written_at)
}

#[cfg(test)]
mod written_at_tests {
    use super::*;

    #[test]
    fn the_time_of_writing_is_read_back_from_an_export() {
        let skp = (crate::domain::contoh::CONTOH[0].buat)();
        let text = export_skp(&skp, "2026-11-30T08:00:00Z");
        assert_eq!(ditulis_pada(&text).as_deref(), Some("2026-11-30T08:00:00Z"));
        assert_eq!(ditulis_pada("{\"format\": 1}"), None);
    }
}
