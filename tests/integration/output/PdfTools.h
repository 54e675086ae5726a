#pragma once
// Checking real PDFs with poppler-utils and zbar-tools: the text pdftotext
// extracts, pdffonts' table, a page rendered by pdftoppm as a greyscale
// raster to measure on, and what zbarimg decodes from it.
#include <gtest/gtest.h>
#include <sys/wait.h>

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstdio>
#include <fstream>
#include <iterator>
#include <sstream>
#include <string>
#include <vector>

#include "forms/FormTemplate.h"
#include "support/CommandRun.h"

namespace kiosk::test {

inline std::string quoted(const std::string& path) {
    return "'" + path + "'";
}

inline std::string pdfText(const std::string& pdf) {
    return runCommand("pdftotext -layout " + quoted(pdf) + " -").out;
}

inline std::string pdfFonts(const std::string& pdf) {
    return runCommand("pdffonts " + quoted(pdf)).out;
}

// pdffonts lists the font embedded (emb yes) and subset (sub yes).
inline bool fontEmbedded(const std::string& pdffontsOutput, const std::string& fontName) {
    std::istringstream lines(pdffontsOutput);
    for (std::string line; std::getline(lines, line);) {
        if (line.find(fontName) == std::string::npos) continue;
        std::istringstream words(line);
        std::vector<std::string> w{std::istream_iterator<std::string>(words), {}};
        // name type... encoding emb sub uni object ID: emb is the 5th field from the end.
        if (w.size() >= 7 && w[w.size() - 5] == "yes") return true;
    }
    return false;
}

// A page rendered to 8-bit grey (0 black … 255 white).
struct Raster {
    int width = 0;
    int height = 0;
    double dpi = 0;
    std::vector<std::uint8_t> pixels;

    std::uint8_t at(int x, int y) const { return pixels[static_cast<std::size_t>(y * width + x)]; }
    int px(double mm) const { return static_cast<int>(mm / 25.4 * dpi + 0.5); }

    // Share of dark pixels (below 128) in a rectangle given in pixels.
    double darkShare(int x0, int y0, int x1, int y1) const {
        int dark = 0;
        int all = 0;
        for (int y = std::max(0, y0); y < std::min(height, y1); ++y) {
            for (int x = std::max(0, x0); x < std::min(width, x1); ++x) {
                dark += at(x, y) < 128;
                ++all;
            }
        }
        return all == 0 ? 0 : static_cast<double>(dark) / all;
    }
    // Share of dark pixels inside `rect` shrunk by `insetMm` on every side.
    double darkShareInside(const MmRect& rect, double insetMm) const {
        return darkShare(px(rect.x + insetMm), px(rect.y + insetMm), px(rect.right() - insetMm),
                         px(rect.bottom() - insetMm));
    }
    // How much of the rectangle's outline is drawn: the share of positions
    // along its four edges with a dark pixel within ±`bandMm` of the edge
    // (the weakest edge counts).
    double borderCoverage(const MmRect& r, double bandMm) const {
        int b = std::max(1, px(bandMm));
        auto coverage = [&](bool horizontal, int fixed, int from, int to) {
            int hit = 0;
            int all = 0;
            for (int along = from + b; along < to - b; ++along, ++all) {
                bool dark = false;
                for (int across = fixed - b; across <= fixed + b && !dark; ++across) {
                    int x = horizontal ? along : across;
                    int y = horizontal ? across : along;
                    dark = x >= 0 && y >= 0 && x < width && y < height && at(x, y) < 128;
                }
                hit += dark;
            }
            return all == 0 ? 0.0 : static_cast<double>(hit) / all;
        };
        int x0 = px(r.x), y0 = px(r.y), x1 = px(r.right()), y1 = px(r.bottom());
        return std::min({coverage(true, y0, x0, x1), coverage(true, y1, x0, x1),
                         coverage(false, x0, y0, y1), coverage(false, x1, y0, y1)});
    }
};

// Renders page 1 with `pdftoppm -r dpi -gray` and reads the PGM it writes.
inline Raster renderPage(const std::string& pdf, const std::string& outPrefix, int dpi = 150) {
    Raster raster;
    auto run = runCommand("pdftoppm -r " + std::to_string(dpi) + " -gray -singlefile " +
                          quoted(pdf) + " " + quoted(outPrefix));
    if (run.exitCode != 0) {
        ADD_FAILURE() << "pdftoppm failed: " << run.out;
        return raster;
    }
    std::ifstream in(outPrefix + ".pgm", std::ios::binary);
    std::string magic;
    int maxValue = 0;
    in >> magic >> raster.width >> raster.height >> maxValue;
    in.get();
    if (magic != "P5" || maxValue != 255) {
        ADD_FAILURE() << "unexpected PGM header " << magic;
        return raster;
    }
    raster.dpi = dpi;
    raster.pixels.resize(static_cast<std::size_t>(raster.width * raster.height));
    in.read(reinterpret_cast<char*>(raster.pixels.data()),
            static_cast<std::streamsize>(raster.pixels.size()));
    return raster;
}

// What zbarimg decodes from an image, without the "QR-Code:" prefix.
inline std::string decodeQr(const std::string& image) {
    auto run = runCommand("zbarimg --quiet --raw " + quoted(image), false);
    std::string text = run.out;
    while (!text.empty() && (text.back() == '\n' || text.back() == '\r')) text.pop_back();
    return text;
}

}  // namespace kiosk::test
