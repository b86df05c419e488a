//! How a tunjangan table is kept in browser storage: a small versioned JSON value,
//! `{"format": "skp-mandiri/tabel-tunjangan", "version": 1, "data": {...}}`, apart from the
//! SKP files, and read strictly: its `format`, a version this app knows, no unknown field.

use serde::Serialize;
use serde_json::Value;

use super::TabelTunjangan;
use crate::domain::file::{FileError, Problem};
use crate::domain::lang::Lang;

/// `format` of a stored tunjangan table.
pub const FORMAT_TUNJANGAN: &str = "skp-mandiri/tabel-tunjangan";
/// The table format's version this app writes (and the newest it reads).
pub const VERSI_TUNJANGAN: u32 = 1;

/// Why a stored table could not be read. Nothing is half-read: the page keeps what it had.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum GalatTunjangan {
    /// Nothing stored, or only whitespace.
    Kosong,
    /// Not JSON.
    BukanJson {
        /// 1-based line.
        baris: usize,
        /// 1-based column.
        kolom: usize,
    },
    /// JSON, but not a tunjangan table (no `format`, or another one).
    BukanTabel {
        /// The `format` it declares, if any.
        format: Option<String>,
    },
    /// The `version` is missing or not a positive whole number.
    VersiTidakSah,
    /// Written by a newer version of the app.
    TerlaluBaru {
        /// The value's version.
        versi: u64,
        /// The newest this app reads.
        dikenal: u32,
    },
    /// The table has the wrong shape: the file format's own error, with the JSON path.
    Isi(FileError),
}

impl GalatTunjangan {
    /// The message for the person.
    pub fn pesan(&self, lang: Lang) -> String {
        let awal = lang.pick(
            "Tabel tunjangan yang tersimpan tidak dapat dibaca",
            "The saved allowance table cannot be read",
        );
        match self {
            GalatTunjangan::Kosong => format!(
                "{awal}: {}",
                lang.pick("isinya kosong.", "it is empty.")
            ),
            GalatTunjangan::BukanJson { baris, kolom } => match lang {
                Lang::Id => format!("{awal}: bukan JSON yang sah (baris {baris}, kolom {kolom})."),
                Lang::En => format!("{awal}: it is not valid JSON (line {baris}, column {kolom})."),
            },
            GalatTunjangan::BukanTabel { format: None } => format!(
                "{awal}: {}",
                lang.pick(
                    "isinya bukan tabel tunjangan SKP Mandiri.",
                    "it is not an SKP Mandiri allowance table."
                )
            ),
            GalatTunjangan::BukanTabel {
                format: Some(format),
            } => match lang {
                Lang::Id => format!("{awal}: isinya berformat `{format}`, bukan tabel tunjangan."),
                Lang::En => format!("{awal}: its format is `{format}`, not an allowance table."),
            },
            GalatTunjangan::VersiTidakSah => format!(
                "{awal}: {}",
                lang.pick(
                    "nomor versinya tidak ada atau tidak sah.",
                    "its version number is missing or invalid."
                )
            ),
            GalatTunjangan::TerlaluBaru { versi, dikenal } => match lang {
                Lang::Id => format!(
                    "{awal}: ditulis oleh versi aplikasi yang lebih baru (versi {versi}; aplikasi ini membaca sampai versi {dikenal}). Muat ulang halaman untuk memperbarui aplikasi."
                ),
                Lang::En => format!(
                    "{awal}: it was written by a newer version of the app (version {versi}; this app reads up to version {dikenal}). Reload the page to update the app."
                ),
            },
            GalatTunjangan::Isi(e) => format!("{awal}. {}", e.message(lang)),
        }
    }
}

impl std::fmt::Display for GalatTunjangan {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.pesan(Lang::En))
    }
}

impl std::error::Error for GalatTunjangan {}

#[derive(Serialize)]
struct Amplop<'a> {
    format: &'static str,
    version: u32,
    data: &'a TabelTunjangan,
}

/// The table as the JSON value kept in browser storage: `{"format", "version", "data"}`,
/// compact. A figure that is not a number (NaN) cannot be written in JSON and would make the
/// value unreadable; [`super::periksa_tabel`] names it before.
pub fn export(tabel: &TabelTunjangan) -> String {
    // Plain structs of strings, numbers and enums: serialising cannot fail.
    serde_json::to_string(&Amplop {
        format: FORMAT_TUNJANGAN,
        version: VERSI_TUNJANGAN,
        data: tabel,
    })
    .unwrap_or_default()
}

