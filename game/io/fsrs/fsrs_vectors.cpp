#include "io/fsrs/fsrs_vectors.hpp"

#include <cerrno>
#include <cmath>
#include <cstring>
#include <fstream>
#include <limits>
#include <nlohmann/json.hpp>
#include <sstream>

#include "io/fsrs/iso_time.hpp"

namespace chronik::io {

namespace {

using Json = nlohmann::ordered_json;

// A file that cannot be read or breaks the format: thrown inside the reader, returned as a
// SaveError at the public functions.
struct Refused {
    SaveErrorKind kind;
    std::string file;
    std::string what;
};

template <class F>
auto refused_as_error(F&& read) -> SaveResult<decltype(read())> {
    try {
        return read();
    } catch (const Refused& r) {
        return SaveError{r.kind, r.file, r.what};
    }
}

// Whether to read each review's `output`/`preview_due_ms`/`retrievability_*` (a test compares
// against them) or only the inputs (a replay recomputes them).
enum class Expected { Read, Ignore };

class Reader {
public:
    explicit Reader(std::string source) : source_(std::move(source)) {}

    [[noreturn]] void fail(const std::string& path, const std::string& why) const {
        throw Refused{SaveErrorKind::Corrupt, source_, path + ": " + why};
    }

    const Json* find(const Json& obj, const char* key) const {
        auto it = obj.find(key);
        return it == obj.end() ? nullptr : &*it;
    }
    const Json& need(const Json& obj, const char* key, const std::string& path) const {
        const Json* j = find(obj, key);
        if (!j) fail(path, std::string("missing \"") + key + "\"");
        return *j;
    }
    void need_object(const Json& j, const std::string& path) const {
        if (!j.is_object()) fail(path, "expected an object, got " + describe(j));
    }
    void need_array(const Json& j, const std::string& path) const {
        if (!j.is_array()) fail(path, "expected an array, got " + describe(j));
    }
    double number(const Json& j, const std::string& path) const {
        if (!j.is_number()) fail(path, "expected a number, got " + describe(j));
        return j.get<double>();
    }
    std::int64_t integer(const Json& j, const std::string& path) const {
        if (j.is_number_integer()) {
            if (j.is_number_unsigned() &&
                j.get<std::uint64_t>() >
                    static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max()))
                fail(path, "integer too large");
            return j.get<std::int64_t>();
        }
        if (j.is_number_float()) {
            const double d = j.get<double>();
            if (std::floor(d) == d && std::fabs(d) < 9.0e18) return static_cast<std::int64_t>(d);
        }
        fail(path, "expected a whole number, got " + describe(j));
    }
    int small_int(const Json& j, const std::string& path) const {
        const std::int64_t v = integer(j, path);
        if (v < std::numeric_limits<int>::min() || v > std::numeric_limits<int>::max())
            fail(path, "number out of range: " + std::to_string(v));
        return static_cast<int>(v);
    }
    bool boolean(const Json& j, const std::string& path) const {
        if (!j.is_boolean()) fail(path, "expected true or false, got " + describe(j));
        return j.get<bool>();
    }
    std::string string(const Json& j, const std::string& path) const {
        if (!j.is_string()) fail(path, "expected a string, got " + describe(j));
        return j.get<std::string>();
    }
    // A time given as epoch ms (`ms_key`) or, failing that, as ISO-8601 UTC (`iso_key`).
    std::optional<TimeMs> time(const Json& obj, const char* ms_key, const char* iso_key,
                               const std::string& path) const {
        if (const Json* ms = find(obj, ms_key)) return integer(*ms, path + "." + ms_key);
        if (const Json* iso = find(obj, iso_key)) {
            const std::string text = string(*iso, path + "." + iso_key);
            auto t = parse_iso_utc(text);
            if (!t) fail(path + "." + iso_key, "not an ISO-8601 UTC time: '" + text + "'");
            return t;
        }
        return std::nullopt;
    }

