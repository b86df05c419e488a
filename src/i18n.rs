//! The text catalogue: every visible string, in Bahasa Indonesia (the default) and English.
//! Structs rather than string keys, so a missing translation is a compile error. This file
//! holds the shell's words; each area of the app has a sub-catalogue beside it.

pub mod assess;
mod berkas;
pub mod confirm;
pub mod csv;
pub mod develop;
pub mod follow_up;
pub mod istilah;
pub mod kelas;
pub mod lembar;
pub mod library;
pub mod monitor;
pub mod plan;
pub mod print;
mod temuan;
pub mod tinjauan;
pub mod workshop;

use crate::domain::Lang;
use crate::route::Route;

/// One stage of the SKP cycle as the navigation and its page describe it.
pub struct StageText {
    pub title: &'static str,
    pub summary: &'static str,
}

/// All strings of one language.
pub struct Text {
    pub app_name: &'static str,
    pub tagline: &'static str,
    pub skip_to_content: &'static str,
    pub nav_label: &'static str,
    pub nav_home: &'static str,
    pub switch_language: &'static str,
    pub switch_language_label: &'static str,
    pub home_title: &'static str,
    pub home_intro: &'static str,
    pub home_privacy_title: &'static str,
    pub home_privacy: &'static str,
    pub home_begin_title: &'static str,
    pub home_begin_steps: &'static [&'static str],
    pub home_begin_button: &'static str,
    pub home_stages_title: &'static str,
    pub not_found_title: &'static str,
    pub not_found_body: &'static str,
    pub chunk_loading: &'static str,
    pub chunk_failed_title: &'static str,
    pub chunk_failed_body: &'static str,
    pub chunk_retry: &'static str,
    pub footer_local: &'static str,
    pub footer_rules: &'static str,
    pub perencanaan: StageText,
    pub pelaksanaan: StageText,
    pub penilaian: StageText,
    pub tindak_lanjut: StageText,
    pub pengembangan: StageText,
    pub ringkasan: StageText,
}

impl Text {
    /// The entry of a stage of the cycle; `None` for pages that are not stages.
    pub fn stage(&self, route: Route) -> Option<&StageText> {
        Some(match route {
            Route::Perencanaan => &self.perencanaan,
            Route::Pelaksanaan => &self.pelaksanaan,
            Route::Penilaian => &self.penilaian,
            Route::TindakLanjut => &self.tindak_lanjut,
            Route::Pengembangan => &self.pengembangan,
            Route::Ringkasan => &self.ringkasan,
            Route::Beranda
            | Route::DaftarSkp
            | Route::Kelas
            | Route::Bawahan
            | Route::Cetak(_)
            | Route::TidakDikenal => return None,
        })
    }
}

/// The catalogue for a language.
pub fn text(lang: Lang) -> &'static Text {
    match lang {
        Lang::Id => &ID,
        Lang::En => &EN,
    }
}

/// The code for `<html lang>`.
pub fn html_lang(lang: Lang) -> &'static str {
    match lang {
        Lang::Id => "id",
        Lang::En => "en",
    }
}

static ID: Text = Text {
    app_name: "SKP Mandiri",
    tagline: "Rencana dan penilaian kinerja ASN, di perangkat Anda sendiri",
    skip_to_content: "Langsung ke isi",
    nav_label: "Tahapan SKP",
    nav_home: "Beranda",
    switch_language: "English",
    switch_language_label: "Switch the language to English",
    home_title: "Kelola SKP Anda sendiri, di perangkat Anda sendiri",
    home_intro: "SKP Mandiri membantu Anda menyusun Sasaran Kinerja Pegawai (SKP), mencatat realisasi \
        beserta bukti dukungnya sepanjang tahun, mencatat umpan balik dari pimpinan, dan melakukan penilaian mandiri \
        sesuai PP 30/2019 dan PermenPANRB 6/2022. Aplikasi ini ditujukan bagi PNS dan PPPK serta dapat dipakai dalam pelatihan \
        LAN.",
    home_privacy_title: "Data Anda tetap di perangkat ini",
    home_privacy: "SKP Mandiri tidak memakai server dan tidak memerlukan akun. Semua isian disimpan di \
        penyimpanan peramban (browser) pada perangkat ini, dan hanya keluar dari perangkat bila Anda \
        sendiri mengekspornya sebagai berkas. Aplikasi tetap bisa dipakai tanpa internet.",
    home_begin_title: "Cara memulai",
    home_begin_steps: &[
        "Mulai SKP di bawah ini (kosong, dari contoh, atau dari berkas). Di Perencanaan Kinerja, isi \
         identitas Anda dan Pejabat Penilai Kinerja, periode, lalu Rencana Hasil Kerja (RHK) beserta \
         Indikator Kinerja Individu (IKI) dan targetnya.",
        "Sepanjang tahun, catat realisasi dan bukti dukung di Pelaksanaan, Pemantauan, dan Pembinaan.",
        "Pada akhir periode, lakukan penilaian mandiri: rating hasil kerja dan rating perilaku kerja menentukan predikat \
         kinerja.",
        "Simpan salinan sebagai berkas secara berkala karena peramban dapat menghapus datanya.",
    ],
    home_begin_button: "Lanjutkan di Perencanaan Kinerja",
    home_stages_title: "Tahapan dalam aplikasi",
    not_found_title: "Halaman tidak ditemukan",
    not_found_body: "Alamat ini tidak dikenal oleh SKP Mandiri. Pilih tahapan di menu, atau kembali ke \
        Beranda.",
    chunk_loading: "Memuat halaman…",
    chunk_failed_title: "Halaman ini belum bisa dibuka",
    chunk_failed_body: "Bagian aplikasi untuk halaman ini belum bisa diunduh dari alamat aplikasi. Data Anda aman di perangkat ini. Periksa sambungan, lalu coba lagi. Bila aplikasi baru saja diperbarui di alamat itu, muat ulang halaman.",
    chunk_retry: "Coba lagi",
    footer_local: "Tersimpan hanya di perangkat ini. Tanpa server, tanpa akun.",
    footer_rules: "Mengacu pada PP 30/2019 dan PermenPANRB 6/2022.",
    perencanaan: StageText {
        title: "Perencanaan Kinerja",
        summary: "Menyusun SKP: RHK, IKI beserta targetnya, perilaku kerja, dan lampiran.",
    },
    pelaksanaan: StageText {
        title: "Pelaksanaan, Pemantauan, dan Pembinaan",
        summary: "Mencatat realisasi, bukti dukung, umpan balik, dan dialog kinerja.",
    },
    penilaian: StageText {
        title: "Penilaian Kinerja",
        summary: "Rating hasil kerja dan perilaku kerja, lalu predikat kinerja.",
    },
    tindak_lanjut: StageText {
        title: "Tindak Lanjut",
        summary: "Penghargaan, konsekuensi, keberatan, dan bekal untuk tahun berikutnya.",
    },
    pengembangan: StageText {
        title: "Pengembangan Kompetensi",
        summary: "Rencana dan catatan pengembangan kompetensi, minimal 20 JP setahun.",
    },
    ringkasan: StageText {
        title: "Ringkasan dan Cetak",
        summary: "Gambaran SKP, analisis kesenjangan, dan dokumen untuk dicetak.",
    },
};

