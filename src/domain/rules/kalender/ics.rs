//! The deadlines as an iCalendar file (RFC 5545), written by hand: a few dozen lines of text
//! do not need a crate (none is vendored here, and the app must stay small). One all-day
//! VEVENT per deadline, a VALARM for its reminder, and the time zone the person chose.
//!
//! The RFC's rules this module keeps: CRLF after every line (3.1), lines folded at 75 octets
//! on a character boundary with one space before each continuation (3.1), TEXT values with
//! `\`, `;`, `,` and line breaks escaped (3.3.11), DTSTAMP in UTC (3.8.7.2), all-day events
//! as DATE values with DTEND the next day (3.6.1).

use chrono::{DateTime, Datelike, NaiveDate, TimeDelta, Utc};
use serde::{Deserialize, Serialize};

use super::Tenggat;
use crate::domain::lembar::slug;
use crate::domain::model::Skp;

/// Who wrote the file (RFC 5545 3.7.3).
pub const PRODID: &str = "-//SKP Mandiri//Kalender Tenggat SKP//ID";

/// The longest line, in octets, before it is folded (CRLF not counted).
pub const BATAS_OKTET: usize = 75;

/// The hour of the reminder day at which a calendar shows it, local time: the start of an
/// Indonesian working day (an app decision, not a rule; all-day events have no hour of
/// their own, and a reminder at midnight would go unseen).
pub const JAM_PENGINGAT: i64 = 8;

/// The three time zones of Indonesia, none with daylight saving time.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ZonaWaktu {
    /// Waktu Indonesia Barat, UTC+7 (Asia/Jakarta).
    #[default]
    Wib,
    /// Waktu Indonesia Tengah, UTC+8 (Asia/Makassar).
    Wita,
    /// Waktu Indonesia Timur, UTC+9 (Asia/Jayapura).
    Wit,
}

impl ZonaWaktu {
    /// West to east.
    pub const SEMUA: [ZonaWaktu; 3] = [ZonaWaktu::Wib, ZonaWaktu::Wita, ZonaWaktu::Wit];

    /// The IANA name, as calendars know it.
    pub fn tzid(self) -> &'static str {
        match self {
            ZonaWaktu::Wib => "Asia/Jakarta",
            ZonaWaktu::Wita => "Asia/Makassar",
            ZonaWaktu::Wit => "Asia/Jayapura",
        }
    }

    /// The usual abbreviation.
    pub fn singkatan(self) -> &'static str {
        match self {
            ZonaWaktu::Wib => "WIB",
            ZonaWaktu::Wita => "WITA",
            ZonaWaktu::Wit => "WIT",
        }
    }

    /// Hours ahead of UTC.
    pub fn selisih_jam(self) -> i32 {
        match self {
            ZonaWaktu::Wib => 7,
            ZonaWaktu::Wita => 8,
            ZonaWaktu::Wit => 9,
        }
    }

    /// The offset as a UTC-OFFSET value (`+0700`).
    fn utc_offset(self) -> String {
        format!("+{:02}00", self.selisih_jam())
    }
}

/// The calendar file of `tenggat` (from [`super::tenggat`]) for `skp`: each deadline an
/// all-day event named by `judul` (the UI's wording, in the person's language), with a
/// display alarm at [`JAM_PENGINGAT`] on its reminder day when it has one. `dibuat` is the
/// DTSTAMP of every event: a later download carries a later stamp, so a calendar that holds
/// the same UIDs takes the new one as the update.
pub fn ics(
    skp: &Skp,
    tenggat: &[Tenggat],
    judul: impl Fn(&Tenggat) -> String,
    zona: ZonaWaktu,
    dibuat: DateTime<Utc>,
) -> String {
    let mut out = Penulis::default();
    out.baris("BEGIN:VCALENDAR");
    out.baris("VERSION:2.0");
    out.baris(&format!("PRODID:{PRODID}"));
    out.baris("CALSCALE:GREGORIAN");
    out.baris("METHOD:PUBLISH");
    out.teks("X-WR-CALNAME", &nama_kalender(skp));
    out.baris(&format!("X-WR-TIMEZONE:{}", zona.tzid()));
    out.baris("BEGIN:VTIMEZONE");
    out.baris(&format!("TZID:{}", zona.tzid()));
    out.baris("BEGIN:STANDARD");
    out.baris("DTSTART:19700101T000000");
    out.baris(&format!("TZOFFSETFROM:{}", zona.utc_offset()));
    out.baris(&format!("TZOFFSETTO:{}", zona.utc_offset()));
    out.baris(&format!("TZNAME:{}", zona.singkatan()));
    out.baris("END:STANDARD");
    out.baris("END:VTIMEZONE");
    let stempel = dibuat.format("%Y%m%dT%H%M%SZ").to_string();
    for t in tenggat {
        let ringkasan = judul(t);
        out.baris("BEGIN:VEVENT");
        out.teks("UID", &t.uid);
        out.baris(&format!("DTSTAMP:{stempel}"));
        out.baris(&format!("DTSTART;VALUE=DATE:{}", tanggal(t.tanggal)));
        // Without DTEND a DATE event lasts one day anyway (3.6.1): only at the calendar's end.
        if let Some(besok) = t.tanggal.succ_opt() {
            out.baris(&format!("DTEND;VALUE=DATE:{}", tanggal(besok)));
        }
        out.teks("SUMMARY", &ringkasan);
        // A deadline is not a meeting: the day stays free.
        out.baris("TRANSP:TRANSPARENT");
        if let Some(hari) = t.pengingat {
            out.baris("BEGIN:VALARM");
            out.baris("ACTION:DISPLAY");
            out.teks("DESCRIPTION", &ringkasan);
            out.baris(&format!("TRIGGER;VALUE=DATE-TIME:{}", pemicu(hari, zona)));
            out.baris("END:VALARM");
        }
        out.baris("END:VEVENT");
    }
    out.baris("END:VCALENDAR");
    out.0
}

