#include <doctest/doctest.h>

#include "sync/device_list.hpp"

using namespace chronik;
using namespace chronik::sync;

namespace {

DeviceShare share(std::string device, std::int64_t reviews) {
    DeviceShare d;
    d.device = std::move(device);
    d.reviews = reviews;
    return d;
}

}  // namespace

TEST_CASE("the statistics name devices with reviews and this computer, most reviews first") {
    const std::vector<DeviceShare> shares{share("laptop-1", 12), share("schule-2", 40),
                                          share("tablet-3", 0), share("zuhause-4", 12)};
    CHECK(device_list(shares, "schule-2") == std::vector<ListedDevice>{{"schule-2", 40, true},
                                                                       {"laptop-1", 12, false},
                                                                       {"zuhause-4", 12, false}});
    // This computer is named before its first answer; another device without reviews is not.
    CHECK(device_list(shares, "tablet-3") == std::vector<ListedDevice>{{"schule-2", 40, false},
                                                                       {"laptop-1", 12, false},
                                                                       {"zuhause-4", 12, false},
                                                                       {"tablet-3", 0, true}});
    CHECK(device_list({}, "laptop-1").empty());
}
