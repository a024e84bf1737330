#include "optimize/objective.hpp"

#include <algorithm>
#include <cmath>
#include <condition_variable>
#include <functional>
#include <mutex>
#include <thread>

#include "optimize/memory_model.hpp"

namespace chronik::optimize {

namespace {

// Two chunks match the two cores this game targets; fixed so results never depend on threads.
constexpr std::size_t kChunks = 2;

using Tangent = std::array<double, kWeightCount>;
// D depends only on w4..w7, so its tangent has four components.
constexpr std::size_t kFirstDifficultyWeight = 4;
using DifficultyTangent = std::array<double, 4>;

struct ChunkResult {
    double loss = 0.0;
    Tangent grad{};
};

// Sums weight * BCE over the items of cards [first, last) and, when Grad, its gradient.
template <bool Grad>
void accumulate(const TrainingData& data, const std::vector<double>& review_weight,
                const Weights& w, std::size_t first_card, std::size_t last_card, ChunkResult& out) {
    const double w20 = w[20];
    const double c09 = -std::log(0.9);
    const double e_factor = std::exp(c09 / w20);
    const double factor = e_factor - 1.0;
    const double dfactor_dw20 = e_factor * (-c09 / (w20 * w20));
    const double exp_w8 = std::exp(w[8]);
    const double exp_3w5 = std::exp(3.0 * w[5]);
    const double d0_easy = w[4] - exp_3w5 + 1.0;
    const double exp_m1718 = std::exp(-w[17] * w[18]);

    double loss = 0.0;
    Tangent grad{};
    Tangent dS{};
    DifficultyTangent dD{};
    // The few weights a step touches directly: dS_new = a dS + b dD + these partials.
    struct Local {
        std::size_t index[6] = {};
        double value[6] = {};
        int count = 0;
        void add(std::size_t i, double v) {
            index[count] = i;
            value[count] = v;
            ++count;
        }
    } local;

    for (std::size_t c = first_card; c < last_card; ++c) {
        const std::size_t begin = data.card_begin[c];
        const std::size_t end = data.card_begin[c + 1];
        const int g0 = data.rating[begin];
        double S = w[static_cast<std::size_t>(g0 - 1)];
        const double e0 = std::exp((g0 - 1) * w[5]);
        double D = w[4] - e0 + 1.0;
        if constexpr (Grad) {
            dS.fill(0.0);
            dD.fill(0.0);
            if (S >= kMinStability && S <= kMaxStability) dS[static_cast<std::size_t>(g0 - 1)] = 1;
            if (D >= 1.0 && D <= 10.0) {
                dD[0] = 1.0;
                dD[1] = -(g0 - 1) * e0;
            }
        }
        S = std::min(std::max(S, kMinStability), kMaxStability);
        D = std::min(std::max(D, 1.0), 10.0);

        for (std::size_t j = begin + 1; j < end; ++j) {
            const int g = data.rating[j];
            const std::int64_t t_days = data.delta_t[j];
            double S_new;
            // dS_new = a * dS + b * dD + local partials (added below).
            double a = 0.0, b = 0.0;
            local.count = 0;
            if (t_days > 0) {
                const double t = static_cast<double>(t_days);
                const double u = 1.0 + factor * t / S;
                const double ln_u = std::log(u);
                const double R = std::exp(-w20 * ln_u);
                const double dR_dS = R * w20 * factor * t / (u * S * S);
                const double dR_dw20 = R * (-ln_u - w20 * (t / S) * dfactor_dw20 / u);
                const double omega = review_weight[j];
                if (omega > 0.0) {
                    if (g > 1) {
                        loss += omega * w20 * ln_u;  // -ln p
                    } else {
                        loss -= omega * std::log1p(-R);
                    }
                    if constexpr (Grad) {
                        const double coef = g > 1 ? -omega / R : omega / (1.0 - R);
                        const double k = coef * dR_dS;
                        for (std::size_t i = 0; i < kWeightCount; ++i)
                            grad[i] += k * dS[i];
                        grad[20] += coef * dR_dw20;
                    }
                }
                if (g == 1) {
                    const double ln_D = std::log(D);
                    const double ln_S1 = std::log(S + 1.0);
                    const double P = std::exp(w[13] * ln_S1);
                    const double e14 = std::exp((1.0 - R) * w[14]);
                    const double sf = w[11] * std::exp(-w[12] * ln_D) * (P - 1.0) * e14;
                    const double alt = S * exp_m1718;
                    if (sf < alt) {
                        S_new = sf;
                        if constexpr (Grad) {
                            // d ln sf = dw11/w11 - w12 dD/D - ln D dw12 + w13 P/((S+1)(P-1)) dS
                            //         + P ln(S+1)/(P-1) dw13 - w14 dR + (1-R) dw14
                            const double dsf_dR = -sf * w[14];
                            a = sf * w[13] * P / ((S + 1.0) * (P - 1.0)) + dsf_dR * dR_dS;
                            b = -sf * w[12] / D;
                            local.add(11, sf / w[11]);
                            local.add(12, -sf * ln_D);
                            local.add(13, sf * P * ln_S1 / (P - 1.0));
                            local.add(14, sf * (1.0 - R));
                            local.add(20, dsf_dR * dR_dw20);
                        }
                    } else {
                        S_new = alt;
                        if constexpr (Grad) {
                            a = exp_m1718;
                            local.add(17, -w[18] * alt);
                            local.add(18, -w[17] * alt);
                        }
                    }
                } else {
                    const double ln_S = std::log(S);
                    const double hp = g == 2 ? w[15] : 1.0;
                    const double eb = g == 4 ? w[16] : 1.0;
                    const double core = exp_w8 * (11.0 - D) * std::exp(-w[9] * ln_S);
                    const double e10 = std::exp((1.0 - R) * w[10]);
                    const double q = e10 - 1.0;
                    const double inc = core * q * hp * eb;
                    S_new = S * (1.0 + inc);
                    if constexpr (Grad) {
                        const double dinc_dR = -core * hp * eb * w[10] * e10;
                        a = (1.0 + inc) + S * (-inc * w[9] / S + dinc_dR * dR_dS);
                        b = S * (-core * q * hp * eb / (11.0 - D));
                        local.add(8, S * inc);
                        local.add(9, S * (-inc * ln_S));
                        local.add(10, S * core * hp * eb * e10 * (1.0 - R));
                        local.add(20, S * dinc_dR * dR_dw20);
                        if (g == 2) local.add(15, S * core * q * eb);
                        if (g == 4) local.add(16, S * core * q * hp);
                    }
                }
            } else {
                const double ln_S = std::log(S);
                const double sinc = std::exp(w[17] * (g - 3 + w[18]) - w[19] * ln_S);
                if (g >= 2 && sinc < 1.0) {
                    S_new = S;
                    a = 1.0;
                } else {
                    S_new = S * sinc;
                    if constexpr (Grad) {
                        a = sinc * (1.0 - w[19]);
                        local.add(17, S_new * (g - 3 + w[18]));
                        local.add(18, S_new * w[17]);
                        local.add(19, -S_new * ln_S);
                    }
                }
            }

            // Difficulty, from the old D.
            const double gm3 = static_cast<double>(g - 3);
            const double d1 = D - w[6] * gm3 * (10.0 - D) / 9.0;
            const double d_raw = w[7] * (d0_easy - d1) + d1;
            const bool d_inside = d_raw >= 1.0 && d_raw <= 10.0;
            const bool s_inside = S_new >= kMinStability && S_new <= kMaxStability;
            if constexpr (Grad) {
                // S first: it reads the old dD.
                if (s_inside) {
                    for (std::size_t i = 0; i < kWeightCount; ++i)
                        dS[i] *= a;
                    for (std::size_t i = 0; i < dD.size(); ++i) {
                        dS[kFirstDifficultyWeight + i] += b * dD[i];
                    }
                    for (int k = 0; k < local.count; ++k)
                        dS[local.index[k]] += local.value[k];
                } else {
                    dS.fill(0.0);
                }
                if (d_inside) {
                    const double keep = (1.0 - w[7]) * (1.0 + w[6] * gm3 / 9.0);
                    for (double& x : dD)
                        x *= keep;
                    dD[0] += w[7];
                    dD[1] += w[7] * (-3.0 * exp_3w5);
                    dD[2] += (1.0 - w[7]) * (-gm3 * (10.0 - D) / 9.0);
                    dD[3] += d0_easy - d1;
                } else {
                    dD.fill(0.0);
                }
            }
            S = std::min(std::max(S_new, kMinStability), kMaxStability);
            D = std::min(std::max(d_raw, 1.0), 10.0);
        }
    }
    out.loss = loss;
    if constexpr (Grad) out.grad = grad;
}

}  // namespace

// One helper thread that runs a job on request; the caller runs the other chunk meanwhile.
struct Objective::Workers {
    std::thread thread;
    std::mutex mutex;
    std::condition_variable cv;
    std::function<void()> job;
    bool pending = false;
    bool finished = false;
    bool stop = false;

