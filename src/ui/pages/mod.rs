//! One component per page of the app.

mod home;
mod not_found;
mod stage;

pub use home::Home;
pub use not_found::NotFound;
pub use stage::StagePage;
