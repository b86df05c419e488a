use chrono::{Datelike, NaiveDate};
use serde_json::{json, Value};

use super::*;
use crate::domain::contoh::{contoh_analis_kebijakan, contoh_paket};
use crate::domain::file::{
    baca_dengan_perbaikan, export_backup, export_skp, import, import_bytes, import_with_version,
    versi_skp, Imported, CURRENT_VERSION,
};
use crate::domain::model::{
    JenisJabatan, PredikatOrganisasi, Rhk, RhkPimpinan, RujukanRhk, TandaLatihan,
};
use crate::domain::rules::periksa::{periksa_rencana, Tingkat};
use crate::domain::Lang;

const T: &str = "2026-02-10T09:00:00+08:00";

fn hari_ini() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 2, 10).unwrap()
}

fn err(text: &str) -> FileError {
    import_paket(text).expect_err("must be refused")
}

/// The bundled pack's file as JSON, to break on purpose.
fn nilai_paket() -> Value {
    serde_json::from_str(&export_paket(&contoh_paket(), T)).unwrap()
}

fn err_nilai(v: &Value) -> FileError {
    err(&v.to_string())
}

#[test]
fn the_bundled_pack_survives_export_and_import_byte_for_byte() {
    let paket = contoh_paket();
    let text = export_paket(&paket, T);
    assert!(text.starts_with(
        "{\n  \"format\": \"skp-mandiri/paket-kasus\",\n  \"version\": 1,\n  \"app\": {"
    ));
    assert!(!text.contains("\"summary\""));
    let back = import_paket(&text).unwrap();
    assert_eq!(back, paket);
    assert_eq!(export_paket(&back, T), text);
    // From bytes too, UTF-16 as Notepad saves it.
    let mut utf16 = vec![0xFF, 0xFE];
    utf16.extend(text.encode_utf16().flat_map(u16::to_le_bytes));
    assert_eq!(import_paket_bytes(&utf16), Ok(paket.clone()));
    assert_eq!(
        import_paket_bytes(b"%PDF-1.7\x00\x01"),
        Err(FileError::Binary)
    );
}

#[test]
fn the_pack_import_refuses_an_skp_and_a_backup_and_says_what_they_are() {
    let skp = export_skp(&contoh_analis_kebijakan(), T);
    let e = err(&skp);
    assert_eq!(
        e,
        FileError::WrongKind {
            found: JenisBerkas::Skp,
            expected: JenisBerkas::PaketKasus
        }
    );
    assert!(e
        .message(Lang::Id)
        .starts_with("Berkas ini berisi satu SKP, bukan paket kasus"));
    assert!(e
        .message(Lang::En)
        .contains("an SKP, not a workshop case pack"));
    let backup = export_backup(&[contoh_analis_kebijakan()], T);
    let e = err(&backup);
    assert_eq!(
        e,
        FileError::WrongKind {
            found: JenisBerkas::Cadangan,
            expected: JenisBerkas::PaketKasus
        }
    );
    assert!(e
        .message(Lang::Id)
        .contains("cadangan SKP, bukan paket kasus"));
    // The kind is told before the version: an SKP of a newer version is still "an SKP".
    let written = format!("\"version\": {},", versi_skp([&contoh_analis_kebijakan()]));
    assert!(skp.contains(&written));
    let newer = skp.replace(&written, "\"version\": 99,");
    assert!(matches!(err(&newer), FileError::WrongKind { .. }));
}

