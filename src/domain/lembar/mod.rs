//! The leader's feedback slip (lembar umpan balik): how a Pejabat Penilai Kinerja reviews a
//! subordinate's SKP by file. The leader receives the SKP file, writes their part in their own
//! copy of it (umpan balik, dialog kinerja, bimbingan kinerja, their ratings, the decision on
//! the plan: [`crate::domain::operasi`]'s review operations), and hands back only that part as
//! this small file. The pegawai takes it in: [`pratinjau`] lists exactly what it adds or
//! updates, [`terapkan`] does that and nothing else, and the same slip taken twice adds nothing.
//!
//! Who writes what decides everything here: the leader-owned parts of an SKP (see
//! [`tanpa_tulisan_pimpinan`]) travel in the slip; everything else is the pegawai's and is
//! never touched by it. The slip names the SKP it answers and carries a fingerprint
//! ([`sidik`]) of the pegawai's own content as the leader saw it, so a slip for another SKP,
//! or for a version that has changed since, says so.
//!
//! Its own file format (`skp-mandiri/lembar-umpan-balik`, see docs/format.md) in the common
//! envelope, read as strictly as an SKP file: the SKP import refuses a slip and
//! [`import_lembar`] refuses an SKP, a backup or a case pack, each saying what the file is.

mod pratinjau;
mod sidik;
mod terapkan;

pub use pratinjau::{Arah, Butir, Kecocokan, Pratinjau};
pub use sidik::{hanya_tulisan_pimpinan_berbeda, perubahan_pegawai, sidik, tanpa_tulisan_pimpinan};
pub use terapkan::{bawa_tulisan_pimpinan, periksa_kecocokan, pratinjau, terapkan};

use std::collections::HashSet;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::domain::file::{
    self, bimbingan_sah, persetujuan_sah, read_envelope, tanggal_opsional_sah, tanggal_sah,
    teks_dari_bytes, FileError, JenisBerkas, Problem, MAX_PERIODE_KE,
};
use crate::domain::model::{
    CatatanBimbingan, CatatanDialog, Identitas, JenisPeriodeEvaluasi, Periode, PersetujuanRencana,
    RatingOleh, Skp, UmpanBalikPerilaku, UmpanBalikRhk,
};
use crate::domain::operasi::ditulis_pimpinan;

/// `format` of a feedback slip file.
pub const FORMAT_LEMBAR: &str = "skp-mandiri/lembar-umpan-balik";
/// The slip format's version this app writes (and the newest it reads).
pub const VERSI_LEMBAR: u32 = 1;

/// A feedback slip: what one Pejabat Penilai Kinerja wrote in their copy of one SKP.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LembarUmpanBalik {
    /// Stable id of this slip.
    pub id: String,
    /// The SKP it answers.
    pub skp_id: String,
    /// [`sidik`] of the pegawai's own content in the version the leader reviewed.
    pub sidik: String,
    /// Whose SKP, as the leader's copy named them (to show before the SKP is found).
    #[serde(default)]
    pub pegawai: Identitas,
    /// Who wrote the slip: the SKP's Pejabat Penilai Kinerja.
    #[serde(default)]
    pub pejabat_penilai: Identitas,
    /// The SKP's period.
    pub periode: Periode,
    /// How often the SKP was evaluated when the leader wrote: period numbers mean months,
    /// quarters or halves by it, so a slip is never taken into periods of another kind.
    pub periode_evaluasi: JenisPeriodeEvaluasi,
    /// When the slip was made.
    pub ditulis: NaiveDate,
    /// What the leader wrote per evaluation period; periods without any are left out.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub evaluasi: Vec<UmpanBalikPeriode>,
    /// The leader's annual rating and notes, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tahunan: Option<PenilaianPimpinan>,
    /// The leader's decision on the plan, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub persetujuan: Option<PersetujuanRencana>,
}

