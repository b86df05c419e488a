//! Tunjangan kinerja simulation: what each predikat would pay under the person's own agency
//! table. The dokumen penilaian kinerja is the basis for paying tunjangan kinerja (PP 30/2019
//! Ps 54(1); PermenPANRB 6/2022, regulations.md §1.6, §2.8), but the percentage paid per
//! predikat, and any deduction, is set by each agency in its own regulation (Perkada,
//! Peraturan Menteri): no national table was found. So every figure here comes from the table
//! the person enters and names; [`contoh_tabel`] is an example only (assumption
//! `tunjangan-contoh`).
//!
//! The table is kept by the UI in browser storage as a small versioned JSON value
//! ([`export`], [`import`]), apart from the SKP files.

mod simpan;

pub use simpan::{export, import, GalatTunjangan, FORMAT_TUNJANGAN, VERSI_TUNJANGAN};

use serde::{Deserialize, Serialize};

use crate::domain::assumptions::TUNJANGAN_CONTOH;
use crate::domain::lang::Lang;
use crate::domain::rules::predikat::Predikat;

/// The assumptions this module depends on, for the UI to show beside the simulation.
pub const ASUMSI: &[&str] = &[TUNJANGAN_CONTOH];

/// One agency's tunjangan kinerja table, as the person copied it from their agency's
/// regulation.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TabelTunjangan {
    /// The agency regulation the table comes from, as the person names it (its title, number
    /// and year): the page shows it so no figure reads as national law.
    #[serde(default)]
    pub sumber: String,
    /// True for the bundled example ([`contoh_tabel`]) until the person makes the table
    /// their own: the page labels it as an example while it is set.
    #[serde(default)]
    pub contoh: bool,
    /// The percentage of the allowance paid for each predikat.
    #[serde(default)]
    pub persen: Vec<PersenPredikat>,
    /// The agency's deductions, if any.
    #[serde(default)]
    pub potongan: Vec<Potongan>,
    /// The person's base allowance (the full tunjangan of their post, in rupiah), kept with
    /// the table so the page reopens with it; `None` until entered.
    #[serde(default)]
    pub tunjangan_dasar: Option<f64>,
}

/// The percentage of the allowance paid for one predikat.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PersenPredikat {
    /// The predikat.
    pub predikat: Predikat,
    /// Percent of the base allowance, 0 to 100.
    pub persen: f64,
}

/// One deduction the agency makes (for lateness, leaving early, a missing daily log, ...),
/// as a percentage of the allowance the predikat gives. Deductions add up (2% and 1.5% take
/// 3.5%), they do not compound: the simplest reading, and the one to check against the
/// agency's own rule.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Potongan {
    /// Stable id.
    pub id: String,
    /// What it is for, in the agency's words.
    #[serde(default)]
    pub uraian: String,
    /// Percent of the allowance before deductions, 0 to 100.
    pub persen: f64,
}

/// What one predikat would pay. Amounts are whole rupiah; `None` when the table has no
/// percentage for the predikat, or the base allowance is not a usable number.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct HasilSimulasi {
    /// The predikat.
    pub predikat: Predikat,
    /// The percentage used (the table's, held to 0..=100).
    pub persen: Option<f64>,
    /// The deductions' total percentage used (held to 0..=100).
    pub persen_potongan: f64,
    /// Base × percentage, rounded to whole rupiah.
    pub sebelum_potongan: Option<i64>,
    /// The deductions, rounded to whole rupiah.
    pub potongan: Option<i64>,
    /// What is received: [`Self::sebelum_potongan`] − [`Self::potongan`], so the row adds up.
    pub diterima: Option<i64>,
}

