//! Periodic and annual evaluation: realisasi with bukti dukung, umpan balik, ratings
//! (PermenPANRB 6/2022 Anak Lampiran 4, evaluation form).

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::perilaku::NilaiBerakhlak;
use crate::domain::lang::Lang;

/// Rating hasil kerja or rating perilaku kerja (PermenPANRB 6/2022).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Rating {
    /// Di Bawah Ekspektasi.
    DiBawahEkspektasi,
    /// Sesuai Ekspektasi.
    SesuaiEkspektasi,
    /// Di Atas Ekspektasi.
    DiAtasEkspektasi,
}

/// Rating of work results.
pub type RatingHasilKerja = Rating;
/// Rating of work behaviour.
pub type RatingPerilakuKerja = Rating;

impl Rating {
    /// The label.
    pub fn label(self, lang: Lang) -> &'static str {
        match self {
            Rating::DiBawahEkspektasi => lang.pick("Di Bawah Ekspektasi", "Below expectations"),
            Rating::SesuaiEkspektasi => lang.pick("Sesuai Ekspektasi", "Meets expectations"),
            Rating::DiAtasEkspektasi => lang.pick("Di Atas Ekspektasi", "Above expectations"),
        }
    }
}

/// The evaluation of one evaluation period (Triwulan I, Januari, ...).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EvaluasiPeriodik {
    /// Stable id.
    pub id: String,
    /// Which period, 1-based, as listed by [`crate::domain::rules::periode::periode_evaluasi`].
    pub periode_ke: u32,
    /// Realisasi per IKI.
    #[serde(default)]
    pub realisasi: Vec<Realisasi>,
    /// Umpan balik berkelanjutan per RHK.
    #[serde(default)]
    pub umpan_balik_rhk: Vec<UmpanBalikRhk>,
    /// Umpan balik per BerAKHLAK value.
    #[serde(default)]
    pub umpan_balik_perilaku: Vec<UmpanBalikPerilaku>,
    /// Notes of the dialog kinerja.
    #[serde(default)]
    pub dialog_kinerja: Vec<CatatanDialog>,
    /// Rating hasil kerja of this period.
    #[serde(default)]
    pub rating_hasil_kerja: Option<RatingHasilKerja>,
    /// Rating perilaku kerja of this period.
    #[serde(default)]
    pub rating_perilaku_kerja: Option<RatingPerilakuKerja>,
}

/// Realisasi of one IKI in one period: the state reached by the end of the period.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Realisasi {
    /// Stable id.
    pub id: String,
    /// The IKI this realisasi belongs to.
    pub iki_id: String,
    /// The measured value, in the IKI's unit.
    #[serde(default)]
    pub nilai: Option<f64>,
    /// What was achieved, in words ("Realisasi berdasarkan Bukti Dukung").
    #[serde(default)]
    pub uraian: String,
    /// Evidence.
    #[serde(default)]
    pub bukti_dukung: Vec<BuktiDukung>,
    /// Obstacles met (kendala).
    #[serde(default)]
    pub kendala: String,
}

/// Bukti dukung (evidence): a link or a description, with a date.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BuktiDukung {
    /// Stable id.
    pub id: String,
    /// A link (e.g. to a shared drive), may be empty.
    #[serde(default)]
    pub tautan: String,
    /// What the evidence is.
    #[serde(default)]
    pub keterangan: String,
    /// Date of the evidence.
    #[serde(default)]
    pub tanggal: Option<NaiveDate>,
}

/// Umpan balik berkelanjutan from the leader on one RHK.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct UmpanBalikRhk {
    /// Stable id.
    pub id: String,
    /// The RHK.
    pub rhk_id: String,
    /// When it was given.
    #[serde(default)]
    pub tanggal: Option<NaiveDate>,
    /// The feedback.
    #[serde(default)]
    pub isi: String,
}

/// Umpan balik from the leader on one BerAKHLAK value.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct UmpanBalikPerilaku {
    /// Stable id.
    pub id: String,
    /// The value.
    pub nilai: NilaiBerakhlak,
    /// When it was given.
    #[serde(default)]
    pub tanggal: Option<NaiveDate>,
    /// The feedback.
    #[serde(default)]
    pub isi: String,
}

/// A note of a dialog kinerja (performance conversation).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CatatanDialog {
    /// Stable id.
    pub id: String,
    /// When it took place.
    #[serde(default)]
    pub tanggal: Option<NaiveDate>,
    /// What was discussed and agreed.
    #[serde(default)]
    pub catatan: String,
}

/// Evaluasi kinerja tahunan: the appraiser's annual ratings (PermenPANRB 6/2022).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PenilaianTahunan {
    /// Annual rating hasil kerja.
    #[serde(default)]
    pub rating_hasil_kerja: Option<RatingHasilKerja>,
    /// Annual rating perilaku kerja.
    #[serde(default)]
    pub rating_perilaku_kerja: Option<RatingPerilakuKerja>,
    /// The appraiser's notes.
    #[serde(default)]
    pub catatan: String,
}