/// What the leader wrote for one evaluation period. Empty parts are not written.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct UmpanBalikPeriode {
    /// Which period, 1-based.
    pub periode_ke: u32,
    /// Umpan balik berkelanjutan per RHK.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub umpan_balik_rhk: Vec<UmpanBalikRhk>,
    /// Umpan balik per BerAKHLAK value.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub umpan_balik_perilaku: Vec<UmpanBalikPerilaku>,
    /// Notes of the dialog kinerja.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub dialog_kinerja: Vec<CatatanDialog>,
    /// The leader's two ratings of the period.
    #[serde(default, skip_serializing_if = "kosong")]
    pub rating: RatingOleh,
    /// Bimbingan kinerja sessions, without the pegawai's answers (a slip holds none).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub bimbingan: Vec<CatatanBimbingan>,
}

impl UmpanBalikPeriode {
    /// Whether the leader wrote nothing for the period.
    pub fn kosong(&self) -> bool {
        self.umpan_balik_rhk.is_empty()
            && self.umpan_balik_perilaku.is_empty()
            && self.dialog_kinerja.is_empty()
            && kosong(&self.rating)
            && self.bimbingan.is_empty()
    }
}

/// The leader's part of the annual evaluation.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PenilaianPimpinan {
    /// The leader's two annual ratings.
    #[serde(default, skip_serializing_if = "kosong")]
    pub rating: RatingOleh,
    /// The appraiser's notes on the year.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub catatan: String,
}

/// Whether a value is its type's empty one (`RatingOleh` never given).
fn kosong<T: Default + PartialEq>(nilai: &T) -> bool {
    *nilai == T::default()
}

/// The slip of what the leader wrote in `tinjauan`, their review copy of an SKP: every
/// leader-owned item (see [`tanpa_tulisan_pimpinan`]), periods in order, periods with nothing
/// left out; a bimbingan goes without the pegawai's answers. `sidik_dilihat` is the [`sidik`]
/// of the version the leader reviewed (the same as `sidik(tinjauan)` when the review copy is
/// that version with only the leader's writing added), `id` a fresh id from the caller.
pub fn buat_lembar(
    tinjauan: &Skp,
    sidik_dilihat: &str,
    ditulis: NaiveDate,
    id: String,
) -> LembarUmpanBalik {
    let mut evaluasi: Vec<UmpanBalikPeriode> = tinjauan
        .evaluasi
        .iter()
        .map(|ev| UmpanBalikPeriode {
            periode_ke: ev.periode_ke,
            umpan_balik_rhk: milik_pimpinan(&ev.umpan_balik_rhk, |u| &u.id),
            umpan_balik_perilaku: milik_pimpinan(&ev.umpan_balik_perilaku, |u| &u.id),
            dialog_kinerja: milik_pimpinan(&ev.dialog_kinerja, |d| &d.id),
            rating: ev.rating.pejabat_penilai.clone(),
            bimbingan: ev
                .bimbingan
                .iter()
                .filter(|b| ditulis_pimpinan(&b.id))
                .map(|b| CatatanBimbingan {
                    tanggapan: Vec::new(),
                    ..b.clone()
                })
                .collect(),
        })
        .filter(|p| !p.kosong())
        .collect();
    evaluasi.sort_by_key(|p| p.periode_ke);
    let tahun = &tinjauan.penilaian_tahunan;
    let tahunan = PenilaianPimpinan {
        rating: tahun.rating.pejabat_penilai.clone(),
        catatan: tahun.catatan.clone(),
    };
    LembarUmpanBalik {
        id,
        skp_id: tinjauan.id.clone(),
        sidik: sidik_dilihat.to_owned(),
        pegawai: tinjauan.pegawai.clone(),
        pejabat_penilai: tinjauan.pejabat_penilai.clone(),
        periode: tinjauan.periode,
        periode_evaluasi: tinjauan.periode_evaluasi,
        ditulis,
        evaluasi,
        tahunan: (!kosong(&tahunan.rating) || !tahunan.catatan.is_empty()).then_some(tahunan),
        persetujuan: tinjauan.persetujuan.clone(),
    }
}

