// This computer's device id: made once, kept outside the synced saves folder.
#pragma once

#include <filesystem>
#include <string>

#include "io/save/save_error.hpp"

namespace chronik::io {

// Where the id is kept: $XDG_STATE_HOME/chronik/device-id, else ~/.local/state/chronik/device-id.
// Never in the saves folder: a synced or copied folder would carry it to another computer.
std::filesystem::path device_id_file();

// The device id: $CHRONIK_DEVICE_ID if set (checked; for tests and several ids on one machine),
// else the id stored in `file`, else a new one ("<host name, cleaned>-<8 random hex digits>")
// stored there first (created with O_EXCL, fsync'ed; two processes starting at once get the
// same id). A file holding something that is not a device id is reported, not replaced.
SaveResult<std::string> device_id(const std::filesystem::path& file = device_id_file());

// "Laptop von Anna" -> "laptop-von-anna": lower-case ASCII letters and digits, other runs '-',
// at most 40 characters; "device" when nothing is left.
std::string device_id_stem(const std::string& host_name);

}  // namespace chronik::io
