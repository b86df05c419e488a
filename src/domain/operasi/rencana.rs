//! The plan's structure: adding RHK and IKI with ids no other item has, and moving them.

use super::ada_tempat;
use crate::domain::id::id_unik;
use crate::domain::model::{Aspek, Iki, JenisRhk, Rhk, RhkPimpinan, Skp};

/// Which way an item moves in its list.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Arah {
    /// Towards the start.
    Naik,
    /// Towards the end.
    Turun,
}

/// Adds an empty RHK of this kind at the end and returns its new id; `None` when the list
/// is as long as the file format allows.
pub fn tambah_rhk(skp: &mut Skp, jenis: JenisRhk) -> Option<String> {
    if !ada_tempat(skp.rhk.len()) {
        return None;
    }
    let id = id_unik("rhk", skp.rhk.iter().map(|r| r.id.as_str()));
    skp.rhk.push(Rhk {
        id: id.clone(),
        jenis,
        rencana_hasil_kerja: String::new(),
        rhk_pimpinan: RhkPimpinan::default(),
        perspektif: None,
        iki: Vec::new(),
    });
    Some(id)
}

/// Adds an empty IKI at the end of an RHK and returns its id, unique across the SKP (IKI ids
/// are referred to from every period); `None` when the RHK does not exist or is full.
pub fn tambah_iki(skp: &mut Skp, rhk_id: &str) -> Option<String> {
    let id = id_unik(
        "iki",
        skp.rhk
            .iter()
            .flat_map(|r| r.iki.iter())
            .map(|i| i.id.as_str()),
    );
    let rhk = skp.rhk.iter_mut().find(|r| r.id == rhk_id)?;
    if !ada_tempat(rhk.iki.len()) {
        return None;
    }
    rhk.iki.push(Iki {
        id: id.clone(),
        aspek: Aspek::default(),
        indikator: String::new(),
        target: None,
        lebih_kecil_lebih_baik: false,
    });
    Some(id)
}

/// Swaps the item at `i` with its nearest neighbour in that direction among the items `sama`
/// groups with it. False when there is none.
fn tukar<T>(list: &mut [T], i: usize, arah: Arah, sama: impl Fn(&T, &T) -> bool) -> bool {
    let Some(item) = list.get(i) else {
        return false;
    };
    let j = match arah {
        Arah::Naik => (0..i).rev().find(|&j| sama(&list[j], item)),
        Arah::Turun => (i + 1..list.len()).find(|&j| sama(&list[j], item)),
    };
    match j {
        Some(j) => {
            list.swap(i, j);
            true
        }
        None => false,
    }
}

/// Moves an RHK one place among the RHK of its kind (utama and tambahan are listed apart).
/// False when it does not exist or is already first or last.
pub fn pindah_rhk(skp: &mut Skp, rhk_id: &str, arah: Arah) -> bool {
    match skp.rhk.iter().position(|r| r.id == rhk_id) {
        Some(i) => tukar(&mut skp.rhk, i, arah, |a, b| a.jenis == b.jenis),
        None => false,
    }
}

/// Moves an IKI one place within its RHK. False when it does not exist or cannot move.
pub fn pindah_iki(skp: &mut Skp, iki_id: &str, arah: Arah) -> bool {
    for rhk in &mut skp.rhk {
        if let Some(i) = rhk.iki.iter().position(|x| x.id == iki_id) {
            return tukar(&mut rhk.iki, i, arah, |_, _| true);
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::contoh::contoh_analis_kebijakan;

    fn ids(skp: &Skp) -> Vec<&str> {
        skp.rhk.iter().map(|r| r.id.as_str()).collect()
    }

    #[test]
    fn new_rhk_and_iki_get_ids_no_other_item_has() {
        let mut skp = contoh_analis_kebijakan();
        assert_eq!(
            tambah_rhk(&mut skp, JenisRhk::Tambahan).as_deref(),
            Some("rhk-4")
        );
        assert_eq!(tambah_iki(&mut skp, "rhk-1").as_deref(), Some("iki-9"));
        assert_eq!(tambah_iki(&mut skp, "rhk-4").as_deref(), Some("iki-10"));
        assert_eq!(tambah_iki(&mut skp, "tidak-ada"), None);
        assert_eq!(skp.rhk[0].iki.len(), 4);
        assert_eq!(skp.rhk[3].jenis, JenisRhk::Tambahan);
    }

    #[test]
    fn an_rhk_moves_only_among_its_own_kind() {
        let mut skp = contoh_analis_kebijakan();
        // rhk-1, rhk-2 utama; rhk-3 tambahan.
        assert!(!pindah_rhk(&mut skp, "rhk-3", Arah::Naik));
        assert!(!pindah_rhk(&mut skp, "rhk-1", Arah::Naik));
        assert!(pindah_rhk(&mut skp, "rhk-1", Arah::Turun));
        assert_eq!(ids(&skp), ["rhk-2", "rhk-1", "rhk-3"]);
        assert!(!pindah_rhk(&mut skp, "rhk-1", Arah::Turun));
        assert!(!pindah_rhk(&mut skp, "tidak-ada", Arah::Turun));
    }

    #[test]
    fn an_iki_moves_within_its_rhk() {
        let mut skp = contoh_analis_kebijakan();
        assert!(pindah_iki(&mut skp, "iki-3", Arah::Naik));
        let urut: Vec<_> = skp.rhk[0].iki.iter().map(|i| i.id.as_str()).collect();
        assert_eq!(urut, ["iki-1", "iki-3", "iki-2"]);
        assert!(!pindah_iki(&mut skp, "iki-4", Arah::Naik));
        assert!(!pindah_iki(&mut skp, "tidak-ada", Arah::Naik));
    }
}
