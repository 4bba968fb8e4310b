use std::process::ExitCode;

use chrono::NaiveDate;

use super::{BAD_INPUT, CalendarChoice};
use crate::calendar::{Finland, HolidayCalendar, WeekendsOnly, WithClosedDays};
use crate::request::Deadlines;

pub(super) fn run(
    received: NaiveDate,
    calendar: CalendarChoice,
    closed: Vec<NaiveDate>,
) -> ExitCode {
    let calendar: Box<dyn HolidayCalendar> = match calendar {
        CalendarChoice::Fi => Box::new(WithClosedDays::new(Finland::new(), closed)),
        CalendarChoice::Weekends => Box::new(WithClosedDays::new(WeekendsOnly, closed)),
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