/// The items of `list` the leader wrote: notes the pegawai recorded in their own copy stay
/// theirs and are not sent back (a slip would otherwise undo the pegawai's later edits).
fn milik_pimpinan<T: Clone>(list: &[T], id: impl Fn(&T) -> &String) -> Vec<T> {
    list.iter()
        .filter(|x| ditulis_pimpinan(id(x)))
        .cloned()
        .collect()
}

/// The file name of a slip: `umpan-balik_<pegawai>_<year of the SKP>_<day written>.json`, the
/// name in safe characters ([`slug`]), left out when empty.
pub fn nama_berkas_lembar(l: &LembarUmpanBalik) -> String {
    let mut bagian = vec!["umpan-balik".to_owned()];
    let nama = slug(&l.pegawai.nama);
    if !nama.is_empty() {
        bagian.push(nama);
    }
    bagian.push(l.periode.mulai.format("%Y").to_string());
    bagian.push(l.ditulis.format("%Y-%m-%d").to_string());
    format!("{}.json", bagian.join("_"))
}

/// A text in characters every file system takes: ASCII letters and digits, every other run
/// of characters one `-`, at most 60 characters (the rule of the SKP file names).
pub fn slug(teks: &str) -> String {
    let mut out = String::new();
    for c in teks.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c);
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
    }
    out.trim_end_matches('-').chars().take(60).collect()
}

/// Writes a slip as pretty JSON in the common envelope (`format`, `version`, `app`,
/// `written_at`, `data`; no summary). Same slip and timestamp give the same bytes.
pub fn export_lembar(l: &LembarUmpanBalik, written_at: &str) -> String {
    file::write_pretty(JenisBerkas::LembarUmpanBalik, written_at, l)
}

/// Reads a slip from a file's bytes: size, encoding, then [`import_lembar`].
pub fn import_lembar_bytes(bytes: &[u8]) -> Result<LembarUmpanBalik, FileError> {
    import_lembar(&teks_dari_bytes(bytes)?)
}

/// Reads a slip with the checks of an SKP file (size, JSON, envelope, version, lengths,
/// unknown fields refused with their path). An SKP, a backup or a case pack is refused as
/// [`FileError::WrongKind`], any other format as [`FileError::OtherFormatNotSlip`].
///
/// Beyond that: every date's year lies in the years an SKP holds; the period does not end
/// before it starts; each evaluation period appears once and lies in 1..=12; ids are unique
/// within each list of a period (bimbingan across the slip); at most one note per RHK on the
/// plan; a bimbingan carries no answers (those are the pegawai's). Whether the RHK and the
/// periods exist is the SKP's to say: [`pratinjau`] lists what it cannot take.
pub fn import_lembar(text: &str) -> Result<LembarUmpanBalik, FileError> {
    let (_, data, _) = read_envelope(
        text,
        &[JenisBerkas::LembarUmpanBalik],
        JenisBerkas::LembarUmpanBalik,
    )?;
    let lembar: LembarUmpanBalik = file::parse(&data)?;
    periksa(&lembar)?;
    Ok(lembar)
}

fn unik<'a>(
    dilihat: &mut HashSet<&'a str>,
    id: &'a str,
    path: impl FnOnce() -> String,
) -> Result<(), FileError> {
    if dilihat.insert(id) {
        Ok(())
    } else {
        Err(FileError::DuplicateId {
            path: path(),
            id: id.to_owned(),
        })
    }
}

/// An item of a slip must be one the leader made: taking a pegawai's own note by its id
/// would write over what the pegawai recorded.
fn milik_pimpinan_sah(id: &str, path: impl FnOnce() -> String) -> Result<(), FileError> {
    if ditulis_pimpinan(id) {
        Ok(())
    } else {
        Err(FileError::Invalid {
            path: path(),
            problem: Problem::NotTheLeaders,
        })
    }
}

