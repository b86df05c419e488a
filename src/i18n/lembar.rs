//! Words of taking a leader's feedback slip (lembar umpan balik) in.

use crate::domain::lang::Lang;
use crate::domain::model::{AspekRating, PernyataanBimbingan, StatusRencana};

pub struct LembarText {
    pub title: &'static str,
    pub from_for: fn(&str, &str, &str) -> String,
    pub not_here: fn(&str) -> String,
    pub other_open: &'static str,
    pub diverged: &'static str,
    pub will_add: &'static str,
    pub nothing_new: &'static str,
    pub unused: &'static str,
    pub nothing_else: &'static str,
    pub take: &'static str,
    pub cancel: &'static str,
    pub close: &'static str,
    pub taken_label: fn(&str) -> String,
    pub new_item: &'static str,
    pub updated_item: &'static str,
    pub period_n: fn(u32) -> String,
    pub rhk_gone: &'static str,
    pub year: &'static str,
    pub no_rating: &'static str,
    pub item_feedback_rhk: fn(&str, &str, &str) -> String,
    pub item_feedback_value: fn(&str, &str, &str) -> String,
    pub item_dialog: fn(&str, &str) -> String,
    pub item_rating: fn(&str, AspekRating, &str) -> String,
    pub item_annual_note: fn(&str) -> String,
    pub item_approval: fn(StatusRencana, &str) -> String,
    pub item_plan_note: fn(&str, &str) -> String,
    pub item_coaching: fn(&str, &str) -> String,
    pub plan_decision: fn(StatusRencana, &str, &str) -> String,
    pub from_leader: fn(&str) -> String,
    pub coaching_title: &'static str,
    pub coaching_print_title: &'static str,
    pub coaching_help: &'static str,
    pub coaching: &'static str,
    pub counselling: &'static str,
    pub coaching_topic: &'static str,
    pub coaching_result: &'static str,
    pub coaching_answer: &'static str,
    pub no_answer: &'static str,
    pub score: fn(u8) -> String,
    pub statement: fn(PernyataanBimbingan) -> &'static str,
}

pub fn text(lang: Lang) -> &'static LembarText {
    match lang {
        Lang::Id => &ID,
        Lang::En => &EN,
    }
}

/// A note shown after its subject, or nothing when it is empty.
fn isi(teks: &str) -> String {
    if teks.trim().is_empty() {
        String::new()
    } else {
        format!(": \u{201c}{}\u{201d}", teks.trim())
    }
}

