//! The classes kept on this device: make one, open one, remove one (only it).

use super::state::{KelasState, Penyimpanan};
use crate::i18n::workshop;
use crate::route::kelas_href;
use crate::ui::language::Language;
use leptos::prelude::*;

#[component]
pub fn DaftarKelas() -> impl IntoView {
    let state = KelasState::get();
    let lang = Language::current();
    let t = move || workshop::text(lang.get());
    let nama = RwSignal::new(String::new());
    let menghapus = RwSignal::new(None::<String>);
    let buat = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let typed = nama.get_untracked().trim().to_owned();
        let nama_kelas = if typed.is_empty() {
            (t().class_default_name)(state.daftar.with_untracked(Vec::len) + 1)
        } else {
            typed
        };
        let id = state.baru(nama_kelas);
        nama.set(String::new());
        let _ = window().location().set_hash(&kelas_href(&id));
    };
    view! {
        <section aria-labelledby="kelas-daftar">
            <h2 id="kelas-daftar">{move || t().classes_title}</h2>
            <p>{move || t().classes_help}</p>
            {move || match state.penyimpanan.get() {
                Penyimpanan::MemoriSaja => Some(view! { <p class="error-box" role="alert">{move || t().memory_only}</p> }),
                _ => None,
            }}
            <form class="row" on:submit=buat>
                <label class="field">
                    <span class="field-label">{move || t().class_name}</span>
                    <input type="text" prop:value=move || nama.get() on:input=move |ev| nama.set(event_target_value(&ev)) />
                </label>
                // A class made before the store answers would be lost when it does.
                <button type="submit" class="primary" disabled=move || state.penyimpanan.get() == Penyimpanan::Membuka>
                    {move || t().class_new}
                </button>
            </form>
            <ul class="class-list plain-list">
                <For each=move || state.daftar.get() key=|k| k.id.clone() let:kelas>
                    {
                        let id = kelas.id.clone();
                        let href = kelas_href(&id);
                        let asking = {
                            let id = id.clone();
                            move || menghapus.with(|m| m.as_deref() == Some(id.as_str()))
                        };
                        let ask = {
                            let id = id.clone();
                            move |_| menghapus.set(Some(id.clone()))
                        };
                        let hapus = {
                            let id = id.clone();
                            move |_| {
                                state.hapus(id.clone());
                                menghapus.set(None);
                            }
                        };
                        let nama = kelas.nama.clone();
                        let dibuat = kelas.dibuat.get(..10).unwrap_or_default().to_owned();
                        view! {
                            <li class="class-item">
                                <a href=href>{kelas.nama.clone()}</a>
                                <span class="meta">" \u{b7} " {move || (t().class_made)(&dibuat)}</span>
                                " "
                                <Show
                                    when=asking.clone()
                                    fallback=move || view! { <button type="button" class="danger" on:click=ask.clone()>{move || t().class_remove}</button> }
                                >
                                    <span class="confirm" role="alertdialog" aria-label=move || t().class_remove>
                                        {let nama = nama.clone(); move || (t().class_remove_confirm)(&nama)} " "
                                        <button type="button" class="danger" on:click=hapus.clone()>{move || t().class_remove}</button>
                                        " "
                                        <button type="button" on:click=move |_| menghapus.set(None)>{move || t().cancel}</button>
                                    </span>
                                </Show>
                            </li>
                        }
                    }
                </For>
            </ul>
        </section>
    }
}
