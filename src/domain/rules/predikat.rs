//! Predikat kinerja pegawai from the two ratings.

use serde::{Deserialize, Serialize};

use crate::domain::assumptions::MATRIKS_PREDIKAT;
use crate::domain::lang::Lang;
use crate::domain::model::{RatingHasilKerja, RatingPerilakuKerja};

/// The assumptions [`predikat`] depends on, for the UI to show beside the result.
pub const ASUMSI: &[&str] = &[MATRIKS_PREDIKAT];

/// Predikat kinerja pegawai (PermenPANRB 6/2022).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Predikat {
    /// Sangat Kurang.
    SangatKurang,
    /// Kurang / Misconduct.
    KurangMisconduct,
    /// Butuh Perbaikan.
    ButuhPerbaikan,
    /// Baik.
    Baik,
    /// Sangat Baik.
    SangatBaik,
}

impl Predikat {
    /// All five, from best to worst.
    pub const SEMUA: [Predikat; 5] = [
        Predikat::SangatBaik,
        Predikat::Baik,
        Predikat::ButuhPerbaikan,
        Predikat::KurangMisconduct,
        Predikat::SangatKurang,
    ];

    /// The label.
    pub fn label(self, lang: Lang) -> &'static str {
        match self {
            Predikat::SangatBaik => lang.pick("Sangat Baik", "Very good"),
            Predikat::Baik => lang.pick("Baik", "Good"),
            Predikat::ButuhPerbaikan => lang.pick("Butuh Perbaikan", "Needs improvement"),
            Predikat::KurangMisconduct => lang.pick("Kurang/Misconduct", "Poor/Misconduct"),
            Predikat::SangatKurang => lang.pick("Sangat Kurang", "Very poor"),
        }
    }
}

/// PermenPANRB 6/2022 Lampiran: predikat matrix, rating hasil kerja × rating perilaku kerja
/// (regulations.md §2.6 [S32][S33][S24]; assumption `matriks-predikat`).
///
/// Sangat Baik only when both are above expectations; Baik when results meet or exceed and
/// behaviour meets or exceeds (other than both above); Butuh Perbaikan when results are below
/// and behaviour is not; Kurang/Misconduct when behaviour is below and results are not;
/// Sangat Kurang when both are below.
pub fn predikat(hasil_kerja: RatingHasilKerja, perilaku_kerja: RatingPerilakuKerja) -> Predikat {
    use crate::domain::model::Rating::*;
    match (hasil_kerja, perilaku_kerja) {
        (DiAtasEkspektasi, DiAtasEkspektasi) => Predikat::SangatBaik,
        (DiAtasEkspektasi | SesuaiEkspektasi, SesuaiEkspektasi | DiAtasEkspektasi) => {
            Predikat::Baik
        }
        (DiBawahEkspektasi, SesuaiEkspektasi | DiAtasEkspektasi) => Predikat::ButuhPerbaikan,
        (DiAtasEkspektasi | SesuaiEkspektasi, DiBawahEkspektasi) => Predikat::KurangMisconduct,
        (DiBawahEkspektasi, DiBawahEkspektasi) => Predikat::SangatKurang,
    }
}
