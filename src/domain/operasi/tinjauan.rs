//! The leader's review of a subordinate's SKP in the leader's own copy of it: umpan balik on
//! RHK and BerAKHLAK values, dialog kinerja notes, bimbingan kinerja sessions, the annual
//! notes and the decision on the plan (the ratings are [`super::set_rating`] with
//! [`Penilai::PejabatPenilai`](crate::domain::model::Penilai)). The pegawai's one operation
//! here is their answer to a bimbingan ([`tanggapi_bimbingan`]).
//!
//! Ids the leader makes start with `pp-` (`pp-ub-1`, `pp-ubp-1`, `pp-dk-1`, `pp-bk-1`) and are
//! unique across the whole SKP, so they never meet the ids the pegawai makes in their own copy
//! for the same lists (`ub-1`, `dk-1`, ...): a feedback slip ([`crate::domain::lembar`])
//! matches items by id, and a leader's note must never be taken for one of the pegawai's.
//!
//! Like every operation, each keeps the SKP valid and refuses (`None` / `false`, no change) a
//! period or an RHK the SKP does not have, an unknown id, a full list or a text longer than a
//! file may hold.

use chrono::{Datelike, NaiveDate};

use super::penilaian::evaluasi_mut;
use super::{ada_tempat, periode_ada};
use crate::domain::file::MAX_STRING_CHARS;
use crate::domain::id::id_unik;
use crate::domain::model::{
    CatatanBimbingan, CatatanDialog, CatatanRencanaRhk, EvaluasiPeriodik, JenisBimbingan,
    NilaiBerakhlak, PernyataanBimbingan, PersetujuanRencana, Skp, StatusRencana,
    TanggapanBimbingan, UmpanBalikPerilaku, UmpanBalikRhk,
};

/// Prefix of the leader's umpan balik on an RHK.
pub const PREFIX_UMPAN_BALIK_RHK: &str = "pp-ub";
/// Prefix of the leader's umpan balik on a BerAKHLAK value.
pub const PREFIX_UMPAN_BALIK_PERILAKU: &str = "pp-ubp";
/// Prefix of the leader's dialog kinerja notes.
pub const PREFIX_DIALOG: &str = "pp-dk";
/// Prefix of bimbingan kinerja sessions.
pub const PREFIX_BIMBINGAN: &str = "pp-bk";

/// Whether item `id` was written by the leader (made by this module's operations), not a note
/// the pegawai recorded in their own copy: only the leader's own items are theirs to change
/// and travel in their slip.
pub fn ditulis_pimpinan(id: &str) -> bool {
    id.starts_with("pp-")
}

fn teks_muat(teks: &str) -> bool {
    teks.chars().count() <= MAX_STRING_CHARS
}

/// A new `prefix-N` id, unique among `ids` of every period.
fn id_baru(
    skp: &Skp,
    prefix: &str,
    ids: for<'b> fn(&'b EvaluasiPeriodik) -> Vec<&'b str>,
) -> String {
    id_unik(prefix, skp.evaluasi.iter().flat_map(ids))
}

/// The evaluation of period `ke` (created on first write) when the period is one of the SKP's.
fn evaluasi_ada(skp: &mut Skp, ke: u32) -> Option<&mut EvaluasiPeriodik> {
    periode_ada(skp, ke).then(|| evaluasi_mut(skp, ke))
}

/// Adds an empty umpan balik of the leader on RHK `rhk_id` in period `ke`, dated `tanggal`,
/// and returns its id (`pp-ub-N`, unique across the SKP).
pub fn tambah_umpan_balik_pimpinan_rhk(
    skp: &mut Skp,
    ke: u32,
    rhk_id: &str,
    tanggal: Option<NaiveDate>,
) -> Option<String> {
    if skp.rhk.iter().all(|r| r.id != rhk_id) || !tanggal_boleh(tanggal) {
        return None;
    }
    let id = id_baru(skp, PREFIX_UMPAN_BALIK_RHK, |ev| {
        ev.umpan_balik_rhk.iter().map(|u| u.id.as_str()).collect()
    });
    let ev = evaluasi_ada(skp, ke)?;
    ada_tempat(ev.umpan_balik_rhk.len()).then(|| {
        ev.umpan_balik_rhk.push(UmpanBalikRhk {
            id: id.clone(),
            rhk_id: rhk_id.to_owned(),
            tanggal,
            isi: String::new(),
        });
        id
    })
}

