//! Merging the evaluations that land in one period (when months become quarters, or when a
//! buggy file holds one period twice) into one evaluation.
//!
//! The rule, and why:
//! - A realisasi is the state reached by the END of its period (cumulative, assumption
//!   `gap-pro-rata`), so for each IKI the latest part wins: its value, and its
//!   uraian (what was achieved so far). An empty value or uraian does not erase an earlier
//!   one, as the capaian engine takes the year's value. What a later part replaced is returned
//!   ([`RealisasiTertimpa`]) so the person sees it before confirming.
//! - Kendala, bukti dukung, umpan balik, dialog notes and bimbingan sessions are things that
//!   happened, not a state: all of them are kept, oldest first (kendala joined line by line).
//! - Ratings and the unit's capaian kinerja organisasi judge one period and are left to the
//!   caller.
//!
//! Ids stay unique within their list: a repeated one gets a new `prefix-N`.

use std::collections::HashSet;

use crate::domain::file::MAX_STRING_CHARS;
use crate::domain::id::id_unik;
use crate::domain::model::{EvaluasiPeriodik, KinerjaOrganisasi, RatingPeriode, Realisasi};

/// What a later period's realisasi of the same IKI replaced in a merge.
#[derive(Debug, Clone, PartialEq)]
pub struct RealisasiTertimpa {
    /// The period (`periode_ke` before the merge) it was recorded in.
    pub periode_ke: u32,
    /// The IKI.
    pub iki_id: String,
    /// The value replaced by a later, different one (`None`: the value was not replaced).
    pub nilai: Option<f64>,
    /// The uraian replaced by a later, different one (empty: not replaced).
    pub uraian: String,
    /// A kendala left out because all of them together would be longer than a text may be.
    pub kendala: String,
}

/// Gives every id that an earlier one repeats a new `prefix-N`, unique among them.
/// Returns (position, old id, new id) of each change.
pub(super) fn beri_id_unik(ids: Vec<&mut String>, prefix: &str) -> Vec<(usize, String, String)> {
    let mut semua: HashSet<String> = ids.iter().map(|id| (**id).clone()).collect();
    let mut dilihat = HashSet::new();
    let mut diganti = Vec::new();
    for (i, lama) in ids.into_iter().enumerate() {
        if dilihat.insert(lama.clone()) {
            continue;
        }
        let baru = id_unik(prefix, semua.iter().map(String::as_str));
        semua.insert(baru.clone());
        dilihat.insert(baru.clone());
        diganti.push((i, std::mem::replace(lama, baru.clone()), baru));
    }
    diganti
}

/// One IKI's merged realisasi and where its current parts came from.
struct Gabungan {
    realisasi: Realisasi,
    ke_nilai: u32,
    ke_uraian: u32,
    kendala: Vec<(u32, String)>,
}

fn catat<'a>(
    tertimpa: &'a mut Vec<RealisasiTertimpa>,
    ke: u32,
    iki_id: &str,
) -> &'a mut RealisasiTertimpa {
    let i = match tertimpa
        .iter()
        .position(|t| t.periode_ke == ke && t.iki_id == iki_id)
    {
        Some(i) => i,
        None => {
            tertimpa.push(RealisasiTertimpa {
                periode_ke: ke,
                iki_id: iki_id.to_owned(),
                nilai: None,
                uraian: String::new(),
                kendala: String::new(),
            });
            tertimpa.len() - 1
        }
    };
    &mut tertimpa[i]
}

impl Gabungan {
    fn baru(ke: u32, mut r: Realisasi) -> Gabungan {
        let kendala = std::mem::take(&mut r.kendala);
        Gabungan {
            realisasi: r,
            ke_nilai: ke,
            ke_uraian: ke,
            kendala: vec![(ke, kendala)],
        }
    }

    fn timpa(&mut self, ke: u32, r: Realisasi, tertimpa: &mut Vec<RealisasiTertimpa>) {
        let iki_id = &self.realisasi.iki_id;
        if let Some(nilai) = r.nilai {
            if let Some(lama) = self.realisasi.nilai.filter(|lama| *lama != nilai) {
                catat(tertimpa, self.ke_nilai, iki_id).nilai = Some(lama);
            }
            self.realisasi.nilai = Some(nilai);
            self.ke_nilai = ke;
        }
        if !r.uraian.is_empty() {
            if !self.realisasi.uraian.is_empty() && self.realisasi.uraian != r.uraian {
                catat(tertimpa, self.ke_uraian, iki_id).uraian =
                    std::mem::take(&mut self.realisasi.uraian);
            }
            self.realisasi.uraian = r.uraian;
            self.ke_uraian = ke;
        }
        self.realisasi.bukti_dukung.extend(r.bukti_dukung);
        self.kendala.push((ke, r.kendala));
    }

