//! Changing how often the periodic evaluation is held (monthly, quarterly, half-yearly)
//! without reassigning data by position. `periode_ke` is a position in the list of periods,
//! so changing the type alone would turn Triwulan II (April–June) into Semester II
//! (July–December), rating and all, and leave Triwulan III without a place.
//!
//! Realisasi belong to dates, so evaluations are mapped by date:
//! - An old period maps into the new period that contains all of its days: months into
//!   quarters or semesters, quarters into semesters. (A period clipped by the SKP's start or
//!   end may also fit a shorter one: a 1–31 December quarter is the month of December.)
//! - A period that spans several new ones (a quarter into months, a semester into quarters),
//!   one whose number is not a period of the SKP, and one that would land beyond the twelve
//!   periods a file stores cannot be mapped. The plan lists it with what it holds; applying
//!   the plan removes it, so the UI shows the plan and asks first, and undo (the caller's copy
//!   of the SKP) brings it back.
//! - Several old periods in one new period are merged as [`super::gabung`] describes: the
//!   latest state of each realisasi wins (the replaced ones are listed), notes and evidence
//!   are all kept.
//! - A rating judges one period. It carries over only when the new period is exactly the old
//!   one (same first and last day); otherwise it is listed as dropped, for the appraiser to
//!   rate the new period.
//! - A rencana aksi is due by the end of its period, so it moves to the new period that
//!   holds that last day (an action for Triwulan II becomes one for June, or Semester I). If
//!   its period has no dates, or that day lies beyond the twelfth period, it goes to the last
//!   period that can be stored and the plan marks it for the person to check. No action is
//!   dropped.
//!
//! Choosing the type the SKP already has changes nothing.

use std::collections::BTreeMap;

use super::gabung::{gabung, RealisasiTertimpa};
use crate::domain::file::MAX_PERIODE_KE;
use crate::domain::model::{
    EvaluasiPeriodik, JenisPeriodeEvaluasi, KinerjaOrganisasi, RatingPeriode, Skp,
};
use crate::domain::rules::periode::{periode_evaluasi, PeriodeEvaluasi};

/// What changing the evaluation period type will do, for the person to confirm.
#[derive(Debug, Clone, PartialEq)]
pub struct RencanaGantiPeriode {
    /// The current type.
    pub dari: JenisPeriodeEvaluasi,
    /// The chosen type.
    pub ke: JenisPeriodeEvaluasi,
    /// Every evaluation, in the SKP's order, with where it goes.
    pub evaluasi: Vec<PemetaanEvaluasi>,
    /// Every rencana aksi, in the SKP's order, with its new period.
    pub rencana_aksi: Vec<PemetaanAksi>,
    /// Realisasi replaced by a later period's in a merge.
    pub tertimpa: Vec<RealisasiTertimpa>,
    /// Ratings that do not carry over into the new periods.
    pub rating_dilepas: Vec<RatingDilepas>,
}

/// Where one old evaluation goes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PemetaanEvaluasi {
    /// Its id.
    pub evaluasi_id: String,
    /// Its `periode_ke` in the current type.
    pub periode_lama: u32,
    /// The new period, or why there is none.
    pub tujuan: Tujuan,
    /// What it holds (what is removed when it cannot be mapped).
    pub isi: IsiEvaluasi,
}

/// The new period of an old evaluation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tujuan {
    /// This `periode_ke` of the new type.
    Periode(u32),
    /// No new period can take it; applying the plan removes it.
    TidakTerpetakan(AlasanTidakTerpetakan),
}

/// Why an old evaluation has no new period.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AlasanTidakTerpetakan {
    /// Its days span several new periods (a quarter into months, a semester into quarters).
    MelintasiPeriodeBaru,
    /// Its number is not a period of the SKP (the SKP's dates changed after it was recorded).
    TanpaTanggal,
    /// Its new period would come after the twelfth, which a file cannot store.
    DiLuarBatas,
}

/// What an evaluation holds, counted.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct IsiEvaluasi {
    /// Realisasi.
    pub realisasi: usize,
    /// Bukti dukung inside them.
    pub bukti_dukung: usize,
    /// Umpan balik (on RHK and on BerAKHLAK values), dialog notes and bimbingan sessions.
    pub catatan: usize,
    /// Whether a rating is set.
    pub rating: bool,
}

impl IsiEvaluasi {
    pub(super) fn dari(ev: &EvaluasiPeriodik) -> IsiEvaluasi {
        IsiEvaluasi {
            realisasi: ev.realisasi.len(),
            bukti_dukung: ev.realisasi.iter().map(|r| r.bukti_dukung.len()).sum(),
            catatan: ev.umpan_balik_rhk.len()
                + ev.umpan_balik_perilaku.len()
                + ev.dialog_kinerja.len()
                + ev.bimbingan.len(),
            rating: ev.rating.ada() || ev.kinerja_organisasi.ada(),
        }
    }