/// Adds an empty umpan balik of the leader on BerAKHLAK value `nilai` in period `ke` and
/// returns its id (`pp-ubp-N`).
pub fn tambah_umpan_balik_pimpinan_perilaku(
    skp: &mut Skp,
    ke: u32,
    nilai: NilaiBerakhlak,
    tanggal: Option<NaiveDate>,
) -> Option<String> {
    if !tanggal_boleh(tanggal) {
        return None;
    }
    let id = id_baru(skp, PREFIX_UMPAN_BALIK_PERILAKU, |ev| {
        ev.umpan_balik_perilaku
            .iter()
            .map(|u| u.id.as_str())
            .collect()
    });
    let ev = evaluasi_ada(skp, ke)?;
    ada_tempat(ev.umpan_balik_perilaku.len()).then(|| {
        ev.umpan_balik_perilaku.push(UmpanBalikPerilaku {
            id: id.clone(),
            nilai,
            tanggal,
            isi: String::new(),
        });
        id
    })
}

/// Adds an empty dialog kinerja note of the leader in period `ke` and returns its id
/// (`pp-dk-N`).
pub fn tambah_dialog_pimpinan(
    skp: &mut Skp,
    ke: u32,
    tanggal: Option<NaiveDate>,
) -> Option<String> {
    if !tanggal_boleh(tanggal) {
        return None;
    }
    let id = id_baru(skp, PREFIX_DIALOG, |ev| {
        ev.dialog_kinerja.iter().map(|d| d.id.as_str()).collect()
    });
    let ev = evaluasi_ada(skp, ke)?;
    ada_tempat(ev.dialog_kinerja.len()).then(|| {
        ev.dialog_kinerja.push(CatatanDialog {
            id: id.clone(),
            tanggal,
            catatan: String::new(),
        });
        id
    })
}

/// Adds an empty bimbingan kinerja session of kind `jenis` in period `ke` and returns its id
/// (`pp-bk-N`).
pub fn tambah_bimbingan(
    skp: &mut Skp,
    ke: u32,
    tanggal: Option<NaiveDate>,
    jenis: JenisBimbingan,
) -> Option<String> {
    if !tanggal_boleh(tanggal) {
        return None;
    }
    let id = id_baru(skp, PREFIX_BIMBINGAN, |ev| {
        ev.bimbingan.iter().map(|b| b.id.as_str()).collect()
    });
    let ev = evaluasi_ada(skp, ke)?;
    ada_tempat(ev.bimbingan.len()).then(|| {
        ev.bimbingan.push(CatatanBimbingan {
            id: id.clone(),
            tanggal,
            jenis,
            topik: String::new(),
            hasil: String::new(),
            tanggapan: Vec::new(),
        });
        id
    })
}

/// A date a file can hold (or none).
fn tanggal_boleh(tanggal: Option<NaiveDate>) -> bool {
    tanggal.is_none_or(|t| Skp::tahun_sah(t.year()))
}

/// The session `id` of period `ke`.
fn bimbingan_mut<'a>(skp: &'a mut Skp, ke: u32, id: &str) -> Option<&'a mut CatatanBimbingan> {
    skp.evaluasi
        .iter_mut()
        .filter(|e| e.periode_ke == ke)
        .flat_map(|e| e.bimbingan.iter_mut())
        .find(|b| b.id == id)
}