static ID: LembarText = LembarText {
    title: "Lembar umpan balik dari pimpinan",
    from_for: |dari, untuk, tanggal| format!("Dari {dari}, untuk SKP {untuk}, ditulis {tanggal}."),
    not_here: |untuk| {
        format!("Lembar ini untuk SKP {untuk}, yang tidak ada di perangkat ini. Impor dulu berkas SKP itu, lalu buka lembar ini lagi. Tidak ada yang diubah.")
    },
    other_open: "Lembar ini untuk SKP lain dari yang sedang terbuka. Jika diambil, SKP itu yang diubah dan dibuka.",
    diverged: "SKP Anda sudah berubah sejak pimpinan membacanya. Yang masih cocok tetap dapat diambil; \
        mungkin ada umpan balik tentang isi yang sudah Anda ubah.",
    will_add: "Yang akan ditambahkan atau diperbarui di SKP Anda:",
    nothing_new: "Semua isi lembar ini sudah ada di SKP Anda. Tidak ada yang ditambahkan.",
    unused: "Tidak dapat diambil (RHK atau periodenya tidak ada lagi di SKP Anda):",
    nothing_else: "Selain itu tidak ada yang berubah. Versi sebelumnya disimpan di riwayat dan dapat diurungkan.",
    take: "Ambil umpan balik",
    cancel: "Batal",
    close: "Tutup",
    taken_label: |nama| format!("umpan balik pimpinan diambil ke SKP {nama}"),
    new_item: "Baru",
    updated_item: "Diperbarui",
    period_n: |ke| format!("Periode {ke}"),
    rhk_gone: "(RHK yang sudah tidak ada)",
    year: "Tahunan",
    no_rating: "belum dinilai",
    item_feedback_rhk: |p, rhk, teks| format!("{p} \u{b7} umpan balik untuk RHK \u{201c}{rhk}\u{201d}{}", isi(teks)),
    item_feedback_value: |p, nilai, teks| format!("{p} \u{b7} umpan balik perilaku {nilai}{}", isi(teks)),
    item_dialog: |p, teks| format!("{p} \u{b7} catatan dialog kinerja{}", isi(teks)),
    item_rating: |kapan, aspek, nilai| {
        let aspek = match aspek {
            AspekRating::HasilKerja => "rating hasil kerja",
            AspekRating::PerilakuKerja => "rating perilaku kerja",
        };
        format!("{kapan} \u{b7} {aspek} dari Pejabat Penilai Kinerja: {nilai}")
    },
    item_annual_note: |teks| format!("Tahunan \u{b7} catatan Pejabat Penilai Kinerja{}", isi(teks)),
    item_approval: |status, teks| {
        let status = match status {
            StatusRencana::Disetujui => "disetujui",
            StatusRencana::Dikembalikan => "dikembalikan untuk diperbaiki",
        };
        format!("Rencana SKP {status}{}", isi(teks))
    },
    item_plan_note: |rhk, teks| format!("Catatan rencana untuk RHK \u{201c}{rhk}\u{201d}{}", isi(teks)),
    item_coaching: |p, topik| format!("{p} \u{b7} sesi bimbingan kinerja{}", isi(topik)),
    plan_decision: |status, oleh, kapan| {
        let status = match status {
            StatusRencana::Disetujui => "Rencana SKP disetujui",
            StatusRencana::Dikembalikan => "Rencana SKP dikembalikan untuk diperbaiki",
        };
        format!("{status} oleh {oleh}, {kapan}")
    },
    from_leader: |tanggal| format!("Dari Pejabat Penilai Kinerja, {tanggal} (lewat lembar umpan balik)"),
    coaching_title: "Bimbingan kinerja",
    coaching_print_title: "Umpan Balik Pelaksanaan Bimbingan Kinerja (Format B.1.8)",
    coaching_help: "Sesi coaching atau konseling yang dicatat pimpinan. Tanggapi sembilan pernyataan \
        Format B.1.8 tentang sesi itu: 1 = sangat tidak setuju, 5 = sangat setuju (skala ini asumsi; \
        lihat daftar asumsi).",
    coaching: "Coaching",
    counselling: "Konseling",
    coaching_topic: "Topik yang dibahas",
    coaching_result: "Kesepakatan dan langkah berikutnya",
    coaching_answer: "Tanggapan Anda (Format B.1.8)",
    no_answer: "Belum ditanggapi",
    score: |n| match n {
        1 => "1 \u{2013} sangat tidak setuju".into(),
        5 => "5 \u{2013} sangat setuju".into(),
        n => n.to_string(),
    },
    statement: |p| match p {
        PernyataanBimbingan::MerasaDidengar => "Saya merasa didengarkan.",
        PernyataanBimbingan::TindakanDihargai => "Tindakan yang sudah saya lakukan dihargai.",
        PernyataanBimbingan::BebasBerpendapat => "Saya bebas menyampaikan pendapat.",
        PernyataanBimbingan::PandanganBerbasisData => "Pandangan pimpinan didasarkan pada data.",
        PernyataanBimbingan::SuasanaPositif => "Suasana pembicaraan positif.",
        PernyataanBimbingan::LebihBanyakBertanya => "Pimpinan lebih banyak bertanya daripada menggurui.",
        PernyataanBimbingan::DibantuMenemukanSolusi => "Saya dibantu menemukan solusi.",
        PernyataanBimbingan::TahuLangkahBerikutnya => "Saya tahu langkah yang harus saya lakukan berikutnya.",
        PernyataanBimbingan::MemahamiTujuan => "Saya memahami tujuan bimbingan ini.",
    },
};

