//! Case packs: a participant opens one and starts a practice SKP from it; a trainer downloads
//! the bundled pack or makes one from SKPs on this device.

use crate::domain::contoh::contoh_paket;
use crate::domain::model::{KinerjaOrganisasi, PredikatOrganisasi};
use crate::domain::paket::{
    buat_paket, cocok_sebagai_awal, export_paket, import_paket_bytes, mulai_latihan, BahanPaket,
    PaketKasus,
};
use crate::domain::{check_size, FileError, Skp};
use crate::i18n::assess::predikat_organisasi;
use crate::i18n::{print, workshop};
use crate::route::Route;
use crate::ui::clock;
use crate::ui::download::download;
use crate::ui::form::{number_input, select_input, text_area, text_input};
use crate::ui::import::chosen_files;
use crate::ui::language::Language;
use crate::ui::workspace::Workspace;
use leptos::prelude::*;

/// The file name of a pack: `Paket-kasus-<title>.json`.
fn nama_berkas(paket: &PaketKasus) -> String {
    let judul: String = paket
        .judul
        .chars()
        .map(|c| if c.is_alphanumeric() { c } else { '-' })
        .collect();
    let judul = judul
        .split('-')
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join("-");
    format!("Paket-kasus-{judul}.json")
}

fn unduh(paket: &PaketKasus) {
    download(
        &nama_berkas(paket),
        "application/json",
        &export_paket(paket, &clock::now()),
    );
}

/// Starts a practice SKP from `paket`, keeps the pack beside it (for the leader's RHK and a
/// fresh start) and opens it in Perencanaan.
fn mulai(ws: Workspace, paket: &PaketKasus) {
    let now = clock::now();
    // Without the kept pack the practice still starts; only the leader's RHK list and the
    // fresh start need it, and the pack file can be opened again.
    let _kept = ws.with_library(|l| l.keep_pack(paket, &now));
    ws.add(mulai_latihan(paket, clock::fresh_id("skp"), clock::today()));
    let _ = window().location().set_hash(&Route::Perencanaan.href());
}

/// Reads the chosen pack file.
fn baca(file: web_sys::File, hasil: RwSignal<Option<Result<PaketKasus, (String, FileError)>>>) {
    let name = file.name();
    if let Err(error) = check_size(file.size() as usize) {
        hasil.set(Some(Err((name, error))));
        return;
    }
    leptos::task::spawn_local(async move {
        let bytes = match wasm_bindgen_futures::JsFuture::from(file.array_buffer()).await {
            Ok(buffer) => js_sys::Uint8Array::new(&buffer).to_vec(),
            Err(_) => Vec::new(),
        };
        hasil.set(Some(import_paket_bytes(&bytes).map_err(|e| (name, e))));
    });
}

/// The participant's side: open a pack, see what it asks, start.
#[component]
pub fn BukaPaket() -> impl IntoView {
    let lang = Language::current();
    let t = move || workshop::text(lang.get());
    let hasil = RwSignal::new(None::<Result<PaketKasus, (String, FileError)>>);
    let on_choose = move |ev: leptos::ev::Event| {
        if let Some(file) = chosen_files(&ev).into_iter().next() {
            baca(file, hasil);
        }
    };
    view! {
        <section aria-labelledby="latihan-buka">
            <h2 id="latihan-buka">{move || t().practice_title}</h2>
            <p>{move || t().practice_help}</p>
            <div class="row">
                <label class="button">
                    {move || t().open_pack}
                    <input type="file" accept=".json,application/json" class="visually-hidden" on:change=on_choose />
                </label>
                <button type="button" on:click=move |_| hasil.set(Some(Ok(contoh_paket())))>
                    {move || t().open_bundled}
                </button>
            </div>
            {move || hasil.get().map(|h| match h {
                Err((file, error)) => view! {
                    <div class="error-box" role="alert">
                        <p><strong>{(t().pack_refused)(&file)}</strong></p>
                        <p>{error.message(lang.get())}</p>
                    </div>
                }.into_any(),
                Ok(paket) => view! { <Pratinjau paket=paket /> }.into_any(),
            })}
        </section>
    }
}

