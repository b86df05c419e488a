//! What a preview of a slip says: how the slip fits the SKP, and each item it would add or
//! update or cannot take, in words the UI can show ([`super::pratinjau`]).

use crate::domain::model::{AspekRating, NilaiBerakhlak, Rating, StatusRencana};

/// How a slip fits an SKP.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kecocokan {
    /// The slip answers this SKP as it is now (the pegawai's own content is the one the leader
    /// saw).
    Sama,
    /// The slip answers this SKP, but the pegawai's content has changed since the leader saw
    /// it: some feedback may be about what is no longer there. It can still be taken.
    VersiBerubah,
    /// The slip answers another SKP: nothing of it is taken.
    SkpLain,
}

/// One thing a slip holds, as the preview names it.
#[derive(Debug, Clone, PartialEq)]
pub enum Butir {
    /// Umpan balik on an RHK in period `ke`.
    UmpanBalikRhk {
        /// The period.
        ke: u32,
        /// The RHK.
        rhk_id: String,
        /// The feedback.
        isi: String,
    },
    /// Umpan balik on a BerAKHLAK value in period `ke`.
    UmpanBalikPerilaku {
        /// The period.
        ke: u32,
        /// The value.
        nilai: NilaiBerakhlak,
        /// The feedback.
        isi: String,
    },
    /// A dialog kinerja note in period `ke`.
    Dialog {
        /// The period.
        ke: u32,
        /// The note.
        catatan: String,
    },
    /// One of the leader's ratings of period `Some(ke)` or the year; `None` as the rating: the
    /// leader took theirs back.
    Rating {
        /// The period, or the year.
        ke: Option<u32>,
        /// Which rating.
        aspek: AspekRating,
        /// The leader's rating.
        rating: Option<Rating>,
    },
    /// The appraiser's annual notes.
    CatatanTahunan {
        /// The notes.
        isi: String,
    },
    /// The decision on the plan.
    Persetujuan {
        /// Approved or returned.
        status: StatusRencana,
        /// The note on the whole plan.
        catatan: String,
    },
    /// The leader's note on one planned RHK.
    CatatanRencanaRhk {
        /// The RHK.
        rhk_id: String,
        /// The note.
        catatan: String,
    },
    /// A bimbingan kinerja session in period `ke`.
    Bimbingan {
        /// The period.
        ke: u32,
        /// Its topic.
        topik: String,
    },
}

/// Whether an item is new to the SKP or replaces one with the same id.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Arah {
    /// Not in the SKP yet: added.
    Baru,
    /// In the SKP with other content: updated to the slip's.
    Diperbarui,
}

/// What taking a slip into an SKP would do.
#[derive(Debug, Clone, PartialEq)]
pub struct Pratinjau {
    /// How the slip fits the SKP.
    pub kecocokan: Kecocokan,
    /// Exactly what [`super::terapkan`] changes, in the order of the SKP document (the plan, each
    /// period, the year). Empty for [`Kecocokan::SkpLain`], and when everything is there.
    pub butir: Vec<(Arah, Butir)>,
    /// What cannot be taken: items about an RHK the SKP no longer has or a period it does
    /// not have (or, in a list already as long as a file may hold, one more).
    pub tak_terpakai: Vec<Butir>,
}

impl Pratinjau {
    /// Whether taking the slip would change anything.
    pub fn ada_perubahan(&self) -> bool {
        !self.butir.is_empty()
    }
}
