use chrono::{NaiveDate, TimeZone, Utc};

use super::ics::escape_teks;
use super::*;
use crate::domain::assumptions::assumption;
use crate::domain::contoh::contoh_analis_kebijakan;
use crate::domain::model::{JenisPeriodeEvaluasi, Keberatan};
use crate::domain::rules::keberatan::batas_keberatan;

fn d(y: i32, m: u32, h: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, h).unwrap()
}

/// (kind, day, reminder, UID) of each deadline.
fn ringkas(t: &[Tenggat]) -> Vec<(JenisTenggat, NaiveDate, Option<NaiveDate>, &str)> {
    t.iter()
        .map(|t| (t.jenis, t.tanggal, t.pengingat, t.uid.as_str()))
        .collect()
}

fn keberatan(diterima: NaiveDate, diajukan: Option<NaiveDate>) -> Keberatan {
    Keberatan {
        tanggal_hasil_diterima: diterima,
        tanggal_diajukan: diajukan,
        alasan: String::new(),
        keputusan: String::new(),
    }
}

#[test]
fn the_example_year_has_four_quarter_ends_the_annual_assessment_and_two_planned_activities() {
    use JenisTenggat::*;
    let skp = contoh_analis_kebijakan();
    let t = tenggat(&skp, d(2025, 1, 1), 7);
    // kp-1 and kp-2 already have their JP earned: no longer planned. kp-4 runs into 2026 and
    // is listed on its first day.
    assert_eq!(
        ringkas(&t),
        [
            (
                AkhirPeriode,
                d(2025, 3, 31),
                Some(d(2025, 3, 24)),
                "skp-contoh-2025-akhir-periode-1@skp-mandiri"
            ),
            (
                AkhirPeriode,
                d(2025, 6, 30),
                Some(d(2025, 6, 23)),
                "skp-contoh-2025-akhir-periode-2@skp-mandiri"
            ),
            (
                AkhirPeriode,
                d(2025, 9, 30),
                Some(d(2025, 9, 23)),
                "skp-contoh-2025-akhir-periode-3@skp-mandiri"
            ),
            (
                Pengembangan,
                d(2025, 11, 10),
                Some(d(2025, 11, 3)),
                "skp-contoh-2025-pengembangan-kp-3@skp-mandiri"
            ),
            (
                Pengembangan,
                d(2025, 12, 1),
                Some(d(2025, 11, 24)),
                "skp-contoh-2025-pengembangan-kp-4@skp-mandiri"
            ),
            (
                AkhirPeriode,
                d(2025, 12, 31),
                Some(d(2025, 12, 24)),
                "skp-contoh-2025-akhir-periode-4@skp-mandiri"
            ),
            (
                PenilaianTahunan,
                d(2025, 12, 31),
                Some(d(2025, 12, 24)),
                "skp-contoh-2025-penilaian-tahunan@skp-mandiri"
            ),
        ]
    );
    // The data the UI words them from.
    assert_eq!(
        t[2].judul_data,
        DataJudul::AkhirPeriode(skp.daftar_periode_evaluasi()[2])
    );
    assert_eq!(t[6].judul_data, DataJudul::PenilaianTahunan(skp.periode));
    let DataJudul::Pengembangan {
        kegiatan_id,
        nama,
        selesai,
        ..
    } = &t[3].judul_data
    else {
        panic!("{:?}", t[3]);
    };
    assert_eq!(
        (kegiatan_id.as_str(), nama.as_str(), *selesai),
        (
            "kp-3",
            "Pelatihan Evaluasi Kebijakan",
            Some(d(2025, 11, 14))
        )
    );
    assert!(t.iter().all(|t| t.jenis == t.judul_data.jenis()));
}

