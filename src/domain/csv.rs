//! CSV for spreadsheets set to the Indonesian locale (docs/csv.md): UTF-8 with a byte-order
//! mark, `;` between cells, CRLF between rows, decimal comma, dates as dd/mm/yyyy. Text cells
//! that a spreadsheet would run as a formula (starting with `=`, `+`, `-`, `@`, tab or CR) are
//! prefixed with `'` so they stay text.

use chrono::NaiveDate;

use crate::domain::lang::Lang;
use crate::domain::model::{Aspek, JenisRhk, Skp, Target};
use crate::domain::rules::capaian::CapaianSkp;
use crate::domain::rules::tautan::baca_tautan;

/// The byte-order mark that tells Excel the file is UTF-8.
pub const BOM: &str = "\u{feff}";
/// The cell separator of the Indonesian (and most European) Excel locales.
pub const PEMISAH: char = ';';

/// One cell: text is guarded against formulas, numbers and dates are written in the locale.
#[derive(Debug, Clone, PartialEq)]
pub enum Sel {
    /// Free text.
    Teks(String),
    /// A number, written with a decimal comma; absent values are an empty cell.
    Angka(Option<f64>),
    /// A date, written dd/mm/yyyy; absent dates are an empty cell.
    Tanggal(Option<NaiveDate>),
}

impl Sel {
    /// A text cell.
    pub fn teks(s: impl Into<String>) -> Sel {
        Sel::Teks(s.into())
    }
}

/// A number with a decimal comma, no thousands separator, at most 2 decimals, no trailing zeros.
pub fn angka(n: f64) -> String {
    crate::domain::angka::fmt_angka(n, crate::domain::lang::Lang::Id)
}

/// A date as dd/mm/yyyy.
pub fn tanggal(d: NaiveDate) -> String {
    d.format("%d/%m/%Y").to_string()
}

/// The formula guard: a text a spreadsheet would run as a formula gets a leading `'`.
fn dijaga(s: &str) -> String {
    let bahaya = s.starts_with(['=', '+', '-', '@', '\t', '\r']);
    if bahaya {
        format!("'{s}")
    } else {
        s.to_string()
    }
}

