//! Words of the competency development page (pengembangan kompetensi).

use crate::domain::model::{BentukPengembangan, JenisKompetensi};
use crate::domain::Lang;

/// The values of the JP progress sentence.
pub struct KemajuanJp<'a> {
    pub diperoleh: &'a str,
    pub rencana: &'a str,
    pub tahun: i32,
}

pub struct DevelopText {
    pub intro: &'static str,
    pub progress: fn(&KemajuanJp) -> String,
    pub reached: &'static str,
    pub missing: fn(&str) -> String,
    pub add: &'static str,
    pub empty: &'static str,
    pub nama: &'static str,
    pub kompetensi: &'static str,
    pub jenis: &'static str,
    pub bentuk: &'static str,
    pub penyelenggara: &'static str,
    pub mulai: &'static str,
    pub selesai: &'static str,
    pub jp_rencana: &'static str,
    pub jp_diperoleh: &'static str,
    pub bukti: &'static str,
    pub untuk_iki: &'static str,
    pub no_iki: &'static str,
    pub gap_mark: &'static str,
    pub serves_gap: &'static str,
    pub delete: &'static str,
    pub deleted: fn(&str) -> String,
    pub untitled: &'static str,
    pub print: &'static str,
    pub jenis_label: fn(JenisKompetensi) -> &'static str,
    pub bentuk_label: fn(BentukPengembangan) -> &'static str,
}

pub fn text(lang: Lang) -> &'static DevelopText {
    match lang {
        Lang::Id => &ID,
        Lang::En => &EN,
    }
}

/// The three kinds of competency.
pub const JENIS: [JenisKompetensi; 3] = [
    JenisKompetensi::Teknis,
    JenisKompetensi::Manajerial,
    JenisKompetensi::SosialKultural,
];

fn bentuk_id(b: BentukPengembangan) -> &'static str {
    use BentukPengembangan::*;
    match b {
        TugasBelajar => "Tugas belajar",
        IzinBelajar => "Izin belajar",
        Pelatihan => "Pelatihan",
        Seminar => "Seminar/konferensi",
        Workshop => "Lokakarya (workshop)",
        Kursus => "Kursus",
        Penataran => "Penataran",
        BimbinganTeknis => "Bimbingan teknis",
        Sosialisasi => "Sosialisasi",
        Coaching => "Coaching",
        Mentoring => "Mentoring",
        ELearning => "E-learning",
        PelatihanJarakJauh => "Pelatihan jarak jauh",
        Detasering => "Detasering (secondment)",
        PembelajaranAlamTerbuka => "Pembelajaran alam terbuka",
        PatokBanding => "Patok banding (benchmarking)",
        Pertukaran => "Pertukaran PNS dengan pegawai swasta",
        BelajarMandiri => "Belajar mandiri",
        KomunitasBelajar => "Komunitas belajar",
        BimbinganDiTempatKerja => "Bimbingan di tempat kerja",
        Magang => "Magang/praktik kerja",
    }
}

fn bentuk_en(b: BentukPengembangan) -> &'static str {
    use BentukPengembangan::*;
    match b {
        TugasBelajar => "Study assignment",
        IzinBelajar => "Study permit",
        Pelatihan => "Training course",
        Seminar => "Seminar/conference",
        Workshop => "Workshop",
        Kursus => "Course",
        Penataran => "Upgrading course (penataran)",
        BimbinganTeknis => "Technical guidance",
        Sosialisasi => "Briefing (sosialisasi)",
        Coaching => "Coaching",
        Mentoring => "Mentoring",
        ELearning => "E-learning",
        PelatihanJarakJauh => "Distance training",
        Detasering => "Secondment",
        PembelajaranAlamTerbuka => "Outdoor learning",
        PatokBanding => "Benchmarking",
        Pertukaran => "Exchange with the private sector",
        BelajarMandiri => "Self-study",
        KomunitasBelajar => "Learning community",
        BimbinganDiTempatKerja => "On-the-job guidance",
        Magang => "Internship",
    }
}

static ID: DevelopText = DevelopText {
    intro: "Rencanakan dan catat kegiatan pengembangan kompetensi. Setiap PNS berhak atas pengembangan kompetensi paling sedikit 20 jam pelajaran (JP) dalam satu tahun (PP 11/2017 Pasal 203).",
    progress: |KemajuanJp { diperoleh, rencana, tahun }| format!("Tahun {tahun}: {diperoleh} JP diperoleh (target 20 JP); {rencana} JP direncanakan."),
    reached: "Target 20 JP tahun ini tercapai.",
    missing: |k| format!("Target 20 JP belum tercapai: masih kurang {k} JP."),
    add: "Tambah kegiatan",
    empty: "Belum ada kegiatan pengembangan.",
    nama: "Nama kegiatan",
    kompetensi: "Kompetensi yang dikembangkan",
    jenis: "Jenis kompetensi",
    bentuk: "Bentuk",
    penyelenggara: "Penyelenggara",
    mulai: "Mulai",
    selesai: "Selesai",
    jp_rencana: "JP direncanakan",
    jp_diperoleh: "JP diperoleh (kosongkan bila belum)",
    bukti: "Bukti (sertifikat, tautan)",
    untuk_iki: "Untuk menutup kesenjangan IKI",
    no_iki: "Tidak terkait IKI tertentu",
    gap_mark: " (tertinggal)",
    serves_gap: "Menutup kesenjangan",
    delete: "Hapus kegiatan",
    deleted: |n| format!("Kegiatan \u{201c}{n}\u{201d} dihapus."),
    untitled: "Kegiatan tanpa nama",
    print: "Cetak rencana pengembangan",
    jenis_label: |j| match j {
        JenisKompetensi::Teknis => "Teknis",
        JenisKompetensi::Manajerial => "Manajerial",
        JenisKompetensi::SosialKultural => "Sosial kultural",
    },
    bentuk_label: bentuk_id,
};

static EN: DevelopText = DevelopText {
    intro: "Plan and log competency development. Every civil servant is entitled to at least 20 learning hours (JP) a year (PP 11/2017 Art. 203).",
    progress: |KemajuanJp { diperoleh, rencana, tahun }| format!("Year {tahun}: {diperoleh} of 20 JP earned, {rencana} JP planned."),
    reached: "The 20 JP of this year are reached.",
    missing: |k| format!("{k} JP still missing to reach 20 JP."),
    add: "Add an activity",
    empty: "No development activity yet.",
    nama: "Activity name",
    kompetensi: "Competency developed",
    jenis: "Kind of competency",
    bentuk: "Form",
    penyelenggara: "Provider",
    mulai: "Start",
    selesai: "End",
    jp_rencana: "JP planned",
    jp_diperoleh: "JP earned (leave empty if not yet)",
    bukti: "Evidence (certificate, link)",
    untuk_iki: "Closes the gap of IKI",
    no_iki: "Not linked to an IKI",
    gap_mark: " (behind)",
    serves_gap: "Closes a gap",
    delete: "Delete activity",
    deleted: |n| format!("Activity \u{201c}{n}\u{201d} deleted."),
    untitled: "Untitled activity",
    print: "Print the development plan",
    jenis_label: |j| match j {
        JenisKompetensi::Teknis => "Technical",
        JenisKompetensi::Manajerial => "Managerial",
        JenisKompetensi::SosialKultural => "Socio-cultural",
    },
    bentuk_label: bentuk_en,
};
