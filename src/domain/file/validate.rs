//! Checks after parsing: ids are unique, references point at existing items, dates lie in
//! the years an SKP can hold.

use std::collections::HashSet;

use chrono::{Datelike, NaiveDate};

use super::error::{FileError, Problem};
use crate::domain::model::{RatingPeriode, Skp};

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

fn tanggal_opsional_sah(
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

/// Ids of RHK, IKI (across the SKP), evaluations and activities are unique; each
/// evaluation period appears once and lies in 1..=12 (as does the period of a rencana aksi);
/// realisasi, umpan balik and activities refer to existing IKI and RHK; every date's year lies
/// in [`Skp::TAHUN_MIN`]..=[`Skp::TAHUN_MAX`]. `base` is the JSON path of the SKP (`data` or
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
