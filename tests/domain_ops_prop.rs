#![cfg(not(target_arch = "wasm32"))]
//! What the app writes, the app reads: random sequences of the domain operations (add, edit,
//! move, delete, record, change the period type, copy to next year, undo, the leader's review
//! and taking a leader's feedback slip in), from every bundled example and from a blank SKP,
//! leave after EVERY step an SKP that `import(export_skp(..))` gives back equal and that needs
//! no repair.

use proptest::prelude::*;
use skp_mandiri::domain::contoh::CONTOH;
use skp_mandiri::domain::lembar;
use skp_mandiri::domain::operasi::*;
use skp_mandiri::domain::*;

const T: &str = "2025-10-01T09:00:00+08:00";

#[derive(Debug, Clone)]
enum Op {
    TambahRhk(bool),
    TambahIki(usize),
    UbahTeks(usize, String),
    PindahRhk(usize, bool),
    PindahIki(usize, bool),
    HapusRhk(usize),
    HapusIki(usize),
    IsiRealisasi(u32, usize, Option<f64>),
    UbahUraian(u32, usize, String),
    HapusRealisasi(u32, usize),
    TambahBukti(u32, usize),
    HapusBukti(u32, usize, usize),
    TambahUmpanBalik(u32, usize),
    TambahKegiatan(Option<usize>),
    TautkanKegiatan(usize, Option<usize>),
    HapusKegiatan(usize),
    TambahAksi(usize, u32),
    GantiPeriode(usize),
    SalinKeTahun(i32),
    Undo(usize),
    TulisPimpinan(u8, u32, usize),
    Tanggapi(u32, usize, usize, u8),
    HapusTulisan(u32, usize),
    Persetujuan(Option<bool>),
    CatatanRencana(usize, String),
    AmbilLembar(usize),
}

fn op() -> impl Strategy<Value = Op> {
    let i = || 0usize..12;
    let ke = || 0u32..=13;
    let teks = || "\\PC{0,24}";
    let nilai = prop_oneof![
        Just(None),
        (-1e9f64..1e9).prop_map(Some),
        (0u32..50).prop_map(|n| Some(f64::from(n))),
        Just(Some(f64::NAN)),
    ];
    prop_oneof![
        1 => any::<bool>().prop_map(Op::TambahRhk),
        2 => i().prop_map(Op::TambahIki),
        1 => (i(), teks()).prop_map(|(i, t)| Op::UbahTeks(i, t)),
        1 => (i(), any::<bool>()).prop_map(|(i, n)| Op::PindahRhk(i, n)),
        1 => (i(), any::<bool>()).prop_map(|(i, n)| Op::PindahIki(i, n)),
        1 => i().prop_map(Op::HapusRhk),
        1 => i().prop_map(Op::HapusIki),
        3 => (ke(), i(), nilai).prop_map(|(k, i, n)| Op::IsiRealisasi(k, i, n)),
        1 => (ke(), i(), teks()).prop_map(|(k, i, t)| Op::UbahUraian(k, i, t)),
        1 => (ke(), i()).prop_map(|(k, i)| Op::HapusRealisasi(k, i)),
        1 => (ke(), i()).prop_map(|(k, i)| Op::TambahBukti(k, i)),
        1 => (ke(), i(), i()).prop_map(|(k, i, b)| Op::HapusBukti(k, i, b)),
        1 => (ke(), i()).prop_map(|(k, r)| Op::TambahUmpanBalik(k, r)),
        1 => prop::option::of(i()).prop_map(Op::TambahKegiatan),
        1 => (i(), prop::option::of(i())).prop_map(|(k, i)| Op::TautkanKegiatan(k, i)),
        1 => i().prop_map(Op::HapusKegiatan),
        1 => (i(), ke()).prop_map(|(i, k)| Op::TambahAksi(i, k)),
        2 => (0usize..3).prop_map(Op::GantiPeriode),
        1 => (2020i32..2030).prop_map(Op::SalinKeTahun),
        2 => i().prop_map(Op::Undo),
        3 => (0u8..4, ke(), i()).prop_map(|(j, k, r)| Op::TulisPimpinan(j, k, r)),
        1 => (ke(), i(), 0usize..9, 0u8..=6).prop_map(|(k, b, p, s)| Op::Tanggapi(k, b, p, s)),
        1 => (ke(), i()).prop_map(|(k, n)| Op::HapusTulisan(k, n)),
        1 => prop::option::of(any::<bool>()).prop_map(Op::Persetujuan),
        1 => (i(), teks()).prop_map(|(r, t)| Op::CatatanRencana(r, t)),
        2 => i().prop_map(Op::AmbilLembar),
    ]
}

