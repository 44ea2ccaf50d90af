// Runs before the app, inlined into index.html by scripts/post-build.mjs (and allowed by its hash
// in the Content-Security-Policy). The page already holds the frame and the home screen, made at
// build time (crates/core/src/prerender.rs). For any other address this script hides the home
// text, fetches the pre-rendered text of that screen (pre/<name>.html) if there is one, and,
// when the screen needs the rest of the content, starts fetching it alongside the WebAssembly.
// The app's own files are fetched only once what the first screen needs has arrived (see `start`
// below), so on a weak signal the stylesheet and the screen's text do not share the link with
// the WebAssembly. It also fills the nation line from what this device keeps, and picks which
// build of the app the page loads (src/ui/desk.rs). The app takes the page over as soon as it
// has started (src/ui/mod.rs).
//
// It holds no words, and no name of its own for anything the app or the page also knows: every
// word, address, storage key, id, class, attribute and global it uses is in `C`, the contract
// (crates/core/src/prerender/contract.rs), written by the build from the message files and the
// app's own constants. tests/native/first_paint.rs fails if it uses anything else.
(function () {
  var C = FIRST_PAINT_CONTRACT;
  var root = document.documentElement;
  var hash = location.hash;
  // The language: the one the address asks for, else the one this device keeps. In any but
  // English the script's words are that language's (C.langs), and the frame and the screens
  // come from its folder under pre/: the page itself holds the English, hidden until then.
  var stored = null;
  try { stored = JSON.parse(localStorage.getItem(C.keys.kept) || 'null'); } catch (e) {}
  // By the app's rule (src/language.rs): a tag the address asks for that no language has is
  // none, and the kept choice stands.
  function known(tag) {
    return typeof tag === 'string' && Object.prototype.hasOwnProperty.call(C.langs.words, tag.toLowerCase())
      ? C.langs.words[tag.toLowerCase()] : null;
  }
  var asked = new RegExp(C.langs.query).exec(location.search);
  var askedTag = asked && asked[1].toLowerCase();
  var english = askedTag && askedTag === C.langs.english;
  var words = english ? null : known(askedTag) || known(stored && stored[C.langs.field]);
  var preDir = C.pre.dir;
  if (words) {
    C.html = words.html;
    C.roles = words.roles;
    preDir = C.pre.dir + words.dir;
    root.setAttribute(C.attrs.lang, words.tag);
    root.setAttribute(C.attrs.first_lang, words.tag);
  }
  // A request that never ends shows the page's own English after a few seconds, not nothing.
  var framed = words
    ? Promise.race([
      fetch(preDir + C.langs.home).then(function (r) { return r.ok ? r.text() : null; }, function () { return null; }),
      new Promise(function (give) { setTimeout(function () { give(null); }, C.start_after_ms); }),
    ])
    : Promise.resolve(null);
  var guidance = new RegExp(C.routes.guidance).exec(hash);
  var home = new RegExp(C.routes.home).test(hash);
  var check = new RegExp(C.routes.check).test(hash);
  // The screen's own text, first of all.
  var screen = guidance ? C.pre.guidance + guidance[1] : check ? C.pre.check : null;
  var fetched = screen
    ? fetch(preDir + screen + C.pre.ext).then(function (r) { return r.ok ? r.text() : null; }, function () { return null; })
    : Promise.resolve(null);
  // Then the stylesheet (the page's own link for it, later in <head>, takes this response).
  // Not before the screen's text: on a weak signal the smaller text then arrives first and is
  // put in while the stylesheet is on its way, so the screen is laid out and drawn once, with
  // its text, as a page that held the text itself would be. Asked for after it, the text came
  // in just after the stylesheet, and the page was laid out twice, the first time without it.
  var styledIn;
  var styled = new Promise(function (done) { styledIn = done; });
  var sheet = document.createElement('link');
  sheet.rel = 'preload';
  sheet.as = 'style';
  sheet.href = C.files.style.href;
  sheet.integrity = C.files.style.integrity;
  sheet.addEventListener('load', styledIn);
  sheet.addEventListener('error', styledIn);
  document.head.appendChild(sheet);
  // Keep the Welsh for offline use: the service worker keeps it only for a page that asks.
  if (words && navigator.serviceWorker) {
    navigator.serviceWorker.ready.then(function (r) { if (r.active) r.active.postMessage(C.langs.keep); }, function () {});
  }
  // Which build of the app to load: the desk build (its screens are rr_core::route::DESK_PREFIXES)
  // for a desk screen, or once this tab has opened one; otherwise the smaller phone build. Its
  // files are fetched once the first screen is in (see `start` below); the page's module loader
  // starts the one named here.
  var desk = new RegExp(C.routes.desk).test(hash);
  try { desk = desk || sessionStorage.getItem(C.keys.desk) === C.keys.desk_on; } catch (e) {}
  var build = desk ? C.files.desk : C.files.phone;
  window[C.globals.build] = build;
  // The desk build's files, so the phone build can check they can be had before switching.
  window[C.globals.desk] = C.files.desk;
  // Starts fetching [rel, address] files; `done` is called once the last has arrived (or failed).
  function fetchFiles(files, done, priority) {
    files.forEach(function (file, i) {
      var link = document.createElement('link');
      if (priority) link.fetchPriority = priority;
      link.rel = file[0];
      link.href = file[1];
      link.crossOrigin = 'anonymous';
      if (file[0] === 'preload') {
        link.as = 'fetch';
        link.type = 'application/wasm';
      }
      if (done && i === files.length - 1) {
        link.onload = done;
        link.onerror = done;
      }
      document.head.appendChild(link);
    });
  }
  // On the checklist the quick build (the level before the app arrives) is fetched at once, at a
  // lower priority than the stylesheet and the checklist's text: a tick is answered as soon as
  // it is in.
  var quickIn = !check ? null : new Promise(function (done) {
    fetchFiles([['modulepreload', C.files.quick.js], ['preload', C.files.quick.wasm]], done, 'low');
  });
  // The app's build (and the page's module loader, which waits for the start global) starts once
  // what the first screen needs has arrived: the stylesheet and the screen's own text (asked for
  // above), and on the checklist the quick build.
  // Until then the link is the first screen's alone; from then on the screen is drawn while the
  // WebAssembly arrives. If that has not happened after a few seconds (a request that never
  // ends), the app is started anyway.
  var startApp;
  window[C.globals.start] = new Promise(function (go) { startApp = go; });
  var started = false;
  function start() {
    if (started) return;
    started = true;
    fetchFiles([['modulepreload', build.js], ['preload', build.wasm]]);
    startApp();
  }
  setTimeout(start, C.start_after_ms);
  if (!home) root.setAttribute(C.attrs.first, C.attrs.first_other);
  // Screens that wait for the rest of the content (rr_core::route::Route::needs_content): start
  // fetching it before the app asks, once the pre-rendered text (if any) has arrived, so the two
  // do not share a weak signal.
  // In another language every screen waits, for the content and its translations both
  // (rr_core::route::Route::waits_in).
  var waits = words || (guidance ? C.routes.core_pages.indexOf(guidance[1]) < 0 : new RegExp(C.routes.waits).test(hash));
  function preload() {
    if (!waits) return;
    (words ? [C.files.content, C.files.welsh] : [C.files.content]).forEach(function (file) {
      var link = document.createElement('link');
      link.rel = 'preload';
      link.as = 'fetch';
      link.crossOrigin = 'anonymous';
      link.href = file;
      document.head.appendChild(link);
    });
  }
  var nation = null;
  var contacts = [];
  var answers = null;
  // The checklist answers to show: carried across a reload (a new version, the desk build), or
  // kept on this device. Carried answers are dropped if what was kept when they were carried
  // has since been erased (in another tab, during the reload): nothing erased comes back. The
  // app reads them by the same rule (src/ui/state/answers.rs).
  function readAnswers() {
    var kept = JSON.parse(localStorage.getItem(C.keys.kept) || 'null');
    var carried = JSON.parse(sessionStorage.getItem(C.keys.carry) || 'null');
    if (carried && carried.stored === true && !kept) {
      sessionStorage.removeItem(C.keys.carry);
      carried = null;
    }
    return (carried && (carried.answers || carried)) || (kept && kept.checklist) || null;
  }
  try {
    var kept = JSON.parse(localStorage.getItem(C.keys.kept) || 'null');
    answers = readAnswers();
    if (kept && C.nations.indexOf(kept.nation) >= 0) nation = kept.nation;
    if (kept && Array.isArray(kept.contacts)) contacts = kept.contacts;
  } catch (e) {}
  // The address a phone dials for a kept number, as crates/core/src/contacts.rs `dial` gives it,
  // or null (the number is not drawn) for anything but ASCII digits, spaces, brackets, dots,
  // hyphens and a + (the app cleans such a number and draws it once started). After a + every
  // "(0)" is left out. tests/e2e/first-paint-dial.test.mjs runs this function on the numbers in
  // tests/fixtures/dial.json, which the Rust rule is tested against too.
  // first-paint-dial:start
  function firstPaintDial(number) {
    if (!/^[+0-9 ().-]+$/.test(number)) return null;
    var n = number.trim();
    if (n.charAt(0) === '+') n = n.split('(0)').join('');
    return 'tel:' + n.replace(/[^0-9+]/g, '');
  }
  // first-paint-dial:end
  // Makes an element: its tag, its class (or none) and its HTML (from the contract) or text.
  function make(tag, className, html, text) {
    var el = document.createElement(tag);
    if (className) el.className = className;
    if (html !== null && html !== undefined) el.innerHTML = html;
    if (text !== null && text !== undefined) el.textContent = text;
    return el;
  }
  // Puts `parts` (elements, or text) into `el` at the places a template from the contract marks
  // {0}, {1}, ... (a message's words, HTML-escaped, with its variables left as places).
  function fill(el, template, parts) {
    template.split(/\{(\d)\}/).forEach(function (piece, i) {
      if (i % 2) el.appendChild(typeof parts[piece] === 'string' ? document.createTextNode(parts[piece]) : parts[piece]);
      else if (piece) el.insertAdjacentHTML('beforeend', piece);
    });
    return el;
  }
  // A kept name the app draws just as it is: not too long, no character the app's cleaning
  // removes or replaces, no space the app would tidy. Any other contact is left for the app,
  // which cleans it, or sets it aside and says so.
  var unclean = new RegExp(C.contacts.unclean, 'u');
  function plainName(name) {
    return Array.from(name).length <= C.contacts.max_name && !unclean.test(name) && name === name.split(/\s+/).join(' ').trim();
  }
  // The kept local contacts on the home screen, drawn as the app draws them (the app checks
  // them properly when it starts; here anything odd is simply not shown).
  function drawContacts() {
    var search = document.querySelector(C.dom.home_search_form);
    var rows = [];
    C.roles.forEach(function (role) {
      var c = contacts.filter(function (c) { return c && c.role === role[0]; })[0];
      if (!c || typeof c.number !== 'string' || typeof c.name !== 'string' || !plainName(c.name) || !firstPaintDial(c.number)) return;
      rows.push([role[1][nation ? C.nations.indexOf(nation) + 1 : 0], c]);
    });
    if (!search || !rows.length) return;
    var box = make('div', C.dom.contacts);
    box.appendChild(make('h2', null, C.html.contacts_heading));
    var list = make('ul');
    rows.forEach(function (row) {
      var number = make('a', null, null, row[1].number);
      number.href = firstPaintDial(row[1].number);
      var label = make('span', C.dom.contact_role, null, row[0]);
      var line = fill(make('li'), row[1].name ? C.html.contact_line : C.html.contact_line_unnamed, [label, row[1].name, number]);
      list.appendChild(line);
    });
    box.appendChild(list);
    box.appendChild(make('p', C.dom.hint, C.html.contacts_change));
    search.parentNode.insertBefore(box, search.nextSibling);
  }
  // Until the app starts (and follows other tabs itself), an erase, clear or import in another
  // tab is followed here: carried answers are dropped on erase, and the checklist shown is
  // ticked again from what is kept now. The app is told, so it can say what happened.
  var redraw = null;
  window.addEventListener('storage', function (e) {
    if (root.getAttribute(C.attrs.app)) return;
    // An announcement is the event's name, then ":" and when it was made; the app decides
    // whether it is news to this page (rr_core::storage::event::DataEvent::heard).
    var announced = e.key === C.keys.event ? String(e.newValue || '').split(':')[0] : '';
    var erased = e.key === null || (e.key === C.keys.kept && e.newValue === null) || announced === C.events.erase;
    var replaced = announced === C.events.clear || announced === C.events.import;
    if (!erased && !replaced) return;
    // Our data removed is followed by its announcement, which is what is said.
    if (e.key === null) window[C.globals.early_event] = C.events.erase;
    else if (announced) window[C.globals.early_event] = e.newValue;
    try {
      if (erased) {
        sessionStorage.removeItem(C.keys.carry);
        sessionStorage.removeItem(C.keys.draft);
      }
      answers = readAnswers();
    } catch (err) { answers = null; }
    if (redraw) redraw();
  });
  // The pre-rendered checklist, as the app first draws it: groups open on a wide screen, the
  // answers this device keeps ticked, a group's count following its ticks. The app takes over
  // what is ticked, opened and typed here (src/ui/takeover.rs).
  function checklist(main) {
    var all = function (selector) { return [].slice.call(main.querySelectorAll(selector)); };
    var wide = window.innerWidth > C.check.folded_up_to;
    var allButton = main.querySelector(C.dom.all_groups);
    var toggles = all(C.dom.group_toggle);
    function open(button, on) {
      button.setAttribute('aria-expanded', on ? 'true' : 'false');
      var body = document.getElementById(button.getAttribute('aria-controls'));
      if (body) body.hidden = !on;
    }
    function label() {
      var allOpen = toggles.every(function (b) { return b.getAttribute('aria-expanded') === 'true'; });
      allButton.innerHTML = allOpen ? C.html.fold_all : C.html.open_all;
      return allOpen;
    }
    // A group's count, in the words the build wrote for each number of ticks (its counts attribute).
    function count(group) {
      var ticked = [].slice.call(group.querySelectorAll(C.dom.sign_box)).filter(function (b) { return b.checked; }).length;
      var shown = group.querySelector(C.dom.group_count);
      var words = JSON.parse(shown.getAttribute(C.attrs.counts) || '[]');
      if (words[ticked]) shown.textContent = words[ticked];
    }
    toggles.forEach(function (b) { open(b, wide); });
    // Ticks what `answers` holds (and nothing else).
    function tick() {
      all(C.dom.sign_box).concat(all('#' + C.dom.danger)).forEach(function (b) { b.checked = false; });
      if (answers) {
        (Array.isArray(answers.ticked) ? answers.ticked : []).forEach(function (id) {
          var box = typeof id === 'string' && document.getElementById(C.dom.sign_id + id);
          if (box && box.type === 'checkbox') box.checked = true;
        });
        var danger = document.getElementById(C.dom.danger);
        if (danger && answers.immediate_danger === true) danger.checked = true;
        var age = C.check.age_ids[answers.age];
        if (age && document.getElementById(age)) document.getElementById(age).checked = true;
      }
      all(C.dom.group).forEach(count);
    }
    tick();
    redraw = function () {
      all(C.dom.age).forEach(function (b) { b.checked = false; });
      tick();
      level();
    };
    if (allButton) label();
    main.addEventListener('click', function (e) {
      var toggle = e.target.closest && e.target.closest(C.dom.group_toggle);
      if (toggle) open(toggle, toggle.getAttribute('aria-expanded') !== 'true');
      if (allButton && e.target.closest && e.target.closest(C.dom.all_groups)) {
        var to = !label();
        toggles.forEach(function (b) { open(b, to); });
      }
      if (allButton) label();
    });
    main.addEventListener('change', function (e) {
      var group = e.target.closest && e.target.closest(C.dom.group);
      if (group) count(group);
      level();
    });
    // The level of concern as ticks are given, from the quick build (the core's own rules), in
    // the bar the app then takes over with the whole outcome.
    var quick = null;
    var bar = main.querySelector(C.dom.bar);
    // Before the quick build is in, one sign ticked alone (or none) is answered from what the
    // build worked out by the same rules (each box's and the bar's alone attribute); any other
    // answers wait for the quick build, with the bar as it first was rather than a level that
    // may no longer be right.
    var barClass = bar && bar.parentNode.className;
    var barFirst = bar && bar.innerHTML;
    function level() {
      if (!bar || root.getAttribute(C.attrs.app)) return;
      var boxes = all(C.dom.sign_box + ':checked');
      var ticked = boxes.map(function (b) { return b.id.slice(C.dom.sign_id.length); });
      var danger = !!(document.getElementById(C.dom.danger) || {}).checked;
      var age = main.querySelector(C.dom.age + ':checked');
      var found = quick ? quick.level(ticked, danger, age ? age.id : '')
        : danger || (age && age.id !== C.check.alone_age) || boxes.length > 1 ? null : (boxes[0] || bar).getAttribute(C.attrs.alone);
      if (!found || !C.html.levels[found]) {
        bar.parentNode.className = barClass;
        bar.innerHTML = barFirst;
        return;
      }
      bar.parentNode.className = C.dom.bar_class + ' ' + C.dom.level_class + found;
      bar.innerHTML = C.html.bar_now;
      bar.appendChild(make('strong', null, null, C.html.levels[found]));
    }
    // "Go to the outcome": until the app draws it, the outcome is the level in the bar.
    var jump = main.querySelector(C.dom.jump);
    if (jump && bar) {
      jump.addEventListener('click', function (e) {
        e.preventDefault();
        bar.setAttribute('tabindex', '-1');
        bar.focus();
      });
    }
    import(C.files.quick.js).then(function (m) {
      return m.default({ module_or_path: C.files.quick.wasm }).then(function () {
        quick = m;
        level();
        root.setAttribute(C.attrs.check, C.attrs.check_ready);
      });
    }).catch(function () {});
  }
  fetched.then(preload);
  Promise.all([styled, fetched, quickIn, framed]).then(start, start);
  function ready() {
    // The stylesheet's own link (after this script), should its preload have been missed.
    var css = document.querySelector('link[rel=stylesheet]');
    if (!css || css.sheet) styledIn();
    else {
      css.addEventListener('load', styledIn);
      css.addEventListener('error', styledIn);
    }
    if (!words) return paint();
    framed.then(function (frame) {
      // Another language's frame and home screen, in place of the English the page holds
      // (shown as it is if they cannot be had).
      var box = document.querySelector(C.dom.first_paint);
      if (frame && box && !root.getAttribute(C.attrs.app)) box.innerHTML = frame;
      root.removeAttribute(C.attrs.first_lang);
      paint();
    });
  }
  // What only this device can say (the nation, the contacts), and the screen's own text.
  function paint() {
    // The switch opens this screen in the other language, as the app's does.
    [].slice.call(document.querySelectorAll(C.dom.lang_switch)).forEach(function (a) {
      a.href += location.hash;
    });
    if (home) drawContacts();
    // The nation line as the app draws it, which on the home screen (where the screen asks)
    // is what the page already holds.
    var line = document.querySelector(C.dom.nation_line);
    if (line && (nation || !home)) line.innerHTML = C.html.nation_line[nation || ''];
    fetched.then(function (html) {
      var main = document.querySelector(C.dom.main);
      if (!html || !main || root.getAttribute(C.attrs.app)) return;
      main.innerHTML = html;
      if (check) checklist(main);
      // As the app shows a page's text: with a nation chosen, only its passages, and on a page
      // written a version for each nation, a button to show them all.
      if (nation) {
        [].slice.call(main.querySelectorAll(C.dom.prose)).forEach(function (prose) {
          prose.className = C.dom.prose_class + ' ' + C.dom.nation_only + ' ' + C.dom.only + nation;
          if (prose.innerHTML.indexOf(C.dom.nation_passage) >= 0) prose.parentNode.insertBefore(make('p', C.dom.nation_switch, C.html.every_nation), prose);
        });
      }
      root.setAttribute(C.attrs.first, C.attrs.first_shown);
    });
  }
  // As soon as the page is parsed: not at DOMContentLoaded, which waits for the stylesheet (the
  // page's module loader runs first, and a module waits for it), so the screen's text can be put
  // in while the stylesheet is still arriving and is drawn with it.
  if (document.readyState === 'loading') {
    document.addEventListener('readystatechange', function once() {
      document.removeEventListener('readystatechange', once);
      ready();
    });
  } else ready();
})();
