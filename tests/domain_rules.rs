#![cfg(not(target_arch = "wasm32"))]
//! The rules, tested with the regulation's own examples and their edge values.

use chrono::NaiveDate;
use skp_mandiri::domain::assumptions::{assumption, assumptions};
use skp_mandiri::domain::model::JenisPegawai;
use skp_mandiri::domain::rules::angka_kredit::{
    angka_kredit, AngkaKreditError, KOEFISIEN_AHLI_PERTAMA,
};
use skp_mandiri::domain::rules::capaian::{capaian, saran_dari_capaian};
use skp_mandiri::domain::rules::distribusi::{periksa_distribusi, Pelanggaran, PredikatOrganisasi};
use skp_mandiri::domain::rules::jp::rekap_jp;
use skp_mandiri::domain::rules::keberatan::{batas_keberatan, sisa_hari, tepat_waktu};
use skp_mandiri::domain::rules::legacy::*;
use skp_mandiri::domain::rules::nip::{periksa_ni_pppk, periksa_nip, periksa_nomor, NipError};
use skp_mandiri::domain::rules::periode::periode_evaluasi;
use skp_mandiri::domain::rules::predikat::{predikat, Predikat};
use skp_mandiri::domain::rules::*;
use skp_mandiri::domain::*;
use skp_mandiri::i18n::assess::saran;

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

fn close(a: f64, b: f64) {
    assert!((a - b).abs() < 1e-9, "{a} != {b}");
}

#[test]
fn matriks_predikat_all_nine_cells() {
    use Rating::*;
    let cells = [
        (DiAtasEkspektasi, DiAtasEkspektasi, Predikat::SangatBaik),
        (DiAtasEkspektasi, SesuaiEkspektasi, Predikat::Baik),
        (
            DiAtasEkspektasi,
            DiBawahEkspektasi,
            Predikat::KurangMisconduct,
        ),
        (SesuaiEkspektasi, DiAtasEkspektasi, Predikat::Baik),
        (SesuaiEkspektasi, SesuaiEkspektasi, Predikat::Baik),
        (
            SesuaiEkspektasi,
            DiBawahEkspektasi,
            Predikat::KurangMisconduct,
        ),
        (
            DiBawahEkspektasi,
            DiAtasEkspektasi,
            Predikat::ButuhPerbaikan,
        ),
        (
            DiBawahEkspektasi,
            SesuaiEkspektasi,
            Predikat::ButuhPerbaikan,
        ),
        (DiBawahEkspektasi, DiBawahEkspektasi, Predikat::SangatKurang),
    ];
    for (hk, pk, expected) in cells {
        assert_eq!(predikat(hk, pk), expected, "{hk:?} x {pk:?}");
    }
    assert_eq!(
        Predikat::KurangMisconduct.label(Lang::Id),
        "Kurang/Misconduct"
    );
}

fn nilai(n: f64) -> Target {
    Target::Nilai {
        nilai: n,
        satuan: "Dokumen".into(),
    }
}

#[test]
fn capaian_normal_lower_is_better_and_range() {
    close(capaian(&nilai(4.0), 3.0, false).unwrap(), 75.0);
    close(capaian(&nilai(4.0), 4.0, false).unwrap(), 100.0);
    close(capaian(&nilai(4.0), 5.0, false).unwrap(), 125.0);
    // (1 + (1 − 18/20)) × 100 = 110 for a time IKI finished faster.
    close(capaian(&nilai(20.0), 18.0, true).unwrap(), 110.0);
    close(capaian(&nilai(20.0), 25.0, true).unwrap(), 75.0);
    close(capaian(&nilai(20.0), 50.0, true).unwrap(), 0.0);
    let rentang = Target::Rentang {
        min: 60.0,
        maks: 80.0,
        satuan: "%".into(),
    };
    close(capaian(&rentang, 70.0, false).unwrap(), 100.0);
    close(capaian(&rentang, 60.0, false).unwrap(), 100.0);
    close(capaian(&rentang, 90.0, false).unwrap(), 112.5); // upper bound used
    close(capaian(&rentang, 30.0, false).unwrap(), 50.0); // lower bound used
    close(capaian(&rentang, 90.0, true).unwrap(), 87.5);
    assert_eq!(capaian(&nilai(0.0), 3.0, false), None);
    assert_eq!(
        capaian(
            &Target::Deskripsi {
                deskripsi: "x".into()
            },
            3.0,
            false
        ),
        None
    );
}