    Workers() {
        thread = std::thread([this] {
            std::unique_lock lock(mutex);
            for (;;) {
                cv.wait(lock, [this] { return pending || stop; });
                if (stop) return;
                pending = false;
                lock.unlock();
                job();
                lock.lock();
                finished = true;
                cv.notify_all();
            }
        });
    }
    ~Workers() {
        {
            std::lock_guard lock(mutex);
            stop = true;
        }
        cv.notify_all();
        thread.join();
    }
    void start(std::function<void()> f) {
        std::lock_guard lock(mutex);
        job = std::move(f);
        pending = true;
        finished = false;
        cv.notify_all();
    }
    void wait() {
        std::unique_lock lock(mutex);
        cv.wait(lock, [this] { return finished; });
    }
};

Objective::Objective(const TrainingData& data, std::vector<double> review_weight, Prior prior,
                     int threads)
    : data_(data), review_weight_(std::move(review_weight)), prior_(prior) {
    for (double x : review_weight_)
        weight_sum_ += x;
    // Cut the cards into kChunks runs of about equal review counts.
    chunk_first_card_.push_back(0);
    const std::size_t total = data.review_count();
    std::size_t chunk = 1;
    for (std::size_t c = 0; c < data.card_count() && chunk < kChunks; ++c) {
        if (data.card_begin[c] * kChunks >= total * chunk) {
            chunk_first_card_.push_back(c);
            ++chunk;
        }
    }
    while (chunk_first_card_.size() < kChunks)
        chunk_first_card_.push_back(data.card_count());
    chunk_first_card_.push_back(data.card_count());
    if (threads >= 2 && total >= 4000) workers_ = std::make_unique<Workers>();
}

Objective::~Objective() = default;

double Objective::value(const Weights& w, Weights* gradient) const {
    ++evaluations_;
    std::array<ChunkResult, kChunks> parts;
    auto run = [&](std::size_t k) {
        if (gradient) {
            accumulate<true>(data_, review_weight_, w, chunk_first_card_[k],
                             chunk_first_card_[k + 1], parts[k]);
        } else {
            accumulate<false>(data_, review_weight_, w, chunk_first_card_[k],
                              chunk_first_card_[k + 1], parts[k]);
        }
    };
    if (workers_) {
        workers_->start([&] { run(1); });
        run(0);
        workers_->wait();
    } else {
        for (std::size_t k = 0; k < kChunks; ++k)
            run(k);
    }
    double loss = 0.0;
    Tangent grad{};
    for (std::size_t k = 0; k < kChunks; ++k) {
        loss += parts[k].loss;
        for (std::size_t i = 0; i < kWeightCount; ++i)
            grad[i] += parts[k].grad[i];
    }
    for (std::size_t i = 0; i < kWeightCount; ++i) {
        const double z = (w[i] - prior_.center[i]) / kWeightScales[i];
        loss += prior_.strength * z * z;
        grad[i] += prior_.strength * 2.0 * z / kWeightScales[i];
    }
    const double inv = weight_sum_ > 0.0 ? 1.0 / weight_sum_ : 0.0;
    if (gradient) {
        for (std::size_t i = 0; i < kWeightCount; ++i)
            (*gradient)[i] = grad[i] * inv;
    }
    return loss * inv;
}

}  // namespace chronik::optimize
