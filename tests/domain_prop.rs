#![cfg(not(target_arch = "wasm32"))]
//! Property tests: export → import → export is stable; no input makes import panic.

use proptest::prelude::*;
use serde_json::{json, Value};
use skp_mandiri::domain::contoh::contoh_analis_kebijakan;
use skp_mandiri::domain::*;

fn target() -> impl Strategy<Value = Option<Target>> {
    prop_oneof![
        Just(None),
        (
            any::<f64>().prop_filter("finite", |f| f.is_finite()),
            ".{0,8}"
        )
            .prop_map(|(nilai, satuan)| Some(Target::Nilai { nilai, satuan })),
        (-1e6f64..1e6, -1e6f64..1e6, "\\PC{0,5}")
            .prop_map(|(min, maks, satuan)| Some(Target::Rentang { min, maks, satuan })),
        "\\PC{0,30}".prop_map(|deskripsi| Some(Target::Deskripsi { deskripsi })),
    ]
}

fn skp() -> impl Strategy<Value = Skp> {
    let iki = (target(), any::<bool>(), "\\PC{0,40}", 0usize..4);
    let rhk = (
        "\\PC{0,60}",
        any::<bool>(),
        prop::collection::vec(iki, 0..4),
    );
    (
        prop::collection::vec(rhk, 0..5),
        "\\PC{0,30}",
        prop::collection::vec(prop::option::of(-1e9f64..1e9), 0..6),
        prop::option::of(0.0f64..100.0),
        prop::option::of(("\\PC{0,20}", "\\PC{0,40}")),
    )
        .prop_map(|(rhk, nama, nilai, jp, latihan)| {
            let mut skp = contoh_analis_kebijakan();
            skp.pegawai.nama = nama;
            skp.latihan = latihan.map(|(paket_id, judul)| TandaLatihan { paket_id, judul });
            skp.evaluasi.clear();
            skp.pengembangan_kompetensi[0].jp_diperoleh = jp;
            skp.rhk = rhk
                .into_iter()
                .enumerate()
                .map(|(r, (teks, tambahan, iki))| Rhk {
                    id: format!("rhk-{r}"),
                    jenis: if tambahan {
                        JenisRhk::Tambahan
                    } else {
                        JenisRhk::Utama
                    },
                    rencana_hasil_kerja: teks,
                    rhk_pimpinan: RhkPimpinan::default(),
                    perspektif: None,
                    iki: iki
                        .into_iter()
                        .enumerate()
                        .map(|(i, (target, lebih_kecil, indikator, aspek))| Iki {
                            id: format!("iki-{r}-{i}"),
                            aspek: [
                                Aspek::Kuantitas,
                                Aspek::Kualitas,
                                Aspek::Waktu,
                                Aspek::Biaya,
                            ][aspek],
                            indikator,
                            target,
                            lebih_kecil_lebih_baik: lebih_kecil,
                        })
                        .collect(),
                })
                .collect();
            skp.pengembangan_kompetensi
                .iter_mut()
                .for_each(|k| k.untuk_iki_id = None);
            let iki_ids: Vec<String> = skp
                .rhk
                .iter()
                .flat_map(|r| r.iki.iter().map(|i| i.id.clone()))
                .collect();
            skp.evaluasi = vec![EvaluasiPeriodik {
                id: "ev-1".into(),
                periode_ke: 1,
                realisasi: iki_ids
                    .iter()
                    .zip(nilai)
                    .enumerate()
                    .map(|(n, (iki, nilai))| Realisasi {
                        id: format!("re-{n}"),
                        iki_id: iki.clone(),
                        nilai,
                        uraian: String::new(),
                        bukti_dukung: vec![],
                        kendala: String::new(),
                    })
                    .collect(),
                umpan_balik_rhk: vec![],
                umpan_balik_perilaku: vec![],
                dialog_kinerja: vec![],
                rating: RatingPeriode::default(),
                kinerja_organisasi: KinerjaOrganisasi::default(),
                bimbingan: Vec::new(),
            }];
            skp
        })
}

