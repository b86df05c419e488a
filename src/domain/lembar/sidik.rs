//! Telling the pegawai's own content apart from what the leader writes in it: the copy without
//! the leader's writing, its fingerprint, and what the pegawai changed between two versions.

use crate::domain::banding::{bandingkan, Perbedaan};
use crate::domain::model::{EvaluasiPeriodik, JenisBimbingan, RatingOleh, Skp};

/// `skp` without anything the Pejabat Penilai Kinerja writes, which is: in every period, the
/// umpan balik on RHK and on BerAKHLAK values, the dialog kinerja notes, the bimbingan kinerja
/// sessions (all but the pegawai's answers to them, which stay, on a session otherwise
/// emptied) and the leader's ratings; the leader's annual ratings and notes; the decision on
/// the plan. Everything else is the pegawai's.
///
/// An evaluation left with nothing of the pegawai's in it (no realisasi, no own rating, no
/// capaian kinerja organisasi, no answers) is left out too: the leader's first note in a period
/// creates its evaluation, and that must not count as the pegawai's change.
pub fn tanpa_tulisan_pimpinan(skp: &Skp) -> Skp {
    let mut s = skp.clone();
    for ev in &mut s.evaluasi {
        ev.umpan_balik_rhk.clear();
        ev.umpan_balik_perilaku.clear();
        ev.dialog_kinerja.clear();
        ev.rating.pejabat_penilai = RatingOleh::default();
        ev.bimbingan.retain(|b| !b.tanggapan.is_empty());
        for b in &mut ev.bimbingan {
            b.tanggal = None;
            b.jenis = JenisBimbingan::default();
            b.topik.clear();
            b.hasil.clear();
        }
    }
    s.evaluasi.retain(|ev| !hanya_kosong(ev));
    s.penilaian_tahunan.rating.pejabat_penilai = RatingOleh::default();
    s.penilaian_tahunan.catatan.clear();
    s.persetujuan = None;
    s
}

/// Whether an evaluation, once the leader's writing is gone, holds nothing.
fn hanya_kosong(ev: &EvaluasiPeriodik) -> bool {
    ev.realisasi.is_empty()
        && ev.rating.mandiri == RatingOleh::default()
        && !ev.kinerja_organisasi.ada()
        && ev.bimbingan.is_empty()
}

/// A fingerprint of the pegawai's own content ([`tanpa_tulisan_pimpinan`]): 16 hex digits of
/// the 64-bit FNV-1a hash of its JSON. Two versions with the same content have the same one,
/// whatever the leader wrote in either; a slip carries the one of the version its leader saw.
/// Not a security measure: it tells versions apart, it does not prove who wrote what.
pub fn sidik(skp: &Skp) -> String {
    // Serialising the model into a String cannot fail (see `file::write`).
    let json = serde_json::to_string(&tanpa_tulisan_pimpinan(skp)).unwrap_or_default();
    format!("{:016x}", fnv1a_64(json.as_bytes()))
}

/// FNV-1a, 64 bits (Fowler, Noll, Vo): small, stable across platforms and versions.
fn fnv1a_64(bytes: &[u8]) -> u64 {
    const OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
    const PRIME: u64 = 0x0100_0000_01b3;
    bytes
        .iter()
        .fold(OFFSET, |h, &b| (h ^ u64::from(b)).wrapping_mul(PRIME))
}

/// Whether `a` and `b` hold the same pegawai's content: they differ, if at all, only in what
/// the leader writes.
pub fn hanya_tulisan_pimpinan_berbeda(a: &Skp, b: &Skp) -> bool {
    tanpa_tulisan_pimpinan(a) == tanpa_tulisan_pimpinan(b)
}

/// What the pegawai changed from `dilihat` (the version the leader last saw) to `sekarang`, by
/// part, as [`bandingkan`] tells it; what the leader wrote in either is not a change.
pub fn perubahan_pegawai(dilihat: &Skp, sekarang: &Skp) -> Vec<Perbedaan> {
    bandingkan(
        &tanpa_tulisan_pimpinan(dilihat),
        &tanpa_tulisan_pimpinan(sekarang),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fnv1a_64_gives_the_published_values() {
        // Test vectors of the FNV reference (Landon Curt Noll's fnv test suite).
        assert_eq!(fnv1a_64(b""), 0xcbf2_9ce4_8422_2325);
        assert_eq!(fnv1a_64(b"a"), 0xaf63_dc4c_8601_ec8c);
        assert_eq!(fnv1a_64(b"foobar"), 0x8594_4171_f739_67e8);
    }
}