    /// Whether it holds nothing at all.
    pub fn kosong(&self) -> bool {
        *self == IsiEvaluasi::default()
    }
}

/// The ratings (and the unit's capaian) of an old period that do not carry into its new
/// period.
#[derive(Debug, Clone, PartialEq)]
pub struct RatingDilepas {
    /// The old period.
    pub periode_lama: u32,
    /// The new period it merges into.
    pub periode_baru: u32,
    /// Its ratings (the person's and the appraiser's).
    pub rating: RatingPeriode,
    /// Its capaian kinerja organisasi.
    pub kinerja_organisasi: KinerjaOrganisasi,
}

/// The new period of a rencana aksi.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PemetaanAksi {
    /// Its id.
    pub aksi_id: String,
    /// Its `periode_ke` in the current type.
    pub periode_lama: u32,
    /// Its `periode_ke` in the new type.
    pub periode_baru: u32,
    /// False when its old period gave no date to go by and it was put in the last period.
    pub menurut_tanggal: bool,
}

impl RencanaGantiPeriode {
    /// Whether applying it loses or changes anything the person should see first: an
    /// evaluation with content that cannot be mapped, a replaced realisasi, a dropped rating,
    /// or an action placed without a date.
    pub fn perlu_konfirmasi(&self) -> bool {
        self.evaluasi
            .iter()
            .any(|e| matches!(e.tujuan, Tujuan::TidakTerpetakan(_)) && !e.isi.kosong())
            || !self.tertimpa.is_empty()
            || !self.rating_dilepas.is_empty()
            || self.rencana_aksi.iter().any(|a| !a.menurut_tanggal)
    }
}

/// The SKP changed after the plan was made: make a new plan and show it again.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RencanaUsang;

fn cari(daftar: &[PeriodeEvaluasi], ke: u32) -> Option<&PeriodeEvaluasi> {
    daftar.iter().find(|p| p.ke == ke)
}

/// The plan and the evaluations it leads to, computed together so the plan shown is the
/// change made.
fn susun(skp: &Skp, ke: JenisPeriodeEvaluasi) -> (RencanaGantiPeriode, Vec<EvaluasiPeriodik>) {
    let sama = skp.periode_evaluasi == ke;
    let lama = skp.daftar_periode_evaluasi();
    let baru = periode_evaluasi(&skp.periode, ke);
    let tujuan = |periode_lama: u32| {
        if sama {
            return Tujuan::Periode(periode_lama);
        }
        let Some(p) = cari(&lama, periode_lama) else {
            return Tujuan::TidakTerpetakan(AlasanTidakTerpetakan::TanpaTanggal);
        };
        match baru
            .iter()
            .find(|q| q.mulai <= p.mulai && p.selesai <= q.selesai)
        {
            None => Tujuan::TidakTerpetakan(AlasanTidakTerpetakan::MelintasiPeriodeBaru),
            Some(q) if q.ke > MAX_PERIODE_KE => {
                Tujuan::TidakTerpetakan(AlasanTidakTerpetakan::DiLuarBatas)
            }
            Some(q) => Tujuan::Periode(q.ke),
        }
    };

    let pemetaan: Vec<PemetaanEvaluasi> = skp
        .evaluasi
        .iter()
        .map(|ev| PemetaanEvaluasi {
            evaluasi_id: ev.id.clone(),
            periode_lama: ev.periode_ke,
            tujuan: tujuan(ev.periode_ke),
            isi: IsiEvaluasi::dari(ev),
        })
        .collect();

    // New period → its old evaluations; the groups keep the order of their first member.
    let mut urutan: Vec<u32> = Vec::new();
    let mut kelompok: BTreeMap<u32, Vec<&EvaluasiPeriodik>> = BTreeMap::new();
    for (ev, p) in skp.evaluasi.iter().zip(&pemetaan) {
        if let Tujuan::Periode(k) = p.tujuan {
            let anggota = kelompok.entry(k).or_default();
            if anggota.is_empty() {
                urutan.push(k);
            }
            anggota.push(ev);
        }
    }
    let mut evaluasi = Vec::new();
    let mut tertimpa = Vec::new();
    let mut rating_dilepas = Vec::new();
    for k in urutan {
        let mut anggota = kelompok.remove(&k).unwrap_or_default();
        anggota.sort_by_key(|ev| ev.periode_ke);
        let tepat = sama
            || (anggota.len() == 1
                && anggota.first().is_some_and(|ev| {
                    let p = cari(&lama, ev.periode_ke).map(|p| (p.mulai, p.selesai));
                    p.is_some() && p == cari(&baru, k).map(|q| (q.mulai, q.selesai))
                }));
        if !tepat {
            for ev in &anggota {
                if ev.rating.ada() || ev.kinerja_organisasi.ada() {
                    rating_dilepas.push(RatingDilepas {
                        periode_lama: ev.periode_ke,
                        periode_baru: k,
                        rating: ev.rating.clone(),
                        kinerja_organisasi: ev.kinerja_organisasi.clone(),
                    });
                }
            }
        }
        let Some((mut ev, mut ganti)) = gabung(anggota.into_iter().cloned().collect()) else {
            continue;
        };
        ev.periode_ke = k;
        if !tepat {
            ev.rating = RatingPeriode::default();
            ev.kinerja_organisasi = KinerjaOrganisasi::default();
        }
        tertimpa.append(&mut ganti);
        evaluasi.push(ev);
    }

    let terakhir = (baru.len() as u32).clamp(1, MAX_PERIODE_KE);
    let rencana_aksi = skp
        .tindak_lanjut
        .rencana_aksi
        .iter()
        .map(|a| {
            let menurut_tanggal = if sama {
                Some(a.periode_ke)
            } else {
                cari(&lama, a.periode_ke)
                    .and_then(|p| {
                        baru.iter()
                            .find(|q| q.mulai <= p.selesai && p.selesai <= q.selesai)
                    })
                    .map(|q| q.ke)
                    .filter(|ke| *ke <= MAX_PERIODE_KE)
            };
            PemetaanAksi {
                aksi_id: a.id.clone(),
                periode_lama: a.periode_ke,
                periode_baru: menurut_tanggal.unwrap_or(terakhir),
                menurut_tanggal: menurut_tanggal.is_some(),
            }
        })
        .collect();

    let rencana = RencanaGantiPeriode {
        dari: skp.periode_evaluasi,
        ke,
        evaluasi: pemetaan,
        rencana_aksi,
        tertimpa,
        rating_dilepas,
    };
    (rencana, evaluasi)
}

