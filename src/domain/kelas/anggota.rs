//! Who is in the class: one SKP per [`Skp::id`], the newest file of it kept.

use chrono::{DateTime, FixedOffset};

use crate::domain::model::Skp;

/// One participant's SKP as imported into the class.
#[derive(Debug, Clone, PartialEq)]
pub struct Anggota {
    /// The SKP.
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
}

/// When a file was written; `None` when it does not say or cannot be read, which counts as
/// older than any stated time.
fn waktu(a: &Anggota) -> Option<DateTime<FixedOffset>> {
    a.ditulis_pada
        .as_deref()
        .and_then(|t| DateTime::parse_from_rfc3339(t.trim()).ok())
}

/// Adds a file to the class. A participant's SKP is known by its id: a file of an SKP already
/// in the class replaces it in place unless it was written earlier than the one kept (instants
/// compared, whatever the offset); at the same time the later import wins, so importing the
/// same files in the same order always gives the same class.
pub fn tambah(anggota: &mut Vec<Anggota>, baru: Anggota) -> Tambah {
    let Some(i) = anggota.iter().position(|a| a.skp.id == baru.skp.id) else {
        anggota.push(baru);
        return Tambah::Baru;
    };
    if waktu(&baru) < waktu(&anggota[i]) {
        return Tambah::LebihLamaDiabaikan {
            berkas_baru: anggota[i].berkas.clone(),
        };
    }
    let lama = std::mem::replace(&mut anggota[i], baru);
    Tambah::Menggantikan {
        berkas_lama: lama.berkas,
    }
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
}
