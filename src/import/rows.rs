//! The rows of the comparison tables: their labels, grammars and the section they belong to.

use super::cells::Kind;

/// A table of a page: the section its rows belong to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Section {
    Overview,
    Salary,
    Education,
    Demographics,
}

impl Section {
    /// Every section, in page order.
    pub const ALL: [Section; 4] = [
        Section::Overview,
        Section::Salary,
        Section::Education,
        Section::Demographics,
    ];

    /// The section's name in warnings: `salary`.
    pub fn name(self) -> &'static str {
        match self {
            Section::Overview => "overview",
            Section::Salary => "salary",
            Section::Education => "education",
            Section::Demographics => "demographics",
        }
    }
}

/// A row of a page's tables, by its label.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Field {
    YearlySalary,
    HourlyRate,
    GrowthRate,
    NumberOfJobs,
    JobSatisfaction,
    MostCommonDegree,
    AverageAge,
    YearsOfExperience,
    AverageSalary,
    SalaryRange,
    HighestPayingCity,
    HighestPayingState,
    BestPayingCompany,
    BestPayingIndustry,
    MostCommonMajor,
    MostCommonCollege,
    GenderRatio,
    RaceRatio,
    LgbtPercentage,
}

impl Field {
    /// Every row, in page order.
    pub const ALL: [Field; 19] = [
        Field::YearlySalary,
        Field::HourlyRate,
        Field::GrowthRate,
        Field::NumberOfJobs,
        Field::JobSatisfaction,
        Field::MostCommonDegree,
        Field::AverageAge,
        Field::YearsOfExperience,
        Field::AverageSalary,
        Field::SalaryRange,
        Field::HighestPayingCity,
        Field::HighestPayingState,
        Field::BestPayingCompany,
        Field::BestPayingIndustry,
        Field::MostCommonMajor,
        Field::MostCommonCollege,
        Field::GenderRatio,
        Field::RaceRatio,
        Field::LgbtPercentage,
    ];

    /// The row label as the page prints it.
    pub fn label(self) -> &'static str {
        match self {
            Field::YearlySalary => "Yearly salary",
            Field::HourlyRate => "Hourly rate",
            Field::GrowthRate => "Growth rate",
            Field::NumberOfJobs => "Number of jobs",
            Field::JobSatisfaction => "Job satisfaction",
            Field::MostCommonDegree => "Most common degree",
            Field::AverageAge => "Average age",
            Field::YearsOfExperience => "Years of experience",
            Field::AverageSalary => "Average salary",
            Field::SalaryRange => "Salary range",
            Field::HighestPayingCity => "Highest paying City",
            Field::HighestPayingState => "Highest paying state",
            Field::BestPayingCompany => "Best paying company",
            Field::BestPayingIndustry => "Best paying industry",
            Field::MostCommonMajor => "Most common major",
            Field::MostCommonCollege => "Most common college",
            Field::GenderRatio => "Gender ratio",
            Field::RaceRatio => "Race ratio",
            Field::LgbtPercentage => "LGBT Percentage",
        }
    }

    /// What kind of cells the row holds, which decides how they are split and read.
    pub fn kind(self) -> Kind {
        match self {
            Field::YearlySalary | Field::AverageSalary => Kind::Dollars,
            Field::HourlyRate => Kind::DollarsCents,
            Field::GrowthRate | Field::LgbtPercentage => Kind::Percent,
            Field::NumberOfJobs => Kind::Count,
            Field::JobSatisfaction => Kind::Satisfaction,
            Field::MostCommonDegree => Kind::Degree,
            Field::AverageAge => Kind::Age,
            Field::YearsOfExperience => Kind::Years,
            Field::SalaryRange => Kind::Range,
            Field::HighestPayingCity => Kind::City,
            Field::HighestPayingState => Kind::State,
            Field::BestPayingCompany
            | Field::BestPayingIndustry
            | Field::MostCommonMajor
            | Field::MostCommonCollege => Kind::Text,
            Field::GenderRatio | Field::RaceRatio => Kind::Shares,
        }
    }

    /// The sections whose table has this row. Two rows are repeated in a second table.
    pub fn sections(self) -> &'static [Section] {
        match self {
            Field::MostCommonDegree => &[Section::Overview, Section::Education],
            Field::AverageAge => &[Section::Overview, Section::Demographics],
            Field::YearlySalary
            | Field::HourlyRate
            | Field::GrowthRate
            | Field::NumberOfJobs
            | Field::JobSatisfaction
            | Field::YearsOfExperience => &[Section::Overview],
            Field::AverageSalary
            | Field::SalaryRange
            | Field::HighestPayingCity
            | Field::HighestPayingState
            | Field::BestPayingCompany
            | Field::BestPayingIndustry => &[Section::Salary],
            Field::MostCommonMajor | Field::MostCommonCollege => &[Section::Education],
            Field::GenderRatio | Field::RaceRatio | Field::LgbtPercentage => {
                &[Section::Demographics]
            }
        }
    }

    /// The rows a complete table of `section` has, in page order.
    pub fn of(section: Section) -> impl Iterator<Item = Field> {
        Field::ALL
            .into_iter()
            .filter(move |f| f.sections().contains(&section))
    }

    /// The field whose label starts `line` (ignoring case), and the rest of the line.
    pub fn starting(line: &str) -> Option<(Field, &str)> {
        Field::ALL.into_iter().find_map(|f| {
            let label = f.label();
            let head = line.get(..label.len())?;
            head.eq_ignore_ascii_case(label)
                .then(|| (f, &line[label.len()..]))
        })
    }

    /// The field whose label is exactly `cell` (ignoring case).
    pub fn named(cell: &str) -> Option<Field> {
        Field::ALL
            .into_iter()
            .find(|f| f.label().eq_ignore_ascii_case(cell.trim()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_are_found_case_insensitively() {
        assert_eq!(
            Field::starting("Highest paying citySan Francisco, CA-"),
            Some((Field::HighestPayingCity, "San Francisco, CA-"))
        );
        assert_eq!(
            Field::starting("Average age4244"),
            Some((Field::AverageAge, "4244"))
        );
        assert_eq!(Field::starting("Averages"), None);
        assert_eq!(
            Field::named(" lgbt percentage "),
            Some(Field::LgbtPercentage)
        );
    }

    #[test]
    fn every_section_has_rows() {
        assert_eq!(Field::of(Section::Overview).count(), 8);
        assert_eq!(Field::of(Section::Salary).count(), 6);
        assert_eq!(Field::of(Section::Education).count(), 3);
        assert_eq!(Field::of(Section::Demographics).count(), 4);
    }
}
