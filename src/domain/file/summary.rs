//! The read-only summary written beside the data for other tools; ignored on import.

use serde::Serialize;

use crate::domain::model::{Rating, Skp};
use crate::domain::rules::capaian::CapaianSkp;
use crate::domain::rules::jp::{rekap_jp, RekapJp};
use crate::domain::rules::predikat::{predikat, Predikat};

/// Computed figures of one SKP.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Ringkasan {
    /// Latest realisasi and capaian per IKI.
    pub capaian_iki: Vec<CapaianIki>,
    /// Suggested annual rating hasil kerja (a suggestion only).
    pub saran_rating_hasil_kerja: Option<Rating>,
    /// Annual rating hasil kerja as set.
    pub rating_hasil_kerja: Option<Rating>,
    /// Annual rating perilaku kerja as set.
    pub rating_perilaku_kerja: Option<Rating>,
    /// Predikat from the two annual ratings.
    pub predikat: Option<Predikat>,
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
    Ringkasan {
        capaian_iki: capaian,
        saran_rating_hasil_kerja: semua.saran(None).map(|s| s.rating),
        rating_hasil_kerja: t.rating_hasil_kerja,
        rating_perilaku_kerja: t.rating_perilaku_kerja,
        predikat: t
            .rating_hasil_kerja
            .zip(t.rating_perilaku_kerja)
            .map(|(h, p)| predikat(h, p)),
        jp: rekap_jp(&skp.pengembangan_kompetensi),
    }
}

/// Summary of a backup.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RingkasanCadangan {
    /// Number of SKP in the backup.
    pub jumlah_skp: usize,
}
