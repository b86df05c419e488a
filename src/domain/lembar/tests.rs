use chrono::NaiveDate;
use serde_json::Value;

use super::*;
use crate::domain::banding::{Arah as ArahBanding, Bagian, Perbedaan};
use crate::domain::contoh::{
    contoh_analis_kebijakan, contoh_besar, contoh_paket, contoh_pengadministrasi_perkantoran,
    contoh_umpan_balik_setahun,
};
use crate::domain::file::{
    baca_dengan_perbaikan, export_backup, export_skp, import, import_bytes, validate_skp,
    versi_skp, Imported,
};
use crate::domain::model::{
    AspekRating, JenisBimbingan, JenisPeriodeEvaluasi, NilaiBerakhlak, Penilai,
    PernyataanBimbingan, Rating, StatusRencana,
};
use crate::domain::operasi::{
    atur_catatan_rencana_rhk, atur_catatan_tahunan, atur_persetujuan, ganti_periode, hapus_rhk,
    isi_realisasi, rencana_ganti_periode, set_rating, tambah_bimbingan, tambah_dialog_pimpinan,
    tambah_umpan_balik_pimpinan_perilaku, tambah_umpan_balik_pimpinan_rhk, tambah_umpan_balik_rhk,
    tanggapi_bimbingan, ubah_bimbingan, ubah_tulisan_pimpinan,
};
use crate::domain::paket::{export_paket, import_paket};
use crate::domain::Lang;

const T: &str = "2025-10-06T08:00:00+08:00";

fn hari(bulan: u32, tanggal: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2025, bulan, tanggal).unwrap()
}

/// The leader's review in their copy of the example SKP: a note on an RHK and on a value, a
/// dialog note and a coaching session in Triwulan III; a note in Triwulan IV (not yet
/// evaluated by the pegawai); ratings of Triwulan III and the year; the annual notes; the plan
/// approved with a note on one RHK.
fn tinjau(skp: &mut Skp) {
    let ub = tambah_umpan_balik_pimpinan_rhk(skp, 3, "rhk-2", Some(hari(10, 3))).unwrap();
    assert!(ubah_tulisan_pimpinan(
        skp,
        3,
        &ub,
        "Tinggal tujuh kabupaten: jadwalkan evaluasi daring.".into()
    ));
    let ubp = tambah_umpan_balik_pimpinan_perilaku(
        skp,
        3,
        NilaiBerakhlak::Kolaboratif,
        Some(hari(10, 3)),
    )
    .unwrap();
    assert!(ubah_tulisan_pimpinan(
        skp,
        3,
        &ubp,
        "Kerja sama dengan Dinas Kesehatan makin baik.".into()
    ));
    let dk = tambah_dialog_pimpinan(skp, 3, Some(hari(10, 3))).unwrap();
    assert!(ubah_tulisan_pimpinan(
        skp,
        3,
        &dk,
        "Disepakati laporan akhir evaluasi SPM pada Oktober.".into()
    ));
    let bk = tambah_bimbingan(skp, 3, Some(hari(10, 3)), JenisBimbingan::Coaching).unwrap();
    assert!(ubah_bimbingan(skp, 3, &bk, |b| {
        b.topik = "Menyusun rekomendasi dari temuan SPM".into();
        b.hasil = "Draf rekomendasi dibahas 20 Oktober".into();
    }));
    let ub4 = tambah_umpan_balik_pimpinan_rhk(skp, 4, "rhk-1", Some(hari(10, 3))).unwrap();
    assert!(ubah_tulisan_pimpinan(
        skp,
        4,
        &ub4,
        "Policy brief keempat: pelayanan terpadu.".into()
    ));
    for (ke, aspek, rating) in [
        (Some(3), AspekRating::HasilKerja, Rating::SesuaiEkspektasi),
        (
            Some(3),
            AspekRating::PerilakuKerja,
            Rating::DiAtasEkspektasi,
        ),
        (None, AspekRating::HasilKerja, Rating::SesuaiEkspektasi),
    ] {
        assert!(set_rating(
            skp,
            ke,
            Penilai::PejabatPenilai,
            aspek,
            Some(rating),
            hari(10, 4)
        ));
    }
    assert!(atur_catatan_tahunan(
        skp,
        "Terus jaga kualitas rekomendasi.".into()
    ));
    assert!(atur_persetujuan(
        skp,
        Some(StatusRencana::Disetujui),
        "Rencana disepakati.".into(),
        hari(1, 20)
    ));
    assert!(atur_catatan_rencana_rhk(
        skp,
        "rhk-3",
        "Modul diuji coba di komunitas belajar.".into()
    ));
}