/// The n-th of the ids (wrapping), or an id nothing has when there are none.
fn pilih(ids: Vec<String>, n: usize) -> String {
    if ids.is_empty() {
        "tidak-ada".into()
    } else {
        ids[n % ids.len()].clone()
    }
}

fn iki(skp: &Skp, n: usize) -> String {
    pilih(
        skp.rhk
            .iter()
            .flat_map(|r| &r.iki)
            .map(|i| i.id.clone())
            .collect(),
        n,
    )
}

fn rhk(skp: &Skp, n: usize) -> String {
    pilih(skp.rhk.iter().map(|r| r.id.clone()).collect(), n)
}

fn kegiatan(skp: &Skp, n: usize) -> String {
    pilih(
        skp.pengembangan_kompetensi
            .iter()
            .map(|k| k.id.clone())
            .collect(),
        n,
    )
}

fn arah(naik: bool) -> Arah {
    if naik {
        Arah::Naik
    } else {
        Arah::Turun
    }
}

const JENIS: [JenisPeriodeEvaluasi; 3] = [
    JenisPeriodeEvaluasi::Bulanan,
    JenisPeriodeEvaluasi::Triwulanan,
    JenisPeriodeEvaluasi::Semesteran,
];

fn catatan(ev: &EvaluasiPeriodik) -> usize {
    ev.umpan_balik_rhk.len()
        + ev.umpan_balik_perilaku.len()
        + ev.dialog_kinerja.len()
        + ev.bimbingan.len()
}

/// The ids of the leader's items (and the pegawai's records of them) in period `ke`.
fn tulisan(skp: &Skp, ke: u32) -> Vec<String> {
    skp.evaluasi_ke(ke)
        .map(|ev| {
            ev.umpan_balik_rhk
                .iter()
                .map(|u| u.id.clone())
                .chain(ev.umpan_balik_perilaku.iter().map(|u| u.id.clone()))
                .chain(ev.dialog_kinerja.iter().map(|d| d.id.clone()))
                .chain(ev.bimbingan.iter().map(|b| b.id.clone()))
                .collect()
        })
        .unwrap_or_default()
}

const HARI: Option<chrono::NaiveDate> = chrono::NaiveDate::from_ymd_opt(2025, 6, 30);

fn bukti(ev: &EvaluasiPeriodik) -> usize {
    ev.realisasi.iter().map(|r| r.bukti_dukung.len()).sum()
}

