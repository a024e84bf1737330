#include "sync/device_list.hpp"

#include <algorithm>

namespace chronik::sync {

std::vector<ListedDevice> device_list(const std::vector<DeviceShare>& shares,
                                      const std::string& this_device) {
    std::vector<ListedDevice> out;
    for (const auto& d : shares)
        if (d.reviews > 0 || d.device == this_device)
            out.push_back({d.device, d.reviews, d.device == this_device});
    std::stable_sort(out.begin(), out.end(),
                     [](const auto& a, const auto& b) { return a.reviews > b.reviews; });
    return out;
}

}  // namespace chronik::sync