#[test]
fn saran_rating_is_a_labelled_suggestion() {
    use Rating::*;
    assert_eq!(saran_dari_capaian(&[]), None);
    assert_eq!(
        saran_dari_capaian(&[101.0]).unwrap().rating,
        DiAtasEkspektasi
    );
    assert_eq!(
        saran_dari_capaian(&[100.99]).unwrap().rating,
        SesuaiEkspektasi
    );
    assert_eq!(
        saran_dari_capaian(&[90.0]).unwrap().rating,
        SesuaiEkspektasi
    );
    assert_eq!(
        saran_dari_capaian(&[89.99]).unwrap().rating,
        DiBawahEkspektasi
    );
    // One huge outlier is capped at 120: (120 + 60) / 2 = 90.
    let s = saran_dari_capaian(&[500.0, 60.0]).unwrap();
    let skp_mandiri::domain::rules::capaian::DasarSaran::Capaian { rata_rata, .. } = s.dasar else {
        panic!("a suggestion from capaian")
    };
    close(rata_rata, 90.0);
    assert!(saran(&s, Lang::Id).starts_with("Saran (bukan penetapan)"));
    assert!(saran(&s, Lang::En).contains("not a decision"));
}

#[test]
fn legacy_nilai_capaian_bands() {
    close(nilai_capaian_iki(100.0, false), 109.0); // Lampiran example: 100% = Baik, 109
    close(nilai_capaian_iki(110.5, false), 120.0);
    close(nilai_capaian_iki(100.0, true), 120.0);
    close(nilai_capaian_iki(101.0, false), 110.0);
    close(nilai_capaian_iki(110.0, false), 120.0);
    close(nilai_capaian_iki(99.0, false), 89.0);
    close(nilai_capaian_iki(80.0, false), 70.0);
    close(nilai_capaian_iki(79.0, false), 69.0);
    close(nilai_capaian_iki(60.0, false), 50.0);
    close(nilai_capaian_iki(59.0, false), 49.0);
    close(nilai_capaian_iki(0.0, false), 0.0);
}

#[test]
fn legacy_nilai_skp_and_kinerja() {
    close(nilai_skp(&[59.2, 43.6], 0.0), 102.8); // Lampiran example 59.2 + 43.6 + 0
    close(nilai_skp(&[100.0], 25.0), 110.0); // kinerja tambahan capped at 10
    close(nilai_skp(&[115.0], 10.0), 120.0); // total capped at 120
    close(nilai_kinerja(100.0, 90.0, Bobot::AtasanSaja), 97.0);
    close(
        nilai_kinerja(100.0, 90.0, Bobot::DenganRekanDanBawahan),
        96.0,
    );
    close(nilai_kinerja(130.0, 130.0, Bobot::AtasanSaja), 120.0);
}

#[test]
fn legacy_predikat_bands_and_innovation() {
    assert_eq!(predikat_pp30(110.0, true), PredikatPp30::SangatBaik);
    assert_eq!(predikat_pp30(110.0, false), PredikatPp30::Baik);
    assert_eq!(predikat_pp30(109.99, true), PredikatPp30::Baik);
    assert_eq!(predikat_pp30(125.0, true), PredikatPp30::SangatBaik);
    assert_eq!(predikat_pp30(90.0, false), PredikatPp30::Baik);
    assert_eq!(predikat_pp30(89.99, false), PredikatPp30::Cukup);
    assert_eq!(predikat_pp30(70.0, false), PredikatPp30::Cukup);
    assert_eq!(predikat_pp30(69.99, false), PredikatPp30::Kurang);
    assert_eq!(predikat_pp30(50.0, false), PredikatPp30::Kurang);
    assert_eq!(predikat_pp30(49.99, false), PredikatPp30::SangatKurang);
    assert_eq!(predikat_pp30(102.8, false), PredikatPp30::Baik);
}

