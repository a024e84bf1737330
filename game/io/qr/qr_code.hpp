// A QR code as a square of dark and light modules (libqrencode), and the plain image formats
// the CLI writes it in.
#pragma once

#include <cstddef>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace chronik::io {

class QrCode {
public:
    // Encodes `text` (bytes, e.g. a URL) with error correction level M (15 % of the code may be
    // covered or smudged, e.g. by a projector's glare). Throws std::runtime_error when the text
    // is too long for a QR code.
    static QrCode encode(std::string_view text);

    // Modules per side, without the quiet zone.
    int size() const { return size_; }
    bool dark(int x, int y) const {
        return modules_[static_cast<std::size_t>(y) * static_cast<std::size_t>(size_) +
                        static_cast<std::size_t>(x)];
    }

private:
    int size_ = 0;
    std::vector<bool> modules_;
};

// A plain PBM image (netpbm P1): `scale` pixels per module and the 4-module quiet zone a
// scanner needs. Returns false (with nothing left behind) when the file cannot be written.
bool write_qr_pbm(const QrCode& code, const std::filesystem::path& file, int scale = 8);

// The code in a terminal: two modules per character with Unicode half blocks, dark on light.
std::string qr_text(const QrCode& code);

}  // namespace chronik::io