#[test]
fn reminders_already_past_are_left_out_but_the_deadlines_stay() {
    let skp = contoh_analis_kebijakan();
    let t = tenggat(&skp, d(2025, 6, 25), 7);
    let akhir: Vec<_> = t
        .iter()
        .filter(|t| t.jenis == JenisTenggat::AkhirPeriode)
        .map(|t| (t.tanggal, t.pengingat))
        .collect();
    assert_eq!(
        akhir,
        [
            (d(2025, 3, 31), None),
            // Five days left for a seven-day lead: the reminder is today.
            (d(2025, 6, 30), Some(d(2025, 6, 25))),
            (d(2025, 9, 30), Some(d(2025, 9, 23))),
            (d(2025, 12, 31), Some(d(2025, 12, 24))),
        ]
    );
    // A reminder today is still ahead.
    let t = tenggat(&skp, d(2025, 6, 23), 7);
    assert_eq!(t[1].pengingat, Some(d(2025, 6, 23)));
}

#[test]
fn a_reminder_never_falls_before_its_period_starts_and_zero_days_is_the_day_itself() {
    let mut skp = contoh_analis_kebijakan();
    skp.periode_evaluasi = JenisPeriodeEvaluasi::Bulanan;
    let t = tenggat(&skp, d(2025, 1, 1), 40);
    let februari = t
        .iter()
        .find(|t| t.uid == "skp-contoh-2025-akhir-periode-2@skp-mandiri")
        .unwrap();
    assert_eq!(
        (februari.tanggal, februari.pengingat),
        (d(2025, 2, 28), Some(d(2025, 2, 1)))
    );
    assert_eq!(
        t.iter()
            .filter(|t| t.jenis == JenisTenggat::AkhirPeriode)
            .count(),
        12
    );
    let t = tenggat(&skp, d(2025, 1, 1), 0);
    assert!(t.iter().all(|t| t.pengingat == Some(t.tanggal)));
}

#[test]
fn the_keberatan_deadline_appears_once_a_result_is_received_and_is_the_rules_own() {
    let mut skp = contoh_analis_kebijakan();
    let tanpa = tenggat(&skp, d(2026, 1, 5), 3);
    assert!(tanpa
        .iter()
        .all(|t| t.jenis != JenisTenggat::BatasKeberatan));

    let diterima = d(2026, 1, 5);
    skp.tindak_lanjut.keberatan = Some(keberatan(diterima, None));
    let t = tenggat(&skp, diterima, 3);
    let k: Vec<_> = t
        .iter()
        .filter(|t| t.jenis == JenisTenggat::BatasKeberatan)
        .collect();
    assert_eq!(k.len(), 1);
    assert_eq!(Some(k[0].tanggal), batas_keberatan(diterima));
    assert_eq!(k[0].tanggal, d(2026, 1, 19));
    assert_eq!(k[0].pengingat, Some(d(2026, 1, 16)));
    assert_eq!(k[0].uid, "skp-contoh-2025-batas-keberatan@skp-mandiri");
    assert_eq!(
        k[0].judul_data,
        DataJudul::BatasKeberatan {
            diterima,
            diajukan: None
        }
    );
    // Sorted after the 2025 dates.
    assert_eq!(t.last().unwrap().jenis, JenisTenggat::BatasKeberatan);

    // A reminder longer than the 14 days falls on the day the result was received.
    let t = tenggat(&skp, diterima, 30);
    let k = t
        .iter()
        .find(|t| t.jenis == JenisTenggat::BatasKeberatan)
        .unwrap();
    assert_eq!(k.pengingat, Some(diterima));

    // Submitted: the deadline stays, with nothing left to remind of.
    skp.tindak_lanjut.keberatan = Some(keberatan(diterima, Some(d(2026, 1, 9))));
    let t = tenggat(&skp, diterima, 3);
    let k = t
        .iter()
        .find(|t| t.jenis == JenisTenggat::BatasKeberatan)
        .unwrap();
    assert_eq!((k.tanggal, k.pengingat), (d(2026, 1, 19), None));
}