#[test]
fn angka_kredit_examples() {
    close(
        angka_kredit(Predikat::SangatBaik, KOEFISIEN_AHLI_PERTAMA, 12).unwrap(),
        18.75,
    );
    let dua_bulan = angka_kredit(Predikat::Baik, 12.5, 2).unwrap();
    assert!((dua_bulan - 2.08).abs() < 0.005);
    close(
        angka_kredit(Predikat::ButuhPerbaikan, 12.0, 12).unwrap(),
        9.0,
    );
    close(
        angka_kredit(Predikat::KurangMisconduct, 12.0, 12).unwrap(),
        6.0,
    );
    close(angka_kredit(Predikat::SangatKurang, 12.0, 12).unwrap(), 3.0);
    assert_eq!(
        angka_kredit(Predikat::Baik, 12.5, 0),
        Err(AngkaKreditError::BulanTidakValid(0))
    );
    assert_eq!(
        angka_kredit(Predikat::Baik, 12.5, 13),
        Err(AngkaKreditError::BulanTidakValid(13))
    );
    assert!(angka_kredit(Predikat::Baik, -1.0, 6).is_err());
}

fn banyak(parts: &[(Predikat, usize)]) -> Vec<Predikat> {
    parts
        .iter()
        .flat_map(|(p, n)| std::iter::repeat_n(*p, *n))
        .collect()
}

#[test]
fn distribusi_patterns() {
    use Predikat::*;
    use PredikatOrganisasi as O;
    assert_eq!(periksa_distribusi(O::Baik, &[]), vec![Pelanggaran::Kosong]);
    // Istimewa: 7 of 10 Sangat Baik fits, 8 of 10 breaks the 70% cap.
    assert!(periksa_distribusi(O::Istimewa, &banyak(&[(SangatBaik, 7), (Baik, 3)])).is_empty());
    let r = periksa_distribusi(O::Istimewa, &banyak(&[(SangatBaik, 8), (Baik, 2)]));
    assert_eq!(
        r,
        vec![Pelanggaran::TerlaluBanyak {
            predikat: SangatBaik,
            jumlah: 8,
            maks_persen: 70
        }]
    );
    // Baik: needs some Butuh Perbaikan and/or Kurang.
    assert!(periksa_distribusi(
        O::Baik,
        &banyak(&[(Baik, 6), (SangatBaik, 2), (ButuhPerbaikan, 2)])
    )
    .is_empty());
    let r = periksa_distribusi(O::Baik, &banyak(&[(Baik, 6), (SangatBaik, 4)]));
    assert!(matches!(r.as_slice(), [Pelanggaran::HarusAda { .. }]));
    let r = periksa_distribusi(
        O::Baik,
        &banyak(&[(Baik, 3), (SangatBaik, 4), (KurangMisconduct, 1)]),
    );
    assert_eq!(
        r,
        vec![Pelanggaran::BukanKelompokTerbesar { predikat: Baik }]
    );
    // Butuh Perbaikan: at least 60%, Sangat Baik at most 10%.
    assert!(periksa_distribusi(
        O::ButuhPerbaikan,
        &banyak(&[(ButuhPerbaikan, 6), (SangatBaik, 1), (Baik, 3)])
    )
    .is_empty());
    let r = periksa_distribusi(
        O::ButuhPerbaikan,
        &banyak(&[(ButuhPerbaikan, 5), (SangatBaik, 2), (Baik, 3)]),
    );
    assert_eq!(r.len(), 2);
    // Kurang: ≥60% Kurang, ≥10% Butuh Perbaikan.
    assert!(periksa_distribusi(
        O::Kurang,
        &banyak(&[(KurangMisconduct, 6), (ButuhPerbaikan, 1), (Baik, 3)])
    )
    .is_empty());
    let r = periksa_distribusi(O::Kurang, &banyak(&[(KurangMisconduct, 9), (Baik, 1)]));
    assert!(matches!(
        r.as_slice(),
        [Pelanggaran::TerlaluSedikit {
            min_persen: 10,
            jumlah: 0,
            ..
        }]
    ));
    // Sangat Kurang: no Sangat Baik at all.
    assert!(periksa_distribusi(
        O::SangatKurang,
        &banyak(&[(SangatKurang, 6), (KurangMisconduct, 1), (Baik, 3)])
    )
    .is_empty());
    let r = periksa_distribusi(
        O::SangatKurang,
        &banyak(&[(SangatKurang, 6), (ButuhPerbaikan, 3), (SangatBaik, 1)]),
    );
    assert_eq!(
        r,
        vec![Pelanggaran::TerlaluBanyak {
            predikat: SangatBaik,
            jumlah: 1,
            maks_persen: 0
        }]
    );
    assert!(r[0].message(Lang::Id).contains("Sangat Baik"));
}

