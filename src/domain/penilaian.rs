//! What the assessment page and the printed documents read from an SKP: capaian rows of a
//! period or of the year, the ratings set, and number and target formatting. The rules come
//! from the domain; this only picks the inputs.

use crate::domain::model::{EvaluasiPeriodik, NilaiBerakhlak, Rating, RatingPeriode, Skp, Target};
use crate::domain::rules::capaian::CapaianSkp;
use crate::domain::Lang;

/// One IKI as assessed in a period (`Some(ke)`) or for the year (`None`): the engine's
/// figures with the indicator's words.
#[derive(Clone, Debug, PartialEq)]
pub struct BarisCapaian {
    pub rhk_id: String,
    pub iki_id: String,
    pub utama: bool,
    pub indikator: String,
    pub target: Option<Target>,
    pub realisasi: Option<f64>,
    pub capaian: Option<f64>,
}

/// Capaian rows of the period or the year, in plan order, from the capaian engine.
pub fn baris_capaian(skp: &Skp, periode: Option<u32>) -> Vec<BarisCapaian> {
    baris_dari(skp, &CapaianSkp::of(skp), periode)
}

/// Capaian rows from an engine result already computed for `skp`.
pub fn baris_dari(skp: &Skp, semua: &CapaianSkp, periode: Option<u32>) -> Vec<BarisCapaian> {
    semua
        .pada(periode)
        .map(|(i, c)| BarisCapaian {
            rhk_id: i.rhk_id.clone(),
            iki_id: i.iki_id.clone(),
            utama: i.utama,
            indikator: skp
                .iki(&i.iki_id)
                .map(|x| x.indikator.clone())
                .unwrap_or_default(),
            target: c.target.clone(),
            realisasi: c.realisasi,
            capaian: c.capaian,
        })
        .collect()
}

/// The ratings of the period or the year (empty for a period not started).
pub fn rating(skp: &Skp, periode: Option<u32>) -> RatingPeriode {
    skp.rating(periode).cloned().unwrap_or_default()
}

/// What a BerAKHLAK value's rating rests on: the expectation agreed in the plan, and the
/// feedback recorded on it in period `periode` (every period when `None`), in period order.
pub fn bukti_perilaku(
    skp: &Skp,
    nilai: NilaiBerakhlak,
    periode: Option<u32>,
) -> (String, Vec<String>) {
    let ekspektasi = skp
        .perilaku_kerja
        .iter()
        .find(|e| e.nilai == nilai)
        .map(|e| e.ekspektasi_khusus.clone())
        .unwrap_or_default();
    let umpan_balik = dipakai(skp, periode)
        .flat_map(|e| e.umpan_balik_perilaku.iter())
        .filter(|u| u.nilai == nilai)
        .map(|u| u.isi.clone())
        .collect();
    (ekspektasi, umpan_balik)
}

/// The feedback recorded on an RHK in period `periode` (every period when `None`).
pub fn umpan_balik_rhk(skp: &Skp, rhk_id: &str, periode: Option<u32>) -> Vec<String> {
    dipakai(skp, periode)
        .flat_map(|e| e.umpan_balik_rhk.iter())
        .filter(|u| u.rhk_id == rhk_id)
        .map(|u| u.isi.clone())
        .collect()
}

/// The evaluations of period `periode` (all when `None`), in period order.
fn dipakai(skp: &Skp, periode: Option<u32>) -> impl Iterator<Item = &EvaluasiPeriodik> {
    let mut list: Vec<&EvaluasiPeriodik> = skp
        .evaluasi
        .iter()
        .filter(|e| periode.is_none_or(|k| e.periode_ke == k))
        .collect();
    list.sort_by_key(|e| e.periode_ke);
    list.into_iter()
}

/// The three ratings, lowest first.
pub const RATINGS: [Rating; 3] = [
    Rating::DiBawahEkspektasi,
    Rating::SesuaiEkspektasi,
    Rating::DiAtasEkspektasi,
];

