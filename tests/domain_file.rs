#![cfg(not(target_arch = "wasm32"))]
//! The file format: round trip, distinct errors, limits, migration from version 1.

use skp_mandiri::domain::contoh::contoh_analis_kebijakan;
use skp_mandiri::domain::file::*;
use skp_mandiri::domain::*;

const T1: &str = "2025-10-01T09:00:00+08:00";
const T2: &str = "2025-10-02T10:30:00+08:00";

fn err(text: &str) -> FileError {
    import(text).expect_err("must be refused")
}

#[test]
fn export_import_export_gives_the_same_bytes() {
    let skp = contoh_analis_kebijakan();
    let a = export_skp(&skp, T1);
    let Imported::Skp(back) = import(&a).unwrap() else {
        panic!("not an SKP")
    };
    assert_eq!(back, skp);
    assert_eq!(export_skp(&back, T1), a);
    assert_ne!(export_skp(&back, T2), a);
    // A real SKP has nothing version 4 added: it is written as version 3.
    assert!(a.starts_with("{\n  \"format\": \"skp-mandiri/skp\",\n  \"version\": 3,"));
}

#[test]
fn backup_round_trip_and_duplicate_skp_ids() {
    let a = contoh_analis_kebijakan();
    let mut b = contoh_analis_kebijakan();
    b.id = "skp-lain".into();
    let text = export_backup(&[a.clone(), b.clone()], T1);
    assert_eq!(import(&text).unwrap(), Imported::Backup(vec![a.clone(), b]));
    let dup = export_backup(&[a.clone(), a], T1);
    assert_eq!(
        err(&dup),
        FileError::DuplicateId {
            path: "data[1].id".into(),
            id: "skp-contoh-2025".into()
        }
    );
}

#[test]
fn summary_is_written_and_ignored_on_import() {
    let text = export_skp(&contoh_analis_kebijakan(), T1);
    let v: serde_json::Value = serde_json::from_str(&text).unwrap();
    assert_eq!(v["summary"]["capaian_iki"][0]["capaian"], 75.0); // 3 of 4 policy briefs
    assert_eq!(v["summary"]["jp"][0]["tahun"], 2025);
    let mut v2 = v.clone();
    v2["summary"] = serde_json::json!({"anything": [1, 2, 3]});
    assert!(import(&v2.to_string()).is_ok());
}

#[test]
fn distinct_messages_for_each_kind_of_bad_file() {
    assert_eq!(err(""), FileError::Empty);
    assert_eq!(err("  \n\t "), FileError::Empty);
    assert_eq!(err("%PDF-1.7\u{0}\u{1}\u{2}binary"), FileError::Binary);
    assert!(matches!(
        err("nama,nip\nRina,1992"),
        FileError::NotJson { line: 1, .. }
    ));
    assert!(matches!(
        err("{\"format\": \"skp-mandiri/skp\", "),
        FileError::NotJson { .. }
    ));
    assert_eq!(err("[1, 2]"), FileError::NoFormat);
    assert_eq!(
        err("{\"type\": \"excalidraw\", \"version\": 2}"),
        FileError::NoFormat
    );
    assert_eq!(
        err("{\"format\": \"excalidraw\"}"),
        FileError::OtherFormat {
            format: "excalidraw".into()
        }
    );
    assert_eq!(
        err("{\"format\": \"skp-mandiri/skp\", \"version\": \"2\"}"),
        FileError::BadVersion
    );
    assert_eq!(
        err("{\"format\": \"skp-mandiri/skp\", \"version\": 0}"),
        FileError::BadVersion
    );
    let newer =
        export_skp(&contoh_analis_kebijakan(), T1).replace("\"version\": 3", "\"version\": 6");
    let e = err(&newer);
    assert_eq!(
        e,
        FileError::TooNew {
            version: 6,
            known: 5
        }
    );
    assert!(e.message(Lang::Id).contains("lebih baru"));
    assert!(e.message(Lang::En).contains("newer"));
    let messages: std::collections::HashSet<String> = [
        FileError::Empty,
        FileError::Binary,
        FileError::NoFormat,
        FileError::BadVersion,
        FileError::NotJson { line: 1, column: 1 },
        FileError::OtherFormat { format: "x".into() },
        FileError::NotUtf8 { line: 1, column: 1 },
    ]
    .iter()
    .map(|e| e.message(Lang::Id))
    .collect();
    assert_eq!(messages.len(), 7);
}

fn contoh_value() -> serde_json::Value {
    serde_json::from_str(&export_skp(&contoh_analis_kebijakan(), T1)).unwrap()
}

#[test]
fn wrong_types_name_the_json_path() {
    let mut v = contoh_value();
    v["data"]["rhk"][1]["iki"][0]["target"] = serde_json::json!("24 Kabupaten");
    let e = err(&v.to_string());
    assert_eq!(e.path(), Some("data.rhk[1].iki[0].target"));
    let mut v = contoh_value();
    v["data"]["evaluasi"][0]["realisasi"][2]["nilai"] = serde_json::json!("lima");
    let e = err(&v.to_string());
    assert_eq!(e.path(), Some("data.evaluasi[0].realisasi[2].nilai"));
    assert!(matches!(
        &e,
        FileError::Invalid {
            problem: Problem::WrongType { .. },
            ..
        }
    ));
    assert_eq!(
        e.message(Lang::Id),
        "Isian `data.evaluasi[0].realisasi[2].nilai`: isinya teks \"lima\", seharusnya angka."
    );
    assert_eq!(
        e.message(Lang::En),
        "Field `data.evaluasi[0].realisasi[2].nilai`: it holds the text \"lima\", expected a number."
    );
    let mut v = contoh_value();
    v["data"]["jenis_jabatan"] = serde_json::json!("menteri");
    let e = err(&v.to_string());
    assert_eq!(e.path(), Some("data.jenis_jabatan"));
    assert!(
        matches!(&e, FileError::Invalid { problem: Problem::UnknownVariant { found, .. }, .. } if found == "menteri")
    );
    let mut v = contoh_value();
    v["data"]["rhk"][0].as_object_mut().unwrap().remove("id");
    assert_eq!(
        err(&v.to_string()),
        FileError::Invalid {
            path: "data.rhk[0]".into(),
            problem: Problem::MissingField("id".into())
        }
    );
}