fn kegiatan(
    id: &str,
    mulai: Option<NaiveDate>,
    selesai: Option<NaiveDate>,
    rencana: f64,
    diperoleh: Option<f64>,
) -> KegiatanPengembangan {
    KegiatanPengembangan {
        id: id.into(),
        nama: String::new(),
        kompetensi: String::new(),
        jenis_kompetensi: JenisKompetensi::Teknis,
        bentuk: BentukPengembangan::Coaching,
        penyelenggara: String::new(),
        mulai,
        selesai,
        jp_rencana: rencana,
        jp_diperoleh: diperoleh,
        bukti: String::new(),
        untuk_iki_id: None,
    }
}

#[test]
fn jp_per_year_against_twenty() {
    let k = [
        kegiatan(
            "a",
            Some(d(2025, 2, 1)),
            Some(d(2025, 2, 3)),
            12.0,
            Some(12.0),
        ),
        kegiatan("b", Some(d(2025, 5, 1)), None, 8.0, Some(8.0)),
        // spans the year end: counts in 2026, the year it ends
        kegiatan(
            "c",
            Some(d(2025, 12, 15)),
            Some(d(2026, 1, 10)),
            10.0,
            Some(10.0),
        ),
        kegiatan("d", None, None, 5.0, None),
    ];
    let r = rekap_jp(&k);
    assert_eq!(
        r.iter().map(|x| x.tahun).collect::<Vec<_>>(),
        vec![Some(2025), Some(2026), None]
    );
    assert_eq!((r[0].jp_rencana, r[0].jp_diperoleh), (20.0, 20.0));
    assert!(r[0].diperoleh_memenuhi && r[0].rencana_memenuhi);
    close(r[0].kekurangan, 0.0);
    assert!(!r[1].diperoleh_memenuhi);
    close(r[1].kekurangan, 10.0);
    assert_eq!(
        BentukPengembangan::Coaching.jalur(),
        Jalur::PelatihanNonKlasikal
    );
    assert_eq!(
        BentukPengembangan::Seminar.jalur(),
        Jalur::PelatihanKlasikal
    );
    assert_eq!(BentukPengembangan::TugasBelajar.jalur(), Jalur::Pendidikan);
}

#[test]
fn keberatan_fourteen_days_after_receipt() {
    assert_eq!(batas_keberatan(d(2025, 1, 10)), Some(d(2025, 1, 24)));
    assert_eq!(batas_keberatan(d(2024, 2, 20)), Some(d(2024, 3, 5))); // leap year
    assert!(tepat_waktu(d(2025, 1, 10), d(2025, 1, 24)));
    assert!(!tepat_waktu(d(2025, 1, 10), d(2025, 1, 25)));
    assert!(!tepat_waktu(d(2025, 1, 10), d(2025, 1, 9)));
    assert_eq!(sisa_hari(d(2025, 1, 10), d(2025, 1, 24)), Some(0));
    assert_eq!(sisa_hari(d(2025, 1, 10), d(2025, 1, 11)), Some(13));
    assert_eq!(sisa_hari(d(2025, 1, 10), d(2025, 1, 26)), Some(-2));
}

