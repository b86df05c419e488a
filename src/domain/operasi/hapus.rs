//! Deleting an RHK or an IKI together with what depends on it, so no reference is left
//! dangling (a dangling reference made the next reload refuse the whole SKP).
//!
//! What refers to an IKI: realisasi in every period (with their bukti dukung), rencana aksi
//! (which close that IKI's gap) and development activities (`untuk_iki_id`). What refers to
//! an RHK: its IKI, the umpan balik on it and the leader's note on it in the decision on the
//! plan. Activities are planned learning that stands on
//! its own, so they are unlinked and kept; everything else goes with the item. The leader
//! link `rhk_pimpinan.rujukan` points into another SKP and is not a dependant.

use crate::domain::model::Skp;

/// What deleting an item takes with it, so the UI can say so before it deletes. The item
/// itself is not counted.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Dampak {
    /// IKI of the RHK, deleted with it.
    pub iki: usize,
    /// Realisasi of those IKI, in every period.
    pub realisasi: usize,
    /// Bukti dukung inside those realisasi.
    pub bukti_dukung: usize,
    /// Umpan balik notes on the RHK, in the periods and (the leader's note on it) in the
    /// decision on the plan.
    pub umpan_balik_rhk: usize,
    /// Rencana aksi for those IKI.
    pub rencana_aksi: usize,
    /// Development activities linked to those IKI: kept, only unlinked.
    pub kegiatan_dilepas: usize,
    /// The evaluation periods (`periode_ke`, ascending) that lose realisasi or notes.
    pub periode: Vec<u32>,
}

impl Dampak {
    /// Whether anything besides the item itself is affected.
    pub fn ada(&self) -> bool {
        self.iki + self.realisasi + self.umpan_balik_rhk + self.rencana_aksi + self.kegiatan_dilepas
            > 0
    }

    fn catat_periode(&mut self, ke: u32) {
        if let Err(i) = self.periode.binary_search(&ke) {
            self.periode.insert(i, ke);
        }
    }

    fn tambah_iki(&mut self, skp: &Skp, iki_id: &str) {
        for ev in &skp.evaluasi {
            for r in ev.realisasi.iter().filter(|r| r.iki_id == iki_id) {
                self.realisasi += 1;
                self.bukti_dukung += r.bukti_dukung.len();
                self.catat_periode(ev.periode_ke);
            }
        }
        self.rencana_aksi += skp
            .tindak_lanjut
            .rencana_aksi
            .iter()
            .filter(|a| a.iki_id == iki_id)
            .count();
        self.kegiatan_dilepas += skp
            .pengembangan_kompetensi
            .iter()
            .filter(|k| k.untuk_iki_id.as_deref() == Some(iki_id))
            .count();
    }
}

/// What deleting this IKI takes with it; nothing when it does not exist.
pub fn dampak_hapus_iki(skp: &Skp, iki_id: &str) -> Dampak {
    let mut d = Dampak::default();
    if skp.iki(iki_id).is_some() {
        d.tambah_iki(skp, iki_id);
    }
    d
}

/// What deleting this RHK takes with it: its IKI and theirs, and the umpan balik on it;
/// nothing when it does not exist.
pub fn dampak_hapus_rhk(skp: &Skp, rhk_id: &str) -> Dampak {
    let mut d = Dampak::default();
    let Some(rhk) = skp.rhk.iter().find(|r| r.id == rhk_id) else {
        return d;
    };
    for iki in &rhk.iki {
        d.iki += 1;
        d.tambah_iki(skp, &iki.id);
    }
    for ev in &skp.evaluasi {
        let n = ev
            .umpan_balik_rhk
            .iter()
            .filter(|u| u.rhk_id == rhk_id)
            .count();
        if n > 0 {
            d.umpan_balik_rhk += n;
            d.catat_periode(ev.periode_ke);
        }
    }
    d.umpan_balik_rhk += skp.persetujuan.as_ref().map_or(0, |p| {
        p.catatan_rhk.iter().filter(|c| c.rhk_id == rhk_id).count()
    });
    d
}

/// Removes what refers to an IKI that is gone: its realisasi and rencana aksi; unlinks
/// activities.
fn lepas_iki(skp: &mut Skp, iki_id: &str) {
    for ev in &mut skp.evaluasi {
        ev.realisasi.retain(|r| r.iki_id != iki_id);
    }
    skp.tindak_lanjut
        .rencana_aksi
        .retain(|a| a.iki_id != iki_id);
    for k in &mut skp.pengembangan_kompetensi {
        if k.untuk_iki_id.as_deref() == Some(iki_id) {
            k.untuk_iki_id = None;
        }
    }
}

/// Deletes an IKI with its dependants and returns what went with it; `None` (and no change)
/// when it does not exist.
pub fn hapus_iki(skp: &mut Skp, iki_id: &str) -> Option<Dampak> {
    let dampak = dampak_hapus_iki(skp, iki_id);
    let (r, i) = skp.rhk.iter().enumerate().find_map(|(r, rhk)| {
        rhk.iki
            .iter()
            .position(|iki| iki.id == iki_id)
            .map(|i| (r, i))
    })?;
    skp.rhk[r].iki.remove(i);
    lepas_iki(skp, iki_id);
    Some(dampak)
}

