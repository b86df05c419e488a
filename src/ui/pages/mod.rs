//! One component per page of the app.

mod bawahan;
mod cetak;
mod home;
mod kelas;
mod library;
mod not_found;
mod pelaksanaan;
mod pengembangan;
mod penilaian;
mod perencanaan;
mod ringkasan;
mod tindak_lanjut;

pub use bawahan::{BawahanPage, BawahanState};
pub use cetak::CetakPage;
pub use home::Home;
pub use kelas::{KelasPage, KelasState};
pub use library::{ImportFile, LibraryPage, NewSkp};
pub use not_found::NotFound;
pub use pelaksanaan::PelaksanaanPage;
pub use pengembangan::PengembanganPage;
pub use penilaian::PenilaianPage;
pub use perencanaan::PerencanaanPage;
pub use ringkasan::RingkasanPage;
pub use tindak_lanjut::TindakLanjutPage;
