use chrono::NaiveDate;
use serde_json::{json, Value};

use super::*;
use crate::domain::contoh::{contoh_analis_kebijakan, contoh_paket};
use crate::domain::file::{
    baca_dengan_perbaikan, export_backup, export_skp, import, import_bytes, Imported,
    CURRENT_VERSION,
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
        .starts_with("Berkas ini SKP, bukan paket kasus"));
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
    let newer = skp.replace(
        &format!("\"version\": {CURRENT_VERSION}"),
        "\"version\": 99",
    );
    assert!(matches!(err(&newer), FileError::WrongKind { .. }));
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
            problem: Problem::TooFewItems { len: 0, min: 1 }
        }
    );
    assert!(e.message(Lang::Id).contains("sedikitnya 1"), "{e}");
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
    let text = export_paket(&contoh_paket(), T).replace("\"version\": 1,", "\"version\": 2,");
    let e = err(&text);
    assert_eq!(
        e,
        FileError::TooNew {
            version: 2,
            known: VERSI_PAKET
        }
    );
    assert!(e.message(Lang::Id).contains("lebih baru"));
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
    // It is not one of the leaders, and the leaders stay as the pack has them.
    assert!(paket.pimpinan.iter().all(|p| p.id != skp.id));
    assert_eq!(paket, contoh_paket());
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
fn starting_again_keeps_the_id_and_drops_the_work() {
    let paket = contoh_paket();
    let mut skp = mulai_latihan(&paket, "skp-latihan-7".into(), hari_ini());
    skp.pegawai.nama = "Peserta Satu".into();
    skp.rhk.push(paket.pimpinan[0].rhk[0].clone());
    let ulang = atur_ulang_latihan(&paket, &skp, hari_ini());
    assert_eq!(ulang.id, "skp-latihan-7");
    assert!(ulang.rhk.is_empty());
    assert_eq!(ulang.pegawai.nama, "");
    assert_eq!(
        ulang,
        mulai_latihan(&paket, "skp-latihan-7".into(), hari_ini())
    );
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
    // Paragraphs, not one block.
    assert!(paket.petunjuk.split("\n\n").count() >= 4);
}
