//! Repairs what an older, buggy version may have stored, so the library can open such an
//! SKP and tell the person what it changed instead of refusing the whole SKP.
//!
//! Each repair removes or changes only what is already broken, the smallest way that makes
//! the SKP valid (`file::validate_skp` passes afterwards):
//! - an id used twice: the later item gets a new id (references keep meaning the first);
//! - a realisasi, umpan balik (the leader's note on the plan among them) or rencana aksi of an
//!   RHK or IKI that no longer exists: it was meant to go with its item, and is removed; an
//!   activity linked to one is only unlinked;
//! - two evaluations of one period: merged into the first, the later entry counting as the
//!   later state (as in [`super::gabung`]), the later set rating winning;
//! - an evaluation of a period outside 1..=12: it has no place, and is removed;
//! - a rencana aksi in a period outside 1..=12: moved to the nearest period that exists.
//!
//! Paths point at the item as it was read (`rhk[1].iki[0].id`, relative to the SKP), so the
//! person can find it in the original file, which the caller keeps.

use std::collections::{BTreeMap, HashSet};

use super::gabung::{beri_id_unik, gabung, RealisasiTertimpa};
use super::ganti_periode::IsiEvaluasi;
use crate::domain::file::MAX_PERIODE_KE;
use crate::domain::model::{EvaluasiPeriodik, Penilai, RatingPeriode, Skp};

/// One repair, with the path of what it touched.
#[derive(Debug, Clone, PartialEq)]
pub enum Perbaikan {
    /// An id was used twice; this later item got a new one.
    IdDiganti {
        /// Path of the id.
        path: String,
        /// The repeated id.
        lama: String,
        /// Its new id.
        baru: String,
    },
    /// A realisasi of an IKI that no longer exists was removed, with its bukti dukung.
    RealisasiDihapus {
        /// Path of the realisasi.
        path: String,
        /// The missing IKI.
        iki_id: String,
        /// How many bukti dukung it held.
        bukti_dukung: usize,
    },
    /// An umpan balik on an RHK that no longer exists was removed.
    UmpanBalikDihapus {
        /// Path of the umpan balik.
        path: String,
        /// The missing RHK.
        rhk_id: String,
    },
    /// An evaluation of a period outside 1..=12 was removed.
    EvaluasiDihapus {
        /// Path of the evaluation.
        path: String,
        /// Its period number.
        periode_ke: u32,
        /// What it held.
        isi: IsiEvaluasi,
    },
    /// Evaluations of the same period were merged into the first one.
    EvaluasiDigabung {
        /// Path of the evaluation kept.
        path: String,
        /// Paths of those merged into it.
        digabung: Vec<String>,
        /// The period.
        periode_ke: u32,
        /// Realisasi replaced by a later entry's.
        tertimpa: Vec<RealisasiTertimpa>,
        /// Whether a set rating was replaced by a different, later one.
        rating_tertimpa: bool,
    },
    /// A development activity linked to an IKI that no longer exists was unlinked (kept).
    KegiatanDilepas {
        /// Path of the link.
        path: String,
        /// The missing IKI.
        iki_id: String,
    },
    /// A rencana aksi for an IKI that no longer exists was removed.
    AksiDihapus {
        /// Path of the rencana aksi.
        path: String,
        /// The missing IKI.
        iki_id: String,
    },
    /// A rencana aksi in a period outside 1..=12 was moved into one that exists.
    AksiDipindah {
        /// Path of its period.
        path: String,
        /// The period it had.
        lama: u32,
        /// The period it has now.
        baru: u32,
    },
}

/// Renames repeated ids; `paths[i]` is the path of the i-th id.
fn ids_unik(ids: Vec<&mut String>, paths: &[String], prefix: &str, hasil: &mut Vec<Perbaikan>) {
    for (i, lama, baru) in beri_id_unik(ids, prefix) {
        hasil.push(Perbaikan::IdDiganti {
            path: paths.get(i).cloned().unwrap_or_default(),
            lama,
            baru,
        });
    }
}

