//! JP (jam pelajaran) of competency development per calendar year against the minimum of
//! 20 JP (PP 11/2017 Ps 203(4) as amended by PP 17/2020 [S38]; assumption `jp-lintas-tahun`).

use chrono::Datelike;
use serde::{Deserialize, Serialize};

use crate::domain::assumptions::{JP_LINTAS_TAHUN, JP_PPPK};
use crate::domain::model::KegiatanPengembangan;

/// Assumptions this module depends on.
pub const ASUMSI: &[&str] = &[JP_LINTAS_TAHUN, JP_PPPK];

/// "paling sedikit 20 (dua puluh) jam pelajaran dalam 1 (satu) tahun" (PP 11/2017 Ps 203(4)).
pub const MIN_JP_PER_TAHUN: f64 = 20.0;

/// JP of one calendar year.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RekapJp {
    /// The year; `None` for activities without any date.
    pub tahun: Option<i32>,
    /// Planned JP.
    pub jp_rencana: f64,
    /// Earned JP.
    pub jp_diperoleh: f64,
    /// Whether the planned JP reach the minimum.
    pub rencana_memenuhi: bool,
    /// Whether the earned JP reach the minimum.
    pub diperoleh_memenuhi: bool,
    /// JP still needed to reach the minimum (0 when reached).
    pub kekurangan: f64,
}

/// The year an activity's JP count in: the year of its end date, else of its start date.
pub fn tahun_kegiatan(kegiatan: &KegiatanPengembangan) -> Option<i32> {
    kegiatan.selesai.or(kegiatan.mulai).map(|d| d.year())
}

/// JP planned and earned over all activities, counted as [`rekap_jp`] counts them (a
/// negative figure counts as 0, an activity not yet done earns 0): the total line of the
/// development plan print.
pub fn jumlah_jp(kegiatan: &[KegiatanPengembangan]) -> (f64, f64) {
    kegiatan.iter().fold((0.0, 0.0), |(rencana, diperoleh), k| {
        (
            rencana + k.jp_rencana.max(0.0),
            diperoleh + k.jp_diperoleh.unwrap_or(0.0).max(0.0),
        )
    })
}

/// JP planned and earned per calendar year, sorted by year (undated activities last).
pub fn rekap_jp(kegiatan: &[KegiatanPengembangan]) -> Vec<RekapJp> {
    let mut rekap: Vec<RekapJp> = Vec::new();
    for k in kegiatan {
        let tahun = tahun_kegiatan(k);
        let idx = match rekap.iter().position(|r| r.tahun == tahun) {
            Some(i) => i,
            None => {
                rekap.push(RekapJp {
                    tahun,
                    jp_rencana: 0.0,
                    jp_diperoleh: 0.0,
                    rencana_memenuhi: false,
                    diperoleh_memenuhi: false,
                    kekurangan: MIN_JP_PER_TAHUN,
                });
                rekap.len() - 1
            }
        };
        let r = &mut rekap[idx];
        r.jp_rencana += k.jp_rencana.max(0.0);
        r.jp_diperoleh += k.jp_diperoleh.unwrap_or(0.0).max(0.0);
    }
    for r in &mut rekap {
        r.rencana_memenuhi = r.jp_rencana >= MIN_JP_PER_TAHUN;
        r.diperoleh_memenuhi = r.jp_diperoleh >= MIN_JP_PER_TAHUN;
        r.kekurangan = (MIN_JP_PER_TAHUN - r.jp_diperoleh).max(0.0);
    }
    rekap.sort_by_key(|r| (r.tahun.is_none(), r.tahun));
    rekap
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::contoh::contoh_analis_kebijakan;
    use chrono::NaiveDate;

    #[test]
    fn the_total_is_the_sum_of_the_years_and_ignores_negative_figures() {
        let mut a = contoh_analis_kebijakan().pengembangan_kompetensi[0].clone();
        a.selesai = NaiveDate::from_ymd_opt(2026, 6, 30);
        a.jp_rencana = 12.0;
        a.jp_diperoleh = Some(10.0);
        let mut b = a.clone();
        b.selesai = b.selesai.map(|d| d.with_year(d.year() + 1).unwrap());
        b.jp_rencana = -4.0;
        b.jp_diperoleh = None;
        let list = [a, b];
        let (rencana, diperoleh) = jumlah_jp(&list);
        let rekap = rekap_jp(&list);
        assert_eq!(rekap.len(), 2);
        assert_eq!(rencana, rekap.iter().map(|r| r.jp_rencana).sum::<f64>());
        assert_eq!(diperoleh, rekap.iter().map(|r| r.jp_diperoleh).sum::<f64>());
        assert_eq!((rencana, diperoleh), (12.0, 10.0));
    }
}
