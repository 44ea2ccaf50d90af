//! The desk build's entry point: the whole app, workshop mode and the data screens included.
//! It is loaded instead of the phone build when a desk screen is opened (see `ui::desk`).

fn main() {
    #[cfg(target_arch = "wasm32")]
    recognise_respond::start();
}