/// Changes the leader's part of session `id` in period `ke` with `f` (its date, kind, topic,
/// what was agreed). Its id and the pegawai's answers stay whatever `f` does to them. Refused
/// (false, no change) for an unknown session, a date or a text a file cannot hold.
pub fn ubah_bimbingan(
    skp: &mut Skp,
    ke: u32,
    id: &str,
    f: impl FnOnce(&mut CatatanBimbingan),
) -> bool {
    let Some(b) = bimbingan_mut(skp, ke, id) else {
        return false;
    };
    let mut baru = b.clone();
    f(&mut baru);
    baru.id.clone_from(&b.id);
    baru.tanggapan.clone_from(&b.tanggapan);
    if !tanggal_boleh(baru.tanggal) || !teks_muat(&baru.topik) || !teks_muat(&baru.hasil) {
        return false;
    }
    *b = baru;
    true
}

/// The pegawai's answer to one statement of session `id` in period `ke`: `Some(skor)` on the
/// 1–5 scale ([`TanggapanBimbingan::skor_sah`]) sets it, `None` takes it back. Answers stay in
/// the form's order. Refused for an unknown session or a score off the scale.
pub fn tanggapi_bimbingan(
    skp: &mut Skp,
    ke: u32,
    id: &str,
    pernyataan: PernyataanBimbingan,
    skor: Option<u8>,
) -> bool {
    if skor.is_some_and(|s| !TanggapanBimbingan::skor_sah(s)) {
        return false;
    }
    let Some(b) = bimbingan_mut(skp, ke, id) else {
        return false;
    };
    b.tanggapan.retain(|t| t.pernyataan != pernyataan);
    if let Some(skor) = skor {
        let i = b
            .tanggapan
            .iter()
            .position(|t| t.pernyataan > pernyataan)
            .unwrap_or(b.tanggapan.len());
        b.tanggapan
            .insert(i, TanggapanBimbingan { pernyataan, skor });
    }
    true
}

/// Sets the text of the leader's note `id` in period `ke`: an umpan balik on an RHK or a
/// value, or a dialog kinerja note. Refused for an unknown id, a note the pegawai recorded
/// ([`ditulis_pimpinan`]) or a text a file cannot hold.
pub fn ubah_tulisan_pimpinan(skp: &mut Skp, ke: u32, id: &str, isi: String) -> bool {
    if !ditulis_pimpinan(id) || !teks_muat(&isi) {
        return false;
    }
    for ev in skp.evaluasi.iter_mut().filter(|e| e.periode_ke == ke) {
        if let Some(u) = ev.umpan_balik_rhk.iter_mut().find(|u| u.id == id) {
            u.isi = isi;
            return true;
        }
        if let Some(u) = ev.umpan_balik_perilaku.iter_mut().find(|u| u.id == id) {
            u.isi = isi;
            return true;
        }
        if let Some(d) = ev.dialog_kinerja.iter_mut().find(|d| d.id == id) {
            d.catatan = isi;
            return true;
        }
    }
    false
}

/// Removes the leader's item `id` in period `ke`: an umpan balik, a dialog kinerja note or a
/// bimbingan session (with the pegawai's answers to it). False when there is none. The
/// evaluation stays.
pub fn hapus_tulisan_pimpinan(skp: &mut Skp, ke: u32, id: &str) -> bool {
    if !ditulis_pimpinan(id) {
        return false;
    }
    let mut dihapus = false;
    for ev in skp.evaluasi.iter_mut().filter(|e| e.periode_ke == ke) {
        let n = ev.umpan_balik_rhk.len()
            + ev.umpan_balik_perilaku.len()
            + ev.dialog_kinerja.len()
            + ev.bimbingan.len();
        ev.umpan_balik_rhk.retain(|u| u.id != id);
        ev.umpan_balik_perilaku.retain(|u| u.id != id);
        ev.dialog_kinerja.retain(|d| d.id != id);
        ev.bimbingan.retain(|b| b.id != id);
        dihapus |= n
            != ev.umpan_balik_rhk.len()
                + ev.umpan_balik_perilaku.len()
                + ev.dialog_kinerja.len()
                + ev.bimbingan.len();
    }
    dihapus
}

