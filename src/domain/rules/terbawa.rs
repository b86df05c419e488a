//! What a year leaves for the next (the follow-up page's carry-over): the plan's size, the IKI
//! still behind target in their latest period (from [`gap`](super::gap)), the action plans not
//! yet done, and the development activities not yet completed (no JP earned recorded).

use super::gap::gap_iki;
use crate::domain::model::Skp;

#[derive(Debug, Clone, PartialEq, Default)]
pub struct Terbawa {
    pub jumlah_rhk: usize,
    pub jumlah_iki: usize,
    /// The indicators of the IKI still behind target.
    pub iki_tertinggal: Vec<String>,
    /// Action plans not marked done.
    pub aksi_terbuka: Vec<String>,
    /// Development activities without earned JP.
    pub pengembangan_belum: Vec<String>,
}

pub fn terbawa(skp: &Skp) -> Terbawa {
    Terbawa {
        jumlah_rhk: skp.rhk.len(),
        jumlah_iki: skp.rhk.iter().map(|r| r.iki.len()).sum(),
        iki_tertinggal: gap_iki(skp)
            .into_iter()
            .filter(|g| g.ada_kesenjangan())
            .filter_map(|g| skp.iki(&g.iki_id).map(|i| i.indikator.clone()))
            .collect(),
        aksi_terbuka: skp
            .tindak_lanjut
            .rencana_aksi
            .iter()
            .filter(|a| !a.selesai)
            .map(|a| a.uraian.clone())
            .collect(),
        pengembangan_belum: skp
            .pengembangan_kompetensi
            .iter()
            .filter(|k| k.jp_diperoleh.is_none())
            .map(|k| k.nama.clone())
            .collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::contoh::CONTOH;

    #[test]
    fn what_is_left_open_is_carried_and_nothing_else() {
        for contoh in CONTOH {
            let mut skp = (contoh.buat)();
            let t = terbawa(&skp);
            assert_eq!(
                t.jumlah_iki,
                skp.rhk.iter().map(|r| r.iki.len()).sum::<usize>()
            );
            assert_eq!(
                t.aksi_terbuka.len(),
                skp.tindak_lanjut
                    .rencana_aksi
                    .iter()
                    .filter(|a| !a.selesai)
                    .count()
            );
            // Once every activity has its JP and every action is done, neither is carried.
            for k in &mut skp.pengembangan_kompetensi {
                k.jp_diperoleh = Some(k.jp_rencana);
            }
            for a in &mut skp.tindak_lanjut.rencana_aksi {
                a.selesai = true;
            }
            let t = terbawa(&skp);
            assert!(
                t.pengembangan_belum.is_empty() && t.aksi_terbuka.is_empty(),
                "{}",
                contoh.jabatan
            );
        }
    }

    #[test]
    fn an_iki_behind_target_is_carried_by_its_indicator() {
        let skp = crate::domain::contoh::contoh_analis_kebijakan();
        let behind: Vec<String> = gap_iki(&skp)
            .into_iter()
            .filter(|g| g.ada_kesenjangan())
            .map(|g| skp.iki(&g.iki_id).unwrap().indikator.clone())
            .collect();
        assert_eq!(terbawa(&skp).iki_tertinggal, behind);
    }
}
