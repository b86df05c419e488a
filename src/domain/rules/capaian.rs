//! Capaian per IKI and the suggested rating hasil kerja.

use serde::{Deserialize, Serialize};

use crate::domain::angka::bulatkan;
use crate::domain::assumptions::{
    CAPAIAN_DIBULATKAN, CAPAIAN_MINIMUM_NOL, CAPAIAN_RENTANG, SARAN_RATING,
};
use crate::domain::lang::Lang;
use crate::domain::model::{Iki, JenisRhk, Rating, Skp, Target};

/// Assumptions the suggestion depends on.
pub const ASUMSI: &[&str] = &[
    SARAN_RATING,
    CAPAIAN_RENTANG,
    CAPAIAN_MINIMUM_NOL,
    CAPAIAN_DIBULATKAN,
];

/// Capaian IKI in percent (PermenPANRB 8/2021 p.91 and p.100, regulations.md §1.5 [S15][S17]).
///
/// - normal: `realisasi / target × 100`;
/// - lower is better: `(1 + (1 − realisasi / target)) × 100`, never below 0;
/// - range: the upper bound is the target when realisasi exceeds it, the lower bound when it
///   falls short; inside the range the capaian is 100.
///
/// `None` when the target is a description or the reference target is 0 (no ratio exists).
///
/// The one place a capaian is computed: the year and period rows, gaps, the suggestion, the
/// legacy score, the CSV and the export summary all call it. The result is rounded once, with
/// [`bulatkan`], to the two decimals shown (assumption `capaian-dibulatkan`), so every band
/// edge is decided on the value the person sees: 3 days met in 4,2 days is 60% (not 59,999…%), 8,1 of 9 is 90%.
/// A value inside a range counts as 100% (assumption `capaian-rentang`) and lower-is-better
/// stops at 0 (assumption `capaian-minimum-nol`).
pub fn capaian(target: &Target, realisasi: f64, lebih_kecil_lebih_baik: bool) -> Option<f64> {
    let acuan = match *target {
        Target::Nilai { nilai, .. } => nilai,
        Target::Rentang { min, maks, .. } => {
            if realisasi > maks {
                maks
            } else if realisasi < min {
                min
            } else {
                return Some(100.0);
            }
        }
        Target::Deskripsi { .. } => return None,
    };
    if acuan == 0.0 || !acuan.is_finite() || !realisasi.is_finite() {
        return None;
    }
    let rasio = realisasi / acuan;
    let persen = if lebih_kecil_lebih_baik {
        ((2.0 - rasio) * 100.0).max(0.0)
    } else {
        rasio * 100.0
    };
    Some(bulatkan(persen))
}

/// Capaian of one IKI for a realisasi value.
pub fn capaian_iki(iki: &Iki, realisasi: f64) -> Option<f64> {
    capaian(iki.target.as_ref()?, realisasi, iki.lebih_kecil_lebih_baik)
}

/// The realisasi value of an IKI in the latest evaluation that has one.
pub fn realisasi_terakhir(skp: &Skp, iki_id: &str) -> Option<f64> {
    let mut evaluasi: Vec<_> = skp.evaluasi.iter().collect();
    evaluasi.sort_by_key(|e| e.periode_ke);
    evaluasi
        .iter()
        .rev()
        .flat_map(|e| e.realisasi.iter())
        .find(|r| r.iki_id == iki_id && r.nilai.is_some())
        .and_then(|r| r.nilai)
}

/// Upper bound of one IKI's capaian in the mean used for the suggestion.
pub const BATAS_CAPAIAN_SARAN: f64 = 120.0;
/// Mean capaian from which the suggestion is Di Atas Ekspektasi (assumption `saran-rating`).
pub const SARAN_DI_ATAS: f64 = 101.0;
/// Mean capaian from which the suggestion is Sesuai Ekspektasi (assumption `saran-rating`).
pub const SARAN_SESUAI: f64 = 90.0;

/// A suggested rating: never the rating itself, which is the appraiser's judgement.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SaranRating {
    /// The suggested rating.
    pub rating: Rating,
    /// Mean capaian (each IKI capped at 120) it is based on, rounded as shown.
    pub rata_rata_capaian: f64,
    /// How many IKI had a capaian.
    pub jumlah_iki: usize,
}

impl SaranRating {
    /// The reason, as shown to the user.
    pub fn message(&self, lang: Lang) -> String {
        let rata = crate::domain::penilaian::fmt_angka(self.rata_rata_capaian, lang);
        match lang {
            Lang::Id => format!(
                "Saran (bukan penetapan): {} karena rata-rata capaian {} IKI kinerja utama {rata}%. Rating ditetapkan oleh Pejabat Penilai Kinerja.",
                self.rating.label(lang),
                self.jumlah_iki,
            ),
            Lang::En => format!(
                "Suggestion (not a decision): {} because the mean achievement of {} main-performance IKI is {rata}%. The appraiser sets the rating.",
                self.rating.label(lang),
                self.jumlah_iki,
            ),
        }
    }
}

/// Suggests a rating from capaian values (assumption `saran-rating`); `None` without values.
/// The mean is rounded as it is shown (see [`rerata_capaian`]), and the thresholds decide on
/// that value.
pub fn saran_dari_capaian(capaian: &[f64]) -> Option<SaranRating> {
    let rata = rerata_capaian(capaian)?;
    let rating = if rata >= SARAN_DI_ATAS {
        Rating::DiAtasEkspektasi
    } else if rata >= SARAN_SESUAI {
        Rating::SesuaiEkspektasi
    } else {
        Rating::DiBawahEkspektasi
    };
    Some(SaranRating {
        rating,
        rata_rata_capaian: rata,
        jumlah_iki: capaian.len(),
    })
}

/// The mean of capaian values, each capped at 120% (assumption `saran-rating`), rounded with
/// [`bulatkan`] to the two decimals it is shown with: three IKI at 90, 90 and 89,99 give
/// 89,99666…, shown and decided as 90. `None` without values.
pub fn rerata_capaian(capaian: &[f64]) -> Option<f64> {
    if capaian.is_empty() {
        return None;
    }
    let jumlah: f64 = capaian.iter().map(|c| c.min(BATAS_CAPAIAN_SARAN)).sum();
    Some(bulatkan(jumlah / capaian.len() as f64))
}

/// Suggests the rating hasil kerja of an SKP from the latest realisasi of the IKI of its
/// RHK utama (assumption `saran-rating`).
pub fn saran_rating_hasil_kerja(skp: &Skp) -> Option<SaranRating> {
    let capaian: Vec<f64> = skp
        .rhk
        .iter()
        .filter(|r| r.jenis == JenisRhk::Utama)
        .flat_map(|r| r.iki.iter())
        .filter_map(|iki| capaian_iki(iki, realisasi_terakhir(skp, &iki.id)?))
        .collect();
    saran_dari_capaian(&capaian)
}
