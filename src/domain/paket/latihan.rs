//! Starting (and starting again) a participant's practice SKP from a case pack.

use chrono::{Datelike, NaiveDate};

use super::PaketKasus;
use crate::domain::model::{Skp, TandaLatihan};

/// The practice SKP a participant starts from `paket`, with the SKP id `id`.
///
/// - It is a copy of the pack's starting SKP (under the new id), or else an empty SKP.
///   Item ids (RHK, IKI, ...) are kept: they need only be unique within one SKP, and the
///   copy is one SKP, as "copy to next year" keeps them.
/// - The case is the pack's: its period and kind of evaluation period always; its agency
///   where the SKP names none.
/// - Where the SKP leaves them empty, the first leader becomes the pejabat penilai (by name:
///   an identity without a name is taken as empty) and the leader's unit kerja the
///   participant's: the participant works in the leader's unit. Only when the leader became
///   the pejabat penilai does the leader's own pejabat penilai become the atasan (if the SKP
///   names none): above a pejabat penilai the starting SKP names, that leader's appraiser is
///   nobody's atasan.
/// - The pack's capaian kinerja organisasi is recorded for the year (unless the starting SKP
///   already records one), whether or not the participant heads a unit: the evaluation form
///   shows it in its header for everyone, and for a unit head it also suggests the rating
///   hasil kerja (SE MenPANRB 3/2023).
/// - It is marked as practice ([`Skp::latihan`]) with the pack's id and title.
///
/// The leaders' SKPs are not touched or copied: the caller offers them for cascading as they
/// are, ids and all. `_hari_ini` is not used yet: the practice starts from the pack alone.
pub fn mulai_latihan(paket: &PaketKasus, id: String, _hari_ini: NaiveDate) -> Skp {
    let mut skp = match &paket.skp_awal {
        Some(awal) => Skp { id, ..awal.clone() },
        None => Skp::baru(id, paket.periode.mulai.year()),
    };
    skp.periode = paket.periode;
    skp.periode_evaluasi = paket.periode_evaluasi;
    if skp.instansi.trim().is_empty() {
        skp.instansi = paket.instansi.clone();
    }
    if let Some(pimpinan) = paket.pimpinan_utama() {
        if skp.pejabat_penilai.nama.trim().is_empty() {
            skp.pejabat_penilai = pimpinan.pegawai.clone();
            if skp.atasan_pejabat_penilai.is_none()
                && !pimpinan.pejabat_penilai.nama.trim().is_empty()
            {
                skp.atasan_pejabat_penilai = Some(pimpinan.pejabat_penilai.clone());
            }
        }
        if skp.pegawai.unit_kerja.trim().is_empty() {
            skp.pegawai.unit_kerja = pimpinan.pegawai.unit_kerja.clone();
        }
    }
    if !skp.penilaian_tahunan.kinerja_organisasi.ada() {
        skp.penilaian_tahunan.kinerja_organisasi = paket.kinerja_organisasi.clone();
    }
    skp.latihan = Some(TandaLatihan {
        paket_id: paket.id.clone(),
        judul: paket.judul.clone(),
    });
    skp
}

/// Starts a practice SKP again: what [`mulai_latihan`] gives, under the same SKP id, so it
/// takes the old one's place in the library, and with the participant's own identity. The rest
/// of what they wrote goes: keeping it restorable (a snapshot before the reset, or undo) is
/// the caller's.
///
/// `None` unless `skp` is a practice SKP of this very pack (`latihan.paket_id` is
/// `paket.id`): starting again from another pack would quietly turn one case into another, and
/// a real SKP is never reset.
pub fn atur_ulang_latihan(paket: &PaketKasus, skp: &Skp, hari_ini: NaiveDate) -> Option<Skp> {
    let tanda = skp.latihan.as_ref()?;
    (tanda.paket_id == paket.id).then(|| {
        // Who practises stays: the trainer reads the name on the file handed back.
        let mut awal = mulai_latihan(paket, skp.id.clone(), hari_ini);
        awal.pegawai = skp.pegawai.clone();
        awal
    })
}
