//! Moving the keyboard focus to what an action made or left: the first field of a card just
//! added, or the undo line after a delete. Without it the focus stays on the button below the
//! new fields (so Tab skips them) or falls to the top of the page. The element appears a
//! frame or more later (lists draw progressively), so it is looked for over a few frames.

use leptos::prelude::*;

/// Frames to look for the element before giving up (about half a second).
const FRAMES: u32 = 30;

/// Focuses the first field inside the first element matching `selector` (else its first
/// button, else the element itself), once it exists.
pub fn focus_when_shown(selector: String) {
    look(selector, FRAMES);
}

/// Focuses the undo line's button after a destructive action.
pub fn focus_undo() {
    focus_when_shown(".undo-line".into());
}

fn look(selector: String, left: u32) {
    request_animation_frame(move || {
        let found = document().query_selector(&selector).ok().flatten();
        let Some(el) = found else {
            if left > 0 {
                look(selector, left - 1);
            }
            return;
        };
        let first = |what: &str| el.query_selector(what).ok().flatten();
        let control = first("textarea, input, select")
            .or_else(|| first("button"))
            .unwrap_or(el);
        if let Ok(control) = wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(control) {
            let _ = control.focus();
        }
    });
}
