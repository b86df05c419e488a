//! Who the SKP belongs to and who appraises it.

use serde::{Deserialize, Serialize};

/// Identity block of the SKP form (PermenPANRB 6/2022 Lampiran, SKP header).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Identitas {
    /// Full name with titles.
    #[serde(default)]
    pub nama: String,
    /// NIP (18 digits); see [`crate::domain::rules::nip`].
    #[serde(default)]
    pub nip: String,
    /// Pangkat / golongan ruang, e.g. "Penata Muda Tk. I (III/b)".
    #[serde(default)]
    pub pangkat_golongan: String,
    /// Jabatan, e.g. "Analis Kebijakan Ahli Pertama".
    #[serde(default)]
    pub jabatan: String,
    /// Unit kerja.
    #[serde(default)]
    pub unit_kerja: String,
}
