// The author screen's checker, run in a Web Worker so a long check never freezes the page: the
// page (src/ui/author.rs) starts it with the checker's files, then asks it to check files one at
// a time. The page stops it if a check takes too long, and starts a new one for the next check
// if it stops or fails, so a check that traps never leaves the screen without a checker. It
// never fetches anything but the checker's own two files, from the app's own folder.
let checker = null;

self.onmessage = async (event) => {
  const message = event.data ?? {};
  if (message.type === 'load') {
    try {
      const module = await import(message.js);
      await module.default({ module_or_path: message.wasm });
      const template = module.template();
      // The first check builds the checker from the content inside: done now, not in the
      // first check the trainer waits for.
      module.check('template.md', template);
      checker = module;
      self.postMessage({ type: 'ready', template });
    } catch (e) {
      self.postMessage({ type: 'failed', offline: !self.navigator.onLine, detail: String(e) });
    }
  } else if (message.type === 'check') {
    try {
      self.postMessage({ type: 'checked', answer: checker.check(message.name, message.text) });
    } catch (e) {
      self.postMessage({ type: 'failed', offline: false, detail: String(e) });
    }
  }
};