/// The checks after parsing (see [`import_lembar`]).
fn periksa(l: &LembarUmpanBalik) -> Result<(), FileError> {
    tanggal_sah(l.ditulis, || "data.ditulis".into())?;
    tanggal_sah(l.periode.mulai, || "data.periode.mulai".into())?;
    tanggal_sah(l.periode.selesai, || "data.periode.selesai".into())?;
    if l.periode.selesai < l.periode.mulai {
        return Err(FileError::Invalid {
            path: "data.periode".into(),
            problem: Problem::EndsBeforeStart {
                mulai: l.periode.mulai.to_string(),
                selesai: l.periode.selesai.to_string(),
            },
        });
    }
    let mut periode = HashSet::new();
    let mut bimbingan_ids = HashSet::new();
    for (e, p) in l.evaluasi.iter().enumerate() {
        let base = format!("data.evaluasi[{e}]");
        if !(1..=MAX_PERIODE_KE).contains(&p.periode_ke) {
            return Err(FileError::Invalid {
                path: format!("{base}.periode_ke"),
                problem: Problem::OutOfRange {
                    found: p.periode_ke.to_string(),
                    min: 1,
                    max: MAX_PERIODE_KE,
                },
            });
        }
        if !periode.insert(p.periode_ke) {
            return Err(FileError::DuplicateId {
                path: format!("{base}.periode_ke"),
                id: p.periode_ke.to_string(),
            });
        }
        let mut ids = HashSet::new();
        for (i, u) in p.umpan_balik_rhk.iter().enumerate() {
            let path = format!("{base}.umpan_balik_rhk[{i}]");
            milik_pimpinan_sah(&u.id, || format!("{path}.id"))?;
            unik(&mut ids, &u.id, || format!("{path}.id"))?;
            tanggal_opsional_sah(u.tanggal, || format!("{path}.tanggal"))?;
        }
        let mut ids = HashSet::new();
        for (i, u) in p.umpan_balik_perilaku.iter().enumerate() {
            let path = format!("{base}.umpan_balik_perilaku[{i}]");
            milik_pimpinan_sah(&u.id, || format!("{path}.id"))?;
            unik(&mut ids, &u.id, || format!("{path}.id"))?;
            tanggal_opsional_sah(u.tanggal, || format!("{path}.tanggal"))?;
        }
        let mut ids = HashSet::new();
        for (i, d) in p.dialog_kinerja.iter().enumerate() {
            let path = format!("{base}.dialog_kinerja[{i}]");
            milik_pimpinan_sah(&d.id, || format!("{path}.id"))?;
            unik(&mut ids, &d.id, || format!("{path}.id"))?;
            tanggal_opsional_sah(d.tanggal, || format!("{path}.tanggal"))?;
        }
        tanggal_opsional_sah(p.rating.tanggal, || format!("{base}.rating.tanggal"))?;
        for (i, b) in p.bimbingan.iter().enumerate() {
            let path = format!("{base}.bimbingan[{i}]");
            milik_pimpinan_sah(&b.id, || format!("{path}.id"))?;
            unik(&mut bimbingan_ids, &b.id, || format!("{path}.id"))?;
            if !b.tanggapan.is_empty() {
                // The answers are the pegawai's: a slip that carries some was not written by
                // this app, and taking them would overwrite what the pegawai said.
                return Err(FileError::Invalid {
                    path: format!("{path}.tanggapan"),
                    problem: Problem::NotTheLeaders,
                });
            }
            bimbingan_sah(b, &path)?;
        }
    }
    if let Some(t) = &l.tahunan {
        tanggal_opsional_sah(t.rating.tanggal, || "data.tahunan.rating.tanggal".into())?;
    }
    if let Some(p) = &l.persetujuan {
        persetujuan_sah(p, None, "data.persetujuan")?;
    }
    Ok(())
}

#[cfg(test)]
mod tests;