#[test]
fn a_file_of_another_format_is_refused_as_not_a_pack() {
    let e = err("{\"format\": \"excalidraw\"}");
    assert_eq!(
        e,
        FileError::OtherFormatNotPack {
            format: "excalidraw".into()
        }
    );
    let id = e.message(Lang::Id);
    assert_eq!(
        id,
        "Berkas ini berformat `excalidraw`, bukan paket kasus latihan SKP Mandiri."
    );
    assert!(!id.contains("SKP atau cadangan"), "{id}");
    assert!(e
        .message(Lang::En)
        .contains("not an SKP Mandiri workshop case pack"));
    // A format that is not even text, too.
    assert!(matches!(
        err("{\"format\": 3}"),
        FileError::OtherFormatNotPack { .. }
    ));
    // The ordinary import keeps its own words.
    assert_eq!(
        import("{\"format\": \"excalidraw\"}"),
        Err(FileError::OtherFormat {
            format: "excalidraw".into()
        })
    );
}

#[test]
fn the_ordinary_import_refuses_a_pack_and_says_where_to_open_it() {
    let text = export_paket(&contoh_paket(), T);
    let expected = FileError::WrongKind {
        found: JenisBerkas::PaketKasus,
        expected: JenisBerkas::Skp,
    };
    assert_eq!(import(&text), Err(expected.clone()));
    assert_eq!(import_bytes(text.as_bytes()), Err(expected.clone()));
    assert_eq!(baca_dengan_perbaikan(&text).err(), Some(expected.clone()));
    let id = expected.message(Lang::Id);
    assert!(
        id.starts_with("Berkas ini paket kasus latihan, bukan SKP"),
        "{id}"
    );
    assert!(id.contains("Kelas & Latihan"), "{id}");
    let en = expected.message(Lang::En);
    assert!(en.contains("a workshop case pack, not an SKP"), "{en}");
    // Each kind the wrong way round has its own message, none in Rust's words.
    let messages: HashSet<String> = [
        (JenisBerkas::PaketKasus, JenisBerkas::Skp),
        (JenisBerkas::Skp, JenisBerkas::PaketKasus),
        (JenisBerkas::Cadangan, JenisBerkas::PaketKasus),
        (JenisBerkas::Cadangan, JenisBerkas::Skp),
    ]
    .into_iter()
    .flat_map(|(found, expected)| {
        let e = FileError::WrongKind { found, expected };
        [e.message(Lang::Id), e.message(Lang::En)]
    })
    .collect();
    assert_eq!(messages.len(), 8);
    assert!(messages
        .iter()
        .all(|m| !m.contains("JenisBerkas") && !m.contains("PaketKasus")));
}

#[test]
fn unknown_fields_in_the_pack_are_refused_with_their_path() {
    let mut v = nilai_paket();
    v["data"]["catatan"] = json!("x");
    assert_eq!(
        err_nilai(&v),
        FileError::Invalid {
            path: "data.catatan".into(),
            problem: Problem::UnknownField("catatan".into())
        }
    );
    let mut v = nilai_paket();
    v["data"]["pimpinan"][0]["rhk"][1]["iki"][0]["bobot"] = json!(30);
    assert_eq!(
        err_nilai(&v),
        FileError::Invalid {
            path: "data.pimpinan[0].rhk[1].iki[0].bobot".into(),
            problem: Problem::UnknownField("bobot".into())
        }
    );
    let mut v = nilai_paket();
    v["data"]["skp_awal"]["lampiran"]["catatan"] = json!([]);
    assert_eq!(err_nilai(&v).path(), Some("data.skp_awal.lampiran.catatan"));
    // A pack has no summary: an envelope field of an SKP file is unknown here.
    let mut v = nilai_paket();
    v["summary"] = json!({"jumlah_skp": 1});
    assert_eq!(
        err_nilai(&v),
        FileError::Invalid {
            path: "summary".into(),
            problem: Problem::UnknownField("summary".into())
        }
    );
}

