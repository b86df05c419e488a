//! Words for what is wrong with a file: the messages of the file format's errors, in the
//! person's words, with the JSON path where the problem is.

use std::fmt;

use crate::domain::file::{FileError, Jenis, JenisBerkas, Problem};
use crate::domain::{Lang, Skp};

impl Problem {
    pub(crate) fn message(&self, lang: Lang) -> String {
        match (self, lang) {
            (Problem::MissingField(f), Lang::Id) => format!("kolom wajib `{f}` tidak ada"),
            (Problem::MissingField(f), Lang::En) => format!("the required field `{f}` is missing"),
            (Problem::UnknownField(f), Lang::Id) => {
                format!("kolom `{f}` tidak dikenal dalam format ini")
            }
            (Problem::UnknownField(f), Lang::En) => {
                format!("the field `{f}` is not part of this format")
            }
            (Problem::DuplicateField(f), Lang::Id) => format!("kolom `{f}` muncul dua kali"),
            (Problem::DuplicateField(f), Lang::En) => format!("the field `{f}` appears twice"),
            (Problem::UnknownVariant { found, expected }, Lang::Id) => {
                format!(
                    "pilihan `{found}` tidak dikenal; yang sah: {}",
                    choices(expected)
                )
            }
            (Problem::UnknownVariant { found, expected }, Lang::En) => {
                format!(
                    "the choice `{found}` is unknown; valid: {}",
                    choices(expected)
                )
            }
            (
                Problem::WrongType {
                    found: Jenis::Kosong,
                    expected,
                    ..
                },
                Lang::En,
            ) => format!("it is empty (null), expected {}", expected.nama(lang)),
            (
                Problem::WrongType {
                    found,
                    value,
                    expected,
                },
                Lang::Id,
            ) => format!(
                "isinya {}, seharusnya {}",
                found.isi(value.as_deref(), lang),
                expected.nama(lang)
            ),
            (
                Problem::WrongType {
                    found,
                    value,
                    expected,
                },
                Lang::En,
            ) => format!(
                "it holds {}, expected {}",
                found.isi(value.as_deref(), lang),
                expected.nama(lang)
            ),
            (Problem::OutOfRange { found, min, max }, Lang::Id) => {
                format!("isinya {found}, seharusnya {min} sampai {max}")
            }
            (Problem::OutOfRange { found, min, max }, Lang::En) => {
                format!("it holds {found}, expected {min} to {max}")
            }
            (Problem::BadDate { found: Some(d) }, Lang::Id) => {
                format!("tanggal \"{d}\" tidak sah, seharusnya YYYY-MM-DD (misalnya 2025-01-31)")
            }
            (Problem::BadDate { found: Some(d) }, Lang::En) => {
                format!("\"{d}\" is not a valid date, expected YYYY-MM-DD (e.g. 2025-01-31)")
            }
            (Problem::BadDate { found: None }, l) => l
                .pick(
                    "tanggal tidak sah, seharusnya YYYY-MM-DD (misalnya 2025-01-31)",
                    "not a valid date, expected YYYY-MM-DD (e.g. 2025-01-31)",
                )
                .into(),
            (Problem::YearOutOfRange { found }, Lang::Id) => format!(
                "tanggal {found}: tahun harus antara {} dan {}",
                Skp::TAHUN_MIN,
                Skp::TAHUN_MAX
            ),
            (Problem::YearOutOfRange { found }, Lang::En) => format!(
                "the date {found}: the year must be between {} and {}",
                Skp::TAHUN_MIN,
                Skp::TAHUN_MAX
            ),
            (Problem::TooFewItems { len, min }, Lang::Id) => {
                format!("daftar ini harus berisi sedikitnya {min} butir (sekarang {len})")
            }
            (Problem::TooFewItems { len, min }, Lang::En) => {
                format!("the list must hold at least {min} items (it holds {len})")
            }
            (Problem::TooFewLeaders { len, min }, Lang::Id) => {
                format!("Paket kasus harus memuat sedikitnya {min} SKP pimpinan (sekarang {len})")
            }
            (Problem::TooFewLeaders { len, min }, Lang::En) => {
                format!("A case pack must hold at least {min} leader's SKP (it holds {len})")
            }
            (Problem::EndsBeforeStart { mulai, selesai }, Lang::Id) => {
                format!("periode berakhir ({selesai}) sebelum dimulai ({mulai})")
            }
            (Problem::EndsBeforeStart { mulai, selesai }, Lang::En) => {
                format!("the period ends ({selesai}) before it starts ({mulai})")
            }
            (Problem::TooManyPeriods { found, max }, Lang::Id) => format!(
                "periode ini memuat {found} periode evaluasi, padahal paling banyak {max}; \
                 persingkat periodenya atau pilih periode evaluasi yang lebih panjang"
            ),
            (Problem::TooManyPeriods { found, max }, Lang::En) => format!(
                "the period holds {found} evaluation periods, and at most {max} are allowed; \
                 shorten it or choose longer evaluation periods"
            ),
            (Problem::NoOverlapWith(other), Lang::Id) => {
                format!("periode ini sama sekali tidak bertemu dengan periode `{other}`")
            }
            (Problem::NoOverlapWith(other), Lang::En) => {
                format!("this period does not overlap the period `{other}` at all")
            }
            (Problem::NotSameAs(other), Lang::Id) => {
                format!("isinya harus sama dengan `{other}`")
            }
            (Problem::NotSameAs(other), Lang::En) => {
                format!("it must be the same as `{other}`")
            }
            (Problem::NotTheLeaders, Lang::Id) => {
                "ini bagian yang ditulis pegawai, bukan pimpinan; lembar umpan balik hanya memuat \
                 tulisan Pejabat Penilai Kinerja"
                    .into()
            }
            (Problem::NotTheLeaders, Lang::En) => {
                "this is the employee's part, not the leader's; a feedback slip holds only what the \
                 Pejabat Penilai Kinerja wrote"
                    .into()
            }
            (Problem::Other(m), Lang::Id) => format!("isinya tidak sah ({m})"),
            (Problem::Other(m), Lang::En) => format!("the value is not valid ({m})"),
        }
    }
}