/// A rating as a form value.
pub fn rating_value(r: Option<Rating>) -> &'static str {
    match r {
        None => "",
        Some(Rating::DiBawahEkspektasi) => "di_bawah",
        Some(Rating::SesuaiEkspektasi) => "sesuai",
        Some(Rating::DiAtasEkspektasi) => "di_atas",
    }
}

/// A form value as a rating.
pub fn parse_rating(s: &str) -> Option<Rating> {
    RATINGS.into_iter().find(|r| rating_value(Some(*r)) == s)
}

pub use crate::domain::angka::{fmt_angka, parse_angka};

/// A percentage, e.g. "87,5%".
pub fn fmt_persen(n: Option<f64>, lang: Lang) -> String {
    n.map(|n| format!("{}%", fmt_angka(n, lang)))
        .unwrap_or_else(|| "–".into())
}

/// A target as people write it: "3 Dokumen", "3–5 Hari", or the description.
pub fn fmt_target(t: Option<&Target>, lang: Lang) -> String {
    match t {
        Some(Target::Nilai { nilai, satuan }) => format!("{} {satuan}", fmt_angka(*nilai, lang)),
        Some(Target::Rentang { min, maks, satuan }) => format!(
            "{}\u{2013}{} {satuan}",
            fmt_angka(*min, lang),
            fmt_angka(*maks, lang)
        ),
        Some(Target::Deskripsi { deskripsi }) => deskripsi.clone(),
        None => "–".into(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::contoh::contoh_analis_kebijakan;

    #[test]
    fn period_capaian_uses_the_pro_rated_target() {
        let skp = contoh_analis_kebijakan();
        let q2 = baris_capaian(&skp, Some(2));
        let iki4 = q2.iter().find(|b| b.iki_id == "iki-4").unwrap();
        assert_eq!(iki4.realisasi, Some(11.0));
        assert!(iki4.capaian.is_some());
        let tahun = baris_capaian(&skp, None);
        let iki4 = tahun.iter().find(|b| b.iki_id == "iki-4").unwrap();
        assert_eq!(iki4.realisasi, Some(17.0));
        assert_eq!(parse_angka("12,5"), Some(12.5));
        assert_eq!(fmt_angka(12.5, Lang::En), "12.5");
    }

    #[test]
    fn behaviour_evidence_is_the_plan_s_expectation_and_the_chosen_period_s_feedback() {
        let mut skp = crate::domain::contoh::contoh_analis_kebijakan();
        // A second note on Kolaboratif in period 3, stored before period 1's.
        let mut catatan = skp.evaluasi[0].umpan_balik_perilaku[0].clone();
        catatan.isi = "Rapat lintas bidang dipimpin dengan baik.".into();
        let tw3 = skp.evaluasi.iter().position(|e| e.periode_ke == 3).unwrap();
        skp.evaluasi[tw3].umpan_balik_perilaku.push(catatan);
        skp.evaluasi.swap(0, tw3);
        let (ekspektasi, tahun) = bukti_perilaku(&skp, NilaiBerakhlak::Kolaboratif, None);
        assert_eq!(
            Some(ekspektasi.as_str()),
            skp.perilaku_kerja
                .iter()
                .find(|e| e.nilai == NilaiBerakhlak::Kolaboratif)
                .map(|e| e.ekspektasi_khusus.as_str())
        );
        assert_eq!(
            tahun,
            [
                "Koordinasi dengan Dinas Kesehatan berjalan baik.",
                "Rapat lintas bidang dipimpin dengan baik."
            ]
        );
        let (_, tw1) = bukti_perilaku(&skp, NilaiBerakhlak::Kolaboratif, Some(1));
        assert_eq!(tw1, ["Koordinasi dengan Dinas Kesehatan berjalan baik."]);
        assert!(bukti_perilaku(&skp, NilaiBerakhlak::Adaptif, Some(1))
            .1
            .is_empty());
    }
}