/// What a pack holds, before the participant starts from it.
#[component]
fn Pratinjau(paket: PaketKasus) -> impl IntoView {
    let ws = Workspace::get();
    let lang = Language::current();
    let t = move || workshop::text(lang.get());
    let periode =
        (print::text(lang.get_untracked()).rentang)(paket.periode.mulai, paket.periode.selesai);
    let pimpinan = paket
        .pimpinan
        .iter()
        .map(|s| format!("{} \u{b7} {}", s.pegawai.nama, s.pegawai.jabatan))
        .collect::<Vec<_>>();
    let mulai_dari = paket.clone();
    view! {
        <div class="pack-preview">
            <h3>{paket.judul.clone()}</h3>
            <p class="meta">{paket.instansi.clone()} " \u{b7} " {periode}</p>
            <p class="instructions">{paket.petunjuk.clone()}</p>
            <p><strong>{move || t().pack_leaders}</strong></p>
            <ul class="plain-list">{pimpinan.into_iter().map(|p| view! { <li>{p}</li> }).collect_view()}</ul>
            <p class="hint">{move || t().practice_apart}</p>
            <button type="button" class="primary" on:click=move |_| mulai(ws, &mulai_dari)>
                {move || t().start_practice}
            </button>
        </div>
    }
}

/// The trainer's side: the bundled pack, or a pack made from SKPs on this device.
#[component]
pub fn PaketPelatih() -> impl IntoView {
    let ws = Workspace::get();
    let lang = Language::current();
    let t = move || workshop::text(lang.get());
    let judul = RwSignal::new(String::new());
    let petunjuk = RwSignal::new(String::new());
    let pimpinan = RwSignal::new(Vec::<String>::new());
    let awal = RwSignal::new(String::new());
    let predikat = RwSignal::new(None::<PredikatOrganisasi>);
    let capaian = RwSignal::new(None::<f64>);
    let gagal = RwSignal::new(false);
    // Real SKPs only: a practice SKP is a participant's answer, not a case.
    let pilihan = Memo::new(move |_| {
        ws.with_all(|all| {
            all.iter()
                .filter(|s| !s.adalah_latihan())
                .map(|s| {
                    (
                        s.id.clone(),
                        format!(
                            "{} \u{b7} {} \u{b7} {}",
                            s.pegawai.nama,
                            s.pegawai.jabatan,
                            s.periode.mulai.format("%Y")
                        ),
                    )
                })
                .collect::<Vec<_>>()
        })
    });
    let dipilih = move |ids: &[String]| -> Vec<Skp> {
        ws.with_all(|all| {
            ids.iter()
                .filter_map(|id| all.iter().find(|s| &s.id == id).cloned())
                .collect()
        })
    };
    // A starting SKP must be of the first leader's case.
    let pilihan_awal = Memo::new(move |_| {
        let utama = dipilih(&pimpinan.get()).into_iter().next();
        ws.with_all(|all| {
            all.iter()
                .filter(|s| !s.adalah_latihan() && !pimpinan.with(|p| p.contains(&s.id)))
                .filter(|s| utama.as_ref().is_some_and(|u| cocok_sebagai_awal(u, s)))
                .map(|s| {
                    (
                        s.id.clone(),
                        format!("{} \u{b7} {}", s.pegawai.nama, s.pegawai.jabatan),
                    )
                })
                .collect::<Vec<_>>()
        })
    });
    let buat = move |_| {
        let skp_awal =
            awal.with_untracked(|id| dipilih(std::slice::from_ref(id)).into_iter().next());
        let bahan = BahanPaket {
            id: clock::fresh_id("paket"),
            judul: judul.get_untracked().trim().to_owned(),
            petunjuk: petunjuk.get_untracked().trim().to_owned(),
            kinerja_organisasi: KinerjaOrganisasi {
                predikat: predikat.get_untracked(),
                capaian: capaian.get_untracked(),
            },
            pimpinan: dipilih(&pimpinan.get_untracked()),
            skp_awal,
        };
        match buat_paket(bahan) {
            Some(paket) => {
                gagal.set(false);
                unduh(&paket);
            }
            None => gagal.set(true),
        }
    };
    view! {
        <section aria-labelledby="paket-pelatih">
            <h2 id="paket-pelatih">{move || t().trainer_title}</h2>
            <p>{move || t().trainer_help}</p>
            <button type="button" on:click=move |_| unduh(&contoh_paket())>{move || t().download_bundled}</button>
            <details class="make-pack">
                <summary>{move || t().make_pack}</summary>
                {text_input(move || t().pack_title.into(), move || judul.get(), move |v| judul.set(v))}
                {text_area(move || t().pack_instructions.into(), move || petunjuk.get(), move |v| petunjuk.set(v))}
                <fieldset>
                    <legend>{move || t().pack_choose_leaders}</legend>
                    <Show when=move || !pilihan.with(Vec::is_empty) fallback=move || view! { <p class="hint">{move || t().pack_no_skps}</p> }>
                        <For each=move || pilihan.get() key=|(id, _)| id.clone() let:item>
                            {
                                let (id, label) = item;
                                let checked = {
                                    let id = id.clone();
                                    move || pimpinan.with(|p| p.contains(&id))
                                };
                                view! {
                                    <label class="check">
                                        <input type="checkbox" prop:checked=checked on:change=move |ev| {
                                            let on = event_target_checked(&ev);
                                            pimpinan.update(|p| {
                                                p.retain(|x| x != &id);
                                                if on { p.push(id.clone()); }
                                            });
                                            // Another first leader may be another case.
                                            awal.set(String::new());
                                        } />
                                        " " {label}
                                    </label>
                                }
                            }
                        </For>
                    </Show>
                </fieldset>
                <label class="field">
                    <span>{move || t().pack_start_skp}</span>
                    <select on:change=move |ev| awal.set(event_target_value(&ev))>
                        <option value="" selected=move || awal.with(String::is_empty)>{move || t().pack_no_start}</option>
                        {move || pilihan_awal.get().into_iter().map(|(id, label)| {
                            let selected = {
                                let id = id.clone();
                                move || awal.with(|a| a == &id)
                            };
                            view! { <option value=id selected=selected>{label}</option> }
                        }).collect_view()}
                    </select>
                </label>
                <div class="row">
                    {predikat_select(move || t().org_predikat.into(), move || predikat.get(), move |v| predikat.set(v))}
                    {number_input(move || t().org_capaian.into(), move || capaian.get(), move |v| capaian.set(v))}
                </div>
                <button type="button" class="primary" on:click=buat>{move || t().download_pack}</button>
                <Show when=move || gagal.get()>
                    <p class="error-box" role="alert">{move || t().pack_needs_leader}</p>
                </Show>
            </details>
        </section>
    }
}

/// A choice of the organisation's predikat, or none yet.
pub fn predikat_select(
    label: impl Fn() -> String + Send + Sync + 'static,
    value: impl Fn() -> Option<PredikatOrganisasi> + Send + Sync + Copy + 'static,
    set: impl Fn(Option<PredikatOrganisasi>) + Send + Sync + 'static,
) -> impl IntoView {
    let lang = Language::current();
    select_input(
        label,
        move || {
            let lang = lang.get();
            std::iter::once((None, workshop::text(lang).org_unknown.to_string()))
                .chain(
                    PredikatOrganisasi::SEMUA
                        .into_iter()
                        .map(|p| (Some(p), predikat_organisasi(p, lang).to_string())),
                )
                .collect()
        },
        value,
        set,
    )
}