/// The leader's decision on the plan: `Some(status)` with the note on the whole plan, by the
/// SKP's Pejabat Penilai Kinerja (`oleh`), on `hari_ini`; the notes per RHK stay. `None` takes
/// the decision back, notes and all. Refused for a note a file cannot hold.
pub fn atur_persetujuan(
    skp: &mut Skp,
    status: Option<StatusRencana>,
    catatan: String,
    hari_ini: NaiveDate,
) -> bool {
    let Some(status) = status else {
        skp.persetujuan = None;
        return true;
    };
    if !teks_muat(&catatan) || !tanggal_boleh(Some(hari_ini)) {
        return false;
    }
    let oleh = skp.pejabat_penilai.nama.trim().to_owned();
    let catatan_rhk = skp
        .persetujuan
        .take()
        .map(|p| p.catatan_rhk)
        .unwrap_or_default();
    skp.persetujuan = Some(PersetujuanRencana {
        status,
        tanggal: Some(hari_ini),
        oleh,
        catatan,
        catatan_rhk,
    });
    true
}

/// The leader's note on planned RHK `rhk_id`; an empty note removes it. The notes belong to a
/// decision: refused (false) while the plan has none ([`atur_persetujuan`] first), and for an
/// RHK the SKP does not have or a note a file cannot hold.
pub fn atur_catatan_rencana_rhk(skp: &mut Skp, rhk_id: &str, catatan: String) -> bool {
    if skp.rhk.iter().all(|r| r.id != rhk_id) || !teks_muat(&catatan) {
        return false;
    }
    let Some(p) = skp.persetujuan.as_mut() else {
        return false;
    };
    match p.catatan_rhk.iter().position(|c| c.rhk_id == rhk_id) {
        Some(i) if catatan.is_empty() => {
            p.catatan_rhk.remove(i);
        }
        Some(i) => p.catatan_rhk[i].catatan = catatan,
        None if catatan.is_empty() => {}
        None if ada_tempat(p.catatan_rhk.len()) => p.catatan_rhk.push(CatatanRencanaRhk {
            rhk_id: rhk_id.to_owned(),
            catatan,
        }),
        None => return false,
    }
    true
}

