//! Recording a period: realisasi per IKI with their bukti dukung, and umpan balik on an RHK.
//! Each refers to a period the SKP has and an IKI or RHK that exists; the evaluation of the
//! period is created on first write ([`evaluasi_mut`]).

use chrono::NaiveDate;

use super::penilaian::evaluasi_mut;
use super::{ada_tempat, periode_ada};
use crate::domain::id::id_unik;
use crate::domain::model::{BuktiDukung, Realisasi, Skp, UmpanBalikRhk};

/// The realisasi of an IKI in period `ke`, created empty (with its evaluation) on first
/// write. `None` when the period is not one of the SKP's, the IKI does not exist, or the
/// period's list is full.
pub fn realisasi_mut<'a>(skp: &'a mut Skp, ke: u32, iki_id: &str) -> Option<&'a mut Realisasi> {
    if !periode_ada(skp, ke) || skp.iki(iki_id).is_none() {
        return None;
    }
    // Typing goes here on every keystroke: an existing one is found without making an id.
    let ada = skp
        .evaluasi
        .iter()
        .position(|e| e.periode_ke == ke)
        .filter(|&e| skp.evaluasi[e].realisasi.iter().any(|r| r.iki_id == iki_id));
    if let Some(e) = ada {
        return skp.evaluasi[e]
            .realisasi
            .iter_mut()
            .find(|r| r.iki_id == iki_id);
    }
    // Unique across periods, as the UI has always made them.
    let id = id_unik(
        "re",
        skp.evaluasi
            .iter()
            .flat_map(|e| e.realisasi.iter())
            .map(|r| r.id.as_str()),
    );
    let ev = evaluasi_mut(skp, ke);
    let i = match ev.realisasi.iter().position(|r| r.iki_id == iki_id) {
        Some(i) => i,
        None if ada_tempat(ev.realisasi.len()) => {
            ev.realisasi.push(Realisasi {
                id,
                iki_id: iki_id.to_owned(),
                nilai: None,
                uraian: String::new(),
                bukti_dukung: Vec::new(),
                kendala: String::new(),
            });
            ev.realisasi.len() - 1
        }
        None => return None,
    };
    ev.realisasi.get_mut(i)
}

/// Sets the measured value of an IKI in period `ke` (see [`realisasi_mut`]). A value that is
/// not a finite number is refused: JSON has no NaN or infinity, so it would not read back.
pub fn isi_realisasi(skp: &mut Skp, ke: u32, iki_id: &str, nilai: Option<f64>) -> bool {
    if nilai.is_some_and(|n| !n.is_finite()) {
        return false;
    }
    match realisasi_mut(skp, ke, iki_id) {
        Some(r) => {
            r.nilai = nilai;
            true
        }
        None => false,
    }
}

/// Deletes the realisasi of an IKI in period `ke`, with its bukti dukung. False when there
/// was none. The evaluation stays (it may hold ratings and notes).
pub fn hapus_realisasi(skp: &mut Skp, ke: u32, iki_id: &str) -> bool {
    let mut dihapus = false;
    for ev in skp.evaluasi.iter_mut().filter(|e| e.periode_ke == ke) {
        let n = ev.realisasi.len();
        ev.realisasi.retain(|r| r.iki_id != iki_id);
        dihapus |= ev.realisasi.len() != n;
    }
    dihapus
}

/// Adds an empty bukti dukung dated `tanggal` to the realisasi of an IKI in period `ke`
/// (creating the realisasi) and returns its id, unique across the SKP.
pub fn tambah_bukti(
    skp: &mut Skp,
    ke: u32,
    iki_id: &str,
    tanggal: Option<NaiveDate>,
) -> Option<String> {
    let id = id_unik(
        "bd",
        skp.evaluasi
            .iter()
            .flat_map(|e| e.realisasi.iter())
            .flat_map(|r| r.bukti_dukung.iter())
            .map(|b| b.id.as_str()),
    );
    let r = realisasi_mut(skp, ke, iki_id)?;
    if !ada_tempat(r.bukti_dukung.len()) {
        return None;
    }
    r.bukti_dukung.push(BuktiDukung {
        id: id.clone(),
        tautan: String::new(),
        keterangan: String::new(),
        tanggal,
    });
    Some(id)
}

/// Deletes one bukti dukung of the realisasi of an IKI in period `ke`. False when not found.
pub fn hapus_bukti(skp: &mut Skp, ke: u32, iki_id: &str, bukti_id: &str) -> bool {
    let mut dihapus = false;
    for r in skp
        .evaluasi
        .iter_mut()
        .filter(|e| e.periode_ke == ke)
        .flat_map(|e| e.realisasi.iter_mut())
        .filter(|r| r.iki_id == iki_id)
    {
        let n = r.bukti_dukung.len();
        r.bukti_dukung.retain(|b| b.id != bukti_id);
        dihapus |= r.bukti_dukung.len() != n;
    }
    dihapus
}