    /// Joins the distinct kendala; the oldest are left out (and listed) while the whole would
    /// be longer than the file format allows.
    fn selesai(mut self, tertimpa: &mut Vec<RealisasiTertimpa>) -> Realisasi {
        let mut bagian: Vec<(u32, String)> = Vec::new();
        for (ke, k) in self.kendala {
            if !k.is_empty() && bagian.iter().all(|(_, b)| *b != k) {
                bagian.push((ke, k));
            }
        }
        let panjang = |b: &[(u32, String)]| {
            b.iter()
                .map(|(_, k)| k.chars().count() + 1)
                .sum::<usize>()
                .saturating_sub(1)
        };
        while bagian.len() > 1 && panjang(&bagian) > MAX_STRING_CHARS {
            let (ke, k) = bagian.remove(0);
            catat(tertimpa, ke, &self.realisasi.iki_id).kendala = k;
        }
        self.realisasi.kendala = bagian
            .into_iter()
            .map(|(_, k)| k)
            .collect::<Vec<_>>()
            .join("\n");
        beri_id_unik(
            self.realisasi
                .bukti_dukung
                .iter_mut()
                .map(|b| &mut b.id)
                .collect(),
            "bd",
        );
        self.realisasi
    }
}

/// Merges evaluations, oldest first, into one with the first one's id and period and no
/// ratings; returns it with what was replaced. One evaluation comes back as it is, ratings
/// included; none gives `None`.
pub(super) fn gabung(
    bagian: Vec<EvaluasiPeriodik>,
) -> Option<(EvaluasiPeriodik, Vec<RealisasiTertimpa>)> {
    let mut bagian = bagian.into_iter();
    let mut hasil = bagian.next()?;
    let mut sisa = bagian.peekable();
    if sisa.peek().is_none() {
        return Some((hasil, Vec::new()));
    }
    let mut tertimpa = Vec::new();
    let mut realisasi: Vec<Gabungan> = Vec::new();
    let pertama = std::mem::take(&mut hasil.realisasi);
    let semua = std::iter::once((hasil.periode_ke, pertama))
        .chain(sisa.map(|mut ev| {
            hasil.umpan_balik_rhk.append(&mut ev.umpan_balik_rhk);
            hasil
                .umpan_balik_perilaku
                .append(&mut ev.umpan_balik_perilaku);
            hasil.dialog_kinerja.append(&mut ev.dialog_kinerja);
            hasil.bimbingan.append(&mut ev.bimbingan);
            (ev.periode_ke, ev.realisasi)
        }))
        .collect::<Vec<_>>();
    for (ke, daftar) in semua {
        for r in daftar {
            match realisasi
                .iter_mut()
                .find(|g| g.realisasi.iki_id == r.iki_id)
            {
                Some(g) => g.timpa(ke, r, &mut tertimpa),
                None => realisasi.push(Gabungan::baru(ke, r)),
            }
        }
    }
    hasil.realisasi = realisasi
        .into_iter()
        .map(|g| g.selesai(&mut tertimpa))
        .collect();
    beri_id_unik(
        hasil.realisasi.iter_mut().map(|x| &mut x.id).collect(),
        "re",
    );
    beri_id_unik(
        hasil
            .umpan_balik_rhk
            .iter_mut()
            .map(|x| &mut x.id)
            .collect(),
        "ub",
    );
    beri_id_unik(
        hasil
            .umpan_balik_perilaku
            .iter_mut()
            .map(|x| &mut x.id)
            .collect(),
        "ubp",
    );
    beri_id_unik(
        hasil.dialog_kinerja.iter_mut().map(|x| &mut x.id).collect(),
        "dk",
    );
    beri_id_unik(
        hasil.bimbingan.iter_mut().map(|x| &mut x.id).collect(),
        crate::domain::operasi::PREFIX_BIMBINGAN,
    );
    hasil.rating = RatingPeriode::default();
    hasil.kinerja_organisasi = KinerjaOrganisasi::default();
    Some((hasil, tertimpa))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::model::{
        BuktiDukung, CatatanDialog, PredikatOrganisasi, Rating, RatingOleh,
    };

    fn ev(id: &str, ke: u32, realisasi: Vec<Realisasi>) -> EvaluasiPeriodik {
        EvaluasiPeriodik {
            id: id.into(),
            periode_ke: ke,
            realisasi,
            umpan_balik_rhk: vec![],
            umpan_balik_perilaku: vec![],
            dialog_kinerja: vec![CatatanDialog {
                id: "dk-1".into(),
                tanggal: None,
                catatan: format!("dialog {ke}"),
            }],
            rating: RatingPeriode {
                mandiri: RatingOleh {
                    hasil_kerja: Some(Rating::SesuaiEkspektasi),
                    ..RatingOleh::default()
                },
                ..RatingPeriode::default()
            },
            kinerja_organisasi: KinerjaOrganisasi {
                predikat: Some(PredikatOrganisasi::Baik),
                capaian: None,
            },
            bimbingan: Vec::new(),
        }
    }

    fn re(id: &str, iki: &str, nilai: Option<f64>, uraian: &str, kendala: &str) -> Realisasi {
        Realisasi {
            id: id.into(),
            iki_id: iki.into(),
            nilai,
            uraian: uraian.into(),
            bukti_dukung: vec![BuktiDukung {
                id: "bd-1".into(),
                tautan: String::new(),
                keterangan: format!("bukti {id}"),
                tanggal: None,
            }],
            kendala: kendala.into(),
        }
    }

    #[test]
    fn the_latest_state_wins_and_events_are_all_kept() {
        let (hasil, tertimpa) = gabung(vec![
            ev("ev-1", 1, vec![re("re-1", "a", Some(1.0), "satu", "hujan")]),
            ev("ev-2", 2, vec![re("re-1", "b", Some(7.0), "", "")]),
            ev(
                "ev-3",
                3,
                vec![
                    re("re-3", "a", None, "tiga", "hujan"),
                    re("re-4", "a", Some(3.0), "", "banjir"),
                ],
            ),
        ])
        .unwrap();
        assert_eq!((hasil.id.as_str(), hasil.periode_ke), ("ev-1", 1));
        assert!(!hasil.rating.ada() && !hasil.kinerja_organisasi.ada());
        let a = &hasil.realisasi[0];
        assert_eq!((a.nilai, a.uraian.as_str()), (Some(3.0), "tiga"));
        assert_eq!(a.kendala, "hujan\nbanjir");
        assert_eq!(a.bukti_dukung.len(), 3);
        let bukti: HashSet<_> = a.bukti_dukung.iter().map(|b| &b.id).collect();
        assert_eq!(bukti.len(), 3);
        assert_eq!(hasil.realisasi[1].nilai, Some(7.0));
        assert_ne!(hasil.realisasi[0].id, hasil.realisasi[1].id);
        assert_eq!(hasil.dialog_kinerja.len(), 3);
        assert_eq!(hasil.dialog_kinerja[2].catatan, "dialog 3");
        assert_eq!(
            tertimpa,
            vec![RealisasiTertimpa {
                periode_ke: 1,
                iki_id: "a".into(),
                nilai: Some(1.0),
                uraian: "satu".into(),
                kendala: String::new(),
            }]
        );
    }

    #[test]
    fn one_evaluation_comes_back_unchanged() {
        let satu = ev("ev-1", 1, vec![re("re-1", "a", Some(1.0), "", "")]);
        assert_eq!(gabung(vec![satu.clone()]), Some((satu, vec![])));
        assert_eq!(gabung(vec![]), None);
    }

    #[test]
    fn kendala_too_long_together_keep_the_latest_and_list_the_others() {
        let panjang = "x".repeat(MAX_STRING_CHARS - 10);
        let (hasil, tertimpa) = gabung(vec![
            ev("ev-1", 1, vec![re("re-1", "a", None, "", &panjang)]),
            ev(
                "ev-2",
                2,
                vec![re("re-2", "a", None, "", "banjir besar di lokasi")],
            ),
        ])
        .unwrap();
        assert_eq!(hasil.realisasi[0].kendala, "banjir besar di lokasi");
        assert_eq!(tertimpa[0].kendala, panjang);
    }
}