fn teks_aman(s: &str) -> String {
    let s = dijaga(s);
    if s.contains([PEMISAH, '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s
    }
}

/// One cell as written in the file.
pub fn tulis_sel(sel: &Sel) -> String {
    match sel {
        Sel::Teks(s) => teks_aman(s),
        Sel::Angka(n) => n.map(angka).unwrap_or_default(),
        Sel::Tanggal(d) => d.map(tanggal).unwrap_or_default(),
    }
}

/// The whole file: BOM, then each row's cells joined by `;`, rows ended by CRLF.
pub fn tulis(baris: &[Vec<Sel>]) -> String {
    let mut out = String::from(BOM);
    for b in baris {
        let sel: Vec<String> = b.iter().map(tulis_sel).collect();
        out.push_str(&sel.join(&PEMISAH.to_string()));
        out.push_str("\r\n");
    }
    out
}

/// One cell of tab-separated text, for pasting into a form or a spreadsheet: written as in
/// the CSV (decimal comma, dd/mm/yyyy, the formula guard) but never quoted, since a form
/// would show the quotes: a tab, CR or LF inside the cell becomes a space (CRLF one space),
/// so each cell stays in its column and each row on its line.
pub fn tulis_sel_tsv(sel: &Sel) -> String {
    match sel {
        Sel::Teks(s) => {
            let bersih = s.replace("\r\n", " ").replace(['\t', '\r', '\n'], " ");
            // Pasted text lands in web forms too (e-Kinerja), where a `'` shows as typed: only
            // what a sheet would take as a formula or a number is guarded, not a "- " bullet.
            // A leading tab or line break, now a space, still counts (some sheets trim a cell).
            let rumus = |c: Option<char>| c.is_some_and(|c| c.is_ascii_digit() || c == '=');
            let mut huruf = s.trim_start_matches(['\t', '\r', '\n']).chars();
            let awal = huruf.next();
            let bahaya = match awal {
                Some('=' | '@') => true,
                Some('+' | '-') => rumus(huruf.next()),
                _ => false,
            } || (s.starts_with(['\t', '\r', '\n']) && awal.is_some());
            if bahaya {
                format!("'{bersih}")
            } else {
                bersih
            }
        }
        Sel::Angka(_) | Sel::Tanggal(_) => tulis_sel(sel),
    }
}

/// Tab-separated text for the clipboard: no byte-order mark, cells joined by a tab, each row
/// ended by LF (what spreadsheets and browsers accept when text is pasted).
pub fn tulis_tsv(baris: &[Vec<Sel>]) -> String {
    let mut out = String::new();
    for b in baris {
        let sel: Vec<String> = b.iter().map(tulis_sel_tsv).collect();
        out.push_str(&sel.join("\t"));
        out.push('\n');
    }
    out
}

/// The words of the CSV exports in one language: the domain fixes the columns, `crate::i18n`
/// supplies the words.
pub struct KataCsv {
    /// Header of the SKP table.
    pub kolom_skp: [&'static str; 9],
    /// Header of the realisasi table.
    pub kolom_realisasi: [&'static str; 15],
    /// "Utama", "Tambahan".
    pub utama: &'static str,
    pub tambahan: &'static str,
    /// Kuantitas, Kualitas, Waktu, Biaya.
    pub aspek: [&'static str; 4],
}

impl KataCsv {
    fn aspek(&self, a: Aspek) -> &'static str {
        match a {
            Aspek::Kuantitas => self.aspek[0],
            Aspek::Kualitas => self.aspek[1],
            Aspek::Waktu => self.aspek[2],
            Aspek::Biaya => self.aspek[3],
        }
    }
}

/// Target as three cells: lower value, upper value (ranges only), unit — or the description.
pub(crate) fn target_sel(t: Option<&Target>) -> [Sel; 3] {
    match t {
        Some(Target::Nilai { nilai, satuan }) => [
            Sel::Angka(Some(*nilai)),
            Sel::Angka(None),
            Sel::teks(satuan),
        ],
        Some(Target::Rentang { min, maks, satuan }) => [
            Sel::Angka(Some(*min)),
            Sel::Angka(Some(*maks)),
            Sel::teks(satuan),
        ],
        Some(Target::Deskripsi { deskripsi }) => {
            [Sel::teks(deskripsi), Sel::Angka(None), Sel::teks("")]
        }
        None => [Sel::Angka(None), Sel::Angka(None), Sel::teks("")],
    }
}

fn kepala(kolom: &[&str]) -> Vec<Sel> {
    kolom.iter().map(|s| Sel::teks(*s)).collect()
}

/// The SKP table: one row per IKI, in the official column order.
pub fn tabel_skp(skp: &Skp, kata: &KataCsv) -> String {
    let mut baris = vec![kepala(&kata.kolom_skp)];
    for (n, rhk) in skp.rhk.iter().enumerate() {
        let jenis = match rhk.jenis {
            JenisRhk::Utama => kata.utama,
            JenisRhk::Tambahan => kata.tambahan,
        };
        for iki in &rhk.iki {
            let mut b = vec![
                Sel::Angka(Some((n + 1) as f64)),
                Sel::teks(jenis),
                Sel::teks(&rhk.rhk_pimpinan.teks),
                Sel::teks(&rhk.rencana_hasil_kerja),
                Sel::teks(kata.aspek(iki.aspek)),
                Sel::teks(&iki.indikator),
            ];
            b.extend(target_sel(iki.target.as_ref()));
            baris.push(b);
        }
    }
    tulis(&baris)
}

/// The realisasi table: one row per realisasi, by period, with the period target and capaian
/// as in the gap analysis (quantity targets pro-rated, assumption `gap-pro-rata`).
pub fn tabel_realisasi(skp: &Skp, kata: &KataCsv, lang: Lang) -> String {
    let daftar = skp.daftar_periode_evaluasi();
    let semua = CapaianSkp::of(skp);
    let mut baris = vec![kepala(&kata.kolom_realisasi)];
    let mut evaluasi: Vec<_> = skp.evaluasi.iter().collect();
    evaluasi.sort_by_key(|e| e.periode_ke);
    for e in evaluasi {
        let p = daftar.iter().find(|p| p.ke == e.periode_ke);
        for r in &e.realisasi {
            let Some((rhk, iki)) = skp
                .rhk
                .iter()
                .flat_map(|h| h.iki.iter().map(move |i| (h, i)))
                .find(|(_, i)| i.id == r.iki_id)
            else {
                continue;
            };
            let hitung = semua.iki(&iki.id).and_then(|c| c.pada(Some(e.periode_ke)));
            let target = hitung.and_then(|c| c.target.clone());
            let capaian = hitung.and_then(|c| c.capaian);
            let bukti: Vec<&str> = r
                .bukti_dukung
                .iter()
                .map(|b| {
                    if b.keterangan.is_empty() {
                        b.tautan.as_str()
                    } else {
                        b.keterangan.as_str()
                    }
                })
                .collect();
            // The address each link opens (completed to https:// as the app opens it).
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
            let tanggal_bukti: Vec<String> = r
                .bukti_dukung
                .iter()
                .filter_map(|b| b.tanggal)
                .map(tanggal)
                .collect();
            let mut b = vec![
                Sel::Teks(p.map(|p| p.label(lang)).unwrap_or_default()),
                Sel::Tanggal(p.map(|p| p.mulai)),
                Sel::Tanggal(p.map(|p| p.selesai)),
                Sel::teks(&rhk.rencana_hasil_kerja),
                Sel::teks(&iki.indikator),
            ];
            b.extend(target_sel(target.as_ref()));
            b.extend([
                Sel::Angka(r.nilai),
                Sel::Angka(capaian),
                Sel::teks(&r.uraian),
                Sel::Teks(bukti.join(" | ")),
                Sel::Teks(tautan.join(" | ")),
                Sel::Teks(tanggal_bukti.join(" | ")),
                Sel::teks(&r.kendala),
            ]);
            baris.push(b);
        }
    }
    tulis(&baris)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::contoh::contoh_analis_kebijakan;

    #[test]
    fn numbers_use_a_decimal_comma_and_no_trailing_zeros() {
        assert_eq!(angka(12.5), "12,5");
        assert_eq!(angka(3.0), "3");
        assert_eq!(angka(66.666_666), "66,67");
        assert_eq!(angka(-0.001), "0");
        assert_eq!(angka(-4.25), "-4,25");
        assert_eq!(angka(1234567.0), "1234567");
        assert_eq!(angka(f64::NAN), "");
    }

    #[test]
    fn dates_are_day_month_year() {
        let d = NaiveDate::from_ymd_opt(2025, 3, 7).unwrap();
        assert_eq!(tanggal(d), "07/03/2025");
    }

    #[test]
    fn separators_quotes_and_newlines_are_quoted() {
        assert_eq!(tulis_sel(&Sel::teks("a;b")), "\"a;b\"");
        assert_eq!(
            tulis_sel(&Sel::teks("kata \"ini\"")),
            "\"kata \"\"ini\"\"\""
        );
        assert_eq!(tulis_sel(&Sel::teks("baris\nbaru")), "\"baris\nbaru\"");
        assert_eq!(tulis_sel(&Sel::teks("a\r\nb")), "\"a\r\nb\"");
        assert_eq!(
            tulis_sel(&Sel::teks("biasa, dengan koma")),
            "biasa, dengan koma"
        );
    }

    #[test]
    fn text_that_looks_like_a_formula_stays_text() {
        for s in ["=1+1", "+62 811", "-5", "@SUM(A1)", "\tx", "\rx"] {
            let out = tulis_sel(&Sel::teks(s));
            assert!(
                out.trim_start_matches('"').starts_with('\''),
                "{s:?} -> {out:?}"
            );
        }
        assert_eq!(
            tulis_sel(&Sel::teks("=HYPERLINK(\"x\";1)")),
            "\"'=HYPERLINK(\"\"x\"\";1)\""
        );
        // Numbers are numbers: a negative value is not guarded.
        assert_eq!(tulis_sel(&Sel::Angka(Some(-5.0))), "-5");
        assert_eq!(tulis_sel(&Sel::Angka(None)), "");
        assert_eq!(tulis_sel(&Sel::Tanggal(None)), "");
    }

    #[test]
    fn the_file_starts_with_a_bom_and_ends_rows_with_crlf() {
        let out = tulis(&[
            vec![Sel::teks("a"), Sel::Angka(Some(1.5))],
            vec![Sel::teks("b;c"), Sel::Angka(None)],
        ]);
        assert_eq!(out, "\u{feff}a;1,5\r\n\"b;c\";\r\n");
    }

    #[test]
    fn tab_separated_cells_hold_no_tab_or_line_break_and_are_never_quoted() {
        assert_eq!(tulis_sel_tsv(&Sel::teks("a\tb\r\nc\nd\re")), "a b c d e");
        assert_eq!(tulis_sel_tsv(&Sel::teks("a;\"b\"")), "a;\"b\"");
        // The formula guard still holds, also after a leading tab became a space.
        assert_eq!(tulis_sel_tsv(&Sel::teks("=1+1")), "'=1+1");
        assert_eq!(tulis_sel_tsv(&Sel::teks("\t=1")), "' =1");
        assert_eq!(tulis_sel_tsv(&Sel::teks("\n-")), "' -");
        assert_eq!(tulis_sel_tsv(&Sel::Angka(Some(12.5))), "12,5");
        let out = tulis_tsv(&[
            vec![Sel::teks("x\ty"), Sel::Angka(None)],
            vec![Sel::teks("baris\nbaru"), Sel::Angka(Some(-5.0))],
        ]);
        assert_eq!(out, "x y\t\nbaris baru\t-5\n");
    }

    #[test]
    fn the_skp_table_has_one_row_per_iki() {
        let skp = contoh_analis_kebijakan();
        let out = tabel_skp(&skp, crate::i18n::csv::kata(Lang::Id));
        let iki: usize = skp.rhk.iter().map(|r| r.iki.len()).sum();
        assert!(out.starts_with(BOM));
        assert_eq!(out.matches("\r\n").count(), iki + 1);
        let header = out.trim_start_matches(BOM).lines().next().unwrap();
        assert!(header.starts_with("No;Jenis;RHK Pimpinan yang Diintervensi;"));
        assert!(out.contains("Jumlah modul yang digunakan dalam komunitas belajar;1;;Modul"));
    }

    #[test]
    fn the_realisasi_table_has_one_row_per_realisasi_with_period_dates() {
        let skp = contoh_analis_kebijakan();
        let out = tabel_realisasi(&skp, crate::i18n::csv::kata(Lang::Id), Lang::Id);
        let n: usize = skp.evaluasi.iter().map(|e| e.realisasi.len()).sum();
        assert_eq!(out.matches("\r\n").count(), n + 1);
        assert!(out.contains("Triwulan I 2025;01/01/2025;31/03/2025;"));
        // iki-4 in quarter II: 11 of a pro-rated target, with its kendala and evidence date.
        let baris = out
            .lines()
            .find(|l| l.contains("Sebelas kabupaten/kota"))
            .unwrap();
        assert!(baris.contains(";11;"), "{baris}");
        assert!(baris.contains("27/06/2025"), "{baris}");
        assert!(
            baris.ends_with("Kunjungan lapangan dua kabupaten ditunda"),
            "{baris}"
        );
    }

    #[test]
    fn the_realisasi_table_keeps_both_bounds_of_a_range_and_every_evidence_date() {
        use crate::domain::model::BuktiDukung;
        let mut skp = contoh_analis_kebijakan();
        let iki_id = skp.evaluasi[0].realisasi[0].iki_id.clone();
        let iki = skp
            .rhk
            .iter_mut()
            .flat_map(|r| r.iki.iter_mut())
            .find(|i| i.id == iki_id)
            .unwrap();
        iki.aspek = Aspek::Kualitas;
        iki.target = Some(Target::Rentang {
            min: 60.0,
            maks: 80.0,
            satuan: "%".into(),
        });
        let r = &mut skp.evaluasi[0].realisasi[0];
        r.uraian = "DUA TANGGAL".into();
        let contoh = r.bukti_dukung[0].clone();
        r.bukti_dukung = vec![
            BuktiDukung {
                tanggal: NaiveDate::from_ymd_opt(2025, 2, 3),
                ..contoh.clone()
            },
            BuktiDukung {
                id: "bd-lain".into(),
                tanggal: NaiveDate::from_ymd_opt(2025, 3, 4),
                ..contoh
            },
        ];
        let out = tabel_realisasi(&skp, crate::i18n::csv::kata(Lang::Id), Lang::Id);
        let header: Vec<&str> = out
            .trim_start_matches(BOM)
            .lines()
            .next()
            .unwrap()
            .split(';')
            .collect();
        assert_eq!(
            header[5..8],
            ["Target periode", "Target periode maks", "Satuan"]
        );
        let baris = out.lines().find(|l| l.contains("DUA TANGGAL")).unwrap();
        let sel: Vec<&str> = baris.split(';').collect();
        assert_eq!(sel.len(), header.len());
        assert_eq!(sel[5..8], ["60", "80", "%"]);
        // Each evidence's link, beside the descriptions, and every date.
        assert_eq!(
            header[11..14],
            ["Bukti dukung", "Tautan bukti dukung", "Tanggal bukti"]
        );
        assert_eq!(
            sel[12],
            "https://drive.example.go.id/skp-2025/re-1 | https://drive.example.go.id/skp-2025/re-1"
        );
        assert_eq!(sel[13], "03/02/2025 | 04/03/2025");
    }

    #[test]
    fn pasted_text_guards_formulas_and_numbers_but_not_bullets() {
        let sel = |s: &str| tulis_sel_tsv(&Sel::teks(s));
        assert_eq!(sel("=SUM(A1)"), "'=SUM(A1)");
        assert_eq!(sel("+62812"), "'+62812");
        assert_eq!(sel("-5 hari"), "'-5 hari");
        assert_eq!(sel("@pimpinan"), "'@pimpinan");
        // A dash bullet is text in a sheet and in e-Kinerja's form: no stray apostrophe.
        assert_eq!(sel("- Menyusun laporan"), "- Menyusun laporan");
        assert_eq!(
            sel("Rapat\tkoordinasi\nbulanan"),
            "Rapat koordinasi bulanan"
        );
    }
}
