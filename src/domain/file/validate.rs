//! Checks after parsing: ids are unique, references point at existing items, dates lie in
//! the years an SKP can hold.

use std::collections::HashSet;

use chrono::{Datelike, NaiveDate};

use super::error::{FileError, Problem};
use crate::domain::model::{
    CatatanBimbingan, PersetujuanRencana, RatingPeriode, Skp, TanggapanBimbingan,
};

fn unik<'a>(
    seen: &mut HashSet<&'a str>,
    id: &'a str,
    path: impl FnOnce() -> String,
) -> Result<(), FileError> {
    if seen.insert(id) {
        Ok(())
    } else {
        Err(FileError::DuplicateId {
            path: path(),
            id: id.to_string(),
        })
    }
}

/// A date's year lies in [`Skp::TAHUN_MIN`]..=[`Skp::TAHUN_MAX`].
pub(crate) fn tanggal_sah(
    tanggal: NaiveDate,
    path: impl FnOnce() -> String,
) -> Result<(), FileError> {
    if Skp::tahun_sah(tanggal.year()) {
        Ok(())
    } else {
        Err(FileError::Invalid {
            path: path(),
            problem: Problem::YearOutOfRange {
                found: tanggal.to_string(),
            },
        })
    }
}

/// The dates of both ratings of a period or the year.
fn tanggal_rating_sah(rating: &RatingPeriode, path: &str) -> Result<(), FileError> {
    tanggal_opsional_sah(rating.mandiri.tanggal, || format!("{path}.mandiri.tanggal"))?;
    tanggal_opsional_sah(rating.pejabat_penilai.tanggal, || {
        format!("{path}.pejabat_penilai.tanggal")
    })
}

pub(crate) fn tanggal_opsional_sah(
    tanggal: Option<NaiveDate>,
    path: impl FnOnce() -> String,
) -> Result<(), FileError> {
    tanggal.map_or(Ok(()), |t| tanggal_sah(t, path))
}

/// The highest evaluation period number: twelve monthly periods.
pub const MAX_PERIODE_KE: u32 = 12;

fn periode_sah(ke: u32, path: impl FnOnce() -> String) -> Result<(), FileError> {
    if (1..=MAX_PERIODE_KE).contains(&ke) {
        Ok(())
    } else {
        Err(FileError::Invalid {
            path: path(),
            problem: Problem::OutOfRange {
                found: ke.to_string(),
                min: 1,
                max: MAX_PERIODE_KE,
            },
        })
    }
}

/// One bimbingan kinerja session at `path`: its date, and the pegawai's answers, each to
/// another statement and on the scale ([`TanggapanBimbingan::skor_sah`]). Its id is checked
/// by the caller, among its list.
pub(crate) fn bimbingan_sah(b: &CatatanBimbingan, path: &str) -> Result<(), FileError> {
    tanggal_opsional_sah(b.tanggal, || format!("{path}.tanggal"))?;
    let mut dijawab = HashSet::new();
    for (t, tanggapan) in b.tanggapan.iter().enumerate() {
        if !TanggapanBimbingan::skor_sah(tanggapan.skor) {
            return Err(FileError::Invalid {
                path: format!("{path}.tanggapan[{t}].skor"),
                problem: Problem::OutOfRange {
                    found: tanggapan.skor.to_string(),
                    min: TanggapanBimbingan::SKOR_MIN.into(),
                    max: TanggapanBimbingan::SKOR_MAKS.into(),
                },
            });
        }
        if !dijawab.insert(tanggapan.pernyataan) {
            return Err(FileError::DuplicateId {
                path: format!("{path}.tanggapan[{t}].pernyataan"),
                id: serde_json::to_value(tanggapan.pernyataan)
                    .ok()
                    .and_then(|v| v.as_str().map(str::to_owned))
                    .unwrap_or_default(),
            });
        }
    }
    Ok(())
}

