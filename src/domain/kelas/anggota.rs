//! Who is in the class: one member per participant's SKP, the newest file of it kept.
//!
//! A file is the same participant's SKP as a member's when the SKP id matches and so does the
//! person ([`orang_sama`]). Two people can hand in files with one SKP id (a trainer handed out
//! one exported practice SKP instead of the pack, so every copy keeps its id): both stay, the
//! newcomer under a class-internal SKP id `<id>~2` (`~3`, … for more), since the class and the
//! screen key participants by [`Skp::id`]. That id is the class's only: nobody's file changes.

use chrono::{DateTime, FixedOffset};

use super::tingkat::kunci_nama;
use crate::domain::model::{Identitas, Skp};

/// One participant's SKP as imported into the class.
#[derive(Debug, Clone, PartialEq)]
pub struct Anggota {
    /// The SKP; its id may carry a class-internal `~n` (see the module's notes).
    pub skp: Skp,
    /// The name of the file it came from, to tell the trainer which one is kept.
    pub berkas: String,
    /// The file envelope's `written_at` (RFC 3339), to tell a newer file from an older one.
    pub ditulis_pada: Option<String>,
}

/// What adding a file did to the class.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Tambah {
    /// A participant not yet in the class.
    Baru,
    /// The same SKP was in the class from an older (or equally old) file, now replaced; the
    /// participant keeps their place.
    Menggantikan {
        /// The file that was replaced.
        berkas_lama: String,
    },
    /// The class already holds a newer file of the same SKP; this one was not taken.
    LebihLamaDiabaikan {
        /// The newer file the class keeps.
        berkas_baru: String,
    },
    /// The SKP id is already in the class for another person: this file was added as a new
    /// participant under a class-internal id (`<id>~2`), and the other one kept. Worth
    /// telling the trainer: the files were probably copied from one SKP.
    IdSamaOrangLain {
        /// The other person's file, already in the class.
        berkas_lain: String,
    },
}

/// When a file was written; `None` when it does not say or cannot be read, which counts as
/// older than any stated time.
fn waktu(a: &Anggota) -> Option<DateTime<FixedOffset>> {
    a.ditulis_pada
        .as_deref()
        .and_then(|t| DateTime::parse_from_rfc3339(t.trim()).ok())
}

/// A NIP without the spaces people type between its parts.
fn nip(orang: &Identitas) -> String {
    orang.nip.split_whitespace().collect()
}

/// Whether two SKPs are of the same person: the same NIP when both have one, else the same
/// name (spaces normalised, case ignored). A NIP filled in later, or a name retyped, is still
/// the same person as long as the other stays.
pub fn orang_sama(a: &Skp, b: &Skp) -> bool {
    let (nip_a, nip_b) = (nip(&a.pegawai), nip(&b.pegawai));
    if !nip_a.is_empty() && !nip_b.is_empty() {
        return nip_a == nip_b;
    }
    kunci_nama(&a.pegawai.nama).to_lowercase() == kunci_nama(&b.pegawai.nama).to_lowercase()
}

/// Whether a member's class SKP id is `id`, or `id` with a class-internal `~n` (n ≥ 2).
fn id_dasar_sama(id_kelas: &str, id: &str) -> bool {
    id_kelas == id
        || id_kelas
            .strip_prefix(id)
            .and_then(|s| s.strip_prefix('~'))
            .and_then(|n| n.parse::<u32>().ok())
            .is_some_and(|n| n >= 2)
}

/// Adds a file to the class. See [`tambah_di`], which also tells where it went.
pub fn tambah(anggota: &mut Vec<Anggota>, baru: Anggota) -> Tambah {
    tambah_di(anggota, baru).0
}

