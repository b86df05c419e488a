//! The keberatan deadline (PP 30/2019 Ps 59 [S10][S6]; assumption `keberatan-hari`).

use chrono::{Days, NaiveDate};

use crate::domain::assumptions::KEBERATAN_HARI;

/// Assumptions this module depends on.
pub const ASUMSI: &[&str] = &[KEBERATAN_HARI];

/// Days allowed for a keberatan after the result is received.
pub const HARI_KEBERATAN: u64 = 14;

/// Last day a keberatan may be submitted: day 1 is the day after receipt, calendar days,
/// so the deadline is `diterima + 14`. `None` only past the end of the calendar.
pub fn batas_keberatan(diterima: NaiveDate) -> Option<NaiveDate> {
    diterima.checked_add_days(Days::new(HARI_KEBERATAN))
}

/// Days left on `hari_ini` (0 on the last day, negative once it has passed).
pub fn sisa_hari(diterima: NaiveDate, hari_ini: NaiveDate) -> Option<i64> {
    Some((batas_keberatan(diterima)? - hari_ini).num_days())
}

/// Whether a keberatan submitted on `diajukan` is in time (not before receipt, not after the
/// deadline).
pub fn tepat_waktu(diterima: NaiveDate, diajukan: NaiveDate) -> bool {
    batas_keberatan(diterima).is_some_and(|batas| diajukan >= diterima && diajukan <= batas)
}