/// `a`, `b`, `c`: the same list in both languages.
fn choices(names: &[String]) -> String {
    names
        .iter()
        .map(|n| format!("`{n}`"))
        .collect::<Vec<_>>()
        .join(", ")
}

impl FileError {
    /// The message for the user.
    pub fn message(&self, lang: Lang) -> String {
        use FileError::*;
        let mb = |b: usize| b as f64 / (1024.0 * 1024.0);
        match (self, lang) {
            (TooLarge { size, max }, Lang::Id) => format!(
                "Berkas terlalu besar ({:.1} MB); batasnya {:.0} MB.",
                mb(*size),
                mb(*max)
            ),
            (TooLarge { size, max }, Lang::En) => format!(
                "The file is too large ({:.1} MB); the limit is {:.0} MB.",
                mb(*size),
                mb(*max)
            ),
            (Empty, l) => l.pick("Berkas kosong.", "The file is empty.").into(),
            (Binary, l) => l
                .pick(
                    "Berkas ini bukan teks (mungkin PDF, gambar, atau arsip). Pilih berkas .json dari SKP Mandiri.",
                    "This file is not text (perhaps a PDF, picture or archive). Choose a .json file from SKP Mandiri.",
                )
                .into(),
            (NotUtf8 { line, column }, Lang::Id) => format!(
                "Berkas ini berupa teks, tetapi bukan UTF-8 (baris {line}, kolom {column}; mungkin Windows-1252/Latin-1 dari editor lama atau Excel). Buka di editor teks, simpan ulang dengan pengodean UTF-8 (di Notepad: Simpan Sebagai → Pengodean: UTF-8), lalu impor lagi."
            ),
            (NotUtf8 { line, column }, Lang::En) => format!(
                "This file is text, but not UTF-8 (line {line}, column {column}; perhaps Windows-1252/Latin-1 from an older editor or Excel). Open it in a text editor, save it again with the UTF-8 encoding (in Notepad: Save As → Encoding: UTF-8), then import it again."
            ),
            (NotJson { line, column }, Lang::Id) => format!(
                "Berkas ini bukan JSON yang sah (baris {line}, kolom {column}). Mungkin berkasnya rusak atau terpotong."
            ),
            (NotJson { line, column }, Lang::En) => format!(
                "This file is not valid JSON (line {line}, column {column}). It may be damaged or cut off."
            ),
            (TooDeep { max }, Lang::Id) => format!("Struktur berkas bersarang lebih dari {max} tingkat."),
            (TooDeep { max }, Lang::En) => format!("The file is nested more than {max} levels deep."),
            (NoFormat, l) => l
                .pick(
                    "Berkas JSON ini bukan dari SKP Mandiri (tidak ada kolom `format`).",
                    "This JSON file is not from SKP Mandiri (it has no `format` field).",
                )
                .into(),
            (OtherFormat { format }, Lang::Id) => {
                format!("Berkas ini berformat `{format}`, bukan SKP atau cadangan SKP Mandiri.")
            }
            (OtherFormat { format }, Lang::En) => {
                format!("This file has format `{format}`, not an SKP Mandiri SKP or backup.")
            }
            (OtherFormatNotPack { format }, Lang::Id) => {
                format!("Berkas ini berformat `{format}`, bukan paket kasus latihan SKP Mandiri.")
            }
            (OtherFormatNotPack { format }, Lang::En) => {
                format!("This file has format `{format}`, not an SKP Mandiri workshop case pack.")
            }
            (OtherFormatNotSlip { format }, Lang::Id) => {
                format!("Berkas ini berformat `{format}`, bukan lembar umpan balik SKP Mandiri.")
            }
            (OtherFormatNotSlip { format }, Lang::En) => {
                format!("This file has format `{format}`, not an SKP Mandiri feedback slip.")
            }
            (WrongKind { found, expected }, lang) => salah_jenis(*found, *expected, lang),
            (BadVersion, l) => l
                .pick(
                    "Kolom `version` harus bilangan bulat positif.",
                    "The `version` field must be a positive whole number.",
                )
                .into(),
            (TooNew { version, known }, Lang::Id) => format!(
                "Berkas ini dibuat oleh versi SKP Mandiri yang lebih baru (format versi {version}; aplikasi ini mengenal sampai versi {known}). Perbarui aplikasi untuk membukanya."
            ),
            (TooNew { version, known }, Lang::En) => format!(
                "This file was written by a newer SKP Mandiri (format version {version}; this app reads up to version {known}). Update the app to open it."
            ),
            (ListTooLong { path, len, max }, Lang::Id) => {
                format!("Daftar `{path}` berisi {len} butir; batasnya {max}.")
            }
            (ListTooLong { path, len, max }, Lang::En) => {
                format!("The list `{path}` has {len} items; the limit is {max}.")
            }
            (StringTooLong { path, len, max }, Lang::Id) => {
                format!("Teks `{path}` panjangnya {len} karakter; batasnya {max}.")
            }
            (StringTooLong { path, len, max }, Lang::En) => {
                format!("The text `{path}` is {len} characters long; the limit is {max}.")
            }
            // Said as what the pack lacks, the path after it.
            (Invalid { path, problem: problem @ Problem::TooFewLeaders { .. } }, Lang::Id) => {
                format!("{}, di isian `{path}`.", problem.message(lang))
            }
            (Invalid { path, problem: problem @ Problem::TooFewLeaders { .. } }, Lang::En) => {
                format!("{}, in the field `{path}`.", problem.message(lang))
            }
            (Invalid { path, problem }, Lang::Id) => format!("Isian `{path}`: {}.", problem.message(lang)),
            (Invalid { path, problem }, Lang::En) => format!("Field `{path}`: {}.", problem.message(lang)),
            (DuplicateId { path, id }, Lang::Id) => format!("ID `{id}` di `{path}` sudah dipakai oleh butir lain."),
            (DuplicateId { path, id }, Lang::En) => format!("The id `{id}` at `{path}` is used twice."),
            (UnknownReference { path, id }, Lang::Id) => {
                format!("`{path}` merujuk ke ID `{id}` yang tidak ada.")
            }
            (UnknownReference { path, id }, Lang::En) => {
                format!("`{path}` refers to the id `{id}`, which does not exist.")
            }
        }
    }
}

