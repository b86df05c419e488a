//! The legacy numeric method of PP 30/2019 with the PermenPANRB 8/2021 formulas. Kept as
//! a reference: since PermenPANRB 6/2022 the predikat is set with the rating matrix.

use serde::{Deserialize, Serialize};

use crate::domain::angka::bulatkan;
use crate::domain::assumptions::{
    CAPAIAN_DIBULATKAN, CAPAIAN_MINIMUM_NOL, CAPAIAN_RENTANG, PP30_BOBOT_RHK, PP30_KURANG,
    PP30_SB_BAIK, PP30_TAMBAHAN,
};
use crate::domain::model::Skp;
use crate::domain::rules::capaian::CapaianSkp;

/// Assumptions this module depends on.
pub const ASUMSI: &[&str] = &[
    PP30_SB_BAIK,
    PP30_BOBOT_RHK,
    PP30_KURANG,
    PP30_TAMBAHAN,
    CAPAIAN_RENTANG,
    CAPAIAN_MINIMUM_NOL,
    CAPAIAN_DIBULATKAN,
];

/// Highest score (PP 30/2019 Ps 41(5) [S1][S16]).
pub const NILAI_MAKS: f64 = 120.0;
/// Cap of the kinerja tambahan total (PermenPANRB 8/2021 p.95–96 [S19]).
pub const BATAS_KINERJA_TAMBAHAN: f64 = 10.0;
/// Nilai of a capaian of exactly 100% (PermenPANRB 8/2021 Lampiran example [S18]).
pub const NILAI_CAPAIAN_100: f64 = 109.0;

/// Nilai capaian IKI from a capaian in percent (PermenPANRB 8/2021 p.93 [S16]):
///
/// - above 110% → 120, and 100% or more on a target that is already the maximum → 120;
/// - 101%–110% Sangat Baik → `110 + (120 − 110)/(110 − 101) × (capaian − 101)` (assumption
///   `pp30-sb-baik`, same linear shape as the verified bands);
/// - 100% up to 101% Baik → 109 (Lampiran example; assumption `pp30-sb-baik`);
/// - 80%–<100% Cukup → `70 + (89 − 70)/(99 − 80) × (capaian − 80)`;
/// - 60%–<80% Kurang → `50 + (69 − 50)/(79 − 60) × (capaian − 60)`;
/// - below 60% Sangat Kurang → `capaian / 59 × 49` (never below 0).
///
/// The capaian is expected as [`crate::domain::rules::capaian::capaian`] gives it, rounded to
/// the two decimals shown, so 59,999…% from 4,2 days against 3 arrives as 60 and scores 50.
pub fn nilai_capaian_iki(capaian: f64, target_sudah_maksimal: bool) -> f64 {
    if capaian > 110.0 || (target_sudah_maksimal && capaian >= 100.0) {
        NILAI_MAKS
    } else if capaian >= 101.0 {
        110.0 + (120.0 - 110.0) / (110.0 - 101.0) * (capaian - 101.0)
    } else if capaian >= 100.0 {
        NILAI_CAPAIAN_100
    } else if capaian >= 80.0 {
        // (89 − 70) / (99 − 80) = 1
        70.0 + (capaian - 80.0)
    } else if capaian >= 60.0 {
        // (69 − 50) / (79 − 60) = 1
        50.0 + (capaian - 60.0)
    } else {
        (capaian / 59.0 * 49.0).max(0.0)
    }
}

/// Nilai SKP = nilai kinerja utama (already weighted) + nilai kinerja tambahan, the latter
/// capped at 10, the total at 120 (PermenPANRB 8/2021 p.95–96 [S19]; Lampiran example
/// 59.2 + 43.6 + 0 = 102.8 [S18]).
pub fn nilai_skp(komponen_kinerja_utama: &[f64], nilai_kinerja_tambahan: f64) -> f64 {
    let utama: f64 = komponen_kinerja_utama.iter().sum();
    let tambahan = nilai_kinerja_tambahan.clamp(0.0, BATAS_KINERJA_TAMBAHAN);
    (utama + tambahan).min(NILAI_MAKS)
}

/// The legacy scores of an SKP in a period (`Some(ke)`) or the year (`None`).
#[derive(Debug, Clone, PartialEq)]
pub struct NilaiSkpPp30 {
    /// Nilai capaian of each IKI utama that has a capaian: (IKI id, indicator, score).
    pub nilai_iki: Vec<(String, String, f64)>,
    /// Nilai SKP (kinerja utama + tambahan).
    pub nilai_skp: f64,
}

