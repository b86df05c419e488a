//! Starting an SKP (an empty one for a year, or next year's from this year's plan), and
//! finding an IKI in it.

use super::*;
use chrono::{Datelike, NaiveDate};

impl Skp {
    /// The IKI with this id, in whichever RHK it stands (ids are unique in an SKP; the file
    /// format refuses duplicates).
    pub fn iki(&self, iki_id: &str) -> Option<&Iki> {
        self.rhk
            .iter()
            .flat_map(|r| r.iki.iter())
            .find(|i| i.id == iki_id)
    }

    /// An empty SKP for a calendar year (the usual SKP period), quantitative, JA, quarterly.
    pub fn baru(id: String, tahun: i32) -> Skp {
        let hari =
            |bulan, tanggal| NaiveDate::from_ymd_opt(tahun, bulan, tanggal).unwrap_or_default();
        Skp {
            id,
            jenis_pegawai: JenisPegawai::default(),
            jenis_jabatan: JenisJabatan::Ja,
            pendekatan: Pendekatan::default(),
            periode: Periode {
                mulai: hari(1, 1),
                selesai: hari(12, 31),
            },
            periode_evaluasi: JenisPeriodeEvaluasi::default(),
            instansi: String::new(),
            pegawai: Identitas::default(),
            pejabat_penilai: Identitas::default(),
            atasan_pejabat_penilai: None,
            rhk: Vec::new(),
            perilaku_kerja: Vec::new(),
            lampiran: Lampiran::default(),
            evaluasi: Vec::new(),
            penilaian_tahunan: PenilaianTahunan::default(),
            pengembangan_kompetensi: Vec::new(),
            tindak_lanjut: TindakLanjut::default(),
            motif: RefleksiMotif::default(),
        }
    }

    /// Next period's SKP from this one: identity, RHK, IKI, BerAKHLAK expectations and the
    /// lampiran carry over, shifted by whole years; realisasi, ratings, development and
    /// follow-up start empty.
    pub fn salin_ke_tahun(&self, id: String, tahun: i32) -> Skp {
        let geser = |tanggal: NaiveDate| {
            let ke = tahun + (tanggal.year() - self.periode.mulai.year());
            tanggal
                .with_year(ke)
                // 29 February in a year without it: the day before.
                .or_else(|| tanggal.pred_opt().and_then(|d| d.with_year(ke)))
                .unwrap_or(tanggal)
        };
        // Links point into last year's leader SKP; the text stays as a starting point.
        let mut rhk = self.rhk.clone();
        for r in &mut rhk {
            r.rhk_pimpinan.rujukan = None;
        }
        Skp {
            id,
            periode: Periode {
                mulai: geser(self.periode.mulai),
                selesai: geser(self.periode.selesai),
            },
            rhk,
            evaluasi: Vec::new(),
            penilaian_tahunan: PenilaianTahunan::default(),
            pengembangan_kompetensi: Vec::new(),
            tindak_lanjut: TindakLanjut::default(),
            motif: RefleksiMotif::default(),
            ..self.clone()
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::domain::contoh::contoh_analis_kebijakan;
    use crate::domain::model::Skp;
    use chrono::NaiveDate;

    #[test]
    fn an_iki_is_found_by_id_in_any_rhk() {
        let skp = contoh_analis_kebijakan();
        let last = skp.rhk.last().and_then(|r| r.iki.last()).unwrap();
        assert_eq!(skp.iki(&last.id), Some(last));
        assert_eq!(skp.iki("tidak-ada"), None);
    }

    #[test]
    fn a_new_skp_covers_the_calendar_year() {
        let skp = Skp::baru("s".into(), 2026);
        assert_eq!(
            skp.periode.mulai,
            NaiveDate::from_ymd_opt(2026, 1, 1).unwrap()
        );
        assert_eq!(
            skp.periode.selesai,
            NaiveDate::from_ymd_opt(2026, 12, 31).unwrap()
        );
        assert!(skp.rhk.is_empty());
    }

    #[test]
    fn next_years_copy_keeps_the_plan_and_clears_the_results() {
        let lalu = contoh_analis_kebijakan();
        assert!(!lalu.evaluasi.is_empty());
        let baru = lalu.salin_ke_tahun("baru".into(), 2026);
        assert_eq!(baru.rhk.len(), lalu.rhk.len());
        assert_eq!(
            baru.rhk[0].rencana_hasil_kerja,
            lalu.rhk[0].rencana_hasil_kerja
        );
        assert_eq!(baru.rhk[0].iki, lalu.rhk[0].iki);
        assert!(baru.rhk.iter().all(|r| r.rhk_pimpinan.rujukan.is_none()));
        assert_eq!(baru.pegawai, lalu.pegawai);
        assert_eq!(baru.perilaku_kerja, lalu.perilaku_kerja);
        assert!(baru.evaluasi.is_empty());
        assert!(baru.pengembangan_kompetensi.is_empty());
        assert_eq!(baru.penilaian_tahunan, Default::default());
        assert_eq!(
            (baru.periode.mulai, baru.periode.selesai),
            (
                NaiveDate::from_ymd_opt(2026, 1, 1).unwrap(),
                NaiveDate::from_ymd_opt(2026, 12, 31).unwrap()
            )
        );
    }

    #[test]
    fn a_period_ending_on_29_february_stays_after_its_start() {
        let mut lalu = Skp::baru("l".into(), 2023);
        lalu.periode.mulai = NaiveDate::from_ymd_opt(2023, 3, 1).unwrap();
        lalu.periode.selesai = NaiveDate::from_ymd_opt(2024, 2, 29).unwrap();
        let baru = lalu.salin_ke_tahun("b".into(), 2024);
        assert_eq!(
            baru.periode.mulai,
            NaiveDate::from_ymd_opt(2024, 3, 1).unwrap()
        );
        assert_eq!(
            baru.periode.selesai,
            NaiveDate::from_ymd_opt(2025, 2, 28).unwrap()
        );
    }
}
