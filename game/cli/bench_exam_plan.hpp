// chronik-cli bench exam-plan: the study plan to an exam date against plain FSRS (issue 18).
#pragma once

namespace chronik::cli {

// Prints the comparison tables and the planner's timing; returns 0 (benchmarks never fail).
int bench_exam_plan();

}  // namespace chronik::cli
