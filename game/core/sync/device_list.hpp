// Which devices a profile's statistics name, and in what order: every device with reviews in
// effect and this computer (even before its first answer), most reviews first.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "sync/history_merge.hpp"

namespace chronik::sync {

struct ListedDevice {
    std::string device;
    std::int64_t reviews = 0;
    bool this_computer = false;
    friend bool operator==(const ListedDevice&, const ListedDevice&) = default;
};

// `shares` as the merge gives them (by device id); devices with equal reviews keep that order.
std::vector<ListedDevice> device_list(const std::vector<DeviceShare>& shares,
                                      const std::string& this_device);

}  // namespace chronik::sync
