#pragma once
// Paper measures: templates speak millimetres, PDF speaks points (1/72 in).
namespace kiosk {

inline constexpr double kPointsPerMm = 72.0 / 25.4;

inline constexpr double mmToPt(double mm) {
    return mm * kPointsPerMm;
}

// A4 portrait, the only paper the clinic's printers are asked for.
inline constexpr double kA4WidthMm = 210.0;
inline constexpr double kA4HeightMm = 297.0;

}  // namespace kiosk
