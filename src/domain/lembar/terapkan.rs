//! Taking a slip into an SKP: what it would change ([`pratinjau`]), changing exactly that
//! ([`terapkan`]), and carrying the leader's writing into a newer file of the same SKP
//! ([`bawa_tulisan_pimpinan`]).
//!
//! Both walk the slip in one function, so the preview is what applying does: items are matched
//! by id in their period and list (a note on the plan by its RHK); one already there with the
//! same content is left out, one there with other content is updated, one not there is added.
//! An item for an RHK or a period the SKP does not have is not taken and is listed apart. Only
//! leader-owned parts are written (see [`super::tanpa_tulisan_pimpinan`]): a bimbingan
//! updated keeps the pegawai's answers, and nothing is ever removed.

use super::pratinjau::{Arah, Butir, Kecocokan, Pratinjau};
use super::{buat_lembar, sidik, LembarUmpanBalik, UmpanBalikPeriode};
use crate::domain::model::{
    AspekRating, CatatanBimbingan, CatatanDialog, CatatanRencanaRhk, EvaluasiPeriodik,
    JenisPeriodeEvaluasi, PersetujuanRencana, RatingOleh, Skp, UmpanBalikPerilaku, UmpanBalikRhk,
};
use crate::domain::operasi::{ada_tempat, evaluasi_mut, periode_ada};

/// How `lembar` fits `skp`: the same SKP id, and the same [`sidik`] as the version the leader
/// saw.
pub fn periksa_kecocokan(skp: &Skp, lembar: &LembarUmpanBalik) -> Kecocokan {
    if skp.id != lembar.skp_id {
        Kecocokan::SkpLain
    } else if sidik(skp) == lembar.sidik {
        Kecocokan::Sama
    } else {
        Kecocokan::VersiBerubah
    }
}

/// What taking `lembar` into `skp` would change; nothing changes. See [`Pratinjau`].
pub fn pratinjau(skp: &Skp, lembar: &LembarUmpanBalik) -> Pratinjau {
    if skp.id != lembar.skp_id {
        return Pratinjau {
            kecocokan: Kecocokan::SkpLain,
            butir: Vec::new(),
            tak_terpakai: Vec::new(),
        };
    }
    // Applying to a copy: the preview is what applying does, by construction.
    ambil(&mut skp.clone(), lembar)
}

/// Takes `lembar` into `skp`: exactly the items of [`pratinjau`]`(skp, lembar).butir`, and
/// returns how many. A slip of a changed version ([`Kecocokan::VersiBerubah`]) is taken too
/// (the caller asks the person first); one for another SKP changes nothing (0). The pegawai's
/// own content is never touched, and the SKP stays valid (`validate_skp` passes).
pub fn terapkan(skp: &mut Skp, lembar: &LembarUmpanBalik) -> usize {
    ambil(skp, lembar).butir.len()
}

/// The leader's review copy `dari` is replaced by `ke`, a newer file of the same SKP from the
/// pegawai: carries what the leader wrote in `dari` into `ke` (what [`terapkan`] of a slip made
/// from `dari` does), so a second review keeps the earlier notes. Returns how many items were
/// carried; 0 when `ke` is another SKP.
pub fn bawa_tulisan_pimpinan(dari: &Skp, ke: &mut Skp) -> usize {
    // The slip is not kept: its id and date do not matter.
    let lembar = buat_lembar(dari, &sidik(dari), dari.periode.mulai, String::new());
    terapkan(ke, &lembar)
}

/// Walks the slip and takes it into `skp` (see the module's rules).
fn ambil(skp: &mut Skp, lembar: &LembarUmpanBalik) -> Pratinjau {
    let kecocokan = periksa_kecocokan(skp, lembar);
    let mut hasil = Pratinjau {
        kecocokan,
        butir: Vec::new(),
        tak_terpakai: Vec::new(),
    };
    if kecocokan == Kecocokan::SkpLain {
        return hasil;
    }
    if let Some(p) = &lembar.persetujuan {
        ambil_persetujuan(skp, p, &mut hasil);
    }
    for periode in &lembar.evaluasi {
        ambil_periode(skp, periode, lembar.periode_evaluasi, &mut hasil);
    }
    if let Some(t) = &lembar.tahunan {
        ambil_rating(skp, None, &t.rating, &mut hasil);
        let catatan = &mut skp.penilaian_tahunan.catatan;
        if !t.catatan.is_empty() && *catatan != t.catatan {
            let arah = if catatan.is_empty() {
                Arah::Baru
            } else {
                Arah::Diperbarui
            };
            catatan.clone_from(&t.catatan);
            hasil.butir.push((
                arah,
                Butir::CatatanTahunan {
                    isi: t.catatan.clone(),
                },
            ));
        }
    }
    hasil
}

