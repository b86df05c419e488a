//! Tunjangan kinerja simulation: the person enters their agency's own table (the percentage
//! of the allowance each predikat pays, and its deductions) and their base allowance, and
//! sees what each predikat would pay, the open SKP's predikat marked. Nothing here is
//! national law: the page says the figures are the agency's, and the bundled table is marked
//! as an example. The table is the person's, not one SKP's: it is kept on this device apart
//! from the SKPs.

use crate::domain::penilaian::{fmt_angka, parse_angka, rating};
use crate::domain::rules::predikat::{predikat_berlaku, Predikat};
use crate::domain::rules::tunjangan::{
    contoh_tabel, export, import, periksa_tabel, simulasi, PersenPredikat, Potongan, TabelTunjangan,
};
use crate::domain::rules::tunjangan::{GalatTunjangan, HasilSimulasi};
use crate::ui::clock;
use crate::ui::language::Language;
use crate::ui::workspace::Workspace;
use leptos::prelude::*;

const KEY: &str = "skp-mandiri/tunjangan";
/// Where a stored table this version cannot read is set aside before the first edit writes a
/// new one: it is never simply written over.
const KEY_RUSAK: &str = "skp-mandiri/tunjangan-tak-terbaca";

fn simpanan() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// The stored table, or the example; with the stored text and why, when it cannot be read.
fn baca() -> (TabelTunjangan, Option<(String, GalatTunjangan)>) {
    let stored = simpanan().and_then(|s| s.get_item(KEY).ok().flatten());
    match stored {
        None => (contoh_tabel(), None),
        Some(teks) => match import(&teks) {
            Ok(tabel) => (tabel, None),
            Err(galat) => (contoh_tabel(), Some((teks, galat))),
        },
    }
}

/// A figure as people type it: "10.000.000", "Rp 10.000.000,-", "2,5", "80%".
fn angka(teks: &str) -> Option<f64> {
    let teks = teks
        .trim()
        .trim_start_matches("Rp")
        .trim_end_matches(",-")
        .trim_end_matches('%');
    parse_angka(&teks.replace(' ', ""))
}

fn rupiah(n: Option<i64>) -> String {
    let Some(n) = n else {
        return "\u{2013}".into();
    };
    // Thousands with a dot, as rupiah are written.
    let digits = n.unsigned_abs().to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push('.');
        }
        out.push(c);
    }
    format!("Rp{}{out}", if n < 0 { "-" } else { "" })
}

/// What the person typed that was not taken, to say so beside the table.
#[derive(Clone, Copy, PartialEq)]
enum Ditolak {
    Angka,
}

