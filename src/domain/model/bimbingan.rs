//! Bimbingan kinerja (performance coaching or counselling) and the pegawai's answer to it:
//! PermenPANRB 6/2022 Lampiran, Format B.1.8 "Umpan Balik Pelaksanaan Bimbingan Kinerja".
//!
//! The Pejabat Penilai Kinerja records a session (when, coaching or counselling, the topic,
//! what was agreed); the pegawai answers the form's nine statements about how it went. The two
//! halves are written by two people in two copies of the SKP, so they are kept apart: the
//! leader's feedback slip carries the session without the answers, and taking a slip in never
//! touches the answers ([`crate::domain::lembar`]).

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::domain::assumptions::SKALA_BIMBINGAN;

/// One bimbingan kinerja session of an evaluation period.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CatatanBimbingan {
    /// Stable id, unique within its period (the leader's are unique across the SKP).
    pub id: String,
    /// When the session took place.
    #[serde(default)]
    pub tanggal: Option<NaiveDate>,
    /// Coaching or counselling.
    #[serde(default)]
    pub jenis: JenisBimbingan,
    /// What the session was about.
    #[serde(default)]
    pub topik: String,
    /// What was agreed: the next steps.
    #[serde(default)]
    pub hasil: String,
    /// The pegawai's answers to the statements of Format B.1.8, at most one per statement, in
    /// the form's order. Written by the pegawai only; left out of the file when there is none.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tanggapan: Vec<TanggapanBimbingan>,
}

/// The kind of session.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum JenisBimbingan {
    /// Coaching: helping the pegawai find their own way to the expected results.
    #[default]
    Coaching,
    /// Konseling: when something stands in the way of the pegawai's work.
    Konseling,
}

impl JenisBimbingan {
    /// Both, coaching first.
    pub const SEMUA: [JenisBimbingan; 2] = [JenisBimbingan::Coaching, JenisBimbingan::Konseling];
}

/// The nine statements of Format B.1.8, in the form's order (paraphrased here: the words shown
/// live in the text catalogue).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PernyataanBimbingan {
    /// I felt heard.
    MerasaDidengar,
    /// What I did was appreciated.
    TindakanDihargai,
    /// I felt free to say what I think.
    BebasBerpendapat,
    /// The leader's views were based on data.
    PandanganBerbasisData,
    /// The conversation was positive.
    SuasanaPositif,
    /// The leader asked more than they lectured.
    LebihBanyakBertanya,
    /// I was helped to find solutions myself.
    DibantuMenemukanSolusi,
    /// I know my next steps.
    TahuLangkahBerikutnya,
    /// I understood what the session was for.
    MemahamiTujuan,
}

impl PernyataanBimbingan {
    /// The nine, in the form's order.
    pub const SEMUA: [PernyataanBimbingan; 9] = [
        PernyataanBimbingan::MerasaDidengar,
        PernyataanBimbingan::TindakanDihargai,
        PernyataanBimbingan::BebasBerpendapat,
        PernyataanBimbingan::PandanganBerbasisData,
        PernyataanBimbingan::SuasanaPositif,
        PernyataanBimbingan::LebihBanyakBertanya,
        PernyataanBimbingan::DibantuMenemukanSolusi,
        PernyataanBimbingan::TahuLangkahBerikutnya,
        PernyataanBimbingan::MemahamiTujuan,
    ];
}

/// The pegawai's answer to one statement: how far they agree, [`TanggapanBimbingan::SKOR_MIN`]
/// (not at all) to [`TanggapanBimbingan::SKOR_MAKS`] (fully), assumption `skala-bimbingan`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TanggapanBimbingan {
    /// Which statement.
    pub pernyataan: PernyataanBimbingan,
    /// How far the pegawai agrees.
    pub skor: u8,
}

impl TanggapanBimbingan {
    /// The lowest score: does not agree at all.
    pub const SKOR_MIN: u8 = 1;
    /// The highest score: fully agrees.
    pub const SKOR_MAKS: u8 = 5;
    /// The assumption the scale rests on.
    pub const ASUMSI: &'static str = SKALA_BIMBINGAN;

    /// Whether `skor` lies on the scale.
    pub fn skor_sah(skor: u8) -> bool {
        (Self::SKOR_MIN..=Self::SKOR_MAKS).contains(&skor)
    }
}

impl CatatanBimbingan {
    /// The pegawai's score for one statement, if they gave one.
    pub fn skor(&self, pernyataan: PernyataanBimbingan) -> Option<u8> {
        self.tanggapan
            .iter()
            .find(|t| t.pernyataan == pernyataan)
            .map(|t| t.skor)
    }
}
