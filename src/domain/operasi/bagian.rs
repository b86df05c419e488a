//! Changes confined to one part of an SKP, and the part they touched, so a view that shows
//! another part need not look again. The confinement is checked, not promised: a change that
//! reaches outside its part reports [`Tersentuh::Semua`], and every view looks again.

use super::realisasi_mut;
use crate::domain::model::{Iki, Realisasi, Rhk, Skp};

/// A part of an SKP that a view can watch on its own.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Bagian {
    /// The SKP's own fields: identity, kind, period, instansi (not its lists).
    Identitas,
    /// Which RHK there are, of which kind, in which order, and the ids and order of their IKI.
    /// Only a change of the whole SKP touches it.
    Struktur,
    /// One RHK's own fields (its text, leader's RHK, perspektif), not its kind or its IKI.
    Rhk(String),
    /// One IKI's fields.
    Iki(String),
    /// The realisasi of one IKI, in any period.
    Realisasi(String),
}

/// What a change touched.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Tersentuh {
    /// Nothing: what it was to change does not exist.
    Tidak,
    /// Only this part (and whatever is derived from the whole SKP).
    Bagian(Bagian),
    /// Possibly anything.
    Semua,
}

/// Changes one RHK's own fields. A change of its id, kind or IKI reaches beyond the RHK's
/// own part, and says so.
pub fn ubah_rhk(skp: &mut Skp, rhk_id: &str, f: impl FnOnce(&mut Rhk)) -> Tersentuh {
    let Some(rhk) = skp.rhk.iter_mut().find(|r| r.id == rhk_id) else {
        return Tersentuh::Tidak;
    };
    let (jenis, iki) = (rhk.jenis, rhk.iki.clone());
    f(rhk);
    if rhk.id != rhk_id || rhk.jenis != jenis || rhk.iki != iki {
        Tersentuh::Semua
    } else {
        Tersentuh::Bagian(Bagian::Rhk(rhk_id.to_owned()))
    }
}

/// Changes one IKI's fields (not its id).
pub fn ubah_iki(skp: &mut Skp, iki_id: &str, f: impl FnOnce(&mut Iki)) -> Tersentuh {
    let Some(iki) = skp
        .rhk
        .iter_mut()
        .flat_map(|r| r.iki.iter_mut())
        .find(|i| i.id == iki_id)
    else {
        return Tersentuh::Tidak;
    };
    f(iki);
    if iki.id != iki_id {
        Tersentuh::Semua
    } else {
        Tersentuh::Bagian(Bagian::Iki(iki_id.to_owned()))
    }
}

/// Changes the realisasi of an IKI in period `ke`, creating it on first write (see
/// [`realisasi_mut`]). It stays the realisasi of that IKI.
pub fn ubah_realisasi(
    skp: &mut Skp,
    ke: u32,
    iki_id: &str,
    f: impl FnOnce(&mut Realisasi),
) -> Tersentuh {
    let Some(realisasi) = realisasi_mut(skp, ke, iki_id) else {
        return Tersentuh::Tidak;
    };
    let id = realisasi.id.clone();
    f(realisasi);
    if realisasi.iki_id != iki_id || realisasi.id != id {
        Tersentuh::Semua
    } else {
        Tersentuh::Bagian(Bagian::Realisasi(iki_id.to_owned()))
    }
}

