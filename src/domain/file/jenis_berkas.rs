//! The kinds of files SKP Mandiri writes, each its own versioned format, so that each can be
//! refused with a clear message where another kind is expected (a case pack or a feedback slip
//! given to the ordinary import, an SKP given to the case-pack or the slip import).

use super::migrate::CURRENT_VERSION;
use super::{FORMAT_BACKUP, FORMAT_SKP};
use crate::domain::lembar::{FORMAT_LEMBAR, VERSI_LEMBAR};
use crate::domain::paket::{FORMAT_PAKET, VERSI_PAKET};

/// A kind of SKP Mandiri file, told by its `format`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum JenisBerkas {
    /// One SKP (`skp-mandiri/skp`).
    Skp,
    /// A backup of the whole library (`skp-mandiri/backup`).
    Cadangan,
    /// A workshop case pack (`skp-mandiri/paket-kasus`).
    PaketKasus,
    /// A leader's feedback slip for one SKP (`skp-mandiri/lembar-umpan-balik`).
    LembarUmpanBalik,
}

impl JenisBerkas {
    /// Every kind.
    pub const SEMUA: [JenisBerkas; 4] = [
        JenisBerkas::Skp,
        JenisBerkas::Cadangan,
        JenisBerkas::PaketKasus,
        JenisBerkas::LembarUmpanBalik,
    ];

    /// The `format` written in the envelope.
    pub fn format(self) -> &'static str {
        match self {
            JenisBerkas::Skp => FORMAT_SKP,
            JenisBerkas::Cadangan => FORMAT_BACKUP,
            JenisBerkas::PaketKasus => FORMAT_PAKET,
            JenisBerkas::LembarUmpanBalik => FORMAT_LEMBAR,
        }
    }

    /// The kind a `format` names, if it is one of this app's.
    pub fn dari_format(format: &str) -> Option<JenisBerkas> {
        JenisBerkas::SEMUA
            .into_iter()
            .find(|j| j.format() == format)
    }

    /// The newest version of this kind the app reads. An SKP and a backup share the SKP
    /// format's versions and are written in the lowest one their data needs
    /// ([`super::versi_skp`]); a case pack and a feedback slip have their own.
    pub fn versi(self) -> u32 {
        match self {
            JenisBerkas::Skp | JenisBerkas::Cadangan => CURRENT_VERSION,
            JenisBerkas::PaketKasus => VERSI_PAKET,
            JenisBerkas::LembarUmpanBalik => VERSI_LEMBAR,
        }
    }

    /// Whether the envelope may carry a read-only `summary`.
    pub(super) fn ada_ringkasan(self) -> bool {
        !matches!(
            self,
            JenisBerkas::PaketKasus | JenisBerkas::LembarUmpanBalik
        )
    }
}
