#![cfg(not(target_arch = "wasm32"))]
//! docs/skp-mandiri.schema.json validates real exports. The validator is a small one for the
//! subset of JSON Schema the file uses; any other keyword fails the test rather than being
//! silently ignored.

use chrono::NaiveDate;
use serde_json::Value;
use skp_mandiri::domain::contoh::{contoh_analis_kebijakan, contoh_paket};
use skp_mandiri::domain::lembar;
use skp_mandiri::domain::paket::{export_paket, mulai_latihan};
use skp_mandiri::domain::*;

const SCHEMA: &str = include_str!("../docs/skp-mandiri.schema.json");
const KNOWN: &[&str] = &[
    "$schema",
    "$id",
    "title",
    "description",
    "$defs",
    "$ref",
    "oneOf",
    "anyOf",
    "type",
    "enum",
    "const",
    "properties",
    "required",
    "additionalProperties",
    "items",
    "minItems",
    "minimum",
    "maximum",
    "format",
    "pattern",
];

/// The only `pattern` the schema uses: a date `YYYY-MM-DD` with a year from 1900 to 2200.
/// `[0-9]`, not `\d`: in some regex engines (Rust's, Python's) `\d` is any Unicode digit.
const DATE_PATTERN: &str = r"^(19[0-9]{2}|2[01][0-9]{2}|2200)-[0-9]{2}-[0-9]{2}$";

/// [`DATE_PATTERN`] by hand (the tests have no regex engine); any other pattern fails the test
/// rather than being silently ignored.
fn matches_pattern(pattern: &str, text: &str) -> bool {
    assert_eq!(
        pattern, DATE_PATTERN,
        "validator does not support this pattern"
    );
    let b = text.as_bytes();
    let digits = |r: std::ops::Range<usize>| b[r].iter().all(u8::is_ascii_digit);
    b.len() == 10
        && digits(0..4)
        && b[4] == b'-'
        && digits(5..7)
        && b[7] == b'-'
        && digits(8..10)
        && (1900..=2200).contains(&text[..4].parse::<u32>().unwrap_or(0))
}

fn type_ok(t: &str, v: &Value) -> bool {
    match t {
        "object" => v.is_object(),
        "array" => v.is_array(),
        "string" => v.is_string(),
        "number" => v.is_number(),
        "integer" => v.is_u64() || v.is_i64(),
        "boolean" => v.is_boolean(),
        "null" => v.is_null(),
        other => panic!("unknown type {other}"),
    }
}

