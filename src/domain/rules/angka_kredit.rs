//! Angka kredit of functional posts from the predikat (PermenPANRB 1/2023; PerBKN 3/2023
//! [S66][S67]; assumption `angka-kredit`).

use crate::domain::assumptions::ANGKA_KREDIT;
use crate::domain::rules::predikat::Predikat;

/// Assumptions this module depends on.
pub const ASUMSI: &[&str] = &[ANGKA_KREDIT];

/// Annual coefficient of a JF Ahli Pertama (the slides' example [S66]).
pub const KOEFISIEN_AHLI_PERTAMA: f64 = 12.5;

/// Percentage of the annual coefficient per predikat: SB 150%, B 100%, BP 75%, K 50%, SK 25%.
pub fn persentase(predikat: Predikat) -> f64 {
    match predikat {
        Predikat::SangatBaik => 150.0,
        Predikat::Baik => 100.0,
        Predikat::ButuhPerbaikan => 75.0,
        Predikat::KurangMisconduct => 50.0,
        Predikat::SangatKurang => 25.0,
    }
}

/// Why an angka kredit cannot be computed.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum AngkaKreditError {
    /// Months outside 1–12.
    BulanTidakValid(u32),
    /// Coefficient negative or not a number.
    KoefisienTidakValid(f64),
}

/// Angka kredit = percentage of the predikat × annual coefficient × months / 12.
/// E.g. Sangat Baik, 12.5, 12 months → 18.75; Baik, 12.5, 2 months → 2.083.
pub fn angka_kredit(
    predikat: Predikat,
    koefisien_tahunan: f64,
    bulan: u32,
) -> Result<f64, AngkaKreditError> {
    if !(1..=12).contains(&bulan) {
        return Err(AngkaKreditError::BulanTidakValid(bulan));
    }
    if !koefisien_tahunan.is_finite() || koefisien_tahunan < 0.0 {
        return Err(AngkaKreditError::KoefisienTidakValid(koefisien_tahunan));
    }
    Ok(persentase(predikat) / 100.0 * koefisien_tahunan * f64::from(bulan) / 12.0)
}