    static std::string describe(const Json& j) {
        std::string s = j.dump();
        if (s.size() > 40) s = s.substr(0, 37) + "...";
        return std::string(j.type_name()) + " " + s;
    }

private:
    std::string source_;
};

FsrsWeights read_weights(const Reader& rd, const Json& j, const std::string& path) {
    rd.need_array(j, path);
    if (j.size() != kFsrsWeightCount)
        rd.fail(path, "expected " + std::to_string(kFsrsWeightCount) + " FSRS-6 weights, got " +
                          std::to_string(j.size()));
    FsrsWeights w{};
    for (std::size_t i = 0; i < kFsrsWeightCount; ++i)
        w[i] = rd.number(j[i], path + "[" + std::to_string(i) + "]");
    return w;
}

std::vector<int> read_steps(const Reader& rd, const Json& j, const std::string& path) {
    rd.need_array(j, path);
    std::vector<int> out;
    for (std::size_t i = 0; i < j.size(); ++i) {
        const std::string p = path + "[" + std::to_string(i) + "]";
        try {
            out.push_back(parse_step_minutes(rd.string(j[i], p)));
        } catch (const SchedulerParamsError& e) {
            rd.fail(p, e.what());
        }
    }
    return out;
}

SchedulerParams read_params(const Reader& rd, const Json& config, const std::string& cpath,
                            std::optional<FsrsWeights>& clipped_w) {
    SchedulerParams p;  // ts-fsrs defaults for whatever is missing
    const Json* params = rd.find(config, "params");
    if (!params) return p;
    const std::string path = cpath + ".params";
    rd.need_object(*params, path);
    if (const Json* w = rd.find(*params, "w")) clipped_w = read_weights(rd, *w, path + ".w");
    if (const Json* wi = rd.find(*params, "w_input"))
        p.w = read_weights(rd, *wi, path + ".w_input");
    else if (clipped_w)
        p.w = *clipped_w;
    if (const Json* r = rd.find(*params, "request_retention"))
        p.request_retention = rd.number(*r, path + ".request_retention");
    if (const Json* m = rd.find(*params, "maximum_interval"))
        p.maximum_interval = rd.small_int(*m, path + ".maximum_interval");
    if (const Json* f = rd.find(*params, "enable_fuzz")) {
        if (rd.boolean(*f, path + ".enable_fuzz"))
            rd.fail(path + ".enable_fuzz",
                    "fuzz is on: the reference's random intervals cannot be replayed");
    }
    if (const Json* s = rd.find(*params, "enable_short_term"))
        p.enable_short_term = rd.boolean(*s, path + ".enable_short_term");
    if (const Json* l = rd.find(*params, "learning_steps"))
        p.learning_steps = read_steps(rd, *l, path + ".learning_steps");
    if (const Json* l = rd.find(*params, "relearning_steps"))
        p.relearning_steps = read_steps(rd, *l, path + ".relearning_steps");
    try {
        (void)normalized(p);
    } catch (const SchedulerParamsError& e) {
        rd.fail(path, e.what());
    }
    return p;
}

CardState read_output(const Reader& rd, const Json& j, const std::string& path) {
    rd.need_object(j, path);
    CardState c;
    const int state = rd.small_int(rd.need(j, "state", path), path + ".state");
    if (state < 0 || state > 3) rd.fail(path + ".state", "expected 0 to 3");
    c.phase = static_cast<CardPhase>(state);
    c.stability = rd.number(rd.need(j, "stability", path), path + ".stability");
    c.difficulty = rd.number(rd.need(j, "difficulty", path), path + ".difficulty");
    c.due = rd.integer(rd.need(j, "due_ms", path), path + ".due_ms");
    c.scheduled_days = rd.small_int(rd.need(j, "scheduled_days", path), path + ".scheduled_days");
    c.elapsed_days = rd.small_int(rd.need(j, "elapsed_days", path), path + ".elapsed_days");
    c.learning_steps = rd.small_int(rd.need(j, "learning_steps", path), path + ".learning_steps");
    c.reps = rd.small_int(rd.need(j, "reps", path), path + ".reps");
    c.lapses = rd.small_int(rd.need(j, "lapses", path), path + ".lapses");
    c.last_review = rd.integer(rd.need(j, "last_review_ms", path), path + ".last_review_ms");
    return c;
}

VectorReview read_review(const Reader& rd, const Json& j, const std::string& path,
                         Expected expected) {
    rd.need_object(j, path);
    VectorReview r;
    const std::string ipath = path + ".input";
    const Json& input = rd.need(j, "input", path);
    rd.need_object(input, ipath);
    auto at = rd.time(input, "review_at_ms", "review_at", ipath);
    if (!at) rd.fail(ipath, "missing \"review_at_ms\" (or \"review_at\")");
    r.review_at = *at;
    const Json& rating = rd.need(input, "rating", ipath);
    const auto g = rating_from_int(rd.small_int(rating, ipath + ".rating"));
    if (!g) rd.fail(ipath + ".rating", "expected an integer from 1 to 4, got " + rating.dump());
    r.rating = *g;
    if (expected == Expected::Ignore) return r;

    if (const Json* o = rd.find(j, "output")) r.expected = read_output(rd, *o, path + ".output");
    if (const Json* p = rd.find(j, "preview_due_ms")) {
        const std::string ppath = path + ".preview_due_ms";
        rd.need_array(*p, ppath);
        if (p->size() != 4) rd.fail(ppath, "expected 4 times (Again, Hard, Good, Easy)");
        std::array<TimeMs, 4> due{};
        for (std::size_t i = 0; i < 4; ++i)
            due[i] = rd.integer((*p)[i], ppath + "[" + std::to_string(i) + "]");
        r.expected_preview_due = due;
    }
    if (const Json* rb = rd.find(j, "retrievability_before"); rb && !rb->is_null())
        r.expected_retrievability = rd.number(*rb, path + ".retrievability_before");
    if (const Json* ra = rd.find(j, "retrievability_before_api"); ra && !ra->is_null())
        r.expected_retrievability_api = rd.number(*ra, path + ".retrievability_before_api");
    return r;
}

// Walks the whole document; every error names its JSON path.
VectorFile read_document(const Reader& rd, const Json& doc, Expected expected) {
    rd.need_object(doc, "(top level)");
    if (const Json* f = rd.find(doc, "format")) {
        const std::string format = rd.string(*f, "format");
        if (format.rfind("fsrs-vectors/1", 0) != 0)
            rd.fail("format", "unsupported format '" + format + "' (expected fsrs-vectors/1)");
    }
    const Json& configs = rd.need(doc, "configs", "(top level)");
    rd.need_array(configs, "configs");
    VectorFile file;
    for (std::size_t k = 0; k < configs.size(); ++k) {
        const std::string cpath = "configs[" + std::to_string(k) + "]";
        const Json& cj = configs[k];
        rd.need_object(cj, cpath);
        VectorConfig c;
        c.id = rd.find(cj, "id") ? rd.string(cj["id"], cpath + ".id") : cpath;
        c.params = read_params(rd, cj, cpath, c.expected_clipped_w);
        if (expected == Expected::Read) {
            if (const Json* d = rd.find(cj, "derived")) {
                const std::string dpath = cpath + ".derived";
                rd.need_object(*d, dpath);
                DerivedConstants dc;
                dc.decay = rd.number(rd.need(*d, "decay", dpath), dpath + ".decay");
                dc.factor = rd.number(rd.need(*d, "factor", dpath), dpath + ".factor");
                dc.interval_modifier = rd.number(rd.need(*d, "interval_modifier", dpath),
                                                 dpath + ".interval_modifier");
                c.expected_derived = dc;
            }
        }
        const std::string hspath = cpath + ".histories";
        const Json& histories = rd.need(cj, "histories", cpath);
        rd.need_array(histories, hspath);
        for (std::size_t i = 0; i < histories.size(); ++i) {
            const std::string hpath = hspath + "[" + std::to_string(i) + "]";
            const Json& hj = histories[i];
            rd.need_object(hj, hpath);
            VectorHistory h;
            h.id = rd.find(hj, "id") ? rd.string(hj["id"], hpath + ".id") : hpath;
            const std::string hname = hpath + " (" + h.id + ")";
            h.created_at = rd.time(hj, "created_at_ms", "created_at", hname).value_or(0);
            const Json& reviews = rd.need(hj, "reviews", hname);
            rd.need_array(reviews, hname + ".reviews");
            for (std::size_t j = 0; j < reviews.size(); ++j)
                h.reviews.push_back(read_review(
                    rd, reviews[j], hname + ".reviews[" + std::to_string(j) + "]", expected));
            c.histories.push_back(std::move(h));
        }
        file.configs.push_back(std::move(c));
    }
    return file;
}

Json parse_json(std::string_view text, const std::string& source_name) {
    try {
        return Json::parse(text.begin(), text.end());
    } catch (const Json::exception& e) {
        // parse_error, and out_of_range for numbers such as 1e999
        throw Refused{SaveErrorKind::Corrupt, source_name,
                      std::string("not valid JSON: ") + e.what()};
    }
}

Json output_json(const CardState& c) {
    Json o = Json::object();
    o["state"] = static_cast<int>(c.phase);
    o["stability"] = c.stability;
    o["difficulty"] = c.difficulty;
    o["due"] = format_iso_utc(c.due);
    o["due_ms"] = c.due;
    o["scheduled_days"] = c.scheduled_days;
    o["elapsed_days"] = c.elapsed_days;
    o["learning_steps"] = c.learning_steps;
    o["reps"] = c.reps;
    o["lapses"] = c.lapses;
    o["last_review_ms"] = c.last_review.value_or(0);
    return o;
}

std::string read_text(const std::filesystem::path& path) {
    std::error_code ec;
    if (std::filesystem::is_directory(path, ec))
        throw Refused{SaveErrorKind::InvalidInput, path.string(), "is a folder, not a vector file"};
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        const int err = errno;
        throw Refused{err == ENOENT ? SaveErrorKind::NotFound : SaveErrorKind::Io, path.string(),
                      std::string("cannot open: ") + (err ? std::strerror(err) : "unknown error")};
    }
    std::ostringstream buf;
    buf << in.rdbuf();
    if (in.bad()) throw Refused{SaveErrorKind::Io, path.string(), "read error"};
    return buf.str();
}

}  // namespace

