//! The suggested rating hasil kerja from capaian values (assumption `saran-rating`).

use serde::{Deserialize, Serialize};

use crate::domain::angka::bulatkan;
use crate::domain::model::{PredikatOrganisasi, Rating};

/// Upper bound of one IKI's capaian in the mean used for the suggestion.
pub const BATAS_CAPAIAN_SARAN: f64 = 120.0;
/// Mean capaian from which the suggestion is Di Atas Ekspektasi (assumption `saran-rating`).
pub const SARAN_DI_ATAS: f64 = 101.0;
/// Mean capaian from which the suggestion is Sesuai Ekspektasi (assumption `saran-rating`).
pub const SARAN_SESUAI: f64 = 90.0;

/// A suggested rating hasil kerja: never the rating itself, which is the appraiser's judgement.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SaranRating {
    /// The suggested rating.
    pub rating: Rating,
    /// What it rests on.
    pub dasar: DasarSaran,
}

impl SaranRating {
    /// The mean capaian it rests on, when it rests on capaian.
    pub fn rata_rata_capaian(&self) -> Option<f64> {
        match self.dasar {
            DasarSaran::Capaian { rata_rata, .. } => Some(rata_rata),
            DasarSaran::Organisasi(_) => None,
        }
    }
}

/// What a suggestion rests on.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DasarSaran {
    /// The mean capaian of the IKI of the RHK utama (assumption `saran-rating`).
    Capaian {
        /// Mean capaian (each IKI capped at 120), rounded as shown.
        rata_rata: f64,
        /// How many IKI had a capaian.
        jumlah_iki: usize,
    },
    /// The unit's capaian kinerja organisasi, for a unit head (assumption
    /// `rating-dari-organisasi`).
    Organisasi(PredikatOrganisasi),
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
        dasar: DasarSaran::Capaian {
            rata_rata: rata,
            jumlah_iki: capaian.len(),
        },
    })
}

/// A unit head's rating hasil kerja follows the unit's capaian kinerja organisasi (SE MenPANRB
/// 3/2023, regulations.md §2.6 [S31]). The five organisation levels meet three ratings as
/// assumption `rating-dari-organisasi` reads them: Istimewa above expectations, Baik meets,
/// Butuh Perbaikan, Kurang and Sangat Kurang below.
pub fn saran_dari_organisasi(predikat: PredikatOrganisasi) -> SaranRating {
    let rating = match predikat {
        PredikatOrganisasi::Istimewa => Rating::DiAtasEkspektasi,
        PredikatOrganisasi::Baik => Rating::SesuaiEkspektasi,
        PredikatOrganisasi::ButuhPerbaikan
        | PredikatOrganisasi::Kurang
        | PredikatOrganisasi::SangatKurang => Rating::DiBawahEkspektasi,
    };
    SaranRating {
        rating,
        dasar: DasarSaran::Organisasi(predikat),
    }
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