#[test]
fn a_bad_skp_inside_the_pack_is_refused_with_its_path() {
    let mut v = nilai_paket();
    v["data"]["pimpinan"][0]["rhk"][1]["iki"][0]["id"] = json!("iki-1");
    assert_eq!(
        err_nilai(&v),
        FileError::DuplicateId {
            path: "data.pimpinan[0].rhk[1].iki[0].id".into(),
            id: "iki-1".into()
        }
    );
    let mut v = nilai_paket();
    v["data"]["pimpinan"][0]["periode"]["mulai"] = json!("2026-02-30");
    let e = err_nilai(&v);
    assert_eq!(e.path(), Some("data.pimpinan[0].periode.mulai"));
    assert!(e.message(Lang::Id).contains("2026-02-30"));
    let mut v = nilai_paket();
    v["data"]["skp_awal"]["evaluasi"] = json!([{
        "id": "ev-1", "periode_ke": 1,
        "realisasi": [{"id": "re-1", "iki_id": "iki-99"}]
    }]);
    assert_eq!(
        err_nilai(&v),
        FileError::UnknownReference {
            path: "data.skp_awal.evaluasi[0].realisasi[0].iki_id".into(),
            id: "iki-99".into()
        }
    );
    let mut v = nilai_paket();
    v["data"]["periode"]["selesai"] = json!("2201-12-31");
    assert_eq!(err_nilai(&v).path(), Some("data.periode.selesai"));
}

#[test]
fn a_pack_needs_a_leader_and_its_skp_ids_are_unique() {
    let mut v = nilai_paket();
    v["data"]["pimpinan"] = json!([]);
    let e = err_nilai(&v);
    assert_eq!(
        e,
        FileError::Invalid {
            path: "data.pimpinan".into(),
            problem: Problem::TooFewLeaders { len: 0, min: 1 }
        }
    );
    // Says what is missing, not how long a list is.
    assert_eq!(
        e.message(Lang::Id),
        "Paket kasus harus memuat sedikitnya 1 SKP pimpinan (sekarang 0), di isian `data.pimpinan`."
    );
    let en = e.message(Lang::En);
    assert!(
        en.starts_with("A case pack must hold at least 1 leader"),
        "{en}"
    );
    // Other lists keep the general words.
    let umum = FileError::Invalid {
        path: "data.x".into(),
        problem: Problem::TooFewItems { len: 0, min: 2 },
    };
    assert_eq!(
        umum.message(Lang::Id),
        "Isian `data.x`: daftar ini harus berisi sedikitnya 2 butir (sekarang 0)."
    );
    let mut v = nilai_paket();
    v["data"].as_object_mut().unwrap().remove("pimpinan");
    assert_eq!(
        err_nilai(&v),
        FileError::Invalid {
            path: "data".into(),
            problem: Problem::MissingField("pimpinan".into())
        }
    );
    let mut paket = contoh_paket();
    paket.pimpinan.push(paket.pimpinan[0].clone());
    assert_eq!(
        import_paket(&export_paket(&paket, T)),
        Err(FileError::DuplicateId {
            path: "data.pimpinan[1].id".into(),
            id: paket.pimpinan[0].id.clone()
        })
    );
    let mut paket = contoh_paket();
    let awal = paket.skp_awal.as_mut().unwrap();
    awal.id = paket.pimpinan[0].id.clone();
    assert_eq!(
        import_paket(&export_paket(&paket, T)).unwrap_err().path(),
        Some("data.skp_awal.id")
    );
}

#[test]
fn a_starting_skp_of_another_period_is_refused() {
    let mut paket = contoh_paket();
    paket.skp_awal.as_mut().unwrap().periode.selesai =
        NaiveDate::from_ymd_opt(2026, 6, 30).unwrap();
    let e = import_paket(&export_paket(&paket, T)).unwrap_err();
    assert_eq!(
        e,
        FileError::Invalid {
            path: "data.skp_awal.periode".into(),
            problem: Problem::NotSameAs("data.periode".into())
        }
    );
    assert!(e
        .message(Lang::Id)
        .contains("harus sama dengan `data.periode`"));
    let mut paket = contoh_paket();
    paket.skp_awal.as_mut().unwrap().periode_evaluasi = JenisPeriodeEvaluasi::Bulanan;
    assert_eq!(
        import_paket(&export_paket(&paket, T)).unwrap_err().path(),
        Some("data.skp_awal.periode_evaluasi")
    );
}