fn validate(root: &Value, schema: &Value, v: &Value, path: &str, errors: &mut Vec<String>) {
    let s = schema.as_object().expect("schema is an object");
    for key in s.keys() {
        assert!(
            KNOWN.contains(&key.as_str()),
            "validator does not support `{key}`"
        );
    }
    if let Some(Value::String(r)) = s.get("$ref") {
        let name = r.strip_prefix("#/$defs/").expect("local ref");
        validate(root, &root["$defs"][name], v, path, errors);
    }
    for (key, need) in [("oneOf", 1usize), ("anyOf", 0)] {
        if let Some(Value::Array(options)) = s.get(key) {
            let results: Vec<Vec<String>> = options
                .iter()
                .map(|o| {
                    let mut e = Vec::new();
                    validate(root, o, v, path, &mut e);
                    e
                })
                .collect();
            let ok = results.iter().filter(|e| e.is_empty()).count();
            if (need == 1 && ok != 1) || (need == 0 && ok == 0) {
                errors.push(format!("{path}: {ok} of the {key} options match"));
                // Report why the closest option failed.
                if let Some(best) = results.into_iter().min_by_key(Vec::len) {
                    errors.extend(best);
                }
            }
        }
    }
    match s.get("type") {
        Some(Value::String(t)) if !type_ok(t, v) => errors.push(format!("{path}: not {t}")),
        Some(Value::Array(ts)) if !ts.iter().any(|t| type_ok(t.as_str().unwrap(), v)) => {
            errors.push(format!("{path}: none of {ts:?}"))
        }
        _ => {}
    }
    if let Some(Value::Array(e)) = s.get("enum") {
        if !e.contains(v) {
            errors.push(format!("{path}: {v} not in enum"));
        }
    }
    if let Some(c) = s.get("const") {
        if c != v {
            errors.push(format!("{path}: {v} is not {c}"));
        }
    }
    if let (Some(min), Some(n)) = (s.get("minimum").and_then(Value::as_f64), v.as_f64()) {
        if n < min {
            errors.push(format!("{path}: {n} < {min}"));
        }
    }
    if let (Some(max), Some(n)) = (s.get("maximum").and_then(Value::as_f64), v.as_f64()) {
        if n > max {
            errors.push(format!("{path}: {n} > {max}"));
        }
    }
    if let (Some("date"), Some(text)) = (s.get("format").and_then(Value::as_str), v.as_str()) {
        if NaiveDate::parse_from_str(text, "%Y-%m-%d").is_err() {
            errors.push(format!("{path}: {text} is not a date"));
        }
    }
    if let (Some(pattern), Some(text)) = (s.get("pattern").and_then(Value::as_str), v.as_str()) {
        if !matches_pattern(pattern, text) {
            errors.push(format!("{path}: {text} does not match {pattern}"));
        }
    }
    if let Value::Object(map) = v {
        let props = s.get("properties").and_then(Value::as_object);
        for req in s
            .get("required")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
        {
            if !map.contains_key(req.as_str().unwrap()) {
                errors.push(format!("{path}: missing {req}"));
            }
        }
        for (k, item) in map {
            match props.and_then(|p| p.get(k)) {
                Some(sub) => validate(root, sub, item, &format!("{path}.{k}"), errors),
                None if s.get("additionalProperties") == Some(&Value::Bool(false)) => {
                    errors.push(format!("{path}: unexpected field {k}"))
                }
                None => {}
            }
        }
    }
    if let (Value::Array(items), Some(min)) = (v, s.get("minItems").and_then(Value::as_u64)) {
        if (items.len() as u64) < min {
            errors.push(format!("{path}: {} items, fewer than {min}", items.len()));
        }
    }
    if let (Value::Array(items), Some(sub)) = (v, s.get("items")) {
        for (i, item) in items.iter().enumerate() {
            validate(root, sub, item, &format!("{path}[{i}]"), errors);
        }
    }
}

fn errors_of(text: &str) -> Vec<String> {
    let schema: Value = serde_json::from_str(SCHEMA).unwrap();
    let v: Value = serde_json::from_str(text).unwrap();
    let mut errors = Vec::new();
    validate(&schema, &schema, &v, "", &mut errors);
    errors
}

fn full_example() -> Skp {
    // The example plus the optional parts it leaves empty, so every branch is exercised.
    let mut skp = contoh_analis_kebijakan();
    let tahun = &mut skp.penilaian_tahunan;
    tahun.rating.mandiri.hasil_kerja = Some(Rating::DiAtasEkspektasi);
    tahun.rating.pejabat_penilai = RatingOleh {
        hasil_kerja: Some(Rating::SesuaiEkspektasi),
        perilaku_kerja: Some(Rating::SesuaiEkspektasi),
        oleh: "Ahmad Fauzi, S.E., M.M.".into(),
        tanggal: NaiveDate::from_ymd_opt(2026, 1, 5),
    };
    tahun.kinerja_organisasi = KinerjaOrganisasi {
        predikat: Some(PredikatOrganisasi::Baik),
        capaian: Some(97.5),
    };
    skp.evaluasi[0].kinerja_organisasi.predikat = Some(PredikatOrganisasi::Istimewa);
    skp.memimpin_unit = true;
    skp.penandatanganan = vec![
        Penandatanganan {
            dokumen: JenisDokumen::Evaluasi,
            periode_ke: Some(2),
            tempat: "Makassar".into(),
            tanggal: NaiveDate::from_ymd_opt(2025, 7, 4),
        },
        Penandatanganan {
            dokumen: JenisDokumen::Skp,
            periode_ke: None,
            tempat: "Makassar".into(),
            tanggal: None,
        },
    ];
    skp.tindak_lanjut.keberatan = Some(Keberatan {
        tanggal_hasil_diterima: NaiveDate::from_ymd_opt(2026, 1, 12).unwrap(),
        tanggal_diajukan: None,
        alasan: "Bukti dukung triwulan IV belum dipertimbangkan".into(),
        keputusan: String::new(),
    });
    skp.rhk[0].rhk_pimpinan.rujukan = Some(RujukanRhk {
        skp_id: "skp-kabid-2025".into(),
        rhk_id: "rhk-2".into(),
    });
    skp.rhk[0].perspektif = Some(Perspektif::PenerimaLayanan);
    skp.latihan = Some(TandaLatihan {
        paket_id: "paket-contoh-diskominfo-2026".into(),
        judul: "Latihan SKP 2026".into(),
    });
    skp.tindak_lanjut.penghargaan.push(Butir {
        id: "ph-1".into(),
        teks: "Prioritas pengembangan kompetensi".into(),
    });
    skp
}

