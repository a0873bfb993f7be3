//! Public consultations (征求意见, 征集调查) and the publication of their
//! results, which the county plan asks for within a month of their end.

pub mod result_overdue;