#[test]
fn uids_are_unique_and_stable_across_calls_edits_and_reordering() {
    let skp = contoh_analis_kebijakan();
    let uids = |s: &Skp| {
        let mut u: Vec<_> = tenggat(s, d(2025, 1, 1), 7)
            .into_iter()
            .map(|t| t.uid)
            .collect();
        u.sort();
        u
    };
    let awal = uids(&skp);
    let mut unik = awal.clone();
    unik.dedup();
    assert_eq!(unik.len(), awal.len());
    assert_eq!(uids(&skp), awal);

    // Unrelated fields, and the dates of the items themselves.
    let mut diubah = skp.clone();
    diubah.instansi = "Pemerintah Kota Makassar".into();
    diubah.pegawai.nama = "Rina K.".into();
    diubah.pengembangan_kompetensi[2].nama = "Pelatihan lain".into();
    diubah.pengembangan_kompetensi[2].mulai = Some(d(2025, 10, 6));
    assert_eq!(uids(&diubah), awal);

    let mut dibalik = skp.clone();
    dibalik.pengembangan_kompetensi.reverse();
    assert_eq!(uids(&dibalik), awal);
    // The activity keeps its own UID whichever position it has.
    let kp3 = |s: &Skp| {
        tenggat(s, d(2025, 1, 1), 7)
            .into_iter()
            .find(|t| matches!(&t.judul_data, DataJudul::Pengembangan { kegiatan_id, .. } if kegiatan_id == "kp-3"))
            .unwrap()
            .uid
    };
    assert_eq!(kp3(&dibalik), kp3(&skp));
}

#[test]
fn every_assumption_of_the_calendar_is_documented() {
    for id in ASUMSI {
        assert!(assumption(id).is_some(), "{id}");
    }
    assert!(assumption(PENILAIAN_TAHUNAN_TANGGAL)
        .unwrap()
        .sumber
        .contains("UNVERIFIED"));
}

// ---- ICS ------------------------------------------------------------------------------

/// The calendar text of the example, with a UI-like wording.
fn contoh_ics(hari_ini: NaiveDate, judul: impl Fn(&Tenggat) -> String) -> (Vec<Tenggat>, String) {
    let skp = contoh_analis_kebijakan();
    let t = tenggat(&skp, hari_ini, 3);
    let dibuat = Utc.with_ymd_and_hms(2025, 1, 2, 3, 4, 5).unwrap();
    let teks = ics(&skp, &t, judul, ZonaWaktu::Wita, dibuat);
    (t, teks)
}

fn judul_ui(t: &Tenggat) -> String {
    match &t.judul_data {
        DataJudul::AkhirPeriode(p) => format!("Akhir periode evaluasi {}", p.ke),
        DataJudul::PenilaianTahunan(_) => "Penilaian kinerja tahunan".into(),
        DataJudul::BatasKeberatan { .. } => "Batas keberatan".into(),
        DataJudul::Pengembangan { nama, .. } => nama.clone(),
    }
}

/// RFC 5545 3.1: a CRLF followed by one space is removed.
fn unfold(s: &str) -> String {
    s.replace("\r\n ", "")
}

/// The logical content lines.
fn baris(s: &str) -> Vec<String> {
    let u = unfold(s);
    let u = u.strip_suffix("\r\n").expect("ends with CRLF");
    u.split("\r\n").map(str::to_owned).collect()
}

/// Reverses TEXT escaping (3.3.11).
fn unescape(s: &str) -> String {
    let mut out = String::new();
    let mut c = s.chars();
    while let Some(x) = c.next() {
        if x == '\\' {
            match c.next() {
                Some('n') | Some('N') => out.push('\n'),
                Some(y) => out.push(y),
                None => panic!("dangling backslash in {s}"),
            }
        } else {
            out.push(x);
        }
    }
    out
}

/// The events: each a list of its content lines, alarms included.
fn acara(s: &str) -> Vec<Vec<String>> {
    let mut hasil = Vec::new();
    let mut kini: Option<Vec<String>> = None;
    for b in baris(s) {
        match b.as_str() {
            "BEGIN:VEVENT" => kini = Some(Vec::new()),
            "END:VEVENT" => hasil.push(kini.take().unwrap()),
            _ => {
                if let Some(k) = kini.as_mut() {
                    k.push(b)
                }
            }
        }
    }
    hasil
}

fn nilai<'a>(acara: &'a [String], nama: &str) -> Option<&'a str> {
    acara
        .iter()
        .find_map(|b| b.strip_prefix(nama).and_then(|r| r.strip_prefix(':')))
}

