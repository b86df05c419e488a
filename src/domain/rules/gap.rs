//! Kesenjangan kinerja (performance gaps) per IKI, RHK and employee, and aggregated for a team
//! or an organisation (PP 11/2017 Ps 206(3) [S39]; levels individu/tim/organisasi from the
//! source article; assumption `gap-pro-rata` for periodic targets).

use serde::Serialize;

use crate::domain::assumptions::{
    CAPAIAN_DIBULATKAN, CAPAIAN_MINIMUM_NOL, CAPAIAN_RENTANG, GAP_PRO_RATA,
};
use crate::domain::model::{Aspek, EvaluasiPeriodik, Iki, Skp, Target};
use crate::domain::rules::capaian::capaian;

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

/// The target to compare with in period `ke` of `jumlah`: pro-rated for numeric quantity IKI
/// where higher is better, the full target otherwise.
pub fn target_periode(iki: &Iki, ke: u32, jumlah: u32) -> Option<Target> {
    let target = iki.target.clone()?;
    if iki.aspek != Aspek::Kuantitas || iki.lebih_kecil_lebih_baik || jumlah == 0 {
        return Some(target);
    }
    let f = f64::from(ke.min(jumlah)) / f64::from(jumlah);
    Some(match target {
        Target::Nilai { nilai, satuan } => Target::Nilai {
            nilai: nilai * f,
            satuan,
        },
        Target::Rentang { min, maks, satuan } => Target::Rentang {
            min: min * f,
            maks: maks * f,
            satuan,
        },
        d @ Target::Deskripsi { .. } => d,
    })
}

/// Gaps of every IKI with at least one realisasi value.
pub fn gap_iki(skp: &Skp) -> Vec<GapIki> {
    let jumlah = skp.daftar_periode_evaluasi().len() as u32;
    let evaluasi = urut_periode(skp);
    skp.rhk
        .iter()
        .flat_map(|rhk| rhk.iki.iter().map(move |iki| (rhk, iki)))
        .filter_map(|(rhk, iki)| gap_dari(&rhk.id, iki, &evaluasi, jumlah))
        .collect()
}

/// The gap of one IKI (as in [`gap_iki`]); `None` when it has no realisasi to compare or
/// does not exist.
pub fn gap_satu_iki(skp: &Skp, iki_id: &str) -> Option<GapIki> {
    let jumlah = skp.daftar_periode_evaluasi().len() as u32;
    let (rhk, iki) = skp
        .rhk
        .iter()
        .find_map(|r| Some((r, r.iki.iter().find(|i| i.id == iki_id)?)))?;
    gap_dari(&rhk.id, iki, &urut_periode(skp), jumlah)
}

fn urut_periode(skp: &Skp) -> Vec<&EvaluasiPeriodik> {
    let mut evaluasi: Vec<_> = skp.evaluasi.iter().collect();
    evaluasi.sort_by_key(|e| e.periode_ke);
    evaluasi
}

fn gap_dari(
    rhk_id: &str,
    iki: &Iki,
    evaluasi: &[&EvaluasiPeriodik],
    jumlah: u32,
) -> Option<GapIki> {
    let per_periode: Vec<GapPeriode> = evaluasi
        .iter()
        .filter_map(|e| {
            let nilai = e.realisasi.iter().find(|r| r.iki_id == iki.id)?.nilai?;
            let target = target_periode(iki, e.periode_ke, jumlah)?;
            let c = capaian(&target, nilai, iki.lebih_kecil_lebih_baik)?;
            Some(GapPeriode {
                periode_ke: e.periode_ke,
                capaian: c,
                kesenjangan: (100.0 - c).max(0.0),
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
        rhk_id: rhk_id.to_owned(),
        iki_id: iki.id.clone(),
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

/// Aggregates the gaps of many SKP.
pub fn rekap<'a>(skps: impl IntoIterator<Item = &'a Skp>) -> RekapKesenjangan {
    let mut r = RekapKesenjangan::default();
    let mut jumlah_capaian = 0.0;
    for skp in skps {
        r.jumlah_pegawai += 1;
        let gaps = gap_iki(skp);
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

/// Aggregates per unit kerja (organisation level), sorted by unit name.
pub fn rekap_per_unit(skps: &[Skp]) -> Vec<(String, RekapKesenjangan)> {
    let mut unit: Vec<&str> = skps.iter().map(|s| s.pegawai.unit_kerja.as_str()).collect();
    unit.sort_unstable();
    unit.dedup();
    unit.into_iter()
        .map(|u| {
            (
                u.to_string(),
                rekap(skps.iter().filter(|s| s.pegawai.unit_kerja == u)),
            )
        })
        .collect()
}
