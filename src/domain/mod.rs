//! The pure domain of SKP Mandiri: the SKP model, the rules of PP 30/2019 and
//! PermenPANRB 6/2022, and the versioned file format.
//!
//! Nothing here calls the browser, the clock or a random generator: dates and
//! timestamps are passed in by the caller, ids come from [`id::make_id`].

pub mod angka;
pub mod assumptions;
pub mod banding;
pub mod contoh;
pub mod csv;
pub mod ekinerja;
pub mod file;
pub mod gabung;
pub mod id;
pub mod kelas;
pub mod lang;
pub mod lembar;
pub mod model;
pub mod operasi;
pub mod paket;
pub mod penilaian;
pub mod rules;
pub mod struktur;

pub use assumptions::{assumptions, Assumption};
pub use file::{
    check_size, export_backup, export_skp, export_skp_compact, import, FileError, Imported,
    MAX_FILE_BYTES,
};
pub use lang::Lang;
pub use model::*;