#[test]
fn nip_parts_are_checked() {
    let n = periksa_nip("19920315 201903 2 011").unwrap();
    assert_eq!(n.tanggal_lahir, d(1992, 3, 15));
    assert_eq!(
        (
            n.tahun_pengangkatan,
            n.bulan_pengangkatan,
            n.perempuan,
            n.nomor_urut
        ),
        (2019, Some(3), true, 11)
    );
    assert_eq!(
        periksa_nip("19920315201903201"),
        Err(NipError::PanjangSalah(17))
    );
    assert_eq!(periksa_nip("19920315201903201X"), Err(NipError::BukanAngka));
    assert_eq!(
        periksa_nip("199202302019032011"),
        Err(NipError::TanggalLahir)
    ); // 30 Feb
    assert_eq!(
        periksa_nip("192002012019032011"),
        Err(NipError::TanggalLahir)
    ); // born 1920
    assert_eq!(
        periksa_nip("199203152019132011"),
        Err(NipError::Pengangkatan)
    ); // month 13
    assert_eq!(
        periksa_nip("199203152009022011"),
        Err(NipError::TerlaluMuda)
    ); // 16y11m
    assert!(periksa_nip("199203152009032011").is_ok()); // exactly 17 years
    assert_eq!(
        periksa_nip("199203152019033011"),
        Err(NipError::JenisKelamin)
    );
    assert_eq!(periksa_nip("199203152019032000"), Err(NipError::NomorUrut));
    assert_eq!(
        NipError::PanjangSalah(17).message(Lang::Id),
        "NIP harus terdiri atas 18 angka, bukan 17."
    );
}

#[test]
fn evaluation_periods_follow_the_calendar() {
    let tahun = Periode {
        mulai: d(2025, 1, 1),
        selesai: d(2025, 12, 31),
    };
    let q = periode_evaluasi(&tahun, JenisPeriodeEvaluasi::Triwulanan);
    assert_eq!(q.len(), 4);
    assert_eq!((q[1].mulai, q[1].selesai), (d(2025, 4, 1), d(2025, 6, 30)));
    assert_eq!(q[3].label(Lang::Id), "Triwulan IV 2025");
    assert_eq!(
        periode_evaluasi(&tahun, JenisPeriodeEvaluasi::Bulanan).len(),
        12
    );
    let s = periode_evaluasi(&tahun, JenisPeriodeEvaluasi::Semesteran);
    assert_eq!(s[1].label(Lang::En), "Half-year II 2025");
    // Appointed mid-year: starts in the middle of Q3, clipped.
    let baru = Periode {
        mulai: d(2025, 8, 15),
        selesai: d(2025, 12, 31),
    };
    let q = periode_evaluasi(&baru, JenisPeriodeEvaluasi::Triwulanan);
    assert_eq!(q.len(), 2);
    assert_eq!(
        (q[0].ke, q[0].mulai, q[0].selesai),
        (1, d(2025, 8, 15), d(2025, 9, 30))
    );
    assert_eq!(q[1].label(Lang::Id), "Triwulan IV 2025");
    let terbalik = Periode {
        mulai: d(2025, 12, 31),
        selesai: d(2025, 1, 1),
    };
    assert!(periode_evaluasi(&terbalik, JenisPeriodeEvaluasi::Bulanan).is_empty());
    assert_eq!(
        JenisPeriodeEvaluasi::default(),
        JenisPeriodeEvaluasi::Triwulanan
    );
}

#[test]
fn every_referenced_assumption_exists_and_is_bilingual() {
    let referenced = [
        predikat::ASUMSI,
        capaian::ASUMSI,
        legacy::ASUMSI,
        angka_kredit::ASUMSI,
        distribusi::ASUMSI,
        jp::ASUMSI,
        keberatan::ASUMSI,
        nip::ASUMSI,
        periode::ASUMSI,
        gap::ASUMSI,
    ];
    for id in referenced.iter().flat_map(|ids| ids.iter()) {
        assert!(
            assumption(id).is_some(),
            "{id} is referenced but not listed"
        );
    }
    let mut ids: Vec<_> = assumptions().iter().map(|a| a.id).collect();
    ids.sort_unstable();
    ids.dedup();
    assert_eq!(ids.len(), assumptions().len(), "assumption ids are unique");
    for a in assumptions() {
        assert!(
            !a.text(Lang::Id).is_empty() && !a.text(Lang::En).is_empty() && !a.sumber.is_empty()
        );
    }
}

#[test]
fn berakhlak_catalogue_has_seven_values_of_three_guides() {
    assert_eq!(NilaiBerakhlak::SEMUA.len(), 7);
    for n in NilaiBerakhlak::SEMUA {
        for p in n.panduan() {
            assert!(!p.id.is_empty() && !p.en.is_empty());
        }
    }
    assert_eq!(
        NilaiBerakhlak::Kompeten.panduan()[1].id,
        "Membantu orang lain belajar"
    );
}

