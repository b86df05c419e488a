//! The capaian engine: every IKI's capaian in every period and for the year, computed once
//! from an SKP. The monitoring cards and year table, the assessment table, the gaps, the
//! suggestion, the legacy score, the CSV and the export summary all read it, so they cannot
//! drift apart.

use serde::Serialize;

use super::rumus::{capaian, capaian_iki, target_periode};
use super::saran::{rerata_capaian, saran_dari_capaian, SaranRating};
use std::collections::HashMap;

use crate::domain::model::{Iki, JenisRhk, Rhk, Skp, Target};

/// One IKI's capaian in one period or for the year.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Capaian {
    /// The period (1-based); `None` for the year.
    pub periode_ke: Option<u32>,
    /// The target compared with: the period target (see [`target_periode`]) or, for the
    /// year, the full target.
    pub target: Option<Target>,
    /// The period's realisasi value or, for the year, the latest period's that has one.
    pub realisasi: Option<f64>,
    /// Capaian against `target`, in percent, rounded as shown.
    pub capaian: Option<f64>,
    /// The same realisasi against the full year target: how much of the year it reaches.
    pub terhadap_tahun: Option<f64>,
}

/// One IKI's capaian over the year.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CapaianIki {
    /// RHK id.
    pub rhk_id: String,
    /// IKI id.
    pub iki_id: String,
    /// Whether its RHK is utama (only those count in the suggestion).
    pub utama: bool,
    /// Every period the SKP has, and any evaluated period beyond them, in period order.
    pub per_periode: Vec<Capaian>,
    /// The year: the latest realisasi against the full target.
    pub tahun: Capaian,
}

impl CapaianIki {
    /// The period `Some(ke)` or the year (`None`).
    pub fn pada(&self, periode: Option<u32>) -> Option<&Capaian> {
        match periode {
            None => Some(&self.tahun),
            Some(ke) => self.per_periode.iter().find(|c| c.periode_ke == Some(ke)),
        }
    }

    /// The periods that have a capaian, in order.
    pub fn terukur(&self) -> impl Iterator<Item = &Capaian> {
        self.per_periode.iter().filter(|c| c.capaian.is_some())
    }
}

/// The capaian of every IKI of an SKP, in plan order.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct CapaianSkp {
    /// Per IKI.
    pub iki: Vec<CapaianIki>,
}

impl CapaianSkp {
    /// Computes the capaian of every IKI.
    pub fn of(skp: &Skp) -> Self {
        let konteks = Konteks::of(skp, None);
        CapaianSkp {
            iki: skp
                .rhk
                .iter()
                .flat_map(|rhk| rhk.iki.iter().map(move |iki| (rhk, iki)))
                .map(|(rhk, iki)| konteks.hitung(rhk, iki))
                .collect(),
        }
    }

    /// One IKI's capaian alone (for a view that shows one); `None` when it does not exist.
    pub fn satu(skp: &Skp, iki_id: &str) -> Option<CapaianIki> {
        let (rhk, iki) = skp
            .rhk
            .iter()
            .find_map(|r| Some((r, r.iki.iter().find(|i| i.id == iki_id)?)))?;
        Some(Konteks::of(skp, Some(iki_id)).hitung(rhk, iki))
    }

    /// An IKI's capaian.
    pub fn iki(&self, iki_id: &str) -> Option<&CapaianIki> {
        self.iki.iter().find(|c| c.iki_id == iki_id)
    }

    /// Every IKI with its capaian in the period `Some(ke)` or the year (`None`).
    pub fn pada(&self, periode: Option<u32>) -> impl Iterator<Item = (&CapaianIki, &Capaian)> {
        self.iki
            .iter()
            .filter_map(move |i| Some((i, i.pada(periode)?)))
    }

    /// The mean capaian of one RHK's IKI in the period or the year, each capped at 120% as
    /// in the suggestion (assumption `saran-rating`); `None` when none has a capaian.
    pub fn rerata_rhk(&self, rhk_id: &str, periode: Option<u32>) -> Option<f64> {
        let nilai: Vec<f64> = self
            .pada(periode)
            .filter(|(i, _)| i.rhk_id == rhk_id)
            .filter_map(|(_, c)| c.capaian)
            .collect();
        rerata_capaian(&nilai)
    }

    /// The suggested rating hasil kerja of the period or the year from the IKI of the RHK
    /// utama (assumption `saran-rating`; a suggestion, never the rating).
    pub fn saran(&self, periode: Option<u32>) -> Option<SaranRating> {
        let nilai: Vec<f64> = self
            .pada(periode)
            .filter(|(i, _)| i.utama)
            .filter_map(|(_, c)| c.capaian)
            .collect();
        saran_dari_capaian(&nilai)
    }
}

/// What every IKI's computation shares: the number of periods, the periods to show, and the
/// realisasi values by IKI and period (looked up once, not once per IKI).
struct Konteks<'a> {
    jumlah: u32,
    periode: Vec<u32>,
    nilai: HashMap<(&'a str, u32), Option<f64>>,
}