/// The employee's SKP, the leader's review copy of it, and the slip from that copy.
fn tiga() -> (Skp, Skp, LembarUmpanBalik) {
    let pegawai = contoh_analis_kebijakan();
    let mut salinan = pegawai.clone();
    tinjau(&mut salinan);
    let lembar = buat_lembar(&salinan, &sidik(&pegawai), hari(10, 6), "lembar-1".into());
    (pegawai, salinan, lembar)
}

fn err(text: &str) -> FileError {
    import_lembar(text).expect_err("must be refused")
}

#[test]
fn a_slip_holds_only_what_the_leader_wrote_and_survives_export_and_import_byte_for_byte() {
    let (pegawai, salinan, lembar) = tiga();
    assert_eq!(lembar.skp_id, pegawai.id);
    assert_eq!(lembar.sidik, sidik(&salinan));
    assert_eq!(lembar.pejabat_penilai, pegawai.pejabat_penilai);
    // Every period with something of the leader's, in order, none without.
    let periode: Vec<u32> = lembar.evaluasi.iter().map(|p| p.periode_ke).collect();
    assert_eq!(periode, vec![1, 2, 3, 4]);
    assert!(lembar.evaluasi[3].rating == RatingOleh::default());
    let text = export_lembar(&lembar, T);
    assert!(text.starts_with(
        "{\n  \"format\": \"skp-mandiri/lembar-umpan-balik\",\n  \"version\": 1,\n  \"app\": {"
    ));
    assert!(!text.contains("\"summary\""));
    // Nothing of the pegawai's own: no realisasi, no self-assessment, no RHK texts.
    assert!(!text.contains("\"realisasi\"") && !text.contains("\"mandiri\""));
    assert!(!text.contains(&pegawai.rhk[0].rencana_hasil_kerja));
    // Empty parts are left out.
    assert!(!text.contains("\"tanggapan\"") && !text.contains(": []"));
    let back = import_lembar(&text).unwrap();
    assert_eq!(back, lembar);
    assert_eq!(export_lembar(&back, T), text);
    let mut utf16 = vec![0xFF, 0xFE];
    utf16.extend(text.encode_utf16().flat_map(u16::to_le_bytes));
    assert_eq!(import_lembar_bytes(&utf16), Ok(lembar));
    assert_eq!(import_lembar_bytes(b"%PDF-1.7\x00"), Err(FileError::Binary));
}

#[test]
fn the_skp_import_refuses_a_slip_and_says_what_it_is() {
    let (_, _, lembar) = tiga();
    let text = export_lembar(&lembar, T);
    let expected = FileError::WrongKind {
        found: JenisBerkas::LembarUmpanBalik,
        expected: JenisBerkas::Skp,
    };
    assert_eq!(import(&text), Err(expected.clone()));
    assert_eq!(import_bytes(text.as_bytes()), Err(expected.clone()));
    assert_eq!(baca_dengan_perbaikan(&text).err(), Some(expected.clone()));
    let id = expected.message(Lang::Id);
    assert!(
        id.starts_with("Berkas ini lembar umpan balik dari pimpinan, bukan SKP."),
        "{id}"
    );
    assert!(expected
        .message(Lang::En)
        .contains("a feedback slip from a leader, not an SKP"));
    // The case-pack import too.
    assert_eq!(
        import_paket(&text),
        Err(FileError::WrongKind {
            found: JenisBerkas::LembarUmpanBalik,
            expected: JenisBerkas::PaketKasus,
        })
    );
}

#[test]
fn the_slip_import_refuses_an_skp_a_backup_a_pack_and_other_files() {
    let skp = contoh_analis_kebijakan();
    let cases = [
        (
            export_skp(&skp, T),
            JenisBerkas::Skp,
            "Berkas ini satu SKP, bukan lembar umpan balik",
        ),
        (
            export_backup(std::slice::from_ref(&skp), T),
            JenisBerkas::Cadangan,
            "Berkas ini cadangan SKP, bukan lembar umpan balik",
        ),
        (
            export_paket(&contoh_paket(), T),
            JenisBerkas::PaketKasus,
            "Berkas ini paket kasus latihan, bukan lembar umpan balik",
        ),
    ];
    for (text, found, kata) in cases {
        let e = err(&text);
        assert_eq!(
            e,
            FileError::WrongKind {
                found,
                expected: JenisBerkas::LembarUmpanBalik
            }
        );
        assert!(
            e.message(Lang::Id).starts_with(kata),
            "{}",
            e.message(Lang::Id)
        );
        assert!(!e.message(Lang::En).contains("JenisBerkas"));
    }
    // The kind is told before the version.
    let v5 = export_skp(&skp, T).replacen(
        &format!("\"version\": {},", versi_skp([&skp])),
        "\"version\": 99,",
        1,
    );
    assert!(matches!(err(&v5), FileError::WrongKind { .. }));
    let e = err("{\"format\": \"excalidraw\"}");
    assert_eq!(
        e,
        FileError::OtherFormatNotSlip {
            format: "excalidraw".into()
        }
    );
    assert_eq!(
        e.message(Lang::Id),
        "Berkas ini berformat `excalidraw`, bukan lembar umpan balik SKP Mandiri."
    );
    let (_, _, lembar) = tiga();
    let newer = export_lembar(&lembar, T).replace("\"version\": 1,", "\"version\": 2,");
    assert_eq!(
        err(&newer),
        FileError::TooNew {
            version: 2,
            known: VERSI_LEMBAR
        }
    );
}