#[test]
fn every_line_ends_in_crlf_and_is_at_most_75_octets() {
    let panjang = "Rapat koordinasi evaluasi kebijakan bersama Dinas Kesehatan, Dinas Pendidikan; dan kabupaten/kota — tahap akhir";
    let (_, s) = contoh_ics(d(2025, 1, 1), |_| panjang.to_string());
    assert!(s.ends_with("\r\n"));
    let bytes = s.as_bytes();
    for (i, b) in bytes.iter().enumerate() {
        if *b == b'\n' {
            assert!(i > 0 && bytes[i - 1] == b'\r', "bare LF at {i}");
        }
        if *b == b'\r' {
            assert_eq!(bytes.get(i + 1), Some(&b'\n'), "bare CR at {i}");
        }
    }
    let fisik: Vec<&str> = s.strip_suffix("\r\n").unwrap().split("\r\n").collect();
    assert!(fisik.iter().all(|l| l.len() <= 75), "{s}");
    assert!(fisik.iter().any(|l| l.starts_with(' ')), "something folded");
    assert!(fisik.iter().all(|l| !l.is_empty()));
}

#[test]
fn folding_round_trips_and_text_is_escaped() {
    let aneh = "Rapat; evaluasi, tahap 1\\2\nbaris dua — catatan panjang yang harus dilipat karena melewati tujuh puluh lima oktet";
    let (t, s) = contoh_ics(d(2025, 1, 1), |_| aneh.to_string());
    let ev = acara(&s);
    assert_eq!(ev.len(), t.len());
    for e in &ev {
        let ringkasan = nilai(e, "SUMMARY").unwrap();
        assert_eq!(
            ringkasan,
            "Rapat\\; evaluasi\\, tahap 1\\\\2\\nbaris dua — catatan panjang yang harus dilipat karena melewati tujuh puluh lima oktet"
        );
        assert_eq!(unescape(ringkasan), aneh);
        assert_eq!(unescape(nilai(e, "DESCRIPTION").unwrap()), aneh);
    }
    // The calendar's name is TEXT too.
    assert!(baris(&s).contains(&"X-WR-CALNAME:SKP 2025 Rina Kartika\\, S.AP.\\, M.Si.".to_string()));
    assert_eq!(escape_teks("a\\;,\r\nb"), "a\\\\\\;\\,\\nb");
}

#[test]
fn a_multibyte_summary_folds_between_characters() {
    let judul = "Penilaian kinerja tahunan — Triwulan IV";
    // Pad so that the em dash (3 octets) starts at each of the last octets of the first line.
    // "SUMMARY:" + 38 + pad octets + "Penilaian kinerja tahunan " puts 72 + pad octets before it.
    for pad in 0..6 {
        let teks = format!("{}{judul}", "x".repeat(38 + pad));
        let (_, s) = contoh_ics(d(2025, 1, 1), |_| teks.clone());
        let bytes = s.as_bytes();
        for line in bytes.split(|b| *b == b'\n') {
            let line = line.strip_suffix(b"\r").unwrap_or(line);
            assert!(line.len() <= 75);
            let l = std::str::from_utf8(line).expect("each physical line is whole UTF-8");
            if l.starts_with("SUMMARY:") {
                // Folded before the dash when it does not fit whole.
                assert!(l.len() >= 73, "{l:?} folded too early");
            }
        }
        assert!(acara(&s)
            .iter()
            .all(|e| nilai(e, "SUMMARY") == Some(teks.as_str())));
    }
}

#[test]
fn components_are_balanced_and_the_calendar_header_is_complete() {
    let (_, s) = contoh_ics(d(2025, 1, 1), judul_ui);
    let mut tumpukan = Vec::new();
    for b in baris(&s) {
        if let Some(n) = b.strip_prefix("BEGIN:") {
            tumpukan.push(n.to_string());
        } else if let Some(n) = b.strip_prefix("END:") {
            assert_eq!(tumpukan.pop().as_deref(), Some(n), "END:{n}");
        }
    }
    assert!(tumpukan.is_empty());
    let b = baris(&s);
    assert_eq!(b.first().map(String::as_str), Some("BEGIN:VCALENDAR"));
    assert_eq!(b.last().map(String::as_str), Some("END:VCALENDAR"));
    for l in [
        "VERSION:2.0",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        "X-WR-TIMEZONE:Asia/Makassar",
        "TZID:Asia/Makassar",
        "TZOFFSETFROM:+0800",
        "TZOFFSETTO:+0800",
        "TZNAME:WITA",
    ] {
        assert!(b.iter().any(|x| x == l), "{l}");
    }
    assert!(b.iter().any(|x| x.starts_with("PRODID:-//SKP Mandiri//")));
    assert_eq!(b.iter().filter(|x| *x == "BEGIN:STANDARD").count(), 1);
    assert!(!b.iter().any(|x| x == "BEGIN:DAYLIGHT"));
}