static EN: LembarText = LembarText {
    title: "Feedback slip from the leader",
    from_for: |dari, untuk, tanggal| format!("From {dari}, for the SKP {untuk}, written {tanggal}."),
    not_here: |untuk| {
        format!("This slip is for the SKP {untuk}, which is not on this device. Import that SKP's file first, then open this slip again. Nothing was changed.")
    },
    other_open: "This slip is for another SKP than the one open. Taking it changes and opens that SKP.",
    diverged: "Your SKP changed since the leader read it. What still matches can be taken; some feedback \
        may be about things you have changed since.",
    will_add: "What will be added to or updated in your SKP:",
    nothing_new: "Everything in this slip is already in your SKP. Nothing is added.",
    unused: "Cannot be taken (its RHK or period is no longer in your SKP):",
    nothing_else: "Nothing else changes. The version before is kept in the history and can be undone.",
    take: "Take the feedback",
    cancel: "Cancel",
    close: "Close",
    taken_label: |nama| format!("the leader's feedback taken into {nama}'s SKP"),
    new_item: "New",
    updated_item: "Updated",
    period_n: |ke| format!("Period {ke}"),
    rhk_gone: "(an RHK no longer there)",
    year: "Annual",
    no_rating: "not rated",
    item_feedback_rhk: |p, rhk, teks| format!("{p} \u{b7} feedback on RHK \u{201c}{rhk}\u{201d}{}", isi(teks)),
    item_feedback_value: |p, nilai, teks| format!("{p} \u{b7} feedback on behaviour {nilai}{}", isi(teks)),
    item_dialog: |p, teks| format!("{p} \u{b7} dialog kinerja note{}", isi(teks)),
    item_rating: |kapan, aspek, nilai| {
        let aspek = match aspek {
            AspekRating::HasilKerja => "rating hasil kerja",
            AspekRating::PerilakuKerja => "rating perilaku kerja",
        };
        format!("{kapan} \u{b7} {aspek} by the Pejabat Penilai Kinerja: {nilai}")
    },
    item_annual_note: |teks| format!("Annual \u{b7} the Pejabat Penilai Kinerja's notes{}", isi(teks)),
    item_approval: |status, teks| {
        let status = match status {
            StatusRencana::Disetujui => "approved",
            StatusRencana::Dikembalikan => "returned for revision",
        };
        format!("SKP plan {status}{}", isi(teks))
    },
    item_plan_note: |rhk, teks| format!("Plan note on RHK \u{201c}{rhk}\u{201d}{}", isi(teks)),
    item_coaching: |p, topik| format!("{p} \u{b7} coaching session{}", isi(topik)),
    plan_decision: |status, oleh, kapan| {
        let status = match status {
            StatusRencana::Disetujui => "SKP plan approved",
            StatusRencana::Dikembalikan => "SKP plan returned for revision",
        };
        format!("{status} by {oleh}, {kapan}")
    },
    from_leader: |tanggal| format!("From the Pejabat Penilai Kinerja, {tanggal} (by feedback slip)"),
    coaching_title: "Bimbingan kinerja (coaching)",
    coaching_print_title: "Feedback on the bimbingan kinerja session (Format B.1.8)",
    coaching_help: "Coaching or counselling sessions your leader recorded. Answer the nine statements of \
        Format B.1.8 about each: 1 = strongly disagree, 5 = strongly agree (the scale is an assumption; \
        see the list of assumptions).",
    coaching: "Coaching",
    counselling: "Counselling",
    coaching_topic: "What was discussed",
    coaching_result: "What was agreed, and next steps",
    coaching_answer: "Your answer (Format B.1.8)",
    no_answer: "Not answered",
    score: |n| match n {
        1 => "1 \u{2013} strongly disagree".into(),
        5 => "5 \u{2013} strongly agree".into(),
        n => n.to_string(),
    },
    statement: |p| match p {
        PernyataanBimbingan::MerasaDidengar => "I felt heard.",
        PernyataanBimbingan::TindakanDihargai => "What I have done was appreciated.",
        PernyataanBimbingan::BebasBerpendapat => "I was free to say what I think.",
        PernyataanBimbingan::PandanganBerbasisData => "The leader's views were based on data.",
        PernyataanBimbingan::SuasanaPositif => "The conversation was positive.",
        PernyataanBimbingan::LebihBanyakBertanya => "The leader asked more than they lectured.",
        PernyataanBimbingan::DibantuMenemukanSolusi => "I was helped to find solutions.",
        PernyataanBimbingan::TahuLangkahBerikutnya => "I know what I must do next.",
        PernyataanBimbingan::MemahamiTujuan => "I understood what this session was for.",
    },
};