/// The full example plus what the leader writes (version 5): the decision on the plan with a
/// note on an RHK, and a bimbingan kinerja session with the pegawai's answers.
fn full_example_v5() -> Skp {
    let mut skp = full_example();
    skp.persetujuan = Some(PersetujuanRencana {
        status: StatusRencana::Dikembalikan,
        tanggal: NaiveDate::from_ymd_opt(2025, 1, 20),
        oleh: "Ahmad Fauzi, S.E., M.M.".into(),
        catatan: "Perjelas target kualitas".into(),
        catatan_rhk: vec![CatatanRencanaRhk {
            rhk_id: "rhk-2".into(),
            catatan: "Target 24 kabupaten/kota perlu rincian per triwulan".into(),
        }],
    });
    skp.evaluasi[1].bimbingan.push(CatatanBimbingan {
        id: "pp-bk-1".into(),
        tanggal: NaiveDate::from_ymd_opt(2025, 5, 12),
        jenis: JenisBimbingan::Konseling,
        topik: "Hambatan akses data".into(),
        hasil: "Surat permintaan data ke Dinas Kesehatan".into(),
        tanggapan: vec![TanggapanBimbingan {
            pernyataan: PernyataanBimbingan::TahuLangkahBerikutnya,
            skor: 4,
        }],
    });
    skp.evaluasi[1].bimbingan.push(CatatanBimbingan {
        id: "pp-bk-2".into(),
        tanggal: None,
        jenis: JenisBimbingan::Coaching,
        topik: String::new(),
        hasil: String::new(),
        tanggapan: Vec::new(),
    });
    skp
}

/// A leader's slip on the version 5 example, everything in it set.
fn slip_example() -> lembar::LembarUmpanBalik {
    let skp = full_example_v5();
    lembar::buat_lembar(
        &skp,
        &lembar::sidik(&skp),
        NaiveDate::from_ymd_opt(2025, 10, 6).unwrap(),
        "lembar-1".into(),
    )
}

#[test]
fn exports_validate_against_the_schema() {
    let skp = export_skp(&contoh_analis_kebijakan(), "2025-10-01T09:00:00+08:00");
    assert_eq!(errors_of(&skp), Vec::<String>::new());
    let full = export_skp(&full_example(), "2025-10-01T09:00:00+08:00");
    assert_eq!(errors_of(&full), Vec::<String>::new());
    let backup = export_backup(
        &[contoh_analis_kebijakan(), full_example()],
        "2025-10-01T09:00:00Z",
    );
    assert_eq!(errors_of(&backup), Vec::<String>::new());
    let v5 = export_skp(&full_example_v5(), "2025-10-01T09:00:00+08:00");
    assert_eq!(errors_of(&v5), Vec::<String>::new());
    let backup = export_backup(
        &[contoh_analis_kebijakan(), full_example_v5()],
        "2025-10-01T09:00:00Z",
    );
    assert_eq!(errors_of(&backup), Vec::<String>::new());
}