fn ambil_persetujuan(skp: &mut Skp, p: &PersetujuanRencana, hasil: &mut Pratinjau) {
    let sama = skp.persetujuan.as_ref().is_some_and(|ada| {
        ada.status == p.status
            && ada.tanggal == p.tanggal
            && ada.oleh == p.oleh
            && ada.catatan == p.catatan
    });
    if !sama {
        let arah = if skp.persetujuan.is_some() {
            Arah::Diperbarui
        } else {
            Arah::Baru
        };
        let ada = skp.persetujuan.get_or_insert_with(|| PersetujuanRencana {
            catatan_rhk: Vec::new(),
            ..p.clone()
        });
        ada.status = p.status;
        ada.tanggal = p.tanggal;
        ada.oleh.clone_from(&p.oleh);
        ada.catatan.clone_from(&p.catatan);
        hasil.butir.push((
            arah,
            Butir::Persetujuan {
                status: p.status,
                catatan: p.catatan.clone(),
            },
        ));
    }
    for c in &p.catatan_rhk {
        let butir = Butir::CatatanRencanaRhk {
            rhk_id: c.rhk_id.clone(),
            catatan: c.catatan.clone(),
        };
        let ada_rhk = skp.rhk.iter().any(|r| r.id == c.rhk_id);
        // The decision was taken above, so the SKP has one.
        let Some(ada) = skp.persetujuan.as_mut().filter(|_| ada_rhk) else {
            hasil.tak_terpakai.push(butir);
            continue;
        };
        match ada.catatan_rhk.iter().position(|x| x.rhk_id == c.rhk_id) {
            Some(i) if ada.catatan_rhk[i].catatan == c.catatan => {}
            Some(i) => {
                ada.catatan_rhk[i].catatan.clone_from(&c.catatan);
                hasil.butir.push((Arah::Diperbarui, butir));
            }
            None if ada_tempat(ada.catatan_rhk.len()) => {
                ada.catatan_rhk.push(CatatanRencanaRhk {
                    rhk_id: c.rhk_id.clone(),
                    catatan: c.catatan.clone(),
                });
                hasil.butir.push((Arah::Baru, butir));
            }
            None => hasil.tak_terpakai.push(butir),
        }
    }
}

/// Puts `item` into its list of the evaluation of period `ke` by id: nothing when the same
/// is there; the evaluation is created only when something is written.
fn ambil_item<T: Clone + PartialEq>(
    skp: &mut Skp,
    ke: u32,
    item: &T,
    butir: Butir,
    daftar: Daftar<T>,
    hasil: &mut Pratinjau,
) {
    let sama = skp
        .evaluasi_ke(ke)
        .is_some_and(|ev| (daftar.baca)(ev).contains(item));
    if sama {
        return;
    }
    let list = (daftar.ubah)(evaluasi_mut(skp, ke));
    match list
        .iter()
        .position(|x| (daftar.id)(x) == (daftar.id)(item))
    {
        Some(i) => {
            list[i].clone_from(item);
            hasil.butir.push((Arah::Diperbarui, butir));
        }
        None if ada_tempat(list.len()) => {
            list.push(item.clone());
            hasil.butir.push((Arah::Baru, butir));
        }
        None => hasil.tak_terpakai.push(butir),
    }
}

/// One list of an evaluation: how to read it, change it, and tell its items apart.
struct Daftar<T> {
    baca: fn(&EvaluasiPeriodik) -> &[T],
    ubah: fn(&mut EvaluasiPeriodik) -> &mut Vec<T>,
    id: fn(&T) -> &str,
}

const UMPAN_BALIK_RHK: Daftar<UmpanBalikRhk> = Daftar {
    baca: |ev| &ev.umpan_balik_rhk,
    ubah: |ev| &mut ev.umpan_balik_rhk,
    id: |u| &u.id,
};

const UMPAN_BALIK_PERILAKU: Daftar<UmpanBalikPerilaku> = Daftar {
    baca: |ev| &ev.umpan_balik_perilaku,
    ubah: |ev| &mut ev.umpan_balik_perilaku,
    id: |u| &u.id,
};

const DIALOG: Daftar<CatatanDialog> = Daftar {
    baca: |ev| &ev.dialog_kinerja,
    ubah: |ev| &mut ev.dialog_kinerja,
    id: |d| &d.id,
};

