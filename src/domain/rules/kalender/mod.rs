//! The deadline calendar of an SKP: the dates that matter (end of each evaluation period, the
//! annual assessment, the keberatan deadline, planned development activities), each with a
//! reminder some days before, and their iCalendar text ([`ics`]) for the person's own
//! calendar. Sources: PermenPANRB 6/2022 (evaluasi periodik and tahunan [S21][S24]),
//! PP 30/2019 Ps 59 (keberatan [S10][S6]); assumptions `periode-kalender`, `keberatan-hari`,
//! `penilaian-tahunan-tanggal`.
//!
//! The domain gives structured data ([`DataJudul`]), never sentences: the UI words a deadline
//! in the person's language and hands that wording to [`ics`].

mod ics;

pub use ics::{ics, nama_berkas_ics, ZonaWaktu};

use chrono::{Days, NaiveDate};

use super::keberatan::batas_keberatan;
use super::periode::PeriodeEvaluasi;
use crate::domain::assumptions::{KEBERATAN_HARI, PENILAIAN_TAHUNAN_TANGGAL, PERIODE_KALENDER};
use crate::domain::model::{BentukPengembangan, KegiatanPengembangan, Periode, Skp};

/// Assumptions this module depends on.
pub const ASUMSI: &[&str] = &[PERIODE_KALENDER, KEBERATAN_HARI, PENILAIAN_TAHUNAN_TANGGAL];

/// The domain part of every UID: the events are this app's, whatever the SKP id looks like.
pub const DOMAIN_UID: &str = "skp-mandiri";

/// What a deadline is about, in the order deadlines of one day are listed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum JenisTenggat {
    /// A planned development activity starts.
    Pengembangan,
    /// An evaluation period ends (evaluasi kinerja periodik).
    AkhirPeriode,
    /// The annual assessment (evaluasi kinerja tahunan).
    PenilaianTahunan,
    /// The last day to submit a keberatan.
    BatasKeberatan,
}

impl JenisTenggat {
    /// The word of this kind in a UID (never changes once published: calendars match on it).
    pub fn kode(self) -> &'static str {
        match self {
            JenisTenggat::Pengembangan => "pengembangan",
            JenisTenggat::AkhirPeriode => "akhir-periode",
            JenisTenggat::PenilaianTahunan => "penilaian-tahunan",
            JenisTenggat::BatasKeberatan => "batas-keberatan",
        }
    }
}

/// What the UI needs to word a deadline: the item it belongs to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DataJudul {
    /// The end of this evaluation period (its number, kind, first and last day).
    AkhirPeriode(PeriodeEvaluasi),
    /// The annual assessment of this SKP period.
    PenilaianTahunan(Periode),
    /// The keberatan deadline of the result received on `diterima`; `diajukan` once it was
    /// submitted.
    BatasKeberatan {
        diterima: NaiveDate,
        diajukan: Option<NaiveDate>,
    },
    /// A development activity: its id and what the person typed.
    Pengembangan {
        kegiatan_id: String,
        nama: String,
        bentuk: BentukPengembangan,
        selesai: Option<NaiveDate>,
    },
}

impl DataJudul {
    /// The kind of deadline this item gives.
    pub fn jenis(&self) -> JenisTenggat {
        match self {
            DataJudul::AkhirPeriode(_) => JenisTenggat::AkhirPeriode,
            DataJudul::PenilaianTahunan(_) => JenisTenggat::PenilaianTahunan,
            DataJudul::BatasKeberatan { .. } => JenisTenggat::BatasKeberatan,
            DataJudul::Pengembangan { .. } => JenisTenggat::Pengembangan,
        }
    }
}

/// One date that matters for the SKP.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Tenggat {
    /// Stable iCalendar UID: the SKP id, the kind and the item's own id or period number,
    /// never a date or a position, so a second download updates the same events.
    pub uid: String,
    /// What kind of deadline.
    pub jenis: JenisTenggat,
    /// The day itself.
    pub tanggal: NaiveDate,
    /// The day to be reminded, if there is one still ahead.
    pub pengingat: Option<NaiveDate>,
    /// The item, for the UI to word.
    pub judul_data: DataJudul,
}