/// Repairs the SKP in place and says what it did; nothing for a sound SKP.
pub fn perbaiki(skp: &mut Skp) -> Vec<Perbaikan> {
    let mut hasil = Vec::new();
    ids_rencana(skp, &mut hasil);
    let rhk_ids: HashSet<String> = skp.rhk.iter().map(|r| r.id.clone()).collect();
    let iki_ids: HashSet<String> = skp
        .rhk
        .iter()
        .flat_map(|r| r.iki.iter())
        .map(|i| i.id.clone())
        .collect();

    let evaluasi = rujukan_evaluasi(skp, &rhk_ids, &iki_ids, &mut hasil);
    let evaluasi = satu_per_periode(evaluasi, &mut hasil);
    pasang_evaluasi(skp, evaluasi, &mut hasil);
    kegiatan(skp, &iki_ids, &mut hasil);
    rencana_aksi(skp, &iki_ids, &mut hasil);
    catatan_rencana(skp, &rhk_ids, &mut hasil);
    hasil
}

/// The leader's notes on the plan: each on an RHK that exists.
fn catatan_rencana(skp: &mut Skp, rhk_ids: &HashSet<String>, hasil: &mut Vec<Perbaikan>) {
    let Some(p) = &mut skp.persetujuan else {
        return;
    };
    let mut i = 0;
    p.catatan_rhk.retain(|c| {
        let ada = rhk_ids.contains(&c.rhk_id);
        if !ada {
            hasil.push(Perbaikan::UmpanBalikDihapus {
                path: format!("persetujuan.catatan_rhk[{i}]"),
                rhk_id: c.rhk_id.clone(),
            });
        }
        i += 1;
        ada
    });
}

/// RHK ids, and IKI ids across the SKP, are unique.
fn ids_rencana(skp: &mut Skp, hasil: &mut Vec<Perbaikan>) {
    let paths: Vec<String> = (0..skp.rhk.len()).map(|r| format!("rhk[{r}].id")).collect();
    ids_unik(
        skp.rhk.iter_mut().map(|r| &mut r.id).collect(),
        &paths,
        "rhk",
        hasil,
    );
    let paths: Vec<String> = skp
        .rhk
        .iter()
        .enumerate()
        .flat_map(|(r, rhk)| (0..rhk.iki.len()).map(move |i| format!("rhk[{r}].iki[{i}].id")))
        .collect();
    ids_unik(
        skp.rhk
            .iter_mut()
            .flat_map(|r| r.iki.iter_mut())
            .map(|i| &mut i.id)
            .collect(),
        &paths,
        "iki",
        hasil,
    );
}

/// Evaluations outside 1..=12 go; realisasi and umpan balik of items that are gone go;
/// realisasi and bimbingan ids are unique. Each evaluation keeps its position as read.
fn rujukan_evaluasi(
    skp: &mut Skp,
    rhk_ids: &HashSet<String>,
    iki_ids: &HashSet<String>,
    hasil: &mut Vec<Perbaikan>,
) -> Vec<(usize, EvaluasiPeriodik)> {
    let mut evaluasi: Vec<(usize, EvaluasiPeriodik)> = Vec::new();
    for (e, mut ev) in std::mem::take(&mut skp.evaluasi).into_iter().enumerate() {
        if !(1..=MAX_PERIODE_KE).contains(&ev.periode_ke) {
            hasil.push(Perbaikan::EvaluasiDihapus {
                path: format!("evaluasi[{e}]"),
                periode_ke: ev.periode_ke,
                isi: IsiEvaluasi::dari(&ev),
            });
            continue;
        }
        let mut kept = Vec::new();
        for (i, r) in std::mem::take(&mut ev.realisasi).into_iter().enumerate() {
            if iki_ids.contains(&r.iki_id) {
                kept.push((i, r));
            } else {
                hasil.push(Perbaikan::RealisasiDihapus {
                    path: format!("evaluasi[{e}].realisasi[{i}]"),
                    iki_id: r.iki_id,
                    bukti_dukung: r.bukti_dukung.len(),
                });
            }
        }
        let paths: Vec<String> = kept
            .iter()
            .map(|(i, _)| format!("evaluasi[{e}].realisasi[{i}].id"))
            .collect();
        ev.realisasi = kept.into_iter().map(|(_, r)| r).collect();
        ids_unik(
            ev.realisasi.iter_mut().map(|r| &mut r.id).collect(),
            &paths,
            "re",
            hasil,
        );
        let mut i = 0;
        ev.umpan_balik_rhk.retain(|u| {
            let ada = rhk_ids.contains(&u.rhk_id);
            if !ada {
                hasil.push(Perbaikan::UmpanBalikDihapus {
                    path: format!("evaluasi[{e}].umpan_balik_rhk[{i}]"),
                    rhk_id: u.rhk_id.clone(),
                });
            }
            i += 1;
            ada
        });
        let paths: Vec<String> = (0..ev.bimbingan.len())
            .map(|i| format!("evaluasi[{e}].bimbingan[{i}].id"))
            .collect();
        ids_unik(
            ev.bimbingan.iter_mut().map(|b| &mut b.id).collect(),
            &paths,
            super::PREFIX_BIMBINGAN,
            hasil,
        );
        evaluasi.push((e, ev));
    }
    evaluasi
}

