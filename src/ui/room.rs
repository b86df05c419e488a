//! The workshop room: participants open the trainer's laptop over plain HTTP on the room's
//! network. That is not a secure context (no offline copy, no persistent storage), and the
//! browser keeps their work under that exact address and port. The line says so, names the
//! address, and makes handing back the file the obvious step.

use super::export::export_open_skp;
use super::language::Language;
use super::workspace::Workspace;
use crate::domain::operasi::Bagian;
use crate::i18n::library;
use crate::store::file_name;
use leptos::prelude::*;

/// The origin this page's storage belongs to, when the page is not a secure context (for
/// `localhost` and HTTPS the browser protects it as usual, and nothing is shown).
pub fn unprotected_origin() -> Option<String> {
    let window = window();
    if window.is_secure_context() {
        return None;
    }
    let location = window.location();
    let origin = location.origin().ok()?;
    let path = location.pathname().unwrap_or_default();
    Some(format!("{origin}{path}"))
}

#[component]
pub fn RoomLine() -> impl IntoView {
    let ws = Workspace::get();
    let lang = Language::current();
    let t = move || library::text(lang.get());
    let origin = unprotected_origin();
    let file = move || ws.with_part(Bagian::Identitas, file_name);
    origin.map(|origin| {
        view! {
            <p class="room-line" role="note">
                {move || (t().room_unprotected)(&origin)} " "
                {move || file().map(|name| view! {
                    <button type="button" class="primary hand-in" on:click=move |_| export_open_skp(ws)>
                        {(t().hand_in)(&name)}
                    </button>
                })}
            </p>
        }
    })
}
