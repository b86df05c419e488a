//! A bridge to e-Kinerja BKN: the SKP drafted here in the layouts people paste or upload
//! there, as CSV (written as every CSV of the app is, [`crate::domain::csv`]) and as
//! tab-separated text for the clipboard. The tool is a drafting front-end, not a rival
//! (peers.md §6.10). See docs/csv.md.
//!
//! Two tables, each with fixed Indonesian headers (e-Kinerja and the importer are Indonesian,
//! whatever the interface language):
//! - [`tabel_skp`]: the RHK / IKI / target table in the order e-Kinerja asks for them
//!   (assumption `ekinerja-kolom-skp`);
//! - [`progres_harian`]: the realisasi as a daily progress log in the layout of the community
//!   Excel → e-Kinerja importer [S27] (achmadfzi/ekinerja-chrome-extensions: its template's
//!   eight columns, then three columns it ignores that say which period, RHK and IKI a row
//!   belongs to; assumption `ekinerja-progres`).
//!
//! Nothing is invented: a column the SKP holds no data for stays empty.

use crate::domain::assumptions::{EKINERJA_KOLOM_SKP, EKINERJA_PROGRES, GAP_PRO_RATA};
use crate::domain::csv::{target_sel, tulis, tulis_tsv, Sel};
use crate::domain::lang::Lang;
use crate::domain::model::{Aspek, JenisRhk, Skp, Target};
use crate::domain::rules::tautan::baca_tautan;

/// The assumptions these layouts depend on.
pub const ASUMSI: &[&str] = &[EKINERJA_KOLOM_SKP, EKINERJA_PROGRES, GAP_PRO_RATA];

/// The header of the SKP table: e-Kinerja's Add RHK dialog (leader's RHK, kind, RHK), then
/// the official SKP form's columns; a range target gives its upper bound in *Target Maks*.
pub const KOLOM_SKP: [&str; 9] = [
    "No",
    "RHK Atasan yang Diintervensi",
    "Jenis RHK",
    "Rencana Hasil Kerja",
    "Aspek",
    "Indikator Kinerja Individu",
    "Target",
    "Target Maks",
    "Satuan",
];

/// The header of the daily progress log: the importer's template, word for word (it finds
/// its columns by these names), then three columns of context it does not read.
pub const KOLOM_PROGRES: [&str; 11] = [
    "Rencana Aksi",
    "Tanggal",
    "Jam Mulai",
    "Jam Selesai",
    "Kegiatan Harian",
    "Realisasi",
    "Satuan",
    "Bukti Dukung",
    "Periode",
    "Rencana Hasil Kerja",
    "Indikator Kinerja Individu",
];

/// How a table is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Bentuk {
    /// A CSV file for Excel / LibreOffice in id-ID: BOM, `;`, CRLF, quoting.
    Csv,
    /// Tab-separated text for the clipboard: no quoting, no tab or line break inside a cell.
    Tsv,
}

impl Bentuk {
    fn tulis(self, baris: &[Vec<Sel>]) -> String {
        match self {
            Bentuk::Csv => tulis(baris),
            Bentuk::Tsv => tulis_tsv(baris),
        }
    }
}

fn kepala(kolom: &[&str]) -> Vec<Sel> {
    kolom.iter().map(|s| Sel::teks(*s)).collect()
}

fn aspek(a: Aspek) -> &'static str {
    match a {
        Aspek::Kuantitas => "Kuantitas",
        Aspek::Kualitas => "Kualitas",
        Aspek::Waktu => "Waktu",
        Aspek::Biaya => "Biaya",
    }
}

