//! Sorting and filtering the class table, as the screen's column headers and search box ask.

use std::cmp::Ordering;

use super::baris::BarisKelas;
use crate::domain::model::Rating;

/// A column the table sorts by.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kolom {
    /// The class order, which is also the order of the pseudonyms: sort by this rather than
    /// by `Nama` in the anonymised view, where names are hidden.
    Urutan,
    Nama,
    Nip,
    Jabatan,
    UnitKerja,
    PejabatPenilai,
    Galat,
    Peringatan,
    JumlahRhk,
    JumlahIki,
    /// The capaian of period `ke` (1-based).
    Capaian(u32),
    RatingHasilKerja,
    RatingPerilakuKerja,
    /// Ascending is from Sangat Kurang to Sangat Baik.
    Predikat,
    Jp,
    Latihan,
}

enum Nilai {
    Teks(String),
    Angka(f64),
}

fn teks(s: &str) -> Option<Nilai> {
    let s = s.trim();
    (!s.is_empty()).then(|| Nilai::Teks(s.to_lowercase()))
}

fn angka(n: usize) -> Option<Nilai> {
    Some(Nilai::Angka(n as f64))
}

fn nilai(b: &BarisKelas, kolom: Kolom) -> Option<Nilai> {
    let rating = |r: Option<Rating>| r.map(|r| Nilai::Angka(r as u8 as f64));
    match kolom {
        Kolom::Urutan => angka(b.urutan),
        Kolom::Nama => teks(&b.nama),
        Kolom::Nip => teks(&b.nip),
        Kolom::Jabatan => teks(&b.jabatan),
        Kolom::UnitKerja => teks(&b.unit_kerja),
        Kolom::PejabatPenilai => teks(&b.pejabat_penilai),
        Kolom::Galat => angka(b.galat),
        Kolom::Peringatan => angka(b.peringatan),
        Kolom::JumlahRhk => angka(b.jumlah_rhk),
        Kolom::JumlahIki => angka(b.jumlah_iki),
        Kolom::Capaian(ke) => ke
            .checked_sub(1)
            .and_then(|i| b.capaian_periode.get(i as usize).copied().flatten())
            .map(Nilai::Angka),
        Kolom::RatingHasilKerja => rating(b.rating_hasil_kerja),
        Kolom::RatingPerilakuKerja => rating(b.rating_perilaku_kerja),
        Kolom::Predikat => b.predikat.map(|p| Nilai::Angka(p as u8 as f64)),
        Kolom::Jp => Some(Nilai::Angka(b.jp)),
        Kolom::Latihan => angka(usize::from(b.latihan)),
    }
}

fn banding(a: &Nilai, b: &Nilai) -> Ordering {
    match (a, b) {
        (Nilai::Teks(a), Nilai::Teks(b)) => a.cmp(b),
        (Nilai::Angka(a), Nilai::Angka(b)) => a.total_cmp(b),
        (Nilai::Teks(_), Nilai::Angka(_)) => Ordering::Less,
        (Nilai::Angka(_), Nilai::Teks(_)) => Ordering::Greater,
    }
}

/// Sorts the rows by a column, ascending when `naik`; text ignores case. Stable, so rows
/// that tie keep their order; a row without a value (no predikat, no capaian, an empty
/// name) goes last either way.
pub fn urutkan(baris: &mut [BarisKelas], kolom: Kolom, naik: bool) {
    baris.sort_by_cached_key(|b| Kunci(nilai(b, kolom), naik));
}

/// A sort key: a value orders by [`banding`] (reversed when descending); none goes last.
struct Kunci(Option<Nilai>, bool);

impl Ord for Kunci {
    fn cmp(&self, other: &Self) -> Ordering {
        match (&self.0, &other.0) {
            (Some(a), Some(b)) if self.1 => banding(a, b),
            (Some(a), Some(b)) => banding(b, a),
            (Some(_), None) => Ordering::Less,
            (None, Some(_)) => Ordering::Greater,
            (None, None) => Ordering::Equal,
        }
    }
}