/// The bundled EXAMPLE table: 100 / 100 / 80 / 60 / 40% from Sangat Baik to Sangat Kurang,
/// no deduction. Illustrative figures from no regulation (assumption `tunjangan-contoh`);
/// marked [`TabelTunjangan::contoh`] so the page labels it.
pub fn contoh_tabel() -> TabelTunjangan {
    let persen = [100.0, 100.0, 80.0, 60.0, 40.0];
    TabelTunjangan {
        sumber: "CONTOH, bukan peraturan mana pun: ganti dengan tabel dari peraturan instansi \
                 Anda (Perkada / Peraturan Menteri)"
            .into(),
        contoh: true,
        persen: Predikat::SEMUA
            .into_iter()
            .zip(persen)
            .map(|(predikat, persen)| PersenPredikat { predikat, persen })
            .collect(),
        potongan: Vec::new(),
        tunjangan_dasar: None,
    }
}

impl TabelTunjangan {
    /// The percentage the table gives a predikat (the first, if it lists it twice).
    pub fn persen_untuk(&self, predikat: Predikat) -> Option<f64> {
        self.persen
            .iter()
            .find(|p| p.predikat == predikat)
            .map(|p| p.persen)
    }

    /// The deductions' total percentage, each held to 0..=100 and the total to 100, so no
    /// simulation pays less than nothing.
    pub fn persen_potongan(&self) -> f64 {
        self.potongan
            .iter()
            .map(|p| persen_sah(p.persen))
            .sum::<f64>()
            .min(100.0)
    }
}

/// A percentage held to 0..=100; what is not a number counts as 0.
fn persen_sah(p: f64) -> f64 {
    if p.is_finite() {
        p.clamp(0.0, 100.0)
    } else {
        0.0
    }
}

/// Whole rupiah: halves rounded up (away from zero). Payroll may round otherwise; this is a
/// simulation.
fn rupiah(x: f64) -> i64 {
    x.round() as i64
}

/// One row per predikat, best first ([`Predikat::SEMUA`]): the table's percentage of
/// `tunjangan_dasar`, the deductions and what is received. The base is passed in so the page
/// can try another figure than the one saved ([`TabelTunjangan::tunjangan_dasar`]). Figures
/// outside their range are held to it here and named by [`periksa_tabel`]; a negative base
/// gives no amounts.
pub fn simulasi(tabel: &TabelTunjangan, tunjangan_dasar: f64) -> Vec<HasilSimulasi> {
    let dasar = (tunjangan_dasar.is_finite() && tunjangan_dasar >= 0.0).then_some(tunjangan_dasar);
    let persen_potongan = tabel.persen_potongan();
    Predikat::SEMUA
        .into_iter()
        .map(|predikat| {
            let persen = tabel
                .persen_untuk(predikat)
                .filter(|p| p.is_finite())
                .map(persen_sah);
            // Each amount is rounded from the exact figure; what is received is the
            // difference of the two rounded ones, so the three shown always add up.
            let jumlah = persen.zip(dasar).map(|(p, d)| {
                let kotor = d * p / 100.0;
                let sebelum = rupiah(kotor);
                let potongan = rupiah(kotor * persen_potongan / 100.0);
                (sebelum, potongan, sebelum - potongan)
            });
            HasilSimulasi {
                predikat,
                persen,
                persen_potongan,
                sebelum_potongan: jumlah.map(|j| j.0),
                potongan: jumlah.map(|j| j.1),
                diterima: jumlah.map(|j| j.2),
            }
        })
        .collect()
}

/// What is wrong with a table, for the page to show beside it. A table with problems is
/// still kept (it is the person's draft); the simulation holds each figure to its range.
#[derive(Debug, Clone, PartialEq)]
pub enum MasalahTabel {
    /// No regulation named.
    SumberKosong,
    /// A predikat without a percentage.
    PredikatTidakAda(Predikat),
    /// A predikat listed more than once (the first counts).
    PredikatGanda(Predikat),
    /// A percentage outside 0..=100 (or not a number).
    PersenDiLuarRentang {
        /// The predikat.
        predikat: Predikat,
        /// The percentage.
        persen: f64,
    },
    /// A deduction outside 0..=100 (or not a number).
    PotonganDiLuarRentang {
        /// The deduction's id.
        id: String,
        /// Its percentage.
        persen: f64,
    },
    /// Two deductions share an id.
    PotonganGanda(String),
    /// The deductions add up to more than 100%.
    PotonganMelebihi100 {
        /// Their sum.
        jumlah: f64,
    },
    /// The base allowance is negative (or not a number).
    DasarTidakSah(f64),
}

