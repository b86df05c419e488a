//! The evaluation periods of an SKP (PermenPANRB 6/2022: evaluasi periodik; quarterly in the
//! Lampiran examples [S24]; assumption `periode-kalender`).

use chrono::{Datelike, Months, NaiveDate};

use crate::domain::assumptions::PERIODE_KALENDER;
use crate::domain::model::{JenisPeriodeEvaluasi, Periode};

/// Assumptions this module depends on.
pub const ASUMSI: &[&str] = &[PERIODE_KALENDER];

/// One evaluation period.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PeriodeEvaluasi {
    /// 1-based position, as stored in `EvaluasiPeriodik::periode_ke`.
    pub ke: u32,
    /// Kind.
    pub jenis: JenisPeriodeEvaluasi,
    /// First day (clipped to the SKP period).
    pub mulai: NaiveDate,
    /// Last day (clipped to the SKP period).
    pub selesai: NaiveDate,
}

impl crate::domain::model::Skp {
    /// The evaluation periods of this SKP, as its period and evaluation type give them.
    pub fn daftar_periode_evaluasi(&self) -> Vec<PeriodeEvaluasi> {
        periode_evaluasi(&self.periode, self.periode_evaluasi)
    }
}

/// The evaluation periods of an SKP period: calendar blocks of 1, 3 or 6 months clipped to
/// the SKP's start and end. Empty when the period is inverted.
pub fn periode_evaluasi(periode: &Periode, jenis: JenisPeriodeEvaluasi) -> Vec<PeriodeEvaluasi> {
    let mut hasil = Vec::new();
    let panjang = jenis.bulan();
    let mut mulai = periode.mulai;
    while mulai <= periode.selesai {
        let bulan_awal_blok = mulai.month0() / panjang * panjang + 1;
        let Some(awal_blok) = NaiveDate::from_ymd_opt(mulai.year(), bulan_awal_blok, 1) else {
            break;
        };
        let Some(awal_berikut) = awal_blok.checked_add_months(Months::new(panjang)) else {
            break;
        };
        let Some(akhir_blok) = awal_berikut.pred_opt() else {
            break;
        };
        let selesai = akhir_blok.min(periode.selesai);
        hasil.push(PeriodeEvaluasi {
            ke: hasil.len() as u32 + 1,
            jenis,
            mulai,
            selesai,
        });
        mulai = awal_berikut;
    }
    hasil
}
