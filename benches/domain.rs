//! Prints figures (no timed assertions) for the domain's heavy paths:
//! `cargo bench --bench domain`.

use std::hint::black_box;
use std::time::Instant;

use skp_mandiri::domain::contoh::{
    contoh_analis_kebijakan, contoh_besar, contoh_umpan_balik_setahun,
};
use skp_mandiri::domain::lembar::{buat_lembar, export_lembar, sidik};
use skp_mandiri::domain::rules::capaian::saran_rating_hasil_kerja;
use skp_mandiri::domain::rules::gap::{gap_iki, rekap, rekap_per_unit};
use skp_mandiri::domain::rules::periksa::periksa_rencana;
use skp_mandiri::domain::*;

fn ukur<T>(nama: &str, ulang: u32, mut f: impl FnMut() -> T) {
    black_box(f());
    let mulai = Instant::now();
    for _ in 0..ulang {
        black_box(f());
    }
    let ms = mulai.elapsed().as_secs_f64() * 1000.0 / f64::from(ulang);
    println!("{nama:<58} {ms:>10.3} ms/op  ({ulang} runs)");
}

fn main() {
    let skp = contoh_besar();
    let teks = export_skp(&skp, "2025-12-31T23:59:59+07:00");
    println!(
        "large SKP: 50 RHK, 150 IKI, 12 monthly periods, 1,800 realisasi; JSON {} bytes ({:.1} KiB)",
        teks.len(),
        teks.len() as f64 / 1024.0
    );
    let ditinjau = contoh_umpan_balik_setahun(&skp);
    let hari = skp.periode.selesai;
    let lembar = export_lembar(
        &buat_lembar(&ditinjau, &sidik(&skp), hari, "lembar-besar".into()),
        "2025-12-31T23:59:59+07:00",
    );
    println!(
        "feedback slip, a year of monthly feedback on it (2 notes, a dialog note, 2 ratings a month; annual ratings and note): {} bytes ({:.1} KiB)",
        lembar.len(),
        lembar.len() as f64 / 1024.0
    );
    // scripts/bench-browser imports this very file in Chromium.
    if let Some(path) = std::env::var_os("SKP_BESAR_OUT") {
        if let Err(error) = std::fs::write(&path, &teks) {
            eprintln!("could not write {}: {error}", path.to_string_lossy());
        }
    }
    ukur("export_skp (large)", 20, || {
        export_skp(&skp, "2025-12-31T23:59:59+07:00")
    });
    ukur("import = parse + migrate + validate (large)", 20, || {
        import(&teks)
    });
    ukur(
        "assess: plan checks + gaps + suggested rating (large)",
        20,
        || {
            (
                periksa_rencana(&skp),
                gap_iki(&skp),
                saran_rating_hasil_kerja(&skp),
            )
        },
    );
    ukur("parse + validate + assess (large)", 20, || {
        let Ok(Imported::Skp(s)) = import(&teks) else {
            panic!("large SKP must import")
        };
        (
            periksa_rencana(&s),
            gap_iki(&s),
            saran_rating_hasil_kerja(&s),
        )
    });

    let banyak: Vec<Skp> = (0..1000)
        .map(|n| {
            let mut s = contoh_analis_kebijakan();
            s.id = format!("skp-{n}");
            s.pegawai.nama = format!("Peserta {n}");
            s.pegawai.nip = format!("19900101201501{:04}", n % 10_000);
            s.pegawai.unit_kerja = format!("Bidang {}", n % 12);
            if let Some(r) = s.evaluasi[2].realisasi.get_mut(1) {
                r.nilai = Some((n % 30) as f64);
            }
            s
        })
        .collect();
    ukur("gap aggregation, 1,000 SKP in memory (tim)", 10, || {
        rekap(&banyak)
    });
    ukur(
        "gap aggregation per unit kerja, 1,000 SKP (organisasi)",
        10,
        || rekap_per_unit(&banyak),
    );
    let files: Vec<String> = banyak
        .iter()
        .map(|s| export_skp(s, "2025-12-31T00:00:00Z"))
        .collect();
    // scripts/bench-browser imports these as a class of 40 and of 1,000 files.
    if let Some(dir) = std::env::var_os("SKP_KELAS_OUT") {
        let dir = std::path::PathBuf::from(dir);
        for (n, text) in files.iter().enumerate() {
            if let Err(error) = std::fs::write(dir.join(format!("peserta-{n:04}.json")), text) {
                eprintln!("could not write the class files: {error}");
                break;
            }
        }
    }
    let total: usize = files.iter().map(String::len).sum();
    println!(
        "1,000 SKP files: {total} bytes in all ({:.1} MiB)",
        total as f64 / 1024.0 / 1024.0
    );
    ukur("import 1,000 files + aggregate", 3, || {
        let skps: Vec<Skp> = files
            .iter()
            .filter_map(|f| match import(f) {
                Ok(Imported::Skp(s)) => Some(s),
                _ => None,
            })
            .collect();
        rekap(&skps)
    });
    let backup = export_backup(&banyak, "2025-12-31T00:00:00Z");
    println!(
        "backup of 1,000 SKP: {} bytes ({:.1} MiB)",
        backup.len(),
        backup.len() as f64 / 1024.0 / 1024.0
    );
    if let Err(e) = import(&backup) {
        println!("  refused: {}", e.message(Lang::En));
    }
    let backup = export_backup(&banyak[..500], "2025-12-31T00:00:00Z");
    println!(
        "backup of 500 SKP: {} bytes ({:.1} MiB)",
        backup.len(),
        backup.len() as f64 / 1024.0 / 1024.0
    );
    ukur("import backup of 500 SKP", 3, || {
        let Ok(Imported::Backup(s)) = import(&backup) else {
            panic!("backup must import")
        };
        s.len()
    });
}