/// The SKP table's rows, header first: one per IKI (one with empty IKI cells for an RHK
/// without any yet), kinerja utama first and then tambahan, as the form's sections A and B,
/// each RHK numbered within its section.
pub fn baris_skp(skp: &Skp) -> Vec<Vec<Sel>> {
    let mut baris = vec![kepala(&KOLOM_SKP)];
    for (jenis, kata) in [(JenisRhk::Utama, "Utama"), (JenisRhk::Tambahan, "Tambahan")] {
        for (n, rhk) in skp.rhk.iter().filter(|r| r.jenis == jenis).enumerate() {
            let awal = [
                Sel::Angka(Some((n + 1) as f64)),
                Sel::teks(&rhk.rhk_pimpinan.teks),
                Sel::teks(kata),
                Sel::teks(&rhk.rencana_hasil_kerja),
            ];
            if rhk.iki.is_empty() {
                let mut b = awal.to_vec();
                b.extend([Sel::teks(""), Sel::teks("")]);
                b.extend(target_sel(None));
                baris.push(b);
            }
            for iki in &rhk.iki {
                let mut b = awal.to_vec();
                b.extend([Sel::teks(aspek(iki.aspek)), Sel::teks(&iki.indikator)]);
                b.extend(target_sel(iki.target.as_ref()));
                baris.push(b);
            }
        }
    }
    baris
}

/// A number as the importer reads it: a decimal point, no thousands separator.
fn titik_desimal(v: f64) -> String {
    let teks = format!("{:.4}", v);
    teks.trim_end_matches('0').trim_end_matches('.').to_owned()
}

/// The SKP table for e-Kinerja ([`baris_skp`]).
pub fn tabel_skp(skp: &Skp, bentuk: Bentuk) -> String {
    bentuk.tulis(&baris_skp(skp))
}

/// The daily progress log's rows, header first: one per realisasi, by period, in the order
/// the evaluation lists them (a realisasi of an IKI no longer in the plan is left out).
/// Each column is filled from:
/// - *Rencana Aksi*: the SKP's rencana aksi for the same IKI and period (their uraian, joined
///   by ` | `); empty when there is none: type the name e-Kinerja's list shows (the importer
///   skips a row without it);
/// - *Tanggal*: the latest date among the realisasi's bukti dukung, `yyyy-mm-dd` as the
///   importer documents it; empty when no evidence is dated;
/// - *Jam Mulai*, *Jam Selesai*: empty, the SKP records no hours;
/// - *Kegiatan Harian*: the realisasi's uraian;
/// - *Realisasi*: the value recorded for the period (the state at its end, assumption
///   `gap-pro-rata`), with a decimal point (the importer's spreadsheet reader drops a comma
///   between digits, so "1,5" would arrive as 15);
/// - *Satuan*: the unit of the IKI's target;
/// - *Bukti Dukung*: the address each evidence link opens, joined by ` | `;
/// - *Periode*, *Rencana Hasil Kerja*, *Indikator Kinerja Individu*: where the row belongs.
pub fn baris_progres(skp: &Skp) -> Vec<Vec<Sel>> {
    let daftar = skp.daftar_periode_evaluasi();
    let mut baris = vec![kepala(&KOLOM_PROGRES)];
    let mut evaluasi: Vec<_> = skp.evaluasi.iter().collect();
    evaluasi.sort_by_key(|e| e.periode_ke);
    for e in evaluasi {
        let periode = daftar
            .iter()
            .find(|p| p.ke == e.periode_ke)
            .map(|p| p.label(Lang::Id))
            .unwrap_or_default();
        for r in &e.realisasi {
            let Some((rhk, iki)) = skp
                .rhk
                .iter()
                .flat_map(|h| h.iki.iter().map(move |i| (h, i)))
                .find(|(_, i)| i.id == r.iki_id)
            else {
                continue;
            };
            let rencana_aksi: Vec<&str> = skp
                .tindak_lanjut
                .rencana_aksi
                .iter()
                .filter(|a| a.iki_id == iki.id && a.periode_ke == e.periode_ke)
                .map(|a| a.uraian.trim())
                .filter(|u| !u.is_empty())
                .collect();
            let tanggal = r
                .bukti_dukung
                .iter()
                .filter_map(|b| b.tanggal)
                .max()
                .map(|d| d.format("%Y-%m-%d").to_string())
                .unwrap_or_default();
            let tautan: Vec<String> = r
                .bukti_dukung
                .iter()
                .filter(|b| !b.tautan.trim().is_empty())
                .map(|b| {
                    baca_tautan(&b.tautan)
                        .alamat()
                        .map_or_else(|| b.tautan.trim().to_owned(), str::to_owned)
                })
                .collect();
            baris.push(vec![
                Sel::Teks(rencana_aksi.join(" | ")),
                Sel::Teks(tanggal),
                Sel::teks(""),
                Sel::teks(""),
                Sel::teks(&r.uraian),
                // A decimal point, not the sheet's comma: the importer reads "1,5" as 15.
                Sel::Teks(r.nilai.map(titik_desimal).unwrap_or_default()),
                Sel::teks(iki.target.as_ref().and_then(Target::satuan).unwrap_or("")),
                Sel::Teks(tautan.join(" | ")),
                Sel::Teks(periode.clone()),
                Sel::teks(&rhk.rencana_hasil_kerja),
                Sel::teks(&iki.indikator),
            ]);
        }
    }
    baris
}