/// Words of serde and Rust that must never reach a person.
const RUST_WORDS: [&str; 12] = [
    "f64", "u32", "u64", "usize", "i32", "sequence", "map", "struct", "enum", "variant", "Option",
    "serde",
];

#[test]
fn import_messages_use_words_not_rust_types() {
    use serde_json::json;
    // (JSON pointer into an export, what to put there, the path the message must name)
    let cases = [
        (
            "/data/evaluasi/0/realisasi/0/nilai",
            json!("lima"),
            "data.evaluasi[0].realisasi[0].nilai",
        ),
        (
            "/data/evaluasi/0/realisasi/0/nilai",
            json!({}),
            "data.evaluasi[0].realisasi[0].nilai",
        ),
        (
            "/data/evaluasi/0/realisasi/0/nilai",
            json!([1]),
            "data.evaluasi[0].realisasi[0].nilai",
        ),
        (
            "/data/evaluasi/0/realisasi/0/nilai",
            json!(true),
            "data.evaluasi[0].realisasi[0].nilai",
        ),
        (
            "/data/pengembangan_kompetensi/0/jp_rencana",
            json!(null),
            "data.pengembangan_kompetensi[0].jp_rencana",
        ),
        (
            "/data/evaluasi/0/periode_ke",
            json!(1.5),
            "data.evaluasi[0].periode_ke",
        ),
        (
            "/data/evaluasi/0/periode_ke",
            json!(-1),
            "data.evaluasi[0].periode_ke",
        ),
        (
            "/data/evaluasi/0/periode_ke",
            json!(5_000_000_000u64),
            "data.evaluasi[0].periode_ke",
        ),
        (
            "/data/evaluasi/0/periode_ke",
            json!("3"),
            "data.evaluasi[0].periode_ke",
        ),
        ("/data/rhk", json!({"rhk-1": {}}), "data.rhk"),
        ("/data/rhk", json!("abc"), "data.rhk"),
        ("/data/motif/motif", json!("ambisi"), "data.motif.motif"),
        ("/data/rhk/0", json!([]), "data.rhk[0]"),
        ("/data/periode", json!(["2025-01-01"]), "data.periode"),
        ("/data/periode", json!([]), "data.periode"),
        ("/data/periode", json!("2025"), "data.periode"),
        (
            "/data/atasan_pejabat_penilai",
            json!(5),
            "data.atasan_pejabat_penilai",
        ),
        (
            "/data/periode/mulai",
            json!("2025-02-30"),
            "data.periode.mulai",
        ),
        (
            "/data/periode/mulai",
            json!("1 Januari 2025"),
            "data.periode.mulai",
        ),
        ("/data/periode/mulai", json!("2025"), "data.periode.mulai"),
        (
            "/data/periode/mulai",
            json!("2025-01-01T00:00"),
            "data.periode.mulai",
        ),
        ("/data/periode/mulai", json!(20250101), "data.periode.mulai"),
        (
            "/data/rhk/0/iki/0/target",
            json!("24 Kabupaten"),
            "data.rhk[0].iki[0].target",
        ),
        (
            "/data/rhk/0/iki/0/target",
            json!([]),
            "data.rhk[0].iki[0].target",
        ),
        (
            "/data/rhk/0/iki/0/target",
            json!({"jenis": 5}),
            "data.rhk[0].iki[0].target.jenis",
        ),
        (
            "/data/rhk/0/iki/0/target",
            json!({"jenis": "nilai", "nilai": "x", "satuan": ""}),
            "data.rhk[0].iki[0].target",
        ),
        (
            "/data/rhk/0/iki/0/target",
            json!({"jenis": "persen"}),
            "data.rhk[0].iki[0].target.jenis",
        ),
        (
            "/data/rhk/0/iki/0/lebih_kecil_lebih_baik",
            json!("ya"),
            "data.rhk[0].iki[0].lebih_kecil_lebih_baik",
        ),
        (
            "/data/rhk/0/iki/0/indikator",
            json!(5),
            "data.rhk[0].iki[0].indikator",
        ),
        ("/data/rhk/0/jenis", json!(5), "data.rhk[0].jenis"),
        ("/data/rhk/0/jenis", json!({}), "data.rhk[0].jenis"),
        ("/data/rhk/0/jenis", json!(["utama"]), "data.rhk[0].jenis"),
        ("/data/jenis_jabatan", json!(null), "data.jenis_jabatan"),
        (
            "/data/jenis_jabatan",
            json!("menteri"),
            "data.jenis_jabatan",
        ),
        (
            "/data/motif/motif_utama",
            json!(3),
            "data.motif.motif_utama",
        ),
        (
            "/data/pengembangan_kompetensi/0/untuk_iki_id",
            json!(3),
            "data.pengembangan_kompetensi[0].untuk_iki_id",
        ),
        ("/data", json!([]), "data"),
        ("/data", json!(3), "data"),
    ];
    for (pointer, bad, path) in cases {
        let mut v = contoh_value();
        *v.pointer_mut(pointer).unwrap() = bad.clone();
        let e = err(&v.to_string());
        assert_eq!(e.path(), Some(path), "{pointer} = {bad}");
        for lang in [Lang::Id, Lang::En] {
            let m = e.message(lang);
            assert!(m.contains(&format!("`{path}`")), "{m}");
            for word in RUST_WORDS {
                assert!(!m.contains(word), "`{word}` in {m}");
            }
        }
    }
    let message = |pointer: &str, bad: serde_json::Value, lang| {
        let mut v = contoh_value();
        *v.pointer_mut(pointer).unwrap() = bad;
        err(&v.to_string()).message(lang)
    };
    assert_eq!(
        message("/data/evaluasi/0/periode_ke", json!(1.5), Lang::Id),
        "Isian `data.evaluasi[0].periode_ke`: isinya angka 1.5, seharusnya bilangan bulat 0 atau lebih."
    );
    assert_eq!(
        message("/data/evaluasi/0/periode_ke", json!(-1), Lang::En),
        "Field `data.evaluasi[0].periode_ke`: it holds the number -1, expected a whole number, 0 or more."
    );
    assert_eq!(
        message("/data/rhk", json!({}), Lang::Id),
        "Isian `data.rhk`: isinya objek (kumpulan kolom), seharusnya daftar."
    );
    assert_eq!(
        message("/data/rhk/0", json!([]), Lang::En),
        "Field `data.rhk[0]`: it holds a list, expected an object."
    );
    assert_eq!(
        message("/data/rhk/0/iki/0/lebih_kecil_lebih_baik", json!("ya"), Lang::Id),
        "Isian `data.rhk[0].iki[0].lebih_kecil_lebih_baik`: isinya teks \"ya\", seharusnya ya/tidak (true/false)."
    );
    assert_eq!(
        message("/data/rhk/0/iki/0/indikator", json!(null), Lang::En),
        "Field `data.rhk[0].iki[0].indikator`: it is empty (null), expected text."
    );
    assert_eq!(
        message("/data/periode/mulai", json!("2025-02-30"), Lang::Id),
        "Isian `data.periode.mulai`: tanggal \"2025-02-30\" tidak sah, seharusnya YYYY-MM-DD (misalnya 2025-01-31)."
    );
    assert_eq!(
        message("/data/periode/mulai", json!(2025), Lang::En),
        "Field `data.periode.mulai`: it holds the number 2025, expected a date (YYYY-MM-DD)."
    );
    assert_eq!(
        message("/data/rhk/0/iki/0/target", json!({"jenis": "persen"}), Lang::Id),
        "Isian `data.rhk[0].iki[0].target.jenis`: pilihan `persen` tidak dikenal; yang sah: `nilai`, `rentang`, `deskripsi`."
    );
}