impl PartialOrd for Kunci {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl PartialEq for Kunci {
    fn eq(&self, other: &Self) -> bool {
        self.cmp(other) == Ordering::Equal
    }
}

impl Eq for Kunci {}

/// The rows whose name, NIP, jabatan or unit contains `teks`, ignoring case (and spaces in
/// a NIP), as positions in `baris`; every row when `teks` is blank.
pub fn saring(baris: &[BarisKelas], teks: &str) -> Vec<usize> {
    let cari = teks.trim().to_lowercase();
    let cari_nip: String = cari.chars().filter(|c| !c.is_whitespace()).collect();
    baris
        .iter()
        .enumerate()
        .filter(|(_, b)| {
            cari.is_empty()
                || [&b.nama, &b.jabatan, &b.unit_kerja]
                    .iter()
                    .any(|s| s.to_lowercase().contains(&cari))
                || (!cari_nip.is_empty()
                    && b.nip
                        .chars()
                        .filter(|c| !c.is_whitespace())
                        .collect::<String>()
                        .contains(&cari_nip))
        })
        .map(|(i, _)| i)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::contoh::{contoh_analis_kebijakan, contoh_pengadministrasi_perkantoran};
    use crate::domain::kelas::baris::tabel_dari_skp;

    fn kelas() -> Vec<BarisKelas> {
        let a = contoh_analis_kebijakan();
        let mut b = contoh_pengadministrasi_perkantoran();
        b.pegawai.nip = "1995 0721 2020 12 2 005".into();
        let mut c = a.clone();
        c.id = "skp-c".into();
        c.pegawai.nama = "andi".into();
        c.evaluasi
            .iter_mut()
            .for_each(|e| e.rating = Default::default());
        tabel_dari_skp([a, b, c])
    }

    #[test]
    fn sorting_is_stable_ignores_case_and_puts_rows_without_a_value_last_both_ways() {
        let mut t = kelas();
        assert_eq!(t.iter().map(|b| b.urutan).collect::<Vec<_>>(), [0, 1, 2]);
        urutkan(&mut t, Kolom::Nama, true);
        // "andi" before "Dewi" before "Rina": case is ignored.
        assert_eq!(t.iter().map(|b| b.urutan).collect::<Vec<_>>(), [2, 1, 0]);
        // Only Rina (0) has a predikat: Dewi's example is not rated, and c's ratings are cleared.
        for naik in [true, false] {
            urutkan(&mut t, Kolom::Predikat, naik);
            assert_eq!(t[0].urutan, 0, "naik {naik}");
            // The two without a predikat keep their previous order.
            assert_eq!(t[1].urutan, 2, "naik {naik}");
            assert_eq!(t[2].urutan, 1, "naik {naik}");
        }
        urutkan(&mut t, Kolom::Urutan, false);
        assert_eq!(t.iter().map(|b| b.urutan).collect::<Vec<_>>(), [2, 1, 0]);
        urutkan(&mut t, Kolom::Capaian(1), false);
        let c: Vec<f64> = t.iter().filter_map(|b| b.capaian_periode[0]).collect();
        assert_eq!(c.len(), 3);
        assert!(c.windows(2).all(|w| w[0] >= w[1]), "{c:?}");
        // A period nobody has: every row ties and keeps its place.
        let sebelum: Vec<usize> = t.iter().map(|b| b.urutan).collect();
        urutkan(&mut t, Kolom::Capaian(9), true);
        assert_eq!(t.iter().map(|b| b.urutan).collect::<Vec<_>>(), sebelum);
    }

    #[test]
    fn the_filter_matches_name_nip_post_and_unit_ignoring_case() {
        let t = kelas();
        assert_eq!(saring(&t, "  "), [0, 1, 2]);
        assert_eq!(saring(&t, "RINA"), [0]);
        assert_eq!(saring(&t, "199507212020122005"), [1]);
        assert_eq!(saring(&t, "2011"), [0, 2]);
        assert_eq!(saring(&t, "pengadministrasi"), [1]);
        assert_eq!(saring(&t, "bappeda"), [0, 2]);
        assert!(saring(&t, "tidak ada").is_empty());
    }
}