fn jalankan(skp: &mut Skp, riwayat: &mut Vec<Skp>, op: &Op) -> Result<(), TestCaseError> {
    if let Op::Undo(n) = op {
        if !riwayat.is_empty() {
            *skp = riwayat[n % riwayat.len()].clone();
        }
        return Ok(());
    }
    riwayat.push(skp.clone());
    match op {
        Op::TambahRhk(tambahan) => {
            let jenis = if *tambahan {
                JenisRhk::Tambahan
            } else {
                JenisRhk::Utama
            };
            prop_assert!(tambah_rhk(skp, jenis).is_some());
        }
        Op::TambahIki(r) => {
            let id = rhk(skp, *r);
            prop_assert_eq!(tambah_iki(skp, &id).is_some(), !skp.rhk.is_empty());
        }
        Op::UbahTeks(n, teks) => {
            let (r, i) = (rhk(skp, *n), iki(skp, *n));
            if let Some(r) = skp.rhk.iter_mut().find(|x| x.id == r) {
                r.rencana_hasil_kerja = teks.clone();
            }
            if let Some(i) = skp
                .rhk
                .iter_mut()
                .flat_map(|r| r.iki.iter_mut())
                .find(|x| x.id == i)
            {
                i.indikator = teks.clone();
            }
            skp.pegawai.nama = teks.clone();
        }
        Op::PindahRhk(n, naik) => {
            let id = rhk(skp, *n);
            pindah_rhk(skp, &id, arah(*naik));
        }
        Op::PindahIki(n, naik) => {
            let id = iki(skp, *n);
            pindah_iki(skp, &id, arah(*naik));
        }
        Op::HapusRhk(n) => {
            let id = rhk(skp, *n);
            let dampak = dampak_hapus_rhk(skp, &id);
            let ada = skp.rhk.iter().any(|r| r.id == id);
            prop_assert_eq!(hapus_rhk(skp, &id), ada.then_some(dampak));
        }
        Op::HapusIki(n) => {
            let id = iki(skp, *n);
            let dampak = dampak_hapus_iki(skp, &id);
            let ada = skp.iki(&id).is_some();
            prop_assert_eq!(hapus_iki(skp, &id), ada.then_some(dampak));
        }
        Op::IsiRealisasi(ke, n, nilai) => {
            let id = iki(skp, *n);
            isi_realisasi(skp, *ke, &id, *nilai);
        }
        Op::UbahUraian(ke, n, teks) => {
            let id = iki(skp, *n);
            if let Some(r) = realisasi_mut(skp, *ke, &id) {
                r.uraian = teks.clone();
                r.kendala = teks.chars().rev().collect();
            }
        }
        Op::HapusRealisasi(ke, n) => {
            let id = iki(skp, *n);
            hapus_realisasi(skp, *ke, &id);
        }
        Op::TambahBukti(ke, n) => {
            let id = iki(skp, *n);
            tambah_bukti(skp, *ke, &id, None);
        }
        Op::HapusBukti(ke, n, b) => {
            let id = iki(skp, *n);
            let ids = skp
                .evaluasi
                .iter()
                .filter(|e| e.periode_ke == *ke)
                .flat_map(|e| &e.realisasi)
                .filter(|r| r.iki_id == id)
                .flat_map(|r| &r.bukti_dukung)
                .map(|b| b.id.clone())
                .collect();
            let bukti = pilih(ids, *b);
            hapus_bukti(skp, *ke, &id, &bukti);
        }
        Op::TambahUmpanBalik(ke, r) => {
            let id = rhk(skp, *r);
            tambah_umpan_balik_rhk(skp, *ke, &id, None);
        }
        Op::TambahKegiatan(i) => {
            let id = i.map(|i| iki(skp, i));
            tambah_kegiatan(skp, id.as_deref());
        }
        Op::TautkanKegiatan(k, i) => {
            let (k, i) = (kegiatan(skp, *k), i.map(|i| iki(skp, i)));
            tautkan_kegiatan(skp, &k, i.as_deref());
        }
        Op::HapusKegiatan(k) => {
            let id = kegiatan(skp, *k);
            hapus_kegiatan(skp, &id);
        }
        Op::TambahAksi(i, ke) => {
            let id = iki(skp, *i);
            tambah_rencana_aksi(skp, &id, *ke, "aksi".into());
        }
        Op::GantiPeriode(j) => {
            let rencana = rencana_ganti_periode(skp, JENIS[*j]);
            let aksi = skp.tindak_lanjut.rencana_aksi.len();
            prop_assert_eq!(ganti_periode(skp, &rencana), Ok(()));
            prop_assert_eq!(skp.periode_evaluasi, JENIS[*j]);
            // Nothing dropped silently: every note and bukti dukung of a mapped period is
            // still there, and every action.
            let dipetakan = |f: fn(&IsiEvaluasi) -> usize| -> usize {
                rencana
                    .evaluasi
                    .iter()
                    .filter(|e| matches!(e.tujuan, Tujuan::Periode(_)))
                    .map(|e| f(&e.isi))
                    .sum()
            };
            prop_assert_eq!(
                skp.evaluasi.iter().map(catatan).sum::<usize>(),
                dipetakan(|i| i.catatan)
            );
            prop_assert_eq!(
                skp.evaluasi.iter().map(bukti).sum::<usize>(),
                dipetakan(|i| i.bukti_dukung)
            );
            prop_assert_eq!(skp.tindak_lanjut.rencana_aksi.len(), aksi);
        }
        Op::SalinKeTahun(tahun) => {
            *skp = skp.salin_ke_tahun(format!("skp-{tahun}"), *tahun);
        }
        Op::TulisPimpinan(jenis, ke, r) => {
            let rhk_id = rhk(skp, *r);
            let id = match jenis {
                0 => tambah_umpan_balik_pimpinan_rhk(skp, *ke, &rhk_id, HARI),
                1 => tambah_umpan_balik_pimpinan_perilaku(
                    skp,
                    *ke,
                    NilaiBerakhlak::SEMUA[*r % 7],
                    HARI,
                ),
                2 => tambah_dialog_pimpinan(skp, *ke, HARI),
                _ => tambah_bimbingan(skp, *ke, HARI, JenisBimbingan::Konseling),
            };
            if let Some(id) = id {
                prop_assert!(id.starts_with("pp-"));
                if !ubah_tulisan_pimpinan(skp, *ke, &id, format!("catatan {r}")) {
                    prop_assert!(ubah_bimbingan(skp, *ke, &id, |b| b.topik = "topik".into()));
                }
            }
        }
        Op::Tanggapi(ke, b, p, skor) => {
            let id = pilih(
                skp.evaluasi_ke(*ke)
                    .map(|ev| ev.bimbingan.iter().map(|b| b.id.clone()).collect())
                    .unwrap_or_default(),
                *b,
            );
            let skor = (*skor > 0).then_some(*skor);
            tanggapi_bimbingan(skp, *ke, &id, PernyataanBimbingan::SEMUA[*p], skor);
        }
        Op::HapusTulisan(ke, n) => {
            let id = pilih(tulisan(skp, *ke), *n);
            hapus_tulisan_pimpinan(skp, *ke, &id);
        }
        Op::Persetujuan(status) => {
            let status = status.map(|ok| {
                if ok {
                    StatusRencana::Disetujui
                } else {
                    StatusRencana::Dikembalikan
                }
            });
            let hari = HARI.unwrap_or_default();
            prop_assert!(atur_persetujuan(skp, status, "catatan".into(), hari));
        }
        Op::CatatanRencana(r, teks) => {
            let id = rhk(skp, *r);
            atur_catatan_rencana_rhk(skp, &id, teks.clone());
        }
        Op::AmbilLembar(n) => {
            // A leader reviewed an earlier state (a copy of it) and sends their slip.
            let salinan = &riwayat[n % riwayat.len()];
            let lembar = lembar::buat_lembar(
                salinan,
                &lembar::sidik(salinan),
                HARI.unwrap_or_default(),
                "l".into(),
            );
            let teks = lembar::export_lembar(&lembar, T);
            prop_assert_eq!(lembar::import_lembar(&teks), Ok(lembar.clone()));
            let p = lembar::pratinjau(skp, &lembar);
            let sebelum = skp.clone();
            prop_assert_eq!(lembar::terapkan(skp, &lembar), p.butir.len());
            prop_assert!(lembar::hanya_tulisan_pimpinan_berbeda(skp, &sebelum));
            if p.kecocokan == lembar::Kecocokan::SkpLain {
                prop_assert_eq!(&*skp, &sebelum);
            }
            let lagi = lembar::pratinjau(skp, &lembar);
            prop_assert!(lagi.butir.is_empty(), "{:?}", lagi.butir);
        }
        Op::Undo(_) => {}
    }
    Ok(())
}

