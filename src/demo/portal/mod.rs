//! placeholder: the helper writes the sample portal here
