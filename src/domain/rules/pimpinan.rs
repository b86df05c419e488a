//! A leader's SKP opened as the source of the RHK a person intervenes: whether it belongs to
//! the same time (a 2025 plan for a 2026 SKP is a likely slip, but may be meant), and whether
//! its owner can be offered as the person's Pejabat Penilai Kinerja.

use crate::domain::model::{Identitas, Periode, Skp};

/// Whether the two SKP periods share at least one day.
pub fn periode_bertemu(skp: &Skp, pimpinan: &Skp) -> bool {
    rentang_bertemu(&skp.periode, &pimpinan.periode)
}

/// Whether two periods share at least one day (a case pack's and a leader's SKP's too).
pub fn rentang_bertemu(a: &Periode, b: &Periode) -> bool {
    a.mulai <= b.selesai && b.mulai <= a.selesai
}

/// The leader's identity to offer as the person's Pejabat Penilai Kinerja: only while the
/// person has not filled that block in (nothing of theirs is overwritten), and only when the
/// leader's file names someone.
pub fn usul_pejabat_penilai(skp: &Skp, pimpinan: &Skp) -> Option<Identitas> {
    let kosong = skp.pejabat_penilai == Identitas::default()
        || [
            &skp.pejabat_penilai.nama,
            &skp.pejabat_penilai.nip,
            &skp.pejabat_penilai.pangkat_golongan,
            &skp.pejabat_penilai.jabatan,
            &skp.pejabat_penilai.unit_kerja,
        ]
        .iter()
        .all(|f| f.trim().is_empty());
    (kosong && !pimpinan.pegawai.nama.trim().is_empty()).then(|| pimpinan.pegawai.clone())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::contoh::contoh_analis_kebijakan;

    #[test]
    fn a_leader_file_of_another_year_is_told_apart_and_its_owner_offered_only_into_an_empty_block()
    {
        let mut skp = Skp::baru("saya".into(), 2026);
        let pimpinan = contoh_analis_kebijakan(); // 2025
        assert!(!periode_bertemu(&skp, &pimpinan));
        let sama = Skp::baru("p".into(), 2026);
        assert!(periode_bertemu(&skp, &sama));
        assert_eq!(
            usul_pejabat_penilai(&skp, &pimpinan),
            Some(pimpinan.pegawai.clone())
        );
        skp.pejabat_penilai.nip = "197806122005011003".into();
        assert_eq!(usul_pejabat_penilai(&skp, &pimpinan), None);
        assert_eq!(
            usul_pejabat_penilai(&Skp::baru("x".into(), 2026), &sama),
            None
        );
    }
}
