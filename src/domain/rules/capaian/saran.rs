//! The suggested rating hasil kerja from capaian values (assumption `saran-rating`).

use serde::{Deserialize, Serialize};

use crate::domain::angka::bulatkan;
use crate::domain::lang::Lang;
use crate::domain::model::Rating;

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
        let rata = crate::domain::angka::fmt_angka(self.rata_rata_capaian, lang);
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