/// One evaluation per period: later entries merge into the first (the later state wins, the
/// later set rating wins).
fn satu_per_periode(
    evaluasi: Vec<(usize, EvaluasiPeriodik)>,
    hasil: &mut Vec<Perbaikan>,
) -> Vec<(usize, EvaluasiPeriodik)> {
    let mut kelompok: BTreeMap<u32, Vec<(usize, EvaluasiPeriodik)>> = BTreeMap::new();
    let mut urutan = Vec::new();
    for (e, ev) in evaluasi {
        let anggota = kelompok.entry(ev.periode_ke).or_default();
        if anggota.is_empty() {
            urutan.push(ev.periode_ke);
        }
        anggota.push((e, ev));
    }
    let mut evaluasi: Vec<(usize, EvaluasiPeriodik)> = Vec::new();
    for ke in urutan {
        let anggota = kelompok.remove(&ke).unwrap_or_default();
        let Some(&(e, _)) = anggota.first() else {
            continue;
        };
        if anggota.len() == 1 {
            evaluasi.extend(anggota);
            continue;
        }
        let digabung = anggota
            .iter()
            .skip(1)
            .map(|(e, _)| format!("evaluasi[{e}]"))
            .collect();
        // Per penilai, and for the unit's capaian, the last one given wins; a different
        // earlier one is reported.
        let mut rating = RatingPeriode::default();
        let mut beda = false;
        for penilai in Penilai::SEMUA {
            let (r, b) = terakhir(
                anggota
                    .iter()
                    .map(|(_, ev)| ev.rating.oleh(penilai).clone()),
            );
            *rating.oleh_mut(penilai) = r;
            beda |= b;
        }
        let (kinerja_organisasi, beda_o) =
            terakhir(anggota.iter().map(|(_, ev)| ev.kinerja_organisasi.clone()));
        let Some((mut ev, tertimpa)) = gabung(anggota.into_iter().map(|(_, ev)| ev).collect())
        else {
            continue;
        };
        ev.rating = rating;
        ev.kinerja_organisasi = kinerja_organisasi;
        hasil.push(Perbaikan::EvaluasiDigabung {
            path: format!("evaluasi[{e}]"),
            digabung,
            periode_ke: ke,
            tertimpa,
            rating_tertimpa: beda || beda_o,
        });
        evaluasi.push((e, ev));
    }
    evaluasi
}

/// The last of `nilai` that is not empty, and whether an earlier non-empty one differed.
fn terakhir<T: Default + PartialEq>(nilai: impl Iterator<Item = T>) -> (T, bool) {
    let isi: Vec<T> = nilai.filter(|n| *n != T::default()).collect();
    let beda = isi.windows(2).any(|w| w[0] != w[1]);
    (isi.into_iter().last().unwrap_or_default(), beda)
}