static EN: Text = Text {
    app_name: "SKP Mandiri",
    tagline: "Civil servant performance planning and assessment, on your own device",
    skip_to_content: "Skip to content",
    nav_label: "SKP stages",
    nav_home: "Home",
    switch_language: "Bahasa Indonesia",
    switch_language_label: "Ganti bahasa ke Bahasa Indonesia",
    home_title: "Manage your own SKP, on your own device",
    home_intro: "SKP Mandiri helps you draft your performance plan (SKP, Sasaran Kinerja Pegawai), record \
        results (realisasi) with supporting evidence through the year, record your leader's feedback, and \
        assess yourself under PP 30/2019 and PermenPANRB 6/2022. It is for PNS and PPPK, and for LAN \
        training.",
    home_privacy_title: "Your data stays on this device",
    home_privacy: "SKP Mandiri uses no server and needs no account. Everything you enter is kept in this \
        browser's storage on this device, and leaves it only when you export it as a file yourself. The \
        app keeps working without internet.",
    home_begin_title: "How to begin",
    home_begin_steps: &[
        "Start an SKP below (empty, from an example, or from a file). In Performance Planning, fill in \
         your details and your appraiser's, the period, then your planned results (RHK) with their \
         individual performance indicators (IKI) and targets.",
        "Through the year, record results and evidence under Execution, Monitoring and Coaching.",
        "At the end of a period, assess yourself: the ratings of results and of behaviour give the \
         performance predicate.",
        "Save a copy as a file regularly, since browsers can erase their data.",
    ],
    home_begin_button: "Continue in Performance Planning",
    home_stages_title: "Stages in the app",
    not_found_title: "Page not found",
    not_found_body: "SKP Mandiri does not know this address. Choose a stage in the menu, or go back Home.",
    chunk_loading: "Loading the page…",
    chunk_failed_title: "This page cannot be opened yet",
    chunk_failed_body: "The part of the app for this page could not be downloaded from the app's address. Your data is safe on this device. Check the connection, then try again. If the app was just updated at that address, reload the page.",
    chunk_retry: "Try again",
    footer_local: "Stored only on this device. No server, no account.",
    footer_rules: "Based on PP 30/2019 and PermenPANRB 6/2022.",
    perencanaan: StageText {
        title: "Performance Planning",
        summary: "Draft the SKP: RHK, IKI and targets, work behaviour, annexes.",
    },
    pelaksanaan: StageText {
        title: "Execution, Monitoring and Coaching",
        summary: "Record results, evidence, feedback and performance dialogues.",
    },
    penilaian: StageText {
        title: "Performance Assessment",
        summary: "Ratings of results and of behaviour, then the performance predicate.",
    },
    tindak_lanjut: StageText {
        title: "Follow-up",
        summary: "Rewards, consequences, appeals, and what carries over to next year.",
    },
    pengembangan: StageText {
        title: "Competency Development",
        summary: "Plan and log competency development, at least 20 JP a year.",
    },
    ringkasan: StageText {
        title: "Summary and Print",
        summary: "An overview of the SKP, the gap analysis, and documents to print.",
    },
};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_stages_have_stage_text() {
        assert!(ID.stage(Route::Beranda).is_none());
        assert!(ID.stage(Route::TidakDikenal).is_none());
        assert_eq!(
            ID.stage(Route::Penilaian).map(|s| s.title),
            Some("Penilaian Kinerja")
        );
        assert_eq!(
            EN.stage(Route::Penilaian).map(|s| s.title),
            Some("Performance Assessment")
        );
    }

    #[test]
    fn both_languages_list_the_same_number_of_items() {
        for stage in Route::STAGES {
            let (Some(id), Some(en)) = (ID.stage(stage), EN.stage(stage)) else {
                panic!("{stage:?} has no text");
            };
            assert!(!id.title.is_empty() && !en.title.is_empty());
        }
        assert_eq!(ID.home_begin_steps.len(), EN.home_begin_steps.len());
    }
}
