//! The plan-check findings many participants share: what to teach first.

use crate::domain::model::Skp;
use crate::domain::rules::periksa::{periksa_rencana, Kode, Temuan};

/// One kind of finding across the class.
#[derive(Debug, Clone, PartialEq)]
pub struct TemuanUmum {
    /// The kind, as the example has it (a kind is a [`Kode`] variant: every RHK that reads
    /// like an activity counts together whatever word it starts with).
    pub kode: Kode,
    /// Participants with at least one finding of this kind.
    pub jumlah_peserta: usize,
    /// The first participant (in the order given) with it.
    pub contoh_skp_id: String,
    pub contoh_nama: String,
    /// That participant's first finding of this kind, whose `message` the screen shows.
    pub contoh: Temuan,
}

/// The place of a kind in the order [`Kode`] declares them (the plan's order, roughly).
fn urutan(kode: &Kode) -> usize {
    use Kode::*;
    match kode {
        TanggalTerbalik => 0,
        IdentitasKosong { .. } => 1,
        InstansiKosong => 2,
        TanpaEkspektasiPerilaku => 3,
        NipTidakValid(_) => 4,
        TanpaRhkUtama => 5,
        RhkKosong => 6,
        RhkTanpaIki => 7,
        RhkTanpaRhkPimpinan => 8,
        RhkTanpaPerspektif => 9,
        RumusanKegiatan(_) => 10,
        IkiKosong => 11,
        IkiTanpaTarget => 12,
        IkiTanpaSatuan => 13,
        RentangTerbalik => 14,
        AngkaTidakSah => 15,
        TargetNol => 16,
        TargetTidakTerukur => 17,
    }
}

/// Every kind of plan-check finding (all levels, hints too) in the class, the one most
/// participants have first, ties in [`Kode`] order; each participant counts once per kind.
pub fn temuan_umum(skps: &[&Skp]) -> Vec<TemuanUmum> {
    let mut hasil: Vec<(usize, TemuanUmum)> = Vec::new();
    for skp in skps {
        let mut sudah: Vec<usize> = Vec::new();
        for t in periksa_rencana(skp) {
            let u = urutan(&t.kode);
            if sudah.contains(&u) {
                continue;
            }
            sudah.push(u);
            match hasil.iter_mut().find(|(k, _)| *k == u) {
                Some((_, umum)) => umum.jumlah_peserta += 1,
                None => hasil.push((
                    u,
                    TemuanUmum {
                        kode: t.kode.clone(),
                        jumlah_peserta: 1,
                        contoh_skp_id: skp.id.clone(),
                        contoh_nama: skp.pegawai.nama.clone(),
                        contoh: t,
                    },
                )),
            }
        }
    }
    hasil.sort_by(|(ka, a), (kb, b)| {
        b.jumlah_peserta
            .cmp(&a.jumlah_peserta)
            .then_with(|| ka.cmp(kb))
    });
    hasil.into_iter().map(|(_, t)| t).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::contoh::{
        contoh_analis_kebijakan, contoh_kepala_seksi, contoh_pengadministrasi_perkantoran,
    };
    use crate::domain::rules::periksa::Tingkat;
    use crate::domain::Lang;

    #[test]
    fn each_participant_counts_once_per_kind_most_common_first_ties_in_code_order() {
        let mut a = contoh_analis_kebijakan();
        a.instansi.clear();
        a.rhk[0].rencana_hasil_kerja = "Melaksanakan rapat koordinasi".into();
        a.rhk[1].rencana_hasil_kerja = "Mengikuti bimbingan teknis".into();
        let mut b = contoh_pengadministrasi_perkantoran();
        b.rhk[0].rencana_hasil_kerja = "Membuat surat".into();
        let mut c = contoh_kepala_seksi();
        c.instansi = "  ".into();
        c.rhk[0].iki[0].indikator.clear();
        let bersih = contoh_analis_kebijakan();
        let t = temuan_umum(&[&bersih, &a, &b, &c]);
        let ringkas: Vec<(usize, usize)> = t
            .iter()
            .map(|x| (urutan(&x.kode), x.jumlah_peserta))
            .collect();
        // Instansi empty (A, C) and "reads as an activity" (A twice, B) tie at 2: the
        // instansi comes first in the code order; then the empty IKI (C).
        assert_eq!(
            ringkas,
            [
                (urutan(&Kode::InstansiKosong), 2),
                (urutan(&Kode::RumusanKegiatan(String::new())), 2),
                (urutan(&Kode::IkiKosong), 1)
            ]
        );
        let kegiatan = &t[1];
        assert_eq!(kegiatan.kode, Kode::RumusanKegiatan("melaksanakan".into()));
        assert_eq!(
            (
                kegiatan.contoh_skp_id.as_str(),
                kegiatan.contoh_nama.as_str()
            ),
            (a.id.as_str(), a.pegawai.nama.as_str())
        );
        assert_eq!(kegiatan.contoh.path, "rhk[0].rencana_hasil_kerja");
        assert_eq!(kegiatan.contoh.tingkat, Tingkat::Saran);
        assert!(kegiatan.contoh.message(Lang::Id).contains("melaksanakan"));
        assert_eq!(t[2].contoh_skp_id, c.id);
        assert!(temuan_umum(&[&bersih]).is_empty());
    }
}
