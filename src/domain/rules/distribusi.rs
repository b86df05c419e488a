//! Pola distribusi predikat kinerja pegawai by capaian kinerja organisasi
//! (SE MenPANRB 3/2023 [S28][S29]; assumption `distribusi-sebagian-besar`).

use crate::domain::assumptions::DISTRIBUSI_SEBAGIAN_BESAR;
use crate::domain::rules::predikat::Predikat;

/// Assumptions this module depends on.
pub const ASUMSI: &[&str] = &[DISTRIBUSI_SEBAGIAN_BESAR];

pub use crate::domain::model::PredikatOrganisasi;

/// A constraint of the pattern that a set of predikat breaks.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Pelanggaran {
    /// No employees given.
    Kosong,
    /// More than `maks_persen` of the employees have `predikat`.
    TerlaluBanyak {
        /// The predikat.
        predikat: Predikat,
        /// How many have it.
        jumlah: usize,
        /// Allowed share.
        maks_persen: u32,
    },
    /// Fewer than `min_persen` have one of `predikat`.
    TerlaluSedikit {
        /// The predikat counted together.
        predikat: Vec<Predikat>,
        /// How many have one of them.
        jumlah: usize,
        /// Required share.
        min_persen: u32,
    },
    /// `predikat` should be the largest group ("sebagian besar") but is not.
    BukanKelompokTerbesar {
        /// The predikat.
        predikat: Predikat,
    },
    /// There must be at least one employee with one of `predikat`.
    HarusAda {
        /// The predikat.
        predikat: Vec<Predikat>,
    },
}

struct Hitung<'a> {
    semua: &'a [Predikat],
    pelanggaran: Vec<Pelanggaran>,
}

impl Hitung<'_> {
    fn jumlah(&self, predikat: &[Predikat]) -> usize {
        self.semua.iter().filter(|p| predikat.contains(p)).count()
    }
    fn maks(&mut self, predikat: Predikat, persen: u32) {
        let jumlah = self.jumlah(&[predikat]);
        if jumlah * 100 > persen as usize * self.semua.len() {
            self.pelanggaran.push(Pelanggaran::TerlaluBanyak {
                predikat,
                jumlah,
                maks_persen: persen,
            });
        }
    }
    fn min(&mut self, predikat: &[Predikat], persen: u32) {
        let jumlah = self.jumlah(predikat);
        if jumlah * 100 < persen as usize * self.semua.len() {
            self.pelanggaran.push(Pelanggaran::TerlaluSedikit {
                predikat: predikat.to_vec(),
                jumlah,
                min_persen: persen,
            });
        }
    }
    fn terbesar(&mut self, predikat: Predikat) {
        let jumlah = self.jumlah(&[predikat]);
        if Predikat::SEMUA.iter().any(|p| self.jumlah(&[*p]) > jumlah) {
            self.pelanggaran
                .push(Pelanggaran::BukanKelompokTerbesar { predikat });
        }
    }
    fn harus_ada(&mut self, predikat: &[Predikat]) {
        if self.jumlah(predikat) == 0 {
            self.pelanggaran.push(Pelanggaran::HarusAda {
                predikat: predikat.to_vec(),
            });
        }
    }
}

/// Checks a set of employee predikat against the pattern of the organisation's predikat
/// (SE MenPANRB 3/2023 [S28]). An empty result means the set fits.
///
/// - Istimewa: Sangat Baik is the largest group, at most 70%.
/// - Baik: Baik is the largest group, at most 70%; some Butuh Perbaikan and/or Kurang/Misconduct.
/// - Butuh Perbaikan: at least 60% Butuh Perbaikan; Sangat Baik at most 10%.
/// - Kurang: at least 60% Kurang/Misconduct, at least 10% Butuh Perbaikan; Sangat Baik at most 10%.
/// - Sangat Kurang: at least 60% Sangat Kurang, at least 10% Kurang/Misconduct and/or Butuh
///   Perbaikan; no Sangat Baik.
pub fn periksa_distribusi(
    organisasi: PredikatOrganisasi,
    pegawai: &[Predikat],
) -> Vec<Pelanggaran> {
    use Predikat::*;
    if pegawai.is_empty() {
        return vec![Pelanggaran::Kosong];
    }
    let mut h = Hitung {
        semua: pegawai,
        pelanggaran: Vec::new(),
    };
    match organisasi {
        PredikatOrganisasi::Istimewa => {
            h.terbesar(SangatBaik);
            h.maks(SangatBaik, 70);
        }
        PredikatOrganisasi::Baik => {
            h.terbesar(Baik);
            h.maks(Baik, 70);
            h.harus_ada(&[ButuhPerbaikan, KurangMisconduct]);
        }
        PredikatOrganisasi::ButuhPerbaikan => {
            h.min(&[ButuhPerbaikan], 60);
            h.maks(SangatBaik, 10);
        }
        PredikatOrganisasi::Kurang => {
            h.min(&[KurangMisconduct], 60);
            h.min(&[ButuhPerbaikan], 10);
            h.maks(SangatBaik, 10);
        }
        PredikatOrganisasi::SangatKurang => {
            h.min(&[SangatKurang], 60);
            h.min(&[KurangMisconduct, ButuhPerbaikan], 10);
            h.maks(SangatBaik, 0);
        }
    }
    h.pelanggaran
}