#[test]
fn a_feedback_slip_validates_against_the_schema_and_is_refused_where_import_refuses_it() {
    let slip = slip_example();
    assert!(slip.persetujuan.is_some() && slip.tahunan.is_some());
    assert!(slip.evaluasi.iter().any(|p| !p.bimbingan.is_empty()));
    let text = lembar::export_lembar(&slip, "2025-10-06T08:00:00+08:00");
    assert_eq!(errors_of(&text), Vec::<String>::new());
    // A slip with nothing but its header.
    let mut kosong = slip.clone();
    kosong.evaluasi.clear();
    kosong.tahunan = None;
    kosong.persetujuan = None;
    let text = lembar::export_lembar(&kosong, "2025-10-06T08:00:00+08:00");
    assert_eq!(errors_of(&text), Vec::<String>::new());
    // The pegawai's answers, an unknown field and a period out of range are refused by both.
    let base: Value = serde_json::from_str(&lembar::export_lembar(&slip, "x")).unwrap();
    let e = slip
        .evaluasi
        .iter()
        .position(|p| !p.bimbingan.is_empty())
        .unwrap();
    type Rusak = (Box<dyn Fn(&mut Value)>, &'static str);
    let cases: [Rusak; 3] = [
        (
            Box::new(move |v| {
                v["data"]["evaluasi"][e]["bimbingan"][0]["tanggapan"] =
                    serde_json::json!([{"pernyataan": "merasa_didengar", "skor": 5}])
            }),
            "is not []",
        ),
        (
            Box::new(|v| v["data"]["catatan"] = Value::from("x")),
            "unexpected field catatan",
        ),
        (
            Box::new(|v| v["data"]["evaluasi"][0]["periode_ke"] = Value::from(13)),
            "13 > 12",
        ),
    ];
    for (rusak, kata) in cases {
        let mut v = base.clone();
        rusak(&mut v);
        let errors = errors_of(&v.to_string());
        assert!(
            errors.iter().any(|e| e.contains(kata)),
            "{kata}: {errors:?}"
        );
        assert!(lembar::import_lembar(&v.to_string()).is_err(), "{kata}");
    }
    // A slip is no SKP, and an SKP no slip.
    let mut v = base.clone();
    v["format"] = Value::from("skp-mandiri/skp");
    assert!(!errors_of(&v.to_string()).is_empty());
}

#[test]
fn a_pack_holding_a_version_5_skp_is_pack_version_2_and_validates() {
    let mut paket = contoh_paket();
    paket.pimpinan[0].persetujuan = full_example_v5().persetujuan;
    paket.pimpinan[0]
        .persetujuan
        .as_mut()
        .unwrap()
        .catatan_rhk
        .clear();
    let text = export_paket(&paket, "2026-02-10T09:00:00+08:00");
    assert!(text.contains("\"version\": 2,"));
    assert_eq!(errors_of(&text), Vec::<String>::new());
    let v1 = export_paket(&contoh_paket(), "2026-02-10T09:00:00+08:00");
    assert!(v1.contains("\"version\": 1,"));
    assert!(!errors_of(&v1.replacen("\"version\": 1,", "\"version\": 3,", 1)).is_empty());
}

#[test]
fn a_case_pack_and_a_practice_skp_validate_against_the_schema() {
    let mut paket = contoh_paket();
    let text = export_paket(&paket, "2026-02-10T09:00:00+08:00");
    assert_eq!(errors_of(&text), Vec::<String>::new());
    // Without a starting SKP: `skp_awal` is null.
    paket.skp_awal = None;
    let text = export_paket(&paket, "2026-02-10T09:00:00+08:00");
    assert_eq!(errors_of(&text), Vec::<String>::new());
    let latihan = mulai_latihan(&contoh_paket(), "s".into(), NaiveDate::MIN);
    let text = export_skp(&latihan, "2026-02-10T09:00:00+08:00");
    assert_eq!(errors_of(&text), Vec::<String>::new());
    // The schema refuses what import_paket refuses: an unknown field, a pack as an SKP.
    let mut v: Value = serde_json::from_str(&export_paket(&contoh_paket(), "x")).unwrap();
    v["data"]["catatan"] = Value::from("x");
    let errors = errors_of(&v.to_string());
    assert!(
        errors
            .iter()
            .any(|e| e.contains("unexpected field catatan")),
        "{errors:?}"
    );
    let mut v: Value = serde_json::from_str(&export_paket(&contoh_paket(), "x")).unwrap();
    v["format"] = Value::from("skp-mandiri/skp");
    assert!(!errors_of(&v.to_string()).is_empty());
    // A pack without a leader, as import_paket refuses it.
    let mut v: Value = serde_json::from_str(&export_paket(&contoh_paket(), "x")).unwrap();
    v["data"]["pimpinan"] = Value::Array(Vec::new());
    let errors = errors_of(&v.to_string());
    assert!(
        errors
            .iter()
            .any(|e| e.contains(".data.pimpinan: 0 items, fewer than 1")),
        "{errors:?}"
    );
}

#[test]
fn the_schema_holds_every_version_the_app_writes() {
    // A real SKP is written as version 3, a practice SKP as version 4, one with the leader's
    // decision or a bimbingan as version 5; a version the app does not write is refused.
    let v5 = export_skp(&full_example_v5(), "2025-10-01T09:00:00+08:00");
    assert!(v5.contains("\"version\": 5,"));
    assert_eq!(errors_of(&v5), Vec::<String>::new());
    let lain = v5.replacen("\"version\": 5,", "\"version\": 6,", 1);
    assert!(!errors_of(&lain).is_empty());
    let nyata = export_skp(&contoh_analis_kebijakan(), "2025-10-01T09:00:00+08:00");
    assert!(nyata.contains("\"version\": 3,"));
    assert_eq!(errors_of(&nyata), Vec::<String>::new());
    let latihan = export_skp(&full_example(), "2025-10-01T09:00:00+08:00");
    assert!(latihan.contains("\"version\": 4,"));
    assert_eq!(errors_of(&latihan), Vec::<String>::new());
    let lain = nyata.replacen("\"version\": 3,", "\"version\": 2,", 1);
    assert!(!errors_of(&lain).is_empty());
}

#[test]
fn migrated_fixture_validates_after_export() {
    for fixture in [
        include_str!("fixtures/skp-v1.json"),
        include_str!("fixtures/skp-v2.json"),
        include_str!("fixtures/skp-v3.json"),
        include_str!("fixtures/skp-v4.json"),
    ] {
        let Imported::Skp(skp) = import(fixture).unwrap() else {
            panic!()
        };
        assert_eq!(
            errors_of(&export_skp(&skp, "2025-01-01T00:00:00Z")),
            Vec::<String>::new()
        );
    }
}

#[test]
fn the_schema_rejects_what_import_rejects() {
    let text = export_skp(&contoh_analis_kebijakan(), "2025-10-01T09:00:00+08:00");
    let mut v: Value = serde_json::from_str(&text).unwrap();
    v["data"]["rhk"][0]["iki"][0]["bobot"] = Value::from(30);
    v["data"]["periode"]["mulai"] = Value::from("2025-02-30");
    v["data"]["rhk"][1]["iki"][0]["target"]["jenis"] = Value::from("persen");
    let errors = errors_of(&v.to_string());
    assert!(
        errors.iter().any(|e| e.contains("unexpected field bobot")),
        "{errors:?}"
    );
    assert!(
        errors
            .iter()
            .any(|e| e.contains("2025-02-30 is not a date")),
        "{errors:?}"
    );
    assert!(
        errors
            .iter()
            .any(|e| e.contains(".data.rhk[1].iki[0].target")),
        "{errors:?}"
    );
    assert!(import(&v.to_string()).is_err());
}

#[test]
fn the_schema_holds_dates_to_the_years_import_accepts() {
    for (text, ok) in [
        ("1900-01-01", true),
        ("2025-12-31", true),
        ("2199-06-30", true),
        ("2200-12-31", true),
        ("1899-12-31", false),
        ("2201-01-01", false),
        ("0000-01-01", false),
        ("+10000-01-01", false),
        ("2025-1-1", false),
        ("2025-01-01x", false),
    ] {
        assert_eq!(matches_pattern(DATE_PATTERN, text), ok, "{text}");
    }
    let text = export_skp(&full_example(), "2025-10-01T09:00:00+08:00");
    for bad in ["1899-12-31", "+10000-01-01"] {
        let mut v: Value = serde_json::from_str(&text).unwrap();
        v["data"]["tindak_lanjut"]["keberatan"]["tanggal_hasil_diterima"] = Value::from(bad);
        let errors = errors_of(&v.to_string());
        assert!(
            errors.iter().any(|e| e.contains(&format!(
                ".data.tindak_lanjut.keberatan.tanggal_hasil_diterima: {bad} does not match"
            ))),
            "{errors:?}"
        );
        assert!(import(&v.to_string()).is_err());
    }
}

proptest::proptest! {
    /// Every text the pattern describes passes the hand-written check.
    #[test]
    fn the_hand_written_check_accepts_what_the_pattern_describes(
        text in proptest::string::string_regex(&DATE_PATTERN[1..DATE_PATTERN.len() - 1]).unwrap()
    ) {
        proptest::prop_assert!(matches_pattern(DATE_PATTERN, &text));
    }
}
