// Connections before their hello: a budget per address and in total, and a short deadline.
#include <doctest/doctest.h>

#include <algorithm>

#include "hosting/stranger_pool.hpp"

using namespace chronik;
using namespace chronik::hosting;

namespace {

std::vector<ConnectionKey> keys(const std::vector<StrangerPool::Closing>& closing) {
    std::vector<ConnectionKey> out;
    for (const auto& c : closing)
        out.push_back(c.key);
    return out;
}

}  // namespace

TEST_CASE("a connection silent past the hello deadline is closed, one that said hello is not") {
    StrangerPool pool({128, 16, 3'000});
    pool.add(1, "10.0.0.1", 0);
    pool.add(2, "10.0.0.2", 0);
    pool.remove(2);  // said hello
    CHECK(pool.to_close(2'999).empty());
    const auto closing = pool.to_close(3'000);
    REQUIRE(closing.size() == 1);
    CHECK(closing[0].key == 1);
    CHECK(closing[0].late);
    CHECK(pool.size() == 0);
}

TEST_CASE("a flood from one address evicts its own oldest connections, never another's") {
    StrangerPool pool({128, 16, 3'000});
    pool.add(1, "10.0.0.5", 0);  // a student, about to say hello
    for (ConnectionKey k = 2; k < 1'002; ++k)
        pool.add(k, "10.0.0.66", 1);
    const auto closing = keys(pool.to_close(2));
    CHECK(closing.size() == 1'000 - 16);
    CHECK(std::find(closing.begin(), closing.end(), 1) == closing.end());
    CHECK(pool.contains(1));
    CHECK(pool.count_from("10.0.0.66") == 16);
    CHECK(pool.contains(1'001));  // the newest stay: each gets its moment to say hello
    CHECK_FALSE(pool.contains(2));
}

TEST_CASE("over the total, the busiest address gives up its oldest connection first") {
    StrangerPool pool({20, 16, 3'000});
    pool.add(1, "student", 0);
    ConnectionKey k = 2;
    for (int a = 0; a < 4; ++a)  // four flooding addresses with 16, 15, 14, 13 strangers
        for (int i = 0; i < 16 - a; ++i)
            pool.add(k++, "flood-" + std::to_string(a), 1);
    pool.to_close(2);
    CHECK(pool.size() == 20);
    CHECK(pool.contains(1));
    CHECK(pool.contains(k - 1));  // the newest of all
    // The addresses end up within one of each other.
    std::size_t most = 0, least = 100;
    for (int a = 0; a < 4; ++a) {
        most = std::max(most, pool.count_from("flood-" + std::to_string(a)));
        least = std::min(least, pool.count_from("flood-" + std::to_string(a)));
    }
    CHECK(most - least <= 1);
}
