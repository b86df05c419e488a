//! What differs between two versions of the same SKP, by section, so an import can show the
//! person what replacing the stored version would change before they choose (design.md,
//! "Import never overwrites silently").

use crate::domain::model::{EvaluasiPeriodik, KegiatanPengembangan, Rhk, Skp};

/// A part of the SKP as a person thinks of it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Bagian {
    /// Pegawai, pejabat penilai, atasan, instansi, kind of post and employee, and whether it is
    /// a practice SKP (and from which case pack).
    Identitas,
    /// The SKP period and how often it is evaluated.
    Periode,
    /// One RHK (with its IKI and targets); without a name, the leader's decision on the plan
    /// (approved or returned, with its notes).
    Rhk,
    /// The BerAKHLAK expectations.
    PerilakuKerja,
    /// The lampiran.
    Lampiran,
    /// One evaluation period (realisasi, feedback, ratings).
    Evaluasi,
    /// The annual evaluation.
    PenilaianTahunan,
    /// One development activity.
    Pengembangan,
    /// Follow-up and the motives reflection.
    TindakLanjut,
}

/// Whether a part was added, changed or removed in the incoming version.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Arah {
    /// Only the incoming version has it.
    Ditambah,
    /// Both have it, with different content.
    Diubah,
    /// Only the stored version has it.
    Dihapus,
}

/// One difference: which part, which way, and the part's own name where it has one (the RHK
/// text, the period number, the activity name).
#[derive(Debug, Clone, PartialEq)]
pub struct Perbedaan {
    /// The part.
    pub bagian: Bagian,
    /// Which way.
    pub arah: Arah,
    /// The RHK text or activity name; for an evaluation, its period number.
    pub nama: String,
}

/// The differences from `stored` to `incoming`, in the order of the SKP document. Empty when
/// both hold the same SKP.
pub fn bandingkan(stored: &Skp, incoming: &Skp) -> Vec<Perbedaan> {
    let (a, b) = (stored, incoming);
    let mut out = Vec::new();
    let identitas_sama = a.pegawai == b.pegawai
        && a.pejabat_penilai == b.pejabat_penilai
        && a.atasan_pejabat_penilai == b.atasan_pejabat_penilai
        && a.instansi == b.instansi
        && a.jenis_jabatan == b.jenis_jabatan
        && a.jenis_pegawai == b.jenis_pegawai
        && a.pendekatan == b.pendekatan
        && a.latihan == b.latihan;
    whole(&mut out, Bagian::Identitas, identitas_sama);
    let periode_sama = a.periode == b.periode && a.periode_evaluasi == b.periode_evaluasi;
    whole(&mut out, Bagian::Periode, periode_sama);
    per_item(
        &mut out,
        Bagian::Rhk,
        &a.rhk,
        &b.rhk,
        |r: &Rhk| &r.id,
        |r| r.rencana_hasil_kerja.clone(),
    );
    let arah_persetujuan = match (&a.persetujuan, &b.persetujuan) {
        (None, Some(_)) => Some(Arah::Ditambah),
        (Some(_), None) => Some(Arah::Dihapus),
        (x, y) => (x != y).then_some(Arah::Diubah),
    };
    if let Some(arah) = arah_persetujuan {
        out.push(Perbedaan {
            bagian: Bagian::Rhk,
            arah,
            nama: String::new(),
        });
    }
    whole(
        &mut out,
        Bagian::PerilakuKerja,
        a.perilaku_kerja == b.perilaku_kerja,
    );
    whole(&mut out, Bagian::Lampiran, a.lampiran == b.lampiran);
    per_item(
        &mut out,
        Bagian::Evaluasi,
        &a.evaluasi,
        &b.evaluasi,
        |e: &EvaluasiPeriodik| &e.id,
        |e| e.periode_ke.to_string(),
    );
    whole(
        &mut out,
        Bagian::PenilaianTahunan,
        a.penilaian_tahunan == b.penilaian_tahunan,
    );
    per_item(
        &mut out,
        Bagian::Pengembangan,
        &a.pengembangan_kompetensi,
        &b.pengembangan_kompetensi,
        |k: &KegiatanPengembangan| &k.id,
        |k| k.nama.clone(),
    );
    let tindak_lanjut_sama = a.tindak_lanjut == b.tindak_lanjut && a.motif == b.motif;
    whole(&mut out, Bagian::TindakLanjut, tindak_lanjut_sama);
    out
}

