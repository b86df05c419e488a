//! The strip under the navigation: whether the work is saved, the notices about the person's
//! data, the export reminder, and the undo of the last destructive action.

use super::export::export_open_skp;
use super::language::Language;
use super::practice::PracticeLine;
use super::room::RoomLine;
use super::workspace::{Notice, SaveStatus, Workspace};
use crate::i18n::library::{self, LibraryText};
use crate::store::StoreError;
use leptos::prelude::*;

fn notice_text(t: &LibraryText, notice: &Notice) -> String {
    match notice {
        Notice::UpdatedFromOtherTab { nama } => (t.notice_other_tab)(nama),
        Notice::SavedOverOtherTab { nama } => (t.notice_saved_over)(nama),
        Notice::Quarantined { count } => (t.notice_quarantined)(*count),
        Notice::DeletedInOtherTab { nama } => (t.notice_deleted_elsewhere)(nama),
        Notice::NotDoneNoRoom { what } => (t.notice_not_done_no_room)(what),
        Notice::JoinedWithOtherTab { nama } => (t.notice_joined)(nama),
        Notice::Repaired { nama, count } => (t.notice_repaired)(nama, *count),
        Notice::LeftInPlace { count } => (t.notice_left_in_place)(*count),
    }
}

#[component]
pub fn StatusStrip() -> impl IntoView {
    let ws = Workspace::get();
    let lang = Language::current();
    let t = move || library::text(lang.get());
    let has_open = move || ws.open_id().is_some();
    let status_text = move || match ws.status() {
        SaveStatus::Saved => t().status_saved,
        SaveStatus::Saving => t().status_saving,
        SaveStatus::Failed(StoreError::Full) => t().status_full,
        SaveStatus::Failed(StoreError::Unavailable) => t().status_unavailable,
        SaveStatus::MemoryOnly => t().status_memory_only,
    };
    let failing = move || matches!(ws.status(), SaveStatus::Failed(_) | SaveStatus::MemoryOnly);
    let reminder = move || {
        let open = ws.open_id()?;
        ws.export_due(&open).then_some(())
    };
    view! {
        <div class="status-strip">
            <RoomLine />
            <PracticeLine />
            <p class="save-status" class:failing=failing role="status" aria-live="polite">
                <span class="save-dot" aria-hidden="true"></span>
                {status_text}
                <Show when=move || failing() && has_open()>
                    " "
                    <button type="button" class="link-button" on:click=move |_| export_open_skp(ws)>
                        {move || t().export_now}
                    </button>
                </Show>
            </p>
            <Show when=move || reminder().is_some()>
                <p class="reminder">
                    {move || t().reminder} " "
                    <button type="button" class="link-button" on:click=move |_| export_open_skp(ws)>
                        {move || t().export_now}
                    </button>
                </p>
            </Show>
            <For each=move || ws.notices() key=|n| format!("{n:?}") let:notice>
                {
                    let shown = notice.clone();
                    view! {
                        <p class="notice-line" role="alert">
                            {move || notice_text(t(), &shown)} " "
                            <button
                                type="button"
                                class="link-button"
                                on:click=move |_| ws.dismiss(&notice)
                            >
                                {move || t().dismiss}
                            </button>
                        </p>
                    }
                }
            </For>
            {move || {
                ws.undo_label().map(|label| view! {
                    <p class="undo-line" role="status">
                        {label} " "
                        <span class="undo-until">{move || t().undo_until}</span> " "
                        <button type="button" class="link-button" on:click=move |_| ws.undo_last()>
                            {move || t().undo}
                        </button>
                        " "
                        <button type="button" class="link-button" on:click=move |_| ws.forget_undo()>
                            {move || t().dismiss}
                        </button>
                    </p>
                })
            }}
        </div>
    }
}