/// Puts the evaluations back in the order they were read, with unique ids.
fn pasang_evaluasi(
    skp: &mut Skp,
    mut evaluasi: Vec<(usize, EvaluasiPeriodik)>,
    hasil: &mut Vec<Perbaikan>,
) {
    evaluasi.sort_by_key(|(e, _)| *e);
    let paths: Vec<String> = evaluasi
        .iter()
        .map(|(e, _)| format!("evaluasi[{e}].id"))
        .collect();
    skp.evaluasi = evaluasi.into_iter().map(|(_, ev)| ev).collect();
    ids_unik(
        skp.evaluasi.iter_mut().map(|ev| &mut ev.id).collect(),
        &paths,
        "ev",
        hasil,
    );
}

/// Development activities: unique ids, linked only to an IKI that exists.
fn kegiatan(skp: &mut Skp, iki_ids: &HashSet<String>, hasil: &mut Vec<Perbaikan>) {
    let paths: Vec<String> = (0..skp.pengembangan_kompetensi.len())
        .map(|k| format!("pengembangan_kompetensi[{k}].id"))
        .collect();
    ids_unik(
        skp.pengembangan_kompetensi
            .iter_mut()
            .map(|k| &mut k.id)
            .collect(),
        &paths,
        "kp",
        hasil,
    );
    for (k, keg) in skp.pengembangan_kompetensi.iter_mut().enumerate() {
        if let Some(iki_id) = keg
            .untuk_iki_id
            .take_if(|id| !iki_ids.contains(id.as_str()))
        {
            hasil.push(Perbaikan::KegiatanDilepas {
                path: format!("pengembangan_kompetensi[{k}].untuk_iki_id"),
                iki_id,
            });
        }
    }
}