fn utf16(text: &str, bom: bool, unit: fn(u16) -> [u8; 2]) -> Vec<u8> {
    let bom = bom.then_some('\u{feff}');
    bom.into_iter()
        .chain(text.chars())
        .collect::<String>()
        .encode_utf16()
        .flat_map(unit)
        .collect()
}

#[test]
fn utf8_and_utf16_files_are_read_other_encodings_and_binary_are_told_apart() {
    let mut skp = contoh_analis_kebijakan();
    // Outside Latin-1 and outside the BMP (a surrogate pair in UTF-16).
    skp.pegawai.nama = "Rina Kartika 😀 – Ñ".into();
    let text = export_skp(&skp, T1);
    let utf8 = text.as_bytes();
    assert!(matches!(
        teks_dari_bytes(utf8),
        Ok(std::borrow::Cow::Borrowed(t)) if t == text
    ));
    let with_bom = [b"\xEF\xBB\xBF".as_slice(), utf8].concat();
    assert_eq!(teks_dari_bytes(&with_bom).unwrap(), text);
    for bytes in [
        utf16(&text, true, u16::to_le_bytes),
        utf16(&text, true, u16::to_be_bytes),
        utf16(&text, false, u16::to_le_bytes),
        utf16(&text, false, u16::to_be_bytes),
    ] {
        assert_eq!(teks_dari_bytes(&bytes).unwrap(), text);
        assert_eq!(import_bytes(&bytes), Ok(Imported::Skp(skp.clone())));
    }
    // Notepad's "Unicode" really starts like this.
    assert_eq!(teks_dari_bytes(b"\xFF\xFE{\x00}\x00").unwrap(), "{}");
    assert_eq!(teks_dari_bytes(b"\xFE\xFF\x00[\x00]").unwrap(), "[]");

    // Windows-1252 / Latin-1: "José" and "Ñ" as single bytes, on line 2.
    let latin1 = b"{\n  \"nama\": \"Jos\xE9 \xD1\"\n}";
    let e = teks_dari_bytes(latin1).unwrap_err();
    assert_eq!(
        e,
        FileError::NotUtf8 {
            line: 2,
            column: 15
        }
    );
    assert!(e.message(Lang::Id).contains("bukan UTF-8"));
    assert!(e
        .message(Lang::Id)
        .contains("simpan ulang dengan pengodean UTF-8"));
    assert!(e.message(Lang::En).contains("not UTF-8"));
    assert!(e
        .message(Lang::En)
        .contains("save it again with the UTF-8 encoding"));
    assert_ne!(e.message(Lang::Id), FileError::Binary.message(Lang::Id));
    // UTF-32 is text too, but not read.
    assert!(matches!(
        teks_dari_bytes(b"\xFF\xFE\x00\x00{\x00\x00\x00"),
        Err(FileError::NotUtf8 { .. })
    ));

    // Binary files: PDF (its second line is bytes above 127 on purpose), PNG, JPEG, a zip
    // (.docx, .xlsx), an old .doc, and anything with NUL or control bytes.
    let binaries: [&[u8]; 6] = [
        b"%PDF-1.7\n%\xE2\xE3\xCF\xD3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n",
        b"\x89PNG\r\n\x1A\n\x00\x00\x00\rIHDR",
        b"\xFF\xD8\xFF\xE0\x00\x10JFIF\x00",
        b"PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00\xC5",
        b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1",
        b"\x80\x81\x02\x03\xFE\xFD",
    ];
    for bytes in binaries {
        assert_eq!(teks_dari_bytes(bytes), Err(FileError::Binary), "{bytes:?}");
        assert_eq!(import_bytes(bytes), Err(FileError::Binary), "{bytes:?}");
    }

    // Cut off inside a character: the text before it, which JSON calls cut off.
    let cut = &utf8[..utf8.len() - 3];
    let cut = [cut, "é".as_bytes().get(..1).unwrap()].concat();
    assert!(matches!(import_bytes(&cut), Err(FileError::NotJson { .. })));
    // UTF-16 cut off inside a code unit, or with a lone surrogate.
    let mut odd = utf16(&text, true, u16::to_le_bytes);
    odd.pop();
    assert!(matches!(
        teks_dari_bytes(&odd),
        Err(FileError::NotJson { .. })
    ));
    assert_eq!(
        teks_dari_bytes(b"\xFF\xFE{\x00\x00\xD8}\x00"),
        Err(FileError::NotJson { line: 1, column: 2 })
    );
    assert!(matches!(
        teks_dari_bytes(&vec![b' '; MAX_FILE_BYTES + 1]),
        Err(FileError::TooLarge { .. })
    ));
}