/// Deletes an RHK with its IKI and every dependant of both; returns what went with it, or
/// `None` (and no change) when it does not exist.
pub fn hapus_rhk(skp: &mut Skp, rhk_id: &str) -> Option<Dampak> {
    let dampak = dampak_hapus_rhk(skp, rhk_id);
    let r = skp.rhk.iter().position(|r| r.id == rhk_id)?;
    let rhk = skp.rhk.remove(r);
    for iki in &rhk.iki {
        lepas_iki(skp, &iki.id);
    }
    for ev in &mut skp.evaluasi {
        ev.umpan_balik_rhk.retain(|u| u.rhk_id != rhk_id);
    }
    if let Some(p) = &mut skp.persetujuan {
        p.catatan_rhk.retain(|c| c.rhk_id != rhk_id);
    }
    Some(dampak)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::contoh::contoh_analis_kebijakan;
    use crate::domain::file::validate_skp;
    use crate::domain::model::RencanaAksi;

    fn dengan_aksi() -> Skp {
        let mut skp = contoh_analis_kebijakan();
        skp.tindak_lanjut.rencana_aksi.push(RencanaAksi {
            id: "ra-1".into(),
            iki_id: "iki-4".into(),
            periode_ke: 4,
            uraian: "Evaluasi daring empat kabupaten".into(),
            selesai: false,
        });
        skp
    }

    #[test]
    fn the_impact_of_deleting_an_rhk_counts_everything_that_goes_with_it() {
        let skp = dengan_aksi();
        // rhk-2: iki-4 (Q1, Q2, Q3), iki-5, iki-6; umpan balik in Q2; kp-3 for iki-4.
        assert_eq!(
            dampak_hapus_rhk(&skp, "rhk-2"),
            Dampak {
                iki: 3,
                realisasi: 3,
                bukti_dukung: 3,
                umpan_balik_rhk: 1,
                rencana_aksi: 1,
                kegiatan_dilepas: 1,
                periode: vec![1, 2, 3],
            }
        );
        assert!(!dampak_hapus_rhk(&skp, "tidak-ada").ada());
    }

    #[test]
    fn deleting_an_rhk_leaves_no_dangling_reference() {
        let mut skp = dengan_aksi();
        let dampak = hapus_rhk(&mut skp, "rhk-2").unwrap();
        assert_eq!(dampak.iki, 3);
        assert!(skp.rhk.iter().all(|r| r.id != "rhk-2"));
        assert!(skp
            .evaluasi
            .iter()
            .flat_map(|e| &e.realisasi)
            .all(|r| r.iki_id != "iki-4"));
        assert!(skp.tindak_lanjut.rencana_aksi.is_empty());
        let kp3 = &skp.pengembangan_kompetensi[2];
        assert_eq!(
            (kp3.id.as_str(), kp3.untuk_iki_id.as_deref()),
            ("kp-3", None)
        );
        assert_eq!(validate_skp(&skp, "data"), Ok(()));
        assert_eq!(hapus_rhk(&mut skp, "rhk-2"), None);
    }

    #[test]
    fn deleting_an_rhk_takes_the_leaders_note_on_it_in_the_plan_decision() {
        use crate::domain::model::StatusRencana;
        use crate::domain::operasi::{atur_catatan_rencana_rhk, atur_persetujuan};
        let mut skp = dengan_aksi();
        let hari = chrono::NaiveDate::from_ymd_opt(2025, 1, 20).unwrap();
        assert!(atur_persetujuan(
            &mut skp,
            Some(StatusRencana::Dikembalikan),
            String::new(),
            hari
        ));
        assert!(atur_catatan_rencana_rhk(
            &mut skp,
            "rhk-2",
            "Perjelas".into()
        ));
        assert!(atur_catatan_rencana_rhk(
            &mut skp,
            "rhk-1",
            "Sudah tepat".into()
        ));
        assert_eq!(dampak_hapus_rhk(&skp, "rhk-2").umpan_balik_rhk, 2);
        hapus_rhk(&mut skp, "rhk-2").unwrap();
        let p = skp.persetujuan.as_ref().unwrap();
        assert_eq!(p.catatan_untuk("rhk-2"), None);
        assert_eq!(p.catatan_untuk("rhk-1"), Some("Sudah tepat"));
        assert_eq!(validate_skp(&skp, "data"), Ok(()));
    }

    #[test]
    fn deleting_an_iki_takes_its_realisasi_and_unlinks_its_activity() {
        let mut skp = dengan_aksi();
        let sebelum = skp.clone();
        assert_eq!(
            dampak_hapus_iki(&skp, "iki-3"),
            Dampak {
                realisasi: 1,
                bukti_dukung: 1,
                kegiatan_dilepas: 1,
                periode: vec![1],
                ..Dampak::default()
            }
        );
        let dampak = hapus_iki(&mut skp, "iki-3").unwrap();
        assert_eq!(dampak, dampak_hapus_iki(&sebelum, "iki-3"));
        assert_eq!(skp.rhk[0].iki.len(), 2);
        assert_eq!(skp.evaluasi[0].realisasi.len(), 2);
        assert_eq!(skp.pengembangan_kompetensi[0].untuk_iki_id, None);
        assert_eq!(skp.pengembangan_kompetensi.len(), 4);
        assert_eq!(validate_skp(&skp, "data"), Ok(()));
        assert_eq!(hapus_iki(&mut skp, "iki-3"), None);
        assert_eq!(dampak_hapus_iki(&skp, "iki-3"), Dampak::default());
    }
}