/// Adds a file to the class, and tells what that did and the index of the member the file
/// concerns (the one added or replaced, or the newer one kept): its `skp.id` is the key the
/// class keeps it under, which for [`Tambah::IdSamaOrangLain`] (and that person's later
/// files) is not the file's own id.
///
/// A file of the same participant's SKP (same id, [`orang_sama`]) replaces it in place, under
/// the member's class id, unless it was written earlier than the one kept (instants compared,
/// whatever the offset); at the same time the later import wins, so importing the same files
/// in the same order always gives the same class. A file whose id the class holds only for
/// other people is a new participant under `<id>~n`, the lowest n ≥ 2 not taken.
pub fn tambah_di(anggota: &mut Vec<Anggota>, mut baru: Anggota) -> (Tambah, usize) {
    let id = baru.skp.id.clone();
    let sama_id: Vec<usize> = (0..anggota.len())
        .filter(|&i| id_dasar_sama(&anggota[i].skp.id, &id))
        .collect();
    let Some(&pertama) = sama_id.first() else {
        anggota.push(baru);
        return (Tambah::Baru, anggota.len() - 1);
    };
    let diri = sama_id
        .iter()
        .copied()
        .find(|&i| orang_sama(&anggota[i].skp, &baru.skp));
    let Some(i) = diri else {
        let berkas_lain = anggota[pertama].berkas.clone();
        let dipakai = |calon: &str| anggota.iter().any(|a| a.skp.id == calon);
        // Among n members at most n ids are taken: one of these n + 1 is free.
        let n = anggota.len() + 2;
        baru.skp.id = (2..=n)
            .map(|k| format!("{id}~{k}"))
            .find(|calon| !dipakai(calon))
            .unwrap_or_else(|| format!("{id}~{n}"));
        anggota.push(baru);
        return (Tambah::IdSamaOrangLain { berkas_lain }, anggota.len() - 1);
    };
    if waktu(&baru) < waktu(&anggota[i]) {
        let berkas_baru = anggota[i].berkas.clone();
        return (Tambah::LebihLamaDiabaikan { berkas_baru }, i);
    }
    baru.skp.id = anggota[i].skp.id.clone();
    let lama = std::mem::replace(&mut anggota[i], baru);
    (
        Tambah::Menggantikan {
            berkas_lama: lama.berkas,
        },
        i,
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::contoh::{contoh_analis_kebijakan, contoh_pengadministrasi_perkantoran};

    fn berkas(skp: Skp, nama: &str, pada: Option<&str>) -> Anggota {
        Anggota {
            skp,
            berkas: nama.into(),
            ditulis_pada: pada.map(Into::into),
        }
    }

    #[test]
    fn a_newer_file_of_the_same_skp_replaces_the_older_in_its_place() {
        let mut kelas = Vec::new();
        let lama = contoh_analis_kebijakan();
        let mut revisi = lama.clone();
        revisi.pegawai.jabatan = "Analis Kebijakan Ahli Muda".into();
        let a = berkas(lama, "rina-1.json", Some("2025-10-01T09:00:00+08:00"));
        let b = berkas(
            contoh_pengadministrasi_perkantoran(),
            "dewi.json",
            Some("2025-10-01T09:00:00+07:00"),
        );
        assert_eq!(tambah(&mut kelas, a), Tambah::Baru);
        assert_eq!(tambah(&mut kelas, b), Tambah::Baru);
        // 02:00 UTC is later than 01:00 UTC although it reads earlier in its own offset.
        let c = berkas(revisi, "rina-2.json", Some("2025-10-01T02:00:00Z"));
        assert_eq!(
            tambah(&mut kelas, c),
            Tambah::Menggantikan {
                berkas_lama: "rina-1.json".into()
            }
        );
        assert_eq!(kelas.len(), 2);
        assert_eq!(kelas[0].berkas, "rina-2.json");
        assert_eq!(kelas[0].skp.pegawai.jabatan, "Analis Kebijakan Ahli Muda");
        assert_eq!(kelas[1].berkas, "dewi.json");
    }

    #[test]
    fn an_older_file_is_not_taken_and_the_same_time_lets_the_later_import_win() {
        let skp = contoh_analis_kebijakan();
        let mut kelas = vec![berkas(
            skp.clone(),
            "rina-baru.json",
            Some("2025-11-01T00:00:00Z"),
        )];
        let mut lama = skp.clone();
        lama.instansi = "LAMA".into();
        assert_eq!(
            tambah(
                &mut kelas,
                berkas(lama.clone(), "rina-lama.json", Some("2025-10-01T00:00:00Z"))
            ),
            Tambah::LebihLamaDiabaikan {
                berkas_baru: "rina-baru.json".into()
            }
        );
        // A file that does not say when it was written is older than one that does.
        assert!(matches!(
            tambah(&mut kelas, berkas(lama.clone(), "tanpa-waktu.json", None)),
            Tambah::LebihLamaDiabaikan { .. }
        ));
        assert_eq!(kelas[0].berkas, "rina-baru.json");
        assert_ne!(kelas[0].skp.instansi, "LAMA");
        let sama = berkas(lama, "rina-salinan.json", Some("2025-11-01T08:00:00+08:00"));
        assert_eq!(
            tambah(&mut kelas, sama),
            Tambah::Menggantikan {
                berkas_lama: "rina-baru.json".into()
            }
        );
        assert_eq!(kelas[0].skp.instansi, "LAMA");
        assert_eq!(kelas.len(), 1);
    }

    /// The same SKP (one id) as another person's: `nama`, `nip`.
    fn orang(skp: &Skp, nama: &str, nip: &str) -> Skp {
        let mut skp = skp.clone();
        skp.pegawai.nama = nama.into();
        skp.pegawai.nip = nip.into();
        skp
    }

    #[test]
    fn two_people_with_one_skp_id_are_two_members_and_each_newer_file_replaces_only_their_own() {
        let salinan = contoh_analis_kebijakan();
        let id = salinan.id.clone();
        let rina = orang(&salinan, "Rina Kartika", "199203152019032011");
        let budi = orang(&salinan, "Budi Santoso", "199001012015031002");
        let mut kelas = Vec::new();
        let t1 = Some("2026-02-10T09:00:00+08:00");
        assert_eq!(
            tambah(&mut kelas, berkas(rina.clone(), "rina.json", t1)),
            Tambah::Baru
        );
        assert_eq!(
            tambah_di(&mut kelas, berkas(budi.clone(), "budi.json", t1)),
            (
                Tambah::IdSamaOrangLain {
                    berkas_lain: "rina.json".into()
                },
                1
            )
        );
        assert_eq!(kelas.len(), 2);
        assert_eq!(kelas[0].skp.id, id);
        assert_eq!(kelas[1].skp.id, format!("{id}~2"));
        assert_eq!(kelas[1].skp.pegawai.nama, "Budi Santoso");
        // A third person with the same id gets the next free one.
        let sari = orang(&salinan, "Sari Dewi", "");
        assert!(matches!(
            tambah(&mut kelas, berkas(sari, "sari.json", t1)),
            Tambah::IdSamaOrangLain { .. }
        ));
        assert_eq!(kelas[2].skp.id, format!("{id}~3"));
        // Budi's newer file (under the file's own id) replaces Budi, in his place and under
        // his class id; Rina is untouched.
        let t2 = Some("2026-02-11T09:00:00+08:00");
        let mut budi_2 = budi.clone();
        budi_2.pegawai.jabatan = "Analis Kebijakan Ahli Muda".into();
        assert_eq!(
            tambah_di(&mut kelas, berkas(budi_2, "budi-2.json", t2)),
            (
                Tambah::Menggantikan {
                    berkas_lama: "budi.json".into()
                },
                1
            )
        );
        assert_eq!(kelas[1].berkas, "budi-2.json");
        assert_eq!(kelas[1].skp.id, format!("{id}~2"));
        assert_eq!(kelas[1].skp.pegawai.jabatan, "Analis Kebijakan Ahli Muda");
        assert_eq!(kelas[0].berkas, "rina.json");
        assert_eq!(kelas[0].skp, rina);
        // Rina's newer file replaces only Rina; an older one of Budi's is not taken.
        let mut rina_2 = rina.clone();
        rina_2.instansi = "Revisi".into();
        assert_eq!(
            tambah(&mut kelas, berkas(rina_2, "rina-2.json", t2)),
            Tambah::Menggantikan {
                berkas_lama: "rina.json".into()
            }
        );
        assert_eq!(
            (kelas[0].skp.instansi.as_str(), kelas[0].skp.id.as_str()),
            ("Revisi", id.as_str())
        );
        assert_eq!(kelas[1].berkas, "budi-2.json");
        assert_eq!(
            tambah_di(&mut kelas, berkas(budi, "budi-lama.json", t1)),
            (
                Tambah::LebihLamaDiabaikan {
                    berkas_baru: "budi-2.json".into()
                },
                1
            )
        );
        assert_eq!(kelas.len(), 3);
    }

    #[test]
    fn the_same_person_is_the_same_nip_or_else_the_same_name() {
        let skp = contoh_analis_kebijakan();
        let a = orang(&skp, "Rina Kartika", "199203152019032011");
        // The NIP decides when both have one: a retyped name is the same person...
        assert!(orang_sama(
            &a,
            &orang(&skp, "RINA  KARTIKA, S.E.", "19920315 201903 2 011")
        ));
        // ...and the same name with another NIP is not.
        assert!(!orang_sama(
            &a,
            &orang(&skp, "Rina Kartika", "199001012015031002")
        ));
        // Without a NIP on one side the name decides, spaces and case aside.
        assert!(orang_sama(&a, &orang(&skp, "  rina   kartika ", "")));
        assert!(!orang_sama(&a, &orang(&skp, "Budi Santoso", "")));
        // Two empty identities (a practice not yet filled in) are one person.
        assert!(orang_sama(&orang(&skp, "", ""), &orang(&skp, " ", "")));
    }
}
