//! The workshop case pack (paket kasus): what a LAN trainer hands to participants. It holds a
//! fictional agency and period, the unit's capaian kinerja organisasi, one or more leaders'
//! SKPs to cascade from, and optionally an SKP to start from. A participant opens it and gets
//! a practice SKP ([`mulai_latihan`]); what they hand back is the ordinary SKP file.
//!
//! The pack is its own file format (`skp-mandiri/paket-kasus`, see docs/format.md) with the
//! same envelope and the same checks as an SKP file: the ordinary import refuses a pack, and
//! [`import_paket`] refuses an SKP or a backup, each with a message that says what the file is.

mod latihan;

pub use latihan::{atur_ulang_latihan, mulai_latihan};

use std::collections::HashSet;

use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::domain::file::{
    self, migrate_skp, read_envelope, tanggal_sah, teks_dari_bytes, validate_skp, FileError,
    JenisBerkas, Problem, MAX_PERIODE_KE,
};
use crate::domain::model::{JenisPeriodeEvaluasi, KinerjaOrganisasi, Periode, Skp};
use crate::domain::rules::periode::periode_evaluasi;
use crate::domain::rules::pimpinan::rentang_bertemu;

/// `format` of a case pack file.
pub const FORMAT_PAKET: &str = "skp-mandiri/paket-kasus";
/// The newest case pack format's version this app reads and writes. A pack is written in the
/// lowest version that holds its SKPs ([`versi_paket`]).
pub const VERSI_PAKET: u32 = 2;

/// The SKP data version of the SKPs inside a pack of each version: `[0]` is pack version 1.
/// The SKPs inside are migrated from it like those of an SKP file, so when the SKP format
/// changes, the pack version rises with a new entry here and older packs still open. An SKP
/// without `latihan` is version 3 data and version 4 data alike, so a pack of real SKPs
/// (the usual) reads as version 4 unchanged; one without the leader's `persetujuan` or a
/// `bimbingan` is version 4 and version 5 data alike.
const VERSI_SKP_DALAM_PAKET: [u32; VERSI_PAKET as usize] = [4, 5];

/// The version a pack is written in: the lowest whose SKP data holds its SKPs (see
/// [`file::versi_skp`]), so a pack of SKPs the version 1 app reads stays version 1.
pub fn versi_paket(paket: &PaketKasus) -> u32 {
    let perlu = file::versi_skp(paket.pimpinan.iter().chain(paket.skp_awal.as_ref()));
    VERSI_SKP_DALAM_PAKET
        .iter()
        .position(|&v| v >= perlu)
        .map_or(VERSI_PAKET, |i| i as u32 + 1)
}

/// A workshop case pack (paket kasus latihan).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PaketKasus {
    /// Stable id: every practice SKP started from the pack names it.
    pub id: String,
    /// The title participants see.
    #[serde(default)]
    pub judul: String,
    /// Instructions for participants: plain text, paragraphs separated by a blank line.
    #[serde(default)]
    pub petunjuk: String,
    /// The (fictional) agency of the case.
    #[serde(default)]
    pub instansi: String,
    /// The SKP period of the case.
    pub periode: Periode,
    /// How often the periodic evaluation is held in the case.
    #[serde(default)]
    pub periode_evaluasi: JenisPeriodeEvaluasi,
    /// The unit's capaian kinerja organisasi for the year (SE MenPANRB 3/2023).
    #[serde(default)]
    pub kinerja_organisasi: KinerjaOrganisasi,
    /// The leaders' SKPs participants cascade from, at least one. Their ids stay as written:
    /// a participant's RHK cites a leader RHK by `{skp_id, rhk_id}`.
    pub pimpinan: Vec<Skp>,
    /// An SKP participants start from (identity filled in, perhaps a lampiran), if any.
    #[serde(default)]
    pub skp_awal: Option<Skp>,
}

impl PaketKasus {
    /// The first leader's SKP: the practice SKP's pejabat penilai by default.
    pub fn pimpinan_utama(&self) -> Option<&Skp> {
        self.pimpinan.first()
    }
}

/// Whether `skp` can be the starting SKP of a pack led by `pimpinan`: the same case, so the
/// same period and kind of evaluation period.
pub fn cocok_sebagai_awal(pimpinan: &Skp, skp: &Skp) -> bool {
    skp.id != pimpinan.id
        && skp.periode == pimpinan.periode
        && skp.periode_evaluasi == pimpinan.periode_evaluasi
}

/// What a trainer gives to make a pack; the agency and the period are the first leader's.
pub struct BahanPaket {
    pub id: String,
    pub judul: String,
    pub petunjuk: String,
    pub kinerja_organisasi: KinerjaOrganisasi,
    pub pimpinan: Vec<Skp>,
    pub skp_awal: Option<Skp>,
}

/// Makes a pack from the trainer's choices, with the checks a pack file gets on import (so
/// what the app writes, it reads): `None` without a leader or with a starting SKP of
/// another case (see [`cocok_sebagai_awal`]).
pub fn buat_paket(bahan: BahanPaket) -> Option<PaketKasus> {
    let utama = bahan.pimpinan.first()?;
    if let Some(awal) = &bahan.skp_awal {
        if !cocok_sebagai_awal(utama, awal) {
            return None;
        }
    }
    let paket = PaketKasus {
        id: bahan.id,
        judul: bahan.judul,
        petunjuk: bahan.petunjuk,
        instansi: utama.instansi.clone(),
        periode: utama.periode,
        periode_evaluasi: utama.periode_evaluasi,
        kinerja_organisasi: bahan.kinerja_organisasi,
        pimpinan: bahan.pimpinan,
        skp_awal: bahan.skp_awal,
    };
    periksa(&paket).ok()?;
    Some(paket)
}

