// Runs before the app, inlined into index.html by scripts/post-build.mjs (and allowed by its hash
// in the Content-Security-Policy). The page already holds the frame and the home screen, made at
// build time (crates/core/src/prerender.rs). For any other address this script hides the home
// text, fetches the pre-rendered text of that screen (pre/<name>.html) if there is one, and,
// when the screen needs the rest of the content, starts fetching it alongside the WebAssembly.
// The app's own files are fetched only once what the first screen needs has arrived (see `start`
// below), so on a weak signal the stylesheet and the screen's text do not share the link with
// the WebAssembly. It also fills the nation line from what this device keeps, and picks which build of the app
// the page loads (src/ui/desk.rs). The app takes the page over as soon as it has started
// (src/ui/mod.rs).
(function () {
  var root = document.documentElement;
  var hash = location.hash;
  var guidance = /^#\/guidance\/([a-z0-9-]+)(?:\/[a-z0-9-]+)?\/?$/.exec(hash);
  var home = hash === '' || hash === '#' || hash === '#/';
  // Which build of the app to load: the desk build (the screens in rr_core::route::DESK_PREFIXES:
  // workshop mode, your data, the learning record, the author screen) for a desk screen, or once
  // this tab has opened one; otherwise the smaller phone build. Its files are fetched once the
  // first screen is in (see `start` below); the page's module loader starts the one named here.
  var desk = DESK_PATTERN.test(hash);
  try { desk = desk || sessionStorage.getItem('recognise-respond.desk') === '1'; } catch (e) {}
  var build = desk ? DESK_BUILD : PHONE_BUILD;
  window.__rrBuild = build;
  // The desk build's files, so the phone build can check they can be had before switching.
  window.__rrDesk = DESK_BUILD;
  var check = /^#\/check\/?$/.test(hash);
  // The screen's own text, first of all.
  var screen = guidance ? 'guidance-' + guidance[1] : check ? 'check' : null;
  var fetched = screen
    ? fetch('pre/' + screen + '.html').then(function (r) { return r.ok ? r.text() : null; }, function () { return null; })
    : Promise.resolve(null);
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
    fetchFiles([['modulepreload', QUICK_BUILD.js], ['preload', QUICK_BUILD.wasm]], done, 'low');
  });
  // The app's build (and the page's module loader, which waits for window.__rrStart) starts once
  // what the first screen needs has arrived: the stylesheet (preloaded just before this script
  // by scripts/post-build.mjs), the screen's own text, and on the checklist the quick build.
  // Until then the link is the first screen's alone; from then on the screen is drawn while the
  // WebAssembly arrives. If that has not happened after a few seconds (a request that never
  // ends), the app is started anyway.
  var styledIn;
  var styled = new Promise(function (done) { styledIn = done; });
  var sheet = document.querySelector('link[rel=preload][as=style]');
  if (sheet) {
    sheet.addEventListener('load', styledIn);
    sheet.addEventListener('error', styledIn);
  }
  var startApp;
  window.__rrStart = new Promise(function (go) { startApp = go; });
  var started = false;
  function start() {
    if (started) return;
    started = true;
    fetchFiles([['modulepreload', build.js], ['preload', build.wasm]]);
    startApp();
  }
  setTimeout(start, 4000);
  if (!home) root.setAttribute('data-first', 'other');
  // Screens that wait for the rest of the content: start fetching it before the app asks, once
  // the pre-rendered text (if any) has arrived, so the two do not share a weak signal.
  var waits = guidance ? CORE_PAGES.indexOf(guidance[1]) < 0 : /^#\/(scenarios|changes)/.test(hash);
  function preload() {
    if (!waits) return;
    var link = document.createElement('link');
    link.rel = 'preload';
    link.as = 'fetch';
    link.crossOrigin = 'anonymous';
    link.href = CONTENT_FILE;
    document.head.appendChild(link);
  }
  var nation = null;
  var contacts = [];
  var answers = null;
  // The checklist answers to show: carried across a reload (a new version, the desk build), or
  // kept on this device. Carried answers are dropped if what was kept when they were carried
  // has since been erased (in another tab, during the reload): nothing erased comes back. The
  // app reads them by the same rule (src/ui/state/answers.rs).
  function readAnswers() {
    var kept = JSON.parse(localStorage.getItem('recognise-respond') || 'null');
    var carried = JSON.parse(sessionStorage.getItem('recognise-respond.carry') || 'null');
    if (carried && carried.stored === true && !kept) {
      sessionStorage.removeItem('recognise-respond.carry');
      carried = null;
    }
    return (carried && (carried.answers || carried)) || (kept && kept.checklist) || null;
  }
  try {
    var kept = JSON.parse(localStorage.getItem('recognise-respond') || 'null');
    answers = readAnswers();
    var names = { england: 'England', wales: 'Wales', scotland: 'Scotland', 'northern-ireland': 'Northern Ireland' };
    if (kept && names[kept.nation]) nation = { id: kept.nation, name: names[kept.nation] };
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
  // The kept local contacts on the home screen, drawn as the app draws them (the app checks
  // them properly when it starts; here anything odd is simply not shown).
  function drawContacts() {
    var search = document.querySelector('#first-paint form.search');
    var roles = ROLE_LABELS;
    var order = ['england', 'wales', 'scotland', 'northern-ireland'];
    var rows = [];
    roles.forEach(function (role) {
      var c = contacts.filter(function (c) { return c && c.role === role[0]; })[0];
      if (!c || typeof c.number !== 'string' || typeof c.name !== 'string' || !firstPaintDial(c.number)) return;
      rows.push([role[1][nation ? order.indexOf(nation.id) + 1 : 0], c]);
    });
    if (!search || !rows.length) return;
    var box = document.createElement('div');
    box.className = 'local-contacts';
    var h = document.createElement('h2');
    h.textContent = 'Your local contacts';
    box.appendChild(h);
    var list = document.createElement('ul');
    rows.forEach(function (row) {
      var li = document.createElement('li');
      var label = document.createElement('span');
      label.className = 'contact-role';
      label.textContent = row[0];
      li.appendChild(label);
      li.appendChild(document.createTextNode(': ' + (row[1].name ? row[1].name + ' \u2013 ' : '')));
      var a = document.createElement('a');
      a.href = firstPaintDial(row[1].number);
      a.textContent = row[1].number;
      li.appendChild(a);
      list.appendChild(li);
    });
    box.appendChild(list);
    var p = document.createElement('p');
    p.className = 'hint';
    p.innerHTML = '<a href="#/contacts">Change your contacts</a>';
    box.appendChild(p);
    search.parentNode.insertBefore(box, search.nextSibling);
  }
  // Until the app starts (and follows other tabs itself), an erase, clear or import in another
  // tab is followed here: carried answers are dropped on erase, and the checklist shown is
  // ticked again from what is kept now. The app is told, so it can say what happened.
  var redraw = null;
  window.addEventListener('storage', function (e) {
    if (root.getAttribute('data-app')) return;
    // An announcement is "erase", "clear" or "import", then ":" and when it was made; the
    // app decides whether it is news to this page (src/browser_storage.rs, DataEvent::heard).
    var announced = e.key === 'recognise-respond.event' ? String(e.newValue || '').split(':')[0] : '';
    var erased = e.key === null || (e.key === 'recognise-respond' && e.newValue === null) || announced === 'erase';
    var replaced = announced === 'clear' || announced === 'import';
    if (!erased && !replaced) return;
    // Our data removed is followed by its announcement, which is what is said.
    if (e.key === null) window.__rrEarlyEvent = 'erase';
    else if (announced) window.__rrEarlyEvent = e.newValue;
    try {
      if (erased) {
        sessionStorage.removeItem('recognise-respond.carry');
        sessionStorage.removeItem('recognise-respond.draft');
      }
      answers = readAnswers();
    } catch (err) { answers = null; }
    if (redraw) redraw();
  });
  // The pre-rendered checklist, as the app first draws it: groups open on a wide screen, the
  // answers this device keeps ticked, a group's count following its ticks. The app takes over
  // what is ticked, opened and typed here (src/ui/takeover.rs).
  function checklist(main) {
    var wide = window.innerWidth > FOLDED_UP_TO;
    var all = main.querySelector('.groups-control button');
    var toggles = [].slice.call(main.querySelectorAll('.group-toggle'));
    function open(button, on) {
      button.setAttribute('aria-expanded', on ? 'true' : 'false');
      var body = document.getElementById(button.getAttribute('aria-controls'));
      if (body) body.hidden = !on;
    }
    function label() {
      var allOpen = toggles.every(function (b) { return b.getAttribute('aria-expanded') === 'true'; });
      all.textContent = allOpen ? ALL_GROUPS[1] : ALL_GROUPS[0];
      return allOpen;
    }
    function count(section) {
      var boxes = [].slice.call(section.querySelectorAll('.checkboxes input'));
      var ticked = boxes.filter(function (b) { return b.checked; }).length;
      section.querySelector('.group-count').textContent = ticked ? ticked + ' of ' + boxes.length + ' ticked' : boxes.length + ' signs, none ticked';
    }
    toggles.forEach(function (b) { open(b, wide); });
    // Ticks what `answers` holds (and nothing else).
    function tick() {
      [].slice.call(main.querySelectorAll('.checkboxes input, #immediate-danger')).forEach(function (b) { b.checked = false; });
      if (answers) {
        (Array.isArray(answers.ticked) ? answers.ticked : []).forEach(function (id) {
          var box = typeof id === 'string' && document.getElementById('sign-' + id);
          if (box && box.type === 'checkbox') box.checked = true;
        });
        var danger = document.getElementById('immediate-danger');
        if (danger && answers.immediate_danger === true) danger.checked = true;
        var age = AGE_IDS[answers.age];
        if (age && document.getElementById(age)) document.getElementById(age).checked = true;
      }
      [].slice.call(main.querySelectorAll('.sign-group')).forEach(count);
    }
    tick();
    redraw = function () {
      [].slice.call(main.querySelectorAll('input[name=age]')).forEach(function (b) { b.checked = false; });
      tick();
      level();
    };
    if (all) label();
    main.addEventListener('click', function (e) {
      var toggle = e.target.closest && e.target.closest('.group-toggle');
      if (toggle) open(toggle, toggle.getAttribute('aria-expanded') !== 'true');
      if (all && e.target.closest && e.target.closest('.groups-control button')) {
        var to = !label();
        toggles.forEach(function (b) { open(b, to); });
      }
      if (all) label();
    });
    main.addEventListener('change', function (e) {
      var section = e.target.closest && e.target.closest('.sign-group');
      if (section) count(section);
      level();
    });
    // The level of concern as ticks are given, from the quick build (the core's own rules), in
    // the bar the app then takes over with the whole outcome.
    var quick = null;
    var bar = main.querySelector('.outcome-bar p');
    function level() {
      if (!quick || !bar || root.getAttribute('data-app')) return;
      var ticked = [].slice.call(main.querySelectorAll('.checkboxes input:checked')).map(function (b) { return b.id.slice(5); });
      var danger = !!(document.getElementById('immediate-danger') || {}).checked;
      var age = main.querySelector('input[name=age]:checked');
      var found = quick.level(ticked, danger, age ? age.id : '');
      bar.parentNode.className = 'outcome-bar level-' + found[0];
      bar.innerHTML = '<span class="visually-hidden">Level of concern now is </span><strong></strong>';
      bar.lastChild.textContent = found[1];
    }
    // "Go to the outcome": until the app draws it, the outcome is the level in the bar.
    var jump = main.querySelector('.jump-to-outcome a');
    if (jump && bar) {
      jump.addEventListener('click', function (e) {
        e.preventDefault();
        bar.setAttribute('tabindex', '-1');
        bar.focus();
      });
    }
    import(QUICK_BUILD.js).then(function (m) {
      return m.default({ module_or_path: QUICK_BUILD.wasm }).then(function () {
        quick = m;
        level();
        root.setAttribute('data-check', 'ready');
      });
    }).catch(function () {});
  }
  fetched.then(preload);
  Promise.all([styled, fetched, quickIn]).then(start, start);
  function ready() {
    // The stylesheet's own link (after this script), should its preload have been missed.
    var css = document.querySelector('link[rel=stylesheet]');
    if (!css || css.sheet) styledIn();
    else {
      css.addEventListener('load', styledIn);
      css.addEventListener('error', styledIn);
    }
    if (home) drawContacts();
    var line = document.querySelector('#first-paint .nation-line');
    if (line && !nation && !home) {
      // As the app says it away from home, where the home screen does not ask.
      var choose = document.createElement('a');
      choose.href = '#/nation';
      choose.textContent = 'Choose your nation';
      line.textContent = 'No UK nation chosen. ';
      line.appendChild(choose);
    }
    if (line && nation) {
      line.textContent = 'Next steps are for ';
      var strong = document.createElement('strong');
      strong.textContent = nation.name;
      line.appendChild(strong);
      line.appendChild(document.createTextNode('. '));
      var change = document.createElement('a');
      change.href = '#/nation';
      change.innerHTML = 'Change<span class="visually-hidden"> UK nation</span>';
      line.appendChild(change);
    }
    fetched.then(function (html) {
      var main = document.querySelector('#first-paint main');
      if (!html || !main || root.getAttribute('data-app')) return;
      main.innerHTML = html;
      if (check) checklist(main);
      // As the app shows it: with a nation chosen, only its passages, and a button to show all.
      var prose = main.querySelector('.prose');
      if (prose && nation && html.indexOf('nation-passage') >= 0) {
        prose.className = 'prose nation-only only-' + nation.id;
        var p = document.createElement('p');
        p.className = 'nation-switch';
        p.innerHTML = '<button type="button" class="button button-secondary" aria-pressed="false">Show every nation&#39;s version</button>';
        prose.parentNode.insertBefore(p, prose);
      }
      root.setAttribute('data-first', 'shown');
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