/// The daily progress log for the e-Kinerja importer ([`baris_progres`]).
pub fn progres_harian(skp: &Skp, bentuk: Bentuk) -> String {
    bentuk.tulis(&baris_progres(skp))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::contoh::{
        contoh_analis_kebijakan, contoh_kepala_seksi, contoh_pengadministrasi_perkantoran,
    };
    use crate::domain::csv::BOM;
    use crate::domain::model::RencanaAksi;

    /// A CSV's cells, for files where no cell holds `;`, a quote or a line break.
    fn sel_csv(out: &str) -> Vec<Vec<String>> {
        out.trim_start_matches(BOM)
            .split("\r\n")
            .filter(|l| !l.is_empty())
            .map(|l| l.split(';').map(str::to_string).collect())
            .collect()
    }

    fn sel_tsv(out: &str) -> Vec<Vec<String>> {
        out.lines()
            .map(|l| l.split('\t').map(str::to_string).collect())
            .collect()
    }

    #[test]
    fn the_skp_table_has_the_documented_header_and_one_row_per_iki() {
        let skp = contoh_analis_kebijakan();
        let out = tabel_skp(&skp, Bentuk::Csv);
        assert!(out.starts_with(BOM));
        let isi = sel_csv(&out);
        assert_eq!(isi[0], KOLOM_SKP);
        assert_eq!(
            out.trim_start_matches(BOM).lines().next().unwrap(),
            "No;RHK Atasan yang Diintervensi;Jenis RHK;Rencana Hasil Kerja;Aspek;\
             Indikator Kinerja Individu;Target;Target Maks;Satuan"
        );
        assert_eq!(isi.len(), 1 + 8);
        assert!(isi.iter().all(|b| b.len() == KOLOM_SKP.len()));
        assert_eq!(
            isi[1],
            [
                "1",
                "Meningkatnya kualitas perumusan kebijakan pelayanan publik di lingkungan Pemerintah Provinsi",
                "Utama",
                "Tersusunnya rekomendasi kebijakan peningkatan kualitas pelayanan publik perangkat daerah yang dimanfaatkan pimpinan",
                "Kuantitas",
                "Jumlah policy brief rekomendasi kebijakan yang disampaikan kepada pimpinan",
                "4",
                "",
                "Dokumen",
            ]
        );
        // A range keeps both bounds.
        assert_eq!(
            isi[2][4..],
            [
                "Kualitas",
                "Persentase rekomendasi kebijakan yang ditindaklanjuti pimpinan",
                "60",
                "80",
                "%"
            ]
        );
        // The tambahan RHK is numbered 1 in its own section, with no leader RHK.
        assert_eq!(isi[7][..4], ["1", "", "Tambahan", "Tersedianya modul literasi analisis kebijakan berbasis data untuk komunitas belajar analis kebijakan"]);
    }

    #[test]
    fn utama_comes_before_tambahan_and_an_rhk_without_iki_still_has_its_row() {
        let mut skp = contoh_analis_kebijakan();
        // The tambahan RHK first in the stored order; a new utama RHK without IKI last.
        skp.rhk.rotate_right(1);
        let mut baru = skp.rhk[1].clone();
        baru.id = "rhk-baru".into();
        baru.rencana_hasil_kerja = "RHK BARU".into();
        baru.iki.clear();
        skp.rhk.push(baru);
        let isi = sel_tsv(&tabel_skp(&skp, Bentuk::Tsv));
        let jenis: Vec<&str> = isi[1..].iter().map(|b| b[2].as_str()).collect();
        assert_eq!(
            jenis,
            ["Utama"; 7]
                .into_iter()
                .chain(["Tambahan"; 2])
                .collect::<Vec<_>>()
        );
        let baru = isi.iter().find(|b| b[3] == "RHK BARU").unwrap();
        assert_eq!(baru[0], "3");
        assert!(baru[4..].iter().all(String::is_empty), "{baru:?}");
    }

    #[test]
    fn every_example_gives_a_row_per_iki_and_a_kualitatif_target_its_description() {
        for skp in [contoh_pengadministrasi_perkantoran(), contoh_kepala_seksi()] {
            let isi = sel_tsv(&tabel_skp(&skp, Bentuk::Tsv));
            let iki: usize = skp.rhk.iter().map(|r| r.iki.len().max(1)).sum();
            assert_eq!(isi.len(), iki + 1);
            assert!(isi.iter().all(|b| b.len() == KOLOM_SKP.len()));
        }
        let mut skp = contoh_analis_kebijakan();
        skp.rhk[1].iki[1].target = Some(Target::Deskripsi {
            deskripsi: "Rekomendasi dapat langsung dipakai Dinas Kesehatan".into(),
        });
        let isi = sel_tsv(&tabel_skp(&skp, Bentuk::Tsv));
        let b = isi
            .iter()
            .find(|b| b[5] == skp.rhk[1].iki[1].indikator)
            .unwrap();
        assert_eq!(
            b[6..],
            ["Rekomendasi dapat langsung dipakai Dinas Kesehatan", "", ""]
        );
        // And the progress log gives no unit for it.
        let log = sel_tsv(&progres_harian(&skp, Bentuk::Tsv));
        assert!(log
            .iter()
            .all(|b| b[10] != skp.rhk[1].iki[1].indikator || b[6].is_empty()));
    }

    #[test]
    fn the_progress_log_has_one_row_per_realisasi_filled_only_from_the_skp() {
        let skp = contoh_analis_kebijakan();
        let isi = sel_csv(&progres_harian(&skp, Bentuk::Csv));
        assert_eq!(isi[0], KOLOM_PROGRES);
        let n: usize = skp.evaluasi.iter().map(|e| e.realisasi.len()).sum();
        assert_eq!(isi.len(), n + 1);
        assert!(isi.iter().all(|b| b.len() == KOLOM_PROGRES.len()));
        // re-3, quarter I: five of 24 regencies, evidenced on 28 March.
        assert_eq!(
            isi[3],
            [
                "",
                "2025-03-28",
                "",
                "",
                "Lima kabupaten/kota selesai dievaluasi",
                "5",
                "Kabupaten/Kota",
                "https://drive.example.go.id/skp-2025/re-3",
                "Triwulan I 2025",
                "Tersedianya hasil evaluasi penerapan Standar Pelayanan Minimal (SPM) bidang kesehatan kabupaten/kota sebagai dasar perbaikan kebijakan",
                "Jumlah kabupaten/kota yang dievaluasi penerapan SPM-nya",
            ]
        );
        // By period: quarter I, then II, then III.
        let periode: Vec<&str> = isi[1..].iter().map(|b| b[8].as_str()).collect();
        assert_eq!(
            periode,
            [
                "Triwulan I 2025",
                "Triwulan I 2025",
                "Triwulan I 2025",
                "Triwulan II 2025",
                "Triwulan II 2025",
                "Triwulan II 2025",
                "Triwulan II 2025",
                "Triwulan III 2025",
                "Triwulan III 2025",
            ]
        );
        // No rencana aksi and no hours in the example: those columns stay empty.
        assert!(isi[1..]
            .iter()
            .all(|b| b[0].is_empty() && b[2].is_empty() && b[3].is_empty()));
    }

    #[test]
    fn rencana_aksi_dates_and_links_come_from_the_skp() {
        use crate::domain::model::BuktiDukung;
        use chrono::NaiveDate;
        let mut skp = contoh_analis_kebijakan();
        let aksi = |id: &str, iki: &str, ke: u32, uraian: &str| RencanaAksi {
            id: id.into(),
            iki_id: iki.into(),
            periode_ke: ke,
            uraian: uraian.into(),
            selesai: false,
        };
        skp.tindak_lanjut.rencana_aksi = vec![
            aksi("ra-1", "iki-4", 2, "Evaluasi daring empat kabupaten"),
            aksi("ra-2", "iki-4", 2, "Kunjungan ulang"),
            aksi("ra-3", "iki-4", 3, "Tidak untuk periode ini"),
            aksi("ra-4", "iki-1", 2, "  "),
        ];
        let r = &mut skp.evaluasi[1].realisasi[2];
        assert_eq!(r.id, "re-6");
        r.bukti_dukung.push(BuktiDukung {
            id: "bd-2".into(),
            tautan: "drive.google.com/file/x".into(),
            keterangan: "Foto".into(),
            tanggal: NaiveDate::from_ymd_opt(2025, 6, 30),
        });
        r.bukti_dukung.push(BuktiDukung {
            id: "bd-3".into(),
            tautan: String::new(),
            keterangan: "Tanpa tautan, tanpa tanggal".into(),
            tanggal: None,
        });
        let isi = sel_tsv(&progres_harian(&skp, Bentuk::Tsv));
        let b = isi.iter().find(|b| b[4].starts_with("Sebelas")).unwrap();
        assert_eq!(b[0], "Evaluasi daring empat kabupaten | Kunjungan ulang");
        assert_eq!(b[1], "2025-06-30");
        assert_eq!(
            b[7],
            "https://drive.example.go.id/skp-2025/re-6 | https://drive.google.com/file/x"
        );
        assert_eq!(b[5], "11");
        // iki-1 in quarter II has an empty rencana aksi only: the cell stays empty.
        let b = isi
            .iter()
            .find(|b| b[4].starts_with("Policy brief kedua"))
            .unwrap();
        assert_eq!(b[0], "");
        // A realisasi without a value or dated evidence leaves those cells empty.
        let r = &mut skp.evaluasi[0].realisasi[0];
        r.nilai = None;
        r.bukti_dukung.clear();
        let uraian = r.uraian.clone();
        let isi = sel_tsv(&progres_harian(&skp, Bentuk::Tsv));
        assert_eq!(isi[1][1..8], ["", "", "", &uraian, "", "Dokumen", ""]);
    }

    #[test]
    fn every_assumption_named_is_listed() {
        for id in ASUMSI {
            assert!(crate::domain::assumptions::assumption(id).is_some(), "{id}");
        }
    }

    #[test]
    fn a_fractional_realisasi_is_written_with_a_decimal_point_for_the_importer() {
        let mut skp = contoh_analis_kebijakan();
        skp.evaluasi[0].realisasi[0].nilai = Some(1.5);
        let isi = sel_csv(&progres_harian(&skp, Bentuk::Csv));
        assert_eq!(isi[1][5], "1.5", "the importer would read 1,5 as 15");
    }

    /// The community importer finds each column by the first header that contains one of its
    /// names (lower-cased), from its source (popup.js `COLUMN_ALIASES`): every one of its
    /// columns must land on ours, and our context columns on none of its.
    #[test]
    fn the_importer_finds_each_of_its_columns_and_none_of_ours() {
        let alias: [(&str, &[&str]); 8] = [
            (
                "rencana_aksi",
                &[
                    "rencana aksi",
                    "rencana_aksi",
                    "rencanaaksi",
                    "aksi",
                    "plan",
                    "action plan",
                ],
            ),
            ("tanggal", &["tanggal", "tanggal kegiatan", "date", "tgl"]),
            (
                "jam_mulai",
                &[
                    "jam mulai",
                    "jam_mulai",
                    "jammulai",
                    "mulai",
                    "start",
                    "start time",
                    "waktu mulai",
                ],
            ),
            (
                "jam_selesai",
                &[
                    "jam selesai",
                    "jam_selesai",
                    "jamselesai",
                    "selesai",
                    "end",
                    "end time",
                    "waktu selesai",
                ],
            ),
            (
                "kegiatan",
                &[
                    "kegiatan",
                    "kegiatan harian",
                    "aktivitas",
                    "activity",
                    "deskripsi",
                    "uraian",
                    "uraian kegiatan",
                ],
            ),
            (
                "realisasi",
                &[
                    "realisasi",
                    "qty",
                    "jumlah",
                    "quantity",
                    "output",
                    "capaian",
                ],
            ),
            ("satuan", &["satuan", "unit", "uom", "satuan output"]),
            (
                "bukti_dukung",
                &[
                    "bukti dukung",
                    "bukti_dukung",
                    "buktidukung",
                    "bukti",
                    "link",
                    "evidence",
                    "link bukti",
                ],
            ),
        ];
        let kepala: Vec<String> = KOLOM_PROGRES.iter().map(|k| k.to_lowercase()).collect();
        for (i, (kolom, nama)) in alias.iter().enumerate() {
            let ketemu = kepala
                .iter()
                .position(|h| nama.iter().any(|a| h.contains(a)));
            assert_eq!(ketemu, Some(i), "{kolom}");
        }
        for h in &kepala[8..] {
            assert!(
                alias
                    .iter()
                    .all(|(_, nama)| nama.iter().all(|a| !h.contains(a))),
                "{h}"
            );
        }
    }

    #[test]
    fn csv_quotes_commas_quotes_and_line_breaks_and_tsv_never_breaks_a_cell() {
        let mut skp = contoh_analis_kebijakan();
        skp.rhk[0].rencana_hasil_kerja = "Tersusunnya \"kajian\"; kebijakan,\tdua\r\nbaris".into();
        skp.evaluasi[0].realisasi[0].uraian = "=satu\nbaris; dua, \"tiga\"".into();
        let csv = tabel_skp(&skp, Bentuk::Csv);
        assert!(
            csv.contains(";\"Tersusunnya \"\"kajian\"\"; kebijakan,\tdua\r\nbaris\";"),
            "{csv}"
        );
        let log = progres_harian(&skp, Bentuk::Csv);
        assert!(
            log.contains(";\"'=satu\nbaris; dua, \"\"tiga\"\"\";"),
            "{log}"
        );
        for (tsv, kolom) in [
            (tabel_skp(&skp, Bentuk::Tsv), KOLOM_SKP.len()),
            (progres_harian(&skp, Bentuk::Tsv), KOLOM_PROGRES.len()),
        ] {
            assert!(!tsv.contains('\r') && !tsv.starts_with(BOM));
            let baris: Vec<&str> = tsv.split('\n').collect();
            assert_eq!(baris.last(), Some(&""));
            for b in &baris[..baris.len() - 1] {
                assert_eq!(b.split('\t').count(), kolom, "{b:?}");
            }
        }
        let tsv = tabel_skp(&skp, Bentuk::Tsv);
        assert!(
            tsv.contains("\tTersusunnya \"kajian\"; kebijakan, dua baris\t"),
            "{tsv}"
        );
        let tsv = progres_harian(&skp, Bentuk::Tsv);
        assert!(tsv.contains("\t'=satu baris; dua, \"tiga\"\t"), "{tsv}");
    }
}