namespace {

std::string replay_text(std::string_view text, const std::string& source_name, int indent) {
    const Reader rd(source_name);
    Json doc = parse_json(text, source_name);
    const VectorFile file = read_document(rd, doc, Expected::Ignore);
    Json& configs = doc["configs"];
    for (std::size_t k = 0; k < file.configs.size(); ++k) {
        const VectorConfig& c = file.configs[k];
        const std::string cpath = "configs[" + std::to_string(k) + "]";
        const Scheduler scheduler(c.params);  // already validated by the reader
        Json& cj = configs[k];
        if (cj.contains("derived") && cj["derived"].is_object()) {
            Json& d = cj["derived"];
            d["decay"] = scheduler.derived().decay;
            d["factor"] = scheduler.derived().factor;
            d["interval_modifier"] = scheduler.derived().interval_modifier;
        }
        for (std::size_t i = 0; i < c.histories.size(); ++i) {
            const VectorHistory& h = c.histories[i];
            std::vector<ReplayedReview> replayed;
            try {
                replayed = replay_history(scheduler, h);
            } catch (const SchedulingError& e) {
                rd.fail(cpath + ".histories[" + std::to_string(i) + "] (" + h.id + ")", e.what());
            }
            Json& reviews = cj["histories"][i]["reviews"];
            for (std::size_t j = 0; j < replayed.size(); ++j) {
                const ReplayedReview& rr = replayed[j];
                Json& rj = reviews[j];
                if (rj.contains("retrievability_before")) {
                    rj["retrievability_before"] =
                        rr.retrievability ? Json(*rr.retrievability) : Json(nullptr);
                }
                if (rj.contains("retrievability_before_api")) {
                    rj["retrievability_before_api"] = rr.retrievability_api;
                }
                rj["output"] = output_json(rr.card);
                rj["preview_due_ms"] = Json::array();
                for (TimeMs due : rr.preview_due)
                    rj["preview_due_ms"].push_back(due);
            }
        }
    }
    try {
        return doc.dump(indent) + "\n";
    } catch (const Json::exception& e) {
        throw Refused{SaveErrorKind::Corrupt, source_name,
                      std::string("cannot be written back: ") + e.what()};
    }
}

}  // namespace

