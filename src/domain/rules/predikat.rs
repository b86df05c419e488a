//! Predikat kinerja pegawai from the two ratings.

use serde::{Deserialize, Serialize};

use crate::domain::assumptions::MATRIKS_PREDIKAT;
use crate::domain::model::{Penilai, RatingHasilKerja, RatingPerilakuKerja, RatingPeriode};

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

/// The predikat of a period or the year, and whose ratings it follows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PredikatBerlaku {
    /// The predikat.
    pub predikat: Predikat,
    /// The rating hasil kerja it comes from.
    pub hasil_kerja: RatingHasilKerja,
    /// The rating perilaku kerja it comes from.
    pub perilaku_kerja: RatingPerilakuKerja,
    /// Whose ratings they are.
    pub dari: Penilai,
}

/// The predikat follows the Pejabat Penilai Kinerja's two ratings when both are given (the
/// appraiser sets the predikat, PermenPANRB 6/2022 [S23]); until then the person's own two,
/// shown as a self-assessment. `None` when neither has both.
pub fn predikat_berlaku(rating: &RatingPeriode) -> Option<PredikatBerlaku> {
    [Penilai::PejabatPenilai, Penilai::Mandiri]
        .into_iter()
        .find_map(|dari| {
            let (hasil_kerja, perilaku_kerja) = rating.oleh(dari).pasangan()?;
            Some(PredikatBerlaku {
                predikat: predikat(hasil_kerja, perilaku_kerja),
                hasil_kerja,
                perilaku_kerja,
                dari,
            })
        })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::model::{Rating, RatingOleh};

    fn oleh(h: Option<Rating>, p: Option<Rating>) -> RatingOleh {
        RatingOleh {
            hasil_kerja: h,
            perilaku_kerja: p,
            ..RatingOleh::default()
        }
    }

    #[test]
    fn the_predikat_follows_the_appraiser_once_both_ratings_are_given_else_the_self_assessment() {
        use Rating::*;
        let mut r = RatingPeriode {
            mandiri: oleh(Some(DiAtasEkspektasi), Some(DiAtasEkspektasi)),
            pejabat_penilai: oleh(Some(SesuaiEkspektasi), None),
        };
        let b = predikat_berlaku(&r).unwrap();
        assert_eq!(
            (b.predikat, b.dari),
            (Predikat::SangatBaik, Penilai::Mandiri)
        );
        r.pejabat_penilai.perilaku_kerja = Some(SesuaiEkspektasi);
        let b = predikat_berlaku(&r).unwrap();
        assert_eq!(
            (b.predikat, b.dari),
            (Predikat::Baik, Penilai::PejabatPenilai)
        );
        // The self-assessment is still there beside it.
        assert_eq!(
            r.mandiri.pasangan(),
            Some((DiAtasEkspektasi, DiAtasEkspektasi))
        );
        assert_eq!(predikat_berlaku(&RatingPeriode::default()), None);
        let hanya_satu = RatingPeriode {
            mandiri: oleh(Some(DiBawahEkspektasi), None),
            ..RatingPeriode::default()
        };
        assert_eq!(predikat_berlaku(&hanya_satu), None);
    }
}
