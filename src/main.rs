//! The browser entry point: everything lives in the library.

fn main() {
    #[cfg(target_arch = "wasm32")]
    recognise_respond::start();
}
