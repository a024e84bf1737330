// The one result type: a value, or the problem why there is none (io::SaveError of the files,
// a sentence for the teacher, a pasted weights list's problem ...). A failure a caller can meet
// is returned as one of these, not thrown across a layer (docs/ARCHITECTURE.md, "Errors").
#pragma once

#include <optional>
#include <type_traits>
#include <utility>
#include <variant>

namespace chronik {

template <class T, class E>
class [[nodiscard]] Result {
    static_assert(!std::is_same_v<T, E>, "a value and its problem need types of their own");

public:
    Result(T value) : v_(std::in_place_index<0>, std::move(value)) {}
    Result(E problem) : v_(std::in_place_index<1>, std::move(problem)) {}
    bool ok() const { return v_.index() == 0; }
    explicit operator bool() const { return ok(); }
    T& value() & { return std::get<0>(v_); }
    const T& value() const& { return std::get<0>(v_); }
    T&& value() && { return std::get<0>(std::move(v_)); }
    const E& error() const { return std::get<1>(v_); }

private:
    std::variant<T, E> v_;
};

// Done, or the problem why not.
template <class E>
class [[nodiscard]] Result<void, E> {
public:
    Result() = default;
    Result(E problem) : e_(std::move(problem)) {}
    bool ok() const { return !e_; }
    explicit operator bool() const { return ok(); }
    const E& error() const { return *e_; }

private:
    std::optional<E> e_;
};

}  // namespace chronik