/// Reads a stored table, strictly: its `format`, a version this app knows, no unknown field,
/// every value of the right kind. Its figures are not judged here ([`super::periksa_tabel`]).
pub fn import(teks: &str) -> Result<TabelTunjangan, GalatTunjangan> {
    let teks = teks.trim_start_matches('\u{feff}');
    if teks.trim().is_empty() {
        return Err(GalatTunjangan::Kosong);
    }
    let value: Value = serde_json::from_str(teks).map_err(|e| GalatTunjangan::BukanJson {
        baris: e.line(),
        kolom: e.column(),
    })?;
    let Value::Object(mut amplop) = value else {
        return Err(GalatTunjangan::BukanTabel { format: None });
    };
    match amplop.get("format") {
        Some(Value::String(f)) if f == FORMAT_TUNJANGAN => {}
        Some(Value::String(f)) => {
            return Err(GalatTunjangan::BukanTabel {
                format: Some(f.clone()),
            })
        }
        _ => return Err(GalatTunjangan::BukanTabel { format: None }),
    }
    let versi = amplop
        .get("version")
        .and_then(Value::as_u64)
        .filter(|v| *v >= 1)
        .ok_or(GalatTunjangan::VersiTidakSah)?;
    if versi > u64::from(VERSI_TUNJANGAN) {
        return Err(GalatTunjangan::TerlaluBaru {
            versi,
            dikenal: VERSI_TUNJANGAN,
        });
    }
    if let Some(k) = amplop
        .keys()
        .find(|k| !["format", "version", "data"].contains(&k.as_str()))
    {
        return Err(GalatTunjangan::Isi(FileError::Invalid {
            path: k.clone(),
            problem: Problem::UnknownField(k.clone()),
        }));
    }
    let data = amplop.remove("data").ok_or_else(|| {
        GalatTunjangan::Isi(FileError::Invalid {
            path: "data".into(),
            problem: Problem::MissingField("data".into()),
        })
    })?;
    crate::domain::file::parse(&data).map_err(GalatTunjangan::Isi)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::rules::tunjangan::tests::dengan_potongan;

    #[test]
    fn the_stored_table_round_trips_byte_for_byte() {
        let t = dengan_potongan();
        let json = export(&t);
        assert!(json.starts_with(r#"{"format":"skp-mandiri/tabel-tunjangan","version":1,"#));
        assert!(json.contains(r#""predikat":"kurang_misconduct""#), "{json}");
        let back = import(&json).unwrap();
        assert_eq!(back, t);
        assert_eq!(export(&back), json);
        // A minimal table: every field but the envelope may be left out.
        let minimal = import(r#"{"format":"skp-mandiri/tabel-tunjangan","version":1,"data":{}}"#);
        assert_eq!(minimal, Ok(TabelTunjangan::default()));
    }

    #[test]
    fn bad_stored_values_are_refused_with_a_plain_message() {
        let galat = |s: &str| import(s).unwrap_err();
        assert_eq!(galat(" \n"), GalatTunjangan::Kosong);
        assert!(matches!(
            galat("{\"format\": "),
            GalatTunjangan::BukanJson { baris: 1, .. }
        ));
        assert_eq!(galat("[1]"), GalatTunjangan::BukanTabel { format: None });
        let skp = galat(r#"{"format":"skp-mandiri/skp","version":3,"data":{}}"#);
        assert_eq!(
            skp,
            GalatTunjangan::BukanTabel {
                format: Some("skp-mandiri/skp".into())
            }
        );
        assert_eq!(
            skp.pesan(Lang::Id),
            "Tabel tunjangan yang tersimpan tidak dapat dibaca: isinya berformat `skp-mandiri/skp`, bukan tabel tunjangan."
        );
        let f = r#""format":"skp-mandiri/tabel-tunjangan""#;
        assert_eq!(
            galat(&format!(r#"{{{f},"version":0,"data":{{}}}}"#)),
            GalatTunjangan::VersiTidakSah
        );
        assert_eq!(
            galat(&format!(r#"{{{f},"version":2,"data":{{}}}}"#)),
            GalatTunjangan::TerlaluBaru {
                versi: 2,
                dikenal: 1
            }
        );
        assert!(matches!(
            galat(&format!(r#"{{{f},"version":1,"data":{{}},"extra":1}}"#)),
            GalatTunjangan::Isi(FileError::Invalid { path, .. }) if path == "extra"
        ));
        assert!(matches!(
            galat(&format!(r#"{{{f},"version":1}}"#)),
            GalatTunjangan::Isi(FileError::Invalid { path, .. }) if path == "data"
        ));
        let salah = galat(&format!(
            r#"{{{f},"version":1,"data":{{"persen":[{{"predikat":"baik","persen":"80%"}}]}}}}"#
        ));
        let GalatTunjangan::Isi(FileError::Invalid { path, .. }) = &salah else {
            panic!("{salah:?}");
        };
        assert_eq!(path, "data.persen[0].persen");
        let pesan = salah.pesan(Lang::Id);
        assert!(
            pesan.starts_with(
                "Tabel tunjangan yang tersimpan tidak dapat dibaca. Isian `data.persen[0].persen`"
            ),
            "{pesan}"
        );
        assert!(matches!(
            galat(&format!(
                r#"{{{f},"version":1,"data":{{"persen":[{{"predikat":"istimewa","persen":1}}]}}}}"#
            )),
            GalatTunjangan::Isi(FileError::Invalid { .. })
        ));
    }
}
