#![cfg(not(target_arch = "wasm32"))]
//! Gaps, plan checks and the suggested rating on the bundled example and variations.

use skp_mandiri::domain::contoh::contoh_analis_kebijakan;
use skp_mandiri::domain::rules::capaian::saran_rating_hasil_kerja;
use skp_mandiri::domain::rules::gap::{gap_iki, gap_rhk, rekap, rekap_per_unit};
use skp_mandiri::domain::rules::periksa::{periksa_rencana, FieldRef, IkiField, Kode, Tingkat};
use skp_mandiri::domain::*;

#[test]
fn example_plan_is_ready() {
    let temuan = periksa_rencana(&contoh_analis_kebijakan());
    assert!(temuan.is_empty(), "{temuan:?}");
}

#[test]
fn gaps_per_iki_are_direction_aware_and_know_since_when() {
    let skp = contoh_analis_kebijakan();
    let gaps = gap_iki(&skp);
    let by = |id: &str| gaps.iter().find(|g| g.iki_id == id).unwrap();
    // iki-1: 4 briefs a year → 1, 2, 3 expected by Q1..Q3 → no gap.
    assert!(by("iki-1").per_periode.iter().all(|g| g.kesenjangan == 0.0));
    assert_eq!(by("iki-1").sejak_periode, None);
    // iki-4: 24 districts → 6, 12, 18 expected; 5, 11, 17 done → behind since Q1.
    let g4 = by("iki-4");
    assert_eq!(g4.per_periode.len(), 3);
    // 5 of 6 = 83,333…%, as shown: 83,33.
    assert_eq!(g4.per_periode[0].capaian, 83.33);
    assert_eq!(g4.sejak_periode, Some(1));
    // iki-3 (lower is better): 18 days against 20 → 110%, no gap.
    assert!((by("iki-3").per_periode[0].capaian - 110.0).abs() < 1e-9);
    // iki-2 range 60–80%, realisasi 50% → below the lower bound → gap since Q2.
    assert_eq!(by("iki-2").sejak_periode, Some(2));
    let rhk = gap_rhk(&skp);
    assert_eq!((rhk[0].iki_diukur, rhk[0].iki_senjang), (3, 1));
    assert_eq!((rhk[1].iki_senjang, rhk[2].iki_senjang), (1, 1));
}

#[test]
fn a_recovered_iki_has_no_since() {
    let mut skp = contoh_analis_kebijakan();
    let r = skp.evaluasi[2]
        .realisasi
        .iter_mut()
        .find(|r| r.iki_id == "iki-4")
        .unwrap();
    r.nilai = Some(18.0);
    let g = gap_iki(&skp)
        .into_iter()
        .find(|g| g.iki_id == "iki-4")
        .unwrap();
    assert_eq!(g.sejak_periode, None);
    assert!(!g.ada_kesenjangan());
}

#[test]
fn team_and_organisation_aggregation() {
    let a = contoh_analis_kebijakan();
    let mut b = contoh_analis_kebijakan();
    b.id = "b".into();
    b.pegawai.unit_kerja = "Bidang Ekonomi".into();
    for e in &mut b.evaluasi {
        e.realisasi.clear();
    }
    let tim = rekap([&a, &b]);
    assert_eq!((tim.jumlah_pegawai, tim.pegawai_senjang), (2, 1));
    // iki-1, 2, 3, 4 and 7 have a realisasi; 2, 4 and 7 (module not yet used) are behind.
    assert_eq!(tim.iki_diukur, 5);
    assert_eq!(tim.iki_senjang, 3);
    assert_eq!(tim.per_rhk_pimpinan.len(), 3);
    let org = rekap_per_unit(&[a, b]);
    assert_eq!(org.len(), 2);
    assert_eq!(org[0].0, "Bidang Ekonomi");
    assert_eq!(org[0].1.iki_diukur, 0);
}

#[test]
fn suggested_rating_of_the_example() {
    let s = saran_rating_hasil_kerja(&contoh_analis_kebijakan()).unwrap();
    // Latest values of RHK utama: 75, 62.5 (50 vs 60), 110, 70.83 (17/24) → mean 79.6 → below.
    assert!(matches!(
        s.dasar,
        skp_mandiri::domain::rules::capaian::DasarSaran::Capaian { jumlah_iki: 4, .. }
    ));
    assert_eq!(s.rating, Rating::DiBawahEkspektasi);
}