/// A part compared as a whole: changed or not.
fn whole(out: &mut Vec<Perbedaan>, bagian: Bagian, same: bool) {
    if !same {
        out.push(Perbedaan {
            bagian,
            arah: Arah::Diubah,
            nama: String::new(),
        });
    }
}

/// Items of a list matched by id: removed and changed ones in the stored order, then added
/// ones in the incoming order.
fn per_item<T: PartialEq>(
    out: &mut Vec<Perbedaan>,
    bagian: Bagian,
    stored: &[T],
    incoming: &[T],
    id: impl Fn(&T) -> &String,
    nama: impl Fn(&T) -> String,
) {
    for old in stored {
        match incoming.iter().find(|new| id(new) == id(old)) {
            None => out.push(Perbedaan {
                bagian,
                arah: Arah::Dihapus,
                nama: nama(old),
            }),
            Some(new) if new != old => out.push(Perbedaan {
                bagian,
                arah: Arah::Diubah,
                nama: nama(new),
            }),
            Some(_) => {}
        }
    }
    for new in incoming {
        if !stored.iter().any(|old| id(old) == id(new)) {
            out.push(Perbedaan {
                bagian,
                arah: Arah::Ditambah,
                nama: nama(new),
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::contoh::CONTOH;

    fn example() -> Skp {
        (CONTOH[0].buat)()
    }

    #[test]
    fn the_same_skp_has_no_differences() {
        assert!(bandingkan(&example(), &example()).is_empty());
    }

    #[test]
    fn a_practice_mark_added_or_removed_is_a_change_of_identity() {
        let stored = example();
        let mut incoming = stored.clone();
        incoming.latihan = Some(crate::domain::model::TandaLatihan {
            paket_id: "paket-1".into(),
            judul: "Lokakarya".into(),
        });
        let identitas = vec![Perbedaan {
            bagian: Bagian::Identitas,
            arah: Arah::Diubah,
            nama: String::new(),
        }];
        assert_eq!(bandingkan(&stored, &incoming), identitas);
        assert_eq!(bandingkan(&incoming, &stored), identitas);
    }

    #[test]
    fn the_leaders_decision_on_the_plan_is_a_change_of_the_plan() {
        use crate::domain::model::{PersetujuanRencana, StatusRencana};
        let stored = example();
        let mut incoming = stored.clone();
        incoming.persetujuan = Some(PersetujuanRencana {
            status: StatusRencana::Disetujui,
            tanggal: None,
            oleh: String::new(),
            catatan: String::new(),
            catatan_rhk: Vec::new(),
        });
        let rencana = |arah| {
            vec![Perbedaan {
                bagian: Bagian::Rhk,
                arah,
                nama: String::new(),
            }]
        };
        assert_eq!(bandingkan(&stored, &incoming), rencana(Arah::Ditambah));
        assert_eq!(bandingkan(&incoming, &stored), rencana(Arah::Dihapus));
        let mut dikembalikan = incoming.clone();
        dikembalikan.persetujuan.as_mut().unwrap().status = StatusRencana::Dikembalikan;
        assert_eq!(bandingkan(&incoming, &dikembalikan), rencana(Arah::Diubah));
    }

    #[test]
    fn an_edited_rhk_a_removed_one_and_a_new_period_are_named() {
        let stored = example();
        let mut incoming = stored.clone();
        incoming.rhk[0].rencana_hasil_kerja = "Tersusunnya kajian baru".into();
        let removed = incoming.rhk.remove(1);
        incoming.evaluasi.retain(|e| e.periode_ke != 1);
        incoming.pegawai.nama = "Nama lain".into();
        let found = bandingkan(&stored, &incoming);
        assert!(found.contains(&Perbedaan {
            bagian: Bagian::Identitas,
            arah: Arah::Diubah,
            nama: String::new()
        }));
        assert!(found.contains(&Perbedaan {
            bagian: Bagian::Rhk,
            arah: Arah::Diubah,
            nama: "Tersusunnya kajian baru".into()
        }));
        assert!(found.contains(&Perbedaan {
            bagian: Bagian::Rhk,
            arah: Arah::Dihapus,
            nama: removed.rencana_hasil_kerja
        }));
        assert!(found.contains(&Perbedaan {
            bagian: Bagian::Evaluasi,
            arah: Arah::Dihapus,
            nama: "1".into()
        }));
        // And the other way round, the same parts come back as added.
        let back = bandingkan(&incoming, &stored);
        assert!(back
            .iter()
            .any(|p| p.bagian == Bagian::Evaluasi && p.arah == Arah::Ditambah));
    }
}
