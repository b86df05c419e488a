//! The capaian formula and the period target it is compared with.

use crate::domain::angka::bulatkan;
use crate::domain::model::{Aspek, Iki, Target};

/// Capaian IKI in percent (PermenPANRB 8/2021 p.91 and p.100, regulations.md §1.5 [S15][S17]).
///
/// - normal: `realisasi / target × 100`;
/// - lower is better: `(1 + (1 − realisasi / target)) × 100`, never below 0;
/// - range: the upper bound is the target when realisasi exceeds it, the lower bound when it
///   falls short; inside the range the capaian is 100.
///
/// `None` when the target is a description or the reference target is 0 (no ratio exists).
///
/// The result is rounded once, with [`bulatkan`], to the two decimals shown (assumption
/// `capaian-dibulatkan`), so every band edge is decided on the value the person sees: 3 days
/// met in 4,2 days is 60% (not 59,999…%), 8,1 of 9 is 90%. A value inside a range counts as
/// 100% (assumption `capaian-rentang`) and lower-is-better stops at 0 (assumption
/// `capaian-minimum-nol`).
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

/// Capaian of one IKI's realisasi value against its full (yearly) target.
pub fn capaian_iki(iki: &Iki, realisasi: f64) -> Option<f64> {
    capaian(iki.target.as_ref()?, realisasi, iki.lebih_kecil_lebih_baik)
}

/// The target to compare with in period `ke` of `jumlah` (assumption `gap-pro-rata`):
/// pro-rated for numeric quantity IKI where higher is better, the full target otherwise.
pub fn target_periode(iki: &Iki, ke: u32, jumlah: u32) -> Option<Target> {
    let target = iki.target.clone()?;
    if iki.aspek != Aspek::Kuantitas || iki.lebih_kecil_lebih_baik || jumlah == 0 {
        return Some(target);
    }
    let f = f64::from(ke.min(jumlah)) / f64::from(jumlah);
    Some(match target {
        Target::Nilai { nilai, satuan } => Target::Nilai {
            nilai: nilai * f,
            satuan,
        },
        Target::Rentang { min, maks, satuan } => Target::Rentang {
            min: min * f,
            maks: maks * f,
            satuan,
        },
        d @ Target::Deskripsi { .. } => d,
    })
}