#[test]
fn duplicate_keys_are_refused_with_their_path() {
    let text = export_skp(&contoh_analis_kebijakan(), T1);
    // Hand-edited: a second `indikator` in the second IKI of the first RHK. serde_json alone
    // keeps the last one, and the person's first text would be silently dropped.
    let second = "\"id\": \"iki-2\",";
    assert_eq!(text.matches(second).count(), 1);
    let twice = text.replace(
        second,
        &format!("{second}\n              \"indikator\": \"yang pertama\","),
    );
    let e = err(&twice);
    assert_eq!(
        e,
        FileError::Invalid {
            path: "data.rhk[0].iki[1].indikator".into(),
            problem: Problem::DuplicateField("indikator".into())
        }
    );
    assert_eq!(
        e.message(Lang::Id),
        "Isian `data.rhk[0].iki[1].indikator`: kolom `indikator` muncul dua kali."
    );
    assert_eq!(
        e.message(Lang::En),
        "Field `data.rhk[0].iki[1].indikator`: the field `indikator` appears twice."
    );
    // In the envelope, and in a backup's list of SKP.
    let format_twice = text.replacen(
        "\"format\": \"skp-mandiri/skp\",",
        "\"format\": \"skp-mandiri/skp\", \"format\": \"skp-mandiri/skp\",",
        1,
    );
    assert_eq!(err(&format_twice).path(), Some("format"));
    let mut b = contoh_analis_kebijakan();
    b.id = "skp-b".into();
    let backup = export_backup(&[contoh_analis_kebijakan(), b], T1).replace(
        "\"id\": \"skp-b\",",
        "\"id\": \"skp-b\", \"id\": \"skp-c\",",
    );
    assert_eq!(err(&backup).path(), Some("data[1].id"));
    // The same key in different objects, and keys that differ only in case, are fine.
    assert!(
        import(&text.replace("\"id\": \"iki-2\",", "\"id\": \"iki-2\", \"ID\": 1,")).is_err_and(
            |e| e
                == FileError::Invalid {
                    path: "data.rhk[0].iki[1].ID".into(),
                    problem: Problem::UnknownField("ID".into())
                }
        )
    );
}

/// Every `YYYY-MM-DD` text under `value`: (JSON pointer, JSON path as import names it).
fn dates(
    value: &serde_json::Value,
    pointer: String,
    path: String,
    out: &mut Vec<(String, String)>,
) {
    use serde_json::Value;
    match value {
        Value::String(s)
            if s.len() == 10 && chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d").is_ok() =>
        {
            out.push((pointer, path))
        }
        Value::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                dates(item, format!("{pointer}/{i}"), format!("{path}[{i}]"), out);
            }
        }
        Value::Object(map) => {
            for (k, item) in map {
                dates(item, format!("{pointer}/{k}"), format!("{path}.{k}"), out);
            }
        }
        _ => {}
    }
}

#[test]
fn every_date_must_lie_between_1900_and_2200() {
    let mut skp = contoh_analis_kebijakan();
    skp.tindak_lanjut.keberatan = Some(Keberatan {
        tanggal_hasil_diterima: chrono::NaiveDate::from_ymd_opt(2026, 1, 12).unwrap(),
        tanggal_diajukan: chrono::NaiveDate::from_ymd_opt(2026, 1, 19),
        alasan: String::new(),
        keputusan: String::new(),
    });
    skp.penilaian_tahunan.rating = skp.evaluasi[0].rating.clone();
    skp.penandatanganan.push(Penandatanganan {
        dokumen: JenisDokumen::Evaluasi,
        periode_ke: Some(1),
        tempat: "Makassar".into(),
        tanggal: chrono::NaiveDate::from_ymd_opt(2025, 4, 3),
    });
    let v: serde_json::Value = serde_json::from_str(&export_skp(&skp, T1)).unwrap();
    let mut found = Vec::new();
    dates(&v["data"], "/data".into(), "data".into(), &mut found);
    // Each kind of date in the model appears, so none is left unchecked.
    let kinds: std::collections::BTreeSet<String> = found
        .iter()
        .map(|(_, path)| {
            path.split('[')
                .map(|part| part.split_once(']').map_or(part, |(_, rest)| rest))
                .collect()
        })
        .collect();
    let expected = [
        "data.evaluasi.dialog_kinerja.tanggal",
        "data.evaluasi.rating.mandiri.tanggal",
        "data.evaluasi.rating.pejabat_penilai.tanggal",
        "data.evaluasi.realisasi.bukti_dukung.tanggal",
        "data.evaluasi.umpan_balik_perilaku.tanggal",
        "data.evaluasi.umpan_balik_rhk.tanggal",
        "data.penandatanganan.tanggal",
        "data.pengembangan_kompetensi.mulai",
        "data.pengembangan_kompetensi.selesai",
        "data.penilaian_tahunan.rating.mandiri.tanggal",
        "data.penilaian_tahunan.rating.pejabat_penilai.tanggal",
        "data.periode.mulai",
        "data.periode.selesai",
        "data.tindak_lanjut.keberatan.tanggal_diajukan",
        "data.tindak_lanjut.keberatan.tanggal_hasil_diterima",
    ];
    assert_eq!(
        kinds.iter().map(String::as_str).collect::<Vec<_>>(),
        expected
    );
    for (pointer, path) in &found {
        for bad in [
            "1899-12-31",
            "2201-01-01",
            "0000-01-01",
            "-0001-01-01",
            "+10000-01-01",
        ] {
            let mut w = v.clone();
            *w.pointer_mut(pointer).unwrap() = bad.into();
            let e = err(&w.to_string());
            assert_eq!(
                e,
                FileError::Invalid {
                    path: path.clone(),
                    problem: Problem::YearOutOfRange { found: bad.into() }
                },
                "{path} = {bad}"
            );
            assert!(e
                .message(Lang::Id)
                .contains("tahun harus antara 1900 dan 2200"));
            assert!(e
                .message(Lang::En)
                .contains("the year must be between 1900 and 2200"));
        }
        for good in ["1900-01-01", "2200-12-31"] {
            let mut w = v.clone();
            *w.pointer_mut(pointer).unwrap() = good.into();
            assert!(import(&w.to_string()).is_ok(), "{path} = {good}");
        }
    }
    assert_eq!(
        err(&v.to_string().replace("2025-01-01", "0202-01-01")).message(Lang::Id),
        "Isian `data.periode.mulai`: tanggal 0202-01-01: tahun harus antara 1900 dan 2200."
    );
}