fn ambil_periode(
    skp: &mut Skp,
    p: &UmpanBalikPeriode,
    jenis: JenisPeriodeEvaluasi,
    hasil: &mut Pratinjau,
) {
    let ke = p.periode_ke;
    // Period 2 of a quarterly review is not February: with another kind of period, none of
    // the period's items has a place.
    let ada_periode = skp.periode_evaluasi == jenis && periode_ada(skp, ke);
    for u in &p.umpan_balik_rhk {
        let butir = Butir::UmpanBalikRhk {
            ke,
            rhk_id: u.rhk_id.clone(),
            isi: u.isi.clone(),
        };
        if !ada_periode || skp.rhk.iter().all(|r| r.id != u.rhk_id) {
            hasil.tak_terpakai.push(butir);
            continue;
        }
        ambil_item(skp, ke, u, butir, UMPAN_BALIK_RHK, hasil);
    }
    for u in &p.umpan_balik_perilaku {
        let butir = Butir::UmpanBalikPerilaku {
            ke,
            nilai: u.nilai,
            isi: u.isi.clone(),
        };
        if !ada_periode {
            hasil.tak_terpakai.push(butir);
            continue;
        }
        ambil_item(skp, ke, u, butir, UMPAN_BALIK_PERILAKU, hasil);
    }
    for d in &p.dialog_kinerja {
        let butir = Butir::Dialog {
            ke,
            catatan: d.catatan.clone(),
        };
        if !ada_periode {
            hasil.tak_terpakai.push(butir);
            continue;
        }
        ambil_item(skp, ke, d, butir, DIALOG, hasil);
    }
    for b in &p.bimbingan {
        let butir = Butir::Bimbingan {
            ke,
            topik: b.topik.clone(),
        };
        if !ada_periode {
            hasil.tak_terpakai.push(butir);
            continue;
        }
        ambil_bimbingan(skp, ke, b, butir, hasil);
    }
    if ada_periode {
        ambil_rating(skp, Some(ke), &p.rating, hasil);
    } else {
        for aspek in [AspekRating::HasilKerja, AspekRating::PerilakuKerja] {
            if let Some(rating) = p.rating.aspek(aspek) {
                hasil.tak_terpakai.push(Butir::Rating {
                    ke: Some(ke),
                    aspek,
                    rating: Some(rating),
                });
            }
        }
    }
}

/// A session by id in its period: the leader's fields are the slip's, the pegawai's answers
/// stay as the SKP has them.
fn ambil_bimbingan(
    skp: &mut Skp,
    ke: u32,
    b: &CatatanBimbingan,
    butir: Butir,
    hasil: &mut Pratinjau,
) {
    let sama_pimpinan = |x: &CatatanBimbingan| {
        x.tanggal == b.tanggal && x.jenis == b.jenis && x.topik == b.topik && x.hasil == b.hasil
    };
    let sama = skp.evaluasi_ke(ke).is_some_and(|ev| {
        ev.bimbingan
            .iter()
            .any(|x| x.id == b.id && sama_pimpinan(x))
    });
    if sama {
        return;
    }
    let list = &mut evaluasi_mut(skp, ke).bimbingan;
    match list.iter().position(|x| x.id == b.id) {
        Some(i) => {
            let x = &mut list[i];
            x.tanggal = b.tanggal;
            x.jenis = b.jenis;
            x.topik.clone_from(&b.topik);
            x.hasil.clone_from(&b.hasil);
            hasil.butir.push((Arah::Diperbarui, butir));
        }
        None if ada_tempat(list.len()) => {
            list.push(CatatanBimbingan {
                tanggapan: Vec::new(),
                ..b.clone()
            });
            hasil.butir.push((Arah::Baru, butir));
        }
        None => hasil.tak_terpakai.push(butir),
    }
}

/// The leader's ratings of period `Some(ke)` (which the SKP has) or the year. A slip whose
/// ratings were never given carries none; otherwise each rating that differs from the SKP's
/// is taken, an empty one too (the leader took theirs back), with who and when from the slip.
fn ambil_rating(skp: &mut Skp, ke: Option<u32>, r: &RatingOleh, hasil: &mut Pratinjau) {
    if *r == RatingOleh::default() {
        return;
    }
    let lama = skp
        .rating(ke)
        .map(|x| x.pejabat_penilai.clone())
        .unwrap_or_default();
    let berbeda: Vec<AspekRating> = [AspekRating::HasilKerja, AspekRating::PerilakuKerja]
        .into_iter()
        .filter(|&a| lama.aspek(a) != r.aspek(a))
        .collect();
    if berbeda.is_empty() {
        return;
    }
    let slot = match ke {
        None => &mut skp.penilaian_tahunan.rating.pejabat_penilai,
        Some(ke) => &mut evaluasi_mut(skp, ke).rating.pejabat_penilai,
    };
    for aspek in berbeda {
        let arah = if slot.aspek(aspek).is_some() {
            Arah::Diperbarui
        } else {
            Arah::Baru
        };
        *slot.aspek_mut(aspek) = r.aspek(aspek);
        hasil.butir.push((
            arah,
            Butir::Rating {
                ke,
                aspek,
                rating: r.aspek(aspek),
            },
        ));
    }
    slot.oleh.clone_from(&r.oleh);
    slot.tanggal = r.tanggal;
}
