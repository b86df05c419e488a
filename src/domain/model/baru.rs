//! Starting an SKP (an empty one for a year, or next year's from this year's plan), and
//! finding an IKI in it.

use super::*;
use chrono::{Datelike, NaiveDate};

impl Skp {
    /// The earliest year of any date in an SKP. Dates before it are typing slips ("0202" for
    /// "2022") that a browser's date field cannot show.
    pub const TAHUN_MIN: i32 = 1900;
    /// The latest year of any date in an SKP: beyond it chrono writes `+10000-01-01`, which is
    /// not a `YYYY-MM-DD` date.
    pub const TAHUN_MAX: i32 = 2200;

    /// Whether a year lies in [`Skp::TAHUN_MIN`]..=[`Skp::TAHUN_MAX`], the years the file
    /// format accepts for every date.
    pub fn tahun_sah(tahun: i32) -> bool {
        (Skp::TAHUN_MIN..=Skp::TAHUN_MAX).contains(&tahun)
    }

    /// The IKI with this id, in whichever RHK it stands (ids are unique in an SKP; the file
    /// format refuses duplicates).
    pub fn iki(&self, iki_id: &str) -> Option<&Iki> {
        self.rhk
            .iter()
            .flat_map(|r| r.iki.iter())
            .find(|i| i.id == iki_id)
    }

    /// Whether the pegawai heads an organisation unit: every JPT does, and others say so.
    pub fn kepala_unit(&self) -> bool {
        self.memimpin_unit || self.jenis_jabatan == JenisJabatan::Jpt
    }

    /// The evaluation of period `ke`, if it has been started.
    pub fn evaluasi_ke(&self, ke: u32) -> Option<&EvaluasiPeriodik> {
        self.evaluasi.iter().find(|e| e.periode_ke == ke)
    }

    /// The ratings of period `Some(ke)` or the year (`None`); `None` for a period not started.
    pub fn rating(&self, periode: Option<u32>) -> Option<&RatingPeriode> {
        match periode {
            None => Some(&self.penilaian_tahunan.rating),
            Some(ke) => self.evaluasi_ke(ke).map(|e| &e.rating),
        }
    }

    /// The unit's capaian kinerja organisasi in period `Some(ke)` or the year (`None`).
    pub fn kinerja_organisasi(&self, periode: Option<u32>) -> Option<&KinerjaOrganisasi> {
        match periode {
            None => Some(&self.penilaian_tahunan.kinerja_organisasi),
            Some(ke) => self.evaluasi_ke(ke).map(|e| &e.kinerja_organisasi),
        }
    }

    /// An empty SKP for a calendar year (the usual SKP period), quantitative, JA, quarterly.
    /// A year outside [`Skp::TAHUN_MIN`]..=[`Skp::TAHUN_MAX`] is brought to the nearest end.
    pub fn baru(id: String, tahun: i32) -> Skp {
        let tahun = tahun.clamp(Skp::TAHUN_MIN, Skp::TAHUN_MAX);
        let hari =
            |bulan, tanggal| NaiveDate::from_ymd_opt(tahun, bulan, tanggal).unwrap_or_default();
        Skp {
            id,
            jenis_pegawai: JenisPegawai::default(),
            jenis_jabatan: JenisJabatan::Ja,
            memimpin_unit: false,
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
            penandatanganan: Vec::new(),
            latihan: None,
            persetujuan: None,
        }
    }