/// Writes a case pack as pretty JSON in the common envelope (`format`, `version`, `app`,
/// `written_at`, `data`; no summary), in [`versi_paket`]. Same pack and timestamp give the
/// same bytes.
pub fn export_paket(paket: &PaketKasus, written_at: &str) -> String {
    file::write_pretty_versi(
        JenisBerkas::PaketKasus,
        versi_paket(paket),
        written_at,
        paket,
    )
}

/// Reads a case pack from a file's bytes: size, encoding, then [`import_paket`].
pub fn import_paket_bytes(bytes: &[u8]) -> Result<PaketKasus, FileError> {
    import_paket(&teks_dari_bytes(bytes)?)
}

/// Reads a case pack with the checks of an SKP file (size, JSON, envelope, version, lengths,
/// unknown fields refused with their path), then checks every SKP in it as an SKP file is
/// checked, at `data.pimpinan[i]` and `data.skp_awal`. An SKP file or a backup is refused as
/// [`FileError::WrongKind`], any other format as [`FileError::OtherFormatNotPack`].
///
/// Beyond that: the pack's period starts no later than it ends and holds at most
/// [`MAX_PERIODE_KE`] evaluation periods of its kind (an evaluation past that could not be
/// stored in the practice SKP); at least one leader's SKP, each with a period that overlaps the
/// pack's (a leader of another year is not this case's); the SKPs' ids are unique in the pack
/// (a participant's RHK cites a leader by SKP id); a starting SKP has the pack's period and
/// kind of evaluation period (it is the same case).
pub fn import_paket(text: &str) -> Result<PaketKasus, FileError> {
    let (_, mut data, version) =
        read_envelope(text, &[JenisBerkas::PaketKasus], JenisBerkas::PaketKasus)?;
    // `read_envelope` keeps `version` within 1..=VERSI_PAKET.
    let versi_skp = VERSI_SKP_DALAM_PAKET[version as usize - 1];
    if let Some(Value::Array(pimpinan)) = data.get_mut("pimpinan") {
        for skp in pimpinan.iter_mut() {
            migrate_skp(skp, versi_skp);
        }
    }
    if let Some(awal) = data.get_mut("skp_awal") {
        migrate_skp(awal, versi_skp);
    }
    let paket: PaketKasus = file::parse(&data)?;
    periksa(&paket)?;
    Ok(paket)
}

/// The checks after parsing (see [`import_paket`]).
fn periksa(paket: &PaketKasus) -> Result<(), FileError> {
    tanggal_sah(paket.periode.mulai, || "data.periode.mulai".into())?;
    tanggal_sah(paket.periode.selesai, || "data.periode.selesai".into())?;
    if paket.periode.selesai < paket.periode.mulai {
        return Err(FileError::Invalid {
            path: "data.periode".into(),
            problem: Problem::EndsBeforeStart {
                mulai: paket.periode.mulai.to_string(),
                selesai: paket.periode.selesai.to_string(),
            },
        });
    }
    let jumlah_periode = periode_evaluasi(&paket.periode, paket.periode_evaluasi).len();
    if jumlah_periode > MAX_PERIODE_KE as usize {
        return Err(FileError::Invalid {
            path: "data.periode".into(),
            problem: Problem::TooManyPeriods {
                found: jumlah_periode,
                max: MAX_PERIODE_KE,
            },
        });
    }
    if paket.pimpinan.is_empty() {
        return Err(FileError::Invalid {
            path: "data.pimpinan".into(),
            problem: Problem::TooFewLeaders { len: 0, min: 1 },
        });
    }
    let mut ids = HashSet::new();
    for (i, skp) in paket.pimpinan.iter().enumerate() {
        let base = format!("data.pimpinan[{i}]");
        validate_skp(skp, &base)?;
        if !rentang_bertemu(&skp.periode, &paket.periode) {
            return Err(FileError::Invalid {
                path: format!("{base}.periode"),
                problem: Problem::NoOverlapWith("data.periode".into()),
            });
        }
        if !ids.insert(skp.id.as_str()) {
            return Err(FileError::DuplicateId {
                path: format!("{base}.id"),
                id: skp.id.clone(),
            });
        }
    }
    if let Some(awal) = &paket.skp_awal {
        validate_skp(awal, "data.skp_awal")?;
        if ids.contains(awal.id.as_str()) {
            return Err(FileError::DuplicateId {
                path: "data.skp_awal.id".into(),
                id: awal.id.clone(),
            });
        }
        if awal.periode != paket.periode {
            return Err(FileError::Invalid {
                path: "data.skp_awal.periode".into(),
                problem: Problem::NotSameAs("data.periode".into()),
            });
        }
        if awal.periode_evaluasi != paket.periode_evaluasi {
            return Err(FileError::Invalid {
                path: "data.skp_awal.periode_evaluasi".into(),
                problem: Problem::NotSameAs("data.periode_evaluasi".into()),
            });
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests;
