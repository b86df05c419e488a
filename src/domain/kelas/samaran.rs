//! Names off the projector: in the anonymised view every participant is shown by a code from
//! their place in the class (P01, P02, …) with no NIP, and every Pejabat Penilai Kinerja as a
//! numbered leader ("Pimpinan 1", the word from `crate::i18n::kelas`).

use std::collections::HashMap;

use super::baris::BarisKelas;
use super::tingkat::kunci_nama;

/// The pseudonym of the participant at `urutan` (0-based, the order they were first added
/// to the class): "P01" … "P99", then "P100" and on.
pub fn samaran(urutan: usize) -> String {
    format!("P{:02}", urutan + 1)
}

/// The name a row shows: its own, or its pseudonym when `samarkan`.
pub fn nama_tampil(baris: &BarisKelas, samarkan: bool) -> String {
    if samarkan {
        samaran(baris.urutan)
    } else {
        baris.nama.clone()
    }
}

/// The NIP a row shows: none when `samarkan`.
pub fn nip_tampil(baris: &BarisKelas, samarkan: bool) -> &str {
    if samarkan {
        ""
    } else {
        &baris.nip
    }
}

/// The pseudonyms of a class, for the views that name people by SKP id or by leader name
/// (gaps, findings, the leader grouping).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Samaran {
    peserta: HashMap<String, usize>,
    pimpinan: Vec<String>,
}

impl Samaran {
    /// From every row of the class (in any order). Leaders are numbered by name
    /// ([`kunci_nama`]), the order of [`super::TigaTingkat::per_pimpinan`] over the same SKP;
    /// the group without a name (listed first there) has no number.
    pub fn dari(baris: &[BarisKelas]) -> Samaran {
        let mut pimpinan: Vec<String> = baris
            .iter()
            .map(|b| kunci_nama(&b.pejabat_penilai))
            .filter(|k| !k.is_empty())
            .collect();
        pimpinan.sort();
        pimpinan.dedup();
        Samaran {
            peserta: baris.iter().map(|b| (b.skp_id.clone(), b.urutan)).collect(),
            pimpinan,
        }
    }

    /// The pseudonym of the participant with this SKP id; `None` when not in the class.
    pub fn peserta(&self, skp_id: &str) -> Option<String> {
        self.peserta.get(skp_id).map(|u| samaran(*u))
    }

    /// The number (1-based) of a leader, by name; `None` for an empty name or one not in the
    /// class.
    pub fn pimpinan(&self, nama: &str) -> Option<usize> {
        let k = kunci_nama(nama);
        self.pimpinan.binary_search(&k).ok().map(|i| i + 1)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::contoh::{contoh_analis_kebijakan, contoh_pengadministrasi_perkantoran};
    use crate::domain::kelas::baris_kelas;

    #[test]
    fn pseudonyms_have_two_digits_until_the_hundredth() {
        let kode: Vec<String> = [0, 8, 9, 98, 99, 100].map(samaran).into();
        assert_eq!(kode, ["P01", "P09", "P10", "P99", "P100", "P101"]);
    }

    #[test]
    fn participants_keep_their_code_and_leaders_are_numbered_by_name() {
        let mut a = baris_kelas(&contoh_analis_kebijakan());
        a.urutan = 4;
        let mut b = baris_kelas(&contoh_pengadministrasi_perkantoran());
        b.urutan = 0;
        let mut c = a.clone();
        c.skp_id = "skp-c".into();
        c.urutan = 7;
        // The same leader typed with other spaces.
        c.pejabat_penilai = format!("  {}", a.pejabat_penilai.replace(' ', "  "));
        let mut d = b.clone();
        d.skp_id = "skp-d".into();
        d.pejabat_penilai.clear();
        let s = Samaran::dari(&[c.clone(), a.clone(), b.clone(), d]);
        assert_eq!(s.peserta(&a.skp_id).as_deref(), Some("P05"));
        assert_eq!(s.peserta("skp-c").as_deref(), Some("P08"));
        assert_eq!(s.peserta("nope"), None);
        // "Ahmad Fauzi" before "Hendra Gunawan".
        assert_eq!(s.pimpinan(&a.pejabat_penilai), Some(1));
        assert_eq!(s.pimpinan(&c.pejabat_penilai), Some(1));
        assert_eq!(s.pimpinan(&b.pejabat_penilai), Some(2));
        assert_eq!(s.pimpinan(""), None);
        assert_eq!(nama_tampil(&a, true), "P05");
        assert_eq!(nama_tampil(&a, false), a.nama);
        assert_eq!(
            (nip_tampil(&a, true), nip_tampil(&a, false)),
            ("", a.nip.as_str())
        );
    }
}