#[test]
fn the_suggestion_writes_its_numbers_the_way_each_language_does() {
    use skp_mandiri::domain::rules::capaian::saran_dari_capaian;
    let s = saran_dari_capaian(&[84.8]).expect("one value gives a suggestion");
    assert!(
        saran(&s, Lang::Id).contains("84,8%"),
        "{}",
        saran(&s, Lang::Id)
    );
    assert!(
        saran(&s, Lang::En).contains("84.8%"),
        "{}",
        saran(&s, Lang::En)
    );
}

#[test]
fn legacy_nilai_skp_from_an_skp_weighs_rhk_utama_equally() {
    use skp_mandiri::domain::contoh::contoh_analis_kebijakan;
    use skp_mandiri::domain::penilaian::baris_capaian;
    let skp = contoh_analis_kebijakan();
    let hasil = nilai_skp_dari(&skp, None, 0.0).unwrap();
    let baris = baris_capaian(&skp, None);
    // Every IKI utama with a capaian is scored without the "already maximal" rule.
    let utama: Vec<_> = baris
        .iter()
        .filter(|b| b.utama && b.capaian.is_some())
        .collect();
    assert_eq!(hasil.nilai_iki.len(), utama.len());
    for (b, n) in utama.iter().zip(&hasil.nilai_iki) {
        assert_eq!(n.0, b.iki_id);
        close(n.2, nilai_capaian_iki(b.capaian.unwrap(), false));
    }
    // Mean per RHK, then the RHK means averaged with equal weight.
    let mut per_rhk = Vec::new();
    for r in &skp.rhk {
        let n: Vec<f64> = utama
            .iter()
            .filter(|b| b.rhk_id == r.id)
            .map(|b| nilai_capaian_iki(b.capaian.unwrap(), false))
            .collect();
        if !n.is_empty() {
            per_rhk.push(n.iter().sum::<f64>() / n.len() as f64);
        }
    }
    assert!(per_rhk.len() > 1);
    let mean = per_rhk.iter().sum::<f64>() / per_rhk.len() as f64;
    close(hasil.nilai_skp, mean.min(120.0));
    // Kinerja tambahan adds at most 10.
    close(
        nilai_skp_dari(&skp, None, 50.0).unwrap().nilai_skp,
        (mean + 10.0).min(120.0),
    );
    // No realisasi, no score.
    let mut kosong = skp.clone();
    kosong.evaluasi.clear();
    assert!(nilai_skp_dari(&kosong, None, 0.0).is_none());
    assert!(legacy::ASUMSI.contains(&"pp30-bobot-rhk"));
}

