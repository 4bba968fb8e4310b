use chrono::{Datelike, Months, NaiveDate};
#[derive(Clone, Copy)]
struct Lcg(u64);

impl Lcg {
    fn next(&mut self, below: u64) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (self.0 >> 33) % below
    }
}

fn main() {
    let mode = std::env::args().nth(1).unwrap();
    let n: usize = std::env::var("N").unwrap().parse().unwrap();
    use gdpr::retention::{LegalHold, RecordFacts, SweepPlanner};

    const RECORDS: u64 = 1_000_000;
    let register = gdpr::files::load(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/examples/registers/keha-alpo.toml"
    ))
    .expect("the seed register loads");
    let rules = ["users", "partner-contacts", "statistics"];
    let start = NaiveDate::from_ymd_opt(2020, 1, 1).unwrap();
    let as_of = NaiveDate::from_ymd_opt(2026, 11, 24).unwrap();
    let mut lcg = Lcg(42);
    let records: Vec<(u64, &str, RecordFacts)> = (0..RECORDS)
        .map(|id| {
            let rule = rules[lcg.next(3) as usize];
            let day = |lcg: &mut Lcg| start + chrono::Days::new(lcg.next(2520));
            let mut facts = RecordFacts::collected(day(&mut lcg)).with_last_activity(day(&mut lcg));
            if lcg.next(100) == 0 {
                let until = day(&mut lcg);
                facts = facts.with_hold(LegalHold::until("hold", until));
            }
            (id, rule, facts)
        })
        .collect();

    let ours = || {
        let mut planner = SweepPlanner::new(&register, as_of);
        for (id, rule, facts) in &records {
            planner.add(*id, rule, facts).expect("known rule");
        }
        let plan = planner.finish();
        plan.rules.iter().flat_map(|r| r.due.iter()).sum::<u64>()
            + plan.counts.held * 7
            + plan.counts.keep * 3
            + u64::from(plan.next_due.unwrap().ordinal())
    };
    // The same decisions by hand: twelve months from last activity or from collection, or
    // indefinitely; first day gone is the day after; a hold in force stops disposal.
    let baseline = || {
        let mut due_users: Vec<u64> = Vec::new();
        let mut due_partners: Vec<u64> = Vec::new();
        let (mut held, mut keep) = (0u64, 0u64);
        let mut next_due: Option<NaiveDate> = None;
        for (id, rule, facts) in &records {
            if facts.anonymised.is_some() {
                keep += 1;
                continue;
            }
            let start = match *rule {
                "users" => facts.last_activity,
                "partner-contacts" => facts.collected,
                "statistics" => {
                    keep += 1;
                    continue;
                }
                _ => unreachable!(),
            };
            let expires_on = start
                .unwrap()
                .checked_add_months(Months::new(12))
                .unwrap()
                .succ_opt()
                .unwrap();
            let mut becomes_due = None;
            if as_of < expires_on {
                keep += 1;
                becomes_due = Some(expires_on);
            } else if let Some(hold) = facts
                .holds
                .iter()
                .find(|h| h.until.is_none_or(|until| as_of <= until))
            {
                held += 1;
                becomes_due = hold.until.and_then(|until| until.succ_opt());
            } else if *rule == "users" {
                due_users.push(*id);
            } else {
                due_partners.push(*id);
            }
            if let Some(date) = becomes_due {
                next_due = Some(next_due.map_or(date, |next| next.min(date)));
            }
        }
        due_users.iter().chain(&due_partners).sum::<u64>()
            + held * 7
            + keep * 3
            + u64::from(next_due.unwrap().ordinal())
    };
    let mut acc = 0u64;
    for _ in 0..n {
        acc += if mode == "ours" { ours() } else { baseline() };
    }
    println!("{acc}");
}
