//! One row per participant: who they are, how ready their plan is, their capaian per period,
//! their ratings and predikat, and their JP, each from the one rule that decides it.

use chrono::Datelike;

use super::anggota::Anggota;
use crate::domain::model::{JenisPeriodeEvaluasi, Penilai, Rating, Skp};
use crate::domain::rules::capaian::CapaianSkp;
use crate::domain::rules::jp::{rekap_jp, MIN_JP_PER_TAHUN};
use crate::domain::rules::periksa::{periksa_rencana, Tingkat};
use crate::domain::rules::predikat::{predikat_berlaku, Predikat, PredikatBerlaku};

/// Which ratings a row's predikat comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DasarPredikat {
    /// `None` for the annual evaluation, `Some(ke)` for period `ke`.
    pub periode: Option<u32>,
    /// The Pejabat Penilai Kinerja's pair, or the person's own while the appraiser's is not
    /// complete (see [`predikat_berlaku`]).
    pub dari: Penilai,
}

/// One participant in the class table.
#[derive(Debug, Clone, PartialEq)]
pub struct BarisKelas {
    /// Position in the class, 0-based, in the order participants were first added: it gives
    /// the pseudonym ([`super::samaran`]) and survives any sorting of the table.
    pub urutan: usize,
    /// [`Skp::id`].
    pub skp_id: String,
    pub nama: String,
    pub nip: String,
    pub jabatan: String,
    pub unit_kerja: String,
    /// The Pejabat Penilai Kinerja's name.
    pub pejabat_penilai: String,
    /// The year the SKP period starts in.
    pub tahun: i32,
    /// Plan-check findings of level galat (the plan is not ready) and peringatan.
    pub galat: usize,
    pub peringatan: usize,
    pub jumlah_rhk: usize,
    pub jumlah_iki: usize,
    /// How often the SKP is evaluated, to name the periods of `capaian_periode`.
    pub periode_evaluasi: JenisPeriodeEvaluasi,
    /// Per evaluation period of the SKP (index 0 is period 1): the mean capaian of the IKI of
    /// the RHK utama, each capped at 120%, as shown; the figure the suggested rating hasil
    /// kerja of that period rests on ([`CapaianSkp::saran`]), so the trainer sees what the
    /// participant sees. `None` for a period without any capaian.
    pub capaian_periode: Vec<Option<f64>>,
    /// The two ratings the predikat comes from (both, or neither when there is no predikat).
    pub rating_hasil_kerja: Option<Rating>,
    pub rating_perilaku_kerja: Option<Rating>,
    pub predikat: Option<Predikat>,
    /// Where `predikat` comes from: the year when it has a predikat, else the latest period
    /// that has one.
    pub dasar: Option<DasarPredikat>,
    /// JP earned in the calendar year of the SKP (`tahun`), as the development page counts
    /// them ([`rekap_jp`]); undated activities are not in any year.
    pub jp: f64,
    /// Whether `jp` reaches the 20 JP a year (PP 17/2020).
    pub jp_memenuhi: bool,
    /// Whether it is a practice SKP from a workshop case pack ([`Skp::adalah_latihan`]).
    pub latihan: bool,
}

/// The predikat of the year when rated, else of the latest rated period.
fn predikat_terakhir(skp: &Skp) -> Option<(PredikatBerlaku, Option<u32>)> {
    if let Some(b) = predikat_berlaku(&skp.penilaian_tahunan.rating) {
        return Some((b, None));
    }
    let mut evaluasi: Vec<_> = skp.evaluasi.iter().collect();
    evaluasi.sort_by_key(|e| std::cmp::Reverse(e.periode_ke));
    evaluasi
        .into_iter()
        .find_map(|e| Some((predikat_berlaku(&e.rating)?, Some(e.periode_ke))))
}

/// The row of one SKP; the capaian engine and the plan check run once. `urutan` is 0: use
/// [`tabel_kelas`] for a class.
pub fn baris_kelas(skp: &Skp) -> BarisKelas {
    let mesin = CapaianSkp::of(skp);
    let temuan = periksa_rencana(skp);
    let hitung = |t: Tingkat| temuan.iter().filter(|x| x.tingkat == t).count();
    let jumlah_periode = skp.daftar_periode_evaluasi().len() as u32;
    let predikat = predikat_terakhir(skp);
    let tahun = skp.periode.mulai.year();
    let jp = rekap_jp(&skp.pengembangan_kompetensi)
        .iter()
        .find(|r| r.tahun == Some(tahun))
        .map_or(0.0, |r| r.jp_diperoleh);
    BarisKelas {
        urutan: 0,
        skp_id: skp.id.clone(),
        nama: skp.pegawai.nama.clone(),
        nip: skp.pegawai.nip.clone(),
        jabatan: skp.pegawai.jabatan.clone(),
        unit_kerja: skp.pegawai.unit_kerja.clone(),
        pejabat_penilai: skp.pejabat_penilai.nama.clone(),
        tahun,
        galat: hitung(Tingkat::Galat),
        peringatan: hitung(Tingkat::Peringatan),
        jumlah_rhk: skp.rhk.len(),
        jumlah_iki: skp.rhk.iter().map(|r| r.iki.len()).sum(),
        periode_evaluasi: skp.periode_evaluasi,
        capaian_periode: (1..=jumlah_periode)
            .map(|ke| mesin.saran(Some(ke)).and_then(|s| s.rata_rata_capaian()))
            .collect(),
        rating_hasil_kerja: predikat.map(|(b, _)| b.hasil_kerja),
        rating_perilaku_kerja: predikat.map(|(b, _)| b.perilaku_kerja),
        predikat: predikat.map(|(b, _)| b.predikat),
        dasar: predikat.map(|(b, periode)| DasarPredikat {
            periode,
            dari: b.dari,
        }),
        jp,
        jp_memenuhi: jp >= MIN_JP_PER_TAHUN,
        latihan: skp.adalah_latihan(),
    }
}

