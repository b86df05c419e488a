//! Keeping the workspace in step with the world outside this tab: other tabs writing the
//! same storage, the page being hidden or closed, and the browser's persistence promise.

use super::{Notice, Workspace};
use leptos::prelude::*;

impl Workspace {
    /// Asks the browser not to erase this site's storage under pressure, and remembers its
    /// answer so the page can show it.
    pub(super) fn request_persistence(&self) {
        let persistent = self.persistent;
        leptos::task::spawn_local(async move {
            let storage = window().navigator().storage();
            let Ok(promise) = storage.persist() else {
                return;
            };
            if let Ok(answer) = wasm_bindgen_futures::JsFuture::from(promise).await {
                persistent.set(answer.as_bool());
            }
        });
    }

    /// Another tab saved: show its version unless this tab has unsaved changes of its own
    /// (then the next save keeps the other version in the history and says so).
    pub(super) fn listen_to_other_tabs(&self) {
        let workspace = *self;
        let handle = window_event_listener(leptos::ev::storage, move |event| {
            let Some(id) = event.key().and_then(|k| {
                k.strip_prefix(crate::store::SKP_KEY_PREFIX)
                    .map(str::to_owned)
            }) else {
                return;
            };
            if workspace.dirty.with_value(|d| d.contains(&id)) {
                return;
            }
            if event.new_value().is_none() {
                let nama = workspace.skp_untracked(&id).map(|s| s.pegawai.nama);
                workspace.parts.remove(&id);
                if let Some(nama) = nama {
                    workspace.notice(Notice::DeletedInOtherTab { nama });
                }
                return;
            }
            let reloaded = workspace
                .library
                .try_update_value(|l| l.reload(&id))
                .and_then(Result::ok)
                .flatten();
            if let Some(skp) = reloaded {
                let nama = skp.pegawai.nama.clone();
                workspace.parts.put(skp);
                workspace.notice(Notice::UpdatedFromOtherTab { nama });
            }
        });
        on_cleanup(move || handle.remove());
    }

    /// Saves at once when the page is hidden or closed: a phone may kill it right after.
    pub(super) fn flush_when_hidden(&self) {
        let workspace = *self;
        let hidden = window_event_listener(leptos::ev::visibilitychange, move |_| {
            if document().visibility_state() == web_sys::VisibilityState::Hidden {
                workspace.flush();
            }
        });
        let closing = window_event_listener(leptos::ev::pagehide, move |_| workspace.flush());
        // A reload or close while a change could not be saved (storage full) would lose it
        // without a word: try once more, and if it is still not kept, let the browser ask.
        let leaving = window_event_listener(leptos::ev::beforeunload, move |event| {
            workspace.flush();
            if workspace.has_unsaved() {
                event.prevent_default();
                event.set_return_value("unsaved");
            }
        });
        on_cleanup(move || {
            hidden.remove();
            closing.remove();
            leaving.remove();
        });
    }
}
