//! The year at a glance: the state of one IKI in each evaluation period (on track, behind,
//! recorded without a comparable number, or empty), and whether evidence is missing. The
//! capaian is the period's, from [`gap`](super::gap), so the table and the gap analysis agree.

use super::gap::gap_satu_iki;
use super::periode::PeriodeEvaluasi;
use crate::domain::model::Skp;

/// The state of one IKI in one period.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Keadaan {
    /// Nothing recorded.
    Kosong,
    /// A value at or above the period's target: its capaian.
    Sesuai(f64),
    /// A value below the period's target: its capaian.
    Tertinggal(f64),
    /// Recorded, but not comparable with a number (a described target, or only words).
    Tercatat,
}

/// One cell of the year table.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Sel {
    pub keadaan: Keadaan,
    /// Something was recorded, without bukti dukung.
    pub tanpa_bukti: bool,
}

/// The cells of one IKI, one per period of `periode` (the SKP's evaluation periods).
pub fn sel_tahun(skp: &Skp, iki_id: &str, periode: &[PeriodeEvaluasi]) -> Vec<Sel> {
    let gap = gap_satu_iki(skp, iki_id);
    periode
        .iter()
        .map(|p| {
            let realisasi = skp
                .evaluasi
                .iter()
                .filter(|e| e.periode_ke == p.ke)
                .find_map(|e| e.realisasi.iter().find(|r| r.iki_id == iki_id));
            let Some(r) = realisasi else {
                return Sel {
                    keadaan: Keadaan::Kosong,
                    tanpa_bukti: false,
                };
            };
            let periode_gap = gap
                .as_ref()
                .and_then(|g| g.per_periode.iter().find(|g| g.periode_ke == p.ke));
            let keadaan = match periode_gap {
                Some(g) if g.kesenjangan > 0.0 => Keadaan::Tertinggal(g.capaian),
                Some(g) => Keadaan::Sesuai(g.capaian),
                None if r.nilai.is_some() || !r.uraian.trim().is_empty() => Keadaan::Tercatat,
                None => Keadaan::Kosong,
            };
            Sel {
                keadaan,
                tanpa_bukti: keadaan != Keadaan::Kosong && r.bukti_dukung.is_empty(),
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::model::{BuktiDukung, JenisPeriodeEvaluasi, JenisRhk, Target};
    use crate::domain::operasi::{realisasi_mut, tambah_iki, tambah_rhk};

    /// A 2026 SKP with quarterly periods and one IKI with a target of 100 reports a year.
    fn skp() -> (Skp, String, Vec<PeriodeEvaluasi>) {
        let mut skp = Skp::baru("skp-1".into(), 2026);
        skp.periode_evaluasi = JenisPeriodeEvaluasi::Triwulanan;
        let rhk = tambah_rhk(&mut skp, JenisRhk::Utama).unwrap();
        let iki = tambah_iki(&mut skp, &rhk).unwrap();
        skp.rhk[0].iki[0].target = Some(Target::Nilai {
            nilai: 100.0,
            satuan: "laporan".into(),
        });
        let periode = skp.daftar_periode_evaluasi();
        (skp, iki, periode)
    }

    #[test]
    fn each_period_shows_its_own_state() {
        let (mut s, iki, periode) = skp();
        assert_eq!(periode.len(), 4);
        // Targets accumulate (GAP_PRO_RATA): Q1 25 of 25 → on track; Q2 10 of 50 → behind,
        // with evidence.
        realisasi_mut(&mut s, 1, &iki).unwrap().nilai = Some(25.0);
        let q2 = realisasi_mut(&mut s, 2, &iki).unwrap();
        q2.nilai = Some(10.0);
        q2.bukti_dukung.push(BuktiDukung {
            id: "b1".into(),
            tautan: String::new(),
            keterangan: "Notulen".into(),
            tanggal: None,
        });
        // Q3: words only.
        realisasi_mut(&mut s, 3, &iki).unwrap().uraian = "Sedang disusun".into();
        let sel = sel_tahun(&s, &iki, &periode);
        assert_eq!(
            sel[0],
            Sel {
                keadaan: Keadaan::Sesuai(100.0),
                tanpa_bukti: true
            }
        );
        assert_eq!(
            sel[1],
            Sel {
                keadaan: Keadaan::Tertinggal(20.0),
                tanpa_bukti: false
            }
        );
        assert_eq!(
            sel[2],
            Sel {
                keadaan: Keadaan::Tercatat,
                tanpa_bukti: true
            }
        );
        assert_eq!(
            sel[3],
            Sel {
                keadaan: Keadaan::Kosong,
                tanpa_bukti: false
            }
        );
    }

    #[test]
    fn an_empty_realisasi_is_empty_and_needs_no_evidence() {
        let (mut s, iki, periode) = skp();
        realisasi_mut(&mut s, 1, &iki).unwrap();
        assert_eq!(
            sel_tahun(&s, &iki, &periode)[0],
            Sel {
                keadaan: Keadaan::Kosong,
                tanpa_bukti: false
            }
        );
        assert!(sel_tahun(&s, "nope", &periode)
            .iter()
            .all(|c| c.keadaan == Keadaan::Kosong));
    }
}
