//! Every change the app makes to the structure of an SKP, as a named operation that keeps it
//! valid: what the app writes, the app reads (`import(export_skp(skp))` accepts every state
//! these operations leave, which `tests/domain_ops_prop.rs` checks over random sequences).
//!
//! - A delete takes its dependants with it and can say beforehand what they are ([`Dampak`]).
//! - Undo is the caller's copy of the whole SKP from before, so no operation needs an inverse.
//! - A refused operation (an unknown id, a period the SKP does not have, a full list) changes
//!   nothing and says so by its return value; none panics.
//!
//! Plain text and number fields are set directly by the caller: they cannot make an SKP
//! invalid, so they have no operation here.

mod bagian;
mod gabung;
mod ganti_periode;
mod hapus;
mod pelaksanaan;
mod penilaian;
mod perbaiki;
mod rencana;
mod tanda_tangan;
mod target;
mod tindak_lanjut;
mod tinjauan;

pub use crate::domain::model::AspekRating;
pub use bagian::{ubah_identitas, ubah_iki, ubah_realisasi, ubah_rhk, Bagian, Tersentuh};
pub use gabung::RealisasiTertimpa;
pub use ganti_periode::{
    ganti_periode, rencana_ganti_periode, AlasanTidakTerpetakan, IsiEvaluasi, PemetaanAksi,
    PemetaanEvaluasi, RatingDilepas, RencanaGantiPeriode, RencanaUsang, Tujuan,
};
pub use hapus::{dampak_hapus_iki, dampak_hapus_rhk, hapus_iki, hapus_rhk, Dampak};
pub use pelaksanaan::{
    hapus_bukti, hapus_realisasi, isi_realisasi, realisasi_mut, tambah_bukti,
    tambah_umpan_balik_rhk,
};
pub use penilaian::{evaluasi_mut, set_kinerja_organisasi, set_rating};
pub use perbaiki::{perbaiki, Perbaikan};
pub use rencana::{pindah_iki, pindah_rhk, tambah_iki, tambah_rhk, Arah};
pub use tanda_tangan::{atur_penandatanganan, penandatanganan, tanggal_bawaan};
pub use target::{ubah_bentuk, ubah_bentuk_menghilangkan, BentukTarget};
pub use tindak_lanjut::{hapus_kegiatan, tambah_kegiatan, tambah_rencana_aksi, tautkan_kegiatan};
pub use tinjauan::{
    atur_catatan_rencana_rhk, atur_catatan_tahunan, atur_persetujuan, ditulis_pimpinan,
    hapus_tulisan_pimpinan, tambah_bimbingan, tambah_dialog_pimpinan,
    tambah_umpan_balik_pimpinan_perilaku, tambah_umpan_balik_pimpinan_rhk, tanggapi_bimbingan,
    ubah_bimbingan, ubah_tulisan_pimpinan, PREFIX_BIMBINGAN, PREFIX_DIALOG,
    PREFIX_UMPAN_BALIK_PERILAKU, PREFIX_UMPAN_BALIK_RHK,
};

use crate::domain::assumptions::{GAP_PRO_RATA, PERIODE_KALENDER};
use crate::domain::file::{MAX_LIST_LEN, MAX_PERIODE_KE};
use crate::domain::model::Skp;

/// Assumptions these operations depend on: calendar periods (the dates a period change maps
/// by) and cumulative realisasi (which one wins when periods merge).
pub const ASUMSI: &[&str] = &[PERIODE_KALENDER, GAP_PRO_RATA];

/// Whether `ke` is an evaluation period of this SKP that the file format can store (the
/// periods of a long SKP beyond the twelfth cannot be).
pub(crate) fn periode_ada(skp: &Skp, ke: u32) -> bool {
    (1..=MAX_PERIODE_KE).contains(&ke) && ke as usize <= skp.daftar_periode_evaluasi().len()
}

/// Whether a list of `len` items may take one more: the file format refuses longer lists.
pub(crate) fn ada_tempat(len: usize) -> bool {
    len < MAX_LIST_LEN
}