/// Every bundled example, an empty SKP, and a practice SKP from the bundled case pack.
fn awal() -> impl Strategy<Value = Skp> {
    (0..=CONTOH.len() + 1).prop_map(|i| match CONTOH.get(i) {
        Some(contoh) => (contoh.buat)(),
        None if i == CONTOH.len() => Skp::baru("skp-baru".into(), 2025),
        None => skp_mandiri::domain::paket::mulai_latihan(
            &skp_mandiri::domain::contoh::contoh_paket(),
            "skp-latihan".into(),
            chrono::NaiveDate::from_ymd_opt(2026, 2, 10).unwrap_or_default(),
        ),
    })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    #[test]
    fn every_state_the_operations_leave_reads_back_equal(
        mut skp in awal(),
        ops in prop::collection::vec(op(), 1..40),
    ) {
        let mut riwayat = Vec::new();
        for (langkah, op) in ops.iter().enumerate() {
            jalankan(&mut skp, &mut riwayat, op)?;
            match import(&export_skp(&skp, T)) {
                Ok(Imported::Skp(back)) => prop_assert_eq!(&back, &skp, "step {} {:?}", langkah, op),
                other => prop_assert!(false, "step {} {:?}: {:?}", langkah, op, other),
            }
            prop_assert_eq!(perbaiki(&mut skp.clone()), vec![], "step {} {:?}", langkah, op);
        }
    }
}

