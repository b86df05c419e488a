//! Kesenjangan kinerja (performance gaps) per IKI, RHK and employee, and aggregated for a team
//! or an organisation (PP 11/2017 Ps 206(3) [S39]; levels individu/tim/organisasi from the
//! source article; assumption `gap-pro-rata` for periodic targets).

use serde::Serialize;

use crate::domain::assumptions::{
    CAPAIAN_DIBULATKAN, CAPAIAN_MINIMUM_NOL, CAPAIAN_RENTANG, GAP_PRO_RATA,
};
use crate::domain::model::Skp;
use crate::domain::rules::capaian::{CapaianIki, CapaianSkp};

/// Assumptions this module depends on.
pub const ASUMSI: &[&str] = &[
    GAP_PRO_RATA,
    CAPAIAN_RENTANG,
    CAPAIAN_MINIMUM_NOL,
    CAPAIAN_DIBULATKAN,
];

/// One IKI in one period.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct GapPeriode {
    /// The period (1-based).
    pub periode_ke: u32,
    /// Capaian against the period target, in percent.
    pub capaian: f64,
    /// Shortfall in percentage points (`100 − capaian`, 0 when reached).
    pub kesenjangan: f64,
}

/// The gap of one IKI over the periods with a realisasi.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct GapIki {
    /// RHK id.
    pub rhk_id: String,
    /// IKI id.
    pub iki_id: String,
    /// Per period, in period order.
    pub per_periode: Vec<GapPeriode>,
    /// First period of the current unbroken run of periods below target, if the latest is.
    pub sejak_periode: Option<u32>,
}

impl GapIki {
    /// The latest period's figures.
    pub fn terakhir(&self) -> Option<&GapPeriode> {
        self.per_periode.last()
    }
    /// Whether the IKI is below target in its latest period.
    pub fn ada_kesenjangan(&self) -> bool {
        self.terakhir().is_some_and(|g| g.kesenjangan > 0.0)
    }
}

/// Gaps of every IKI with at least one realisasi value, from the capaian engine.
pub fn gap_iki(skp: &Skp) -> Vec<GapIki> {
    gap_dari_capaian(&CapaianSkp::of(skp))
}

/// The same from an engine result already computed (a page's memo), so it is not computed
/// again.
pub fn gap_dari_capaian(mesin: &CapaianSkp) -> Vec<GapIki> {
    mesin.iki.iter().filter_map(gap_dari).collect()
}

/// The gap of one IKI (as in [`gap_iki`]); `None` when it has no realisasi to compare or
/// does not exist.
pub fn gap_satu_iki(skp: &Skp, iki_id: &str) -> Option<GapIki> {
    gap_dari(&CapaianSkp::satu(skp, iki_id)?)
}

/// The gap of one IKI's capaian: its periods with a capaian and the current run below 100%.
pub fn gap_dari(c: &CapaianIki) -> Option<GapIki> {
    let per_periode: Vec<GapPeriode> = c
        .terukur()
        .filter_map(|p| {
            let capaian = p.capaian?;
            Some(GapPeriode {
                periode_ke: p.periode_ke?,
                capaian,
                kesenjangan: (100.0 - capaian).max(0.0),
            })
        })
        .collect();
    if per_periode.is_empty() {
        return None;
    }
    let sejak_periode = per_periode
        .iter()
        .rev()
        .take_while(|g| g.kesenjangan > 0.0)
        .last()
        .map(|g| g.periode_ke);
    Some(GapIki {
        rhk_id: c.rhk_id.clone(),
        iki_id: c.iki_id.clone(),
        per_periode,
        sejak_periode,
    })
}

/// The gap of one RHK: its IKI below target in their latest period.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct GapRhk {
    /// RHK id.
    pub rhk_id: String,
    /// IKI with a realisasi.
    pub iki_diukur: usize,
    /// IKI below target.
    pub iki_senjang: usize,
    /// Largest shortfall among its IKI.
    pub kesenjangan_terbesar: f64,
}

/// Gaps per RHK, from [`gap_iki`].
pub fn gap_rhk(skp: &Skp) -> Vec<GapRhk> {
    let gaps = gap_iki(skp);
    skp.rhk
        .iter()
        .map(|r| {
            let milik: Vec<_> = gaps.iter().filter(|g| g.rhk_id == r.id).collect();
            GapRhk {
                rhk_id: r.id.clone(),
                iki_diukur: milik.len(),
                iki_senjang: milik.iter().filter(|g| g.ada_kesenjangan()).count(),
                kesenjangan_terbesar: milik
                    .iter()
                    .filter_map(|g| g.terakhir())
                    .map(|g| g.kesenjangan)
                    .fold(0.0, f64::max),
            }
        })
        .collect()
}

