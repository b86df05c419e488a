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
use crate::ui::clock;
use crate::ui::language::Language;
use crate::ui::workspace::Workspace;
use leptos::prelude::*;

const KEY: &str = "skp-mandiri/tunjangan";

fn simpanan() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// The stored table, or the example. A stored table this version cannot read is left where
/// it is (never written over until the person changes the table) and said.
fn baca() -> (TabelTunjangan, Option<String>) {
    let stored = simpanan().and_then(|s| s.get_item(KEY).ok().flatten());
    match stored.map(|t| import(&t)) {
        None => (contoh_tabel(), None),
        Some(Ok(tabel)) => (tabel, None),
        Some(Err(galat)) => (contoh_tabel(), Some(galat.pesan(crate::domain::Lang::Id))),
    }
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

#[component]
pub fn Tunjangan(periode: RwSignal<Option<u32>>) -> impl IntoView {
    let ws = Workspace::get();
    let lang = Language::current();
    let (awal, rusak) = baca();
    let tabel = RwSignal::new(awal);
    let galat_simpan = RwSignal::new(rusak);
    let ubah = move |f: Box<dyn FnOnce(&mut TabelTunjangan)>| {
        tabel.update(|t| {
            f(t);
            t.contoh = false;
        });
        let teks = export(&tabel.get_untracked());
        let kept = simpanan().is_some_and(|s| s.set_item(KEY, &teks).is_ok());
        galat_simpan.set((!kept).then(|| {
            lang.get_untracked()
                .pick(
                    "Tabel ini tidak dapat disimpan di perangkat ini (penyimpanan penuh atau diblokir); ia berlaku selama halaman terbuka.",
                    "This table cannot be kept on this device (storage full or blocked); it lasts while the page is open.",
                )
                .to_owned()
        }));
    };
    let sekarang = move || {
        ws.with_open(|skp| predikat_berlaku(&rating(skp, periode.get())).map(|b| b.predikat))
            .flatten()
    };
    let hasil = Memo::new(move |_| tabel.with(|t| simulasi(t, t.tunjangan_dasar.unwrap_or(0.0))));
    let masalah = Memo::new(move |_| tabel.with(periksa_tabel));
    let persen = move |p: Predikat| tabel.with(|t| t.persen_untuk(p));
    let baris = move || {
        let lang = lang.get();
        let kini = sekarang();
        hasil
            .get()
            .into_iter()
            .map(|h| {
                let p = h.predikat;
                view! {
                    <tr class:current=kini == Some(p)>
                        <th scope="row">{p.label(lang)} {(kini == Some(p)).then(|| format!(" ({})", lang.pick("predikat SKP ini", "this SKP's predikat")))}</th>
                        <td>
                            <input type="text" inputmode="decimal" class="num"
                                aria-label=format!("{} {}", lang.pick("Persentase untuk", "Percentage for"), p.label(lang))
                                prop:value=move || persen(p).map(|v| fmt_angka(v, lang)).unwrap_or_default()
                                on:change=move |ev| {
                                    let v = parse_angka(&event_target_value(&ev));
                                    ubah(Box::new(move |t| {
                                        t.persen.retain(|x| x.predikat != p);
                                        if let Some(persen) = v {
                                            t.persen.push(PersenPredikat { predikat: p, persen });
                                        }
                                    }));
                                } />
                            " %"
                        </td>
                        <td class="num">{rupiah(h.sebelum_potongan)}</td>
                        <td class="num">{rupiah(h.potongan)}</td>
                        <td class="num"><strong>{rupiah(h.diterima)}</strong></td>
                    </tr>
                }
            })
            .collect_view()
    };
    let potongan =
        move || tabel.with(|t| t.potongan.iter().map(|p| p.id.clone()).collect::<Vec<_>>());
    let tambah_potongan = move |_| {
        ubah(Box::new(|t| {
            t.potongan.push(Potongan {
                id: clock::fresh_id("potongan"),
                uraian: String::new(),
                persen: 0.0,
            })
        }))
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
            {move || galat_simpan.get().map(|m| view! { <p class="error-box" role="alert">{m}</p> })}
            <label class="field">
                <span>{move || lang.get().pick("Peraturan instansi (judul, nomor, tahun)", "Agency regulation (title, number, year)")}</span>
                <input type="text" prop:value=move || tabel.with(|t| t.sumber.clone())
                    on:change=move |ev| { let v = event_target_value(&ev); ubah(Box::new(move |t| t.sumber = v)); } />
            </label>
            <label class="field">
                <span>{move || lang.get().pick("Tunjangan kinerja penuh jabatan Anda (Rp)", "Full tunjangan kinerja of your post (Rp)")}</span>
                <input type="text" inputmode="numeric" class="num"
                    prop:value=move || tabel.with(|t| t.tunjangan_dasar.map(|v| fmt_angka(v, lang.get())).unwrap_or_default())
                    on:change=move |ev| {
                        let v = parse_angka(&event_target_value(&ev).replace('.', ""));
                        ubah(Box::new(move |t| t.tunjangan_dasar = v));
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
                    view! {
                        <div class="potongan actions">
                            <label class="field">
                                <span>{move || lang.get().pick("Uraian", "What for")}</span>
                                <input type="text" prop:value=move || item().map(|p| p.uraian).unwrap_or_default()
                                    on:change=move |ev| {
                                        let v = event_target_value(&ev);
                                        let id = ubah_uraian.clone();
                                        ubah(Box::new(move |t| if let Some(p) = t.potongan.iter_mut().find(|p| p.id == id) { p.uraian = v }));
                                    } />
                            </label>
                            <label class="field">
                                <span>{move || lang.get().pick("Persen", "Percent")}</span>
                                <input type="text" inputmode="decimal" class="num" prop:value=move || item2().map(|p| fmt_angka(p.persen, lang.get())).unwrap_or_default()
                                    on:change=move |ev| {
                                        let v = parse_angka(&event_target_value(&ev)).unwrap_or(0.0);
                                        let id = ubah_persen.clone();
                                        ubah(Box::new(move |t| if let Some(p) = t.potongan.iter_mut().find(|p| p.id == id) { p.persen = v }));
                                    } />
                            </label>
                            <button type="button" class="danger" on:click=move |_| {
                                let id = hapus.clone();
                                ubah(Box::new(move |t| t.potongan.retain(|p| p.id != id)));
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
