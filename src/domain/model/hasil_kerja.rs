//! Hasil kerja: RHK (Rencana Hasil Kerja) and their IKI (Indikator Kinerja Individu).

use serde::{Deserialize, Serialize};

/// Rencana Hasil Kerja: one planned work result (PermenPANRB 6/2022 Lampiran, SKP form).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Rhk {
    /// Stable id.
    pub id: String,
    /// Utama or tambahan.
    #[serde(default)]
    pub jenis: JenisRhk,
    /// The result, worded as a result ("Tersusunnya ...", "Meningkatnya ...").
    #[serde(default)]
    pub rencana_hasil_kerja: String,
    /// The leader's RHK this one intervenes (cascading).
    #[serde(default)]
    pub rhk_pimpinan: RhkPimpinan,
    /// Perspektif, for JPT only.
    #[serde(default)]
    pub perspektif: Option<Perspektif>,
    /// The indicators of this result.
    #[serde(default)]
    pub iki: Vec<Iki>,
}

/// Kinerja utama or tambahan (PP 30/2019; PermenPANRB 6/2022 sections A and B).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum JenisRhk {
    /// Kinerja utama.
    #[default]
    Utama,
    /// Kinerja tambahan.
    Tambahan,
}

/// "Rencana Hasil Kerja Pimpinan yang Diintervensi": the leader's result this RHK supports.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RhkPimpinan {
    /// The leader's RHK as text.
    #[serde(default)]
    pub teks: String,
    /// Optional link into a leader SKP the user imported.
    #[serde(default)]
    pub rujukan: Option<RujukanRhk>,
}

/// A reference to one RHK in another SKP.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RujukanRhk {
    /// Id of the leader's SKP.
    pub skp_id: String,
    /// Id of the RHK in that SKP.
    pub rhk_id: String,
}

/// JPT perspektif (list SECONDARY, regulations.md §2.3 [S77][S24][S18]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Perspektif {
    /// Penerima Layanan (service recipients).
    PenerimaLayanan,
    /// Proses Bisnis (business process).
    ProsesBisnis,
    /// Penguatan Internal (internal strengthening).
    PenguatanInternal,
    /// Anggaran (budget).
    Anggaran,
}

/// Indikator Kinerja Individu: how success of an RHK is measured (PP 30/2019 Ps 1).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Iki {
    /// Stable id.
    pub id: String,
    /// Aspect measured.
    #[serde(default)]
    pub aspek: Aspek,
    /// The indicator text.
    #[serde(default)]
    pub indikator: String,
    /// The target; `None` while the plan is being drafted.
    #[serde(default)]
    pub target: Option<Target>,
    /// True when a smaller realisasi is better (e.g. days to finish).
    #[serde(default)]
    pub lebih_kecil_lebih_baik: bool,
}

/// Target aspect (kuantitas, kualitas, waktu in every form; biaya from PP 46/2011, see
/// assumption `aspek-biaya`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Aspek {
    /// Quantity.
    #[default]
    Kuantitas,
    /// Quality.
    Kualitas,
    /// Time.
    Waktu,
    /// Cost.
    Biaya,
}

/// A target: a value with a unit, a range, or (kualitatif) a description.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "jenis", rename_all = "snake_case", deny_unknown_fields)]
pub enum Target {
    /// A value and a unit, e.g. 3 Dokumen.
    Nilai {
        /// The value.
        nilai: f64,
        /// The unit (satuan), e.g. "Dokumen", "%", "Hari".
        satuan: String,
    },
    /// A range, e.g. 3–5 Hari.
    Rentang {
        /// Lower bound.
        min: f64,
        /// Upper bound.
        maks: f64,
        /// The unit.
        satuan: String,
    },
    /// A narrated expectation (kualitatif approach).
    Deskripsi {
        /// The description.
        deskripsi: String,
    },
}

impl Target {
    /// The unit of a numeric target.
    pub fn satuan(&self) -> Option<&str> {
        match self {
            Target::Nilai { satuan, .. } | Target::Rentang { satuan, .. } => Some(satuan),
            Target::Deskripsi { .. } => None,
        }
    }

    /// Whether a number form holds no number yet: a value of 0, or a range of 0 to 0, is what
    /// a fresh form holds, and is never a target (no capaian can be computed against it), so
    /// its fields show empty rather than a 0 that typing would extend to "04".
    pub fn angka_belum_diisi(&self) -> bool {
        matches!(
            self,
            Target::Nilai { nilai, .. } if *nilai == 0.0
        ) || matches!(self, Target::Rentang { min, maks, .. } if *min == 0.0 && *maks == 0.0)
    }

    /// Whether the target is a number or a range (measurable).
    pub fn terukur(&self) -> bool {
        !matches!(self, Target::Deskripsi { .. })
    }
}
