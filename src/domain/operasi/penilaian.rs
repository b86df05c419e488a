//! Rating a period or the year: the person's own rating and the Pejabat Penilai Kinerja's are
//! set apart, each with who and when, and the unit's capaian kinerja organisasi beside them.

use chrono::NaiveDate;

use super::periode_ada;
use crate::domain::id::id_unik;
use crate::domain::model::{
    AspekRating, EvaluasiPeriodik, KinerjaOrganisasi, Penilai, Rating, RatingPeriode, Skp,
};

/// The evaluation of period `ke`, created empty when it does not exist yet.
pub fn evaluasi_mut(skp: &mut Skp, ke: u32) -> &mut EvaluasiPeriodik {
    let i = match skp.evaluasi.iter().position(|e| e.periode_ke == ke) {
        Some(i) => i,
        None => {
            let id = id_unik("ev", skp.evaluasi.iter().map(|e| e.id.as_str()));
            skp.evaluasi.push(EvaluasiPeriodik {
                id,
                periode_ke: ke,
                realisasi: Vec::new(),
                umpan_balik_rhk: Vec::new(),
                umpan_balik_perilaku: Vec::new(),
                dialog_kinerja: Vec::new(),
                rating: RatingPeriode::default(),
                kinerja_organisasi: KinerjaOrganisasi::default(),
                bimbingan: Vec::new(),
            });
            skp.evaluasi.len() - 1
        }
    };
    &mut skp.evaluasi[i]
}

/// Sets one rating `penilai` gives for the period `Some(ke)` or the year, noting who (the
/// name the SKP holds for them) and when. The other penilai's ratings are left as they are. A
/// period the SKP does not have is refused (false): an evaluation of it would make the SKP
/// unreadable.
pub fn set_rating(
    skp: &mut Skp,
    periode: Option<u32>,
    penilai: Penilai,
    aspek: AspekRating,
    rating: Option<Rating>,
    hari_ini: NaiveDate,
) -> bool {
    if periode.is_some_and(|ke| !periode_ada(skp, ke)) {
        return false;
    }
    let oleh = match penilai {
        Penilai::Mandiri => skp.pegawai.nama.trim().to_owned(),
        Penilai::PejabatPenilai => skp.pejabat_penilai.nama.trim().to_owned(),
    };
    let slot = match periode {
        None => &mut skp.penilaian_tahunan.rating,
        Some(ke) => &mut evaluasi_mut(skp, ke).rating,
    }
    .oleh_mut(penilai);
    *slot.aspek_mut(aspek) = rating;
    slot.oleh = oleh;
    slot.tanggal = Some(hari_ini);
    true
}

/// Sets the unit's capaian kinerja organisasi for the period `Some(ke)` or the year. A period
/// the SKP does not have, or a capaian that is negative or not a number, is refused (false).
pub fn set_kinerja_organisasi(
    skp: &mut Skp,
    periode: Option<u32>,
    kinerja: KinerjaOrganisasi,
) -> bool {
    if periode.is_some_and(|ke| !periode_ada(skp, ke)) {
        return false;
    }
    if kinerja.capaian.is_some_and(|c| !c.is_finite() || c < 0.0) {
        return false;
    }
    match periode {
        None => skp.penilaian_tahunan.kinerja_organisasi = kinerja,
        Some(ke) => evaluasi_mut(skp, ke).kinerja_organisasi = kinerja,
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::contoh::contoh_analis_kebijakan;
    use crate::domain::model::PredikatOrganisasi;

    fn hari() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 6, 30).unwrap()
    }

    #[test]
    fn a_rating_for_a_period_the_skp_does_not_have_is_refused() {
        let mut skp = Skp::baru("s".into(), 2025);
        let before = skp.clone();
        for ke in [0, 13] {
            assert!(!set_rating(
                &mut skp,
                Some(ke),
                Penilai::Mandiri,
                AspekRating::HasilKerja,
                Some(Rating::SesuaiEkspektasi),
                hari(),
            ));
            assert!(!set_kinerja_organisasi(
                &mut skp,
                Some(ke),
                KinerjaOrganisasi::default()
            ));
        }
        assert_eq!(skp, before);
    }

    #[test]
    fn the_appraiser_s_rating_is_kept_beside_the_self_assessment_with_who_and_when() {
        let mut skp = contoh_analis_kebijakan();
        skp.evaluasi.retain(|e| e.periode_ke != 4);
        let sendiri = |skp: &mut Skp, p: Penilai, r: Rating| {
            set_rating(skp, Some(4), p, AspekRating::HasilKerja, Some(r), hari())
        };
        assert!(sendiri(
            &mut skp,
            Penilai::Mandiri,
            Rating::DiAtasEkspektasi
        ));
        assert!(sendiri(
            &mut skp,
            Penilai::PejabatPenilai,
            Rating::SesuaiEkspektasi
        ));
        let r = skp.rating(Some(4)).unwrap();
        assert_eq!(r.mandiri.hasil_kerja, Some(Rating::DiAtasEkspektasi));
        assert_eq!(r.mandiri.oleh, skp.pegawai.nama);
        assert_eq!(
            r.pejabat_penilai.hasil_kerja,
            Some(Rating::SesuaiEkspektasi)
        );
        assert_eq!(r.pejabat_penilai.oleh, skp.pejabat_penilai.nama);
        assert_eq!(r.pejabat_penilai.tanggal, Some(hari()));
        assert_eq!(r.pejabat_penilai.perilaku_kerja, None);
        // A new evaluation got a fresh id.
        let ev = skp.evaluasi.iter().find(|e| e.periode_ke == 4).unwrap();
        assert!(skp.evaluasi.iter().filter(|e| e.id == ev.id).count() == 1);
        assert!(set_rating(
            &mut skp,
            None,
            Penilai::Mandiri,
            AspekRating::PerilakuKerja,
            Some(Rating::SesuaiEkspektasi),
            hari(),
        ));
        assert_eq!(
            skp.penilaian_tahunan.rating.mandiri.perilaku_kerja,
            Some(Rating::SesuaiEkspektasi)
        );
    }

    #[test]
    fn the_unit_s_capaian_is_kept_per_period_and_a_negative_one_is_refused() {
        let mut skp = contoh_analis_kebijakan();
        let baik = KinerjaOrganisasi {
            predikat: Some(PredikatOrganisasi::Baik),
            capaian: Some(96.5),
        };
        assert!(set_kinerja_organisasi(&mut skp, Some(2), baik.clone()));
        assert_eq!(skp.kinerja_organisasi(Some(2)), Some(&baik));
        assert_eq!(
            skp.kinerja_organisasi(None),
            Some(&KinerjaOrganisasi::default())
        );
        let before = skp.clone();
        let salah = KinerjaOrganisasi {
            capaian: Some(-1.0),
            ..baik
        };
        assert!(!set_kinerja_organisasi(&mut skp, None, salah));
        assert_eq!(skp, before);
    }
}