/// The dates that matter for `skp`, sorted by date (then kind, then UID):
/// - the last day of each evaluation period ([`Skp::daftar_periode_evaluasi`]);
/// - the annual assessment on the last day of the SKP period (no date in the regulation:
///   `penilaian-tahunan-tanggal`);
/// - once a result is received, the keberatan deadline of [`batas_keberatan`];
/// - each development activity with a date whose JP earned is not yet recorded, on its first
///   day (its last day when only that is known).
///
/// The reminder is `pengingat_hari` days before (0: on the day itself), never before the item
/// begins (the period's first day, the SKP's first day, the day the result was received), and
/// left out when it would fall before `hari_ini` or, for a keberatan already submitted, when
/// there is nothing left to remind of. Past deadlines stay: the calendar is also the record.
pub fn tenggat(skp: &Skp, hari_ini: NaiveDate, pengingat_hari: u32) -> Vec<Tenggat> {
    let pengingat = |tanggal: NaiveDate, awal: Option<NaiveDate>| {
        let hari = tanggal
            .checked_sub_days(Days::new(pengingat_hari.into()))
            .unwrap_or(NaiveDate::MIN);
        let hari = awal.map_or(hari, |a| hari.max(a.min(tanggal)));
        // Too close for the full lead: remind today rather than not at all.
        if hari >= hari_ini {
            Some(hari)
        } else {
            (tanggal >= hari_ini).then_some(hari_ini)
        }
    };
    let baru = |tanggal, pengingat, judul_data: DataJudul, ref_item: Option<&str>| Tenggat {
        uid: uid(&skp.id, judul_data.jenis(), ref_item),
        jenis: judul_data.jenis(),
        tanggal,
        pengingat,
        judul_data,
    };
    let mut hasil = Vec::new();
    for p in skp.daftar_periode_evaluasi() {
        hasil.push(baru(
            p.selesai,
            pengingat(p.selesai, Some(p.mulai)),
            DataJudul::AkhirPeriode(p),
            Some(&p.ke.to_string()),
        ));
    }
    let periode = skp.periode;
    if periode.mulai <= periode.selesai {
        hasil.push(baru(
            periode.selesai,
            pengingat(periode.selesai, Some(periode.mulai)),
            DataJudul::PenilaianTahunan(periode),
            None,
        ));
    }
    if let Some(k) = &skp.tindak_lanjut.keberatan {
        if let Some(batas) = batas_keberatan(k.tanggal_hasil_diterima) {
            let ingat = match k.tanggal_diajukan {
                Some(_) => None,
                None => pengingat(batas, Some(k.tanggal_hasil_diterima)),
            };
            let data = DataJudul::BatasKeberatan {
                diterima: k.tanggal_hasil_diterima,
                diajukan: k.tanggal_diajukan,
            };
            hasil.push(baru(batas, ingat, data, None));
        }
    }
    for k in skp
        .pengembangan_kompetensi
        .iter()
        .filter(|k| direncanakan(k))
    {
        let Some(hari) = k.mulai.or(k.selesai) else {
            continue;
        };
        let data = DataJudul::Pengembangan {
            kegiatan_id: k.id.clone(),
            nama: k.nama.clone(),
            bentuk: k.bentuk,
            selesai: k.selesai,
        };
        hasil.push(baru(hari, pengingat(hari, None), data, Some(&k.id)));
    }
    hasil.sort_by(|a, b| (a.tanggal, a.jenis, &a.uid).cmp(&(b.tanggal, b.jenis, &b.uid)));
    hasil
}

/// An activity still planned: its JP earned are not recorded yet (done activities are the
/// JP record's, not the calendar's).
fn direncanakan(k: &KegiatanPengembangan) -> bool {
    k.jp_diperoleh.is_none()
}

/// `<skp-id>-<kind>[-<item>]@skp-mandiri`.
fn uid(skp_id: &str, jenis: JenisTenggat, ref_item: Option<&str>) -> String {
    match ref_item {
        Some(r) => format!("{skp_id}-{}-{r}@{DOMAIN_UID}", jenis.kode()),
        None => format!("{skp_id}-{}@{DOMAIN_UID}", jenis.kode()),
    }
}

#[cfg(test)]
mod tests;