fn json_value() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(|n| json!(n)),
        any::<f64>()
            .prop_filter("finite", |f| f.is_finite())
            .prop_map(|f| json!(f)),
        "\\PC{0,12}".prop_map(Value::String),
        prop::sample::select(vec![
            "utama",
            "kuantitas",
            "nilai",
            "rentang",
            "2025-01-01",
            "rhk-1",
            "iki-1"
        ])
        .prop_map(|s| Value::String(s.into())),
    ];
    leaf.prop_recursive(6, 64, 8, |inner| {
        let keys = prop::sample::select(vec![
            "id",
            "rhk",
            "iki",
            "target",
            "jenis",
            "nilai",
            "satuan",
            "periode",
            "mulai",
            "selesai",
            "pegawai",
            "evaluasi",
            "realisasi",
            "iki_id",
            "jenis_jabatan",
            "pimpinan",
            "skp_awal",
            "latihan",
            "x",
        ]);
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            prop::collection::btree_map(keys, inner, 0..6).prop_map(|m| Value::Object(
                m.into_iter().map(|(k, v)| (k.to_string(), v)).collect()
            )),
        ]
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn export_import_export_is_stable(skp in skp()) {
        let a = export_skp(&skp, "2025-01-01T00:00:00Z");
        let back = match import(&a) { Ok(Imported::Skp(b)) => b, other => panic!("export must import: {other:?}") };
        prop_assert_eq!(export_skp(&back, "2025-01-01T00:00:00Z"), a);
        prop_assert_eq!(
            export_skp(&back, "2026-06-30T12:00:00+07:00").replace("2026-06-30T12:00:00+07:00", "2025-01-01T00:00:00Z"),
            export_skp(&skp, "2025-01-01T00:00:00Z")
        );
    }

    #[test]
    fn arbitrary_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..512)) {
        let text = String::from_utf8_lossy(&bytes);
        prop_assert!(import(&text).is_err());
    }

    #[test]
    fn arbitrary_json_never_panics(v in json_value()) {
        let _ = import(&v.to_string());
    }

    #[test]
    fn arbitrary_data_in_a_valid_envelope_never_panics(data in json_value(), version in 1u32..5, backup in any::<bool>()) {
        let format = if backup { "skp-mandiri/backup" } else { "skp-mandiri/skp" };
        let text = json!({"format": format, "version": version, "app": {}, "written_at": "", "data": data}).to_string();
        let _ = import(&text);
    }

    #[test]
    fn arbitrary_data_in_a_case_pack_envelope_never_panics(data in json_value(), pimpinan in prop::collection::vec(json_value(), 0..3), version in 0u32..4) {
        let envelope = |data: &Value| json!({"format": paket::FORMAT_PAKET, "version": version, "app": {}, "written_at": "", "data": data}).to_string();
        prop_assert!(paket::import_paket(&envelope(&data)).is_err());
        // With the shape of a pack around arbitrary leaders.
        let mut v = serde_json::to_value(contoh::contoh_paket()).unwrap();
        v["pimpinan"] = Value::Array(pimpinan);
        let _ = paket::import_paket(&envelope(&v));
    }

    #[test]
    fn mutated_exports_never_panic(cut in 0usize..6000, byte in any::<u8>()) {
        let mut text = export_skp(&contoh_analis_kebijakan(), "2025-01-01T00:00:00Z").into_bytes();
        let at = cut % text.len();
        text[at] = byte;
        let _ = import(&String::from_utf8_lossy(&text));
        let _ = import(&String::from_utf8_lossy(&text[..at]));
        let mut pack = paket::export_paket(&contoh::contoh_paket(), "2026-01-01T00:00:00Z").into_bytes();
        let at = cut % pack.len();
        pack[at] = byte;
        let _ = paket::import_paket_bytes(&pack);
        let _ = paket::import_paket_bytes(&pack[..at]);
    }
}
