//! The mark of a practice SKP (SKP latihan): one started from a workshop case pack, so that it
//! is never taken for a real SKP.

use serde::{Deserialize, Serialize};

use super::Skp;

/// Which case pack (paket kasus) a practice SKP started from. A real SKP has none; its file
/// stays as it was (the field is left out, not written as `null`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TandaLatihan {
    /// Id of the case pack: a participant's file handed back names the pack it answers.
    pub paket_id: String,
    /// The pack's title when the practice started, to show without the pack at hand.
    #[serde(default)]
    pub judul: String,
}

impl Skp {
    /// Whether this is a practice SKP from a workshop case pack.
    pub fn adalah_latihan(&self) -> bool {
        self.latihan.is_some()
    }
}
