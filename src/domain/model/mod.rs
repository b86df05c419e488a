//! The SKP model: one employee's performance plan for one period, with its periodic
//! evaluations, competency development and follow-up. Field names use the regulation's words.

mod baru;
mod bimbingan;
mod evaluasi;
mod hasil_kerja;
mod identitas;
mod latihan;
mod pengembangan;
mod perilaku;
mod persetujuan;
mod tanda_tangan;
mod tindak_lanjut;

pub use bimbingan::*;
pub use evaluasi::*;
pub use hasil_kerja::*;
pub use identitas::*;
pub use latihan::*;
pub use pengembangan::*;
pub use perilaku::*;
pub use persetujuan::*;
pub use tanda_tangan::*;
pub use tindak_lanjut::*;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// SKP (Sasaran Kinerja Pegawai): the plan and targets one ASN must reach in a period
/// (PP 30/2019 Ps 1; PermenPANRB 6/2022 Lampiran, SKP form).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Skp {
    /// Stable id of this SKP (used by leader references and the library).
    pub id: String,
    /// PNS or PPPK (PermenPANRB 6/2022 covers both).
    #[serde(default)]
    pub jenis_pegawai: JenisPegawai,
    /// JPT, JA or JF.
    pub jenis_jabatan: JenisJabatan,
    /// Whether the pegawai heads an organisation unit (always so for a JPT): the rating hasil
    /// kerja then follows the unit's capaian kinerja organisasi (SE MenPANRB 3/2023).
    #[serde(default)]
    pub memimpin_unit: bool,
    /// Kuantitatif or kualitatif approach (PermenPANRB 6/2022).
    #[serde(default)]
    pub pendekatan: Pendekatan,
    /// The SKP period (usually one calendar year).
    pub periode: Periode,
    /// How often the periodic evaluation is held (triwulanan by default).
    #[serde(default)]
    pub periode_evaluasi: JenisPeriodeEvaluasi,
    /// The agency (instansi).
    #[serde(default)]
    pub instansi: String,
    /// Pegawai yang dinilai.
    pub pegawai: Identitas,
    /// Pejabat Penilai Kinerja (direct superior).
    #[serde(default)]
    pub pejabat_penilai: Identitas,
    /// Atasan Pejabat Penilai Kinerja (decides a keberatan, PP 30/2019 Ps 59).
    #[serde(default)]
    pub atasan_pejabat_penilai: Option<Identitas>,
    /// Rencana Hasil Kerja, utama and tambahan.
    #[serde(default)]
    pub rhk: Vec<Rhk>,
    /// Ekspektasi khusus pimpinan per BerAKHLAK value.
    #[serde(default)]
    pub perilaku_kerja: Vec<EkspektasiPerilaku>,
    /// Lampiran SKP.
    #[serde(default)]
    pub lampiran: Lampiran,
    /// The periodic evaluations held so far.
    #[serde(default)]
    pub evaluasi: Vec<EvaluasiPeriodik>,
    /// The annual evaluation.
    #[serde(default)]
    pub penilaian_tahunan: PenilaianTahunan,
    /// Rencana pengembangan kompetensi.
    #[serde(default)]
    pub pengembangan_kompetensi: Vec<KegiatanPengembangan>,
    /// Tindak lanjut: rewards, consequences, keberatan.
    #[serde(default)]
    pub tindak_lanjut: TindakLanjut,
    /// The employee's reflection on what motivates them.
    #[serde(default)]
    pub motif: RefleksiMotif,
    /// Where and when each printed document is signed.
    #[serde(default)]
    pub penandatanganan: Vec<Penandatanganan>,
    /// Set on a practice SKP started from a workshop case pack (`None` on a real SKP, and then
    /// not written at all, so a real SKP's file is unchanged by the field).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub latihan: Option<TandaLatihan>,
    /// The Pejabat Penilai Kinerja's decision on the plan, once they made one (`None`, and then
    /// not written at all, before: the file stays in the version that held it before).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub persetujuan: Option<PersetujuanRencana>,
}

/// A date range, both ends inclusive.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Periode {
    /// First day.
    pub mulai: NaiveDate,
    /// Last day.
    pub selesai: NaiveDate,
}

/// PNS or PPPK.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum JenisPegawai {
    /// Pegawai Negeri Sipil.
    #[default]
    Pns,
    /// Pegawai Pemerintah dengan Perjanjian Kerja.
    Pppk,
}

/// Kind of post.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum JenisJabatan {
    /// Jabatan Pimpinan Tinggi (uses perspektif per RHK).
    Jpt,
    /// Jabatan Administrasi.
    Ja,
    /// Jabatan Fungsional (earns angka kredit).
    Jf,
}

/// SKP approach (PermenPANRB 6/2022).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Pendekatan {
    /// Measurable targets: value and unit.
    #[default]
    Kuantitatif,
    /// Expectations narrated as a description.
    Kualitatif,
}

/// How often the periodic evaluation (evaluasi kinerja periodik) is held.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum JenisPeriodeEvaluasi {
    /// Every month.
    Bulanan,
    /// Every quarter (the Lampiran examples are quarterly).
    #[default]
    Triwulanan,
    /// Every half year.
    Semesteran,
}

impl JenisPeriodeEvaluasi {
    /// Length of one evaluation period in months.
    pub fn bulan(self) -> u32 {
        match self {
            JenisPeriodeEvaluasi::Bulanan => 1,
            JenisPeriodeEvaluasi::Triwulanan => 3,
            JenisPeriodeEvaluasi::Semesteran => 6,
        }
    }
}

/// One free-text item with a stable id (lampiran entries, rewards, ...).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Butir {
    /// Stable id.
    pub id: String,
    /// The text.
    #[serde(default)]
    pub teks: String,
}

/// Lampiran SKP (PermenPANRB 6/2022 §2.2 b–d: sumber daya, skema pertanggungjawaban, konsekuensi).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Lampiran {
    /// Dukungan sumber daya (resources the leader provides).
    #[serde(default)]
    pub dukungan_sumber_daya: Vec<Butir>,
    /// Skema pertanggungjawaban (how and when results are reported).
    #[serde(default)]
    pub skema_pertanggungjawaban: Vec<Butir>,
    /// Konsekuensi of reaching or missing the expectations.
    #[serde(default)]
    pub konsekuensi: Vec<Butir>,
}