/// A file of this app of another kind than expected: what it is, and where to open it instead.
fn salah_jenis(found: JenisBerkas, expected: JenisBerkas, lang: Lang) -> String {
    use JenisBerkas::*;
    match (found, expected) {
        (LembarUmpanBalik, _) => lang.pick(
            "Berkas ini lembar umpan balik dari pimpinan, bukan SKP. Pegawai membukanya lewat Impor berkas di halaman SKP Saya; di sana isinya ditambahkan ke SKP-nya.",
            "This file is a feedback slip from a leader, not an SKP. The employee opens it with Import a file on the My SKPs page, where it is added to their SKP.",
        ),
        (PaketKasus, LembarUmpanBalik) => lang.pick(
            "Berkas ini paket kasus latihan, bukan lembar umpan balik dari pimpinan. Buka lewat halaman Kelas & Latihan.",
            "This file is a workshop case pack, not a feedback slip from a leader. Open it on the Classes & Practice page.",
        ),
        (Skp, LembarUmpanBalik) => lang.pick(
            "Berkas ini satu SKP, bukan lembar umpan balik dari pimpinan. Impor SKP lewat halaman SKP Saya.",
            "This file is an SKP, not a feedback slip from a leader. Import an SKP on the My SKPs page.",
        ),
        (Cadangan, LembarUmpanBalik) => lang.pick(
            "Berkas ini cadangan SKP, bukan lembar umpan balik dari pimpinan. Pulihkan cadangan lewat halaman SKP Saya.",
            "This file is an SKP backup, not a feedback slip from a leader. Restore a backup on the My SKPs page.",
        ),
        (PaketKasus, _) => lang.pick(
            "Berkas ini paket kasus latihan, bukan SKP. Buka lewat halaman Kelas & Latihan.",
            "This file is a workshop case pack, not an SKP. Open it on the Classes & Practice page.",
        ),
        (Skp, PaketKasus) => lang.pick(
            "Berkas ini berisi satu SKP, bukan paket kasus latihan. Impor SKP lewat halaman SKP Saya.",
            "This file is an SKP, not a workshop case pack. Import an SKP on the My SKPs page.",
        ),
        (Cadangan, PaketKasus) => lang.pick(
            "Berkas ini cadangan SKP, bukan paket kasus latihan. Pulihkan cadangan lewat halaman SKP Saya.",
            "This file is an SKP backup, not a workshop case pack. Restore a backup on the My SKPs page.",
        ),
        (Cadangan, _) => lang.pick(
            "Berkas ini cadangan berisi beberapa SKP, bukan satu SKP.",
            "This file is a backup of several SKPs, not one SKP.",
        ),
        (Skp, _) => lang.pick(
            "Berkas ini berisi satu SKP, bukan jenis berkas yang diharapkan di sini.",
            "This file is one SKP, not the kind of file expected here.",
        ),
    }
    .into()
}

