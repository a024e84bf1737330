// chronik-cli optimize: fits personal FSRS-6 weights to a review log, scores weights, benchmarks.
#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <ctime>
#include <filesystem>
#include <iostream>
#include <sstream>
#include <stdexcept>

#include "cli/args.hpp"
#include "cli/command.hpp"
#include "cli/progress.hpp"
#include "io/revlog/profile_reviews.hpp"
#include "io/revlog/revlog_csv.hpp"
#include "io/save/profile_store.hpp"
#include "optimize/metrics.hpp"
#include "optimize/optimizer.hpp"
#include "optimize/personal_model.hpp"
#include "optimize/reference_schedule.hpp"
#include "optimize/simulated_learner.hpp"
#include "optimize/time_series_split.hpp"
#include "optimize/training_data.hpp"

namespace chronik::cli {
namespace {

namespace fs = std::filesystem;
using namespace chronik::optimize;

constexpr const char* kUsage =
    R"(Usage: chronik-cli optimize (--revlog FILE.csv | --saves DIR --profile NAME) [OPTIONS]
       chronik-cli optimize --generate OUT.csv [--reviews N] [--seed S] [--learner-w W]

Fits the 21 FSRS-6 weights to one student's review log (a personal memory
model) and prints the fitted weights, the log-loss and RMSE(bins) of the
default and of the fitted weights on the same items, and the fit time.
The evaluation is the one of tests/data/fsrs/README.md section 11: items are
reviews of a card on a later UTC day than its previous review, with an
outlier filter and recency weights.

Input (one of):
  --revlog FILE.csv     FSRS CSV review log: card_id,review_time,review_rating
                        as the FSRS optimizer and chronik-cli profile
                        export-csv write it, or card_id,review_time_ms,rating.
                        The first line is a header when it names one of
                        these columns or its second field is not a number;
                        a header must name all three (review_time also
                        accepted), in any order. Without a header the first
                        three columns are used. Extra columns are ignored.
                        card_id may be text (as chronik-cli profile
                        export-csv writes it); times are UTC milliseconds.
                        Ratings are whole numbers; rows with a rating
                        outside 1-4 are skipped (and counted), a rating
                        that is not a whole number is an error with its
                        line number, as is a missing field or a bad time.
  --saves DIR --profile NAME
                        the review log of a saved profile (NAME is the
                        folder or the display name); undone reviews are left
                        out.

Modes and options:
  --items-json          print only the training items as JSON, one list of
                        [rating, delta_t] pairs per item (README 11.1 order),
                        to compare with other FSRS tools' conversion
  --json                the last line of the output is one JSON object: w
                        (21 numbers), seconds, log_loss, rmse_bins,
                        log_loss_default, rmse_bins_default, items, reviews,
                        cards, method, iterations
  --evaluate W          score the given weights (21 numbers separated by
                        commas) instead of fitting; W outside the bounds is
                        clamped as the reference evaluation does
  --apply               with --saves/--profile: decide as the game does
                        (Settings > Gedächtnismodell anpassen) and, when the
                        fit predicts better on the log's items and on later
                        reviews (a 5-fold time-series split), save it as the
                        profile's personal weights; the scheduler uses them
                        from the next review on. Needs 384 usable items.
                        Otherwise nothing is saved and the reason is printed
                        (exit status 0 either way; the JSON says "applied")
  --split               out-of-sample check: fit on the past, score the future
                        (5 folds in time; --folds N to change), compared with
                        the default weights on the same items
  --bench               time the fit: --repeat N runs (default 5) with 1 and
                        with 2 threads; prints min and median seconds
  --reference-schedule  fit with a re-creation of the reference optimizer's
                        training (mini-batch Adam, 5 epochs) instead, for
                        comparison; --bench then times both
  --threads N           1 or 2 (default 2); the result does not depend on it
  --prior X             strength of the pull toward the start weights
                        (default 1, as the reference's penalty; 0 = none)
  --generate OUT.csv    write a review log of a simulated learner instead:
                        --reviews N (default 100000), --seed S (default 1),
                        --learner-w W (the learner's true weights; default:
                        the FSRS-6 defaults), --new-per-day N (default 20)

Exit status: 0 on success; 1 for an unreadable, empty or malformed log, or
one with too few reviews to fit (the message says how many are needed);
2 for a bad command line.
)";

std::string num(double v, int digits = 10) {
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.*g", digits, v);
    return buf;
}

std::string json_weights(const Weights& w) {
    std::string out = "[";
    for (std::size_t i = 0; i < kWeightCount; ++i) {
        if (i) out += ",";
        out += num(w[i], 17);
    }
    return out + "]";
}

Weights weights_option(const Args& args, const std::string& name) {
    auto w = parse_weights(*args.get(name));
    if (!w) throw UsageError(name + ": " + w.error());
    return w.value();
}

struct LoadedLog {
    std::string name;
    std::vector<ReviewRow> rows;
    std::size_t skipped = 0;
    std::size_t first_skipped_line = 0;
    // Printed once the progress line is gone (unreadable lines skipped, times in seconds).
    std::vector<std::string> warnings;
};

LoadedLog load_log(const Args& args) {
    LoadedLog log;
    if (args.has("--revlog")) {
        if (args.has("--saves") || args.has("--profile"))
            throw UsageError("give either --revlog or --saves/--profile, not both");
        log.name = *args.get("--revlog");
        auto read = io::read_revlog_csv(log.name);
        // Refused like the other problems of the log below: "chronik-cli optimize: error: ...".
        if (!read) throw std::runtime_error(read.error().describe());
        io::RevlogCsv csv = std::move(read).value();
        log.rows = std::move(csv.rows);
        log.skipped = csv.out_of_range_ratings;
        log.first_skipped_line = csv.first_out_of_range_line;
    } else if (args.has("--saves") || args.has("--profile")) {
        if (!args.has("--saves") || !args.has("--profile"))
            throw UsageError("--saves and --profile go together");
        io::ProfileReviews reviews =
            io::read_profile_reviews(*args.get("--saves"), *args.get("--profile"));
        log.name = (reviews.folder / "reviews.jsonl").string();
        log.rows = std::move(reviews.rows);
        if (reviews.bad_lines)
            log.warnings.push_back(log.name + ": skipped " + std::to_string(reviews.bad_lines) +
                                   " unreadable line(s) (chronik-cli check tells more)");
    } else {
        throw UsageError("give --revlog FILE.csv or --saves DIR --profile NAME");
    }
    if (log.rows.empty()) throw std::runtime_error(log.name + ": empty review log (no reviews)");
    // Review times in seconds would put every review into January 1970 and on few UTC days.
    TimeMs latest = log.rows.front().time_ms;
    for (const auto& r : log.rows)
        latest = std::max(latest, r.time_ms);
    if (latest > 0 && latest < 100'000'000'000) {
        log.warnings.push_back(log.name +
                               ": every review_time_ms is before 1973; are the times in seconds "
                               "instead of milliseconds?");
    }
    if (log.skipped == log.rows.size()) {
        throw std::runtime_error(log.name + ": no review has a rating of 1-4 (e.g. line " +
                                 std::to_string(log.first_skipped_line) + ")");
    }
    return log;
}

double seconds_since(std::chrono::steady_clock::time_point start) {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

void print_log_summary(const LoadedLog& log, const TrainingData& data, std::size_t scored) {
    std::cout << "Review log: " << log.name << "\n  " << data.review_count() << " reviews of "
              << data.card_count() << " cards; " << data.item_count()
              << " items (reviews on a later day), " << scored << " scored\n";
    if (log.skipped) {
        std::cout << "  skipped " << log.skipped
                  << " row(s) with a rating outside 1-4 (first: line " << log.first_skipped_line
                  << ")\n";
    }
}

void print_metrics_table(const Metrics& defaults, const Metrics& other, const char* label) {
    std::printf("               log-loss    RMSE(bins)\n");
    std::printf("  defaults     %.6f    %.6f\n", defaults.log_loss, defaults.rmse_bins);
    std::printf("  %-11s  %.6f    %.6f\n", label, other.log_loss, other.rmse_bins);
    if (defaults.log_loss > 0) {
        const double better = 100.0 * (defaults.log_loss - other.log_loss) / defaults.log_loss;
        std::printf("  log-loss %s by %.2f %%\n", better >= 0 ? "improved" : "worsened",
                    std::abs(better));
    }
    std::fflush(stdout);
}

int run_generate(const Args& args) {
    LearnerSimulation sim;
    sim.reviews = static_cast<std::size_t>(args.get_int("--reviews").value_or(100000));
    sim.seed = static_cast<std::uint64_t>(args.get_int("--seed").value_or(1));
    sim.new_cards_per_day = static_cast<std::size_t>(args.get_int("--new-per-day").value_or(20));
    if (args.has("--learner-w")) sim.learner_weights = weights_option(args, "--learner-w");
    if (!within_bounds(sim.learner_weights)) throw UsageError("--learner-w is outside the bounds");
    if (sim.reviews == 0 || sim.reviews > 100'000'000) throw UsageError("--reviews: 1..1e8");
    const auto rows = simulate_review_log(sim);
    const fs::path out = *args.get("--generate");
    if (const auto written = io::write_revlog_csv(out, rows); !written) {
        std::cerr << "chronik-cli optimize: error: " << written.error().describe() << "\n";
        return 1;
    }
    std::cout << "wrote " << rows.size() << " reviews to " << out.string() << "\n";
    return 0;
}

// The game's rules (optimize/personal_model.hpp), then the weights into the profile's settings.
int run_apply(const Args& args, const LoadedLog& log, const TrainingData& data,
              const OptimizeOptions& options) {
    if (!args.has("--saves")) throw UsageError("--apply needs --saves and --profile");
    const PersonalModelReadiness ready = personal_model_readiness(data);
    if (!ready.can_fit()) {
        throw std::runtime_error(log.name + ": a personal memory model needs " +
                                 std::to_string(ready.needed) + " usable items; the log has " +
                                 std::to_string(ready.items) + " (at least " +
                                 std::to_string(ready.missing()) +
                                 " more reviews on a later day than the card's previous one)");
    }
    const PersonalModelFit fit = fit_personal_model(log.rows, options);
    std::printf(
        "log-loss on %zu items: defaults %.6f, fitted %.6f (%.2f %% better); on later "
        "reviews (time-series split): %.2f %% better\n",
        fit.fitted.items, fit.defaults.log_loss, fit.fitted.log_loss, fit.improvement_percent,
        fit.split_improvement_percent);
    bool applied = false;
    if (fit.verdict == PersonalModelVerdict::Better) {
        io::ProfileStore store(*args.get("--saves"));
        auto opened = store.open(*args.get("--profile"));
        if (!opened.ok()) throw std::runtime_error(opened.error().describe());
        io::ProfileStorage storage = std::move(opened).value();
        ProfileSettings settings = storage.settings();
        settings.fsrs_weights = fit.weights;
        if (const auto saved = storage.set_settings(settings); !saved.ok())
            throw std::runtime_error("cannot save the weights: " + saved.error().describe());
        if (const auto closed = storage.close(); !closed.ok())
            std::cerr << "warning: " << closed.error().describe() << "\n";
        applied = true;
        std::cout << "applied: the profile's scheduler uses these weights from the next review "
                     "on\n  "
                  << format_weights(fit.weights, 6) << "\n";
    } else {
        std::cout << "not applied: "
                  << (fit.verdict == PersonalModelVerdict::OverFitted
                          ? "the fit is better only on the reviews it was fitted to, not on later "
                            "ones"
                          : "the fit does not predict this log better than the defaults")
                  << "\n";
    }
    if (args.has("--json")) {
        std::cout << "{\"applied\":" << (applied ? "true" : "false")
                  << ",\"w\":" << json_weights(fit.weights)
                  << ",\"improvement_percent\":" << num(fit.improvement_percent)
                  << ",\"split_improvement_percent\":" << num(fit.split_improvement_percent)
                  << ",\"items\":" << fit.fitted.items << "}" << std::endl;
    }
    return 0;
}

int run_optimize(const std::vector<std::string>& raw) {
    const Args args(
        raw,
        {"--revlog", "--saves", "--profile", "--evaluate", "--threads", "--prior", "--repeat",
         "--folds", "--generate", "--reviews", "--seed", "--learner-w", "--new-per-day"},
        {"--json", "--split", "--bench", "--reference-schedule", "--apply", "--items-json"});
    if (!args.positional().empty()) throw UsageError("unexpected argument " + args.positional()[0]);
    if (args.has("--generate")) return run_generate(args);

    OptimizeOptions options;
    options.threads = static_cast<int>(args.get_int("--threads").value_or(2));
    if (options.threads < 1 || options.threads > 2) throw UsageError("--threads must be 1 or 2");
    options.prior_strength = args.get_double("--prior").value_or(1.0);
    if (!(options.prior_strength >= 0)) throw UsageError("--prior must be >= 0");
    const bool json = args.has("--json");

    ProgressLine reading("optimize");
    reading.step("optimize: reading the review log");
    const LoadedLog log = load_log(args);
    reading.step("optimize: preparing " + std::to_string(log.rows.size()) + " reviews");
    const TrainingData data = build_training_data(log.rows);
    reading.done();
    for (const auto& w : log.warnings)
        std::cerr << "warning: " << w << "\n";
    if (args.has("--items-json")) {
        // The items of README 11.1, for comparing with other FSRS tools' conversion.
        std::string out = "[";
        for (std::size_t i = 0; i < data.item_count(); ++i) {
            out += i ? ",[" : "[";
            for (std::size_t r = data.first_review_of_item(i); r <= data.items[i]; ++r) {
                if (r != data.first_review_of_item(i)) out += ',';
                out.append("[")
                    .append(std::to_string(data.rating[r]))
                    .append(",")
                    .append(std::to_string(data.delta_t[r]))
                    .append("]");
            }
            out += "]";
        }
        std::cout << out << "]\n";
        return 0;
    }
    const ScoredSet set = build_scored_set(data, ItemOrder::Evaluation);
    print_log_summary(log, data, set.size());

    if (args.has("--evaluate")) {
        const Weights w = weights_option(args, "--evaluate");
        if (set.size() == 0) {
            throw std::runtime_error(log.name +
                                     ": no scored items (no card was reviewed on a later day)");
        }
        const Metrics m = evaluate(data, set, w);
        const Metrics d = evaluate(data, set, kDefaultWeights);
        print_metrics_table(d, m, "given");
        if (json) {
            std::cout << "{\"w\":" << json_weights(evaluation_weights(w))
                      << ",\"log_loss\":" << num(m.log_loss)
                      << ",\"rmse_bins\":" << num(m.rmse_bins)
                      << ",\"log_loss_default\":" << num(d.log_loss)
                      << ",\"rmse_bins_default\":" << num(d.rmse_bins) << ",\"items\":" << m.items
                      << ",\"bins\":" << m.bins << ",\"reviews\":" << data.review_count()
                      << ",\"cards\":" << data.card_count() << "}" << std::endl;
        }
        return 0;
    }

    if (args.has("--apply")) return run_apply(args, log, data, options);

    if (auto why = not_enough_reviews(data)) throw std::runtime_error(log.name + ": " + *why);

    if (args.has("--split")) {
        const int folds = static_cast<int>(args.get_int("--folds").value_or(5));
        if (folds < 1 || folds > 50) throw UsageError("--folds must be 1..50");
        const auto start = std::chrono::steady_clock::now();
        const SplitEvaluation split = evaluate_time_series_split(log.rows, options, folds);
        const double seconds = seconds_since(start);
        std::cout << "Time-series split (" << folds << " folds; fit on the past, score the next "
                  << "run of items; " << split.fitted.items << " items scored, unweighted):\n";
        print_metrics_table(split.defaults, split.fitted, "fitted");
        std::printf("  %.3f s\n", seconds);
        if (json) {
            std::cout << "{\"split\":true,\"folds\":" << folds
                      << ",\"log_loss\":" << num(split.fitted.log_loss)
                      << ",\"rmse_bins\":" << num(split.fitted.rmse_bins)
                      << ",\"log_loss_default\":" << num(split.defaults.log_loss)
                      << ",\"rmse_bins_default\":" << num(split.defaults.rmse_bins)
                      << ",\"items\":" << split.fitted.items << ",\"seconds\":" << num(seconds, 6)
                      << "}" << std::endl;
        }
        return 0;
    }

    if (args.has("--bench")) {
        const int repeat = static_cast<int>(args.get_int("--repeat").value_or(5));
        if (repeat < 1 || repeat > 1000) throw UsageError("--repeat must be 1..1000");
        std::string json_times;
        for (int threads : {1, 2}) {
            OptimizeOptions o = options;
            o.threads = threads;
            std::vector<double> times;
            std::vector<double> cpu_times;
            FitResult r;
            for (int k = 0; k < repeat; ++k) {
                const auto start = std::chrono::steady_clock::now();
                const std::clock_t cpu_start = std::clock();
                r = fit(data, o);
                cpu_times.push_back(static_cast<double>(std::clock() - cpu_start) / CLOCKS_PER_SEC);
                times.push_back(seconds_since(start));
            }
            std::sort(times.begin(), times.end());
            std::sort(cpu_times.begin(), cpu_times.end());
            const double median = times[times.size() / 2];
            const Metrics m = evaluate(data, set, r.weights);
            // CPU seconds (all threads) show the work when other programs share the machine.
            std::printf(
                "  %d thread%s: fit min %.4f s, median %.4f s, median CPU %.4f s (%d runs; %d "
                "iterations, %zu passes); log-loss %.6f, RMSE(bins) %.6f\n",
                threads, threads == 1 ? " " : "s", times.front(), median,
                cpu_times[cpu_times.size() / 2], repeat, r.iterations, r.evaluations, m.log_loss,
                m.rmse_bins);
            std::fflush(stdout);
            if (!json_times.empty()) json_times.push_back(',');
            json_times.append(threads == 1 ? "\"seconds_1_thread\":" : "\"seconds_2_threads\":");
            json_times.append(num(median, 6));
        }
        if (args.has("--reference-schedule")) {
            std::vector<double> times;
            FitResult r;
            for (int k = 0; k < repeat; ++k) {
                const auto start = std::chrono::steady_clock::now();
                r = fit_reference_schedule(data, options);
                times.push_back(seconds_since(start));
            }
            std::sort(times.begin(), times.end());
            const Metrics m = evaluate(data, set, r.weights);
            std::printf(
                "  re-created reference schedule (Adam, 5 epochs): median %.4f s; log-loss %.6f, "
                "RMSE(bins) %.6f\n",
                times[times.size() / 2], m.log_loss, m.rmse_bins);
        }
        if (json) {
            std::cout << "{\"bench\":true," << json_times << ",\"reviews\":" << data.review_count()
                      << ",\"items\":" << set.size() << "}" << std::endl;
        }
        return 0;
    }

    const auto start = std::chrono::steady_clock::now();
    ProgressLine progress("optimize: iteration");
    OptimizeOptions shown = options;
    shown.on_iteration = [&](int iteration, double objective) {
        progress.update(iteration, shown.max_iterations);
        return !options.on_iteration || options.on_iteration(iteration, objective);
    };
    const FitResult result =
        args.has("--reference-schedule") ? fit_reference_schedule(data, shown) : fit(data, shown);
    const double seconds = seconds_since(start);
    progress.step("optimize: evaluating the fitted and the default weights");
    const Metrics fitted = evaluate(data, set, result.weights);
    const Metrics defaults = evaluate(data, set, kDefaultWeights);
    progress.done();
    std::cout << "Fitted weights (" << to_string(result.method) << " fit, " << result.iterations
              << " iterations, " << result.evaluations << " passes over the log):\n  "
              << format_weights(result.weights, 6) << "\n";
    print_metrics_table(defaults, fitted, "fitted");
    std::printf("  fit time %.4f s\n", seconds);
    if (json) {
        std::cout << "{\"w\":" << json_weights(result.weights) << ",\"seconds\":" << num(seconds, 6)
                  << ",\"log_loss\":" << num(fitted.log_loss)
                  << ",\"rmse_bins\":" << num(fitted.rmse_bins)
                  << ",\"log_loss_default\":" << num(defaults.log_loss)
                  << ",\"rmse_bins_default\":" << num(defaults.rmse_bins)
                  << ",\"items\":" << fitted.items << ",\"reviews\":" << data.review_count()
                  << ",\"cards\":" << data.card_count() << ",\"method\":\""
                  << (result.method == FitMethod::Full
                          ? "full"
                          : (result.method == FitMethod::Defaults ? "defaults" : "initial"))
                  << "\",\"iterations\":" << result.iterations << "}" << std::endl;
    }
    return 0;
}

const CommandRegistration kRegistration{
    Command{"optimize", "fit personal FSRS-6 weights to a review log (and score weights)", kUsage,
            run_optimize}};

}  // namespace
}  // namespace chronik::cli