fn di_luar(p: f64) -> bool {
    !(p.is_finite() && (0.0..=100.0).contains(&p))
}

/// Checks a table: its source, one percentage per predikat within 0..=100, deductions within
/// 0..=100 adding up to at most 100, a base allowance of 0 or more.
pub fn periksa_tabel(tabel: &TabelTunjangan) -> Vec<MasalahTabel> {
    let mut masalah = Vec::new();
    if tabel.sumber.trim().is_empty() {
        masalah.push(MasalahTabel::SumberKosong);
    }
    for predikat in Predikat::SEMUA {
        let ada: Vec<f64> = tabel
            .persen
            .iter()
            .filter(|p| p.predikat == predikat)
            .map(|p| p.persen)
            .collect();
        match ada.as_slice() {
            [] => masalah.push(MasalahTabel::PredikatTidakAda(predikat)),
            [_, _, ..] => masalah.push(MasalahTabel::PredikatGanda(predikat)),
            [_] => {}
        }
        for persen in ada.into_iter().filter(|p| di_luar(*p)) {
            masalah.push(MasalahTabel::PersenDiLuarRentang { predikat, persen });
        }
    }
    let mut ids = std::collections::HashSet::new();
    for p in &tabel.potongan {
        if di_luar(p.persen) {
            masalah.push(MasalahTabel::PotonganDiLuarRentang {
                id: p.id.clone(),
                persen: p.persen,
            });
        }
        if !ids.insert(p.id.as_str()) {
            masalah.push(MasalahTabel::PotonganGanda(p.id.clone()));
        }
    }
    let jumlah: f64 = tabel.potongan.iter().map(|p| p.persen).sum();
    if jumlah > 100.0 {
        masalah.push(MasalahTabel::PotonganMelebihi100 { jumlah });
    }
    if let Some(d) = tabel.tunjangan_dasar {
        if !(d.is_finite() && d >= 0.0) {
            masalah.push(MasalahTabel::DasarTidakSah(d));
        }
    }
    masalah
}

