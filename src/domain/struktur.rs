//! The shape of an SKP's plan: its RHK in order with their kind, and the IKI of each, with the
//! numbers a person sees ("RHK utama 2", "IKI 1"). Computed once per change of shape, so a page
//! with many cards looks a number up instead of counting the list again for every card.

use crate::domain::model::{JenisRhk, Skp};
use std::collections::HashMap;

/// One RHK of the plan, in order.
#[derive(Debug, Clone, PartialEq)]
pub struct RhkDalamStruktur {
    pub id: String,
    pub jenis: JenisRhk,
    /// Its number among the RHK of its kind, from 1.
    pub nomor: usize,
    /// Its IKI's ids, in order.
    pub iki: Vec<String>,
}

/// Where an IKI is.
#[derive(Debug, Clone, PartialEq)]
pub struct LetakIki {
    pub rhk_id: String,
    /// Its number within its RHK, from 1.
    pub nomor: usize,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct Struktur {
    rhk: Vec<RhkDalamStruktur>,
    rhk_index: HashMap<String, usize>,
    iki: HashMap<String, LetakIki>,
}

impl Struktur {
    pub fn of(skp: &Skp) -> Struktur {
        let mut counts: HashMap<JenisRhk, usize> = HashMap::new();
        let mut iki = HashMap::new();
        let rhk: Vec<RhkDalamStruktur> = skp
            .rhk
            .iter()
            .map(|r| {
                let nomor = counts.entry(r.jenis).or_default();
                *nomor += 1;
                for (i, k) in r.iki.iter().enumerate() {
                    iki.insert(
                        k.id.clone(),
                        LetakIki {
                            rhk_id: r.id.clone(),
                            nomor: i + 1,
                        },
                    );
                }
                RhkDalamStruktur {
                    id: r.id.clone(),
                    jenis: r.jenis,
                    nomor: *nomor,
                    iki: r.iki.iter().map(|k| k.id.clone()).collect(),
                }
            })
            .collect();
        let rhk_index = rhk
            .iter()
            .enumerate()
            .map(|(i, r)| (r.id.clone(), i))
            .collect();
        Struktur {
            rhk,
            rhk_index,
            iki,
        }
    }

    /// The RHK in the SKP's order.
    pub fn rhk(&self) -> &[RhkDalamStruktur] {
        &self.rhk
    }

    pub fn rhk_by_id(&self, id: &str) -> Option<&RhkDalamStruktur> {
        self.rhk_index.get(id).map(|&i| &self.rhk[i])
    }

    /// The ids of the RHK of one kind, in order.
    pub fn rhk_ids(&self, jenis: JenisRhk) -> Vec<String> {
        self.rhk
            .iter()
            .filter(|r| r.jenis == jenis)
            .map(|r| r.id.clone())
            .collect()
    }

    /// (RHK id, IKI id) of every IKI, in the plan's order.
    pub fn pasangan_iki(&self) -> Vec<(String, String)> {
        self.rhk
            .iter()
            .flat_map(|r| r.iki.iter().map(|i| (r.id.clone(), i.clone())))
            .collect()
    }

    pub fn iki(&self, iki_id: &str) -> Option<&LetakIki> {
        self.iki.get(iki_id)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::operasi::{tambah_iki, tambah_rhk};

    #[test]
    fn numbers_count_within_each_kind_and_each_rhk() {
        let mut skp = Skp::baru("skp-1".into(), 2026);
        let u1 = tambah_rhk(&mut skp, JenisRhk::Utama).unwrap();
        let t1 = tambah_rhk(&mut skp, JenisRhk::Tambahan).unwrap();
        let u2 = tambah_rhk(&mut skp, JenisRhk::Utama).unwrap();
        let a = tambah_iki(&mut skp, &u2).unwrap();
        let b = tambah_iki(&mut skp, &u2).unwrap();
        let s = Struktur::of(&skp);
        assert_eq!(s.rhk_by_id(&u1).map(|r| r.nomor), Some(1));
        assert_eq!(
            s.rhk_by_id(&t1).map(|r| (r.jenis, r.nomor)),
            Some((JenisRhk::Tambahan, 1))
        );
        assert_eq!(s.rhk_by_id(&u2).map(|r| r.nomor), Some(2));
        assert_eq!(
            s.iki(&b),
            Some(&LetakIki {
                rhk_id: u2.clone(),
                nomor: 2
            })
        );
        assert_eq!(s.rhk_ids(JenisRhk::Utama), vec![u1, u2.clone()]);
        assert_eq!(s.pasangan_iki(), vec![(u2.clone(), a), (u2, b)]);
        assert_eq!(s.rhk_by_id("nope"), None);
    }
}
