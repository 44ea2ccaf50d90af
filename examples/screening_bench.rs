//! Prints how long screening takes natively with every sign ticked (used by scripts/bench).

use recognise_respond::nation::Nation;
use recognise_respond::screening::{assess, next_steps, Age, Answers};
use std::hint::black_box;
use std::time::Instant;

fn main() {
    let library = recognise_respond::library();
    let answers = Answers {
        immediate_danger: false,
        age: Age::Under13,
        ticked: library.signs().map(|s| s.id.clone()).collect(),
        judgement: None,
        ..Answers::default()
    };
    let runs = 2_000;
    let mut times = Vec::with_capacity(runs);
    for _ in 0..runs {
        let start = Instant::now();
        let outcome = assess(black_box(&library), black_box(&answers));
        let forms: Vec<_> = outcome.forms.iter().map(|(f, _)| *f).collect();
        black_box(next_steps(&library, outcome.level, Some(Nation::England), &forms, !outcome.strengths.is_empty()));
        times.push(start.elapsed().as_secs_f64() * 1e6);
    }
    times.sort_by(|a, b| a.partial_cmp(b).expect("times are numbers"));
    println!(
        "  screening       native: median {:.1} µs, 99th percentile {:.1} µs with all {} signs ticked ({runs} runs)",
        times[runs / 2],
        times[runs * 99 / 100],
        answers.ticked.len()
    );
}