/// The leader's decision on the plan at `path`: its date, and at most one note per RHK, each
/// on an RHK of the SKP when `rhk_ids` are given (a feedback slip, read without its SKP, has
/// none to check against).
pub(crate) fn persetujuan_sah(
    p: &PersetujuanRencana,
    rhk_ids: Option<&HashSet<&str>>,
    path: &str,
) -> Result<(), FileError> {
    tanggal_opsional_sah(p.tanggal, || format!("{path}.tanggal"))?;
    let mut dicatat = HashSet::new();
    for (i, c) in p.catatan_rhk.iter().enumerate() {
        let rhk_path = || format!("{path}.catatan_rhk[{i}].rhk_id");
        if rhk_ids.is_some_and(|ids| !ids.contains(c.rhk_id.as_str())) {
            return Err(FileError::UnknownReference {
                path: rhk_path(),
                id: c.rhk_id.clone(),
            });
        }
        unik(&mut dicatat, &c.rhk_id, rhk_path)?;
    }
    Ok(())
}

/// Ids of RHK, IKI (across the SKP), evaluations and activities are unique; each
/// evaluation period appears once and lies in 1..=12 (as does the period of a rencana aksi);
/// realisasi, umpan balik, activities and the leader's notes on the plan refer to existing IKI
/// and RHK (one note per RHK); bimbingan ids are unique within their period, and each answer to
/// a bimbingan is to another statement and on the 1–5 scale; every date's year lies in
/// [`Skp::TAHUN_MIN`]..=[`Skp::TAHUN_MAX`]. `base` is the JSON path of the SKP (`data` or
/// `data[3]`).
pub fn validate_skp(skp: &Skp, base: &str) -> Result<(), FileError> {
    tanggal_sah(skp.periode.mulai, || format!("{base}.periode.mulai"))?;
    tanggal_sah(skp.periode.selesai, || format!("{base}.periode.selesai"))?;
    let mut rhk_ids = HashSet::new();
    let mut iki_ids = HashSet::new();
    for (r, rhk) in skp.rhk.iter().enumerate() {
        unik(&mut rhk_ids, &rhk.id, || format!("{base}.rhk[{r}].id"))?;
        for (i, iki) in rhk.iki.iter().enumerate() {
            unik(&mut iki_ids, &iki.id, || {
                format!("{base}.rhk[{r}].iki[{i}].id")
            })?;
        }
    }
    let mut evaluasi_ids = HashSet::new();
    let mut periode = HashSet::new();
    for (e, ev) in skp.evaluasi.iter().enumerate() {
        unik(&mut evaluasi_ids, &ev.id, || {
            format!("{base}.evaluasi[{e}].id")
        })?;
        periode_sah(ev.periode_ke, || format!("{base}.evaluasi[{e}].periode_ke"))?;
        if !periode.insert(ev.periode_ke) {
            return Err(FileError::DuplicateId {
                path: format!("{base}.evaluasi[{e}].periode_ke"),
                id: ev.periode_ke.to_string(),
            });
        }
        let mut realisasi_ids = HashSet::new();
        for (i, r) in ev.realisasi.iter().enumerate() {
            unik(&mut realisasi_ids, &r.id, || {
                format!("{base}.evaluasi[{e}].realisasi[{i}].id")
            })?;
            if !iki_ids.contains(r.iki_id.as_str()) {
                return Err(FileError::UnknownReference {
                    path: format!("{base}.evaluasi[{e}].realisasi[{i}].iki_id"),
                    id: r.iki_id.clone(),
                });
            }
            for (b, bukti) in r.bukti_dukung.iter().enumerate() {
                tanggal_opsional_sah(bukti.tanggal, || {
                    format!("{base}.evaluasi[{e}].realisasi[{i}].bukti_dukung[{b}].tanggal")
                })?;
            }
        }
        for (i, u) in ev.umpan_balik_rhk.iter().enumerate() {
            tanggal_opsional_sah(u.tanggal, || {
                format!("{base}.evaluasi[{e}].umpan_balik_rhk[{i}].tanggal")
            })?;
            if !rhk_ids.contains(u.rhk_id.as_str()) {
                return Err(FileError::UnknownReference {
                    path: format!("{base}.evaluasi[{e}].umpan_balik_rhk[{i}].rhk_id"),
                    id: u.rhk_id.clone(),
                });
            }
        }
        for (i, u) in ev.umpan_balik_perilaku.iter().enumerate() {
            tanggal_opsional_sah(u.tanggal, || {
                format!("{base}.evaluasi[{e}].umpan_balik_perilaku[{i}].tanggal")
            })?;
        }
        for (i, d) in ev.dialog_kinerja.iter().enumerate() {
            tanggal_opsional_sah(d.tanggal, || {
                format!("{base}.evaluasi[{e}].dialog_kinerja[{i}].tanggal")
            })?;
        }
        tanggal_rating_sah(&ev.rating, &format!("{base}.evaluasi[{e}].rating"))?;
        let mut bimbingan_ids = HashSet::new();
        for (i, b) in ev.bimbingan.iter().enumerate() {
            let path = format!("{base}.evaluasi[{e}].bimbingan[{i}]");
            unik(&mut bimbingan_ids, &b.id, || format!("{path}.id"))?;
            bimbingan_sah(b, &path)?;
        }
    }
    tanggal_rating_sah(
        &skp.penilaian_tahunan.rating,
        &format!("{base}.penilaian_tahunan.rating"),
    )?;
    if let Some(k) = &skp.tindak_lanjut.keberatan {
        tanggal_sah(k.tanggal_hasil_diterima, || {
            format!("{base}.tindak_lanjut.keberatan.tanggal_hasil_diterima")
        })?;
        tanggal_opsional_sah(k.tanggal_diajukan, || {
            format!("{base}.tindak_lanjut.keberatan.tanggal_diajukan")
        })?;
    }
    if let Some(p) = &skp.persetujuan {
        persetujuan_sah(p, Some(&rhk_ids), &format!("{base}.persetujuan"))?;
    }
    let mut ditandatangani = HashSet::new();
    for (i, p) in skp.penandatanganan.iter().enumerate() {
        if let Some(ke) = p.periode_ke {
            periode_sah(ke, || format!("{base}.penandatanganan[{i}].periode_ke"))?;
        }
        tanggal_opsional_sah(p.tanggal, || format!("{base}.penandatanganan[{i}].tanggal"))?;
        // One place and date per document and period: a second would leave which one
        // prints to chance.
        if !ditandatangani.insert((p.dokumen, p.periode_ke)) {
            return Err(FileError::DuplicateId {
                path: format!("{base}.penandatanganan[{i}]"),
                id: match p.periode_ke {
                    Some(ke) => format!("{:?} {ke}", p.dokumen).to_lowercase(),
                    None => format!("{:?}", p.dokumen).to_lowercase(),
                },
            });
        }
    }
    for (a, aksi) in skp.tindak_lanjut.rencana_aksi.iter().enumerate() {
        periode_sah(aksi.periode_ke, || {
            format!("{base}.tindak_lanjut.rencana_aksi[{a}].periode_ke")
        })?;
    }
    let mut kegiatan_ids = HashSet::new();
    for (k, keg) in skp.pengembangan_kompetensi.iter().enumerate() {
        unik(&mut kegiatan_ids, &keg.id, || {
            format!("{base}.pengembangan_kompetensi[{k}].id")
        })?;
        tanggal_opsional_sah(keg.mulai, || {
            format!("{base}.pengembangan_kompetensi[{k}].mulai")
        })?;
        tanggal_opsional_sah(keg.selesai, || {
            format!("{base}.pengembangan_kompetensi[{k}].selesai")
        })?;
        if let Some(iki) = &keg.untuk_iki_id {
            if !iki_ids.contains(iki.as_str()) {
                return Err(FileError::UnknownReference {
                    path: format!("{base}.pengembangan_kompetensi[{k}].untuk_iki_id"),
                    id: iki.clone(),
                });
            }
        }
    }
    Ok(())
}