#[test]
fn a_newer_pack_is_refused_as_newer() {
    let newer = VERSI_PAKET + 1;
    let text = export_paket(&contoh_paket(), T)
        .replace("\"version\": 1,", &format!("\"version\": {newer},"));
    let e = err(&text);
    assert_eq!(
        e,
        FileError::TooNew {
            version: newer.into(),
            known: VERSI_PAKET
        }
    );
    assert!(e.message(Lang::Id).contains("lebih baru"));
}

#[test]
fn a_pack_is_written_in_the_lowest_version_that_holds_its_skps() {
    // The bundled pack's SKPs need no version 5 field: version 1, which the older app reads.
    let paket = contoh_paket();
    assert_eq!(versi_paket(&paket), 1);
    assert!(export_paket(&paket, T).contains("\"version\": 1,"));
    // A leader whose own plan their superior approved is version 5 data: pack version 2.
    let mut disetujui = paket.clone();
    disetujui.pimpinan[0].persetujuan = Some(crate::domain::model::PersetujuanRencana {
        status: crate::domain::model::StatusRencana::Disetujui,
        tanggal: None,
        oleh: "Kepala Dinas".into(),
        catatan: String::new(),
        catatan_rhk: Vec::new(),
    });
    assert_eq!(versi_paket(&disetujui), 2);
    let text = export_paket(&disetujui, T);
    assert!(text.contains("\"version\": 2,"));
    assert_eq!(import_paket(&text), Ok(disetujui));
    // A version 1 pack still reads (its SKPs are version 4 data).
    assert_eq!(import_paket(&export_paket(&paket, T)), Ok(paket));
}

#[test]
fn the_newest_pack_holds_skps_of_the_current_skp_format() {
    // When the SKP format's version rises, the pack's must rise with it (a new entry in
    // VERSI_SKP_DALAM_PAKET), or older packs would skip the new migration step.
    assert_eq!(VERSI_SKP_DALAM_PAKET.last(), Some(&CURRENT_VERSION));
}

#[test]
fn a_practice_skp_starts_from_the_pack() {
    let paket = contoh_paket();
    let skp = mulai_latihan(&paket, "skp-latihan-1".into(), hari_ini());
    assert_eq!(skp.id, "skp-latihan-1");
    assert_eq!(
        skp.latihan,
        Some(TandaLatihan {
            paket_id: "paket-contoh-diskominfo-2026".into(),
            judul: paket.judul.clone()
        })
    );
    assert!(skp.adalah_latihan());
    assert_eq!(skp.instansi, paket.instansi);
    assert_eq!(skp.periode, paket.periode);
    assert_eq!(skp.periode_evaluasi, paket.periode_evaluasi);
    // The starting SKP's identity and lampiran carry over; the leader appraises.
    let awal = paket.skp_awal.as_ref().unwrap();
    assert_eq!(skp.lampiran, awal.lampiran);
    assert_eq!(skp.pejabat_penilai, paket.pimpinan[0].pegawai);
    assert_eq!(
        skp.penilaian_tahunan.kinerja_organisasi,
        paket.kinerja_organisasi
    );
    assert_eq!(
        skp.penilaian_tahunan.kinerja_organisasi.predikat,
        Some(PredikatOrganisasi::Baik)
    );
    // It is not one of the leaders.
    assert!(paket.pimpinan.iter().all(|p| p.id != skp.id));
    // What the app writes, the app reads.
    assert_eq!(validate_skp(&skp, "data"), Ok(()));
    let text = export_skp(&skp, T);
    assert_eq!(import(&text), Ok(Imported::Skp(skp.clone())));
}

