//! The regulation's terms in both languages: ratings, predikat, BerAKHLAK values, the paths of
//! competency development, months and evaluation periods. The domain names them by code.

use crate::domain::model::{Jalur, JenisPeriodeEvaluasi, NilaiBerakhlak, Rating};
use crate::domain::rules::legacy::PredikatPp30;
use chrono::Datelike;

use crate::domain::rules::periode::PeriodeEvaluasi;
use crate::domain::rules::predikat::Predikat;
use crate::domain::Lang;

impl Rating {
    /// The label.
    pub fn label(self, lang: Lang) -> &'static str {
        match self {
            Rating::DiBawahEkspektasi => lang.pick("Di Bawah Ekspektasi", "Below expectations"),
            Rating::SesuaiEkspektasi => lang.pick("Sesuai Ekspektasi", "Meets expectations"),
            Rating::DiAtasEkspektasi => lang.pick("Di Atas Ekspektasi", "Above expectations"),
        }
    }
}

impl Predikat {
    /// The label.
    pub fn label(self, lang: Lang) -> &'static str {
        match self {
            Predikat::SangatBaik => lang.pick("Sangat Baik", "Very good"),
            Predikat::Baik => lang.pick("Baik", "Good"),
            Predikat::ButuhPerbaikan => lang.pick("Butuh Perbaikan", "Needs improvement"),
            Predikat::KurangMisconduct => lang.pick("Kurang/Misconduct", "Poor/Misconduct"),
            Predikat::SangatKurang => lang.pick("Sangat Kurang", "Very poor"),
        }
    }
}

impl PredikatPp30 {
    /// The label.
    pub fn label(self, lang: Lang) -> &'static str {
        match self {
            PredikatPp30::SangatBaik => lang.pick("Sangat Baik", "Very good"),
            PredikatPp30::Baik => lang.pick("Baik", "Good"),
            PredikatPp30::Cukup => lang.pick("Cukup", "Fair"),
            PredikatPp30::Kurang => lang.pick("Kurang", "Poor"),
            PredikatPp30::SangatKurang => lang.pick("Sangat Kurang", "Very poor"),
        }
    }
}

impl Jalur {
    /// The label.
    pub fn label(self, lang: Lang) -> &'static str {
        match self {
            Jalur::Pendidikan => lang.pick("Pendidikan", "Formal education"),
            Jalur::PelatihanKlasikal => lang.pick("Pelatihan klasikal", "Classroom training"),
            Jalur::PelatihanNonKlasikal => {
                lang.pick("Pelatihan nonklasikal", "Non-classroom learning")
            }
        }
    }
}

impl NilaiBerakhlak {
    /// The value's name.
    pub fn nama(self, lang: Lang) -> &'static str {
        use NilaiBerakhlak::*;
        match (self, lang) {
            (BerorientasiPelayanan, Lang::Id) => "Berorientasi Pelayanan",
            (BerorientasiPelayanan, Lang::En) => "Service-oriented",
            (Akuntabel, Lang::Id) => "Akuntabel",
            (Akuntabel, Lang::En) => "Accountable",
            (Kompeten, Lang::Id) => "Kompeten",
            (Kompeten, Lang::En) => "Competent",
            (Harmonis, Lang::Id) => "Harmonis",
            (Harmonis, Lang::En) => "Harmonious",
            (Loyal, Lang::Id) => "Loyal",
            (Loyal, Lang::En) => "Loyal",
            (Adaptif, Lang::Id) => "Adaptif",
            (Adaptif, Lang::En) => "Adaptive",
            (Kolaboratif, Lang::Id) => "Kolaboratif",
            (Kolaboratif, Lang::En) => "Collaborative",
        }
    }
}

const ROMAWI: [&str; 4] = ["I", "II", "III", "IV"];

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