#[component]
pub fn Tunjangan(periode: RwSignal<Option<u32>>) -> impl IntoView {
    let ws = Workspace::get();
    let lang = Language::current();
    let (awal, rusak) = baca();
    let tabel = RwSignal::new(awal);
    let tak_terbaca = RwSignal::new(rusak);
    let gagal_simpan = RwSignal::new(false);
    let ditolak = RwSignal::new(None::<Ditolak>);
    // `milik`: the change makes the table the person's own (a percentage or a deduction),
    // which ends the example's label; the base allowance alone does not.
    let ubah = move |milik: bool, f: Box<dyn FnOnce(&mut TabelTunjangan)>| {
        tabel.update(|t| {
            f(t);
            if milik {
                t.contoh = false;
            }
        });
        ditolak.set(None);
        let Some(s) = simpanan() else {
            gagal_simpan.set(true);
            return;
        };
        if let Some((teks, _)) = tak_terbaca.get_untracked() {
            if s.set_item(KEY_RUSAK, &teks).is_err() {
                gagal_simpan.set(true);
                return;
            }
        }
        let kept = s.set_item(KEY, &export(&tabel.get_untracked())).is_ok();
        gagal_simpan.set(!kept);
    };
    let sekarang = move || {
        ws.with_open(|skp| predikat_berlaku(&rating(skp, periode.get())).map(|b| b.predikat))
            .flatten()
    };
    let hasil = Memo::new(move |_| {
        tabel.with(|t| {
            let dasar = t.tunjangan_dasar;
            simulasi(t, dasar.unwrap_or(0.0))
                .into_iter()
                .map(|h| (h, dasar.is_some()))
                .collect::<Vec<_>>()
        })
    });
    let masalah = Memo::new(move |_| tabel.with(periksa_tabel));
    let persen = move |p: Predikat| tabel.with(|t| t.persen_untuk(p));
    // One row per predikat, drawn once: typing in a row's field and moving on keeps the focus.
    let sel = move |p: Predikat, f: fn(&HasilSimulasi) -> Option<i64>| {
        move || {
            hasil.with(|h| {
                h.iter()
                    .find(|(h, _)| h.predikat == p)
                    .and_then(|(h, ada)| ada.then(|| f(h)).flatten())
            })
        }
    };
    let baris = Predikat::SEMUA
        .into_iter()
        .map(|p| {
            let kini = move || sekarang() == Some(p);
            let sebelum = sel(p, |h| h.sebelum_potongan);
            let potong = sel(p, |h| h.potongan);
            let terima = sel(p, |h| h.diterima);
            view! {
                <tr class:current=kini>
                    <th scope="row">{move || p.label(lang.get())} {move || kini().then(|| format!(" ({})", lang.get().pick("predikat SKP ini", "this SKP's predikat")))}</th>
                    <td>
                        <input type="text" inputmode="decimal" class="num"
                            aria-label=move || format!("{} {}", lang.get().pick("Persentase untuk", "Percentage for"), p.label(lang.get()))
                            prop:value=move || persen(p).map(|v| fmt_angka(v, lang.get())).unwrap_or_default()
                            on:change=move |ev| {
                                let teks = event_target_value(&ev);
                                match angka(&teks) {
                                    Some(persen) => ubah(true, Box::new(move |t| {
                                        t.persen.retain(|x| x.predikat != p);
                                        t.persen.push(PersenPredikat { predikat: p, persen });
                                    })),
                                    None if teks.trim().is_empty() => ubah(true, Box::new(move |t| t.persen.retain(|x| x.predikat != p))),
                                    None => ditolak.set(Some(Ditolak::Angka)),
                                }
                            } />
                        " %"
                    </td>
                    <td class="num">{move || rupiah(sebelum())}</td>
                    <td class="num">{move || rupiah(potong())}</td>
                    <td class="num"><strong>{move || rupiah(terima())}</strong></td>
                </tr>
            }
        })
        .collect_view();
    let potongan =
        move || tabel.with(|t| t.potongan.iter().map(|p| p.id.clone()).collect::<Vec<_>>());
    let tambah_potongan = move |_| {
        ubah(
            true,
            Box::new(|t| {
                t.potongan.push(Potongan {
                    id: clock::fresh_id("potongan"),
                    uraian: String::new(),
                    persen: 0.0,
                })
            }),
        )
    };
    view! {
        <section aria-labelledby="tunjangan" class="tunjangan">
            <h2 id="tunjangan">{move || lang.get().pick("Simulasi tunjangan kinerja", "Tunjangan kinerja simulation")}</h2>
            <p class="hint">{move || lang.get().pick(
                "Persentase tunjangan kinerja per predikat ditetapkan oleh peraturan instansi masing-masing (Perkada atau Peraturan Menteri), bukan oleh ketentuan nasional. Isi tabel dari peraturan instansi Anda; hanya disimpan di perangkat ini.",
                "The percentage of the allowance each predikat pays is set by each agency's own regulation (Perkada or Peraturan Menteri), not by national law. Fill in the table from your agency's regulation; it is kept only on this device.",
            )}</p>
            {move || tabel.with(|t| t.contoh).then(|| view! {
                <p class="notice" role="note">{move || lang.get().pick("CONTOH: angka di bawah hanya contoh, bukan dari peraturan mana pun.", "EXAMPLE: the figures below are only an example, from no regulation.")}</p>
            })}
            {move || tak_terbaca.get().map(|(_, galat)| view! {
                <p class="error-box" role="alert">{galat.pesan(lang.get())} " " {lang.get().pick(
                    "Tabel itu disisihkan, tidak ditimpa, saat Anda mengubah tabel di bawah.",
                    "That table is set aside, not written over, when you change the table below.",
                )}</p>
            })}
            {move || gagal_simpan.get().then(|| view! { <p class="error-box" role="alert">{move || lang.get().pick(
                "Tabel ini tidak dapat disimpan di perangkat ini (penyimpanan penuh atau diblokir); ia berlaku selama halaman terbuka.",
                "This table cannot be kept on this device (storage full or blocked); it lasts while the page is open.",
            )}</p> })}
            {move || ditolak.get().map(|_| view! { <p class="error-box" role="alert">{move || lang.get().pick(
                "Angka itu tidak terbaca dan tidak diambil. Tulis misalnya 10.000.000 atau 2,5.",
                "That figure could not be read and was not taken. Write for example 10,000,000 or 2.5.",
            )}</p> })}
            <label class="field">
                <span>{move || lang.get().pick("Peraturan instansi (judul, nomor, tahun)", "Agency regulation (title, number, year)")}</span>
                <input type="text" prop:value=move || tabel.with(|t| t.sumber.clone())
                    on:change=move |ev| { let v = event_target_value(&ev); ubah(true, Box::new(move |t| t.sumber = v)); } />
            </label>
            <label class="field">
                <span>{move || lang.get().pick("Tunjangan kinerja penuh jabatan Anda (Rp)", "Full tunjangan kinerja of your post (Rp)")}</span>
                <input type="text" inputmode="numeric" class="num"
                    prop:value=move || tabel.with(|t| t.tunjangan_dasar.map(|v| fmt_angka(v, lang.get())).unwrap_or_default())
                    on:change=move |ev| {
                        let teks = event_target_value(&ev);
                        match angka(&teks) {
                            Some(v) => ubah(false, Box::new(move |t| t.tunjangan_dasar = Some(v))),
                            None if teks.trim().is_empty() => ubah(false, Box::new(|t| t.tunjangan_dasar = None)),
                            None => ditolak.set(Some(Ditolak::Angka)),
                        }
                    } />
            </label>
            <div class="table-scroll">
                <table class="doc-table">
                    <thead><tr>
                        <th scope="col">{move || lang.get().pick("Predikat", "Predikat")}</th>
                        <th scope="col">{move || lang.get().pick("Persentase", "Percentage")}</th>
                        <th scope="col">{move || lang.get().pick("Sebelum potongan", "Before deductions")}</th>
                        <th scope="col">{move || lang.get().pick("Potongan", "Deductions")}</th>
                        <th scope="col">{move || lang.get().pick("Diterima", "Received")}</th>
                    </tr></thead>
                    <tbody>{baris}</tbody>
                </table>
            </div>
            <h3>{move || lang.get().pick("Potongan instansi (bila ada)", "Agency deductions (if any)")}</h3>
            <For each=potongan key=Clone::clone let:id>
                {
                    let baca = id.clone();
                    let ubah_uraian = id.clone();
                    let ubah_persen = id.clone();
                    let hapus = id.clone();
                    let item = move || tabel.with(|t| t.potongan.iter().find(|p| p.id == baca).cloned());
                    let item2 = item.clone();
                    let item3 = item.clone();
                    view! {
                        <div class="potongan actions">
                            <label class="field">
                                <span>{move || lang.get().pick("Uraian", "What for")}</span>
                                <input type="text" prop:value=move || item().map(|p| p.uraian).unwrap_or_default()
                                    on:change=move |ev| {
                                        let v = event_target_value(&ev);
                                        let id = ubah_uraian.clone();
                                        ubah(true, Box::new(move |t| if let Some(p) = t.potongan.iter_mut().find(|p| p.id == id) { p.uraian = v }));
                                    } />
                            </label>
                            <label class="field">
                                <span>{move || lang.get().pick("Persen", "Percent")}</span>
                                <input type="text" inputmode="decimal" class="num" prop:value=move || item2().map(|p| fmt_angka(p.persen, lang.get())).unwrap_or_default()
                                    on:change=move |ev| {
                                        let Some(v) = angka(&event_target_value(&ev)) else {
                                            ditolak.set(Some(Ditolak::Angka));
                                            return;
                                        };
                                        let id = ubah_persen.clone();
                                        ubah(true, Box::new(move |t| if let Some(p) = t.potongan.iter_mut().find(|p| p.id == id) { p.persen = v }));
                                    } />
                            </label>
                            <button type="button" class="danger"
                                aria-label={let item = item3.clone(); move || format!("{}: {}", lang.get().pick("Hapus potongan", "Remove the deduction"), item().map(|p| p.uraian).unwrap_or_default())}
                                on:click=move |_| {
                                let id = hapus.clone();
                                ubah(true, Box::new(move |t| t.potongan.retain(|p| p.id != id)));
                            }>{move || lang.get().pick("Hapus potongan", "Remove the deduction")}</button>
                        </div>
                    }
                }
            </For>
            <button type="button" on:click=tambah_potongan>{move || lang.get().pick("Tambah potongan", "Add a deduction")}</button>
            {move || {
                let lang = lang.get();
                let list = masalah.get();
                (!list.is_empty()).then(|| view! {
                    <ul class="plain-list findings">{list.into_iter().map(|m| view! { <li>{m.pesan(lang)}</li> }).collect_view()}</ul>
                })
            }}
        </section>
    }
}