#[test]
fn a_new_activity_is_the_one_a_file_gives_for_just_an_id() {
    let baru = KegiatanPengembangan::baru("kp-3".into());
    let dari_berkas: KegiatanPengembangan =
        serde_json::from_str(r#"{"id":"kp-3"}"#).expect("defaults");
    assert_eq!(baru, dari_berkas);
    assert_eq!(baru.jp_rencana, 0.0);
    assert!(baru.jp_diperoleh.is_none() && baru.untuk_iki_id.is_none());
}

#[test]
fn an_ni_pppk_is_read_with_its_own_layout() {
    // The public example: born 28-12-1993, PPPK of 2025, "21" where a NIP has the month.
    let n = periksa_ni_pppk("199312282025212001").unwrap();
    assert_eq!(n.tanggal_lahir, d(1993, 12, 28));
    assert_eq!(
        (
            n.tahun_pengangkatan,
            n.bulan_pengangkatan,
            n.perempuan,
            n.nomor_urut
        ),
        (2025, None, true, 1)
    );
    assert_eq!(
        periksa_nip("199312282025212001"),
        Err(NipError::Pengangkatan),
        "as a NIP, 21 is no month"
    );
    assert!(periksa_nomor("199312282025212001", JenisPegawai::Pppk).is_ok());
    assert!(periksa_nomor("199312282025212001", JenisPegawai::Pns).is_err());
    // The other parts are still checked.
    assert_eq!(
        periksa_ni_pppk("199302302025212001"),
        Err(NipError::TanggalLahir)
    );
    assert_eq!(
        periksa_ni_pppk("200912282025212001"),
        Err(NipError::TerlaluMuda)
    );
    assert_eq!(
        periksa_ni_pppk("199312282025213001"),
        Err(NipError::JenisKelamin)
    );
    assert_eq!(
        periksa_ni_pppk("199312282025212000"),
        Err(NipError::NomorUrut)
    );
}

#[test]
fn a_unit_head_s_suggestion_follows_the_unit_s_capaian_kinerja_organisasi() {
    use skp_mandiri::domain::model::{JenisJabatan, KinerjaOrganisasi};
    use skp_mandiri::domain::operasi::set_kinerja_organisasi;
    use skp_mandiri::domain::rules::capaian::{saran_hasil_kerja, CapaianSkp, DasarSaran};
    let mut skp = skp_mandiri::domain::contoh::contoh_analis_kebijakan();
    let dari_capaian = saran_hasil_kerja(&skp, &CapaianSkp::of(&skp), Some(2)).unwrap();
    assert!(matches!(dari_capaian.dasar, DasarSaran::Capaian { .. }));
    let istimewa = KinerjaOrganisasi {
        predikat: Some(PredikatOrganisasi::Istimewa),
        capaian: Some(112.0),
    };
    assert!(set_kinerja_organisasi(&mut skp, Some(2), istimewa));
    // An analyst heads no unit: the unit's level is shown, the suggestion stays on capaian.
    let mesin = CapaianSkp::of(&skp);
    assert_eq!(saran_hasil_kerja(&skp, &mesin, Some(2)), Some(dari_capaian));
    // A unit head (said so, or any JPT) gets the unit's level as the suggestion.
    for (memimpin, jabatan) in [(true, JenisJabatan::Jf), (false, JenisJabatan::Jpt)] {
        skp.memimpin_unit = memimpin;
        skp.jenis_jabatan = jabatan;
        let s = saran_hasil_kerja(&skp, &mesin, Some(2)).unwrap();
        assert_eq!(s.rating, Rating::DiAtasEkspektasi);
        assert_eq!(
            s.dasar,
            DasarSaran::Organisasi(PredikatOrganisasi::Istimewa)
        );
        assert!(
            saran(&s, Lang::Id).contains("Istimewa"),
            "{}",
            saran(&s, Lang::Id)
        );
        assert!(saran(&s, Lang::Id).contains("bukan penetapan"));
        // A period without the unit's level falls back to the capaian.
        let tw1 = saran_hasil_kerja(&skp, &mesin, Some(1)).unwrap();
        assert!(matches!(tw1.dasar, DasarSaran::Capaian { .. }));
    }
    use PredikatOrganisasi::*;
    let rating = |p| skp_mandiri::domain::rules::capaian::saran_dari_organisasi(p).rating;
    assert_eq!(
        [Istimewa, Baik, ButuhPerbaikan, Kurang, SangatKurang].map(rating),
        [
            Rating::DiAtasEkspektasi,
            Rating::SesuaiEkspektasi,
            Rating::DiBawahEkspektasi,
            Rating::DiBawahEkspektasi,
            Rating::DiBawahEkspektasi
        ]
    );
    assert!(assumption("rating-dari-organisasi").is_some());
}

#[test]
fn angka_kredit_is_shown_rounded_half_up_on_its_decimal_value() {
    use skp_mandiri::domain::angka::fmt_angka;
    // Baik over 3 months of 12,5: 3,125 → 3,13 (binary floats store it exactly, and a
    // naive format rounds it to even, 3,12); Butuh Perbaikan 75% of 12,5: 9,375 → 9,38.
    let baik = angka_kredit(Predikat::Baik, KOEFISIEN_AHLI_PERTAMA, 3).unwrap();
    assert_eq!(fmt_angka(baik, Lang::Id), "3,13");
    let bp = angka_kredit(Predikat::ButuhPerbaikan, KOEFISIEN_AHLI_PERTAMA, 12).unwrap();
    assert_eq!(fmt_angka(bp, Lang::Id), "9,38");
    assert_eq!(
        format!("{baik:.2}"),
        "3.12",
        "the naive format this guards against"
    );
}