#[test]
fn without_a_starting_skp_the_first_leader_fills_the_appraisers_and_the_unit() {
    let mut paket = contoh_paket();
    paket.skp_awal = None;
    paket.periode_evaluasi = JenisPeriodeEvaluasi::Semesteran;
    // A half-year case: not what an empty SKP for the year would cover.
    paket.periode.selesai = NaiveDate::from_ymd_opt(2026, 6, 30).unwrap();
    let skp = mulai_latihan(&paket, "s".into(), hari_ini());
    let pimpinan = &paket.pimpinan[0];
    assert_eq!(skp.instansi, paket.instansi);
    assert_eq!(skp.periode, paket.periode);
    assert_eq!(skp.periode_evaluasi, JenisPeriodeEvaluasi::Semesteran);
    assert_eq!(skp.pejabat_penilai, pimpinan.pegawai);
    assert_eq!(
        skp.atasan_pejabat_penilai.as_ref(),
        Some(&pimpinan.pejabat_penilai)
    );
    assert_eq!(skp.pegawai.unit_kerja, pimpinan.pegawai.unit_kerja);
    assert_eq!(skp.pegawai.nama, "");
    assert!(skp.rhk.is_empty());
    assert!(skp.adalah_latihan());
    assert_eq!(import(&export_skp(&skp, T)), Ok(Imported::Skp(skp)));
}

#[test]
fn what_the_starting_skp_names_is_kept() {
    let mut paket = contoh_paket();
    let awal = paket.skp_awal.as_mut().unwrap();
    awal.pejabat_penilai.nama = "Pejabat Lain, S.E.".into();
    awal.instansi = "Instansi Lain".into();
    awal.penilaian_tahunan.kinerja_organisasi.predikat = Some(PredikatOrganisasi::Istimewa);
    let rhk = Rhk {
        id: "rhk-1".into(),
        jenis: Default::default(),
        rencana_hasil_kerja: "Terintegrasinya layanan perizinan ke portal".into(),
        rhk_pimpinan: RhkPimpinan {
            teks: paket.pimpinan[0].rhk[0].rencana_hasil_kerja.clone(),
            rujukan: Some(RujukanRhk {
                skp_id: paket.pimpinan[0].id.clone(),
                rhk_id: "rhk-1".into(),
            }),
        },
        perspektif: None,
        iki: Vec::new(),
    };
    awal.rhk.push(rhk.clone());
    let skp = mulai_latihan(&paket, "s".into(), hari_ini());
    assert_eq!(skp.pejabat_penilai.nama, "Pejabat Lain, S.E.");
    assert_eq!(skp.instansi, "Instansi Lain");
    assert_eq!(
        skp.penilaian_tahunan.kinerja_organisasi.predikat,
        Some(PredikatOrganisasi::Istimewa)
    );
    // Item ids and the link into the leader's SKP stay as written.
    assert_eq!(skp.rhk, vec![rhk]);
}

#[test]
fn starting_again_keeps_the_id_and_the_person_and_drops_the_work() {
    let paket = contoh_paket();
    let mut skp = mulai_latihan(&paket, "skp-latihan-7".into(), hari_ini());
    skp.pegawai.nama = "Peserta Satu".into();
    skp.rhk.push(paket.pimpinan[0].rhk[0].clone());
    let ulang = atur_ulang_latihan(&paket, &skp, hari_ini()).expect("a practice of this pack");
    assert_eq!(ulang.id, "skp-latihan-7");
    assert!(ulang.rhk.is_empty());
    assert_eq!(ulang.pegawai.nama, "Peserta Satu");
    let mut awal = mulai_latihan(&paket, "skp-latihan-7".into(), hari_ini());
    awal.pegawai = skp.pegawai.clone();
    assert_eq!(ulang, awal);
}

