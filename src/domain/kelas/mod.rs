//! The class (or team) analysis: a LAN workshop trainer, or a leader holding the team's files,
//! imports many participants' SKP files and sees one table, the predikat distribution against
//! the SE MenPANRB 3/2023 pattern, gaps at three levels and the plan-check findings most
//! participants share. Everything is computed here from the rules; the screen only shows it.
//!
//! The order of the class is the order participants were first added ([`tambah`]); it gives
//! each row its [`BarisKelas::urutan`] and so its pseudonym on the projector ([`samaran`]).

mod anggota;
mod baris;
mod csv;
mod distribusi;
mod samaran;
mod temuan;
mod tingkat;
mod urut;

pub use anggota::{orang_sama, tambah, tambah_di, Anggota, Tambah};
pub use baris::{baris_kelas, tabel_kelas, BarisKelas, DasarPredikat};
pub use csv::{csv_kelas, KataKelasCsv};
pub use distribusi::{distribusi, Distribusi};
pub use samaran::{nama_tampil, nip_tampil, samaran, Samaran};
pub use temuan::{temuan_umum, TemuanUmum};
pub use tingkat::{kunci_nama, tiga_tingkat, GapPeserta, TigaTingkat};
pub use urut::{saring, urutkan, Kolom};
