//! The evaluation periods of an SKP (PermenPANRB 6/2022: evaluasi periodik; quarterly in the
//! Lampiran examples [S24]; assumption `periode-kalender`).

use chrono::{Datelike, Months, NaiveDate};

use crate::domain::assumptions::PERIODE_KALENDER;
use crate::domain::lang::Lang;
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

const BULAN_ID: [&str; 12] = [
    "Januari",
    "Februari",
    "Maret",
    "April",
    "Mei",
    "Juni",
    "Juli",
    "Agustus",
    "September",
    "Oktober",
    "November",
    "Desember",
];
const BULAN_EN: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];
/// The name of a month (0 = January) in a language.
pub fn nama_bulan(bulan0: u32, lang: Lang) -> &'static str {
    let nama = match lang {
        Lang::Id => &BULAN_ID,
        Lang::En => &BULAN_EN,
    };
    nama[bulan0 as usize % 12]
}

const ROMAWI: [&str; 4] = ["I", "II", "III", "IV"];

impl PeriodeEvaluasi {
    /// The label: "Triwulan II 2025", "Maret 2025", "Semester I 2025".
    pub fn label(&self, lang: Lang) -> String {
        let bulan = self.mulai.month0() as usize;
        let tahun = self.mulai.year();
        match (self.jenis, lang) {
            (JenisPeriodeEvaluasi::Bulanan, Lang::Id) => format!("{} {tahun}", BULAN_ID[bulan]),
            (JenisPeriodeEvaluasi::Bulanan, Lang::En) => format!("{} {tahun}", BULAN_EN[bulan]),
            (JenisPeriodeEvaluasi::Triwulanan, Lang::Id) => {
                format!("Triwulan {} {tahun}", ROMAWI[bulan / 3])
            }
            (JenisPeriodeEvaluasi::Triwulanan, Lang::En) => {
                format!("Quarter {} {tahun}", ROMAWI[bulan / 3])
            }
            (JenisPeriodeEvaluasi::Semesteran, Lang::Id) => {
                format!("Semester {} {tahun}", ROMAWI[bulan / 6])
            }
            (JenisPeriodeEvaluasi::Semesteran, Lang::En) => {
                format!("Half-year {} {tahun}", ROMAWI[bulan / 6])
            }
        }
    }
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
