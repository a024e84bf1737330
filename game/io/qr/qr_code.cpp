#include "io/qr/qr_code.hpp"

#include <qrencode.h>

#include <fstream>
#include <memory>
#include <stdexcept>
#include <system_error>

namespace chronik::io {

namespace {
constexpr int kQuiet = 4;  // the quiet zone the QR standard asks for, in modules
}

QrCode QrCode::encode(std::string_view text) {
    const std::string data(text);
    // 8-bit mode: a URL's lower-case letters would not fit the alphanumeric mode.
    std::unique_ptr<QRcode, decltype(&QRcode_free)> raw(
        QRcode_encodeData(static_cast<int>(data.size()),
                          reinterpret_cast<const unsigned char*>(data.data()), 0, QR_ECLEVEL_M),
        &QRcode_free);
    if (!raw)
        throw std::runtime_error("cannot make a QR code of " + std::to_string(data.size()) +
                                 " bytes");
    QrCode out;
    out.size_ = raw->width;
    out.modules_.resize(static_cast<std::size_t>(raw->width) *
                        static_cast<std::size_t>(raw->width));
    for (std::size_t i = 0; i < out.modules_.size(); ++i)
        out.modules_[i] = (raw->data[i] & 1) != 0;
    return out;
}

bool write_qr_pbm(const QrCode& code, const std::filesystem::path& file, int scale) {
    const int side = (code.size() + 2 * kQuiet) * scale;
    const auto temp = file.string() + ".tmp";
    {
        std::ofstream out(temp, std::ios::binary);
        if (!out) return false;
        out << "P1\n" << side << " " << side << "\n";
        for (int py = 0; py < side; ++py) {
            const int y = py / scale - kQuiet;
            for (int px = 0; px < side; ++px) {
                const int x = px / scale - kQuiet;
                const bool dark =
                    x >= 0 && y >= 0 && x < code.size() && y < code.size() && code.dark(x, y);
                out << (dark ? '1' : '0') << (px + 1 < side ? ' ' : '\n');
            }
        }
        if (!out) {
            std::error_code ec;
            std::filesystem::remove(temp, ec);
            return false;
        }
    }
    std::error_code ec;
    std::filesystem::rename(temp, file, ec);
    if (ec) std::filesystem::remove(temp, ec);
    return !ec;
}

std::string qr_text(const QrCode& code) {
    // Light background, dark modules: the way a phone expects to see it on a dark terminal too.
    std::string out;
    const int lo = -2, hi = code.size() + 2;
    const auto dark = [&](int x, int y) {
        return x >= 0 && y >= 0 && x < code.size() && y < code.size() && code.dark(x, y);
    };
    for (int y = lo; y < hi; y += 2) {
        for (int x = lo; x < hi; ++x) {
            const bool top = dark(x, y), bottom = dark(x, y + 1);
            out += top && bottom ? " " : top ? "\u2584" : bottom ? "\u2580" : "\u2588";
        }
        out += "\n";
    }
    return out;
}

}  // namespace chronik::io