    /// Next period's SKP from this one: identity, RHK, IKI, BerAKHLAK expectations and the
    /// lampiran carry over, shifted by whole years; realisasi, ratings, development,
    /// follow-up and the leader's decision on the plan start empty. A practice SKP's copy is still practice: it keeps the mark
    /// ([`Skp::latihan`]), since its agency and leaders are the case pack's, not real ones.
    ///
    /// The period starts in `tahun`, or as near to it as keeps the whole period within
    /// [`Skp::TAHUN_MIN`]..=[`Skp::TAHUN_MAX`]: copying a 2200 SKP "to 2201" gives another
    /// 2200 SKP, never a file that cannot be read back.
    pub fn salin_ke_tahun(&self, id: String, tahun: i32) -> Skp {
        let Periode { mulai, selesai } = self.periode;
        let (awal, akhir) = (
            mulai.year().min(selesai.year()),
            mulai.year().max(selesai.year()),
        );
        let selisih = tahun
            .saturating_sub(mulai.year())
            .min(Skp::TAHUN_MAX - akhir)
            .max(Skp::TAHUN_MIN - awal);
        let batas = |tanggal: NaiveDate| {
            let (min, max) = (
                NaiveDate::from_ymd_opt(Skp::TAHUN_MIN, 1, 1).unwrap_or(NaiveDate::MIN),
                NaiveDate::from_ymd_opt(Skp::TAHUN_MAX, 12, 31).unwrap_or(NaiveDate::MAX),
            );
            tanggal.clamp(min, max)
        };
        let geser = |tanggal: NaiveDate| {
            let ke = tanggal.year() + selisih;
            let bergeser = tanggal
                .with_year(ke)
                // 29 February in a year without it: the day before.
                .or_else(|| tanggal.pred_opt().and_then(|d| d.with_year(ke)))
                .unwrap_or(tanggal);
            // Only a period longer than the whole range still reaches past an end.
            batas(bergeser)
        };
        // Links point into last year's leader SKP; the text stays as a starting point.
        let mut rhk = self.rhk.clone();
        for r in &mut rhk {
            r.rhk_pimpinan.rujukan = None;
        }
        Skp {
            id,
            periode: Periode {
                mulai: geser(mulai),
                selesai: geser(selesai),
            },
            rhk,
            evaluasi: Vec::new(),
            penilaian_tahunan: PenilaianTahunan::default(),
            pengembangan_kompetensi: Vec::new(),
            tindak_lanjut: TindakLanjut::default(),
            motif: RefleksiMotif::default(),
            // Last year's documents were signed last year.
            penandatanganan: Vec::new(),
            // The leader decides on next year's plan anew.
            persetujuan: None,
            ..self.clone()
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::domain::contoh::contoh_analis_kebijakan;
    use crate::domain::model::Skp;
    use chrono::{Datelike, NaiveDate};

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
        assert!(!baru.adalah_latihan());
        assert_eq!(baru.pegawai, lalu.pegawai);
        assert_eq!(baru.perilaku_kerja, lalu.perilaku_kerja);
        assert!(baru.evaluasi.is_empty());
        assert!(baru.pengembangan_kompetensi.is_empty());
        assert_eq!(baru.persetujuan, None);
        assert_eq!(baru.penilaian_tahunan, Default::default());
        assert_eq!(
            (baru.periode.mulai, baru.periode.selesai),
            (
                NaiveDate::from_ymd_opt(2026, 1, 1).unwrap(),
                NaiveDate::from_ymd_opt(2026, 12, 31).unwrap()
            )
        );
    }

    fn tahun(skp: &Skp) -> (i32, i32) {
        (skp.periode.mulai.year(), skp.periode.selesai.year())
    }

    fn terbaca(skp: &Skp) -> bool {
        let text = crate::domain::file::export_skp(skp, "2026-01-01T00:00:00Z");
        crate::domain::file::import(&text).is_ok()
    }

    #[test]
    fn a_new_skp_and_a_copy_stay_within_the_years_a_file_can_hold() {
        assert_eq!(tahun(&Skp::baru("s".into(), 0)), (1900, 1900));
        assert_eq!(tahun(&Skp::baru("s".into(), -5)), (1900, 1900));
        assert_eq!(tahun(&Skp::baru("s".into(), 9999)), (2200, 2200));
        assert_eq!(tahun(&Skp::baru("s".into(), i32::MAX)), (2200, 2200));
        // Copy to next year from the last year: stays in the last year.
        let akhir = Skp::baru("a".into(), 2200);
        let salinan = akhir.salin_ke_tahun("b".into(), 2201);
        assert_eq!(tahun(&salinan), (2200, 2200));
        assert!(terbaca(&salinan));
        // A period over two years keeps its length and order at the end of the range.
        let mut lintas = Skp::baru("l".into(), 2198);
        lintas.periode.mulai = NaiveDate::from_ymd_opt(2198, 3, 1).unwrap();
        lintas.periode.selesai = NaiveDate::from_ymd_opt(2199, 2, 28).unwrap();
        let salinan = lintas.salin_ke_tahun("m".into(), 2200);
        assert_eq!(tahun(&salinan), (2199, 2200));
        assert!(salinan.periode.mulai < salinan.periode.selesai);
        assert!(terbaca(&salinan));
        // An SKP from before the range (kept in memory, read from an old store) copied to
        // any year, even absurd ones, gives a readable SKP and no panic.
        let mut lama = Skp::baru("o".into(), 1900);
        lama.periode.mulai = NaiveDate::from_ymd_opt(9999, 1, 1).unwrap();
        lama.periode.selesai = NaiveDate::from_ymd_opt(9999, 12, 31).unwrap();
        for ke in [10_000, 0, -1, i32::MIN, i32::MAX, 2026] {
            let salinan = lama.salin_ke_tahun("p".into(), ke);
            assert!(terbaca(&salinan), "{ke}: {:?}", salinan.periode);
        }
        assert_eq!(
            tahun(&lama.salin_ke_tahun("p".into(), 10_000)),
            (2200, 2200)
        );
        assert_eq!(tahun(&lama.salin_ke_tahun("p".into(), 2026)), (2026, 2026));
        // A period longer than the whole range is cut at both ends.
        lama.periode.mulai = NaiveDate::from_ymd_opt(1000, 1, 1).unwrap();
        let salinan = lama.salin_ke_tahun("q".into(), 2026);
        assert_eq!(tahun(&salinan), (1900, 2200));
        assert!(terbaca(&salinan));
    }

    #[test]
    fn a_copy_of_a_practice_skp_is_still_practice_and_a_new_skp_is_not() {
        let mut latihan = contoh_analis_kebijakan();
        latihan.latihan = Some(crate::domain::model::TandaLatihan {
            paket_id: "paket-1".into(),
            judul: "Lokakarya".into(),
        });
        let salinan = latihan.salin_ke_tahun("baru".into(), 2026);
        assert_eq!(salinan.latihan, latihan.latihan);
        assert!(salinan.adalah_latihan());
        assert!(!Skp::baru("s".into(), 2026).adalah_latihan());
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