#[test]
fn events_are_all_day_with_uid_stamp_and_summary() {
    let (t, s) = contoh_ics(d(2025, 1, 1), judul_ui);
    let ev = acara(&s);
    assert_eq!(ev.len(), 7);
    for (e, t) in ev.iter().zip(&t) {
        assert_eq!(nilai(e, "UID"), Some(t.uid.as_str()));
        assert_eq!(nilai(e, "DTSTAMP"), Some("20250102T030405Z"));
        assert_eq!(nilai(e, "SUMMARY"), Some(judul_ui(t).as_str()));
    }
    let q1 = &ev[0];
    assert_eq!(nilai(q1, "DTSTART;VALUE=DATE"), Some("20250331"));
    assert_eq!(nilai(q1, "DTEND;VALUE=DATE"), Some("20250401"));
    // The year's last day ends on the next year's first.
    let tahunan = ev
        .iter()
        .find(|e| nilai(e, "UID") == Some("skp-contoh-2025-penilaian-tahunan@skp-mandiri"))
        .unwrap();
    assert_eq!(nilai(tahunan, "DTSTART;VALUE=DATE"), Some("20251231"));
    assert_eq!(nilai(tahunan, "DTEND;VALUE=DATE"), Some("20260101"));
    assert_eq!(nilai(tahunan, "SUMMARY"), Some("Penilaian kinerja tahunan"));
}

#[test]
fn an_alarm_comes_only_with_a_reminder_and_fires_on_its_day() {
    // Mid-year: the first two quarters have no reminder left.
    let (t, s) = contoh_ics(d(2025, 6, 29), judul_ui);
    let ev = acara(&s);
    assert_eq!(ev.len(), t.len());
    for (e, t) in ev.iter().zip(&t) {
        let alarm = e.iter().any(|b| b == "BEGIN:VALARM");
        assert_eq!(alarm, t.pengingat.is_some(), "{}", t.uid);
        if alarm {
            assert_eq!(nilai(e, "ACTION"), Some("DISPLAY"));
            // 3 days before, at 08:00 WITA (UTC+8): midnight UTC of that day.
            let hari = t.pengingat.unwrap().format("%Y%m%d").to_string();
            assert_eq!(
                nilai(e, "TRIGGER;VALUE=DATE-TIME"),
                Some(format!("{hari}T000000Z").as_str())
            );
        }
    }
    // Past: no alarm. Ahead but closer than the lead: an alarm today.
    assert!(t[0].pengingat.is_none());
    assert_eq!(t[1].pengingat, Some(d(2025, 6, 29)));
    assert!(t[2].pengingat.is_some());
    // Without any deadline the calendar is still whole.
    let skp = contoh_analis_kebijakan();
    let dibuat = Utc.with_ymd_and_hms(2025, 1, 2, 3, 4, 5).unwrap();
    let kosong = ics(&skp, &[], judul_ui, ZonaWaktu::Wib, dibuat);
    assert!(acara(&kosong).is_empty());
    assert!(kosong.contains("X-WR-TIMEZONE:Asia/Jakarta\r\n"));
    assert!(!kosong.contains("VALARM"));
}

#[test]
fn the_file_is_named_after_the_pegawai_and_year() {
    let mut skp = contoh_analis_kebijakan();
    assert_eq!(
        nama_berkas_ics(&skp),
        "tenggat_Rina-Kartika-S-AP-M-Si_2025.ics"
    );
    skp.pegawai.nama.clear();
    assert_eq!(nama_berkas_ics(&skp), "tenggat_2025.ics");
}