/// The appraiser's notes on the year (`penilaian_tahunan.catatan`). Refused for a text a file
/// cannot hold.
pub fn atur_catatan_tahunan(skp: &mut Skp, catatan: String) -> bool {
    if !teks_muat(&catatan) {
        return false;
    }
    skp.penilaian_tahunan.catatan = catatan;
    true
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::contoh::contoh_analis_kebijakan;
    use crate::domain::file::validate_skp;
    use crate::domain::operasi::tambah_umpan_balik_rhk;

    fn hari() -> Option<NaiveDate> {
        NaiveDate::from_ymd_opt(2025, 7, 10)
    }

    #[test]
    fn the_leaders_ids_never_meet_the_employees_in_any_list() {
        let mut skp = contoh_analis_kebijakan();
        // The example holds the pegawai's own records: ub-1, ub-2, dk-1, dk-2 ...
        let pegawai = tambah_umpan_balik_rhk(&mut skp, 2, "rhk-1", hari()).unwrap();
        let a = tambah_umpan_balik_pimpinan_rhk(&mut skp, 2, "rhk-1", hari()).unwrap();
        let b = tambah_umpan_balik_pimpinan_rhk(&mut skp, 3, "rhk-2", hari()).unwrap();
        assert_eq!((a.as_str(), b.as_str()), ("pp-ub-1", "pp-ub-2"));
        assert!(!pegawai.starts_with("pp-"));
        // The pegawai's next one still counts on from theirs, not from the leader's.
        let lagi = tambah_umpan_balik_rhk(&mut skp, 2, "rhk-1", hari()).unwrap();
        assert!(!lagi.starts_with("pp-") && lagi != pegawai, "{lagi}");
        let p =
            tambah_umpan_balik_pimpinan_perilaku(&mut skp, 1, NilaiBerakhlak::Akuntabel, hari());
        let d = tambah_dialog_pimpinan(&mut skp, 1, hari());
        let k = tambah_bimbingan(&mut skp, 1, hari(), JenisBimbingan::Konseling);
        let k2 = tambah_bimbingan(&mut skp, 2, hari(), JenisBimbingan::Coaching);
        assert_eq!(p.as_deref(), Some("pp-ubp-1"));
        assert_eq!(d.as_deref(), Some("pp-dk-1"));
        assert_eq!(k.as_deref(), Some("pp-bk-1"));
        assert_eq!(k2.as_deref(), Some("pp-bk-2"));
        assert_eq!(validate_skp(&skp, "data"), Ok(()));
    }

    #[test]
    fn a_period_or_rhk_the_skp_does_not_have_is_refused() {
        let mut skp = contoh_analis_kebijakan();
        let sebelum = skp.clone();
        assert_eq!(
            tambah_umpan_balik_pimpinan_rhk(&mut skp, 5, "rhk-1", hari()),
            None
        );
        assert_eq!(
            tambah_umpan_balik_pimpinan_rhk(&mut skp, 1, "rhk-9", hari()),
            None
        );
        assert_eq!(
            tambah_umpan_balik_pimpinan_perilaku(&mut skp, 0, NilaiBerakhlak::Adaptif, hari()),
            None
        );
        assert_eq!(tambah_dialog_pimpinan(&mut skp, 13, hari()), None);
        let jauh = NaiveDate::from_ymd_opt(1800, 1, 1);
        assert_eq!(
            tambah_bimbingan(&mut skp, 1, jauh, JenisBimbingan::Coaching),
            None
        );
        assert!(!ubah_tulisan_pimpinan(&mut skp, 1, "tidak-ada", "x".into()));
        assert!(!hapus_tulisan_pimpinan(&mut skp, 1, "tidak-ada"));
        assert!(!atur_catatan_rencana_rhk(&mut skp, "rhk-1", "x".into()));
        assert!(!ubah_bimbingan(&mut skp, 1, "tidak-ada", |b| b.topik = "x".into()));
        assert_eq!(skp, sebelum);
    }

    #[test]
    fn a_session_keeps_its_id_and_the_employees_answers_whatever_the_leader_changes() {
        let mut skp = contoh_analis_kebijakan();
        let id = tambah_bimbingan(&mut skp, 2, hari(), JenisBimbingan::Coaching).unwrap();
        assert!(tanggapi_bimbingan(
            &mut skp,
            2,
            &id,
            PernyataanBimbingan::MemahamiTujuan,
            Some(4)
        ));
        assert!(tanggapi_bimbingan(
            &mut skp,
            2,
            &id,
            PernyataanBimbingan::MerasaDidengar,
            Some(5)
        ));
        assert!(!tanggapi_bimbingan(
            &mut skp,
            2,
            &id,
            PernyataanBimbingan::SuasanaPositif,
            Some(6)
        ));
        assert!(!tanggapi_bimbingan(
            &mut skp,
            2,
            &id,
            PernyataanBimbingan::SuasanaPositif,
            Some(0)
        ));
        assert!(ubah_bimbingan(&mut skp, 2, &id, |b| {
            b.topik = "Percepatan evaluasi SPM".into();
            b.hasil = "Evaluasi daring untuk empat kabupaten".into();
            b.id = "lain".into();
            b.tanggapan.clear();
        }));
        let b = &skp.evaluasi_ke(2).unwrap().bimbingan[0];
        assert_eq!(b.id, id);
        assert_eq!(b.topik, "Percepatan evaluasi SPM");
        // In the form's order, whatever order they were given in.
        let urut: Vec<_> = b.tanggapan.iter().map(|t| (t.pernyataan, t.skor)).collect();
        assert_eq!(
            urut,
            vec![
                (PernyataanBimbingan::MerasaDidengar, 5),
                (PernyataanBimbingan::MemahamiTujuan, 4)
            ]
        );
        assert!(tanggapi_bimbingan(
            &mut skp,
            2,
            &id,
            PernyataanBimbingan::MerasaDidengar,
            None
        ));
        assert_eq!(skp.evaluasi_ke(2).unwrap().bimbingan[0].tanggapan.len(), 1);
        assert!(!ubah_bimbingan(&mut skp, 2, &id, |b| b.tanggal =
            NaiveDate::from_ymd_opt(2201, 1, 1)));
        assert_eq!(validate_skp(&skp, "data"), Ok(()));
        assert!(hapus_tulisan_pimpinan(&mut skp, 2, &id));
        assert!(skp.evaluasi_ke(2).unwrap().bimbingan.is_empty());
    }

    #[test]
    fn notes_are_written_and_removed_by_id_in_their_period() {
        let mut skp = contoh_analis_kebijakan();
        let id = tambah_dialog_pimpinan(&mut skp, 3, hari()).unwrap();
        assert!(!ubah_tulisan_pimpinan(
            &mut skp,
            2,
            &id,
            "salah periode".into()
        ));
        assert!(ubah_tulisan_pimpinan(
            &mut skp,
            3,
            &id,
            "Disepakati target baru".into()
        ));
        let ev = skp.evaluasi_ke(3).unwrap();
        assert_eq!(
            ev.dialog_kinerja.last().unwrap().catatan,
            "Disepakati target baru"
        );
        let panjang = "x".repeat(MAX_STRING_CHARS + 1);
        assert!(!ubah_tulisan_pimpinan(&mut skp, 3, &id, panjang));
        assert!(!hapus_tulisan_pimpinan(&mut skp, 2, &id));
        assert!(hapus_tulisan_pimpinan(&mut skp, 3, &id));
        assert!(skp
            .evaluasi_ke(3)
            .unwrap()
            .dialog_kinerja
            .iter()
            .all(|d| d.id != id));
    }

    #[test]
    fn the_plan_decision_is_the_appraisers_with_notes_per_rhk() {
        let mut skp = contoh_analis_kebijakan();
        let hari_ini = hari().unwrap();
        assert!(atur_persetujuan(
            &mut skp,
            Some(StatusRencana::Dikembalikan),
            "Perjelas target kualitas".into(),
            hari_ini
        ));
        assert!(atur_catatan_rencana_rhk(
            &mut skp,
            "rhk-2",
            "Target 24 terlalu rendah".into()
        ));
        assert!(!atur_catatan_rencana_rhk(&mut skp, "rhk-9", "x".into()));
        // A second decision keeps the notes per RHK.
        assert!(atur_persetujuan(
            &mut skp,
            Some(StatusRencana::Disetujui),
            String::new(),
            hari_ini
        ));
        let p = skp.persetujuan.as_ref().unwrap();
        assert_eq!(p.status, StatusRencana::Disetujui);
        assert_eq!(p.oleh, skp.pejabat_penilai.nama);
        assert_eq!(p.tanggal, Some(hari_ini));
        assert_eq!(p.catatan_untuk("rhk-2"), Some("Target 24 terlalu rendah"));
        assert_eq!(validate_skp(&skp, "data"), Ok(()));
        // An empty note removes it; no decision removes everything.
        assert!(atur_catatan_rencana_rhk(&mut skp, "rhk-2", String::new()));
        assert!(skp.persetujuan.as_ref().unwrap().catatan_rhk.is_empty());
        assert!(atur_persetujuan(&mut skp, None, String::new(), hari_ini));
        assert_eq!(skp.persetujuan, None);
        assert!(atur_catatan_tahunan(&mut skp, "Kinerja baik".into()));
        assert_eq!(skp.penilaian_tahunan.catatan, "Kinerja baik");
    }
}