/// Rencana aksi: for an IKI that exists, in a period 1..=12, with unique ids.
fn rencana_aksi(skp: &mut Skp, iki_ids: &HashSet<String>, hasil: &mut Vec<Perbaikan>) {
    let terakhir = (skp.daftar_periode_evaluasi().len() as u32).clamp(1, MAX_PERIODE_KE);
    let mut kept = Vec::new();
    for (a, mut aksi) in std::mem::take(&mut skp.tindak_lanjut.rencana_aksi)
        .into_iter()
        .enumerate()
    {
        if !iki_ids.contains(&aksi.iki_id) {
            hasil.push(Perbaikan::AksiDihapus {
                path: format!("tindak_lanjut.rencana_aksi[{a}]"),
                iki_id: aksi.iki_id,
            });
            continue;
        }
        if !(1..=MAX_PERIODE_KE).contains(&aksi.periode_ke) {
            let baru = if aksi.periode_ke == 0 { 1 } else { terakhir };
            hasil.push(Perbaikan::AksiDipindah {
                path: format!("tindak_lanjut.rencana_aksi[{a}].periode_ke"),
                lama: aksi.periode_ke,
                baru,
            });
            aksi.periode_ke = baru;
        }
        kept.push((a, aksi));
    }
    let paths: Vec<String> = kept
        .iter()
        .map(|(a, _)| format!("tindak_lanjut.rencana_aksi[{a}].id"))
        .collect();
    skp.tindak_lanjut.rencana_aksi = kept.into_iter().map(|(_, a)| a).collect();
    ids_unik(
        skp.tindak_lanjut
            .rencana_aksi
            .iter_mut()
            .map(|a| &mut a.id)
            .collect(),
        &paths,
        "ra",
        hasil,
    );
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::contoh::{contoh_analis_kebijakan, CONTOH};
    use crate::domain::file::validate_skp;
    use crate::domain::model::{RencanaAksi, UmpanBalikRhk};

    fn aksi(id: &str, iki_id: &str, periode_ke: u32) -> RencanaAksi {
        RencanaAksi {
            id: id.into(),
            iki_id: iki_id.into(),
            periode_ke,
            uraian: String::new(),
            selesai: false,
        }
    }

    #[test]
    fn a_sound_skp_needs_no_repair() {
        for contoh in CONTOH {
            let mut skp = (contoh.buat)();
            let sebelum = skp.clone();
            assert_eq!(perbaiki(&mut skp), vec![], "{}", contoh.jabatan);
            assert_eq!(skp, sebelum);
        }
    }

    #[test]
    fn a_plan_note_on_a_gone_rhk_goes_and_a_repeated_session_id_is_renamed() {
        use crate::domain::model::{
            CatatanBimbingan, CatatanRencanaRhk, JenisBimbingan, PersetujuanRencana, StatusRencana,
        };
        let mut skp = contoh_analis_kebijakan();
        skp.persetujuan = Some(PersetujuanRencana {
            status: StatusRencana::Disetujui,
            tanggal: None,
            oleh: String::new(),
            catatan: String::new(),
            catatan_rhk: vec![
                CatatanRencanaRhk {
                    rhk_id: "rhk-9".into(),
                    catatan: "x".into(),
                },
                CatatanRencanaRhk {
                    rhk_id: "rhk-1".into(),
                    catatan: "y".into(),
                },
            ],
        });
        let sesi = CatatanBimbingan {
            id: "pp-bk-1".into(),
            tanggal: None,
            jenis: JenisBimbingan::Coaching,
            topik: String::new(),
            hasil: String::new(),
            tanggapan: Vec::new(),
        };
        skp.evaluasi[0].bimbingan = vec![sesi.clone(), sesi];
        assert!(validate_skp(&skp, "data").is_err());
        let perbaikan = perbaiki(&mut skp);
        assert_eq!(
            perbaikan,
            vec![
                Perbaikan::IdDiganti {
                    path: "evaluasi[0].bimbingan[1].id".into(),
                    lama: "pp-bk-1".into(),
                    baru: "pp-bk-2".into(),
                },
                Perbaikan::UmpanBalikDihapus {
                    path: "persetujuan.catatan_rhk[0]".into(),
                    rhk_id: "rhk-9".into(),
                },
            ]
        );
        assert_eq!(validate_skp(&skp, "data"), Ok(()));
    }

    #[test]
    fn what_the_old_delete_left_dangling_is_removed_or_unlinked() {
        let mut skp = contoh_analis_kebijakan();
        // The old UI deleted rhk-3 (iki-7, iki-8) alone.
        skp.rhk.retain(|r| r.id != "rhk-3");
        skp.evaluasi[2].umpan_balik_rhk.push(UmpanBalikRhk {
            id: "ub-9".into(),
            rhk_id: "rhk-3".into(),
            tanggal: None,
            isi: "Modul perlu contoh kasus".into(),
        });
        skp.pengembangan_kompetensi[1].untuk_iki_id = Some("iki-8".into());
        skp.tindak_lanjut.rencana_aksi = vec![
            aksi("ra-1", "iki-7", 3),
            aksi("ra-2", "iki-1", 0),
            aksi("ra-2", "iki-1", 15),
        ];
        assert!(validate_skp(&skp, "data").is_err());
        let perbaikan = perbaiki(&mut skp);
        assert_eq!(validate_skp(&skp, "data"), Ok(()));
        assert_eq!(
            perbaikan,
            vec![
                Perbaikan::RealisasiDihapus {
                    path: "evaluasi[1].realisasi[3]".into(),
                    iki_id: "iki-7".into(),
                    bukti_dukung: 1,
                },
                Perbaikan::UmpanBalikDihapus {
                    path: "evaluasi[2].umpan_balik_rhk[0]".into(),
                    rhk_id: "rhk-3".into(),
                },
                Perbaikan::KegiatanDilepas {
                    path: "pengembangan_kompetensi[1].untuk_iki_id".into(),
                    iki_id: "iki-8".into(),
                },
                Perbaikan::AksiDihapus {
                    path: "tindak_lanjut.rencana_aksi[0]".into(),
                    iki_id: "iki-7".into(),
                },
                Perbaikan::AksiDipindah {
                    path: "tindak_lanjut.rencana_aksi[1].periode_ke".into(),
                    lama: 0,
                    baru: 1,
                },
                Perbaikan::AksiDipindah {
                    path: "tindak_lanjut.rencana_aksi[2].periode_ke".into(),
                    lama: 15,
                    baru: 4,
                },
                Perbaikan::IdDiganti {
                    path: "tindak_lanjut.rencana_aksi[2].id".into(),
                    lama: "ra-2".into(),
                    baru: "ra-3".into(),
                },
            ]
        );
        assert_eq!(skp.pengembangan_kompetensi.len(), 4);
        assert!(perbaikan
            .iter()
            .all(|p| !p.message(crate::domain::Lang::Id).is_empty()));
        assert_eq!(perbaiki(&mut skp), vec![]);
    }

    #[test]
    fn repeated_ids_get_new_ones_and_references_keep_the_first() {
        let mut skp = contoh_analis_kebijakan();
        skp.rhk[2].id = "rhk-1".into();
        skp.rhk[1].iki[1].id = "iki-1".into(); // was iki-5, which nothing refers to
        skp.evaluasi[1].id = "ev-1".into();
        skp.evaluasi[0].realisasi[1].id = "re-1".into();
        skp.pengembangan_kompetensi[3].id = "kp-1".into();
        let perbaikan = perbaiki(&mut skp);
        let diganti: Vec<_> = perbaikan
            .iter()
            .map(|p| match p {
                Perbaikan::IdDiganti { path, baru, .. } => (path.as_str(), baru.as_str()),
                other => panic!("{other:?}"),
            })
            .collect();
        assert_eq!(
            diganti,
            [
                ("rhk[2].id", "rhk-3"),
                ("rhk[1].iki[1].id", "iki-9"),
                ("evaluasi[0].realisasi[1].id", "re-4"),
                ("evaluasi[1].id", "ev-4"),
                ("pengembangan_kompetensi[3].id", "kp-4"),
            ]
        );
        assert_eq!(validate_skp(&skp, "data"), Ok(()));
        assert_eq!(skp.evaluasi[0].realisasi[0].iki_id, "iki-1");
        assert_eq!(skp.rhk[0].id, "rhk-1");
    }

    #[test]
    fn one_period_recorded_twice_is_merged_and_one_outside_twelve_is_removed() {
        let mut skp = contoh_analis_kebijakan();
        skp.evaluasi[2].periode_ke = 2; // Triwulan III stored again as II
        let mut luar = skp.evaluasi[0].clone();
        luar.id = "ev-9".into();
        luar.periode_ke = 13;
        skp.evaluasi.push(luar);
        let perbaikan = perbaiki(&mut skp);
        assert_eq!(validate_skp(&skp, "data"), Ok(()));
        assert!(matches!(
            &perbaikan[0],
            Perbaikan::EvaluasiDihapus { path, periode_ke: 13, isi }
                if path == "evaluasi[3]" && isi.realisasi == 3
        ));
        let Perbaikan::EvaluasiDigabung {
            path,
            digabung,
            periode_ke: 2,
            tertimpa,
            rating_tertimpa: false,
        } = &perbaikan[1]
        else {
            panic!("{perbaikan:?}")
        };
        assert_eq!(
            (path.as_str(), digabung.as_slice()),
            ("evaluasi[1]", ["evaluasi[2]".to_string()].as_slice())
        );
        // The later entry is the later state: iki-1 3 (was 2), iki-4 17 (was 11).
        assert_eq!(tertimpa.len(), 2);
        assert_eq!(perbaikan.len(), 2);
        assert_eq!(skp.evaluasi.len(), 2);
        let ev = &skp.evaluasi[1];
        assert_eq!((ev.id.as_str(), ev.periode_ke), ("ev-2", 2));
        let iki4 = ev.realisasi.iter().find(|r| r.iki_id == "iki-4").unwrap();
        assert_eq!(iki4.nilai, Some(17.0));
        // Triwulan II's ratings stay: the later entry had none.
        assert_eq!(
            ev.rating.pejabat_penilai.perilaku_kerja,
            Some(crate::domain::model::Rating::DiAtasEkspektasi)
        );
    }
}
