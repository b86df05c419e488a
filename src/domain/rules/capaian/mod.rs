//! Capaian: the formula, the period target, the one engine every page and rule reads, and
//! the suggested rating hasil kerja drawn from it.

mod mesin;
mod rumus;
mod saran;

pub use mesin::{Capaian, CapaianIki, CapaianSkp};
pub use rumus::{capaian, capaian_iki, target_periode};
pub use saran::{
    rerata_capaian, saran_dari_capaian, saran_dari_organisasi, DasarSaran, SaranRating,
    BATAS_CAPAIAN_SARAN, SARAN_DI_ATAS, SARAN_SESUAI,
};

use crate::domain::assumptions::{
    CAPAIAN_DIBULATKAN, CAPAIAN_MINIMUM_NOL, CAPAIAN_RENTANG, GAP_PRO_RATA, RATING_DARI_ORGANISASI,
    SARAN_RATING,
};
use crate::domain::model::Skp;

/// Assumptions the capaian and the suggestion depend on.
pub const ASUMSI: &[&str] = &[
    SARAN_RATING,
    GAP_PRO_RATA,
    CAPAIAN_RENTANG,
    CAPAIAN_MINIMUM_NOL,
    CAPAIAN_DIBULATKAN,
    RATING_DARI_ORGANISASI,
];

/// The suggested rating hasil kerja of the period `Some(ke)` or the year: for a unit head
/// whose unit's capaian kinerja organisasi is recorded, from it (the rule for unit heads);
/// otherwise from the capaian of the RHK utama (see [`CapaianSkp::saran`]).
pub fn saran_hasil_kerja(
    skp: &Skp,
    mesin: &CapaianSkp,
    periode: Option<u32>,
) -> Option<SaranRating> {
    let organisasi = skp
        .kinerja_organisasi(periode)
        .and_then(|k| k.predikat)
        .filter(|_| skp.kepala_unit());
    match organisasi {
        Some(p) => Some(saran_dari_organisasi(p)),
        None => mesin.saran(periode),
    }
}

/// The suggested rating hasil kerja of the year (see [`saran_hasil_kerja`]).
pub fn saran_rating_hasil_kerja(skp: &Skp) -> Option<SaranRating> {
    saran_hasil_kerja(skp, &CapaianSkp::of(skp), None)
}