impl MasalahTabel {
    /// The message for the person.
    pub fn pesan(&self, lang: Lang) -> String {
        let angka = |n: f64| crate::domain::angka::fmt_angka(n, lang);
        match self {
            MasalahTabel::SumberKosong => lang
                .pick(
                    "Sebutkan peraturan instansi yang menjadi dasar tabel ini (Perkada / Peraturan Menteri).",
                    "Name the agency regulation this table comes from (Perkada / Peraturan Menteri).",
                )
                .into(),
            MasalahTabel::PredikatTidakAda(p) => match lang {
                Lang::Id => format!("Predikat {} belum diberi persentase.", p.label(lang)),
                Lang::En => format!("The predikat {} has no percentage yet.", p.label(lang)),
            },
            MasalahTabel::PredikatGanda(p) => match lang {
                Lang::Id => format!(
                    "Predikat {} tercantum lebih dari sekali; yang pertama dipakai.",
                    p.label(lang)
                ),
                Lang::En => format!(
                    "The predikat {} is listed more than once; the first is used.",
                    p.label(lang)
                ),
            },
            MasalahTabel::PersenDiLuarRentang { predikat, persen } => match lang {
                Lang::Id => format!(
                    "Persentase predikat {} ({}%) harus antara 0 dan 100.",
                    predikat.label(lang),
                    angka(*persen)
                ),
                Lang::En => format!(
                    "The percentage for {} ({}%) must be between 0 and 100.",
                    predikat.label(lang),
                    angka(*persen)
                ),
            },
            MasalahTabel::PotonganDiLuarRentang { id, persen } => match lang {
                Lang::Id => format!(
                    "Potongan `{id}` ({}%) harus antara 0 dan 100.",
                    angka(*persen)
                ),
                Lang::En => format!(
                    "The deduction `{id}` ({}%) must be between 0 and 100.",
                    angka(*persen)
                ),
            },
            MasalahTabel::PotonganGanda(id) => match lang {
                Lang::Id => format!("Dua potongan memakai ID `{id}` yang sama."),
                Lang::En => format!("Two deductions share the id `{id}`."),
            },
            MasalahTabel::PotonganMelebihi100 { jumlah } => match lang {
                Lang::Id => format!(
                    "Jumlah potongan {}% melebihi 100%; simulasi memakai paling banyak 100%.",
                    angka(*jumlah)
                ),
                Lang::En => format!(
                    "The deductions add up to {}%, more than 100%; the simulation uses at most 100%.",
                    angka(*jumlah)
                ),
            },
            MasalahTabel::DasarTidakSah(d) => match lang {
                Lang::Id => format!(
                    "Tunjangan dasar ({}) tidak boleh negatif.",
                    angka(*d)
                ),
                Lang::En => format!(
                    "The base allowance ({}) cannot be negative.",
                    angka(*d)
                ),
            },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    pub(super) fn dengan_potongan() -> TabelTunjangan {
        TabelTunjangan {
            sumber: "Perbup Contoh 1/2025".into(),
            contoh: false,
            potongan: vec![
                Potongan {
                    id: "pt-1".into(),
                    uraian: "Terlambat masuk kerja".into(),
                    persen: 2.5,
                },
                Potongan {
                    id: "pt-2".into(),
                    uraian: "Laporan harian tidak diisi".into(),
                    persen: 1.5,
                },
            ],
            tunjangan_dasar: Some(5_000_000.0),
            ..contoh_tabel()
        }
    }

    fn jumlah(h: &HasilSimulasi) -> (Option<f64>, Option<i64>, Option<i64>, Option<i64>) {
        (h.persen, h.sebelum_potongan, h.potongan, h.diterima)
    }

    #[test]
    fn each_predikat_pays_its_percentage_less_the_deductions_best_first() {
        let hasil = simulasi(&dengan_potongan(), 5_000_000.0);
        let predikat: Vec<_> = hasil.iter().map(|h| h.predikat).collect();
        assert_eq!(predikat, Predikat::SEMUA);
        assert!(hasil.iter().all(|h| h.persen_potongan == 4.0));
        let rows: Vec<_> = hasil.iter().map(jumlah).collect();
        assert_eq!(
            rows,
            [
                (Some(100.0), Some(5_000_000), Some(200_000), Some(4_800_000)),
                (Some(100.0), Some(5_000_000), Some(200_000), Some(4_800_000)),
                (Some(80.0), Some(4_000_000), Some(160_000), Some(3_840_000)),
                (Some(60.0), Some(3_000_000), Some(120_000), Some(2_880_000)),
                (Some(40.0), Some(2_000_000), Some(80_000), Some(1_920_000)),
            ]
        );
        // Without deductions, what is received is the whole amount.
        let polos = simulasi(&contoh_tabel(), 5_000_000.0);
        assert_eq!(polos[4].potongan, Some(0));
        assert_eq!(polos[4].diterima, Some(2_000_000));
    }

    #[test]
    fn amounts_are_whole_rupiah_and_each_row_adds_up() {
        let hasil = simulasi(&dengan_potongan(), 1_234_567.0);
        let bp = &hasil[2];
        // 80% = 987 653,6 → 987 654; 4% of 987 653,6 = 39 506,144 → 39 506.
        assert_eq!(
            jumlah(bp),
            (Some(80.0), Some(987_654), Some(39_506), Some(948_148))
        );
        for h in &hasil {
            assert_eq!(
                h.sebelum_potongan.unwrap() - h.potongan.unwrap(),
                h.diterima.unwrap()
            );
        }
        // A half rupiah is rounded up.
        let separuh = TabelTunjangan {
            persen: vec![PersenPredikat {
                predikat: Predikat::Baik,
                persen: 50.0,
            }],
            ..TabelTunjangan::default()
        };
        assert_eq!(
            simulasi(&separuh, 5_000_001.0)[1].sebelum_potongan,
            Some(2_500_001)
        );
    }

    #[test]
    fn a_missing_predikat_or_a_bad_base_gives_no_amount_and_bad_figures_are_held_to_range() {
        let mut t = dengan_potongan();
        t.persen.retain(|p| p.predikat != Predikat::SangatKurang);
        t.persen[0].persen = 120.0;
        t.potongan[0].persen = 150.0;
        let hasil = simulasi(&t, 1_000_000.0);
        assert_eq!(jumlah(&hasil[4]), (None, None, None, None));
        // 120% is used as 100%, the deductions as 100%: nothing received, never less.
        assert_eq!(hasil[0].persen, Some(100.0));
        assert_eq!(hasil[0].persen_potongan, 100.0);
        assert_eq!(hasil[0].diterima, Some(0));
        for dasar in [-1.0, f64::NAN] {
            let h = simulasi(&t, dasar);
            assert!(h.iter().all(|h| h.sebelum_potongan.is_none()), "{dasar}");
            assert_eq!(h[1].persen, Some(100.0));
        }
    }

    #[test]
    fn the_example_is_marked_as_an_example_and_passes_the_check() {
        let t = contoh_tabel();
        assert!(t.contoh);
        assert!(t.sumber.starts_with("CONTOH"));
        assert_eq!(periksa_tabel(&t), []);
        assert!(crate::domain::assumptions::assumption(TUNJANGAN_CONTOH).is_some());
    }

    #[test]
    fn the_check_names_every_problem() {
        assert_eq!(periksa_tabel(&dengan_potongan()), []);
        let mut t = dengan_potongan();
        t.sumber = "  ".into();
        t.persen[1].persen = -5.0;
        t.persen[2].predikat = Predikat::SangatBaik;
        t.potongan[0].persen = 101.0;
        t.potongan[1].id = "pt-1".into();
        t.tunjangan_dasar = Some(-10.0);
        assert_eq!(
            periksa_tabel(&t),
            [
                MasalahTabel::SumberKosong,
                MasalahTabel::PredikatGanda(Predikat::SangatBaik),
                MasalahTabel::PersenDiLuarRentang {
                    predikat: Predikat::Baik,
                    persen: -5.0
                },
                MasalahTabel::PredikatTidakAda(Predikat::ButuhPerbaikan),
                MasalahTabel::PotonganDiLuarRentang {
                    id: "pt-1".into(),
                    persen: 101.0
                },
                MasalahTabel::PotonganGanda("pt-1".into()),
                MasalahTabel::PotonganMelebihi100 { jumlah: 102.5 },
                MasalahTabel::DasarTidakSah(-10.0),
            ]
        );
        // Deductions each within range can still add up to too much.
        let mut t = dengan_potongan();
        t.potongan[0].persen = 60.0;
        t.potongan[1].persen = 50.0;
        assert_eq!(
            periksa_tabel(&t),
            [MasalahTabel::PotonganMelebihi100 { jumlah: 110.0 }]
        );
        let m = MasalahTabel::PersenDiLuarRentang {
            predikat: Predikat::Baik,
            persen: 120.5,
        };
        assert_eq!(
            m.pesan(Lang::Id),
            "Persentase predikat Baik (120,5%) harus antara 0 dan 100."
        );
        assert!(m.pesan(Lang::En).contains("between 0 and 100"));
    }
}