SaveResult<VectorFile> read_vector_file(const std::filesystem::path& path) {
    return refused_as_error([&] {
        const std::string text = read_text(path);
        const Reader rd(path.string());
        return read_document(rd, parse_json(text, path.string()), Expected::Read);
    });
}

SaveResult<std::string> replay_vector_file(const std::filesystem::path& path, int indent) {
    return refused_as_error([&] { return replay_text(read_text(path), path.string(), indent); });
}

SaveResult<std::string> replay_vector_text(std::string_view text, const std::string& source_name,
                                           int indent) {
    return refused_as_error([&] { return replay_text(text, source_name, indent); });
}

std::vector<ReplayedReview> replay_history(const Scheduler& scheduler,
                                           const VectorHistory& history) {
    std::vector<ReplayedReview> out;
    out.reserve(history.reviews.size());
    CardState card = CardState::fresh(history.created_at);
    for (std::size_t j = 0; j < history.reviews.size(); ++j) {
        const VectorReview& r = history.reviews[j];
        try {
            ReplayedReview rr;
            rr.retrievability = scheduler.review_retrievability(card, r.review_at);
            rr.retrievability_api = scheduler.retrievability(card, r.review_at);
            const ReviewPreview preview = scheduler.preview(card, r.review_at);
            for (std::size_t g = 0; g < 4; ++g)
                rr.preview_due[g] = preview.outcomes[g].card.due;
            rr.card = preview[r.rating].card;
            card = rr.card;
            out.push_back(rr);
        } catch (const SchedulingError& e) {
            throw SchedulingError("reviews[" + std::to_string(j) + "]: " + e.what());
        }
    }
    return out;
}

}  // namespace chronik::io
