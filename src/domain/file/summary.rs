//! The read-only summary written beside the data for other tools; ignored on import.

use serde::Serialize;

use crate::domain::model::{Penilai, Rating, RatingPeriode, Skp};
use crate::domain::rules::capaian::{saran_hasil_kerja, CapaianSkp};
use crate::domain::rules::jp::{rekap_jp, RekapJp};
use crate::domain::rules::predikat::{predikat_berlaku, Predikat};

/// Computed figures of one SKP.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Ringkasan {
    /// Latest realisasi and capaian per IKI.
    pub capaian_iki: Vec<CapaianIki>,
    /// Suggested annual rating hasil kerja (a suggestion only).
    pub saran_rating_hasil_kerja: Option<Rating>,
    /// The annual ratings: the person's own and the Pejabat Penilai Kinerja's.
    pub rating: RatingPeriode,
    /// Predikat from the two annual ratings it follows (see `predikat_dari`).
    pub predikat: Option<Predikat>,
    /// Whose ratings the predikat follows: the appraiser's once both are given, else the
    /// person's own.
    pub predikat_dari: Option<Penilai>,
    /// JP per calendar year.
    pub jp: Vec<RekapJp>,
}

/// Capaian of one IKI.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CapaianIki {
    /// RHK id.
    pub rhk_id: String,
    /// IKI id.
    pub iki_id: String,
    /// Latest realisasi value.
    pub realisasi: Option<f64>,
    /// Capaian in percent.
    pub capaian: Option<f64>,
}

/// Computes the summary of an SKP.
pub fn ringkasan(skp: &Skp) -> Ringkasan {
    let semua = CapaianSkp::of(skp);
    let capaian = semua
        .iki
        .iter()
        .map(|c| CapaianIki {
            rhk_id: c.rhk_id.clone(),
            iki_id: c.iki_id.clone(),
            realisasi: c.tahun.realisasi,
            capaian: c.tahun.capaian,
        })
        .collect();
    let t = &skp.penilaian_tahunan;
    let berlaku = predikat_berlaku(&t.rating);
    Ringkasan {
        capaian_iki: capaian,
        saran_rating_hasil_kerja: saran_hasil_kerja(skp, &semua, None).map(|s| s.rating),
        rating: t.rating.clone(),
        predikat: berlaku.map(|b| b.predikat),
        predikat_dari: berlaku.map(|b| b.dari),
        jp: rekap_jp(&skp.pengembangan_kompetensi),
    }
}

/// Summary of a backup.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RingkasanCadangan {
    /// Number of SKP in the backup.
    pub jumlah_skp: usize,
}