#[test]
fn unknown_fields_are_rejected_with_their_path() {
    let mut v = contoh_value();
    v["data"]["rhk"][0]["iki"][1]["bobot"] = serde_json::json!(30);
    assert_eq!(
        err(&v.to_string()),
        FileError::Invalid {
            path: "data.rhk[0].iki[1].bobot".into(),
            problem: Problem::UnknownField("bobot".into())
        }
    );
    let mut v = contoh_value();
    v["signature"] = serde_json::json!("x");
    assert!(
        matches!(err(&v.to_string()), FileError::Invalid { problem: Problem::UnknownField(f), .. } if f == "signature")
    );
}

#[test]
fn period_numbers_outside_1_to_12_are_refused() {
    for ke in [0u64, 13, u64::from(u32::MAX)] {
        let mut v = contoh_value();
        v["data"]["evaluasi"][0]["periode_ke"] = serde_json::json!(ke);
        let e = err(&v.to_string());
        assert_eq!(
            e,
            FileError::Invalid {
                path: "data.evaluasi[0].periode_ke".into(),
                problem: Problem::OutOfRange {
                    found: ke.to_string(),
                    min: 1,
                    max: 12
                }
            }
        );
        assert!(e.message(Lang::Id).contains("seharusnya 1 sampai 12"));
        assert!(e.message(Lang::En).contains("expected 1 to 12"));
    }
    let mut v = contoh_value();
    v["data"]["evaluasi"][0]["periode_ke"] = serde_json::json!(12);
    v["data"]["tindak_lanjut"]["rencana_aksi"] = serde_json::json!([
        {"id": "ra-1", "iki_id": "iki-1", "periode_ke": 0}
    ]);
    assert_eq!(
        err(&v.to_string()).path(),
        Some("data.tindak_lanjut.rencana_aksi[0].periode_ke")
    );
}

#[test]
fn references_and_ids_are_checked() {
    let mut v = contoh_value();
    v["data"]["evaluasi"][0]["realisasi"][0]["iki_id"] = serde_json::json!("iki-99");
    assert_eq!(
        err(&v.to_string()),
        FileError::UnknownReference {
            path: "data.evaluasi[0].realisasi[0].iki_id".into(),
            id: "iki-99".into()
        }
    );
    let mut v = contoh_value();
    v["data"]["rhk"][1]["iki"][0]["id"] = serde_json::json!("iki-1");
    assert_eq!(
        err(&v.to_string()),
        FileError::DuplicateId {
            path: "data.rhk[1].iki[0].id".into(),
            id: "iki-1".into()
        }
    );
}

#[test]
fn limits_on_size_depth_lists_and_strings() {
    assert!(check_size(MAX_FILE_BYTES).is_ok());
    assert_eq!(
        check_size(MAX_FILE_BYTES + 1),
        Err(FileError::TooLarge {
            size: MAX_FILE_BYTES + 1,
            max: MAX_FILE_BYTES
        })
    );
    let deep = format!("{}{}", "[".repeat(MAX_DEPTH + 1), "]".repeat(MAX_DEPTH + 1));
    assert_eq!(err(&deep), FileError::TooDeep { max: MAX_DEPTH });
    // Brackets inside strings do not count.
    let in_string = format!("{{\"format\": \"{}\"}}", "[".repeat(100));
    assert!(matches!(err(&in_string), FileError::OtherFormat { .. }));
    let mut v = contoh_value();
    v["data"]["lampiran"]["konsekuensi"] = serde_json::Value::Array(vec![
        serde_json::json!({"id": "k", "teks": ""});
        MAX_LIST_LEN + 1
    ]);
    assert!(
        matches!(err(&v.to_string()), FileError::ListTooLong { path, .. } if path == "data.lampiran.konsekuensi")
    );
    let mut v = contoh_value();
    v["data"]["motif"]["refleksi"] = serde_json::json!("a".repeat(MAX_STRING_CHARS + 1));
    assert!(
        matches!(err(&v.to_string()), FileError::StringTooLong { path, .. } if path == "data.motif.refleksi")
    );
    let big = format!("{{\"format\": \"{}\"}}", "a".repeat(MAX_FILE_BYTES));
    assert!(matches!(err(&big), FileError::TooLarge { .. }));
}