/// What an older, buggy version may have stored.
#[derive(Debug, Clone)]
enum Rusak {
    IdRhk(usize, usize),
    IdIki(usize, usize),
    IdEvaluasi(usize, usize),
    IdRealisasi(usize, usize, usize),
    IdKegiatan(usize, usize),
    Periode(usize, u32),
    RealisasiIki(usize, usize, usize),
    UmpanBalikRhk(usize, usize),
    KegiatanIki(usize, usize),
    Aksi(usize, u32, usize),
}

const ID: [&str; 8] = [
    "iki-1", "iki-4", "iki-99", "rhk-1", "rhk-9", "ev-1", "re-1", "",
];

fn rusak() -> impl Strategy<Value = Rusak> {
    let i = || 0usize..12;
    prop_oneof![
        (i(), i()).prop_map(|(a, b)| Rusak::IdRhk(a, b)),
        (i(), i()).prop_map(|(a, b)| Rusak::IdIki(a, b)),
        (i(), i()).prop_map(|(a, b)| Rusak::IdEvaluasi(a, b)),
        (i(), i(), i()).prop_map(|(e, a, b)| Rusak::IdRealisasi(e, a, b)),
        (i(), i()).prop_map(|(a, b)| Rusak::IdKegiatan(a, b)),
        (i(), 0u32..20).prop_map(|(e, ke)| Rusak::Periode(e, ke)),
        (i(), i(), i()).prop_map(|(e, r, id)| Rusak::RealisasiIki(e, r, id)),
        (i(), i()).prop_map(|(e, id)| Rusak::UmpanBalikRhk(e, id)),
        (i(), i()).prop_map(|(k, id)| Rusak::KegiatanIki(k, id)),
        (i(), 0u32..20, i()).prop_map(|(iki, ke, id)| Rusak::Aksi(iki, ke, id)),
    ]
}