#[test]
fn only_a_practice_skp_writes_the_mark() {
    let paket = contoh_paket();
    let latihan = export_skp(&mulai_latihan(&paket, "s".into(), hari_ini()), T);
    let v: Value = serde_json::from_str(&latihan).unwrap();
    assert_eq!(
        v["data"]["latihan"],
        json!({"paket_id": "paket-contoh-diskominfo-2026", "judul": paket.judul})
    );
    let nyata = export_skp(&contoh_analis_kebijakan(), T);
    let v: Value = serde_json::from_str(&nyata).unwrap();
    assert!(v["data"].get("latihan").is_none());
    assert!(!nyata.contains("\"latihan\""));
    // A mark with an unknown field is refused like any other.
    let bad = latihan.replace("\"judul\":", "\"nama\": \"x\", \"judul\":");
    assert_eq!(import(&bad).unwrap_err().path(), Some("data.latihan.nama"));
}

#[test]
fn the_bundled_pack_is_a_sound_case() {
    let paket = contoh_paket();
    assert_eq!(paket.pimpinan.len(), 1);
    let kabid = &paket.pimpinan[0];
    assert!(kabid.kepala_unit());
    assert_eq!(kabid.jenis_jabatan, JenisJabatan::Ja);
    assert!((3..=4).contains(&kabid.rhk.len()));
    assert!(kabid
        .rhk
        .iter()
        .all(|r| !r.rhk_pimpinan.teks.is_empty() && !r.iki.is_empty()));
    let temuan: Vec<_> = periksa_rencana(kabid)
        .into_iter()
        .filter(|t| t.tingkat >= Tingkat::Peringatan)
        .collect();
    assert!(temuan.is_empty(), "{temuan:?}");
    assert_eq!(paket.periode, kabid.periode);
    assert_eq!(paket.periode_evaluasi, kabid.periode_evaluasi);
    assert_eq!(paket.instansi, kabid.instansi);
    for peran in ["Pranata Komputer Ahli Muda", "Penelaah Teknis Kebijakan"] {
        assert!(paket.petunjuk.contains(peran), "{peran}");
    }
    // The leader's SKP is set by their own appraiser: the case says what it holds, not that
    // the leader set it.
    assert!(paket
        .petunjuk
        .contains("SKP atasan langsung Anda, Kepala Bidang Aplikasi Informatika, memuat tiga RHK"));
    assert!(!paket.petunjuk.contains("menetapkan SKP"));
    // Both roles are told alike: "Peran X: <jabatan> (<jenis jabatan>). Anda …".
    let peran: Vec<&str> = paket
        .petunjuk
        .split("\n\n")
        .filter(|p| p.starts_with("Peran "))
        .collect();
    assert_eq!(peran.len(), 2);
    for p in peran {
        let (kepala, isi) = p.split_once(". ").expect("a heading sentence");
        assert!(kepala.ends_with(')'), "{kepala}");
        assert!(isi.starts_with("Anda "), "{p}");
    }
    // Paragraphs, not one block.
    assert!(paket.petunjuk.split("\n\n").count() >= 4);
}

#[test]
fn a_pack_made_from_library_skps_takes_the_leaders_case_and_reads_back_equal() {
    let pimpinan = contoh_paket().pimpinan;
    let mut awal = contoh_paket()
        .skp_awal
        .expect("the bundled pack has a starting SKP");
    awal.id = "awal-baru".into();
    let bahan = |skp_awal: Option<Skp>, pimpinan: Vec<Skp>| BahanPaket {
        id: "paket-1".into(),
        judul: "Latihan".into(),
        petunjuk: "Susun RHK.".into(),
        kinerja_organisasi: KinerjaOrganisasi::default(),
        pimpinan,
        skp_awal,
    };
    let paket = buat_paket(bahan(Some(awal.clone()), pimpinan.clone())).expect("a sound pack");
    assert_eq!(paket.instansi, pimpinan[0].instansi);
    assert_eq!(paket.periode, pimpinan[0].periode);
    let text = export_paket(&paket, "2026-03-01T08:00:00Z");
    assert_eq!(import_paket(&text), Ok(paket));
    // No leader, or a starting SKP of another year: no pack.
    assert!(buat_paket(bahan(None, Vec::new())).is_none());
    let mut lain = awal;
    lain.periode.mulai = lain.periode.mulai.with_year(2025).unwrap();
    lain.periode.selesai = lain.periode.selesai.with_year(2025).unwrap();
    assert!(!cocok_sebagai_awal(&pimpinan[0], &lain));
    assert!(buat_paket(bahan(Some(lain), pimpinan)).is_none());
}