#[test]
fn version_1_fixture_migrates_to_version_2() {
    let text = include_str!("fixtures/skp-v1.json");
    let (imported, from) = import_with_version(text).unwrap();
    assert_eq!(from, 1);
    let Imported::Skp(skp) = imported else {
        panic!("not an SKP")
    };
    let r = &skp.rhk[0];
    assert_eq!(
        r.rhk_pimpinan.teks,
        "Meningkatnya kualitas layanan aplikasi pemerintahan daerah"
    );
    assert_eq!(r.rhk_pimpinan.rujukan, None);
    assert_eq!(
        r.iki[0].target,
        Some(Target::Nilai {
            nilai: 12.0,
            satuan: "Layanan".into()
        })
    );
    assert_eq!(
        r.iki[1].target,
        Some(Target::Nilai {
            nilai: 99.5,
            satuan: "%".into()
        })
    );
    assert_eq!(
        r.iki[2].target,
        Some(Target::Rentang {
            min: 2.0,
            maks: 4.0,
            satuan: "Jam".into()
        })
    );
    let t = &skp.rhk[1].iki;
    assert_eq!(
        t[0].target,
        Some(Target::Deskripsi {
            deskripsi: "Pengguna puas dengan layanan".into()
        })
    );
    assert_eq!(
        t[1].target,
        Some(Target::Nilai {
            nilai: 1200.0,
            satuan: "Tiket".into()
        })
    );
    assert_eq!(t[2].target, None);
    // Written again, it is a version 3 file (a real SKP needs nothing newer) that reads back
    // unchanged.
    let again = export_skp(&skp, T1);
    assert!(again.contains("\"version\": 3,"));
    assert_eq!(
        import_with_version(&again).unwrap(),
        (Imported::Skp(skp), 3)
    );
}

#[test]
fn version_2_fixture_keeps_its_ratings_as_the_person_s_own() {
    use skp_mandiri::domain::model::{Penilai, Rating, RatingOleh};
    // Exported by the version 2 app: the example SKP, rated in periods 1 and 2 and the year.
    let text = include_str!("fixtures/skp-v2.json");
    assert!(text.contains("\"rating_hasil_kerja\""));
    let (imported, from) = import_with_version(text).unwrap();
    assert_eq!(from, 2);
    let Imported::Skp(skp) = imported else {
        panic!("not an SKP")
    };
    let diri = |h, p| RatingOleh {
        hasil_kerja: h,
        perilaku_kerja: p,
        oleh: String::new(),
        tanggal: None,
    };
    use Rating::*;
    let tw = |ke| skp.rating(Some(ke)).cloned().unwrap_or_default();
    assert_eq!(
        tw(1).mandiri,
        diri(Some(SesuaiEkspektasi), Some(SesuaiEkspektasi))
    );
    assert_eq!(
        tw(2).mandiri,
        diri(Some(SesuaiEkspektasi), Some(DiAtasEkspektasi))
    );
    assert_eq!(tw(3).mandiri, RatingOleh::default());
    let tahun = skp.rating(None).unwrap();
    assert_eq!(tahun.mandiri, diri(Some(SesuaiEkspektasi), None));
    for ke in [Some(1), Some(2), Some(3), None] {
        let r = skp.rating(ke).unwrap();
        assert_eq!(
            r.oleh(Penilai::PejabatPenilai),
            &RatingOleh::default(),
            "{ke:?}"
        );
    }
    assert!(!skp.memimpin_unit);
    assert_eq!(
        skp.penilaian_tahunan.catatan,
        "Penilaian mandiri akhir tahun."
    );
    // Everything else came through: the same plan and realisasi as the example.
    let contoh = skp_mandiri::domain::contoh::contoh_analis_kebijakan();
    assert_eq!(skp.rhk, contoh.rhk);
    assert_eq!(
        skp.evaluasi
            .iter()
            .map(|e| &e.realisasi)
            .collect::<Vec<_>>(),
        contoh
            .evaluasi
            .iter()
            .map(|e| &e.realisasi)
            .collect::<Vec<_>>()
    );
    // Written again it is version 3 (a real SKP), and reads back unchanged.
    let again = export_skp(&skp, T1);
    assert!(!again.contains("\"rating_hasil_kerja\""));
    assert_eq!(
        import_with_version(&again).unwrap(),
        (Imported::Skp(skp), 3)
    );
}

#[test]
fn version_3_fixture_imports_as_it_was_and_is_written_again_byte_for_byte() {
    // Exported by the version 3 app: the Kepala Seksi example with the unit's capaian kinerja
    // organisasi and an appraiser's rating of Triwulan I.
    let text = include_str!("fixtures/skp-v3.json");
    let (imported, from) = import_with_version(text).unwrap();
    assert_eq!(from, 3);
    let Imported::Skp(skp) = imported else {
        panic!("not an SKP")
    };
    assert!(!skp.adalah_latihan());
    assert_eq!(
        skp.penilaian_tahunan.kinerja_organisasi.predikat,
        Some(PredikatOrganisasi::Baik)
    );
    assert_eq!(
        skp.evaluasi[0].rating.pejabat_penilai.oleh,
        "Sri Wahyuni, S.H., M.H."
    );
    // Nothing migrates from 3 to 4, and a real SKP is written as version 3: with the same
    // time of writing, this app writes exactly the file the version 3 app wrote, so a
    // colleague still on that app reads it.
    let (old, new): (serde_json::Value, serde_json::Value) = (
        serde_json::from_str(text).unwrap(),
        serde_json::from_str(&export_skp(&skp, T1)).unwrap(),
    );
    assert_eq!(old["data"], new["data"]);
    assert_eq!(old["summary"], new["summary"]);
    assert_eq!(new["version"], 3);
    assert!(new["data"].get("latihan").is_none());
    let written_at = old["written_at"].as_str().unwrap();
    assert_eq!(export_skp(&skp, written_at), text);
}

#[test]
fn version_4_fixture_imports_as_it_was_and_is_written_again_byte_for_byte() {
    // Exported by the version 4 app: a practice SKP started from the bundled case pack.
    let text = include_str!("fixtures/skp-v4.json");
    let (imported, from) = import_with_version(text).unwrap();
    assert_eq!(from, 4);
    let Imported::Skp(skp) = imported else {
        panic!("not an SKP")
    };
    assert!(skp.adalah_latihan());
    assert_eq!(skp.persetujuan, None);
    assert!(skp.evaluasi.iter().all(|e| e.bimbingan.is_empty()));
    // Nothing migrates from 4 to 5, and nothing of version 5 is in it: this app writes
    // exactly the file the version 4 app wrote.
    let written_at = serde_json::from_str::<serde_json::Value>(text).unwrap()["written_at"]
        .as_str()
        .unwrap()
        .to_owned();
    assert_eq!(export_skp(&skp, &written_at), text);
}