impl<'a> Konteks<'a> {
    /// `hanya`: index only this IKI's values, for [`CapaianSkp::satu`].
    fn of(skp: &'a Skp, hanya: Option<&str>) -> Self {
        let daftar = skp.daftar_periode_evaluasi();
        let mut periode: Vec<u32> = daftar.iter().map(|p| p.ke).collect();
        periode.extend(skp.evaluasi.iter().map(|e| e.periode_ke));
        periode.sort_unstable();
        periode.dedup();
        let mut nilai = HashMap::new();
        for e in &skp.evaluasi {
            for r in &e.realisasi {
                if hanya.is_none_or(|id| r.iki_id == id) {
                    // The first record of an IKI in a period is the one every edit changes.
                    nilai
                        .entry((r.iki_id.as_str(), e.periode_ke))
                        .or_insert(r.nilai);
                }
            }
        }
        Konteks {
            jumlah: daftar.len() as u32,
            periode,
            nilai,
        }
    }

    fn realisasi(&self, ke: u32, iki_id: &str) -> Option<f64> {
        self.nilai.get(&(iki_id, ke)).copied().flatten()
    }

    fn hitung(&self, rhk: &Rhk, iki: &Iki) -> CapaianIki {
        let per_periode: Vec<Capaian> = self
            .periode
            .iter()
            .map(|&ke| {
                let target = target_periode(iki, ke, self.jumlah);
                let realisasi = self.realisasi(ke, &iki.id);
                let c = target
                    .as_ref()
                    .zip(realisasi)
                    .and_then(|(t, v)| capaian(t, v, iki.lebih_kecil_lebih_baik));
                Capaian {
                    periode_ke: Some(ke),
                    target,
                    realisasi,
                    capaian: c,
                    terhadap_tahun: realisasi.and_then(|v| capaian_iki(iki, v)),
                }
            })
            .collect();
        let terakhir = per_periode.iter().rev().find_map(|c| c.realisasi);
        let tahun_capaian = terakhir.and_then(|v| capaian_iki(iki, v));
        CapaianIki {
            rhk_id: rhk.id.clone(),
            iki_id: iki.id.clone(),
            utama: rhk.jenis == JenisRhk::Utama,
            tahun: Capaian {
                periode_ke: None,
                target: iki.target.clone(),
                realisasi: terakhir,
                capaian: tahun_capaian,
                terhadap_tahun: tahun_capaian,
            },
            per_periode,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::contoh::contoh_analis_kebijakan;
    use crate::domain::model::Rating;

    #[test]
    fn a_period_compares_with_the_pro_rated_target_and_the_year_with_the_full_one() {
        let skp = contoh_analis_kebijakan();
        let semua = CapaianSkp::of(&skp);
        let iki4 = semua.iki("iki-4").unwrap();
        let tw2 = iki4.pada(Some(2)).unwrap();
        assert_eq!(tw2.realisasi, Some(11.0));
        let Some(Target::Nilai { nilai: penuh, .. }) = iki4.tahun.target else {
            panic!("iki-4 has a number target")
        };
        let Some(Target::Nilai {
            nilai: tw2_target, ..
        }) = tw2.target
        else {
            panic!("the period target is a number")
        };
        assert_eq!(tw2_target, penuh / 2.0);
        assert_eq!(iki4.tahun.realisasi, Some(17.0));
        assert_eq!(
            tw2.terhadap_tahun,
            capaian_iki(skp.iki("iki-4").unwrap(), 11.0)
        );
        assert_eq!(CapaianSkp::satu(&skp, "iki-4").as_ref(), Some(iki4));
        assert!(CapaianSkp::satu(&skp, "nope").is_none());
    }

    #[test]
    fn the_year_takes_the_latest_period_with_a_value_even_when_later_ones_are_empty() {
        let mut skp = contoh_analis_kebijakan();
        let iki = skp.rhk[0].iki[0].id.clone();
        for e in &mut skp.evaluasi {
            if e.periode_ke > 1 {
                e.realisasi.retain(|r| r.iki_id != iki);
            }
        }
        let c = CapaianSkp::of(&skp);
        let satu = c.iki(&iki).unwrap();
        assert_eq!(satu.tahun.realisasi, satu.pada(Some(1)).unwrap().realisasi);
        assert!(satu.pada(Some(3)).unwrap().capaian.is_none());
        assert_eq!(satu.terukur().count(), 1);
    }

    #[test]
    fn the_suggestion_reads_only_rhk_utama_and_the_rhk_mean_only_its_own_iki() {
        let mut skp = contoh_analis_kebijakan();
        let jumlah = |s: Option<SaranRating>| match s.map(|s| s.dasar) {
            Some(super::super::DasarSaran::Capaian { jumlah_iki, .. }) => Some(jumlah_iki),
            _ => None,
        };
        let sebelum = jumlah(CapaianSkp::of(&skp).saran(None));
        // Make every RHK but the first tambahan: the suggestion counts fewer IKI.
        for r in skp.rhk.iter_mut().skip(1) {
            r.jenis = JenisRhk::Tambahan;
        }
        let c = CapaianSkp::of(&skp);
        let utama_iki = c
            .pada(None)
            .filter(|(i, k)| i.utama && k.capaian.is_some())
            .count();
        assert_eq!(jumlah(c.saran(None)), Some(utama_iki));
        assert!(sebelum > Some(utama_iki));
        let rhk = &skp.rhk[0];
        let sendiri: Vec<f64> = rhk
            .iki
            .iter()
            .filter_map(|i| c.iki(&i.id)?.tahun.capaian)
            .collect();
        assert_eq!(c.rerata_rhk(&rhk.id, None), rerata_capaian(&sendiri));
        assert_eq!(c.rerata_rhk("nope", None), None);
        assert!(matches!(
            c.saran(None).map(|s| s.rating),
            Some(Rating::DiAtasEkspektasi | Rating::SesuaiEkspektasi | Rating::DiBawahEkspektasi)
        ));
    }
}
