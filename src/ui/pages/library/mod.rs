//! "SKP Saya": every SKP on this device; start, open, copy, export, delete; import with a
//! preview; the backup; deleted SKPs and data set aside, both restorable or downloadable.

mod history;
mod import;
mod kept;
mod lembar;
mod new_skp;

use crate::domain::Skp;
use crate::i18n::library::{self, KartuSkp};
use crate::route::Route;
use crate::store::Outline;
use crate::ui::clock;
use crate::ui::export::{export_everything, export_one};
use crate::ui::language::Language;
use crate::ui::workspace::Workspace;
use chrono::Datelike;
use history::VersionHistory;
pub use import::ImportFile;
use kept::{Deleted, SetAside};
use leptos::prelude::*;
pub use new_skp::NewSkp;

#[component]
pub fn LibraryPage() -> impl IntoView {
    let lang = Language::current();
    let t = move || library::text(lang.get());
    view! {
        <article class="library">
            <h1>{move || t().title}</h1>
            <p class="lead">{move || t().lead}</p>
            <Persistence />
            <SkpList latihan=false />
            <PracticeSkps />
            <NewSkp />
            <ImportFile />
            <section aria-labelledby="cadangan">
                <h2 id="cadangan">{move || t().backup_title}</h2>
                <p>{move || t().backup_help}</p>
                <button type="button" on:click=move |_| export_everything(Workspace::get())>
                    {move || t().backup_button}
                </button>
            </section>
            <Deleted />
            <SetAside />
        </article>
    }
}

#[component]
fn Persistence() -> impl IntoView {
    let ws = Workspace::get();
    let lang = Language::current();
    let t = move || library::text(lang.get());
    move || {
        ws.persistent().map(|granted| {
            view! {
                <p class="persistence">{move || if granted { t().persist_yes } else { t().persist_no }}</p>
            }
        })
    }
}

/// The ids of the real SKPs, or of the practice ones, in the library's order.
fn ids_of(ws: Workspace, latihan: bool) -> Vec<String> {
    ws.with_all(|all| {
        all.iter()
            .filter(|s| s.adalah_latihan() == latihan)
            .map(|s| s.id.clone())
            .collect()
    })
}

#[component]
fn SkpList(latihan: bool) -> impl IntoView {
    let ws = Workspace::get();
    let lang = Language::current();
    let t = move || library::text(lang.get());
    let ids = Memo::new(move |_| ids_of(ws, latihan));
    // With only practice SKPs here, the empty list is of the real ones.
    let empty =
        move || {
            let ada_latihan = ws.with_all(|all| all.iter().any(Skp::adalah_latihan));
            (!latihan).then(|| view! {
            <p class="empty">{move || if ada_latihan { t().empty_real } else { t().empty }}</p>
        })
        };
    view! {
        <Show when=move || !ids.with(Vec::is_empty) fallback=empty>
            <ul class="skp-list">
                <For each=move || ids.get() key=|id| id.clone() let:id>
                    <SkpCard id=id />
                </For>
            </ul>
        </Show>
    }
}

/// Practice SKPs, apart from the real ones, with a way to remove them all at once. Each stays
/// restorable from the deleted SKPs, as any deleted SKP.
#[component]
fn PracticeSkps() -> impl IntoView {
    let ws = Workspace::get();
    let lang = Language::current();
    let t = move || library::text(lang.get());
    let ids = Memo::new(move |_| ids_of(ws, true));
    let asking = RwSignal::new(false);
    let delete_all = move |_| {
        let ids = ids.get_untracked();
        let label = (t().practice_deleted_label)(ids.len());
        for id in &ids {
            ws.delete(id, label.clone());
        }
        // One undo would bring back only the last; each stays in "SKP yang dihapus".
        ws.forget_undo();
        asking.set(false);
    };
    view! {
        <Show when=move || !ids.with(Vec::is_empty)>
            <section class="practice" aria-labelledby="latihan">
                <h2 id="latihan">
                    <span class="badge practice-badge">{move || t().practice_badge}</span> " "
                    {move || t().practice_title}
                </h2>
                <p>{move || t().practice_help}</p>
                <SkpList latihan=true />
                <Show
                    when=move || asking.get()
                    fallback=move || view! {
                        <button type="button" class="danger" on:click=move |_| asking.set(true)>
                            {move || t().practice_delete_all}
                        </button>
                    }
                >
                    <div class="confirm" role="alertdialog" aria-label=move || t().practice_delete_all>
                        <p>{move || (t().practice_confirm)(ids.with(Vec::len))}</p>
                        <div class="actions">
                            <button type="button" class="danger" on:click=delete_all>
                                {move || t().practice_delete_all}
                            </button>
                            <button type="button" on:click=move |_| asking.set(false)>{move || t().cancel}</button>
                        </div>
                    </div>
                </Show>
            </section>
        </Show>
    }
}

#[component]
fn SkpCard(id: String) -> impl IntoView {
    let ws = Workspace::get();
    let lang = Language::current();
    let t = move || library::text(lang.get());
    let skp = {
        let id = id.clone();
        Memo::new(move |_| ws.with_all(|all| all.iter().find(|s| s.id == id).cloned()))
    };
    let outline = move || skp.get().map(|s| Outline::of(&s));
    let is_open = {
        let id = id.clone();
        move || ws.open_id().as_deref() == Some(id.as_str())
    };
    let open = {
        let id = id.clone();
        move |_| {
            ws.open(Some(id.clone()));
            let _ = window().location().set_hash(&Route::Ringkasan.href());
        }
    };
    let copy = move |_| {
        if let Some(skp) = skp.get_untracked() {
            let tahun = skp.periode.mulai.year() + 1;
            ws.add(skp.salin_ke_tahun(clock::fresh_id("skp"), tahun));
        }
    };
    let delete = {
        let id = id.clone();
        move |_| {
            let nama = outline().map(|o| o.nama).unwrap_or_default();
            let label = (t().deleted_label)(&(t().skp_of)(&nama));
            ws.delete(&id, label);
        }
    };
    view! {
        <li class="skp-card" class:open=is_open.clone()>
            <h2>
                {move || skp.with(|s| s.as_ref().is_some_and(Skp::adalah_latihan)).then(|| view! {
                    <span class="badge practice-badge">{move || t().practice_badge}</span> " "
                })}
                {move || outline().map(|o| if o.nama.trim().is_empty() { t().unnamed.to_owned() } else { o.nama })}
            </h2>
            <p class="meta">
                {move || outline().map(|o| (t().card_meta)(&KartuSkp {
                    nip: if o.nip.is_empty() { "\u{2013}" } else { &o.nip },
                    periode: &o.periode,
                    jumlah: &(t().counts)(o.rhk, o.iki),
                }))}
            </p>
            <div class="actions">
                {
                    let is_open = is_open.clone();
                    move || if is_open() {
                        view! { <span class="badge">{move || t().opened}</span> }.into_any()
                    } else {
                        view! { <button type="button" class="primary" on:click=open.clone()>{move || t().open}</button> }.into_any()
                    }
                }
                <button type="button" on:click=move |_| { if let Some(s) = skp.get_untracked() { export_one(ws, &s) } }>
                    {move || t().export}
                </button>
                <button type="button" on:click=copy>{move || t().copy_next_year}</button>
                <button type="button" class="danger" on:click=delete>{move || t().delete}</button>
            </div>
            <VersionHistory id=id />
        </li>
    }
}
