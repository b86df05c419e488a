//! The place and date a printed document is signed, kept per document and period so a print
//! shows again what the person chose (an evaluation of Triwulan II stays dated in July).

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// A printed document that is signed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum JenisDokumen {
    /// The SKP (the plan).
    Skp,
    /// The evaluation of a period or of the year.
    Evaluasi,
    /// The competency development plan.
    Pengembangan,
}

/// Where and when one document is signed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Penandatanganan {
    /// Which document.
    pub dokumen: JenisDokumen,
    /// The evaluation period (1-based) of an evaluation; `None` for the year and for the
    /// other documents.
    #[serde(default)]
    pub periode_ke: Option<u32>,
    /// The place, e.g. "Makassar".
    #[serde(default)]
    pub tempat: String,
    /// The date.
    #[serde(default)]
    pub tanggal: Option<NaiveDate>,
}