/// Gaps of a group of SKP (individu when one, tim or organisasi when many).
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct RekapKesenjangan {
    /// SKP counted.
    pub jumlah_pegawai: usize,
    /// Employees with at least one IKI below target.
    pub pegawai_senjang: usize,
    /// IKI with a realisasi.
    pub iki_diukur: usize,
    /// IKI below target in their latest period.
    pub iki_senjang: usize,
    /// Mean latest capaian of measured IKI (0 when none).
    pub rata_rata_capaian: f64,
    /// Per leader RHK (text): IKI below target among the RHK that intervene it, most first.
    /// This is where a team's gap shows: several staff missing a result the leader needs.
    pub per_rhk_pimpinan: Vec<(String, usize)>,
}

impl RekapKesenjangan {
    /// The mean latest capaian, or `None` when no IKI of the group has a realisasi yet (then
    /// there is no mean to show, not a mean of 0).
    pub fn rata_rata(&self) -> Option<f64> {
        (self.iki_diukur > 0).then_some(self.rata_rata_capaian)
    }
}

/// One SKP with its gaps, as [`rekap_gap`] and [`rekap_per`] take them.
pub type SkpDenganGap<'a> = (&'a Skp, &'a [GapIki]);

/// Aggregates the gaps of many SKP.
pub fn rekap<'a>(skps: impl IntoIterator<Item = &'a Skp>) -> RekapKesenjangan {
    let semua: Vec<(&Skp, Vec<GapIki>)> = skps.into_iter().map(|s| (s, gap_iki(s))).collect();
    rekap_gap(semua.iter().map(|(s, g)| (*s, g.as_slice())))
}

/// The same from gaps already computed, each SKP with its [`gap_iki`]: a view that groups
/// the same SKP several ways (per unit, per leader, the whole organisation) computes the
/// engine once per SKP.
pub fn rekap_gap<'a>(skps: impl IntoIterator<Item = SkpDenganGap<'a>>) -> RekapKesenjangan {
    let mut r = RekapKesenjangan::default();
    let mut jumlah_capaian = 0.0;
    for (skp, gaps) in skps {
        r.jumlah_pegawai += 1;
        let senjang: Vec<_> = gaps.iter().filter(|g| g.ada_kesenjangan()).collect();
        r.iki_diukur += gaps.len();
        r.iki_senjang += senjang.len();
        r.pegawai_senjang += usize::from(!senjang.is_empty());
        jumlah_capaian += gaps
            .iter()
            .filter_map(|g| g.terakhir())
            .map(|g| g.capaian)
            .sum::<f64>();
        for g in senjang {
            let Some(rhk) = skp.rhk.iter().find(|x| x.id == g.rhk_id) else {
                continue;
            };
            let kunci = rhk.rhk_pimpinan.teks.trim();
            match r.per_rhk_pimpinan.iter_mut().find(|(t, _)| t == kunci) {
                Some((_, n)) => *n += 1,
                None => r.per_rhk_pimpinan.push((kunci.to_string(), 1)),
            }
        }
    }
    if r.iki_diukur > 0 {
        r.rata_rata_capaian = jumlah_capaian / r.iki_diukur as f64;
    }
    r.per_rhk_pimpinan
        .sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    r
}

/// Aggregates gaps already computed per group, the group named by `kunci` (a unit, a
/// leader), sorted by that name; each SKP counts in its own group only.
pub fn rekap_per<'a>(
    skps: impl IntoIterator<Item = SkpDenganGap<'a>>,
    kunci: impl Fn(&Skp) -> String,
) -> Vec<(String, RekapKesenjangan)> {
    let mut kelompok: Vec<(String, Vec<SkpDenganGap>)> = Vec::new();
    for (skp, gaps) in skps {
        let k = kunci(skp);
        match kelompok.iter_mut().find(|(n, _)| *n == k) {
            Some((_, isi)) => isi.push((skp, gaps)),
            None => kelompok.push((k, vec![(skp, gaps)])),
        }
    }
    kelompok.sort_by(|a, b| a.0.cmp(&b.0));
    kelompok
        .into_iter()
        .map(|(k, isi)| (k, rekap_gap(isi)))
        .collect()
}

/// Aggregates per unit kerja (organisation level), sorted by unit name.
pub fn rekap_per_unit(skps: &[Skp]) -> Vec<(String, RekapKesenjangan)> {
    let semua: Vec<(&Skp, Vec<GapIki>)> = skps.iter().map(|s| (s, gap_iki(s))).collect();
    rekap_per(semua.iter().map(|(s, g)| (*s, g.as_slice())), |s| {
        s.pegawai.unit_kerja.clone()
    })
}