/// Changes the SKP's own fields. `f` sees the SKP without its RHK and evaluations (they are
/// put back after), so it cannot reach the parts views watch one by one; whatever it adds to
/// those two lists is kept after the original items, and reported as a change of everything.
/// (Views of the other lists watch the whole SKP.)
pub fn ubah_identitas(skp: &mut Skp, f: impl FnOnce(&mut Skp)) -> Tersentuh {
    let rhk = std::mem::take(&mut skp.rhk);
    let evaluasi = std::mem::take(&mut skp.evaluasi);
    f(skp);
    let reached_out = !skp.rhk.is_empty() || !skp.evaluasi.is_empty();
    let added_rhk = std::mem::replace(&mut skp.rhk, rhk);
    skp.rhk.extend(added_rhk);
    let added_evaluasi = std::mem::replace(&mut skp.evaluasi, evaluasi);
    skp.evaluasi.extend(added_evaluasi);
    if reached_out {
        Tersentuh::Semua
    } else {
        Tersentuh::Bagian(Bagian::Identitas)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::contoh::contoh_analis_kebijakan;
    use crate::domain::model::JenisRhk;

    fn skp() -> Skp {
        contoh_analis_kebijakan()
    }

    #[test]
    fn an_rhk_text_touches_only_that_rhk() {
        let mut s = skp();
        let id = s.rhk[0].id.clone();
        let t = ubah_rhk(&mut s, &id, |r| r.rencana_hasil_kerja = "Baru".into());
        assert_eq!(t, Tersentuh::Bagian(Bagian::Rhk(id)));
        assert_eq!(s.rhk[0].rencana_hasil_kerja, "Baru");
    }

    #[test]
    fn an_rhk_kind_or_iki_list_change_touches_everything() {
        let mut s = skp();
        let id = s.rhk[0].id.clone();
        assert_eq!(
            ubah_rhk(&mut s, &id, |r| r.jenis = JenisRhk::Tambahan),
            Tersentuh::Semua
        );
        assert_eq!(
            ubah_rhk(&mut s, &id, |r| r.iki[0].indikator.push('x')),
            Tersentuh::Semua
        );
        assert_eq!(
            ubah_rhk(&mut s, &id, |r| {
                r.iki.pop();
            }),
            Tersentuh::Semua
        );
    }

    #[test]
    fn an_unknown_id_changes_nothing() {
        let mut s = skp();
        let before = s.clone();
        assert_eq!(
            ubah_rhk(&mut s, "nope", |r| r.rencana_hasil_kerja.clear()),
            Tersentuh::Tidak
        );
        assert_eq!(
            ubah_iki(&mut s, "nope", |i| i.indikator.clear()),
            Tersentuh::Tidak
        );
        assert_eq!(
            ubah_realisasi(&mut s, 1, "nope", |r| r.uraian.clear()),
            Tersentuh::Tidak
        );
        let iki = s.rhk[0].iki[0].id.clone();
        assert_eq!(
            ubah_realisasi(&mut s, 99, &iki, |r| r.uraian.clear()),
            Tersentuh::Tidak
        );
        assert_eq!(s, before);
    }

    #[test]
    fn an_iki_field_touches_only_that_iki_and_its_id_stays() {
        let mut s = skp();
        let id = s.rhk[0].iki[0].id.clone();
        assert_eq!(
            ubah_iki(&mut s, &id, |i| i.indikator = "X".into()),
            Tersentuh::Bagian(Bagian::Iki(id.clone()))
        );
        assert_eq!(
            ubah_iki(&mut s, &id, |i| i.id = "lain".into()),
            Tersentuh::Semua
        );
    }

    #[test]
    fn a_first_realisasi_is_made_in_its_period_and_touches_that_iki_realisasi() {
        let mut s = skp();
        s.evaluasi.clear();
        let id = s.rhk[0].iki[0].id.clone();
        let t = ubah_realisasi(&mut s, 1, &id, |r| r.uraian = "Selesai".into());
        assert_eq!(t, Tersentuh::Bagian(Bagian::Realisasi(id.clone())));
        assert_eq!(s.evaluasi[0].periode_ke, 1);
        assert_eq!(s.evaluasi[0].realisasi[0].iki_id, id);
        assert_eq!(
            ubah_realisasi(&mut s, 1, &id, |r| r.iki_id = "lain".into()),
            Tersentuh::Semua
        );
    }

    #[test]
    fn identity_changes_cannot_reach_the_lists() {
        let mut s = skp();
        let before = s.clone();
        let t = ubah_identitas(&mut s, |k| {
            assert!(k.rhk.is_empty() && k.evaluasi.is_empty());
            k.pegawai.nama = "Sari".into();
        });
        assert_eq!(t, Tersentuh::Bagian(Bagian::Identitas));
        assert_eq!(s.rhk, before.rhk);
        assert_eq!(s.evaluasi, before.evaluasi);
        assert_eq!(s.pegawai.nama, "Sari");
    }

    #[test]
    fn an_identity_change_that_adds_to_a_list_keeps_both_and_touches_everything() {
        let mut s = skp();
        let n = s.rhk.len();
        let extra = s.rhk[0].clone();
        let t = ubah_identitas(&mut s, |k| k.rhk.push(extra));
        assert_eq!(t, Tersentuh::Semua);
        assert_eq!(s.rhk.len(), n + 1);
    }
}