#[test]
fn the_packs_own_period_is_checked() {
    // Ends before it starts.
    let mut v = nilai_paket();
    v["data"]["periode"] = json!({"mulai": "2026-12-31", "selesai": "2026-01-01"});
    let e = err_nilai(&v);
    assert_eq!(
        e,
        FileError::Invalid {
            path: "data.periode".into(),
            problem: Problem::EndsBeforeStart {
                mulai: "2026-12-31".into(),
                selesai: "2026-01-01".into()
            }
        }
    );
    let id = e.message(Lang::Id);
    assert!(
        id.contains("berakhir (2026-01-01) sebelum dimulai (2026-12-31)"),
        "{id}"
    );
    // Fifteen monthly periods: more than an SKP can hold.
    let mut v = nilai_paket();
    v["data"]["periode"] = json!({"mulai": "2026-01-01", "selesai": "2027-03-31"});
    v["data"]["periode_evaluasi"] = json!("bulanan");
    let e = err_nilai(&v);
    assert_eq!(
        e,
        FileError::Invalid {
            path: "data.periode".into(),
            problem: Problem::TooManyPeriods {
                found: 15,
                max: MAX_PERIODE_KE
            }
        }
    );
    assert!(e
        .message(Lang::Id)
        .contains("15 periode evaluasi, padahal paling banyak 12"));
    // The same dates quarterly are five periods: the period itself is sound (the starting
    // SKP of another period is what is refused then).
    let mut v = nilai_paket();
    v["data"]["periode"] = json!({"mulai": "2026-01-01", "selesai": "2027-03-31"});
    assert_eq!(err_nilai(&v).path(), Some("data.skp_awal.periode"));
    // Twelve months of monthly periods are fine.
    let mut paket = contoh_paket();
    paket.skp_awal = None;
    paket.periode_evaluasi = JenisPeriodeEvaluasi::Bulanan;
    assert_eq!(import_paket(&export_paket(&paket, T)), Ok(paket));
}

#[test]
fn every_leaders_period_meets_the_packs() {
    let mut paket = contoh_paket();
    let kedua = Skp {
        id: "skp-pimpinan-2025".into(),
        periode: Periode {
            mulai: NaiveDate::from_ymd_opt(2025, 1, 1).unwrap(),
            selesai: NaiveDate::from_ymd_opt(2025, 12, 31).unwrap(),
        },
        ..paket.pimpinan[0].clone()
    };
    paket.pimpinan.push(kedua);
    let e = import_paket(&export_paket(&paket, T)).unwrap_err();
    assert_eq!(
        e,
        FileError::Invalid {
            path: "data.pimpinan[1].periode".into(),
            problem: Problem::NoOverlapWith("data.periode".into())
        }
    );
    let id = e.message(Lang::Id);
    assert!(id.starts_with("Isian `data.pimpinan[1].periode`"), "{id}");
    assert!(
        id.contains("tidak bertemu dengan periode `data.periode`"),
        "{id}"
    );
    // One shared day is enough: a leader's SKP for the first half of the year still meets.
    paket.pimpinan[1].periode = Periode {
        mulai: NaiveDate::from_ymd_opt(2025, 7, 1).unwrap(),
        selesai: NaiveDate::from_ymd_opt(2026, 1, 1).unwrap(),
    };
    assert_eq!(import_paket(&export_paket(&paket, T)), Ok(paket.clone()));
    // A pack made on the device gets the same check.
    paket.pimpinan[1].periode.selesai = NaiveDate::from_ymd_opt(2025, 12, 31).unwrap();
    assert!(periksa(&paket).is_err());
}