/// What changing the SKP's evaluation period type to `ke` would do (see the module).
pub fn rencana_ganti_periode(skp: &Skp, ke: JenisPeriodeEvaluasi) -> RencanaGantiPeriode {
    susun(skp, ke).0
}

/// Applies a plan the person confirmed. Refused, with no change, when the SKP is no longer
/// the one the plan was made for.
pub fn ganti_periode(skp: &mut Skp, rencana: &RencanaGantiPeriode) -> Result<(), RencanaUsang> {
    let (sekarang, evaluasi) = susun(skp, rencana.ke);
    if sekarang != *rencana {
        return Err(RencanaUsang);
    }
    skp.evaluasi = evaluasi;
    for (aksi, p) in skp
        .tindak_lanjut
        .rencana_aksi
        .iter_mut()
        .zip(&rencana.rencana_aksi)
    {
        aksi.periode_ke = p.periode_baru;
    }
    // A signing date chosen for "period 2" belonged to the old kind of period.
    if skp.periode_evaluasi != rencana.ke {
        skp.penandatanganan.retain(|p| p.periode_ke.is_none());
    }
    skp.periode_evaluasi = rencana.ke;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::contoh::contoh_analis_kebijakan;
    use crate::domain::file::validate_skp;
    use crate::domain::model::{Penilai, Rating};
    use crate::domain::model::{Periode, RencanaAksi};
    use crate::domain::operasi::isi_realisasi;
    use crate::domain::operasi::{set_rating, AspekRating};
    use crate::domain::penilaian::rating;

    /// The person rates the results of period `ke`.
    fn nilai_sendiri(skp: &mut Skp, ke: u32, r: Rating) {
        let hari = NaiveDate::from_ymd_opt(2025, 12, 1).unwrap();
        assert!(set_rating(
            skp,
            Some(ke),
            Penilai::Mandiri,
            AspekRating::HasilKerja,
            Some(r),
            hari
        ));
    }
    use chrono::NaiveDate;
    use JenisPeriodeEvaluasi::*;

    fn hari(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    fn ganti(skp: &mut Skp, ke: JenisPeriodeEvaluasi) -> RencanaGantiPeriode {
        let rencana = rencana_ganti_periode(skp, ke);
        ganti_periode(skp, &rencana).unwrap();
        assert_eq!(validate_skp(skp, "data"), Ok(()));
        rencana
    }

    #[test]
    fn quarters_into_semesters_go_by_date_not_by_position() {
        let mut skp = contoh_analis_kebijakan();
        let rencana = ganti(&mut skp, Semesteran);
        let tujuan: Vec<_> = rencana.evaluasi.iter().map(|e| e.tujuan).collect();
        assert_eq!(
            tujuan,
            [Tujuan::Periode(1), Tujuan::Periode(1), Tujuan::Periode(2)]
        );
        assert_eq!(skp.periode_evaluasi, Semesteran);
        // Semester II holds Triwulan III only: not Triwulan II, not its rating.
        let s2 = skp.evaluasi_ke(2).unwrap();
        assert_eq!(s2.id, "ev-3");
        assert!(!rating(&skp, Some(2)).ada());
        let iki: Vec<_> = s2
            .realisasi
            .iter()
            .map(|r| (r.iki_id.as_str(), r.nilai))
            .collect();
        assert_eq!(iki, [("iki-1", Some(3.0)), ("iki-4", Some(17.0))]);
        // Semester I: Triwulan II's state (end of June) wins over Triwulan I's.
        let s1 = skp.evaluasi_ke(1).unwrap();
        let iki4 = s1.realisasi.iter().find(|r| r.iki_id == "iki-4").unwrap();
        assert_eq!(iki4.nilai, Some(11.0));
        assert_eq!(iki4.uraian, "Sebelas kabupaten/kota selesai dievaluasi");
        assert_eq!(
            iki4.kendala,
            "Data capaian SPM dua kabupaten terlambat diunggah\nKunjungan lapangan dua kabupaten ditunda"
        );
        assert_eq!(iki4.bukti_dukung.len(), 2);
        assert_eq!(s1.realisasi.len(), 5);
        assert_eq!(s1.dialog_kinerja.len(), 2);
        assert_eq!(s1.umpan_balik_rhk.len(), 2);
        assert!(!rating(&skp, Some(1)).ada());
        // Both quarter ratings are listed for the appraiser; replaced values are listed.
        let lama = contoh_analis_kebijakan();
        assert_eq!(
            rencana.rating_dilepas,
            [
                RatingDilepas {
                    periode_lama: 1,
                    periode_baru: 1,
                    rating: lama.rating(Some(1)).unwrap().clone(),
                    kinerja_organisasi: KinerjaOrganisasi::default(),
                },
                RatingDilepas {
                    periode_lama: 2,
                    periode_baru: 1,
                    rating: lama.rating(Some(2)).unwrap().clone(),
                    kinerja_organisasi: KinerjaOrganisasi::default(),
                },
            ]
        );
        let tertimpa: Vec<_> = rencana
            .tertimpa
            .iter()
            .map(|t| (t.periode_ke, t.iki_id.as_str(), t.nilai))
            .collect();
        assert_eq!(tertimpa, [(1, "iki-1", Some(1.0)), (1, "iki-4", Some(5.0))]);
        assert!(rencana.perlu_konfirmasi());
    }

    #[test]
    fn months_merge_into_their_quarter_and_the_latest_month_wins() {
        let mut skp = Skp::baru("s".into(), 2025);
        skp.periode_evaluasi = Bulanan;
        let iki = crate::domain::operasi::tambah_rhk(&mut skp, Default::default())
            .and_then(|r| crate::domain::operasi::tambah_iki(&mut skp, &r))
            .unwrap();
        for (bulan, nilai) in [(2, 4.0), (3, 6.0), (4, 7.0)] {
            assert!(isi_realisasi(&mut skp, bulan, &iki, Some(nilai)));
        }
        nilai_sendiri(&mut skp, 4, Rating::DiAtasEkspektasi);
        let rencana = ganti(&mut skp, Triwulanan);
        assert_eq!(skp.evaluasi.len(), 2);
        assert_eq!(skp.evaluasi_ke(1).unwrap().realisasi[0].nilai, Some(6.0));
        // April alone is in Triwulan II, but a month's rating is not the quarter's.
        assert_eq!(skp.evaluasi_ke(2).unwrap().realisasi[0].nilai, Some(7.0));
        assert!(!rating(&skp, Some(2)).ada());
        assert_eq!(rencana.rating_dilepas.len(), 1);
        assert_eq!(rencana.tertimpa.len(), 1);
    }

    #[test]
    fn a_quarter_cannot_be_split_into_months_and_is_listed_before_it_goes() {
        let mut skp = contoh_analis_kebijakan();
        let sebelum = skp.clone();
        let rencana = rencana_ganti_periode(&skp, Bulanan);
        assert!(rencana
            .evaluasi
            .iter()
            .all(|e| e.tujuan
                == Tujuan::TidakTerpetakan(AlasanTidakTerpetakan::MelintasiPeriodeBaru)));
        assert_eq!(
            rencana.evaluasi[0].isi,
            IsiEvaluasi {
                realisasi: 3,
                bukti_dukung: 3,
                catatan: 3,
                rating: true,
            }
        );
        assert!(rencana.perlu_konfirmasi());
        ganti_periode(&mut skp, &rencana).unwrap();
        assert!(skp.evaluasi.is_empty());
        assert_eq!(validate_skp(&skp, "data"), Ok(()));
        // Undo is the copy from before.
        assert_ne!(skp, sebelum);
    }

    #[test]
    fn a_rating_carries_over_only_into_the_very_same_days() {
        // A three-month SKP: Triwulan I and Semester I are both 1 January – 31 March.
        let mut skp = Skp::baru("s".into(), 2025);
        skp.periode = Periode {
            mulai: hari(2025, 1, 1),
            selesai: hari(2025, 3, 31),
        };
        nilai_sendiri(&mut skp, 1, Rating::SesuaiEkspektasi);
        let rencana = ganti(&mut skp, Semesteran);
        assert!(!rencana.perlu_konfirmasi());
        assert_eq!(
            rating(&skp, Some(1)).mandiri.hasil_kerja,
            Some(Rating::SesuaiEkspektasi)
        );
    }

    #[test]
    fn the_same_type_changes_nothing() {
        let mut skp = contoh_analis_kebijakan();
        skp.evaluasi[2].periode_ke = 7; // no dates in a quarterly SKP
        let sebelum = skp.clone();
        let rencana = ganti(&mut skp, Triwulanan);
        assert!(!rencana.perlu_konfirmasi());
        assert_eq!(skp, sebelum);
    }

    #[test]
    fn an_evaluation_without_dates_or_beyond_twelve_is_not_mapped() {
        let mut skp = contoh_analis_kebijakan();
        skp.evaluasi[2].periode_ke = 7;
        let rencana = rencana_ganti_periode(&skp, Semesteran);
        assert_eq!(
            rencana.evaluasi[2].tujuan,
            Tujuan::TidakTerpetakan(AlasanTidakTerpetakan::TanpaTanggal)
        );
        // Thirteen months: the fifth quarter (January 2026 only) would be month 13.
        let mut panjang = Skp::baru("p".into(), 2025);
        panjang.periode.selesai = hari(2026, 1, 31);
        nilai_sendiri(&mut panjang, 5, Rating::SesuaiEkspektasi);
        let rencana = rencana_ganti_periode(&panjang, Bulanan);
        assert_eq!(
            rencana.evaluasi[0].tujuan,
            Tujuan::TidakTerpetakan(AlasanTidakTerpetakan::DiLuarBatas)
        );
    }

    #[test]
    fn an_action_moves_to_the_period_holding_its_last_day_and_is_never_dropped() {
        let mut skp = contoh_analis_kebijakan();
        for (id, ke) in [("ra-1", 2), ("ra-2", 4), ("ra-3", 9)] {
            skp.tindak_lanjut.rencana_aksi.push(RencanaAksi {
                id: id.into(),
                iki_id: "iki-4".into(),
                periode_ke: ke,
                uraian: String::new(),
                selesai: false,
            });
        }
        let mut bulanan = skp.clone();
        let rencana = ganti(&mut bulanan, Bulanan);
        let ke: Vec<_> = rencana
            .rencana_aksi
            .iter()
            .map(|a| (a.periode_baru, a.menurut_tanggal))
            .collect();
        assert_eq!(ke, [(6, true), (12, true), (12, false)]);
        let ke: Vec<_> = bulanan
            .tindak_lanjut
            .rencana_aksi
            .iter()
            .map(|a| a.periode_ke)
            .collect();
        assert_eq!(ke, [6, 12, 12]);
        let rencana = ganti(&mut skp, Semesteran);
        let ke: Vec<_> = rencana
            .rencana_aksi
            .iter()
            .map(|a| a.periode_baru)
            .collect();
        assert_eq!(ke, [1, 2, 2]);
    }

    #[test]
    fn a_plan_made_before_another_change_is_refused() {
        let mut skp = contoh_analis_kebijakan();
        let rencana = rencana_ganti_periode(&skp, Semesteran);
        assert!(isi_realisasi(&mut skp, 4, "iki-1", Some(4.0)));
        let sebelum = skp.clone();
        assert_eq!(ganti_periode(&mut skp, &rencana), Err(RencanaUsang));
        assert_eq!(skp, sebelum);
    }
}
