//! The class table as CSV, written as every CSV of the app is (docs/csv.md,
//! [`crate::domain::csv`]): BOM, `;`, CRLF, decimal comma, formula guard.

use super::baris::BarisKelas;
use super::samaran::{nama_tampil, nip_tampil, Samaran};
use crate::domain::csv::{tulis, Sel};
use crate::domain::model::{JenisPeriodeEvaluasi, Penilai, Rating};
use crate::domain::rules::predikat::Predikat;

/// The words of the class CSV in one language (`crate::i18n::kelas`): the domain fixes the
/// columns, the catalogue the words.
pub struct KataKelasCsv {
    /// No; Nama; NIP; Jabatan; Unit Kerja; Tahun; Pejabat Penilai Kinerja; Hal wajib yang
    /// kurang; Peringatan; Jumlah RHK; Jumlah IKI.
    pub kolom_awal: [&'static str; 11],
    /// The header of the column naming each row's kind of evaluation period: the capaian
    /// columns after it count that row's periods (a class may mix quarterly and monthly SKPs).
    pub kolom_jenis_periode: &'static str,
    /// A kind of evaluation period: Bulanan, Triwulanan, Semesteran.
    pub jenis_periode: fn(JenisPeriodeEvaluasi) -> &'static str,
    /// The header of the capaian column of period `ke`.
    pub capaian_periode: fn(u32) -> String,
    /// Rating Hasil Kerja; Rating Perilaku Kerja; Predikat; Dasar predikat; Sumber rating;
    /// JP diperoleh; Memenuhi 20 JP; Latihan.
    pub kolom_akhir: [&'static str; 8],
    pub rating: fn(Rating) -> &'static str,
    pub predikat: fn(Predikat) -> &'static str,
    /// Whose ratings the predikat rests on (the *Sumber rating* column): the appraiser's or
    /// the person's own.
    pub penilai: fn(Penilai) -> &'static str,
    /// The annual evaluation, as a predikat's basis.
    pub tahunan: &'static str,
    /// Period `ke`, as a predikat's basis.
    pub periode: fn(u32) -> String,
    /// Leader number `n` in the anonymised view.
    pub pimpinan: fn(usize) -> String,
    pub ya: &'static str,
    pub tidak: &'static str,
}

/// The class table, one row per participant in the order given; as many capaian columns as
/// the row with the most periods. `samarkan`: each participant's name becomes their
/// pseudonym, the NIP is left empty and each leader is numbered as [`Samaran`] numbers the
/// leaders of these rows (give every row of the class for the numbers the screen shows).
pub fn csv_kelas(baris: &[BarisKelas], samarkan: bool, kata: &KataKelasCsv) -> String {
    let periode = baris
        .iter()
        .map(|b| b.capaian_periode.len())
        .max()
        .unwrap_or(0);
    let samaran = Samaran::dari(baris);
    let mut kepala: Vec<Sel> = kata.kolom_awal.iter().map(|s| Sel::teks(*s)).collect();
    kepala.push(Sel::teks(kata.kolom_jenis_periode));
    kepala.extend((1..=periode as u32).map(|ke| Sel::Teks((kata.capaian_periode)(ke))));
    kepala.extend(kata.kolom_akhir.iter().map(|s| Sel::teks(*s)));
    let mut isi = vec![kepala];
    for (n, b) in baris.iter().enumerate() {
        let pimpinan = if samarkan {
            samaran
                .pimpinan(&b.pejabat_penilai)
                .map(kata.pimpinan)
                .unwrap_or_default()
        } else {
            b.pejabat_penilai.clone()
        };
        let ya_tidak = |v: bool| Sel::teks(if v { kata.ya } else { kata.tidak });
        let mut sel = vec![
            Sel::Angka(Some((n + 1) as f64)),
            Sel::Teks(nama_tampil(b, samarkan)),
            Sel::teks(nip_tampil(b, samarkan)),
            Sel::teks(&b.jabatan),
            Sel::teks(&b.unit_kerja),
            Sel::Angka(Some(f64::from(b.tahun))),
            Sel::Teks(pimpinan),
            Sel::Angka(Some(b.galat as f64)),
            Sel::Angka(Some(b.peringatan as f64)),
            Sel::Angka(Some(b.jumlah_rhk as f64)),
            Sel::Angka(Some(b.jumlah_iki as f64)),
        ];
        sel.push(Sel::teks((kata.jenis_periode)(b.periode_evaluasi)));
        sel.extend((0..periode).map(|i| Sel::Angka(b.capaian_periode.get(i).copied().flatten())));
        sel.extend([
            Sel::teks(b.rating_hasil_kerja.map(kata.rating).unwrap_or_default()),
            Sel::teks(b.rating_perilaku_kerja.map(kata.rating).unwrap_or_default()),
            Sel::teks(b.predikat.map(kata.predikat).unwrap_or_default()),
            Sel::Teks(b.dasar.map_or_else(String::new, |d| match d.periode {
                None => kata.tahunan.to_string(),
                Some(ke) => (kata.periode)(ke),
            })),
            Sel::teks(b.dasar.map(|d| (kata.penilai)(d.dari)).unwrap_or_default()),
            Sel::Angka(Some(b.jp)),
            ya_tidak(b.jp_memenuhi),
            ya_tidak(b.latihan),
        ]);
        isi.push(sel);
    }
    tulis(&isi)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::contoh::{contoh_analis_kebijakan, contoh_pengadministrasi_perkantoran};
    use crate::domain::csv::BOM;
    use crate::domain::kelas::baris::tabel_dari_skp;
    use crate::domain::Lang;

    fn kelas() -> Vec<BarisKelas> {
        let mut a = contoh_analis_kebijakan();
        a.pegawai.nama = "Rina \"Ina\"; Kartika".into();
        let b = contoh_pengadministrasi_perkantoran();
        tabel_dari_skp([a, b])
    }

    #[test]
    fn the_class_table_has_the_documented_header_and_rows() {
        let out = csv_kelas(&kelas(), false, crate::i18n::kelas::kata(Lang::Id));
        assert!(out.starts_with(BOM));
        let baris: Vec<&str> = out.trim_start_matches(BOM).split("\r\n").collect();
        assert_eq!(baris.len(), 4, "two rows, a header and the last CRLF");
        assert_eq!(
            baris[0],
            "No;Nama;NIP;Jabatan;Unit Kerja;Tahun;Pejabat Penilai Kinerja;Hal wajib yang kurang;\
             Peringatan;Jumlah RHK;Jumlah IKI;Periode evaluasi;Capaian periode ke-1 (%);Capaian periode ke-2 (%);\
             Capaian periode ke-3 (%);Capaian periode ke-4 (%);Rating Hasil Kerja;\
             Rating Perilaku Kerja;Predikat;Dasar predikat;Sumber rating;JP diperoleh;\
             Memenuhi 20 JP;Latihan"
        );
        assert_eq!(
            baris[1],
            "1;\"Rina \"\"Ina\"\"; Kartika\";199203152019032011;Analis Kebijakan Ahli Pertama;\
             Bidang Pemerintahan dan Pembangunan Manusia, Bappeda;2025;Ahmad Fauzi, S.E., M.M.;\
             0;0;3;8;Triwulanan;97,78;91,67;97,22;;Sesuai Ekspektasi;Di Atas Ekspektasi;Baik;Periode ke-2;\
             Pejabat Penilai Kinerja;26;Ya;Tidak"
        );
        assert_eq!(baris[3], "");
        let en = csv_kelas(&kelas(), false, crate::i18n::kelas::kata(Lang::En));
        assert!(
            en.contains(";Good;Period 2;Appraiser (Pejabat Penilai Kinerja);26;Yes;No\r\n"),
            "{en}"
        );
        assert!(
            en.contains(";Predikat from;Rating source;JP earned;Reaches 20 JP;Practice\r\n"),
            "{en}"
        );
        assert!(en.contains(";Required items missing;"), "{en}");
    }

    #[test]
    fn the_anonymised_table_holds_no_name_or_nip() {
        let t = kelas();
        let out = csv_kelas(&t, true, crate::i18n::kelas::kata(Lang::Id));
        let a = contoh_analis_kebijakan();
        let b = contoh_pengadministrasi_perkantoran();
        for orang in [
            &a.pegawai,
            &a.pejabat_penilai,
            &b.pegawai,
            &b.pejabat_penilai,
        ] {
            let nama_depan = orang.nama.split([' ', ',']).next().unwrap();
            assert!(!out.contains(nama_depan), "{} in {out}", orang.nama);
            assert!(!out.contains(&orang.nip), "{} in {out}", orang.nip);
        }
        assert!(!out.contains("Ina"));
        let baris: Vec<Vec<&str>> = out
            .lines()
            .skip(1)
            .map(|l| l.split(';').collect())
            .collect();
        assert_eq!(baris[0][1..3], ["P01", ""]);
        assert_eq!(baris[1][1..3], ["P02", ""]);
        // Ahmad Fauzi before Hendra Gunawan.
        assert_eq!((baris[0][6], baris[1][6]), ("Pimpinan 1", "Pimpinan 2"));
    }

    /// The cells of each line after the header (no cell here holds a `;`).
    fn sel(out: &str) -> Vec<Vec<String>> {
        out.trim_start_matches(BOM)
            .split("\r\n")
            .filter(|l| !l.is_empty())
            .map(|l| l.split(';').map(str::to_string).collect())
            .collect()
    }

    #[test]
    fn a_participant_with_fewer_periods_leaves_the_other_capaian_cells_empty() {
        let mut t = kelas();
        t[0].nama = "Rina Kartika".into();
        // Half-yearly: two periods, where the other participant has four.
        t[1].periode_evaluasi = crate::domain::model::JenisPeriodeEvaluasi::Semesteran;
        t[1].capaian_periode = vec![Some(88.5), None];
        t[1].dasar = Some(crate::domain::kelas::DasarPredikat {
            periode: Some(1),
            dari: Penilai::Mandiri,
        });
        let out = csv_kelas(&t, false, crate::i18n::kelas::kata(Lang::Id));
        let isi = sel(&out);
        assert_eq!(isi.len(), 3);
        let kepala = &isi[0];
        assert!(isi.iter().all(|b| b.len() == kepala.len()), "{out}");
        let kolom = |nama: &str| kepala.iter().position(|k| k == nama).unwrap();
        let ke = |n: u32| kolom(&format!("Capaian periode ke-{n} (%)"));
        assert_eq!(isi[2][ke(1)], "88,5");
        // Each row says what its periods are: here half-years beside quarters.
        let jenis = kolom("Periode evaluasi");
        assert_eq!(
            (isi[1][jenis].as_str(), isi[2][jenis].as_str()),
            ("Triwulanan", "Semesteran")
        );
        assert_eq!(
            (
                isi[2][ke(2)].as_str(),
                isi[2][ke(3)].as_str(),
                isi[2][ke(4)].as_str()
            ),
            ("", "", "")
        );
        assert_eq!(isi[1][ke(4)], "");
        assert_eq!(isi[1][ke(3)], "97,22");
        // The columns after the capaian stay in their place.
        assert_eq!(isi[2][kolom("Dasar predikat")], "Periode ke-1");
        assert_eq!(
            isi[2][kolom("Sumber rating")],
            "Pegawai sendiri (penilaian mandiri)"
        );
        assert_eq!(isi[1][kolom("Sumber rating")], "Pejabat Penilai Kinerja");
    }

    #[test]
    fn the_anonymised_table_leaves_an_empty_pejabat_penilai_empty() {
        let mut t = kelas();
        t[0].nama = "Rina Kartika".into();
        t[0].pejabat_penilai = "  ".into();
        let out = csv_kelas(&t, true, crate::i18n::kelas::kata(Lang::Id));
        let isi = sel(&out);
        let kolom = isi[0]
            .iter()
            .position(|k| k == "Pejabat Penilai Kinerja")
            .unwrap();
        // No number for nobody; the one leader named is the first.
        assert_eq!(isi[1][kolom], "");
        assert_eq!(isi[2][kolom], "Pimpinan 1");
        assert_eq!(isi[1][1..3], ["P01", ""]);
        assert!(!out.contains("Pimpinan 2"));
    }
}