/// `tenggat_<pegawai>_<year of the SKP>.ics`, the name in safe characters ([`slug`]), left
/// out when empty. No day in it: the same SKP's calendar keeps its name.
pub fn nama_berkas_ics(skp: &Skp) -> String {
    let mut bagian = vec!["tenggat".to_owned()];
    let nama = slug(&skp.pegawai.nama);
    if !nama.is_empty() {
        bagian.push(nama);
    }
    bagian.push(skp.periode.mulai.format("%Y").to_string());
    format!("{}.ics", bagian.join("_"))
}

/// The calendar's name in the person's list of calendars: `SKP <year> <pegawai>`.
fn nama_kalender(skp: &Skp) -> String {
    let nama = skp.pegawai.nama.trim();
    let tahun = skp.periode.mulai.year();
    if nama.is_empty() {
        format!("SKP {tahun}")
    } else {
        format!("SKP {tahun} {nama}")
    }
}

/// A DATE value: `yyyymmdd`.
fn tanggal(d: NaiveDate) -> String {
    d.format("%Y%m%d").to_string()
}

/// The alarm's TRIGGER: the reminder day at [`JAM_PENGINGAT`] in the person's zone, as an
/// absolute UTC time (3.8.6.3, `VALUE=DATE-TIME`): an all-day event has no zone of its own,
/// so this is what makes WIB, WITA and WIT ring at their own 08:00.
fn pemicu(pengingat: NaiveDate, zona: ZonaWaktu) -> String {
    let setempat = pengingat.and_time(chrono::NaiveTime::MIN)
        + TimeDelta::hours(JAM_PENGINGAT - i64::from(zona.selisih_jam()));
    setempat.format("%Y%m%dT%H%M%SZ").to_string()
}

/// A TEXT value (3.3.11): backslash, semicolon and comma escaped, every line break (CRLF, LF
/// or CR) as `\n`, other control characters (not allowed in TEXT) left out.
pub(super) fn escape_teks(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\r' => {
                chars.next_if_eq(&'\n');
                out.push_str("\\n");
            }
            '\n' => out.push_str("\\n"),
            '\t' => out.push('\t'),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// The text being written, one content line at a time.
#[derive(Default)]
struct Penulis(String);

impl Penulis {
    /// A content line as given, folded and ended with CRLF.
    fn baris(&mut self, baris: &str) {
        lipat(baris, &mut self.0);
    }

    /// A property with a TEXT value.
    fn teks(&mut self, nama: &str, nilai: &str) {
        self.baris(&format!("{nama}:{}", escape_teks(nilai)));
    }
}

/// Writes `baris` folded (3.1): no line longer than [`BATAS_OKTET`] octets, a break only
/// between two characters (never inside a UTF-8 sequence), each continuation starting with
/// one space, which counts in its line.
fn lipat(baris: &str, out: &mut String) {
    let mut panjang = 0;
    for c in baris.chars() {
        let n = c.len_utf8();
        if panjang + n > BATAS_OKTET {
            out.push_str("\r\n ");
            panjang = 1;
        }
        out.push(c);
        panjang += n;
    }
    out.push_str("\r\n");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_reminder_rings_at_eight_in_the_chosen_zone() {
        let d = NaiveDate::from_ymd_opt(2025, 3, 24).unwrap();
        assert_eq!(pemicu(d, ZonaWaktu::Wib), "20250324T010000Z");
        assert_eq!(pemicu(d, ZonaWaktu::Wita), "20250324T000000Z");
        assert_eq!(pemicu(d, ZonaWaktu::Wit), "20250323T230000Z");
    }

    #[test]
    fn a_line_of_exactly_75_octets_is_not_folded_and_76_is() {
        let mut out = String::new();
        lipat(&"a".repeat(75), &mut out);
        assert_eq!(out, format!("{}\r\n", "a".repeat(75)));
        out.clear();
        lipat(&"a".repeat(76), &mut out);
        assert_eq!(out, format!("{}\r\n a\r\n", "a".repeat(75)));
    }

    #[test]
    fn control_characters_are_left_out_and_every_line_break_is_one_escape() {
        assert_eq!(escape_teks("a\r\nb\rc\nd\u{7}e\tf"), "a\\nb\\nc\\nde\tf");
    }

    #[test]
    fn the_three_zones_are_fixed_offsets() {
        let z: Vec<_> = ZonaWaktu::SEMUA
            .iter()
            .map(|z| (z.tzid(), z.utc_offset()))
            .collect();
        assert_eq!(
            z,
            [
                ("Asia/Jakarta", "+0700".to_string()),
                ("Asia/Makassar", "+0800".to_string()),
                ("Asia/Jayapura", "+0900".to_string())
            ]
        );
    }
}
