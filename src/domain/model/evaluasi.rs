//! Periodic and annual evaluation: realisasi with bukti dukung, umpan balik, ratings
//! (PermenPANRB 6/2022 Anak Lampiran 4, evaluation form).

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::bimbingan::CatatanBimbingan;
use super::perilaku::NilaiBerakhlak;

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
    /// The ratings of this period: the person's own and the Pejabat Penilai Kinerja's.
    #[serde(default)]
    pub rating: RatingPeriode,
    /// The unit's capaian kinerja organisasi for this period, as set by the leader above.
    #[serde(default)]
    pub kinerja_organisasi: KinerjaOrganisasi,
    /// The bimbingan kinerja sessions held in this period (Format B.1.8); left out of the file
    /// when there is none, so an SKP without them keeps the version it had.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub bimbingan: Vec<CatatanBimbingan>,
}

/// Who gives a rating: the person (penilaian mandiri, a self-assessment) or the Pejabat
/// Penilai Kinerja (the rating that counts).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Penilai {
    /// The person, assessing themself.
    Mandiri,
    /// The Pejabat Penilai Kinerja.
    PejabatPenilai,
}

impl Penilai {
    /// Both, the person's first.
    pub const SEMUA: [Penilai; 2] = [Penilai::Mandiri, Penilai::PejabatPenilai];
}

/// The two ratings one penilai gave, with who and when.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RatingOleh {
    /// Rating hasil kerja.
    #[serde(default)]
    pub hasil_kerja: Option<RatingHasilKerja>,
    /// Rating perilaku kerja.
    #[serde(default)]
    pub perilaku_kerja: Option<RatingPerilakuKerja>,
    /// Who gave them: the name the SKP held for them when they did.
    #[serde(default)]
    pub oleh: String,
    /// When they were last changed.
    #[serde(default)]
    pub tanggal: Option<NaiveDate>,
}

/// Which of the two ratings.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AspekRating {
    /// Rating hasil kerja.
    HasilKerja,
    /// Rating perilaku kerja.
    PerilakuKerja,
}

impl RatingOleh {
    /// The rating of one aspect.
    pub fn aspek(&self, aspek: AspekRating) -> Option<Rating> {
        match aspek {
            AspekRating::HasilKerja => self.hasil_kerja,
            AspekRating::PerilakuKerja => self.perilaku_kerja,
        }
    }

    /// The rating of one aspect, to change.
    pub fn aspek_mut(&mut self, aspek: AspekRating) -> &mut Option<Rating> {
        match aspek {
            AspekRating::HasilKerja => &mut self.hasil_kerja,
            AspekRating::PerilakuKerja => &mut self.perilaku_kerja,
        }
    }

    /// Both ratings, when both are given.
    pub fn pasangan(&self) -> Option<(RatingHasilKerja, RatingPerilakuKerja)> {
        self.hasil_kerja.zip(self.perilaku_kerja)
    }
}

/// The ratings of a period or the year. Both are kept: a self-assessment is not overwritten
/// when the Pejabat Penilai Kinerja rates.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RatingPeriode {
    /// The person's own.
    #[serde(default)]
    pub mandiri: RatingOleh,
    /// The Pejabat Penilai Kinerja's.
    #[serde(default)]
    pub pejabat_penilai: RatingOleh,
}

impl RatingPeriode {
    /// Whether any rating is given.
    pub fn ada(&self) -> bool {
        Penilai::SEMUA.into_iter().any(|p| {
            let r = self.oleh(p);
            r.hasil_kerja.is_some() || r.perilaku_kerja.is_some()
        })
    }

    /// The rating of one aspect that the official documents show: the Pejabat Penilai
    /// Kinerja's when given, else the person's own, with whose it is.
    pub fn berlaku(&self, aspek: AspekRating) -> Option<(Rating, Penilai)> {
        [Penilai::PejabatPenilai, Penilai::Mandiri]
            .into_iter()
            .find_map(|p| Some((self.oleh(p).aspek(aspek)?, p)))
    }

    /// The ratings `penilai` gave.
    pub fn oleh(&self, penilai: Penilai) -> &RatingOleh {
        match penilai {
            Penilai::Mandiri => &self.mandiri,
            Penilai::PejabatPenilai => &self.pejabat_penilai,
        }
    }

    /// The ratings `penilai` gave, to change.
    pub fn oleh_mut(&mut self, penilai: Penilai) -> &mut RatingOleh {
        match penilai {
            Penilai::Mandiri => &mut self.mandiri,
            Penilai::PejabatPenilai => &mut self.pejabat_penilai,
        }
    }
}

/// Capaian kinerja organisasi (SE MenPANRB 3/2023): the unit's level, set each period and
/// for the year by the leader one level up, which the evaluation form shows in its header.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PredikatOrganisasi {
    /// Istimewa.
    Istimewa,
    /// Baik.
    Baik,
    /// Butuh Perbaikan (Cukup).
    ButuhPerbaikan,
    /// Kurang.
    Kurang,
    /// Sangat Kurang.
    SangatKurang,
}

impl PredikatOrganisasi {
    /// The five, best first.
    pub const SEMUA: [PredikatOrganisasi; 5] = [
        PredikatOrganisasi::Istimewa,
        PredikatOrganisasi::Baik,
        PredikatOrganisasi::ButuhPerbaikan,
        PredikatOrganisasi::Kurang,
        PredikatOrganisasi::SangatKurang,
    ];
}

/// The unit's capaian kinerja organisasi in one period or the year.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct KinerjaOrganisasi {
    /// Its predikat.
    #[serde(default)]
    pub predikat: Option<PredikatOrganisasi>,
    /// The capaian in percent, when the unit states one.
    #[serde(default)]
    pub capaian: Option<f64>,
}

impl KinerjaOrganisasi {
    /// Whether anything is recorded.
    pub fn ada(&self) -> bool {
        self.predikat.is_some() || self.capaian.is_some()
    }
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

/// Evaluasi kinerja tahunan: the annual ratings (PermenPANRB 6/2022).
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PenilaianTahunan {
    /// The annual ratings: the person's own and the Pejabat Penilai Kinerja's.
    #[serde(default)]
    pub rating: RatingPeriode,
    /// The unit's annual capaian kinerja organisasi.
    #[serde(default)]
    pub kinerja_organisasi: KinerjaOrganisasi,
    /// The appraiser's notes.
    #[serde(default)]
    pub catatan: String,
}
