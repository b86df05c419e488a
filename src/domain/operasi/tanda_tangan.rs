//! Where and when a printed document is signed: what the person chose is kept per document
//! and period; until then a sensible default is offered.

use chrono::NaiveDate;

use crate::domain::model::{JenisDokumen, Penandatanganan, Skp};

/// The place and date to show for a document: what was chosen for it, else the place last
/// chosen for any document of this SKP and the default date ([`tanggal_bawaan`]).
pub fn penandatanganan(
    skp: &Skp,
    dokumen: JenisDokumen,
    periode_ke: Option<u32>,
    hari_ini: NaiveDate,
) -> (String, Option<NaiveDate>) {
    let tersimpan = cari(skp, dokumen, periode_ke);
    let tempat = tersimpan
        .map(|p| p.tempat.clone())
        .filter(|t| !t.trim().is_empty())
        .or_else(|| {
            skp.penandatanganan
                .iter()
                .rev()
                .map(|p| p.tempat.clone())
                .find(|t| !t.trim().is_empty())
        })
        .unwrap_or_default();
    let tanggal = match tersimpan {
        Some(p) => p.tanggal,
        None => Some(tanggal_bawaan(skp, dokumen, periode_ke, hari_ini)),
    };
    (tempat, tanggal)
}

/// The default date of signing: an evaluation is signed at the end of the period it
/// evaluates (the end of the SKP for the year), or today while that end is still ahead; the
/// plan and the development plan today.
pub fn tanggal_bawaan(
    skp: &Skp,
    dokumen: JenisDokumen,
    periode_ke: Option<u32>,
    hari_ini: NaiveDate,
) -> NaiveDate {
    let akhir = match (dokumen, periode_ke) {
        (JenisDokumen::Evaluasi, Some(ke)) => skp
            .daftar_periode_evaluasi()
            .into_iter()
            .find(|p| p.ke == ke)
            .map(|p| p.selesai),
        (JenisDokumen::Evaluasi, None) => Some(skp.periode.selesai),
        _ => None,
    };
    akhir.map_or(hari_ini, |a| a.min(hari_ini))
}

/// Keeps the place and date chosen for a document (one entry per document and period).
/// Returns false when nothing changed.
pub fn atur_penandatanganan(
    skp: &mut Skp,
    dokumen: JenisDokumen,
    periode_ke: Option<u32>,
    tempat: String,
    tanggal: Option<NaiveDate>,
) -> bool {
    let periode_ke = periode_ke.filter(|_| dokumen == JenisDokumen::Evaluasi);
    let baru = Penandatanganan {
        dokumen,
        periode_ke,
        tempat,
        tanggal,
    };
    match skp
        .penandatanganan
        .iter_mut()
        .find(|p| p.dokumen == dokumen && p.periode_ke == periode_ke)
    {
        Some(p) if *p == baru => false,
        Some(p) => {
            *p = baru;
            true
        }
        None => {
            skp.penandatanganan.push(baru);
            true
        }
    }
}

fn cari(skp: &Skp, dokumen: JenisDokumen, periode_ke: Option<u32>) -> Option<&Penandatanganan> {
    skp.penandatanganan
        .iter()
        .find(|p| p.dokumen == dokumen && p.periode_ke == periode_ke)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::contoh::contoh_analis_kebijakan;

    fn hari(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn an_evaluation_is_dated_at_the_end_of_its_period_unless_that_is_still_ahead() {
        let skp = contoh_analis_kebijakan();
        let desember = hari(2025, 12, 1);
        let tw2 = tanggal_bawaan(&skp, JenisDokumen::Evaluasi, Some(2), desember);
        assert_eq!(tw2, hari(2025, 6, 30));
        let tahun = tanggal_bawaan(&skp, JenisDokumen::Evaluasi, None, desember);
        assert_eq!(tahun, desember);
        let agustus = hari(2025, 8, 15);
        assert_eq!(
            tanggal_bawaan(&skp, JenisDokumen::Evaluasi, Some(3), agustus),
            agustus
        );
        assert_eq!(
            tanggal_bawaan(&skp, JenisDokumen::Skp, None, desember),
            desember
        );
    }

    #[test]
    fn a_chosen_place_and_date_are_kept_per_document_and_the_place_is_offered_to_others() {
        let mut skp = contoh_analis_kebijakan();
        let hari_ini = hari(2025, 12, 1);
        assert_eq!(
            penandatanganan(&skp, JenisDokumen::Evaluasi, Some(2), hari_ini),
            (String::new(), Some(hari(2025, 6, 30)))
        );
        assert!(atur_penandatanganan(
            &mut skp,
            JenisDokumen::Evaluasi,
            Some(2),
            "Makassar".into(),
            Some(hari(2025, 7, 4)),
        ));
        assert!(!atur_penandatanganan(
            &mut skp,
            JenisDokumen::Evaluasi,
            Some(2),
            "Makassar".into(),
            Some(hari(2025, 7, 4)),
        ));
        assert_eq!(
            penandatanganan(&skp, JenisDokumen::Evaluasi, Some(2), hari_ini),
            ("Makassar".into(), Some(hari(2025, 7, 4)))
        );
        // Another period: the place is offered, the date is that period's default.
        assert_eq!(
            penandatanganan(&skp, JenisDokumen::Evaluasi, Some(1), hari_ini),
            ("Makassar".into(), Some(hari(2025, 3, 31)))
        );
        // A period number on the plan is ignored: one entry for the plan.
        atur_penandatanganan(&mut skp, JenisDokumen::Skp, Some(3), "Gowa".into(), None);
        assert_eq!(skp.penandatanganan.len(), 2);
        assert_eq!(skp.penandatanganan[1].periode_ke, None);
        assert_eq!(
            penandatanganan(&skp, JenisDokumen::Skp, None, hari_ini),
            ("Gowa".into(), None)
        );
    }
}