#[test]
fn the_atasan_comes_from_the_leader_only_with_the_pejabat_penilai() {
    let mut paket = contoh_paket();
    let awal = paket.skp_awal.as_mut().unwrap();
    awal.pejabat_penilai.nama = "Pejabat Lain, S.E.".into();
    awal.atasan_pejabat_penilai = None;
    let skp = mulai_latihan(&paket, "s".into(), hari_ini());
    // The starting SKP names another appraiser: the leader's own appraiser is not theirs.
    assert_eq!(skp.pejabat_penilai.nama, "Pejabat Lain, S.E.");
    assert_eq!(skp.atasan_pejabat_penilai, None);
    // With the appraiser left empty, both come from the leader.
    let awal = paket.skp_awal.as_mut().unwrap();
    awal.pejabat_penilai = Default::default();
    let skp = mulai_latihan(&paket, "s".into(), hari_ini());
    assert_eq!(skp.pejabat_penilai, paket.pimpinan[0].pegawai);
    assert_eq!(
        skp.atasan_pejabat_penilai.as_ref(),
        Some(&paket.pimpinan[0].pejabat_penilai)
    );
}

#[test]
fn a_pack_without_a_starting_skp_reads_back_equal() {
    let mut paket = contoh_paket();
    paket.skp_awal = None;
    let text = export_paket(&paket, T);
    assert!(text.contains("\"skp_awal\": null"));
    assert_eq!(import_paket(&text), Ok(paket));
}

#[test]
fn starting_again_takes_only_the_skps_own_pack() {
    let paket = contoh_paket();
    let skp = mulai_latihan(&paket, "skp-latihan-7".into(), hari_ini());
    let lain = PaketKasus {
        id: "paket-lain".into(),
        judul: "Kasus lain".into(),
        ..contoh_paket()
    };
    // Another pack would turn one case into another: refused, the SKP stays as it is.
    assert_eq!(atur_ulang_latihan(&lain, &skp, hari_ini()), None);
    // A real SKP is never reset.
    assert_eq!(
        atur_ulang_latihan(&paket, &contoh_analis_kebijakan(), hari_ini()),
        None
    );
    let ulang = atur_ulang_latihan(&paket, &skp, hari_ini()).unwrap();
    assert_eq!(ulang.latihan.map(|t| t.paket_id), Some(paket.id));
}

#[test]
fn a_pack_whose_skps_carry_no_mark_reads_and_each_skp_keeps_its_own_version() {
    // The pack's SKPs are real SKPs (no `latihan`): version 3 data, which is version 4 data as
    // it is, so the pack (whose version 1 holds SKP data of version 4) reads them unchanged.
    let paket = contoh_paket();
    assert!(paket.pimpinan.iter().all(|p| !p.adalah_latihan()));
    assert!(!paket.skp_awal.as_ref().unwrap().adalah_latihan());
    let text = export_paket(&paket, T);
    assert!(!text.contains("\"latihan\""));
    assert_eq!(import_paket(&text), Ok(paket.clone()));
    // A leader saved out of the pack is an ordinary version 3 file; the practice SKP is 4.
    let pimpinan = export_skp(&paket.pimpinan[0], T);
    assert_eq!(
        import_with_version(&pimpinan),
        Ok((Imported::Skp(paket.pimpinan[0].clone()), 3))
    );
    let latihan = mulai_latihan(&paket, "s".into(), hari_ini());
    assert_eq!(
        import_with_version(&export_skp(&latihan, T)),
        Ok((Imported::Skp(latihan.clone()), 4))
    );
    // A leader that is itself a practice SKP (a trainer's pack made from one) reads too.
    let mut dari_latihan = paket.clone();
    dari_latihan.pimpinan[0].latihan = latihan.latihan.clone();
    assert_eq!(
        import_paket(&export_paket(&dari_latihan, T)),
        Ok(dari_latihan)
    );
}
