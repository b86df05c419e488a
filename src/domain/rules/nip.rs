//! The NIP check: 18 digits = birth date (yyyymmdd), appointment (yyyymm), sex (1/2), serial
//! (3 digits) (PP 11/2017 / BKN NIP layout; assumption `nip-plausibel` for the bounds).
//!
//! An NI PPPK has 18 digits too, but digits 13–14 are not a month (a public example,
//! 199312282025212001, has "21" there). No source for its layout is in the reference yet: the
//! app reads birth date, year of appointment, sex and serial as in a NIP and leaves digits
//! 13–14 unchecked (assumption `ni-pppk`, unverified).

use chrono::NaiveDate;

use crate::domain::assumptions::{NIP_PLAUSIBEL, NI_PPPK};
use crate::domain::model::JenisPegawai;

/// Assumptions this module depends on.
pub const ASUMSI: &[&str] = &[NIP_PLAUSIBEL, NI_PPPK];

/// The parts of a valid NIP.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Nip {
    /// Date of birth.
    pub tanggal_lahir: NaiveDate,
    /// Year of appointment (TMT CPNS).
    pub tahun_pengangkatan: i32,
    /// Month of appointment (a NIP has it; an NI PPPK, as read here, does not).
    pub bulan_pengangkatan: Option<u32>,
    /// True for a woman (digit 2), false for a man (digit 1).
    pub perempuan: bool,
    /// Serial number, 1–999.
    pub nomor_urut: u32,
}

/// Why a NIP is not valid.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NipError {
    /// Not 18 characters long (spaces are ignored).
    PanjangSalah(usize),
    /// Contains something other than digits.
    BukanAngka,
    /// Digits 1–8 are not a real date or the year is implausible.
    TanggalLahir,
    /// Digits 9–14 are not a plausible year and month.
    Pengangkatan,
    /// Appointed less than 17 years after birth.
    TerlaluMuda,
    /// Digit 15 is not 1 or 2.
    JenisKelamin,
    /// Digits 16–18 are 000.
    NomorUrut,
}

fn angka(s: &str) -> u32 {
    s.bytes().fold(0, |n, b| n * 10 + u32::from(b - b'0'))
}

/// Checks the number of an ASN of kind `jenis`: a NIP for a PNS, an NI PPPK for a PPPK.
pub fn periksa_nomor(nomor: &str, jenis: JenisPegawai) -> Result<Nip, NipError> {
    match jenis {
        JenisPegawai::Pns => periksa_nip(nomor),
        JenisPegawai::Pppk => periksa_ni_pppk(nomor),
    }
}

/// Checks a NIP; spaces (as printed, "19920315 201903 2 011") are ignored.
pub fn periksa_nip(nip: &str) -> Result<Nip, NipError> {
    periksa(nip, true)
}

/// Checks an NI PPPK as the module documentation says (digits 13–14 unchecked).
pub fn periksa_ni_pppk(nomor: &str) -> Result<Nip, NipError> {
    periksa(nomor, false)
}

fn periksa(nip: &str, dengan_bulan: bool) -> Result<Nip, NipError> {
    let digits: String = nip.chars().filter(|c| !c.is_whitespace()).collect();
    let len = digits.chars().count();
    if len != 18 {
        return Err(NipError::PanjangSalah(len));
    }
    if !digits.bytes().all(|b| b.is_ascii_digit()) {
        return Err(NipError::BukanAngka);
    }
    // All 18 characters are ASCII digits, so byte slicing is on char boundaries.
    let tahun_lahir = angka(&digits[0..4]) as i32;
    let tanggal_lahir =
        NaiveDate::from_ymd_opt(tahun_lahir, angka(&digits[4..6]), angka(&digits[6..8]))
            .filter(|_| (1930..=2100).contains(&tahun_lahir))
            .ok_or(NipError::TanggalLahir)?;
    let tahun_pengangkatan = angka(&digits[8..12]) as i32;
    let bulan_pengangkatan = dengan_bulan.then(|| angka(&digits[12..14]));
    if bulan_pengangkatan.is_some_and(|b| !(1..=12).contains(&b))
        || !(1940..=2150).contains(&tahun_pengangkatan)
    {
        return Err(NipError::Pengangkatan);
    }
    // Without a month, the latest month of the year of appointment.
    let bulan_lahir = tahun_lahir * 12 + angka(&digits[4..6]) as i32;
    let diangkat = tahun_pengangkatan * 12 + bulan_pengangkatan.unwrap_or(12) as i32;
    if diangkat - bulan_lahir < 17 * 12 {
        return Err(NipError::TerlaluMuda);
    }
    let perempuan = match &digits[14..15] {
        "1" => false,
        "2" => true,
        _ => return Err(NipError::JenisKelamin),
    };
    let nomor_urut = angka(&digits[15..18]);
    if nomor_urut == 0 {
        return Err(NipError::NomorUrut);
    }
    Ok(Nip {
        tanggal_lahir,
        tahun_pengangkatan,
        bulan_pengangkatan,
        perempuan,
        nomor_urut,
    })
}
