//! Large data for the benchmarks and the tests that check what grows with an SKP: a
//! 50-RHK SKP with monthly periods, and a leader's year of monthly feedback on it.

use chrono::{Datelike, NaiveDate};

use super::contoh_analis_kebijakan;
use crate::domain::model::*;
use crate::domain::operasi::{
    atur_catatan_tahunan, set_rating, tambah_dialog_pimpinan, tambah_umpan_balik_pimpinan_rhk,
    ubah_tulisan_pimpinan,
};

/// The benchmark's large SKP: the example with 50 RHK × 3 IKI and 12 monthly periods, a
/// realisasi and a bukti dukung for every IKI, and the person's own ratings each month.
pub fn contoh_besar() -> Skp {
    let mut skp = contoh_analis_kebijakan();
    skp.periode_evaluasi = JenisPeriodeEvaluasi::Bulanan;
    skp.pengembangan_kompetensi
        .iter_mut()
        .for_each(|k| k.untuk_iki_id = None);
    let contoh = skp.rhk[0].clone();
    skp.rhk = (0..50)
        .map(|r| {
            let mut rhk = contoh.clone();
            rhk.id = format!("rhk-{r}");
            rhk.rencana_hasil_kerja = format!("{} ({r})", contoh.rencana_hasil_kerja);
            for (i, iki) in rhk.iki.iter_mut().enumerate() {
                iki.id = format!("iki-{r}-{i}");
            }
            rhk
        })
        .collect();
    skp.evaluasi = (1..=12u32)
        .map(|bulan| EvaluasiPeriodik {
            id: format!("ev-{bulan}"),
            periode_ke: bulan,
            realisasi: skp
                .rhk
                .iter()
                .flat_map(|r| r.iki.iter())
                .enumerate()
                .map(|(n, iki)| Realisasi {
                    id: format!("re-{bulan}-{n}"),
                    iki_id: iki.id.clone(),
                    nilai: Some(f64::from(bulan) * (1.0 + (n % 7) as f64) / 3.0),
                    uraian: "Policy brief disampaikan kepada pimpinan beserta nota dinas".into(),
                    bukti_dukung: vec![BuktiDukung {
                        id: format!("bd-{bulan}-{n}"),
                        tautan: format!("https://drive.example.go.id/bukti/{bulan}/{n}"),
                        keterangan: "Nota dinas dan policy brief".into(),
                        tanggal: None,
                    }],
                    kendala: String::new(),
                })
                .collect(),
            umpan_balik_rhk: vec![],
            umpan_balik_perilaku: vec![],
            dialog_kinerja: vec![],
            rating: RatingPeriode {
                mandiri: RatingOleh {
                    hasil_kerja: Some(Rating::SesuaiEkspektasi),
                    perilaku_kerja: Some(Rating::SesuaiEkspektasi),
                    ..RatingOleh::default()
                },
                ..RatingPeriode::default()
            },
            kinerja_organisasi: KinerjaOrganisasi::default(),
            bimbingan: Vec::new(),
        })
        .collect();
    skp
}

/// The leader's copy of `skp` after a year of monthly review: each month two umpan balik on
/// RHK, a dialog kinerja note and both ratings; the annual ratings and a note. Its feedback
/// slip is the one a leader sends at the end of a year.
pub fn contoh_umpan_balik_setahun(skp: &Skp) -> Skp {
    let hari = |bulan: u32, tanggal: u32| {
        NaiveDate::from_ymd_opt(skp.periode.mulai.year(), bulan, tanggal)
            .unwrap_or(skp.periode.selesai)
    };
    let mut salinan = skp.clone();
    let isi = "Capaian bulan ini sesuai rencana; lengkapi bukti dukung dengan notulen rapat.";
    let rhk: Vec<String> = salinan.rhk.iter().map(|r| r.id.clone()).collect();
    for ke in 1..=12u32 {
        for i in [ke as usize, ke as usize + 20] {
            let Some(rhk_id) = rhk.get(i % rhk.len().max(1)) else {
                continue;
            };
            if let Some(id) =
                tambah_umpan_balik_pimpinan_rhk(&mut salinan, ke, rhk_id, Some(hari(ke, 28)))
            {
                ubah_tulisan_pimpinan(&mut salinan, ke, &id, isi.into());
            }
        }
        if let Some(dk) = tambah_dialog_pimpinan(&mut salinan, ke, Some(hari(ke, 28))) {
            ubah_tulisan_pimpinan(
                &mut salinan,
                ke,
                &dk,
                "Disepakati prioritas bulan depan dan dukungan data dari OPD.".into(),
            );
        }
        for periode in [Some(ke), None] {
            for aspek in [AspekRating::HasilKerja, AspekRating::PerilakuKerja] {
                set_rating(
                    &mut salinan,
                    periode,
                    Penilai::PejabatPenilai,
                    aspek,
                    Some(Rating::SesuaiEkspektasi),
                    hari(ke, 28),
                );
            }
        }
    }
    atur_catatan_tahunan(&mut salinan, "Kinerja stabil sepanjang tahun.".into());
    salinan
}