/// Nilai SKP by the legacy method from the capaian rows of the period or the year
/// (assumption `pp30-bobot-rhk`: per RHK utama the mean of its IKI scores, every RHK utama
/// the same weight, no target treated as already maximal). `None` without any capaian.
pub fn nilai_skp_dari(
    skp: &Skp,
    periode: Option<u32>,
    nilai_kinerja_tambahan: f64,
) -> Option<NilaiSkpPp30> {
    let semua = CapaianSkp::of(skp);
    let utama = || semua.pada(periode).filter(|(i, _)| i.utama);
    let nilai_iki: Vec<(String, String, f64)> = utama()
        .filter_map(|(i, c)| {
            let indikator = skp.iki(&i.iki_id).map(|x| x.indikator.clone());
            Some((
                i.iki_id.clone(),
                indikator.unwrap_or_default(),
                nilai_capaian_iki(c.capaian?, false),
            ))
        })
        .collect();
    let per_rhk: Vec<f64> = skp
        .rhk
        .iter()
        .filter_map(|r| {
            let nilai: Vec<f64> = utama()
                .filter(|(i, _)| i.rhk_id == r.id)
                .filter_map(|(_, c)| c.capaian)
                .map(|c| nilai_capaian_iki(c, false))
                .collect();
            (!nilai.is_empty()).then(|| nilai.iter().sum::<f64>() / nilai.len() as f64)
        })
        .collect();
    if per_rhk.is_empty() {
        return None;
    }
    let komponen: Vec<f64> = per_rhk.iter().map(|n| n / per_rhk.len() as f64).collect();
    Some(NilaiSkpPp30 {
        nilai_iki,
        nilai_skp: nilai_skp(&komponen, nilai_kinerja_tambahan),
    })
}

/// The weights of PP 30/2019 Ps 41(2)–(4) [S1].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Bobot {
    /// 70% SKP + 30% perilaku: behaviour rated by the superior only.
    AtasanSaja,
    /// 60% SKP + 40% perilaku: peers and direct subordinates also rate behaviour.
    DenganRekanDanBawahan,
}

impl Bobot {
    /// (SKP share, perilaku share).
    pub fn porsi(self) -> (f64, f64) {
        match self {
            Bobot::AtasanSaja => (0.7, 0.3),
            Bobot::DenganRekanDanBawahan => (0.6, 0.4),
        }
    }
}

/// Nilai kinerja = weighted nilai SKP + nilai perilaku kerja, capped at 120
/// (PP 30/2019 Ps 41(1)–(4) [S1]).
pub fn nilai_kinerja(nilai_skp: f64, nilai_perilaku: f64, bobot: Bobot) -> f64 {
    let (skp, perilaku) = bobot.porsi();
    (nilai_skp * skp + nilai_perilaku * perilaku).min(NILAI_MAKS)
}

/// Predikat of PP 30/2019 Ps 41(5).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PredikatPp30 {
    /// 110–120 with an innovation.
    SangatBaik,
    /// 90–120.
    Baik,
    /// 70–<90.
    Cukup,
    /// 50–<70 (assumption `pp30-kurang`).
    Kurang,
    /// < 50 (assumption `pp30-kurang`).
    SangatKurang,
}

impl PredikatPp30 {}

/// PP 30/2019 Ps 41(5) [S1][S3]: Sangat Baik needs 110 ≤ x ≤ 120 **and** a new idea or way
/// that improves performance for the organisation or state; otherwise Baik from 90.
/// Scores above 120 are treated as 120. The bands decide on the score rounded to the two
/// decimals it is shown with (assumption `capaian-dibulatkan`): 60% × 97,1 + 40% × 79,35 is
/// 89,999…99 in floating point, shown as 90 and so Baik.
pub fn predikat_pp30(nilai: f64, ada_inovasi: bool) -> PredikatPp30 {
    let x = bulatkan(nilai.min(NILAI_MAKS));
    if x >= 110.0 && ada_inovasi {
        PredikatPp30::SangatBaik
    } else if x >= 90.0 {
        PredikatPp30::Baik
    } else if x >= 70.0 {
        PredikatPp30::Cukup
    } else if x >= 50.0 {
        PredikatPp30::Kurang
    } else {
        PredikatPp30::SangatKurang
    }
}