/// Copies the id of item `b` onto item `a` (both wrapping); nothing when the list is empty.
fn salin_id(ids: Vec<&mut String>, a: usize, b: usize) {
    if ids.is_empty() {
        return;
    }
    let sumber = ids[b % ids.len()].clone();
    let n = ids.len();
    if let Some(id) = ids.into_iter().nth(a % n) {
        *id = sumber;
    }
}

fn rusakkan(skp: &mut Skp, r: &Rusak) {
    let id = |n: usize| ID[n % ID.len()].to_string();
    let n_ev = skp.evaluasi.len().max(1);
    match r {
        Rusak::IdRhk(a, b) => salin_id(skp.rhk.iter_mut().map(|r| &mut r.id).collect(), *a, *b),
        Rusak::IdIki(a, b) => salin_id(
            skp.rhk
                .iter_mut()
                .flat_map(|r| r.iki.iter_mut())
                .map(|i| &mut i.id)
                .collect(),
            *a,
            *b,
        ),
        Rusak::IdEvaluasi(a, b) => {
            salin_id(skp.evaluasi.iter_mut().map(|e| &mut e.id).collect(), *a, *b)
        }
        Rusak::IdRealisasi(e, a, b) => {
            if let Some(ev) = skp.evaluasi.get_mut(e % n_ev) {
                salin_id(ev.realisasi.iter_mut().map(|r| &mut r.id).collect(), *a, *b);
            }
        }
        Rusak::IdKegiatan(a, b) => salin_id(
            skp.pengembangan_kompetensi
                .iter_mut()
                .map(|k| &mut k.id)
                .collect(),
            *a,
            *b,
        ),
        Rusak::Periode(e, ke) => {
            if let Some(ev) = skp.evaluasi.get_mut(e % n_ev) {
                ev.periode_ke = *ke;
            }
        }
        Rusak::RealisasiIki(e, r, n) => {
            if let Some(ev) = skp.evaluasi.get_mut(e % n_ev) {
                let len = ev.realisasi.len().max(1);
                if let Some(re) = ev.realisasi.get_mut(r % len) {
                    re.iki_id = id(*n);
                }
            }
        }
        Rusak::UmpanBalikRhk(e, n) => {
            if let Some(ev) = skp.evaluasi.get_mut(e % n_ev) {
                ev.umpan_balik_rhk.push(UmpanBalikRhk {
                    id: "ub-1".into(),
                    rhk_id: id(*n),
                    tanggal: None,
                    isi: "catatan".into(),
                });
            }
        }
        Rusak::KegiatanIki(k, n) => {
            let len = skp.pengembangan_kompetensi.len().max(1);
            if let Some(keg) = skp.pengembangan_kompetensi.get_mut(k % len) {
                keg.untuk_iki_id = Some(id(*n));
            }
        }
        Rusak::Aksi(iki, ke, n) => skp.tindak_lanjut.rencana_aksi.push(RencanaAksi {
            id: format!("ra-{}", n % 3),
            iki_id: id(*iki),
            periode_ke: *ke,
            uraian: String::new(),
            selesai: false,
        }),
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 128, ..ProptestConfig::default() })]

    /// Whatever an older version broke, the repaired SKP validates, reads back equal, and a
    /// second repair finds nothing.
    #[test]
    fn a_repaired_skp_is_valid_and_stays_repaired(
        mut skp in awal(),
        kerusakan in prop::collection::vec(rusak(), 0..12),
    ) {
        for r in &kerusakan {
            rusakkan(&mut skp, r);
        }
        let perbaikan = perbaiki(&mut skp);
        prop_assert_eq!(skp_mandiri::domain::file::validate_skp(&skp, "data"), Ok(()));
        prop_assert!(perbaikan.iter().all(|p| !p.message(Lang::En).is_empty()));
        match import(&export_skp(&skp, T)) {
            Ok(Imported::Skp(back)) => prop_assert_eq!(&back, &skp),
            other => prop_assert!(false, "{:?}", other),
        }
        prop_assert_eq!(perbaiki(&mut skp), vec![]);
    }
}
