//! Side-by-side benchmarks: our code against a hand-written baseline on the same data in the
//! same run. Prints one line per pair:
//!
//! ```text
//! compare <name> ours=<time> baseline=<time> ratio=<ours/baseline>
//! ```
//!
//! Run with `cargo bench --bench compare`; pass a name fragment to run only matching pairs.
//! Quote ratios: absolute times drift on shared machines.

use std::hint::black_box;
use std::time::{Duration, Instant};

use chrono::{Datelike, Months, NaiveDate, Weekday};
use gdpr::calendar::Finland;
use gdpr::request::Deadlines;

/// Runs `ours` and `baseline` alternately, `samples` times each, and reports the medians.
fn compare(
    name: &str,
    samples: usize,
    mut ours: impl FnMut() -> u64,
    mut baseline: impl FnMut() -> u64,
) {
    if !selected(name) {
        return;
    }
    // Warm up both.
    black_box((ours(), baseline()));
    let mut ours_times = Vec::with_capacity(samples);
    let mut baseline_times = Vec::with_capacity(samples);
    for _ in 0..samples {
        ours_times.push(time(&mut ours));
        baseline_times.push(time(&mut baseline));
    }
    let (ours_median, baseline_median) = (median(ours_times), median(baseline_times));
    println!(
        "compare {name} ours={} baseline={} ratio={:.2}",
        show(ours_median),
        show(baseline_median),
        ours_median.as_secs_f64() / baseline_median.as_secs_f64()
    );
}

fn selected(name: &str) -> bool {
    let filters: Vec<String> = std::env::args()
        .skip(1)
        .filter(|a| !a.starts_with('-'))
        .collect();
    filters.is_empty() || filters.iter().any(|f| name.contains(f.as_str()))
}

fn time(f: &mut impl FnMut() -> u64) -> Duration {
    let start = Instant::now();
    black_box(f());
    start.elapsed()
}

fn median(mut times: Vec<Duration>) -> Duration {
    times.sort();
    times[times.len() / 2]
}

fn show(d: Duration) -> String {
    let secs = d.as_secs_f64();
    if secs >= 1.0 {
        format!("{secs:.3}s")
    } else if secs >= 1e-3 {
        format!("{:.3}ms", secs * 1e3)
    } else {
        format!("{:.3}µs", secs * 1e6)
    }
}

fn deadlines_1900_2200() {
    let first = NaiveDate::from_ymd_opt(1900, 1, 1).unwrap();
    let last = NaiveDate::from_ymd_opt(2200, 12, 31).unwrap();
    let dates: Vec<NaiveDate> = first.iter_days().take_while(|d| *d <= last).collect();
    let finland = Finland::new();
    let fold = |due: NaiveDate, extended: NaiveDate| {
        u64::from(due.ordinal()) + u64::from(extended.ordinal())
    };
    compare(
        "deadline-fi-1900-2200",
        15,
        || {
            dates
                .iter()
                .map(|d| {
                    let deadlines = Deadlines::for_receipt(*d, &finland).expect("in range");
                    fold(deadlines.due, deadlines.extended)
                })
                .sum()
        },
        || {
            // Bare chrono: add months, then skip Saturdays and Sundays. No holidays.
            let roll = |mut d: NaiveDate| {
                while matches!(d.weekday(), Weekday::Sat | Weekday::Sun) {
                    d = d.succ_opt().unwrap();
                }
                d
            };
            dates
                .iter()
                .map(|d| {
                    let due = roll(d.checked_add_months(Months::new(1)).unwrap());
                    let extended = roll(d.checked_add_months(Months::new(3)).unwrap());
                    fold(due, extended)
                })
                .sum()
        },
    );
}

fn main() {
    deadlines_1900_2200();
}