/// Adds an empty umpan balik on an RHK in period `ke`, dated `tanggal`, and returns its id;
/// `None` when the RHK or the period does not exist, or the list is full.
pub fn tambah_umpan_balik_rhk(
    skp: &mut Skp,
    ke: u32,
    rhk_id: &str,
    tanggal: Option<NaiveDate>,
) -> Option<String> {
    if !periode_ada(skp, ke) || skp.rhk.iter().all(|r| r.id != rhk_id) {
        return None;
    }
    let ev = evaluasi_mut(skp, ke);
    if !ada_tempat(ev.umpan_balik_rhk.len()) {
        return None;
    }
    let id = id_unik("ub", ev.umpan_balik_rhk.iter().map(|u| u.id.as_str()));
    ev.umpan_balik_rhk.push(UmpanBalikRhk {
        id: id.clone(),
        rhk_id: rhk_id.to_owned(),
        tanggal,
        isi: String::new(),
    });
    Some(id)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::contoh::contoh_analis_kebijakan;
    use crate::domain::file::validate_skp;

    #[test]
    fn a_value_for_a_new_period_creates_its_evaluation_and_realisasi() {
        let mut skp = contoh_analis_kebijakan();
        assert!(isi_realisasi(&mut skp, 4, "iki-4", Some(24.0)));
        let ev = skp.evaluasi_ke(4).unwrap();
        assert_eq!(ev.id, "ev-4");
        assert_eq!(ev.realisasi.len(), 1);
        assert_eq!(ev.realisasi[0].id, "re-10");
        assert_eq!(ev.realisasi[0].nilai, Some(24.0));
        // A second write changes the same realisasi.
        assert!(isi_realisasi(&mut skp, 4, "iki-4", None));
        assert_eq!(skp.evaluasi_ke(4).unwrap().realisasi.len(), 1);
        assert_eq!(validate_skp(&skp, "data"), Ok(()));
    }

    #[test]
    fn a_value_is_refused_for_a_missing_period_or_iki_or_a_non_number() {
        let mut skp = contoh_analis_kebijakan();
        let sebelum = skp.clone();
        assert!(!isi_realisasi(&mut skp, 0, "iki-1", Some(1.0)));
        assert!(!isi_realisasi(&mut skp, 5, "iki-1", Some(1.0)));
        assert!(!isi_realisasi(&mut skp, 1, "tidak-ada", Some(1.0)));
        assert!(!isi_realisasi(&mut skp, 1, "iki-1", Some(f64::NAN)));
        assert!(!isi_realisasi(&mut skp, 1, "iki-1", Some(f64::INFINITY)));
        assert_eq!(skp, sebelum);
    }

    #[test]
    fn bukti_dukung_are_added_and_deleted_within_their_realisasi() {
        let mut skp = contoh_analis_kebijakan();
        let tanggal = NaiveDate::from_ymd_opt(2025, 5, 2);
        let id = tambah_bukti(&mut skp, 2, "iki-1", tanggal).unwrap();
        assert_eq!(id, "bd-1");
        assert_eq!(skp.evaluasi[1].realisasi[0].bukti_dukung.len(), 2);
        assert!(!hapus_bukti(&mut skp, 1, "iki-1", &id));
        assert!(hapus_bukti(&mut skp, 2, "iki-1", &id));
        assert_eq!(skp.evaluasi[1].realisasi[0].bukti_dukung.len(), 1);
        assert_eq!(tambah_bukti(&mut skp, 2, "tidak-ada", tanggal), None);
    }

    #[test]
    fn deleting_a_realisasi_keeps_the_evaluation() {
        let mut skp = contoh_analis_kebijakan();
        assert!(hapus_realisasi(&mut skp, 3, "iki-1"));
        assert!(hapus_realisasi(&mut skp, 3, "iki-4"));
        assert!(!hapus_realisasi(&mut skp, 3, "iki-4"));
        assert!(skp.evaluasi_ke(3).unwrap().realisasi.is_empty());
    }

    #[test]
    fn umpan_balik_refers_to_an_existing_rhk_and_period() {
        let mut skp = contoh_analis_kebijakan();
        let tanggal = NaiveDate::from_ymd_opt(2025, 10, 3);
        assert_eq!(
            tambah_umpan_balik_rhk(&mut skp, 3, "rhk-1", tanggal).as_deref(),
            Some("ub-1")
        );
        assert_eq!(tambah_umpan_balik_rhk(&mut skp, 3, "rhk-9", tanggal), None);
        assert_eq!(tambah_umpan_balik_rhk(&mut skp, 13, "rhk-1", tanggal), None);
        assert_eq!(validate_skp(&skp, "data"), Ok(()));
    }
}