/// The rows of a class, in class order, each with its `urutan`.
pub fn tabel_kelas(anggota: &[Anggota]) -> Vec<BarisKelas> {
    anggota
        .iter()
        .enumerate()
        .map(|(urutan, a)| BarisKelas {
            urutan,
            ..baris_kelas(&a.skp)
        })
        .collect()
}

/// The table of SKPs taken as files without a name or time: the tests' class.
#[cfg(test)]
pub(crate) fn tabel_dari_skp(skps: impl IntoIterator<Item = Skp>) -> Vec<BarisKelas> {
    let anggota: Vec<Anggota> = skps
        .into_iter()
        .map(|skp| Anggota {
            skp,
            berkas: String::new(),
            ditulis_pada: None,
        })
        .collect();
    tabel_kelas(&anggota)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::contoh::contoh_analis_kebijakan;
    use crate::domain::model::{Rating::*, TandaLatihan};

    #[test]
    fn a_row_reads_the_engine_the_plan_check_and_the_jp_of_the_skp_year() {
        let mut skp = contoh_analis_kebijakan();
        skp.instansi.clear();
        skp.rhk[0].iki[0].target = None;
        // Earned in January 2026: not in the 2025 SKP's year.
        skp.pengembangan_kompetensi[3].jp_diperoleh = Some(10.0);
        let b = baris_kelas(&skp);
        let mesin = CapaianSkp::of(&skp);
        let temuan = periksa_rencana(&skp);
        assert_eq!(
            (b.galat, b.peringatan),
            (
                temuan
                    .iter()
                    .filter(|t| t.tingkat == Tingkat::Galat)
                    .count(),
                temuan
                    .iter()
                    .filter(|t| t.tingkat == Tingkat::Peringatan)
                    .count()
            )
        );
        assert_eq!((b.galat, b.peringatan), (1, 1));
        assert_eq!((b.jumlah_rhk, b.jumlah_iki), (3, 8));
        assert_eq!(b.capaian_periode.len(), 4);
        for (i, c) in b.capaian_periode.iter().enumerate() {
            let ke = i as u32 + 1;
            assert_eq!(
                *c,
                mesin.saran(Some(ke)).and_then(|s| s.rata_rata_capaian())
            );
        }
        assert!(b.capaian_periode[0].is_some() && b.capaian_periode[3].is_none());
        // 20 + 6 JP earned in 2025; the 10 earned in 2026 count there.
        assert_eq!((b.tahun, b.jp, b.jp_memenuhi), (2025, 26.0, true));
        assert_eq!(b.nama, skp.pegawai.nama);
        assert_eq!(b.pejabat_penilai, skp.pejabat_penilai.nama);
        assert!(!b.latihan);
        skp.latihan = Some(TandaLatihan {
            paket_id: "paket-1".into(),
            judul: "Kasus".into(),
        });
        assert!(baris_kelas(&skp).latihan);
    }

    #[test]
    fn the_predikat_is_the_years_else_the_latest_rated_periods_the_appraisers_pair_first() {
        let mut skp = contoh_analis_kebijakan();
        // Periods 1 and 2 are rated (Baik both), period 3 is not: period 2 gives it.
        let b = baris_kelas(&skp);
        assert_eq!(b.predikat, Some(Predikat::Baik));
        assert_eq!(
            b.dasar,
            Some(DasarPredikat {
                periode: Some(2),
                dari: Penilai::PejabatPenilai
            })
        );
        assert_eq!(
            (b.rating_hasil_kerja, b.rating_perilaku_kerja),
            (Some(SesuaiEkspektasi), Some(DiAtasEkspektasi))
        );
        let r = &mut skp.evaluasi[1].rating;
        r.mandiri.hasil_kerja = Some(DiAtasEkspektasi);
        r.pejabat_penilai.perilaku_kerja = None;
        // The appraiser's pair is incomplete: the person's own (above, above) shows.
        let b = baris_kelas(&skp);
        assert_eq!(b.predikat, Some(Predikat::SangatBaik));
        assert_eq!(b.dasar.map(|d| d.dari), Some(Penilai::Mandiri));
        skp.penilaian_tahunan.rating.pejabat_penilai.hasil_kerja = Some(DiBawahEkspektasi);
        skp.penilaian_tahunan.rating.pejabat_penilai.perilaku_kerja = Some(SesuaiEkspektasi);
        let b = baris_kelas(&skp);
        assert_eq!(b.predikat, Some(Predikat::ButuhPerbaikan));
        assert_eq!(
            b.dasar,
            Some(DasarPredikat {
                periode: None,
                dari: Penilai::PejabatPenilai
            })
        );
        for e in &mut skp.evaluasi {
            e.rating = Default::default();
        }
        skp.penilaian_tahunan.rating = Default::default();
        let b = baris_kelas(&skp);
        assert_eq!(
            (b.predikat, b.dasar, b.rating_hasil_kerja),
            (None, None, None)
        );
    }
}