#[test]
fn plan_checks_point_at_their_fields() {
    let mut skp = contoh_analis_kebijakan();
    skp.rhk[0].rencana_hasil_kerja = "Melaksanakan rapat koordinasi".into();
    skp.rhk[0].rhk_pimpinan = RhkPimpinan::default();
    skp.rhk[1].iki[0].target = None;
    skp.rhk[1].iki[1].target = Some(Target::Nilai {
        nilai: 5.0,
        satuan: " ".into(),
    });
    skp.rhk[1].iki[2].target = Some(Target::Deskripsi {
        deskripsi: "Tepat waktu".into(),
    });
    skp.rhk[2].iki.clear();
    skp.pegawai.nip = "123".into();
    std::mem::swap(&mut skp.periode.mulai, &mut skp.periode.selesai);
    let t = periksa_rencana(&skp);
    let paths: Vec<(&str, Tingkat)> = t.iter().map(|x| (x.path.as_str(), x.tingkat)).collect();
    assert_eq!(
        paths,
        vec![
            ("periode", Tingkat::Galat),
            ("pegawai.nip", Tingkat::Peringatan),
            ("rhk[0].rencana_hasil_kerja", Tingkat::Saran),
            ("rhk[0].rhk_pimpinan", Tingkat::Peringatan),
            ("rhk[1].iki[0].target", Tingkat::Galat),
            ("rhk[1].iki[1].target.satuan", Tingkat::Galat),
            ("rhk[1].iki[2].target", Tingkat::Peringatan),
            ("rhk[2].iki", Tingkat::Galat),
        ]
    );
    assert_eq!(t[2].kode, Kode::RumusanKegiatan("melaksanakan".into()));
    assert!(t[2].message(Lang::Id).contains("kegiatan"));
    assert_eq!(
        t[4].field,
        FieldRef::Iki {
            iki_id: "iki-4".into(),
            field: IkiField::Target
        }
    );
    assert!(t[6].message(Lang::En).contains("measurable"));
    // The kualitatif approach accepts descriptions.
    skp.pendekatan = Pendekatan::Kualitatif;
    assert!(!periksa_rencana(&skp)
        .iter()
        .any(|x| x.kode == Kode::TargetTidakTerukur));
}

#[test]
fn plan_checks_for_jpt_ranges_and_missing_rhk() {
    let mut skp = contoh_analis_kebijakan();
    skp.jenis_jabatan = JenisJabatan::Jpt;
    skp.rhk[0].iki[1].target = Some(Target::Rentang {
        min: 80.0,
        maks: 60.0,
        satuan: "%".into(),
    });
    skp.rhk[0].iki[0].target = Some(Target::Nilai {
        nilai: f64::NAN,
        satuan: "Dokumen".into(),
    });
    let kode: Vec<Kode> = periksa_rencana(&skp).into_iter().map(|t| t.kode).collect();
    assert_eq!(
        kode.iter()
            .filter(|k| **k == Kode::RhkTanpaPerspektif)
            .count(),
        3
    );
    assert!(kode.contains(&Kode::RentangTerbalik));
    assert!(kode.contains(&Kode::AngkaTidakSah));
    skp.rhk.retain(|r| r.jenis == JenisRhk::Tambahan);
    assert!(periksa_rencana(&skp)
        .iter()
        .any(|t| t.kode == Kode::TanpaRhkUtama));
}

#[test]
fn a_zero_target_is_an_error_because_no_capaian_exists() {
    let mut skp = contoh_analis_kebijakan();
    let nol = |skp: &Skp| {
        periksa_rencana(skp)
            .into_iter()
            .filter(|t| t.kode == Kode::TargetNol)
            .collect::<Vec<_>>()
    };
    assert!(nol(&skp).is_empty());
    skp.rhk[0].iki[0].target = Some(Target::Nilai {
        nilai: 0.0,
        satuan: "Dokumen".into(),
    });
    skp.rhk[0].iki[1].target = Some(Target::Rentang {
        min: 0.0,
        maks: 0.0,
        satuan: "%".into(),
    });
    let t = nol(&skp);
    assert_eq!(t.len(), 2);
    assert!(t.iter().all(|t| t.tingkat == Tingkat::Galat));
    assert!(t[0]
        .message(Lang::Id)
        .contains("target 0 tidak dapat dipakai"));
    assert!(t[0].message(Lang::En).contains("target of 0"));
    // A range starting at 0 still has an upper bound to measure against.
    skp.rhk[0].iki[1].target = Some(Target::Rentang {
        min: 0.0,
        maks: 5.0,
        satuan: "%".into(),
    });
    assert_eq!(nol(&skp).len(), 1);
}