#[test]
fn each_file_is_written_in_the_lowest_version_that_holds_its_data() {
    let versi =
        |text: &str| serde_json::from_str::<serde_json::Value>(text).unwrap()["version"].clone();
    let nyata = contoh_analis_kebijakan();
    let mut latihan = contoh_analis_kebijakan();
    latihan.id = "skp-latihan".into();
    latihan.latihan = Some(TandaLatihan {
        paket_id: "paket-1".into(),
        judul: "Kasus".into(),
    });
    assert_eq!((versi_skp([&nyata]), versi_skp([&latihan])), (3, 4));
    assert_eq!(versi(&export_skp(&nyata, T1)), 3);
    assert_eq!(versi(&export_skp_compact(&nyata, T1)), 3);
    assert_eq!(versi(&export_skp(&latihan, T1)), 4);
    assert_eq!(versi(&export_skp_compact(&latihan, T1)), 4);
    // A backup: 4 as soon as one SKP in it is a practice SKP; an empty one is 3.
    assert_eq!(versi(&export_backup(std::slice::from_ref(&nyata), T1)), 3);
    assert_eq!(versi(&export_backup(&[], T1)), 3);
    let campur = export_backup(&[nyata.clone(), latihan.clone()], T1);
    assert_eq!(versi(&campur), 4);
    // Each reads back as written, and the newest version is still the one read.
    assert_eq!(
        import_with_version(&export_skp(&latihan, T1)).unwrap(),
        (Imported::Skp(latihan.clone()), 4)
    );
    assert_eq!(
        import_with_version(&campur).unwrap(),
        (Imported::Backup(vec![nyata.clone(), latihan.clone()]), 4)
    );
    // The leader's decision on the plan, or a bimbingan kinerja, needs version 5, whatever
    // else the SKP holds; a backup with one such SKP is version 5 too.
    let mut disetujui = nyata.clone();
    disetujui.id = "skp-disetujui".into();
    disetujui.persetujuan = Some(PersetujuanRencana {
        status: StatusRencana::Disetujui,
        tanggal: chrono::NaiveDate::from_ymd_opt(2025, 1, 20),
        oleh: "Ahmad Fauzi, S.E., M.M.".into(),
        catatan: String::new(),
        catatan_rhk: vec![CatatanRencanaRhk {
            rhk_id: "rhk-1".into(),
            catatan: "Target kualitas sudah tepat".into(),
        }],
    });
    let mut dibimbing = latihan.clone();
    dibimbing.id = "skp-dibimbing".into();
    dibimbing.evaluasi[0].bimbingan.push(CatatanBimbingan {
        id: "pp-bk-1".into(),
        tanggal: None,
        jenis: JenisBimbingan::Coaching,
        topik: "Penulisan policy brief".into(),
        hasil: String::new(),
        tanggapan: vec![TanggapanBimbingan {
            pernyataan: PernyataanBimbingan::MerasaDidengar,
            skor: 5,
        }],
    });
    assert_eq!((versi_skp([&disetujui]), versi_skp([&dibimbing])), (5, 5));
    assert_eq!(versi(&export_skp(&disetujui, T1)), 5);
    assert_eq!(versi(&export_skp_compact(&dibimbing, T1)), 5);
    let semua = [
        nyata.clone(),
        latihan.clone(),
        disetujui.clone(),
        dibimbing.clone(),
    ];
    assert_eq!(versi(&export_backup(&semua, T1)), 5);
    assert_eq!(
        import_with_version(&export_backup(&semua, T1)).unwrap(),
        (Imported::Backup(semua.to_vec()), 5)
    );
    // Without them nothing of version 5 is written: the keys are left out, not null or [].
    let teks = export_skp(&latihan, T1);
    assert!(!teks.contains("\"persetujuan\"") && !teks.contains("\"bimbingan\""));
    // Import still reads every version up to the newest.
    assert_eq!(CURRENT_VERSION, 5);
}

#[test]
fn a_version_4_file_still_reads_and_is_written_back_as_version_4() {
    // What the version 4 app wrote for a practice SKP: the same data, read unchanged.
    let mut latihan = contoh_analis_kebijakan();
    latihan.latihan = Some(TandaLatihan {
        paket_id: "paket-1".into(),
        judul: "Kasus".into(),
    });
    let teks = export_skp(&latihan, T1);
    assert!(teks.contains("\"version\": 4,"));
    assert_eq!(
        import_with_version(&teks),
        Ok((Imported::Skp(latihan.clone()), 4))
    );
    // A version 4 file that holds a version 5 field was not written by a version 4 app:
    // read as the version it says, the field is still known (versions only add fields), so
    // it is taken; the file is then written as the version its data needs.
    let mut v: serde_json::Value = serde_json::from_str(&teks).unwrap();
    v["data"]["persetujuan"] = serde_json::json!({"status": "dikembalikan"});
    let Ok((Imported::Skp(skp), 4)) = import_with_version(&v.to_string()) else {
        panic!("a version 4 file reads")
    };
    assert_eq!(
        skp.persetujuan.map(|p| p.status),
        Some(StatusRencana::Dikembalikan)
    );
}

