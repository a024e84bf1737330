// Typed access to a deck file's JSON for the deck loader's parts (internal to io/bank): each
// problem is reported with the file, the item and the JSON path, never thrown.
#pragma once

#include <algorithm>
#include <initializer_list>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "io/bank/problem.hpp"

namespace chronik::io::deck_json {

using nlohmann::json;

inline std::string type_name(const json& value) {
    if (value.is_number_integer()) return "an integer";
    if (value.is_number()) return "a number";
    if (value.is_string()) return "a string";
    if (value.is_boolean()) return "a boolean";
    if (value.is_array()) return "an array";
    if (value.is_object()) return "an object";
    return "null";
}

// Collects problems for one file; item_id and path prefix are set per item.
struct Reporter {
    std::string file;
    std::vector<Problem>* problems;
    std::string item_id;

    void error(const std::string& field, const std::string& message) {
        problems->push_back({file, item_id, field, message, Severity::Error});
    }
    void warning(const std::string& field, const std::string& message) {
        problems->push_back({file, item_id, field, message, Severity::Warning});
    }
};

// Typed field access: reports a problem and returns nullopt when the field is
// missing (and required) or of the wrong type.
struct Fields {
    const json& object;
    std::string prefix;  // JSON path of `object`, "" or "date." style
    Reporter& report;
    bool ok = true;

    const json* get(const std::string& name, bool required) {
        const auto it = object.find(name);
        if (it == object.end() || it->is_null()) {
            if (required) {
                report.error(prefix + name, "missing");
                ok = false;
            }
            return nullptr;
        }
        return &*it;
    }

    void wrong_type(const std::string& name, const char* expected, const json& value) {
        report.error(prefix + name,
                     std::string("expected ") + expected + ", found " + type_name(value));
        ok = false;
    }

    std::optional<std::string> string(const std::string& name, bool required = true) {
        const json* v = get(name, required);
        if (!v) return std::nullopt;
        if (!v->is_string()) {
            wrong_type(name, "a string", *v);
            return std::nullopt;
        }
        return v->get<std::string>();
    }

    std::optional<int> integer(const std::string& name, bool required = true) {
        const json* v = get(name, required);
        if (!v) return std::nullopt;
        if (!v->is_number_integer()) {
            wrong_type(name, "an integer", *v);
            return std::nullopt;
        }
        const auto n = v->get<std::int64_t>();
        if (n < -1'000'000 || n > 1'000'000) {
            report.error(prefix + name, "value " + std::to_string(n) + " is out of range");
            ok = false;
            return std::nullopt;
        }
        return static_cast<int>(n);
    }

    std::optional<bool> boolean(const std::string& name) {
        const json* v = get(name, false);
        if (!v) return std::nullopt;
        if (!v->is_boolean()) {
            wrong_type(name, "true or false", *v);
            return std::nullopt;
        }
        return v->get<bool>();
    }

    std::optional<std::vector<std::string>> strings(const std::string& name) {
        const json* v = get(name, true);
        if (!v) return std::nullopt;
        if (!v->is_array()) {
            wrong_type(name, "an array of strings", *v);
            return std::nullopt;
        }
        std::vector<std::string> out;
        bool good = true;
        for (std::size_t i = 0; i < v->size(); ++i) {
            const json& e = (*v)[i];
            if (!e.is_string()) {
                report.error(prefix + name + "[" + std::to_string(i) + "]",
                             "expected a string, found " + type_name(e));
                good = false;
                continue;
            }
            out.push_back(e.get<std::string>());
        }
        if (!good) {
            ok = false;
            return std::nullopt;
        }
        return out;
    }

    const json* object_field(const std::string& name, bool required) {
        const json* v = get(name, required);
        if (!v) return nullptr;
        if (!v->is_object()) {
            wrong_type(name, "an object", *v);
            return nullptr;
        }
        return v;
    }

    void warn_unknown(std::initializer_list<const char*> known) {
        // Clang before 16 cannot capture structured bindings, so no [key, value] here.
        for (auto it = object.begin(); it != object.end(); ++it) {
            const std::string& key = it.key();
            if (std::none_of(known.begin(), known.end(), [&](const char* k) { return key == k; })) {
                report.warning(prefix + key, "unknown field (a typo?); it is ignored");
            }
        }
    }
};

}  // namespace chronik::io::deck_json
