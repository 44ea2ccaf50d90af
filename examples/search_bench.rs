//! Native timing of search: building the index and answering each keystroke of some queries.
//! Run by `scripts/bench`; the browser figures (with a 4x slower CPU) come from
//! `tests/bench/bench.mjs`.

use recognise_respond::search::Index;
use std::time::Instant;

const QUERIES: [&str; 4] =
    ["national referral mechanism", "natonal referal mechansim", "guardianship scotland", "behavior in custody"];

fn main() {
    let library = Box::leak(Box::new(recognise_respond::full_library()));
    let start = Instant::now();
    let index = Index::new(library);
    let built = start.elapsed();
    let mut times = Vec::new();
    for query in QUERIES {
        for end in 1..=query.len() {
            let t = Instant::now();
            let hits = index.search(&query[..end], 12);
            times.push(t.elapsed().as_secs_f64() * 1e6);
            std::hint::black_box(hits);
        }
    }
    times.sort_by(f64::total_cmp);
    let median = times[times.len() / 2];
    let worst = times[times.len() - 1];
    println!("search          native: index of {} items built in {:.1} ms; per keystroke median {:.0} µs, worst {:.0} µs ({} keystrokes)", index.len(), built.as_secs_f64() * 1e3, median, worst, times.len());
    for query in QUERIES {
        let top: Vec<String> = index.search(query, 3).into_iter().map(|h| h.doc.title.clone()).collect();
        println!("                '{query}' → {}", top.join(" | "));
    }
}
