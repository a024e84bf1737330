#include "cli/args.hpp"

#include <charconv>
#include <cstdlib>

namespace chronik::cli {

Args::Args(const std::vector<std::string>& args, const std::set<std::string>& valued,
           std::set<std::string> flags) {
    flags.insert("--help");
    flags.insert("--version");
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& a = args[i];
        if (a == "--") {
            // Everything after "--" is positional, even when it starts with "--" (a file named
            // "--x.csv", a negative number).
            positional_.insert(positional_.end(), args.begin() + static_cast<std::ptrdiff_t>(i) + 1,
                               args.end());
            break;
        }
        if (a.size() > 2 && a.rfind("--", 0) == 0) {
            std::string name = a;
            std::optional<std::string> value;
            if (auto eq = a.find('='); eq != std::string::npos) {
                name = a.substr(0, eq);
                value = a.substr(eq + 1);
            }
            if (valued.count(name)) {
                if (!value) {
                    if (i + 1 >= args.size()) throw UsageError(name + " needs a value");
                    value = args[++i];
                }
                values_[name] = *value;
                present_.insert(name);
            } else if (flags.count(name)) {
                if (value) throw UsageError(name + " takes no value");
                present_.insert(name);
            } else {
                throw UsageError("unknown option " + name);
            }
        } else if (a == "-h") {
            present_.insert("--help");
        } else {
            positional_.push_back(a);
        }
    }
}

bool Args::has(const std::string& name) const {
    return present_.count(name) > 0;
}

std::optional<std::string> Args::get(const std::string& name) const {
    auto it = values_.find(name);
    if (it == values_.end()) return std::nullopt;
    return it->second;
}

std::string Args::get_or(const std::string& name, const std::string& fallback) const {
    return get(name).value_or(fallback);
}

std::optional<long long> Args::get_int(const std::string& name) const {
    auto v = get(name);
    if (!v) return std::nullopt;
    long long out = 0;
    auto [p, ec] = std::from_chars(v->data(), v->data() + v->size(), out);
    if (ec != std::errc() || p != v->data() + v->size())
        throw UsageError(name + " expects a whole number, got '" + *v + "'");
    return out;
}

std::optional<double> Args::get_double(const std::string& name) const {
    auto v = get(name);
    if (!v) return std::nullopt;
    char* end = nullptr;
    double out = std::strtod(v->c_str(), &end);
    if (v->empty() || end != v->c_str() + v->size())
        throw UsageError(name + " expects a number, got '" + *v + "'");
    return out;
}

std::optional<std::string> asks_for(const std::vector<std::string>& args) {
    for (const auto& a : args) {
        if (a == "--") return std::nullopt;
        if (a == "--help" || a == "-h") return std::string("--help");
        if (a == "--version") return a;
    }
    return std::nullopt;
}

}  // namespace chronik::cli