#[test]
fn ids_continue_after_existing_ones() {
    let skp = contoh_analis_kebijakan();
    let mut ids = id::IdGen::after(
        "iki",
        skp.rhk
            .iter()
            .flat_map(|r| r.iki.iter().map(|i| i.id.as_str())),
    );
    assert_eq!(ids.next_id("iki"), "iki-9");
    assert_eq!(ids.next_id("iki"), "iki-10");
    assert_eq!(id::make_id("rhk", 4), "rhk-4");
}

#[test]
fn a_blank_skp_is_not_ready_and_says_every_field_the_document_needs() {
    use skp_mandiri::domain::rules::periksa::{FieldRef, Kode, KolomIdentitas, Tingkat};
    let skp = Skp::baru("kosong".into(), 2026);
    let temuan = periksa_rencana(&skp);
    let galat: Vec<&str> = temuan
        .iter()
        .filter(|t| t.tingkat == Tingkat::Galat)
        .map(|t| t.path.as_str())
        .collect();
    assert_eq!(
        galat,
        [
            "pegawai.nama",
            "pegawai.nip",
            "pegawai.jabatan",
            "pegawai.unit_kerja",
            "pejabat_penilai.nama",
            "pejabat_penilai.nip",
            "pejabat_penilai.jabatan",
            "pejabat_penilai.unit_kerja",
            "rhk",
        ]
    );
    let peringatan: Vec<&str> = temuan
        .iter()
        .filter(|t| t.tingkat == Tingkat::Peringatan)
        .map(|t| t.path.as_str())
        .collect();
    assert_eq!(
        peringatan,
        [
            "instansi",
            "pegawai.pangkat_golongan",
            "pejabat_penilai.pangkat_golongan",
            "perilaku_kerja"
        ]
    );
    // Each points at its field, and says whose it is.
    let nama = temuan
        .iter()
        .find(|t| t.path == "pejabat_penilai.nama")
        .unwrap();
    assert_eq!(
        nama.field,
        FieldRef::Identitas {
            siapa: "pejabat_penilai",
            kolom: KolomIdentitas::Nama
        }
    );
    assert_eq!(
        nama.kode,
        Kode::IdentitasKosong {
            pejabat: true,
            kolom: KolomIdentitas::Nama
        }
    );
    assert_eq!(
        nama.message(Lang::Id),
        "Nama Pejabat Penilai Kinerja belum diisi; isian ini diperlukan dalam dokumen SKP."
    );
    // The example is complete: nothing blocks it.
    let contoh = contoh_analis_kebijakan();
    assert!(periksa_rencana(&contoh)
        .iter()
        .all(|t| t.tingkat < Tingkat::Galat));
    // Only the pejabat penilai's name emptied: exactly that one is missing.
    let mut satu = contoh;
    satu.pejabat_penilai.nama = "  ".into();
    let g: Vec<String> = periksa_rencana(&satu)
        .into_iter()
        .filter(|t| t.tingkat == Tingkat::Galat)
        .map(|t| t.path)
        .collect();
    assert_eq!(g, ["pejabat_penilai.nama"]);
}

#[test]
fn a_negative_and_a_zero_target_get_one_consistent_message() {
    use skp_mandiri::domain::rules::periksa::Kode;
    let mut skp = contoh_analis_kebijakan();
    let t = |skp: &Skp| {
        periksa_rencana(skp)
            .into_iter()
            .find(|t| matches!(t.kode, Kode::AngkaTidakSah | Kode::TargetNol))
            .map(|t| t.message(Lang::Id))
            .unwrap()
    };
    skp.rhk[0].iki[0].target = Some(Target::Nilai {
        nilai: -1.0,
        satuan: "Dokumen".into(),
    });
    let negatif = t(&skp);
    skp.rhk[0].iki[0].target = Some(Target::Nilai {
        nilai: 0.0,
        satuan: "Dokumen".into(),
    });
    let nol = t(&skp);
    assert!(
        negatif.starts_with("Target harus berupa angka lebih dari 0"),
        "{negatif}"
    );
    assert!(
        nol.starts_with("Target harus berupa angka lebih dari 0"),
        "{nol}"
    );
}
