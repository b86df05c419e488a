//! The rules, one small module each, every one citing its source.
pub mod angka_kredit;
pub mod capaian;
pub mod distribusi;
pub mod gap;
pub mod jp;
pub mod kalender;
pub mod keberatan;
pub mod legacy;
pub mod nip;
pub mod periksa;
pub mod periode;
pub mod pimpinan;
pub mod predikat;
pub mod tahun;
pub mod tautan;
pub mod terbawa;
pub mod tunjangan;
