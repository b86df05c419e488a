//! The storage keys of the library. All start with `skp-mandiri/`, so the app never touches
//! another page's data on the same origin.

/// The order of the SKPs and their export dates.
pub const INDEX: &str = "skp-mandiri/index";
/// Prefix of the key of each SKP.
pub const SKP: &str = "skp-mandiri/skp/";
/// Prefix of the snapshot history of each SKP.
pub const HISTORY: &str = "skp-mandiri/history/";
/// Prefix of stored data set aside because it could not be read.
pub const QUARANTINE: &str = "skp-mandiri/quarantine/";
/// Prefix of each case pack a participant opened.
pub const PAKET: &str = "skp-mandiri/paket/";
/// The SKP that was open last, reopened after a reload.
pub const OPEN: &str = "skp-mandiri/open";
/// The chosen interface language.
pub const LANGUAGE: &str = "skp-mandiri/lang";

pub fn skp(id: &str) -> String {
    format!("{SKP}{id}")
}

pub fn history(id: &str) -> String {
    format!("{HISTORY}{id}")
}

pub fn quarantine(number: u32) -> String {
    format!("{QUARANTINE}{number}")
}

pub fn paket(id: &str) -> String {
    format!("{PAKET}{id}")
}