impl fmt::Display for FileError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message(Lang::En))
    }
}

impl Jenis {
    /// The kind's name, as it follows "seharusnya" / "expected".
    pub fn nama(&self, lang: Lang) -> String {
        let (id, en) = match self {
            Jenis::Angka => ("angka", "a number"),
            Jenis::BilanganBulat => ("bilangan bulat", "a whole number"),
            Jenis::Cacah => ("bilangan bulat 0 atau lebih", "a whole number, 0 or more"),
            Jenis::Teks => ("teks", "text"),
            Jenis::Daftar => ("daftar", "a list"),
            Jenis::Objek => ("objek (kumpulan kolom)", "an object"),
            Jenis::YaTidak => ("ya/tidak (true/false)", "true/false"),
            Jenis::Tanggal => ("tanggal (YYYY-MM-DD)", "a date (YYYY-MM-DD)"),
            Jenis::Kosong => ("kosong (null)", "empty (null)"),
            Jenis::Pilihan => (
                "salah satu pilihan, berupa teks",
                "one of the choices, as text",
            ),
            Jenis::Lain(other) => return other.clone(),
        };
        lang.pick(id, en).to_string()
    }

    /// What a file holds, with its value when it is short and plain: `teks "lima"`,
    /// `angka 1.5`, `daftar`.
    pub fn isi(&self, value: Option<&str>, lang: Lang) -> String {
        match (self, value, lang) {
            (Jenis::Teks, Some(v), Lang::Id) => format!("teks \"{v}\""),
            (Jenis::Teks, Some(v), Lang::En) => format!("the text \"{v}\""),
            (Jenis::Angka | Jenis::BilanganBulat | Jenis::Cacah, Some(v), Lang::Id) => {
                format!("angka {v}")
            }
            (Jenis::Angka | Jenis::BilanganBulat | Jenis::Cacah, Some(v), Lang::En) => {
                format!("the number {v}")
            }
            (Jenis::YaTidak, Some(v), Lang::Id) => format!("nilai {v}"),
            (Jenis::YaTidak, Some(v), Lang::En) => format!("the value {v}"),
            (kind, _, lang) => kind.nama(lang),
        }
    }
}
