//! The mark of a practice SKP under the navigation: it is practice, from which case pack, the
//! pack's instructions, a fresh start from the pack, and handing the file in.

use super::clock;
use super::export::export_open_skp;
use super::language::Language;
use super::room::unprotected_origin;
use super::workspace::Workspace;
use crate::domain::operasi::Bagian;
use crate::domain::paket::atur_ulang_latihan;
use crate::i18n::library;
use crate::store::file_name;
use leptos::prelude::*;

#[component]
pub fn PracticeLine() -> impl IntoView {
    let ws = Workspace::get();
    let lang = Language::current();
    let t = move || library::text(lang.get());
    // Memos: typing a name re-reads the identity, but redraws this line (and re-reads the
    // pack from storage) only when the mark itself changes.
    let tanda = Memo::new(move |_| {
        ws.with_part(Bagian::Identitas, |s| s.latihan.clone())
            .flatten()
    });
    let paket = Memo::new(move |_| {
        tanda
            .get()
            .and_then(|t| ws.with_library(|l| l.pack(&t.paket_id)).flatten())
    });
    let file = move || {
        ws.with_part(Bagian::Identitas, file_name)
            .unwrap_or_default()
    };
    // In the room the room line offers the hand-in already.
    let hand_in_here = unprotected_origin().is_none();
    let asking = RwSignal::new(false);
    move || {
        tanda.get().map(|tanda| {
            let petunjuk = paket.with(|p| p.as_ref().map(|p| p.petunjuk.clone()));
            let reset = move |_| {
                let (Some(paket), Some(skp)) = (paket.get_untracked(), ws.open_skp_untracked()) else {
                    return;
                };
                asking.set(false);
                // `None` only for an SKP of another pack, which this pack is not (found by id).
                if let Some(awal) = atur_ulang_latihan(&paket, &skp, clock::today()) {
                    ws.restore_version(awal, t().practice_restarted.to_owned());
                }
            };
            let can_reset = petunjuk.is_some();
            view! {
                <div class="practice-line" role="note">
                    <p>
                        <span class="badge practice-badge">{move || t().practice_badge}</span> " "
                        {(t().practice_line)(&tanda.judul)}
                    </p>
                    {petunjuk.map(|p| view! {
                        <details>
                            <summary>{move || t().practice_instructions}</summary>
                            <p class="instructions">{p}</p>
                        </details>
                    })}
                    <div class="actions">
                        {hand_in_here.then(|| view! {
                            <button type="button" class="primary hand-in" on:click=move |_| export_open_skp(ws)>
                                {move || (t().hand_in)(&file())}
                            </button>
                        })}
                        <Show
                            when=move || asking.get()
                            fallback=move || view! {
                                <button type="button" disabled=!can_reset on:click=move |_| asking.set(true)>
                                    {move || t().practice_restart}
                                </button>
                            }
                        >
                            <span class="confirm" role="alertdialog" aria-label=move || t().practice_restart>
                                {move || t().practice_restart_confirm} " "
                                <button type="button" class="danger" on:click=reset>{move || t().practice_restart}</button>
                                " "
                                <button type="button" on:click=move |_| asking.set(false)>{move || t().cancel}</button>
                            </span>
                        </Show>
                    </div>
                    {(!can_reset).then(|| view! { <p class="hint">{move || t().practice_no_pack}</p> })}
                </div>
            }
        })
    }
}
