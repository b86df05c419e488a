//! The class's predikat distribution against the pattern of the organisation's predikat
//! (SE MenPANRB 3/2023 [S28], [`periksa_distribusi`]).
//!
//! Each row counts with the predikat it shows ([`BarisKelas::predikat`]): the year's where
//! rated, else the latest rated period's, and the appraiser's pair where complete, else the
//! person's own. The check counts them together as they are; [`Distribusi::mandiri`] and
//! [`Distribusi::dasar`] tell the screen how mixed that is, so it can say so.

use super::baris::BarisKelas;
use crate::domain::angka::bulatkan;
use crate::domain::model::Penilai;
use crate::domain::rules::distribusi::{periksa_distribusi, Pelanggaran, PredikatOrganisasi};
use crate::domain::rules::predikat::Predikat;

/// How the participants' predikat are spread, and whether that fits the pattern.
#[derive(Debug, Clone, PartialEq)]
pub struct Distribusi {
    /// Participants per predikat, all five, best first ([`Predikat::SEMUA`]).
    pub jumlah: Vec<(Predikat, usize)>,
    /// Participants without a predikat yet: counted apart, not checked.
    pub tanpa_predikat: usize,
    /// The organisation predikat checked against.
    pub organisasi: Option<PredikatOrganisasi>,
    /// What breaks the pattern; empty when it fits or nothing was checked.
    pub pelanggaran: Vec<Pelanggaran>,
    /// Whether the predikat fit the pattern; `None` without an organisation predikat.
    pub cocok: Option<bool>,
    /// Rows whose predikat rests on the person's own ratings (the appraiser's pair is not
    /// complete): a self-assessment, not yet the predikat the pattern is about.
    pub mandiri: usize,
    /// Rows with a predikat per basis, the year (`None`) first, then each period `Some(ke)`
    /// in order; only bases some row has. More than one entry means the check mixes one
    /// participant's year with another's period.
    pub dasar: Vec<(Option<u32>, usize)>,
}

impl Distribusi {
    /// Participants with a predikat.
    pub fn dinilai(&self) -> usize {
        self.jumlah.iter().map(|(_, n)| n).sum()
    }

    /// The share of `predikat` among the participants with a predikat, in percent as shown
    /// (two decimals), for drawing the bars; 0 when nobody has one.
    pub fn persen(&self, predikat: Predikat) -> f64 {
        let semua = self.dinilai();
        let n = self
            .jumlah
            .iter()
            .find(|(p, _)| *p == predikat)
            .map_or(0, |(_, n)| *n);
        if semua == 0 {
            0.0
        } else {
            bulatkan(n as f64 * 100.0 / semua as f64)
        }
    }
}

