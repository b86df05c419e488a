//! The leader's decision on the plan (persetujuan rencana SKP): the Pejabat Penilai Kinerja
//! approves the planned RHK or returns them for revision, with a note on the whole and a note
//! per RHK (PermenPANRB 6/2022: the SKP is agreed in a dialog between the pegawai and the
//! Pejabat Penilai Kinerja before it is set).

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// The leader's decision on the plan, with who and when. A plan without a decision has none
/// (`Skp::persetujuan` is `None`, and the field is not written at all).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PersetujuanRencana {
    /// Approved, or returned for revision.
    pub status: StatusRencana,
    /// When the decision was last changed.
    #[serde(default)]
    pub tanggal: Option<NaiveDate>,
    /// Who decided: the name the SKP held for the Pejabat Penilai Kinerja then.
    #[serde(default)]
    pub oleh: String,
    /// The note on the plan as a whole.
    #[serde(default)]
    pub catatan: String,
    /// Notes on single RHK, at most one per RHK; an RHK without a note has none here.
    #[serde(default)]
    pub catatan_rhk: Vec<CatatanRencanaRhk>,
}

/// What the leader decided on the plan.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum StatusRencana {
    /// Disetujui: the plan is agreed as it stands.
    Disetujui,
    /// Dikembalikan: returned to the pegawai to revise (the notes say what).
    Dikembalikan,
}

impl StatusRencana {
    /// Both, approval first.
    pub const SEMUA: [StatusRencana; 2] = [StatusRencana::Disetujui, StatusRencana::Dikembalikan];
}

/// The leader's note on one planned RHK.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CatatanRencanaRhk {
    /// The RHK.
    pub rhk_id: String,
    /// The note.
    #[serde(default)]
    pub catatan: String,
}

impl PersetujuanRencana {
    /// The note on RHK `rhk_id`, if the leader wrote one.
    pub fn catatan_untuk(&self, rhk_id: &str) -> Option<&str> {
        self.catatan_rhk
            .iter()
            .find(|c| c.rhk_id == rhk_id)
            .map(|c| c.catatan.as_str())
    }
}