#[test]
fn the_new_parts_of_version_5_are_checked_with_their_paths() {
    let base = || {
        let mut skp = contoh_analis_kebijakan();
        skp.persetujuan = Some(PersetujuanRencana {
            status: StatusRencana::Dikembalikan,
            tanggal: None,
            oleh: String::new(),
            catatan: String::new(),
            catatan_rhk: vec![CatatanRencanaRhk {
                rhk_id: "rhk-2".into(),
                catatan: "Perjelas target".into(),
            }],
        });
        skp.evaluasi[1].bimbingan = vec![CatatanBimbingan {
            id: "pp-bk-1".into(),
            tanggal: chrono::NaiveDate::from_ymd_opt(2025, 5, 5),
            jenis: JenisBimbingan::Konseling,
            topik: "Hambatan data".into(),
            hasil: "Surat permintaan data ke Dinas Kesehatan".into(),
            tanggapan: vec![TanggapanBimbingan {
                pernyataan: PernyataanBimbingan::TahuLangkahBerikutnya,
                skor: 4,
            }],
        }];
        serde_json::from_str::<serde_json::Value>(&export_skp(&skp, T1)).unwrap()
    };
    let ok = base();
    assert_eq!(ok["version"], 5);
    assert!(import(&ok.to_string()).is_ok());
    type Rusak = (fn(&mut serde_json::Value), &'static str);
    let cases: [Rusak; 6] = [
        (
            |v| v["data"]["persetujuan"]["catatan_rhk"][0]["rhk_id"] = "rhk-9".into(),
            "data.persetujuan.catatan_rhk[0].rhk_id",
        ),
        (
            |v| {
                let c = v["data"]["persetujuan"]["catatan_rhk"][0].clone();
                v["data"]["persetujuan"]["catatan_rhk"]
                    .as_array_mut()
                    .unwrap()
                    .push(c);
            },
            "data.persetujuan.catatan_rhk[1].rhk_id",
        ),
        (
            |v| v["data"]["evaluasi"][1]["bimbingan"][0]["tanggapan"][0]["skor"] = 6.into(),
            "data.evaluasi[1].bimbingan[0].tanggapan[0].skor",
        ),
        (
            |v| {
                let b = v["data"]["evaluasi"][1]["bimbingan"][0].clone();
                v["data"]["evaluasi"][1]["bimbingan"]
                    .as_array_mut()
                    .unwrap()
                    .push(b);
            },
            "data.evaluasi[1].bimbingan[1].id",
        ),
        (
            |v| v["data"]["evaluasi"][1]["bimbingan"][0]["tanggal"] = "1850-01-01".into(),
            "data.evaluasi[1].bimbingan[0].tanggal",
        ),
        (
            |v| v["data"]["persetujuan"]["status"] = "ditolak".into(),
            "data.persetujuan.status",
        ),
    ];
    for (rusak, path) in cases {
        let mut v = ok.clone();
        rusak(&mut v);
        let e = import(&v.to_string()).unwrap_err();
        assert_eq!(e.path(), Some(path), "{e:?}");
        assert!(
            e.message(Lang::Id).contains(path),
            "{}",
            e.message(Lang::Id)
        );
    }
    // An answer off the scale says the scale.
    let mut v = ok.clone();
    v["data"]["evaluasi"][1]["bimbingan"][0]["tanggapan"][0]["skor"] = 0.into();
    let e = import(&v.to_string()).unwrap_err();
    assert!(
        e.message(Lang::Id).contains("seharusnya 1 sampai 5"),
        "{}",
        e.message(Lang::Id)
    );
    // The same statement answered twice is refused at the second answer.
    let mut v = ok.clone();
    let t = v["data"]["evaluasi"][1]["bimbingan"][0]["tanggapan"][0].clone();
    v["data"]["evaluasi"][1]["bimbingan"][0]["tanggapan"]
        .as_array_mut()
        .unwrap()
        .push(t);
    assert_eq!(
        import(&v.to_string()).unwrap_err(),
        FileError::DuplicateId {
            path: "data.evaluasi[1].bimbingan[0].tanggapan[1].pernyataan".into(),
            id: "tahu_langkah_berikutnya".into()
        }
    );
}

#[test]
fn two_signing_places_for_one_document_are_refused_with_the_path_of_the_second() {
    let mut skp = contoh_analis_kebijakan();
    let satu = Penandatanganan {
        dokumen: JenisDokumen::Evaluasi,
        periode_ke: Some(2),
        tempat: "Makassar".into(),
        tanggal: None,
    };
    skp.penandatanganan = vec![satu.clone(), satu];
    let e = import(&export_skp(&skp, T1)).unwrap_err();
    assert!(
        matches!(&e, FileError::DuplicateId { path, .. } if path == "data.penandatanganan[1]"),
        "{e:?}"
    );
}

#[test]
fn a_version_3_file_with_a_version_2_rating_field_is_refused_with_its_path() {
    let mut v: serde_json::Value =
        serde_json::from_str(&export_skp(&contoh_analis_kebijakan(), T1)).unwrap();
    v["data"]["evaluasi"][0]["rating_hasil_kerja"] = serde_json::json!("sesuai_ekspektasi");
    let e = import(&v.to_string()).unwrap_err();
    assert!(e.to_string().contains("data.evaluasi[0]"), "{e}");
}

#[test]
fn v1_target_texts() {
    use serde_json::json;
    assert_eq!(
        target_dari_teks("3 s.d. 5 Hari"),
        json!({"jenis": "rentang", "min": 3.0, "maks": 5.0, "satuan": "Hari"})
    );
    assert_eq!(
        target_dari_teks("5–3 hari"),
        json!({"jenis": "rentang", "min": 3.0, "maks": 5.0, "satuan": "hari"})
    );
    assert_eq!(
        target_dari_teks("2,5 Jam"),
        json!({"jenis": "nilai", "nilai": 2.5, "satuan": "Jam"})
    );
    assert_eq!(
        target_dari_teks("100%"),
        json!({"jenis": "nilai", "nilai": 100.0, "satuan": "%"})
    );
    assert_eq!(
        target_dari_teks("bulan Maret"),
        json!({"jenis": "deskripsi", "deskripsi": "bulan Maret"})
    );
}

#[test]
fn the_compact_layout_reads_back_to_the_same_skp_and_is_smaller() {
    use skp_mandiri::domain::contoh::contoh_analis_kebijakan;
    use skp_mandiri::domain::{export_skp, export_skp_compact, import, Imported};
    let skp = contoh_analis_kebijakan();
    let compact = export_skp_compact(&skp, "2026-01-01T00:00:00Z");
    assert!(compact.len() < export_skp(&skp, "2026-01-01T00:00:00Z").len());
    assert!(!compact.contains('\n'));
    assert_eq!(import(&compact), Ok(Imported::Skp(skp)));
}
