//! Capaian: the formula, the period target, the one engine every page and rule reads, and
//! the suggested rating hasil kerja drawn from it.

mod mesin;
mod rumus;
mod saran;

pub use mesin::{Capaian, CapaianIki, CapaianSkp};
pub use rumus::{capaian, capaian_iki, target_periode};
pub use saran::{
    rerata_capaian, saran_dari_capaian, SaranRating, BATAS_CAPAIAN_SARAN, SARAN_DI_ATAS,
    SARAN_SESUAI,
};

use crate::domain::assumptions::{
    CAPAIAN_DIBULATKAN, CAPAIAN_MINIMUM_NOL, CAPAIAN_RENTANG, GAP_PRO_RATA, SARAN_RATING,
};
use crate::domain::model::Skp;

/// Assumptions the capaian and the suggestion depend on.
pub const ASUMSI: &[&str] = &[
    SARAN_RATING,
    GAP_PRO_RATA,
    CAPAIAN_RENTANG,
    CAPAIAN_MINIMUM_NOL,
    CAPAIAN_DIBULATKAN,
];

/// The suggested rating hasil kerja of the year (see [`CapaianSkp::saran`]).
pub fn saran_rating_hasil_kerja(skp: &Skp) -> Option<SaranRating> {
    CapaianSkp::of(skp).saran(None)
}