/// The slip's file as JSON, to break on purpose.
fn nilai_lembar() -> Value {
    let (_, _, lembar) = tiga();
    serde_json::from_str(&export_lembar(&lembar, T)).unwrap()
}

/// A way to break a file, and the JSON path the refusal must name.
type Rusak = (fn(&mut Value), &'static str);

#[test]
fn what_a_slip_must_not_hold_is_refused_with_its_path() {
    let cases: [Rusak; 11] = [
        (|v| v["data"]["catatan"] = "x".into(), "data"),
        // A note the pegawai recorded (not a leader's id): taking it would overwrite theirs.
        (
            |v| v["data"]["evaluasi"][2]["umpan_balik_rhk"][0]["id"] = "ub-1".into(),
            "data.evaluasi[2].umpan_balik_rhk[0].id",
        ),
        (|v| v["summary"] = serde_json::json!({}), "summary"),
        (
            |v| v["data"]["evaluasi"][2]["umpan_balik_rhk"][0]["nada"] = "x".into(),
            "data.evaluasi[2].umpan_balik_rhk[0]",
        ),
        (
            |v| v["data"]["evaluasi"][0]["periode_ke"] = 13.into(),
            "data.evaluasi[0].periode_ke",
        ),
        (
            |v| v["data"]["evaluasi"][1]["periode_ke"] = 1.into(),
            "data.evaluasi[1].periode_ke",
        ),
        (
            |v| {
                let d = v["data"]["evaluasi"][2]["dialog_kinerja"][0].clone();
                v["data"]["evaluasi"][2]["dialog_kinerja"]
                    .as_array_mut()
                    .unwrap()
                    .push(d);
            },
            "data.evaluasi[2].dialog_kinerja[1].id",
        ),
        (
            |v| {
                v["data"]["evaluasi"][2]["bimbingan"][0]["tanggapan"] =
                    serde_json::json!([{"pernyataan": "merasa_didengar", "skor": 5}])
            },
            "data.evaluasi[2].bimbingan[0].tanggapan",
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
            |v| v["data"]["tahunan"]["rating"]["tanggal"] = "2201-01-01".into(),
            "data.tahunan.rating.tanggal",
        ),
        (
            |v| {
                v["data"]["periode"] =
                    serde_json::json!({"mulai": "2025-12-31", "selesai": "2025-01-01"})
            },
            "data.periode",
        ),
    ];
    for (rusak, path) in cases {
        let mut v = nilai_lembar();
        rusak(&mut v);
        let e = err(&v.to_string());
        let dapat = match &e {
            FileError::Invalid { path, .. }
            | FileError::DuplicateId { path, .. }
            | FileError::UnknownReference { path, .. } => path.as_str(),
            _ => panic!("{e:?}"),
        };
        assert!(dapat.starts_with(path), "{path}: {e:?}");
        assert!(
            e.message(Lang::Id).contains(path),
            "{}",
            e.message(Lang::Id)
        );
    }
}

#[test]
fn taking_a_slip_adds_exactly_what_the_preview_lists_and_nothing_else() {
    let (mut pegawai, salinan, lembar) = tiga();
    let p = pratinjau(&pegawai, &lembar);
    assert_eq!(p.kecocokan, Kecocokan::Sama);
    assert!(p.tak_terpakai.is_empty(), "{:?}", p.tak_terpakai);
    // What the example already holds (the pegawai's own records of earlier feedback) is not
    // listed: only what the leader added, in the document's order.
    let ada = |arah: &Arah| *arah == Arah::Baru;
    assert!(p.butir.iter().all(|(arah, _)| ada(arah)), "{:?}", p.butir);
    let butir: Vec<Butir> = p.butir.iter().map(|(_, b)| b.clone()).collect();
    assert_eq!(
        butir,
        vec![
            Butir::Persetujuan {
                status: StatusRencana::Disetujui,
                catatan: "Rencana disepakati.".into()
            },
            Butir::CatatanRencanaRhk {
                rhk_id: "rhk-3".into(),
                catatan: "Modul diuji coba di komunitas belajar.".into()
            },
            Butir::UmpanBalikRhk {
                ke: 3,
                rhk_id: "rhk-2".into(),
                isi: "Tinggal tujuh kabupaten: jadwalkan evaluasi daring.".into()
            },
            Butir::UmpanBalikPerilaku {
                ke: 3,
                nilai: NilaiBerakhlak::Kolaboratif,
                isi: "Kerja sama dengan Dinas Kesehatan makin baik.".into()
            },
            Butir::Dialog {
                ke: 3,
                catatan: "Disepakati laporan akhir evaluasi SPM pada Oktober.".into()
            },
            Butir::Bimbingan {
                ke: 3,
                topik: "Menyusun rekomendasi dari temuan SPM".into()
            },
            Butir::Rating {
                ke: Some(3),
                aspek: AspekRating::HasilKerja,
                rating: Some(Rating::SesuaiEkspektasi)
            },
            Butir::Rating {
                ke: Some(3),
                aspek: AspekRating::PerilakuKerja,
                rating: Some(Rating::DiAtasEkspektasi)
            },
            Butir::UmpanBalikRhk {
                ke: 4,
                rhk_id: "rhk-1".into(),
                isi: "Policy brief keempat: pelayanan terpadu.".into()
            },
            Butir::Rating {
                ke: None,
                aspek: AspekRating::HasilKerja,
                rating: Some(Rating::SesuaiEkspektasi)
            },
            Butir::CatatanTahunan {
                isi: "Terus jaga kualitas rekomendasi.".into()
            },
        ]
    );
    let sebelum = pegawai.clone();
    assert_eq!(terapkan(&mut pegawai, &lembar), p.butir.len());
    // The pegawai's own content is as it was; the leader's part is the leader's copy's.
    assert_eq!(
        tanpa_tulisan_pimpinan(&pegawai),
        tanpa_tulisan_pimpinan(&sebelum)
    );
    assert!(hanya_tulisan_pimpinan_berbeda(&pegawai, &sebelum));
    assert_eq!(sidik(&pegawai), lembar.sidik);
    assert_eq!(pegawai.persetujuan, salinan.persetujuan);
    assert_eq!(pegawai.penilaian_tahunan, salinan.penilaian_tahunan);
    for ke in 1..=4 {
        let (a, b) = (
            pegawai.evaluasi_ke(ke).unwrap(),
            salinan.evaluasi_ke(ke).unwrap(),
        );
        assert_eq!(a.umpan_balik_rhk, b.umpan_balik_rhk, "{ke}");
        assert_eq!(a.dialog_kinerja, b.dialog_kinerja, "{ke}");
        assert_eq!(a.bimbingan, b.bimbingan, "{ke}");
        assert_eq!(a.rating, b.rating, "{ke}");
    }
    assert_eq!(validate_skp(&pegawai, "data"), Ok(()));
    assert_eq!(
        import(&export_skp(&pegawai, T)),
        Ok(Imported::Skp(pegawai.clone()))
    );
    // The same slip again: nothing listed, nothing changes.
    let lagi = pratinjau(&pegawai, &lembar);
    assert_eq!(lagi.kecocokan, Kecocokan::Sama);
    assert!(!lagi.ada_perubahan() && lagi.tak_terpakai.is_empty());
    let sesudah = pegawai.clone();
    assert_eq!(terapkan(&mut pegawai, &lembar), 0);
    assert_eq!(pegawai, sesudah);
}

#[test]
fn an_edited_note_and_a_changed_rating_in_a_second_slip_are_updates() {
    let (mut pegawai, mut salinan, lembar) = tiga();
    terapkan(&mut pegawai, &lembar);
    let id = salinan
        .evaluasi_ke(3)
        .unwrap()
        .umpan_balik_rhk
        .last()
        .unwrap()
        .id
        .clone();
    assert!(ubah_tulisan_pimpinan(
        &mut salinan,
        3,
        &id,
        "Sisa lima kabupaten.".into()
    ));
    assert!(set_rating(
        &mut salinan,
        Some(3),
        Penilai::PejabatPenilai,
        AspekRating::HasilKerja,
        Some(Rating::DiAtasEkspektasi),
        hari(10, 20)
    ));
    let kedua = buat_lembar(&salinan, &sidik(&salinan), hari(10, 20), "lembar-2".into());
    let p = pratinjau(&pegawai, &kedua);
    assert_eq!(
        p.butir,
        vec![
            (
                Arah::Diperbarui,
                Butir::UmpanBalikRhk {
                    ke: 3,
                    rhk_id: "rhk-2".into(),
                    isi: "Sisa lima kabupaten.".into()
                }
            ),
            (
                Arah::Diperbarui,
                Butir::Rating {
                    ke: Some(3),
                    aspek: AspekRating::HasilKerja,
                    rating: Some(Rating::DiAtasEkspektasi)
                }
            ),
        ]
    );
    assert_eq!(terapkan(&mut pegawai, &kedua), 2);
    let r = &pegawai.evaluasi_ke(3).unwrap().rating.pejabat_penilai;
    assert_eq!(r.hasil_kerja, Some(Rating::DiAtasEkspektasi));
    assert_eq!(r.tanggal, Some(hari(10, 20)));
    assert_eq!(r.oleh, pegawai.pejabat_penilai.nama);
    // A rating the leader took back is taken back.
    assert!(set_rating(
        &mut salinan,
        None,
        Penilai::PejabatPenilai,
        AspekRating::HasilKerja,
        None,
        hari(10, 21)
    ));
    let ketiga = buat_lembar(&salinan, &sidik(&salinan), hari(10, 21), "lembar-3".into());
    assert_eq!(
        pratinjau(&pegawai, &ketiga).butir,
        vec![(
            Arah::Diperbarui,
            Butir::Rating {
                ke: None,
                aspek: AspekRating::HasilKerja,
                rating: None
            }
        )]
    );
    terapkan(&mut pegawai, &ketiga);
    assert_eq!(
        pegawai.penilaian_tahunan.rating.pejabat_penilai.hasil_kerja,
        None
    );
}

#[test]
fn a_slip_for_another_skp_takes_nothing() {
    let (_, _, lembar) = tiga();
    let mut lain = contoh_pengadministrasi_perkantoran();
    let p = pratinjau(&lain, &lembar);
    assert_eq!(p.kecocokan, Kecocokan::SkpLain);
    assert!(p.butir.is_empty() && p.tak_terpakai.is_empty());
    let sebelum = lain.clone();
    assert_eq!(terapkan(&mut lain, &lembar), 0);
    assert_eq!(lain, sebelum);
    // The same SKP under another id (a copy) is another SKP too.
    let mut salinan = contoh_analis_kebijakan();
    salinan.id = "skp-salinan".into();
    assert_eq!(terapkan(&mut salinan, &lembar), 0);
}

#[test]
fn a_slip_for_a_changed_version_says_so_and_lists_what_it_cannot_take() {
    let (mut pegawai, _, lembar) = tiga();
    // Since sending the file, the pegawai recorded a realisasi and deleted rhk-3.
    assert!(isi_realisasi(&mut pegawai, 3, "iki-7", Some(1.0)));
    assert!(hapus_rhk(&mut pegawai, "rhk-3").is_some());
    let p = pratinjau(&pegawai, &lembar);
    assert_eq!(p.kecocokan, Kecocokan::VersiBerubah);
    assert_eq!(
        p.tak_terpakai,
        vec![Butir::CatatanRencanaRhk {
            rhk_id: "rhk-3".into(),
            catatan: "Modul diuji coba di komunitas belajar.".into()
        }]
    );
    let sebelum = tanpa_tulisan_pimpinan(&pegawai);
    assert_eq!(terapkan(&mut pegawai, &lembar), p.butir.len());
    assert_eq!(tanpa_tulisan_pimpinan(&pegawai), sebelum);
    assert_eq!(validate_skp(&pegawai, "data"), Ok(()));
    // Half-yearly periods now: Triwulan III and IV are periods the SKP does not have.
    let (mut pegawai, _, lembar) = tiga();
    let rencana = rencana_ganti_periode(&pegawai, JenisPeriodeEvaluasi::Semesteran);
    assert_eq!(ganti_periode(&mut pegawai, &rencana), Ok(()));
    let p = pratinjau(&pegawai, &lembar);
    assert_eq!(p.kecocokan, Kecocokan::VersiBerubah);
    assert!(p.tak_terpakai.contains(&Butir::Bimbingan {
        ke: 3,
        topik: "Menyusun rekomendasi dari temuan SPM".into()
    }));
    assert!(p.tak_terpakai.contains(&Butir::Rating {
        ke: Some(3),
        aspek: AspekRating::PerilakuKerja,
        rating: Some(Rating::DiAtasEkspektasi)
    }));
    assert!(p.butir.iter().all(|(_, b)| !matches!(
        b,
        Butir::UmpanBalikRhk { ke: 3 | 4, .. } | Butir::Dialog { ke: 3, .. }
    )));
    terapkan(&mut pegawai, &lembar);
    assert_eq!(validate_skp(&pegawai, "data"), Ok(()));
}

#[test]
fn the_leaders_notes_survive_the_round_trip_to_the_employee_and_back() {
    // The leader reviews copy A and sends the slip; the pegawai takes it in.
    let (mut pegawai, salinan_a, lembar) = tiga();
    terapkan(&mut pegawai, &lembar);
    // The pegawai records their own note and a realisasi, and sends the whole file again.
    let sendiri = tambah_umpan_balik_rhk(&mut pegawai, 3, "rhk-1", Some(hari(10, 10))).unwrap();
    assert!(!sendiri.starts_with("pp-"));
    assert!(isi_realisasi(&mut pegawai, 3, "iki-1", Some(3.5)));
    let berkas = export_skp(&pegawai, T);
    let Ok(Imported::Skp(mut baru)) = import(&berkas) else {
        panic!("the pegawai's file reads")
    };
    // The leader's list replaces copy A with the new file, carrying A's notes into it: here
    // they are all already in the file, so nothing needs carrying, and nothing is lost.
    let mut tanpa_slip = baru.clone();
    tanpa_slip.evaluasi.iter_mut().for_each(|e| {
        e.umpan_balik_rhk.retain(|u| !u.id.starts_with("pp-"));
        e.bimbingan.clear();
    });
    tanpa_slip.persetujuan = None;
    assert_eq!(bawa_tulisan_pimpinan(&salinan_a, &mut baru), 0);
    // Had the pegawai not taken the slip in, every note would be carried over.
    let dibawa = bawa_tulisan_pimpinan(&salinan_a, &mut tanpa_slip);
    assert!(dibawa >= 5, "{dibawa}");
    for kedua in [&baru, &tanpa_slip] {
        assert_eq!(kedua.persetujuan, salinan_a.persetujuan);
        for ke in 3..=4 {
            let a = salinan_a.evaluasi_ke(ke).unwrap();
            let b = kedua.evaluasi_ke(ke).unwrap();
            for u in &a.umpan_balik_rhk {
                assert!(b.umpan_balik_rhk.contains(u), "{u:?}");
            }
            assert_eq!(a.bimbingan, b.bimbingan);
            assert_eq!(a.rating.pejabat_penilai, b.rating.pejabat_penilai);
        }
        // The pegawai's own note and realisasi are there as they wrote them.
        let ev = kedua.evaluasi_ke(3).unwrap();
        assert!(ev.umpan_balik_rhk.iter().any(|u| u.id == sendiri));
        assert!(ev
            .realisasi
            .iter()
            .any(|r| r.iki_id == "iki-1" && r.nilai == Some(3.5)));
        assert_eq!(validate_skp(kedua, "data"), Ok(()));
        // What the pegawai changed since the leader saw A: the realisasi of Triwulan III, and
        // nothing of the leader's writing (neither A's notes nor the pegawai's own record).
        assert_eq!(
            perubahan_pegawai(&salinan_a, kedua),
            vec![Perbedaan {
                bagian: Bagian::Evaluasi,
                arah: ArahBanding::Diubah,
                nama: "3".into()
            }]
        );
    }
    // The leader's second review writes in the new copy; their next slip holds both reviews,
    // and what the pegawai already has is not listed again.
    let mut salinan_b = baru.clone();
    let lagi = tambah_dialog_pimpinan(&mut salinan_b, 4, Some(hari(11, 3))).unwrap();
    assert!(
        salinan_b
            .evaluasi
            .iter()
            .flat_map(|e| &e.dialog_kinerja)
            .filter(|d| d.id == lagi)
            .count()
            == 1
    );
    let kedua = buat_lembar(&salinan_b, &sidik(&baru), hari(11, 3), "lembar-2".into());
    assert_eq!(pratinjau(&pegawai, &kedua).kecocokan, Kecocokan::Sama);
    assert_eq!(
        pratinjau(&pegawai, &kedua).butir,
        vec![(
            Arah::Baru,
            Butir::Dialog {
                ke: 4,
                catatan: String::new()
            }
        )]
    );
}

#[test]
fn a_session_taken_again_keeps_the_employees_answers() {
    let (mut pegawai, mut salinan, lembar) = tiga();
    terapkan(&mut pegawai, &lembar);
    let id = pegawai.evaluasi_ke(3).unwrap().bimbingan[0].id.clone();
    assert_eq!(id, "pp-bk-1");
    for (pernyataan, skor) in [
        (PernyataanBimbingan::MerasaDidengar, 5),
        (PernyataanBimbingan::TahuLangkahBerikutnya, 4),
    ] {
        assert!(tanggapi_bimbingan(
            &mut pegawai,
            3,
            &id,
            pernyataan,
            Some(skor)
        ));
    }
    // The answers are the pegawai's own: the leader's copy (without them) is now another
    // version, and a leader's edit of the session still comes through as an update.
    assert!(!hanya_tulisan_pimpinan_berbeda(&pegawai, &salinan));
    assert!(ubah_bimbingan(&mut salinan, 3, &id, |b| b.hasil =
        "Dibahas 22 Oktober".into()));
    let kedua = buat_lembar(&salinan, &sidik(&salinan), hari(10, 21), "lembar-2".into());
    let p = pratinjau(&pegawai, &kedua);
    assert_eq!(p.kecocokan, Kecocokan::VersiBerubah);
    assert_eq!(
        p.butir,
        vec![(
            Arah::Diperbarui,
            Butir::Bimbingan {
                ke: 3,
                topik: "Menyusun rekomendasi dari temuan SPM".into()
            }
        )]
    );
    terapkan(&mut pegawai, &kedua);
    let b = &pegawai.evaluasi_ke(3).unwrap().bimbingan[0];
    assert_eq!(b.hasil, "Dibahas 22 Oktober");
    assert_eq!(b.skor(PernyataanBimbingan::MerasaDidengar), Some(5));
    assert_eq!(b.tanggapan.len(), 2);
    // Carried into the leader's next copy (the pegawai's file), the answers stay too.
    let mut berkas = pegawai.clone();
    assert!(ubah_bimbingan(&mut salinan, 3, &id, |b| b.topik = "Topik baru".into()));
    assert_eq!(bawa_tulisan_pimpinan(&salinan, &mut berkas), 1);
    let b = &berkas.evaluasi_ke(3).unwrap().bimbingan[0];
    assert_eq!((b.topik.as_str(), b.tanggapan.len()), ("Topik baru", 2));
}

#[test]
fn the_fingerprint_follows_the_employees_content_only() {
    let pegawai = contoh_analis_kebijakan();
    let s = sidik(&pegawai);
    assert_eq!(s.len(), 16);
    assert!(s.bytes().all(|b| b.is_ascii_hexdigit()));
    let mut salinan = pegawai.clone();
    tinjau(&mut salinan);
    assert_eq!(sidik(&salinan), s);
    assert!(hanya_tulisan_pimpinan_berbeda(&pegawai, &salinan));
    assert!(perubahan_pegawai(&pegawai, &salinan).is_empty());
    // Without the example's own records of feedback and the leader's ratings, still the same.
    let mut tanpa = pegawai.clone();
    for ev in &mut tanpa.evaluasi {
        ev.umpan_balik_rhk.clear();
        ev.dialog_kinerja.clear();
        ev.rating.pejabat_penilai = RatingOleh::default();
    }
    assert_eq!(sidik(&tanpa), s);
    for ubah in [
        |s: &mut Skp| s.rhk[0].rencana_hasil_kerja.push('!'),
        |s: &mut Skp| s.evaluasi[0].rating.mandiri.hasil_kerja = None,
        |s: &mut Skp| s.motif.refleksi.clear(),
        |s: &mut Skp| s.evaluasi[2].realisasi[0].bukti_dukung[0].tautan.clear(),
    ] {
        let mut lain = pegawai.clone();
        ubah(&mut lain);
        assert_ne!(sidik(&lain), s);
        assert!(!hanya_tulisan_pimpinan_berbeda(&pegawai, &lain));
    }
}

#[test]
fn a_slip_file_is_named_after_the_employee_the_year_and_the_day() {
    let (_, _, mut lembar) = tiga();
    assert_eq!(
        nama_berkas_lembar(&lembar),
        "umpan-balik_Rina-Kartika-S-AP-M-Si_2025_2025-10-06.json"
    );
    lembar.pegawai.nama = " ".into();
    assert_eq!(
        nama_berkas_lembar(&lembar),
        "umpan-balik_2025_2025-10-06.json"
    );
}

#[test]
fn a_year_of_monthly_feedback_on_the_large_skp_is_a_small_file() {
    let pegawai = contoh_besar();
    let salinan = contoh_umpan_balik_setahun(&pegawai);
    let lembar = buat_lembar(
        &salinan,
        &sidik(&pegawai),
        hari(12, 31),
        "lembar-besar".into(),
    );
    let teks = export_lembar(&lembar, T);
    let skp = export_skp(&salinan, T);
    let ringkas = serde_json::to_string(&lembar).unwrap_or_default().len();
    eprintln!(
        "slip for a year of monthly feedback on the large SKP: {} bytes ({:.1} KiB; its data \
         without white space {ringkas} bytes); the SKP file: {} bytes ({:.1} KiB)",
        teks.len(),
        teks.len() as f64 / 1024.0,
        skp.len(),
        skp.len() as f64 / 1024.0
    );
    // A few KB against the SKP's megabyte: the slip carries the leader's part only.
    assert!(
        teks.len() * 50 < skp.len(),
        "{} vs {}",
        teks.len(),
        skp.len()
    );
    assert_eq!(import_lembar(&teks), Ok(lembar.clone()));
    let mut diterima = pegawai.clone();
    assert_eq!(terapkan(&mut diterima, &lembar), 12 * 5 + 3);
    assert_eq!(validate_skp(&diterima, "data"), Ok(()));
}

#[test]
fn the_employees_own_records_stay_theirs_and_never_travel_back() {
    let mut pegawai = contoh_analis_kebijakan();
    // What the employee recorded themself of a conversation, before sending the file.
    let sendiri = tambah_umpan_balik_rhk(&mut pegawai, 3, "rhk-2", Some(hari(9, 30))).unwrap();
    let catat = |skp: &mut Skp, isi: &str| {
        crate::domain::operasi::evaluasi_mut(skp, 3)
            .umpan_balik_rhk
            .iter_mut()
            .find(|u| u.id == sendiri)
            .map(|u| u.isi = isi.into())
    };
    catat(&mut pegawai, "Kata pimpinan: percepat evaluasi.");
    let mut salinan = pegawai.clone();
    tinjau(&mut salinan);
    // The leader cannot change or remove it in their copy...
    assert!(!ubah_tulisan_pimpinan(
        &mut salinan,
        3,
        &sendiri,
        "diubah".into()
    ));
    assert!(!crate::domain::operasi::hapus_tulisan_pimpinan(
        &mut salinan,
        3,
        &sendiri
    ));
    let lembar = buat_lembar(&salinan, &sidik(&pegawai), hari(10, 6), "lembar-1".into());
    // ...and it is not in the slip, so the employee's later edit of it stays.
    assert!(lembar
        .evaluasi
        .iter()
        .flat_map(|p| &p.umpan_balik_rhk)
        .all(|u| u.id != sendiri));
    catat(
        &mut pegawai,
        "Kata pimpinan: percepat evaluasi SPM ke tujuh kabupaten.",
    );
    let sebelum = pegawai.clone();
    terapkan(&mut pegawai, &lembar);
    let ev = pegawai.evaluasi_ke(3).unwrap();
    let milik = ev.umpan_balik_rhk.iter().find(|u| u.id == sendiri).unwrap();
    assert_eq!(
        milik.isi,
        "Kata pimpinan: percepat evaluasi SPM ke tujuh kabupaten."
    );
    assert_eq!(
        ev.umpan_balik_rhk.len(),
        sebelum.evaluasi_ke(3).unwrap().umpan_balik_rhk.len() + 1
    );
}

#[test]
fn a_slip_written_on_quarters_is_not_taken_into_months() {
    let (mut pegawai, _, lembar) = tiga();
    pegawai.periode_evaluasi = JenisPeriodeEvaluasi::Bulanan;
    let p = pratinjau(&pegawai, &lembar);
    assert!(
        p.butir.iter().all(|(_, b)| !matches!(
            b,
            Butir::UmpanBalikRhk { .. }
                | Butir::UmpanBalikPerilaku { .. }
                | Butir::Dialog { .. }
                | Butir::Bimbingan { .. }
                | Butir::Rating { ke: Some(_), .. }
        )),
        "Triwulan III feedback would land in March: {:?}",
        p.butir
    );
    assert!(p
        .tak_terpakai
        .iter()
        .any(|b| matches!(b, Butir::UmpanBalikRhk { ke: 3, .. })));
    // What has no period still comes: the plan decision and the year.
    assert!(p
        .butir
        .iter()
        .any(|(_, b)| matches!(b, Butir::Persetujuan { .. })));
}