/// Counts the rows' predikat and, when the organisation predikat is given, checks them
/// against its pattern.
pub fn distribusi(baris: &[BarisKelas], organisasi: Option<PredikatOrganisasi>) -> Distribusi {
    let predikat: Vec<Predikat> = baris.iter().filter_map(|b| b.predikat).collect();
    let dinilai = || baris.iter().filter(|b| b.predikat.is_some());
    let mut dasar: Vec<(Option<u32>, usize)> = Vec::new();
    for periode in dinilai().filter_map(|b| b.dasar.map(|d| d.periode)) {
        match dasar.iter_mut().find(|(p, _)| *p == periode) {
            Some((_, n)) => *n += 1,
            None => dasar.push((periode, 1)),
        }
    }
    // `None` sorts before every `Some`: the year first, then the periods in order.
    dasar.sort_by_key(|(p, _)| *p);
    let pelanggaran = organisasi
        .map(|o| periksa_distribusi(o, &predikat))
        .unwrap_or_default();
    Distribusi {
        jumlah: Predikat::SEMUA
            .iter()
            .map(|p| (*p, predikat.iter().filter(|x| *x == p).count()))
            .collect(),
        tanpa_predikat: baris.len() - predikat.len(),
        organisasi,
        cocok: organisasi.map(|_| pelanggaran.is_empty()),
        pelanggaran,
        mandiri: dinilai()
            .filter(|b| b.dasar.is_some_and(|d| d.dari == Penilai::Mandiri))
            .count(),
        dasar,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::contoh::contoh_analis_kebijakan;
    use crate::domain::kelas::baris_kelas;
    use Predikat::*;

    /// A class with these predikat (`None`: not rated yet).
    fn kelas(predikat: &[(Option<Predikat>, usize)]) -> Vec<BarisKelas> {
        let contoh = baris_kelas(&contoh_analis_kebijakan());
        predikat
            .iter()
            .flat_map(|(p, n)| std::iter::repeat_n(*p, *n))
            .map(|predikat| BarisKelas {
                predikat,
                ..contoh.clone()
            })
            .collect()
    }

    #[test]
    fn baik_fits_with_some_butuh_perbaikan_and_fails_without_and_unrated_are_apart() {
        let d = distribusi(
            &kelas(&[
                (Some(Baik), 6),
                (Some(ButuhPerbaikan), 2),
                (Some(SangatBaik), 2),
            ]),
            Some(PredikatOrganisasi::Baik),
        );
        assert_eq!(d.cocok, Some(true));
        assert_eq!(
            d.jumlah,
            [
                (SangatBaik, 2),
                (Baik, 6),
                (ButuhPerbaikan, 2),
                (KurangMisconduct, 0),
                (SangatKurang, 0)
            ]
        );
        assert_eq!((d.persen(Baik), d.persen(SangatKurang)), (60.0, 0.0));
        // 8 of 10 rated are Baik (80%): too many, and none below. The 2 unrated would bring
        // it to 8 of 12 (66,67%) if they were counted.
        let d = distribusi(
            &kelas(&[(Some(Baik), 8), (Some(SangatBaik), 2), (None, 2)]),
            Some(PredikatOrganisasi::Baik),
        );
        assert_eq!(d.tanpa_predikat, 2);
        assert_eq!(d.dinilai(), 10);
        assert_eq!(d.persen(Baik), 80.0);
        assert_eq!(d.cocok, Some(false));
        assert_eq!(
            d.pelanggaran,
            [
                Pelanggaran::TerlaluBanyak {
                    predikat: Baik,
                    jumlah: 8,
                    maks_persen: 70
                },
                Pelanggaran::HarusAda {
                    predikat: vec![ButuhPerbaikan, KurangMisconduct]
                }
            ]
        );
    }

    #[test]
    fn istimewa_wants_sangat_baik_the_largest_group_at_most_70_percent() {
        let istimewa = Some(PredikatOrganisasi::Istimewa);
        let d = distribusi(&kelas(&[(Some(SangatBaik), 7), (Some(Baik), 3)]), istimewa);
        assert_eq!((d.cocok, d.pelanggaran.as_slice()), (Some(true), &[][..]));
        let d = distribusi(&kelas(&[(Some(SangatBaik), 8), (Some(Baik), 2)]), istimewa);
        assert_eq!(
            d.pelanggaran,
            [Pelanggaran::TerlaluBanyak {
                predikat: SangatBaik,
                jumlah: 8,
                maks_persen: 70
            }]
        );
        let d = distribusi(
            &kelas(&[
                (Some(SangatBaik), 3),
                (Some(Baik), 4),
                (Some(ButuhPerbaikan), 3),
            ]),
            istimewa,
        );
        assert_eq!(
            d.pelanggaran,
            [Pelanggaran::BukanKelompokTerbesar {
                predikat: SangatBaik
            }]
        );
        // Without the organisation's predikat there is nothing to check against.
        let d = distribusi(&kelas(&[(Some(SangatBaik), 8), (None, 1)]), None);
        assert_eq!(
            (d.cocok, d.pelanggaran.len(), d.tanpa_predikat),
            (None, 0, 1)
        );
        assert_eq!(d.persen(SangatBaik), 100.0);
        // Nobody rated: the pattern cannot be met.
        let d = distribusi(&kelas(&[(None, 3)]), istimewa);
        assert_eq!(d.pelanggaran, [Pelanggaran::Kosong]);
        assert_eq!(d.persen(Baik), 0.0);
    }

    #[test]
    fn the_distribution_says_how_many_rest_on_own_ratings_and_on_which_basis() {
        use crate::domain::kelas::DasarPredikat;
        let contoh = baris_kelas(&contoh_analis_kebijakan());
        let baris = |predikat, periode, dari| BarisKelas {
            predikat,
            dasar: predikat.map(|_| DasarPredikat { periode, dari }),
            ..contoh.clone()
        };
        let kelas = [
            baris(Some(Baik), None, Penilai::PejabatPenilai),
            baris(Some(Baik), None, Penilai::Mandiri),
            baris(Some(SangatBaik), Some(2), Penilai::PejabatPenilai),
            baris(Some(ButuhPerbaikan), Some(4), Penilai::Mandiri),
            baris(Some(Baik), Some(2), Penilai::Mandiri),
            baris(None, None, Penilai::PejabatPenilai),
        ];
        let d = distribusi(&kelas, Some(PredikatOrganisasi::Baik));
        assert_eq!(d.mandiri, 3);
        assert_eq!(d.dasar, [(None, 2), (Some(2), 2), (Some(4), 1)]);
        // Every row with a predikat has one basis; the unrated are in neither.
        assert_eq!(d.dasar.iter().map(|(_, n)| n).sum::<usize>(), d.dinilai());
        assert_eq!(d.tanpa_predikat, 1);
        // The rule itself is unchanged: the five predikat are checked together.
        assert_eq!(
            d.pelanggaran,
            periksa_distribusi(
                PredikatOrganisasi::Baik,
                &[Baik, Baik, SangatBaik, ButuhPerbaikan, Baik]
            )
        );
        // One basis, all the appraiser's: nothing to warn about.
        let d = distribusi(
            &[
                baris(Some(Baik), None, Penilai::PejabatPenilai),
                baris(Some(Baik), None, Penilai::PejabatPenilai),
            ],
            None,
        );
        assert_eq!((d.mandiri, d.dasar), (0, vec![(None, 2)]));
        let d = distribusi(&[], None);
        assert_eq!((d.mandiri, d.dasar), (0, vec![]));
    }
}
