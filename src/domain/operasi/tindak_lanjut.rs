//! What closes an IKI's gap: development activities (optionally linked to an IKI) and
//! rencana aksi (always for one IKI, in one period). Links are only ever made to an IKI that
//! exists, and periods only to one the SKP has.

use super::{ada_tempat, periode_ada};
use crate::domain::id::id_unik;
use crate::domain::model::{KegiatanPengembangan, RencanaAksi, Skp};

fn iki_sah(skp: &Skp, iki_id: Option<&str>) -> bool {
    iki_id.is_none_or(|id| skp.iki(id).is_some())
}

/// Adds an empty development activity, linked to an IKI or not, and returns its id; `None`
/// when the IKI does not exist or the list is full.
pub fn tambah_kegiatan(skp: &mut Skp, untuk_iki_id: Option<&str>) -> Option<String> {
    if !iki_sah(skp, untuk_iki_id) || !ada_tempat(skp.pengembangan_kompetensi.len()) {
        return None;
    }
    let k = &mut skp.pengembangan_kompetensi;
    let id = id_unik("kp", k.iter().map(|a| a.id.as_str()));
    k.push(KegiatanPengembangan {
        untuk_iki_id: untuk_iki_id.map(str::to_owned),
        ..KegiatanPengembangan::baru(id.clone())
    });
    Some(id)
}

/// Links an activity to an IKI (or unlinks it with `None`). False, and no change, when the
/// activity or the IKI does not exist.
pub fn tautkan_kegiatan(skp: &mut Skp, kegiatan_id: &str, untuk_iki_id: Option<&str>) -> bool {
    if !iki_sah(skp, untuk_iki_id) {
        return false;
    }
    match skp
        .pengembangan_kompetensi
        .iter_mut()
        .find(|k| k.id == kegiatan_id)
    {
        Some(k) => {
            k.untuk_iki_id = untuk_iki_id.map(str::to_owned);
            true
        }
        None => false,
    }
}

/// Deletes a development activity. Nothing refers to one, so nothing else changes.
pub fn hapus_kegiatan(skp: &mut Skp, kegiatan_id: &str) -> bool {
    let n = skp.pengembangan_kompetensi.len();
    skp.pengembangan_kompetensi.retain(|k| k.id != kegiatan_id);
    skp.pengembangan_kompetensi.len() != n
}

/// Plans an action for an IKI's gap in period `ke` and returns its id; `None` when the IKI
/// or the period does not exist, or the list is full.
pub fn tambah_rencana_aksi(skp: &mut Skp, iki_id: &str, ke: u32, uraian: String) -> Option<String> {
    let aksi = &skp.tindak_lanjut.rencana_aksi;
    if skp.iki(iki_id).is_none() || !periode_ada(skp, ke) || !ada_tempat(aksi.len()) {
        return None;
    }
    let id = id_unik("ra", aksi.iter().map(|a| a.id.as_str()));
    skp.tindak_lanjut.rencana_aksi.push(RencanaAksi {
        id: id.clone(),
        iki_id: iki_id.to_owned(),
        periode_ke: ke,
        uraian,
        selesai: false,
    });
    Some(id)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::contoh::contoh_analis_kebijakan;
    use crate::domain::file::validate_skp;

    #[test]
    fn an_activity_links_only_to_an_existing_iki() {
        let mut skp = contoh_analis_kebijakan();
        assert_eq!(tambah_kegiatan(&mut skp, Some("iki-9")), None);
        let id = tambah_kegiatan(&mut skp, Some("iki-8")).unwrap();
        assert_eq!(id, "kp-5");
        assert!(!tautkan_kegiatan(&mut skp, &id, Some("iki-9")));
        assert_eq!(
            skp.pengembangan_kompetensi[4].untuk_iki_id.as_deref(),
            Some("iki-8")
        );
        assert!(tautkan_kegiatan(&mut skp, &id, None));
        assert!(!tautkan_kegiatan(&mut skp, "kp-99", None));
        assert!(hapus_kegiatan(&mut skp, &id));
        assert!(!hapus_kegiatan(&mut skp, &id));
        assert_eq!(validate_skp(&skp, "data"), Ok(()));
    }

    #[test]
    fn an_action_needs_an_iki_and_a_period_of_the_skp() {
        let mut skp = contoh_analis_kebijakan();
        assert_eq!(
            tambah_rencana_aksi(&mut skp, "iki-4", 4, "Evaluasi daring".into()).as_deref(),
            Some("ra-1")
        );
        assert_eq!(
            tambah_rencana_aksi(&mut skp, "iki-4", 5, String::new()),
            None
        );
        assert_eq!(
            tambah_rencana_aksi(&mut skp, "iki-0", 4, String::new()),
            None
        );
        assert_eq!(skp.tindak_lanjut.rencana_aksi.len(), 1);
    }
}
