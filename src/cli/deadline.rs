use std::process::ExitCode;

use chrono::NaiveDate;

use super::BAD_INPUT;
use crate::calendar::{HolidayCalendar, WeekendsOnly, WithClosedDays, for_state};
use crate::request::Deadlines;

pub(super) fn run(received: NaiveDate, calendar: String, closed: Vec<NaiveDate>) -> ExitCode {
    let calendar: Box<dyn HolidayCalendar> = if calendar == "weekends" {
        Box::new(WithClosedDays::new(WeekendsOnly, closed))
    } else {
        match for_state(&calendar) {
            Ok(state) => Box::new(WithClosedDays::new(state, closed)),
            Err(e) => {
                eprintln!("error: --calendar {e}, weekends");
                return ExitCode::from(BAD_INPUT);
            }
        }
    };
    match Deadlines::for_receipt(received, &calendar) {
        Ok(deadlines) => super::output::stdout(&format!(
            "received: {}\ndue: {}\nextended: {}\n",
            deadlines.received, deadlines.due, deadlines.extended
        )),
        Err(e) => {
            eprintln!("error: --received {e}");
            ExitCode::from(BAD_INPUT)
        }
    }
}

/// Parses a `YYYY-MM-DD` argument strictly.
pub(super) fn parse_date(value: &str) -> Result<NaiveDate, String> {
    crate::model::date::parse(value)
}
