//! Kesenjangan kinerja at three levels for a class or team: each participant (individu), per
//! unit and per Pejabat Penilai Kinerja (tim), and all together (organisasi), from
//! [`crate::domain::rules::gap`] (regulations.md §6).

use crate::domain::model::Skp;
use crate::domain::rules::gap::{gap_iki, rekap_gap, rekap_per, GapIki, RekapKesenjangan};

/// One participant's IKI below target in their latest measured period.
#[derive(Debug, Clone, PartialEq)]
pub struct GapPeserta {
    /// [`Skp::id`].
    pub skp_id: String,
    pub nama: String,
    /// Only the IKI with a gap ([`GapIki::ada_kesenjangan`]); empty when none has one.
    pub gap: Vec<GapIki>,
}

/// The gaps of a class at three levels.
#[derive(Debug, Clone, PartialEq)]
pub struct TigaTingkat {
    /// Every participant, in the order given.
    pub individu: Vec<GapPeserta>,
    /// Per unit kerja, by name ([`kunci_nama`]).
    pub per_unit: Vec<(String, RekapKesenjangan)>,
    /// Per Pejabat Penilai Kinerja, by name ([`kunci_nama`]): a team is the staff one
    /// appraiser leads.
    pub per_pimpinan: Vec<(String, RekapKesenjangan)>,
    /// All participants together.
    pub organisasi: RekapKesenjangan,
}

/// The name a unit or leader is grouped by: trimmed, inner spaces made one, so files typed
/// by different people still meet. Case and titles are kept as written.
pub fn kunci_nama(nama: &str) -> String {
    nama.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The gaps of the SKP at the three levels; the capaian engine runs once per SKP.
pub fn tiga_tingkat(skps: &[&Skp]) -> TigaTingkat {
    let semua: Vec<(&Skp, Vec<GapIki>)> = skps.iter().map(|s| (*s, gap_iki(s))).collect();
    let pasangan = || semua.iter().map(|(s, g)| (*s, g.as_slice()));
    TigaTingkat {
        individu: semua
            .iter()
            .map(|(s, g)| GapPeserta {
                skp_id: s.id.clone(),
                nama: s.pegawai.nama.clone(),
                gap: g.iter().filter(|x| x.ada_kesenjangan()).cloned().collect(),
            })
            .collect(),
        per_unit: rekap_per(pasangan(), |s| kunci_nama(&s.pegawai.unit_kerja)),
        per_pimpinan: rekap_per(pasangan(), |s| kunci_nama(&s.pejabat_penilai.nama)),
        organisasi: rekap_gap(pasangan()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::contoh::{contoh_analis_kebijakan, contoh_pengadministrasi_perkantoran};
    use crate::domain::rules::gap::rekap;

    #[test]
    fn gaps_group_by_unit_and_by_leader_and_the_organisation_is_their_sum() {
        let a = contoh_analis_kebijakan();
        let mut b = a.clone();
        b.id = "skp-b".into();
        b.pegawai.nama = "Budi".into();
        b.pegawai.unit_kerja = "Sekretariat, Bappeda".into();
        // Same leader, typed with other spaces; realisasi all on target: no gap.
        b.pejabat_penilai.nama = format!(" {} ", a.pejabat_penilai.nama.replace(' ', "  "));
        b.evaluasi.truncate(1);
        b.evaluasi[0].realisasi.retain(|r| r.iki_id == "iki-1");
        let c = contoh_pengadministrasi_perkantoran();
        let t = tiga_tingkat(&[&a, &b, &c]);

        let unit: Vec<&str> = t.per_unit.iter().map(|(u, _)| u.as_str()).collect();
        assert_eq!(
            unit,
            [
                a.pegawai.unit_kerja.as_str(),
                "Sekretariat, Bappeda",
                c.pegawai.unit_kerja.as_str()
            ]
        );
        let pimpinan: Vec<(&str, usize)> = t
            .per_pimpinan
            .iter()
            .map(|(p, r)| (p.as_str(), r.jumlah_pegawai))
            .collect();
        assert_eq!(
            pimpinan,
            [
                (a.pejabat_penilai.nama.as_str(), 2),
                (c.pejabat_penilai.nama.as_str(), 1)
            ]
        );
        assert_eq!(t.per_pimpinan[0].1.pegawai_senjang, 1);
        for per in [&t.per_unit, &t.per_pimpinan] {
            let jumlah =
                |f: fn(&RekapKesenjangan) -> usize| per.iter().map(|(_, r)| f(r)).sum::<usize>();
            assert_eq!(jumlah(|r| r.jumlah_pegawai), t.organisasi.jumlah_pegawai);
            assert_eq!(jumlah(|r| r.pegawai_senjang), t.organisasi.pegawai_senjang);
            assert_eq!(jumlah(|r| r.iki_diukur), t.organisasi.iki_diukur);
            assert_eq!(jumlah(|r| r.iki_senjang), t.organisasi.iki_senjang);
        }
        assert_eq!(t.organisasi, rekap([&a, &b, &c]));
        assert_eq!(t.organisasi.jumlah_pegawai, 3);
        // A group with no realisasi yet has no mean capaian (not a mean of 0).
        let mut kosong = c.clone();
        kosong.evaluasi.clear();
        assert_eq!(tiga_tingkat(&[&kosong]).organisasi.rata_rata(), None);
        assert!(t.organisasi.rata_rata().is_some_and(|m| m > 0.0));

        // Individu: only the IKI below target, every participant listed.
        assert_eq!(t.individu.len(), 3);
        let semua = gap_iki(&a);
        let senjang: Vec<&str> = t.individu[0]
            .gap
            .iter()
            .map(|g| g.iki_id.as_str())
            .collect();
        assert!(senjang.contains(&"iki-4") && !senjang.contains(&"iki-1"));
        assert_eq!(
            senjang.len(),
            semua.iter().filter(|g| g.ada_kesenjangan()).count()
        );
        assert!(senjang.len() < semua.len());
        assert_eq!(
            (t.individu[1].nama.as_str(), t.individu[1].gap.len()),
            ("Budi", 0)
        );
    }
}
